// RSS 2.0 (and RSS 1.0/RDF) and Atom feed files with fast-xml-parser; item HTML is stripped to text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fileFailure, toArticle, type RawArticle, type ReadResult } from './article.js';
import { htmlFragmentToText } from './html-text.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text of an element that may carry attributes (`{"#text": …, "@_type": …}`) or repeat. */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (isNode(v)) return textOf(v['#text']);
  return undefined;
}

function htmlText(v: unknown): string | undefined {
  const s = textOf(v);
  return s === undefined ? undefined : htmlFragmentToText(s);
}

function atomLink(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : [v];
  const nodes = links.filter(isNode);
  const alt = nodes.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? nodes[0];
  const href = alt?.['@_href'];
  return typeof href === 'string' ? href : textOf(links[0]);
}

/**
 * The outlet a feed belongs to, from the feed's title: a section after a dash or bar ("Northline Wire - Security",
 * "Daily Post | World") is the feed's name, not another outlet, so articles from the section feed and from the outlet
 * itself count as one outlet.
 */
export function outletOfFeedTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const head = title.split(/\s+[-–—|:]\s+/)[0]?.trim();
  return head ? head : title;
}

function rssItem(item: Node, feedTitle: string | undefined): RawArticle {
  const body = item['content:encoded'] ?? item.description ?? item['media:description'];
  return {
    text: htmlText(body),
    title: htmlText(item.title),
    published: textOf(item.pubDate ?? item['dc:date'] ?? item.published),
    source: textOf(item.source) ?? outletOfFeedTitle(feedTitle),
    url: textOf(item.link) ?? textOf(item.guid),
  };
}

function atomEntry(entry: Node, feedTitle: string | undefined): RawArticle {
  return {
    text: htmlText(entry.content ?? entry.summary),
    title: htmlText(entry.title),
    published: textOf(entry.published ?? entry.updated),
    source: (isNode(entry.source) ? textOf(entry.source.title) : undefined) ?? outletOfFeedTitle(feedTitle),
    url: atomLink(entry.link),
  };
}

function itemsOf(doc: Node): {
  kind: string;
  items: unknown[];
  feedTitle: string | undefined;
  toRaw: (n: Node, t: string | undefined) => RawArticle;
} | null {
  const rss = doc.rss;
  if (isNode(rss) && isNode(rss.channel)) {
    const channel = rss.channel;
    return {
      kind: 'RSS',
      items: (channel.item as unknown[] | undefined) ?? [],
      feedTitle: htmlText(channel.title),
      toRaw: rssItem,
    };
  }
  const rdf = doc['rdf:RDF'];
  if (isNode(rdf)) {
    const channel = isNode(rdf.channel) ? rdf.channel : {};
    return {
      kind: 'RSS',
      items: (rdf.item as unknown[] | undefined) ?? [],
      feedTitle: htmlText(channel.title),
      toRaw: rssItem,
    };
  }
  const feed = doc.feed;
  if (isNode(feed)) {
    return {
      kind: 'Atom',
      items: (feed.entry as unknown[] | undefined) ?? [],
      feedTitle: htmlText(feed.title),
      toRaw: atomEntry,
    };
  }
  return null;
}

export function parseFeed(file: string, content: string): ReadResult {
  const valid = XMLValidator.validate(content);
  if (valid !== true) return fileFailure(file, `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let doc: unknown;
  try {
    doc = parser.parse(content);
  } catch (err) {
    return fileFailure(file, `not well-formed XML (${err instanceof Error ? err.message : String(err)})`);
  }
  const found = isNode(doc) ? itemsOf(doc) : null;
  if (!found) return fileFailure(file, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)');
  if (found.items.length === 0) return fileFailure(file, `${found.kind} feed has no items`);
  const out: ReadResult = { articles: [], failures: [] };
  found.items.forEach((item, index) => {
    if (!isNode(item)) {
      out.failures.push({ file, item: index, reason: `${found.kind} item ${index} is empty` });
      return;
    }
    const r = toArticle(found.toRaw(item, found.feedTitle), { file, item: index });
    if (r.ok) out.articles.push(r.article);
    else out.failures.push({ ...r.failure, reason: `item ${index}: ${r.failure.reason}` });
  });
  return out;
}
