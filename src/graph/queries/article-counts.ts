// Article counts per entity (EntitySummary.articles), cached briefly per graph: counting walks every
// MENTIONS of an entity, which for a hub mentioned in thousands of articles dominates a neighbourhood query,
// and the same hubs appear in most neighbourhoods and searches.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { EntitySummary } from '../../api/contract.js';
import { num, type EntityFields } from './mappers.js';

/** how stale a count may be; ingestion while serving shows up in counts after at most this long */
export const ARTICLE_COUNT_TTL_MS = 30_000;
const MAX_CACHED = 200_000;

const caches = new WeakMap<object, Map<string, { n: number; at: number }>>();

/** Cypher: the articles that mention entity `v`, less those whose every mention of it an analyst took away (judgements.ts) */
export const ARTICLES_NAMING = (v: string): string =>
  `COUNT { (:Article)-[am:MENTIONS]->(${v}) WHERE am.hiddenBy IS NULL }`;

/** above this many incoming MENTIONS (article and sentence ones), an entity's count comes from the cache */
export const INLINE_COUNT_MAX_DEGREE = 200;

/**
 * A Cypher expression: the article count of `v` when it is cheap to walk (the degree is a constant-time lookup
 * for dense nodes), else null for withArticleCounts to fill from its cache. Saves the second query for results
 * without hubs.
 */
export function inlineArticleCount(v: string): string {
  return `CASE WHEN COUNT { (${v})<-[:MENTIONS]-() } <= ${INLINE_COUNT_MAX_DEGREE} THEN ${ARTICLES_NAMING(v)} END`;
}

/** Drop the cached counts of `owner`'s graph: a judgement (merge, split, rejected mention) changes them at once. */
export function forgetArticleCounts(owner: object): void {
  caches.delete(owner);
}

/** `articles`, where given (from inlineArticleCount), is a fresh count and is used and cached as is. */
export async function withArticleCounts<T extends EntityFields & { articles?: number | null }>(
  tx: ManagedTransaction,
  owner: object,
  entities: T[],
): Promise<Array<Omit<T, 'articles'> & EntitySummary>> {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  const now = Date.now();
  const known = new Map<string, number>();
  for (const e of entities) if (typeof e.articles === 'number') known.set(e.key, e.articles);
  const missing = [...new Set(entities.map((e) => e.key))].filter((key) => {
    if (known.has(key)) return false;
    const hit = cache.get(key);
    return hit === undefined || now - hit.at > ARTICLE_COUNT_TTL_MS;
  });
  if (missing.length > 0) {
    const res = await tx.run(
      `UNWIND $keys AS key MATCH (e:Entity {key: key}) RETURN key, ${ARTICLES_NAMING('e')} AS n`,
      { keys: missing },
    );
    if (cache.size + missing.length > MAX_CACHED) cache.clear();
    for (const r of res.records) cache.set(z.string().parse(r.get('key')), { n: num.parse(r.get('n')), at: now });
  }
  return entities.map(({ articles: _inline, ...e }) => ({
    ...e,
    articles: known.get(e.key) ?? cache.get(e.key)?.n ?? 0,
  }));
}
