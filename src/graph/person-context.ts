// A stored person's context (the keys of the other entities, not incidents, of the articles that mention it: what
// person identity compares namesakes on, src/graph/entity-context.ts coMentionedKeys) kept on the node as `ctx`, so
// reading it costs one property, not a walk over every article naming the person (issue 12: the walk was the
// writer's largest statement and grew with every article naming a much-mentioned person).
//
// Rule persons/context-kept. `ctx` is a cache with one invariant: when set, it holds exactly the keys the walk would
// read. It is filled by the first read that needs it (the walk, once), extended by the writer for every new article
// naming the person (keepPersonContexts: a new article only adds keys), and removed wherever an article's mentions
// change other than by being added: an article removed or rewritten (src/graph/writer.ts removeArticle), evidence
// moved by a late join (src/graph/late-joins.ts), the judgements overlay cleared and applied again
// (src/graph/judgements.ts). Removed, the next read walks again. A person whose context would pass CONTEXT_LIMIT keys
// is not kept (`ctxOver`): its context is walked within the batch's keys, as before.
// The bulk path writes no `ctx` (an empty store: every context is walked once, then kept).
import type { ManagedTransaction } from 'neo4j-driver';
import { CONTEXT_LIMIT, contextsByKeyWithin } from './entity-context.js';

/** the person's context walked whole (coMentionedKeys without its cut), in Cypher, of the node `e` */
const walkedContext = (e: string): string =>
  `COLLECT { MATCH (${e})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other) WHERE other <> ${e} AND NOT other:Incident ` +
  `RETURN DISTINCT other.key }`;

/**
 * The contexts of stored people by key (`$keys`), cut to the keys of `$within` (personContextScope): read from `ctx`
 * when kept; else walked whole and kept (when within CONTEXT_LIMIT); for one over the limit (`ctxOver`), walked within
 * `$within` as contextsByKeyWithin does. The same keys as contextsByKeyWithin('Person') in every case.
 */
export const PERSON_CONTEXTS_KEPT = `
UNWIND $keys AS k
MATCH (e:Person {key: k})
CALL (e) {
  WITH e WHERE e.ctx IS NULL AND e.ctxOver IS NULL
  WITH e, ${walkedContext('e')} AS whole
  SET e.ctx = CASE WHEN size(whole) <= ${CONTEXT_LIMIT} THEN whole END,
      e.ctxOver = CASE WHEN size(whole) > ${CONTEXT_LIMIT} THEN true END
}
WITH e
CALL (e) {
  WITH e WHERE e.ctx IS NOT NULL
  RETURN [x IN e.ctx WHERE x IN $within] AS context
  UNION ALL
  WITH e WHERE e.ctx IS NULL
  CALL () { UNWIND $within AS w MATCH (o:Entity {key: w}) WHERE NOT o:Incident RETURN collect(o) AS scope }
  RETURN COLLECT { MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other) WHERE other IN scope AND other <> e
    WITH DISTINCT other LIMIT ${CONTEXT_LIMIT} RETURN other.key } AS context
}
RETURN e.key AS key, context`;

/** the walk PERSON_CONTEXTS_KEPT stands for (checked against it with KG_CHECK_KEPT_CONTEXT=1) */
export const PERSON_CONTEXTS_WALKED = contextsByKeyWithin('Person');

// The writer's new articles add their other entities' keys to the kept context of every person they mention, once
// per person (the articles' keys gathered first: rows of one statement must not each rewrite the same list).
const KEEP = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[:MENTIONS]->(p:Person) WHERE p.ctx IS NOT NULL
WITH p, COLLECT { MATCH (a)-[:MENTIONS]->(o) WHERE o <> p AND NOT o:Incident RETURN DISTINCT o.key } AS keys
WITH p, collect(keys) AS added
WITH p, reduce(s = p.ctx, ks IN added | s + [x IN ks WHERE NOT x IN s]) AS ctx
SET p.ctx = CASE WHEN size(ctx) <= ${CONTEXT_LIMIT} THEN ctx END,
    p.ctxOver = CASE WHEN size(ctx) > ${CONTEXT_LIMIT} THEN true END`;

/** After the articles `ids` are written with their mentions: their keys added to the kept contexts of their people. */
export async function keepPersonContexts(tx: Pick<ManagedTransaction, 'run'>, ids: readonly string[]): Promise<void> {
  if (ids.length) await tx.run(KEEP, { ids });
}

const FORGET_IN_ARTICLES = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(p:Person) WHERE p.ctx IS NOT NULL OR p.ctxOver IS NOT NULL
REMOVE p.ctx, p.ctxOver`;

/** The kept contexts of the people the articles `ids` mention forgotten: those articles' mentions changed. */
export async function forgetContextsInArticles(
  tx: Pick<ManagedTransaction, 'run'>,
  ids: readonly string[],
): Promise<void> {
  if (ids.length) await tx.run(FORGET_IN_ARTICLES, { ids: [...new Set(ids)] });
}

const FORGET_OF_KEYS = `
UNWIND $keys AS key
MATCH (p:Person {key: key}) WHERE p.ctx IS NOT NULL OR p.ctxOver IS NOT NULL
REMOVE p.ctx, p.ctxOver`;

/** The kept contexts of the people keyed `keys` forgotten (an article naming them is removed). */
export async function forgetContextsOfKeys(tx: Pick<ManagedTransaction, 'run'>, keys: readonly string[]): Promise<void> {
  if (keys.length) await tx.run(FORGET_OF_KEYS, { keys: [...new Set(keys)] });
}

const FORGET_AROUND = `
UNWIND $keys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(p:Person) WHERE p.ctx IS NOT NULL OR p.ctxOver IS NOT NULL RETURN p
  UNION
  MATCH (p:Person) WHERE p = e AND (p.ctx IS NOT NULL OR p.ctxOver IS NOT NULL) RETURN p
}
REMOVE p.ctx, p.ctxOver`;

/** The kept contexts forgotten of the people keyed `keys` and of every person an article mentions with one of them. */
export async function forgetContextsAround(tx: Pick<ManagedTransaction, 'run'>, keys: readonly string[]): Promise<void> {
  if (keys.length) await tx.run(FORGET_AROUND, { keys: [...new Set(keys)].sort() });
}
