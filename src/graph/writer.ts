// Batched, parameterised writes of one article (docs/graph-model.md). Every statement sends a whole list
// with UNWIND, so an article costs a fixed handful of round trips however many mentions it has. Labels and
// relationship types are looked up in src/graph/model.ts and only then interpolated; values are parameters.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../ontology/index.js';
// eslint-disable-next-line no-restricted-imports -- issue 9: removed when graph owns its row types
import type { ArticleWrite } from '../ingest/prepare.js';
import { applyResolutions, resolveIncidents, type Resolution } from './incident-resolution.js';
import { ENTITY_LABEL, ENTITY_REL_TYPES } from './model.js';

/** 'rewritten': the article was stored already, by another extractor version (or re-extraction was forced) */
export type WriteOutcome = 'new' | 'unchanged' | 'rewritten';

export interface WriteOptions {
  /** extra work in the same transaction, after the article is written */
  hook?: InTransactionHook | undefined;
  /** rewrite a complete article even when its extractor version matches */
  reextract?: boolean | undefined;
}

/** Work the caller adds to the same transaction (duplicate detection), after the article is written. */
export type InTransactionHook = (tx: ManagedTransaction, write: ArticleWrite) => Promise<void>;

const Existing = z.object({ found: z.boolean(), status: z.string().nullable(), version: z.string().nullable() });

/** ids among `ids` already stored completely */
export async function completeArticleIds(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.status = 'complete' RETURN a.id AS id`,
    { ids },
  );
  return new Set(res.records.map((r) => z.string().parse(r.get('id'))));
}

/** extractor version of each complete article among `ids` (null when stored before versions were recorded) */
export async function storedArticleVersions(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string | null>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.status = 'complete' RETURN a.id AS id, a.extractorVersion AS version`,
    { ids },
  );
  return new Map(res.records.map((r) => [z.string().parse(r.get('id')), z.string().nullable().parse(r.get('version') ?? null)]));
}

/** The database's clock now, as an ISO string: the start of a run, for `storedArticleVersions`' `since`. */
export async function databaseNow(tx: ManagedTransaction): Promise<string> {
  const res = await tx.run('RETURN toString(datetime()) AS now');
  return z.string().parse(res.records[0]?.get('now'));
}

/** ids among `ids` stored completely at or after `since` (a databaseNow value): written earlier in this run */
export async function articleIdsIngestedSince(tx: ManagedTransaction, ids: string[], since: string): Promise<Set<string>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.status = 'complete' AND a.ingestedAt >= datetime($since) RETURN a.id AS id`,
    { ids, since },
  );
  return new Set(res.records.map((r) => z.string().parse(r.get('id'))));
}

/**
 * Everything an article wrote, so it can be written anew: its sentences (and their mentions), its own
 * mentions, COVERS, IN_BUCKET and DUPLICATE_OF links (all with the Article node), its per-article
 * relationships, then entities it mentioned or covered that nothing mentions or covers any more.
 */
async function removeArticle(tx: ManagedTransaction, id: string): Promise<void> {
  const touched = await tx.run(
    `MATCH (a:Article {id: $id})
     CALL (a) {
       OPTIONAL MATCH (a)-[:MENTIONS|COVERS]->(e:Entity) RETURN collect(DISTINCT e.key) AS direct
     }
     CALL (a) {
       OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.key) AS viaSentences
     }
     RETURN direct + [k IN viaSentences WHERE NOT k IN direct] AS keys`,
    { id },
  );
  const keys = z.array(z.string()).parse(touched.records[0]?.get('keys') ?? []);
  await tx.run(
    `MATCH (a:Article {id: $id})
     OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
     DETACH DELETE s`,
    { id },
  );
  for (const type of ENTITY_REL_TYPES) {
    await tx.run(`MATCH ()-[r:${type}]->() WHERE r.articleId = $id DELETE r`, { id });
  }
  await tx.run(`MATCH (a:Article {id: $id}) DETACH DELETE a`, { id });
  if (keys.length) {
    await tx.run(
      `UNWIND $keys AS key
       MATCH (e:Entity {key: key})
       WHERE NOT EXISTS { (e)<-[:MENTIONS|COVERS]-() }
       DETACH DELETE e`,
      { keys },
    );
  }
}

/** Per-type property merge rules, fixed strings keyed by entity type (`e` the node, `row` the new values). */
const TYPE_PROPERTIES: Record<EntityType, string> = {
  person: '',
  organization: `
SET e.kind = CASE WHEN e.kind IS NULL OR (e.kind = 'other' AND row.kind <> 'other') THEN row.kind ELSE e.kind END,
    e.country = coalesce(e.country, row.country)`,
  // Coordinates of an ambiguous place are replaced by those of an article that resolved it (takeCoords).
  place: `
SET e.placeKind = coalesce(e.placeKind, row.placeKind), e.country = coalesce(e.country, row.country),
    e.lat = CASE WHEN takeCoords THEN row.lat ELSE e.lat END,
    e.lon = CASE WHEN takeCoords THEN row.lon ELSE e.lon END,
    e.ambiguous = CASE WHEN e.ambiguous IS NULL OR takeCoords THEN row.ambiguous ELSE e.ambiguous END`,
  // Casualty counts only grow as reports come in, so the largest reported figure wins.
  incident: `
