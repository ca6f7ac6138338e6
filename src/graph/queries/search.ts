// Autocomplete over entity names and aliases with the `entity_search` full-text index.
import type { EntitySummary, NodeType } from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { inlineArticleCount, withArticleCounts } from './article-counts.js';
import { knownNamesFor } from './known-names.js';
import { cypherInt, entityFields, numOrNull, toEntityFields } from './mappers.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Builds a Lucene query that requires every word and treats the last one as a prefix
 * ("andrew par" → `+andrew +(par OR par*)`). Words are split like the standard analyzer splits
 * them, lower-cased (wildcard terms are not analysed) and escaped. Returns null when nothing is searchable.
 */
export function toLuceneQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(escapeLucene);
  if (words.length === 0) return null;
  const last = words.pop() as string;
  return [...words.map((w) => `+${w}`), `+(${last} OR ${last}*)`].join(' ');
}

export interface SearchOptions {
  q: string;
  type?: NodeType | undefined;
  limit: number;
}

export async function searchEntities(graph: Graph, opts: SearchOptions): Promise<EntitySummary[]> {
  const lucene = toLuceneQuery(opts.q);
  if (lucene === null) return [];
  let found: EntitySummary[];
  try {
    found = await searchFullText(graph, lucene, opts);
  } catch (err) {
    if (!isMissingIndex(err)) throw err;
    found = await searchByScan(graph, opts);
  }
  const known = await knownEntities(graph, opts);
  const knownKeys = new Set(known.map((e) => e.key));
  return [...known, ...found.filter((e) => !knownKeys.has(e.key))].slice(0, opts.limit);
}

/** Stored entities that data/ knows by exactly this name although their articles did not use it (exact matches rank first). */
async function knownEntities(graph: Graph, opts: SearchOptions): Promise<EntitySummary[]> {
  const keys = knownNamesFor(opts.q).map((k) => k.key);
  if (keys.length === 0) return [];
  return graph.read(async (tx) => {
    const rows = await tx.run(
      `UNWIND $keys AS key MATCH (e:Entity {key: key}) WHERE $type IS NULL OR e.type = $type RETURN ${entityFields('e')} AS entity`,
      { keys, type: opts.type ?? null },
    );
    return withArticleCounts(
      tx,
      graph,
      rows.records.map((r) => toEntityFields(r.get('entity'))),
    );
  });
}

async function searchFullText(graph: Graph, lucene: string, opts: SearchOptions): Promise<EntitySummary[]> {
  // A type filter is applied after the index lookup, so fetch more candidates than needed; an exact alias in a long
  // alias list scores below short names that merely contain the word, so take enough for rankResults to lift it.
  const fetch = opts.type ? opts.limit * 10 : Math.max(30, opts.limit * 3);
  return graph.read(async (tx) => {
    const rows = await tx.run(
      `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $fetch}) YIELD node AS e, score
       WHERE e.hiddenBy IS NULL AND ($type IS NULL OR coalesce(e.judgedType, e.type) = $type)
       WITH e, score ORDER BY score DESC LIMIT $limit
       RETURN ${entityFields('e')} AS entity, score, ${inlineArticleCount('e')} AS articles`,
      { lucene, fetch: cypherInt(fetch), type: opts.type ?? null, limit: cypherInt(opts.limit) },
    );
    const entities = await withArticleCounts(
      tx,
      graph,
      rows.records.map((r) => ({ ...toEntityFields(r.get('entity')), articles: numOrNull.parse(r.get('articles')) })),
    );
    return rankResults(
      entities.map((entity, i) => ({ entity, score: Number(rows.records[i]?.get('score') ?? 0) })),
      opts.q,
    );
  });
}

/** Used when the full-text index does not exist yet (e.g. schema not applied): a bounded prefix scan. */
async function searchByScan(graph: Graph, opts: SearchOptions): Promise<EntitySummary[]> {
  const needle = opts.q.trim().toLowerCase();
  return graph.read(async (tx) => {
    const rows = await tx.run(
      `MATCH (e:Entity)
       WHERE e.hiddenBy IS NULL AND ($type IS NULL OR coalesce(e.judgedType, e.type) = $type)
         AND (toLower(e.name) CONTAINS $needle OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $needle))
       WITH e LIMIT $limit
       RETURN ${entityFields('e')} AS entity`,
      { needle, type: opts.type ?? null, limit: cypherInt(opts.limit) },
    );
    const entities = await withArticleCounts(
      tx,
      graph,
      rows.records.map((r) => toEntityFields(r.get('entity'))),
    );
    return rankResults(
      entities.map((entity) => ({ entity, score: 0 })),
      opts.q,
    );
  });
}

/**
 * A name or alias equal to the query first ("ISIS" is the Islamic State's alias, before "ISIS-K"), then names that
 * start with it, then the index score, then the better-covered entity.
 */
function rankResults(rows: Array<{ entity: EntitySummary; score: number }>, q: string): EntitySummary[] {
  const needle = q.trim().toLowerCase();
  const names = (e: EntitySummary) => [e.name, ...e.aliases].map((n) => n.toLowerCase());
  const starts = (e: EntitySummary) =>
    names(e).includes(needle) ? 2 : names(e).some((n) => n.startsWith(needle)) ? 1 : 0;
  return rows
    .map((r, i) => ({ ...r, i, starts: starts(r.entity) }))
    .sort((a, b) => b.starts - a.starts || b.score - a.score || b.entity.articles - a.entity.articles || a.i - b.i)
    .map((r) => r.entity);
}

/** The index is missing (schema not applied yet) or rejected the query: answer from a scan instead. */
function isMissingIndex(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return /no such .*index|index .*does not exist|There is no such fulltext schema index|ParseException|Cannot parse/i.test(
    message,
  );
}
