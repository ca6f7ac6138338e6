// "Find anything": entity and incident names (entity_search) and what articles say (sentence_text, article_title,
// cypher/text-search.cypher), grouped for the explorer's search box.
import { z } from 'zod';
import type { EntitySummary, FindResponse, TextSnippet } from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { withArticleCounts } from './article-counts.js';
import { articleProjection, cypherInt, entityFields, toArticleRef, toEntityFields } from './mappers.js';
import { knownNamesFor } from './known-names.js';
import { searchEntities } from './search.js';
import { escapeRegExp } from '../../reg-exp.js';

/** the words of a query as the standard analyzer splits them, lower-cased */
export function queryWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Lucene query over text: the exact phrase scores highest, then every word (the last one also as a prefix, for
 * typing). Words contain only letters and digits, so nothing needs escaping; lower-case `and`/`or` are not operators.
 */
export function textLuceneQuery(words: string[]): string | null {
  if (words.length === 0) return null;
  const last = words[words.length - 1] as string;
  const all = [...words.slice(0, -1).map((w) => `+${w}`), `+(${last} OR ${last}*)`].join(' ');
  return words.length > 1 ? `"${words.join(' ')}"^4 OR (${all})` : `${last} OR ${last}*`;
}

/** Where the query's words occur in `text` (whole words; the last word also as a prefix), for highlighting. */
export function matchSpans(text: string, words: string[]): TextSnippet['highlights'] {
  if (words.length === 0) return [];
  const last = words[words.length - 1] as string;
  const alternatives = [...new Set(words.slice(0, -1))].map((w) => `${escapeRegExp(w)}(?![\\p{L}\\p{N}])`);
  alternatives.push(`${escapeRegExp(last)}[\\p{L}\\p{N}]*`);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
  const spans: TextSnippet['highlights'] = [];
  for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Longest sentences are cut around their first match so a snippet stays a line or two. */
const SNIPPET_MAX = 320;

export function snippetOf(text: string, words: string[]): TextSnippet {
  const spans = matchSpans(text, words);
  if (text.length <= SNIPPET_MAX) return { text, highlights: spans };
  const first = spans[0]?.start ?? 0;
  const from = Math.max(0, Math.min(first - 80, text.length - SNIPPET_MAX));
  const cut = text.slice(from, from + SNIPPET_MAX);
  const lead = from > 0 ? '…' : '';
  const tail = from + SNIPPET_MAX < text.length ? '…' : '';
  const shift = lead.length - from;
  return {
    text: `${lead}${cut}${tail}`,
    highlights: spans
      .filter((s) => s.start >= from && s.end <= from + SNIPPET_MAX)
      .map((s) => ({ start: s.start + shift, end: s.end + shift })),
  };
}

/** The name or alias the query equals, else the one that starts with it, else null (matched inside). */
function matchedName(e: EntitySummary, q: string): { exact: boolean; name: string | null } {
  const known = knownNamesFor(q).find((k) => k.key === e.key);
  if (known) return { exact: true, name: known.name === e.name ? null : known.name };
  const needle = q.trim().toLowerCase();
  const names = [e.name, ...e.aliases];
  const exact = names.find((n) => n.toLowerCase() === needle);
  if (exact !== undefined) return { exact: true, name: exact === e.name ? null : exact };
  const prefix = names.find((n) => n.toLowerCase().startsWith(needle));
  return { exact: false, name: prefix === undefined || prefix === e.name ? null : prefix };
}

const ArticleHit = z.object({
  article: z.unknown(),
  score: z.number(),
  sentences: z.preprocess((v) => Number(v), z.number()),
  best: z.string().nullable(),
  isCopy: z.boolean(),
});

/** How many article hits are read to find the incidents they cover (more than are listed). */
const ARTICLE_POOL = 60;

export async function findEverything(graph: Graph, opts: { q: string; limit: number }): Promise<FindResponse> {
  const words = queryWords(opts.q);
  const lucene = textLuceneQuery(words);
  if (lucene === null) return { entities: [], incidents: [], articles: [] };

  const named = await searchEntities(graph, { q: opts.q, limit: opts.limit * 2 });
  const ranked = named
    .map((e, i) => ({ e, i, m: matchedName(e, opts.q) }))
    .sort((a, b) => Number(b.m.exact) - Number(a.m.exact) || a.i - b.i);
  const entities = ranked
    .filter((r) => r.e.type !== 'incident')
    .slice(0, opts.limit)
    .map((r) => ({ ...r.e, matched: r.m.name }));
  const incidentsByName = ranked
    .filter((r) => r.e.type === 'incident')
    .map((r) => ({
      ...r.e,
      via: 'name' as const,
      matched: r.m.name,
      snippet: null,
    }));

  return graph.read(async (tx) => {
    const hits = await tx.run(
      `CALL () {
         CALL db.index.fulltext.queryNodes('sentence_text', $lucene, {limit: $fetch}) YIELD node AS s, score
         MATCH (a:Article {id: s.articleId})
         RETURN a, s, score
         UNION ALL
         CALL db.index.fulltext.queryNodes('article_title', $lucene, {limit: $fetch}) YIELD node AS a, score
         RETURN a, null AS s, score * 2 AS score
       }
       WITH a, s, score ORDER BY score DESC
       WITH a, collect(s)[0] AS best, max(score) AS top, count(s) AS sentences
       WITH a, best, sentences, top + 0.1 * sentences AS score
       ORDER BY score DESC, a.published DESC, a.id
       LIMIT $pool
       RETURN {article: ${articleProjection('a')}, score: score, sentences: sentences, best: best.text,
               isCopy: EXISTS { (a)-[:DUPLICATE_OF]->(:Article) }} AS hit`,
      { lucene, fetch: cypherInt(ARTICLE_POOL * 4), pool: cypherInt(ARTICLE_POOL) },
    );
    const articleHits = hits.records.map((r) => {
      const h = ArticleHit.parse(r.get('hit'));
      return { ...h, article: toArticleRef(h.article) };
    });
    const articles = articleHits.slice(0, opts.limit).map((h) => {
      const title = h.article.title || h.article.id;
      return {
        ...h.article,
        title,
        titleHighlights: matchSpans(title, words),
        snippet: h.best === null ? null : snippetOf(h.best, words),
        sentences: h.sentences,
        isCopy: h.isCopy,
      };
    });

    // incidents the matching articles cover, by the summed scores of those articles (the best article breaks ties)
    const covered = await tx.run(
      `UNWIND range(0, size($ids) - 1) AS rank
       MATCH (a:Article {id: $ids[rank]})-[c:COVERS]->(i:Incident) WHERE c.hiddenBy IS NULL AND i.hiddenBy IS NULL
       WITH i, sum($scores[rank]) AS score, min(rank) AS best
       ORDER BY score DESC, best
       LIMIT $limit
       RETURN ${entityFields('i')} AS incident, best`,
      {
        ids: articleHits.map((h) => h.article.id),
        scores: articleHits.map((h) => h.score),
        limit: cypherInt(opts.limit * 2),
      },
    );
    const counted = await withArticleCounts(
      tx,
      graph,
      covered.records.map((r) => toEntityFields(r.get('incident'))),
    );
    // an incident named with the query's words ("Bombing in Paris" for "Paris attacks") before one its articles only mention
    const named = (e: EntitySummary) =>
      words.filter((w) => matchSpans([e.name, ...e.aliases].join(' | '), [w]).length > 0).length;
    const order = counted.map((e, i) => ({ e, i, named: named(e) })).sort((a, b) => b.named - a.named || a.i - b.i);
    const byArticles = order.map((o) => o.e);
    const bestOf = order.map((o) => Number(covered.records[o.i]?.get('best')));
    const seen = new Set(incidentsByName.map((i) => i.key));
    const incidents: FindResponse['incidents'] = [...incidentsByName];
    byArticles.forEach((inc, i) => {
      if (seen.has(inc.key)) return;
      const from = articleHits[bestOf[i] ?? 0];
      incidents.push({
        ...inc,
        via: 'articles',
        matched: null,
        snippet: from?.best ? snippetOf(from.best, words) : null,
      });
    });
    return { entities, incidents: incidents.slice(0, opts.limit), articles };
  });
}