SET e.kind = CASE WHEN e.kind IS NULL OR (e.kind IN ['attack', 'other'] AND NOT row.kind IN ['attack', 'other']) THEN row.kind ELSE e.kind END,
    e.placeKey = coalesce(e.placeKey, row.placeKey), e.date = coalesce(e.date, row.date),
    e.dateValue = coalesce(e.dateValue, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END),
    e.placeName = coalesce(e.placeName, row.placeName),
    e.lat = coalesce(e.lat, row.lat), e.lon = coalesce(e.lon, row.lon),
    e.killed = CASE WHEN row.killed IS NULL THEN e.killed WHEN e.killed IS NULL OR toInteger(row.killed) > e.killed THEN toInteger(row.killed) ELSE e.killed END,
    e.injured = CASE WHEN row.injured IS NULL THEN e.injured WHEN e.injured IS NULL OR toInteger(row.injured) > e.injured THEN toInteger(row.injured) ELSE e.injured END`,
};

const ENTITY_TYPES_IN_ORDER: readonly EntityType[] = ENTITY_TYPES;

/** `FOREACH` over one element when the row has the given type: per-type clauses inside one statement. */
function whenType(type: string, clause: string): string {
  return clause.trim() ? `FOREACH (_ IN CASE WHEN row.type = '${type}' THEN [1] ELSE [] END | ${clause.trim()})` : '';
}

/**
 * All entities of an article in one statement, merged by key. The label is added from the fixed map for the
 * row's type (and only to a node of that type, so a key clash can never give a node two entity labels).
 * People: a longer full name ("Andrew Parker" after "Parker") replaces the shorter one; others keep the first.
 */
const ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e.type = row.type, e.name = row.name
${ENTITY_TYPES_IN_ORDER.map((t) => `FOREACH (_ IN CASE WHEN row.type = '${t}' AND e.type = '${t}' THEN [1] ELSE [] END | SET e:${ENTITY_LABEL[t]})`).join('\n')}
WITH e, row, CASE WHEN row.type = 'person' AND size(row.name) > size(e.name) THEN row.name ELSE e.name END AS name
WITH e, row, name, coalesce(e.aliases, []) + [e.name, row.name] + row.aliases AS pool
WITH e, row, name, reduce(acc = [], x IN pool | CASE WHEN x = name OR x IN acc THEN acc ELSE acc + x END) AS aliases,
     row.type = 'place' AND row.lat IS NOT NULL AND (e.lat IS NULL OR (coalesce(e.ambiguous, true) AND NOT row.ambiguous)) AS takeCoords
SET e.name = name, e.aliases = aliases,
    e.searchText = reduce(s = name, x IN aliases | s + ' ' + x)
${ENTITY_TYPES_IN_ORDER.map((t) => whenType(t, TYPE_PROPERTIES[t])).filter(Boolean).join('\n')}
RETURN count(*) AS n`;

/** All entity-to-entity relationships of an article in one statement; the type is chosen from the fixed list. */
const RELATIONS = `
UNWIND $rows AS row
MATCH (x:Entity {key: row.from})
MATCH (y:Entity {key: row.to})
${ENTITY_REL_TYPES.map((t) => whenType(t, `MERGE (x)-[r:${t} {articleId: $id}]->(y)
  SET r.sentenceIds = row.sentenceIds, r.evidence = [v IN row.evidence | toInteger(v)], r.label = row.label,
      r.source = $source, r.published = $published`)).join('\n')}
RETURN count(*) AS n`;

// The article is marked complete as it is created: the status and everything else commit together or not at all.
const CREATE_ARTICLE = `
CREATE (a:Article {id: $a.id})
SET a.title = $a.title, a.url = $a.url, a.source = $a.source, a.published = $a.published,
    a.publishedDate = CASE WHEN $a.published IS NULL THEN null ELSE date($a.published) END,
    a.publishedAt = CASE WHEN $a.publishedAt IS NULL THEN null ELSE datetime($a.publishedAt) END,
    a.text = $a.text, a.contentHash = $a.contentHash, a.wordCount = toInteger($a.wordCount),
    a.ingestedAt = datetime(), a.status = 'complete', a.extractorVersion = $a.extractorVersion`;

const ARTICLE_AND_SENTENCES = `
${CREATE_ARTICLE}
WITH a
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id})
SET s.articleId = a.id, s.index = toInteger(row.index), s.start = toInteger(row.start), s.end = toInteger(row.end), s.text = row.text, s.textHash = row.textHash
CREATE (a)-[:HAS_SENTENCE]->(s)
RETURN count(*) AS n`;

const ARTICLE_ONLY = `
${CREATE_ARTICLE}
RETURN count(*) AS n`;

