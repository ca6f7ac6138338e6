import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';

// What a stored entity is compared by across articles (person identity, surname and acronym joins): the other named
// entities of the articles that mention it, read inside the write transaction as a COLLECT subquery. The distinct
// nodes come first and each one's key is read once (a key per node: the same list as DISTINCT keys, a property read
// per node instead of per mention), and no label test on them: every MENTIONS ends at an Entity.

/** the most co-mentioned keys read for one entity (a hub's articles may name thousands) */
export const CONTEXT_LIMIT = 5000;

/** keys of the entities other than `node` (not incidents) that the articles mentioning `node` mention */
export const coMentionedKeys = (node: string): string =>
  `COLLECT { MATCH (${node})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other) WHERE other <> ${node} AND NOT other:Incident ` +
  `WITH DISTINCT other LIMIT ${CONTEXT_LIMIT} RETURN other.key }`;

/** `value` (of `other`) for the entities other than `node` (not incidents) that `article` mentions */
export const articleContext = (article: string, node: string, value = 'other.key'): string =>
  `COLLECT { MATCH (${article})-[:MENTIONS]->(other) WHERE other <> ${node} AND NOT other:Incident ` +
  `WITH DISTINCT other LIMIT ${CONTEXT_LIMIT} RETURN ${value} }`;

/** The contexts (coMentionedKeys) of stored entities of `label` by key: `$keys`, one row each found. */
export const contextsByKey = (label: 'Person' | 'Organization'): string => `
UNWIND $keys AS k
MATCH (e:${label} {key: k})
RETURN e.key AS key, ${coMentionedKeys('e')} AS context`;

/**
 * Rule entities/context-latest-articles: a stored entity's context is read from its CONTEXT_ARTICLES most recently
 * published articles (publication day, then article id, both newest first), not from all of them. Reason: the walk
 * reads every other entity of every article it takes, so over all of a much-named person's or body's articles it grew
 * with every article naming it (issue 12: 168 → 2,476 dbHits per written article from 500 to 2,000 stored); the
 * newest few hundred articles say who the entity is now as well as the whole history does. The order depends only on
 * what is stored, not on when or in which batches it was written, so the decisions stay those of any batching; an
 * entity with at most that many articles has its whole context, as before.
 */
export const CONTEXT_ARTICLES = 50;

/**
 * The contexts of stored entities of `label` by key as contextsByKey reads them, cut to the keys of `$within`: the
 * entities in `$within` (incidents left out) are found first by their keys, and each article's other entities are
 * kept only when they are among them, so one outside is neither tested for its label nor has its key read. Only the
 * entity's `articles` latest articles are walked (rule entities/context-latest-articles). With `$within` every key a
 * comparison intersects the context with, its decisions are those made with the whole context of those articles
 * (src/graph/person-identity.ts personContextScope); a context over CONTEXT_LIMIT is cut to that many of the keys
 * within, where the whole one was cut to any that many.
 */
export const contextsByKeyWithin = (label: 'Person' | 'Organization', articles = CONTEXT_ARTICLES): string =>
  `
CALL () { UNWIND $within AS w MATCH (o:Entity {key: w}) WHERE NOT o:Incident RETURN collect(o) AS scope }
UNWIND $keys AS k
MATCH (e:${label} {key: k})
RETURN e.key AS key, COLLECT { MATCH (e)<-[:MENTIONS]-(a:Article) ` +
  `WITH DISTINCT a ORDER BY coalesce(a.publishedDate, date('0001-01-01')) DESC, a.id DESC LIMIT ${articles} ` +
  `MATCH (a)-[:MENTIONS]->(other) WHERE other IN scope AND other <> e ` +
  `WITH DISTINCT other LIMIT ${CONTEXT_LIMIT} RETURN other.key } AS context`;

/** A reader of contexts by key for decideReadingContexts: `cypher` a contextsByKey statement run in `tx` (`params` beside `$keys`). */
export const readContexts =
  (tx: Pick<ManagedTransaction, 'run'>, cypher: string, params: Record<string, unknown> = {}) =>
  async (keys: string[]): Promise<ReadonlyMap<string, string[]>> =>
    new Map(
      (await tx.run(cypher, { ...params, keys })).records.map((r) => [
        z.string().parse(r.get('key')),
        z.array(z.string()).parse(r.get('context')),
      ]),
    );

/**
 * `target` with the context of the stored entity `stored`: its own when read, else one that names the entity in
 * `unread` when read and gives none for this pass (decideReadingContexts).
 */
export function withContext<T extends object>(
  target: T,
  stored: { key: string; context?: readonly string[] | null | undefined },
  unread: Set<string>,
): T & { context: string[] } {
  const context = stored.context;
  if (context != null) return { ...target, context: [...context] };
  return Object.defineProperty(target, 'context', {
    enumerable: true,
    get: (): string[] => (unread.add(stored.key), []),
  }) as T & { context: string[] };
}

/**
 * Rule persons/context-on-demand: decisions that compare stored entities by their contexts, made with the contexts
 * unread. `decide` gives each stored entity's context through withContext; reading one not read yet names the entity
 * in `unread`, and the batch is decided again with those read (`read`, keys sorted), until a pass reads no context
 * left unread. The last pass read every context it used, so its decisions are those of a pass given every context,
 * and an entity never compared on its context is never read (issue 12: reading every candidate's context was the
 * writer's largest cost, and grew with every article naming it).
 */
export async function decideReadingContexts<T, S extends { key: string; context?: readonly string[] | null }>(
  decide: (stored: S[], unread: Set<string>) => T,
  stored: readonly S[],
  read: (keys: string[]) => Promise<ReadonlyMap<string, string[]>>,
): Promise<T> {
  const contexts = new Map<string, string[]>();
  for (;;) {
    const unread = new Set<string>();
    const decided = decide(
      stored.map((s) => (s.context == null && contexts.has(s.key) ? { ...s, context: contexts.get(s.key)! } : s)),
      unread,
    );
    if (!unread.size) return decided;
    const keys = [...unread].sort();
    const got = await read(keys);
    for (const k of keys) contexts.set(k, got.get(k) ?? []);
  }
}
