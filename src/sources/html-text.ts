// HTML to readable text with htmlparser2: paragraph breaks kept, scripts, styles and navigation dropped.
import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'button',
  'select',
  'iframe',
  'figure',
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'hr',
  'figcaption',
  'address',
  'body',
]);

/**
 * Elements open at once. htmlparser2 keeps its open-element stack with Array.unshift, so each open tag costs the
 * depth: 100,000 nested <div>s took 76 s. Real pages nest a few dozen deep (browsers stop nesting at 512).
 */
export const MAX_HTML_DEPTH = 1000;

/** Counts open elements and throws, stopping the parser, past MAX_HTML_DEPTH. */
function depthGuard(): { open(): void; close(): void } {
  let depth = 0;
  return {
    open() {
      if (++depth > MAX_HTML_DEPTH) throw new Error(`HTML nested deeper than ${MAX_HTML_DEPTH} elements`);
    },
    close() {
      depth = Math.max(0, depth - 1);
    },
  };
}

/** Accumulates text into paragraphs: whitespace collapsed inside a paragraph, paragraphs joined by a blank line. */
export class ParagraphText {
  private readonly paragraphs: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  lineBreak(): void {
    this.current += '\n';
  }

  endParagraph(): void {
    const lines = this.current
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
      .filter((l) => l.length > 0);
    if (lines.length) this.paragraphs.push(lines.join('\n'));
    this.current = '';
  }

  toString(): string {
    this.endParagraph();
    return this.paragraphs.join('\n\n');
  }
}

/** Text of an HTML fragment (feed descriptions): every element's text, block elements as paragraphs. */
export function htmlFragmentToText(html: string): string {
  const out = new ParagraphText();
  let skip = 0;
  const depth = depthGuard();
  const parser = new Parser(
    {
      onopentag(name) {
        depth.open();
        if (DROPPED.has(name)) skip++;
        else if (name === 'br') out.lineBreak();
        else if (BLOCK.has(name)) out.endParagraph();
      },
      ontext(text) {
        if (skip === 0) out.add(text);
      },
      onclosetag(name) {
        depth.close();
        if (DROPPED.has(name)) skip = Math.max(0, skip - 1);
        else if (BLOCK.has(name)) out.endParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out.toString();
}

export interface HtmlPage {
  title: string | null;
  /** og:title or the first <h1>, used when <title> is missing */
  heading: string | null;
  published: string | null;
  siteName: string | null;
  canonical: string | null;
  /** text of <article> if present, else of the <p>s, else of the whole body */
  text: string;
}

const DATE_META = new Set([
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
]);

/** Read a whole HTML page: its metadata and the article body. */
export function parseHtmlPage(html: string): HtmlPage {
  const article = new ParagraphText();
  const paragraphs = new ParagraphText();
  const body = new ParagraphText();
  let skip = 0;
  let inArticle = 0;
  let inP = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  let ogTitle: string | null = null;
  let published: string | null = null;
  let timeDatetime: string | null = null;
  let siteName: string | null = null;
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  const each = (f: (t: ParagraphText) => void) => {
    f(body);
    if (inArticle) f(article);
    if (inP) f(paragraphs);
  };

  const depth = depthGuard();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth.open();
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const content = attrs.content?.trim();
          if (!content) return;
          if (DATE_META.has(key)) published ??= content;
          else if (key === 'og:site_name' || key === 'application-name') siteName ??= content;
          else if (key === 'og:title' || key === 'twitter:title') ogTitle ??= content;
          else if (key === 'og:url') ogUrl ??= content;
          return;
        }
        if (name === 'link') {
          if ((attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attrs.href)
            canonical ??= attrs.href.trim();
          return;
        }
        if (name === 'time' && attrs.datetime) timeDatetime ??= attrs.datetime;
        if (name === 'title') inTitle = true;
        if (DROPPED.has(name)) {
          skip++;
          return;
        }
        if (skip) return;
        if (name === 'h1' && !h1) inH1 = true;
        if (name === 'article') inArticle++;
        if (name === 'p') inP++;
        if (name === 'br') each((t) => t.lineBreak());
        else if (BLOCK.has(name)) each((t) => t.endParagraph());
      },
      ontext(text) {
        if (inTitle) {
          title += text;
          return;
        }
        if (skip) return;
        if (inH1) h1 += text;
        each((t) => t.add(text));
      },
      onclosetag(name) {
        depth.close();
        if (name === 'title') inTitle = false;
        if (DROPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (name === 'h1') inH1 = false;
        if (BLOCK.has(name)) each((t) => t.endParagraph());
        if (name === 'article') inArticle = Math.max(0, inArticle - 1);
        if (name === 'p') inP = Math.max(0, inP - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const clean = (s: string) => s.replace(/\s+/g, ' ').trim() || null;
  const text = article.toString() || paragraphs.toString() || body.toString();
  return {
    title: stripSiteSuffix(clean(title), siteName),
    heading: clean(ogTitle ?? '') ?? clean(h1),
    published: published ?? timeDatetime,
    siteName,
    canonical: canonical ?? ogUrl,
    text,
  };
}

/** "Raid in Leeds | The Courier" → "Raid in Leeds" when the suffix is the site's name. */
function stripSiteSuffix(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = sep + siteName;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
  }
  return title;
}