// Both lists are empty or both are not (article mentions are the per-entity totals of sentence mentions).
const MENTIONS = `
MATCH (a:Article {id: $id})
CALL (a) {
  UNWIND $articleMentions AS row
  MATCH (e:Entity {key: row.key})
  CREATE (a)-[:MENTIONS {count: toInteger(row.count)}]->(e)
  RETURN count(*) AS articleMentions
}
CALL () {
  UNWIND $rows AS row
  MATCH (s:Sentence {id: row.sentenceId})
  MATCH (e:Entity {key: row.key})
  CREATE (s)-[:MENTIONS {start: toInteger(row.start), end: toInteger(row.end), text: row.text}]->(e)
  RETURN count(*) AS n
}
RETURN n, articleMentions`;

// firstReported: the earliest publication covering the incident, its date proxy for resolution when undated.
const COVERS = `
MATCH (a:Article {id: $id})
UNWIND $rows AS key
MATCH (i:Incident {key: key})
CREATE (a)-[:COVERS]->(i)
SET i.firstReported = CASE WHEN a.publishedDate IS NOT NULL AND (i.firstReported IS NULL OR a.publishedDate < i.firstReported)
                           THEN a.publishedDate ELSE i.firstReported END
RETURN count(*) AS n`;

// Why an incident node holds another article's incident: "<articleId> <extracted key>: <reason>".
const MERGED_FROM = `
UNWIND $rows AS row
MATCH (i:Incident {key: row.to})
SET i.mergedFrom = CASE WHEN row.entry IN coalesce(i.mergedFrom, []) THEN i.mergedFrom ELSE coalesce(i.mergedFrom, []) + row.entry END
RETURN count(*) AS n`;

const Count = z.object({ n: z.number().int() }).passthrough();

/**
 * Run one statement over a non-empty list and check how many rows it wrote. Each statement has one list, sent
 * only when non-empty, so parameter types never vary and Neo4j plans each statement once.
 */
async function runList(tx: ManagedTransaction, what: string, cypher: string, params: Record<string, unknown> & { rows: unknown[] }): Promise<Record<string, unknown>> {
  const res = await tx.run(cypher, params);
  const row = Count.parse(res.records[0]?.toObject() ?? { n: 0 });
  // MATCH finds nothing silently; a short count means a dangling reference, and the article must not be half-written.
  if (row.n !== params.rows.length) throw new Error(`writing ${what}: ${row.n} of ${params.rows.length} rows matched their nodes`);
  return row;
}

/**
 * Write one article with everything extracted from it, inside the caller's transaction. An article already
 * stored completely by the same extractor version is left alone ('unchanged'); one stored by another version
 * (or with `reextract`) is removed and written anew in this transaction ('rewritten'). Any error propagates,
 * so the transaction rolls back whole and the old version stays.
 */
export async function writeArticle(tx: ManagedTransaction, extracted: ArticleWrite, options: InTransactionHook | WriteOptions = {}): Promise<WriteOutcome> {
  const { hook, reextract } = typeof options === 'function' ? { hook: options, reextract: false } : options;
  const id = extracted.article.id;
  const existing = await tx.run(
    'OPTIONAL MATCH (a:Article {id: $id}) RETURN a IS NOT NULL AS found, a.status AS status, a.extractorVersion AS version',
    { id },
  );
  const { found, status, version } = Existing.parse(existing.records[0]?.toObject());
  const complete = status === 'complete';
  if (complete && !reextract && version === (extracted.article.extractorVersion ?? null)) return 'unchanged';
  if (found) await removeArticle(tx, id);

  const resolutions: Resolution[] = await resolveIncidents(tx, extracted);
  const w = applyResolutions(extracted, resolutions);

  if (w.sentences.length) await runList(tx, 'article and sentences', ARTICLE_AND_SENTENCES, { a: w.article, rows: w.sentences });
  else await runList(tx, 'article', ARTICLE_ONLY, { a: w.article, rows: [w.article] });
  const { person, organization, place, incident } = w.entities;
  const entities = [...person, ...organization, ...place, ...incident];
  if (entities.length) await runList(tx, 'entities', ENTITIES, { rows: entities });
  if (w.sentenceMentions.length) {
    const row = await runList(tx, 'sentence mentions', MENTIONS, { id, rows: w.sentenceMentions, articleMentions: w.articleMentions });
    if (row.articleMentions !== w.articleMentions.length) {
      throw new Error(`writing article mentions: ${String(row.articleMentions)} of ${w.articleMentions.length} rows matched their nodes`);
    }
  }
  if (w.covers.length) await runList(tx, 'incident coverage', COVERS, { id, rows: w.covers });
  if (resolutions.length) {
    await runList(tx, 'incident resolutions', MERGED_FROM, { rows: resolutions.map((r) => ({ to: r.to, entry: `${id} ${r.from}: ${r.why}` })) });
  }
  const relations = ENTITY_REL_TYPES.flatMap((type) => (w.relations[type] ?? []).map((r) => ({ ...r, type })));
  if (relations.length) {
    await runList(tx, 'relations', RELATIONS, { id, rows: relations, source: w.article.source, published: w.article.published });
  }
  if (hook) await hook(tx, w);
  return complete ? 'rewritten' : 'new';
}
