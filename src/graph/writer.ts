// Batched, parameterised writes of many articles in one transaction (docs/graph-model.md). Every statement
// sends one list for the whole batch with UNWIND, so a batch costs a fixed handful of round trips however many
// articles, sentences and mentions it holds. An article's own nodes and relationships are new by construction
// (CREATE); only shared entities are merged, by their constrained key, in key order so concurrent writers take
// their locks in one order. Labels and relationship types are looked up in src/graph/model.ts and only then
// interpolated; values are parameters.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../ontology/index.js';
import { withValues, type ArticleWrite } from './rows.js';
import { storeDuplicatePlan, type DuplicateLinker, type DuplicatePlan } from './duplicate-links.js';
import {
  framesOf,
  incidentLockOf,
  incidentsCommitted,
  LOCK_INCIDENTS,
  removeFrames,
  resolveFrames,
} from './incident-frames.js';
import type { IncidentLock } from './person-frame-index.js';
import { oneRowPerKey } from './entity-rows.js';
import { ENTITY_LABEL, ENTITY_REL_TYPES } from './model.js';
import {
  applyPersonResolutions,
  resolveBatchPersons,
  surnameJoinOf,
  type PersonResolution,
  type SurnameJoin,
} from './person-identity.js';
import { ACRONYMS_OF, applyOrgResolutions, resolveBatchAcronyms } from './org-acronyms.js';
import { applyJudgementsIn } from './judgements.js';
import { joinEarlierLoneNames } from './late-joins.js';
import { steadyTransaction } from './steady-plan.js';
import { loneSurnameOf, personSurname } from '../resolution/surname-join.js';

/**
 * A whole number in a statement's rows, sent as a JavaScript number (a PackStream float, 9 bytes) and read with
 * toInteger() in the statement. Not a driver Integer: the driver tests every object it packs against each of its
 * structure types (temporal, spatial, graph), and a row of integers took about 2.7× the CPU to pack as one of numbers
 * (issue 12: 6.8 against 2.5 µs per sentence mention row, Bolt 5.8 packer); the bytes saved were not worth that.
 */
type RowInt = number;

/** 'rewritten': the article was stored already, by another extractor version (or re-extraction was forced) */
export type WriteOutcome = 'new' | 'unchanged' | 'rewritten';

/** Work the caller adds to the batch's transaction for each article written, after the batch is written (tests inject faults here). */
export type InTransactionHook = (tx: ManagedTransaction, write: ArticleWrite) => Promise<void>;

export interface WriteOptions {
  hook?: InTransactionHook | undefined;
  /** near-duplicate detection: signatures and DUPLICATE_OF links written with the articles */
  duplicates?: DuplicateLinker | undefined;
  /** rewrite a complete article even when its extractor version matches */
  reextract?: boolean | undefined;
}

export interface BatchResult {
  /** one per write, in order */
  outcomes: WriteOutcome[];
  /**
   * to call once the transaction committed (the duplicate index learns the batch's signatures, the incident writer
   * what the Incident nodes hold)
   */
  committed(): void;
}

const Existing = z.object({
  found: z.boolean(),
  status: z.string().nullable(),
  version: z.string().nullable(),
  firstSeen: z.string().nullable(),
});

/** ids among `ids` already stored completely */
export async function completeArticleIds(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.status = 'complete' RETURN a.id AS id`,
    { ids },
  );
  return new Set(res.records.map((r) => z.string().parse(r.get('id'))));
}

/** extractor version of each complete article among `ids` (null when stored before versions were recorded) */
export async function storedArticleVersions(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, string | null>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.status = 'complete' RETURN a.id AS id, a.extractorVersion AS version`,
    { ids },
  );
  return new Map(
    res.records.map((r) => [
      z.string().parse(r.get('id')),
      z
        .string()
        .nullable()
        .parse(r.get('version') ?? null),
    ]),
  );
}

/**
 * Of the raw file hashes (rawFileHash), those whose every article is stored complete by extractor `version`: all
 * `sourceArticles` articles converted from those bytes are there. Returns each with its article count.
 */
export async function storedSourceFiles(
  tx: Pick<ManagedTransaction, 'run'>,
  hashes: string[],
  version: string,
): Promise<Map<string, number>> {
  const res = await tx.run(
    `UNWIND $hashes AS h
     MATCH (a:Article {sourceHash: h})
     WITH h, count(a) AS n, collect(DISTINCT a.sourceArticles) AS wanted, collect(DISTINCT a.status) AS statuses,
          collect(DISTINCT coalesce(a.extractorVersion, '')) AS versions
     WHERE wanted = [n] AND statuses = ['complete'] AND versions = [$version]
     RETURN h, n`,
    { hashes, version },
  );
  return new Map(res.records.map((r) => [z.string().parse(r.get('h')), z.number().int().parse(r.get('n'))]));
}

/** The database's clock now, as an ISO string: the start of a run, for `storedArticleVersions`' `since`. */
export async function databaseNow(tx: ManagedTransaction): Promise<string> {
  const res = await tx.run('RETURN toString(datetime()) AS now');
  return z.string().parse(res.records[0]?.get('now'));
}

/** ids among `ids` stored completely at or after `since` (a databaseNow value): written earlier in this run */
export async function articleIdsIngestedSince(
  tx: ManagedTransaction,
  ids: string[],
  since: string,
): Promise<Set<string>> {
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
       OPTIONAL MATCH (:Sentence {articleId: a.id})-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.key) AS viaSentences
     }
     RETURN direct + [k IN viaSentences WHERE NOT k IN direct] AS keys`,
    { id },
  );
  const keys = z.array(z.string()).parse(touched.records[0]?.get('keys') ?? []);
  await tx.run(`MATCH (s:Sentence {articleId: $id}) DETACH DELETE s`, { id });
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

/**
 * First seen (docs/graph-model.md): when the graph first held an article, entity or link. A row carries its
 * article's `firstSeen` when the article is being rewritten (kept from the stored one), else null for "now": the
 * transaction's clock, one instant for the whole batch. An entity keeps the earliest it was ever given, so
 * re-ingesting or re-extracting never moves it later.
 */
const ROW_FIRST_SEEN = 'coalesce(datetime(row.firstSeen), datetime.transaction())';
const EARLIEST_FIRST_SEEN = (v: string) =>
  `CASE WHEN ${v}.firstSeen IS NULL OR ${ROW_FIRST_SEEN} < ${v}.firstSeen THEN ${ROW_FIRST_SEEN} ELSE ${v}.firstSeen END`;

/** reasons kept on one entity node (ENTITY_REASONS) */
export const MAX_REASONS = 50;

/** Per-type property merge rules, fixed strings keyed by entity type (`e` the node, `row` the new values). */
const TYPE_PROPERTIES: Record<EntityType, string> = {
  // the surname a lone surname and its bearers are found by (src/graph/late-joins.ts): a function of the key
  person: `
SET e.surname = row.surname`,
  // the names it is looked up by as an acronym (src/graph/org-acronyms.ts ACRONYM_BEARERS): acronymsText in Cypher
  organization: `
SET e.acronyms = ${ACRONYMS_OF('aliases')},
    e.kind = CASE WHEN e.kind IS NULL OR (e.kind = 'other' AND row.kind <> 'other')
                   OR ((e.kind = 'other') = (row.kind = 'other') AND row.kind < e.kind) THEN row.kind ELSE e.kind END,
    e.country = CASE WHEN e.country IS NULL OR row.country < e.country THEN row.country ELSE e.country END`,
  // Coordinates of a resolved place beat those of an ambiguous one, which beat none; then those of a town the text
  // writes a site in beat a guessed town's (takeCoords, rule place/stated-town-over-guess); see entity-rows.ts.
  place: `
SET e.placeKind = CASE WHEN e.placeKind IS NULL OR row.placeKind < e.placeKind THEN row.placeKind ELSE e.placeKind END,
    e.country = CASE WHEN e.country IS NULL OR row.country < e.country THEN row.country ELSE e.country END,
    e.lat = CASE WHEN takeCoords THEN row.lat ELSE e.lat END,
    e.lon = CASE WHEN takeCoords THEN row.lon ELSE e.lon END,
    e.ambiguous = CASE WHEN e.ambiguous IS NULL OR takeCoords THEN row.ambiguous ELSE e.ambiguous END,
    e.admin1 = CASE WHEN takeCoords OR e.admin1 IS NULL THEN coalesce(row.admin1, e.admin1) ELSE e.admin1 END,
    e.precision = CASE WHEN takeCoords OR e.precision IS NULL THEN coalesce(row.precision, e.precision) ELSE e.precision END,
    e.guessedWithin = CASE WHEN NOT takeCoords THEN e.guessedWithin WHEN coalesce(row.guessedWithin, false) THEN true ELSE null END`,
  // Casualty counts only grow as reports come in, so the largest reported figure wins.
  incident: `
SET e.kind = CASE WHEN e.kind IS NULL OR (e.kind IN ['attack', 'other'] AND NOT row.kind IN ['attack', 'other']) THEN row.kind ELSE e.kind END,
    e.placeKey = coalesce(e.placeKey, row.placeKey), e.date = coalesce(e.date, row.date),
    e.dateValue = coalesce(e.dateValue, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END),
    e.placeName = coalesce(e.placeName, row.placeName),
    e.lat = coalesce(e.lat, row.lat), e.lon = coalesce(e.lon, row.lon),
    e.killed = CASE WHEN row.killed IS NULL THEN e.killed WHEN e.killed IS NULL OR toInteger(row.killed) > e.killed THEN toInteger(row.killed) ELSE e.killed END,
    e.injured = CASE WHEN row.injured IS NULL THEN e.injured WHEN e.injured IS NULL OR toInteger(row.injured) > e.injured THEN toInteger(row.injured) ELSE e.injured END,
    e.describedParticipants = [x IN coalesce(e.describedParticipants, []) WHERE NOT x IN coalesce(row.described, [])] + coalesce(row.described, []),
    e.datePrecision = CASE WHEN coalesce(e.date, row.date) IS NOT NULL THEN 'day' ELSE coalesce(row.datePrecision, e.datePrecision) END,
    e.datePeriod = CASE WHEN coalesce(e.date, row.date) IS NOT NULL THEN null ELSE coalesce(e.datePeriod, row.datePeriod) END,
    e.dateFlags = CASE WHEN row.dateFlag IS NULL OR row.dateFlag IN coalesce(e.dateFlags, []) THEN e.dateFlags ELSE coalesce(e.dateFlags, []) + row.dateFlag END`,
};

const ENTITY_TYPES_IN_ORDER: readonly EntityType[] = ENTITY_TYPES;

/** `FOREACH` over one element when the row has the given type: per-type clauses inside one statement. */
function whenType(type: string, clause: string, field = 'row.type'): string {
  return clause.trim() ? `FOREACH (_ IN CASE WHEN ${field} = '${type}' THEN [1] ELSE [] END | ${clause.trim()})` : '';
}

/**
 * All entities of a batch in one statement, merged by key, rows in key order. The label is added from the fixed
 * map for the row's type (and only to a node of that type, so a key clash can never give a node two entity
 * labels). The name does not depend on which article came first: a mixed-case name beats one in capitals, then
 * the longer one ("Andrew Parker" after "Parker"), then the smaller in code-point order; aliases are kept sorted.
 */
export const ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e.type = row.type, e.name = row.name
${ENTITY_TYPES_IN_ORDER.map((t) => `FOREACH (_ IN CASE WHEN row.type = '${t}' AND e.type = '${t}' THEN [1] ELSE [] END | SET e:${ENTITY_LABEL[t]})`).join('\n')}
WITH e, row, CASE
    WHEN row.name = e.name THEN e.name
    WHEN (row.name = toUpper(row.name)) <> (e.name = toUpper(e.name)) THEN CASE WHEN e.name = toUpper(e.name) THEN row.name ELSE e.name END
    WHEN size(row.name) <> size(e.name) THEN CASE WHEN size(row.name) > size(e.name) THEN row.name ELSE e.name END
    WHEN row.name < e.name THEN row.name ELSE e.name END AS name
WITH e, row, name, coalesce(e.aliases, []) + [e.name, row.name] + coalesce(row.aliases, []) AS pool
CALL (pool, name) {
  UNWIND pool AS x
  WITH DISTINCT x WHERE x <> name
  ORDER BY x
  RETURN collect(x) AS aliases
}
WITH e, row, name, aliases,
     row.type = 'place' AND row.lat IS NOT NULL AND (e.lat IS NULL OR (coalesce(e.ambiguous, true) AND NOT row.ambiguous)
       OR (coalesce(e.ambiguous, true) = row.ambiguous AND (
         (coalesce(e.guessedWithin, false) AND NOT coalesce(row.guessedWithin, false))
         OR (coalesce(e.guessedWithin, false) = coalesce(row.guessedWithin, false)
             AND (row.lat < e.lat OR (row.lat = e.lat AND row.lon < e.lon)))))) AS takeCoords
SET e.name = name, e.aliases = aliases,
    e.searchText = reduce(s = name, x IN aliases | s + ' ' + x),
    e.firstSeen = ${EARLIEST_FIRST_SEEN('e')}
${ENTITY_TYPES_IN_ORDER.map((t) => whenType(t, TYPE_PROPERTIES[t]))
  .filter(Boolean)
  .join('\n')}
RETURN count(*) AS n`;

/** The fields of a row ENTITIES reads (`row.<field>`), found in its text. */
export const ENTITY_FIELDS: ReadonlySet<string> = new Set(
  [...ENTITIES.matchAll(/\brow\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!),
);

/**
 * A row as sent to ENTITIES: only the fields it reads, and of those only the ones with a value (a field left out
 * reads as null, as a null sent does; the statement reads its lists, aliases and described, with coalesce, so an empty
 * list is left out too: most entities have no alias). A person's context, countries and roles and an entity's reasons travel in
 * their own statements (PERSON_IDENTITY, ENTITY_REASONS); sent with every entity row they were most of the
 * statement's bytes (issue 12: 4.8 MB of parameters for 390 articles), packed and parsed for nothing.
 */
export function entityStatementRow(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    if (ENTITY_FIELDS.has(k) && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out;
}

/** An entity row as ENTITIES takes it: a person's with the surname it is looked up by (null for none). */
export function withSurname<T extends { key: string; type: string }>(row: T): T & { surname?: string | null } {
  return row.type === 'person' ? { ...row, surname: personSurname(row.key) } : row;
}

/**
 * All entity-to-entity relationships of a batch in one statement; new with their article, so created, never merged.
 * A row is a list (RelationStatementRow) naming its article by its index in `$articles` (relationRows), whose id,
 * source, publication and first seen every relationship of the article carries: sent once per article, not once per
 * row (issue 12: these fields and their names were two thirds of the statement's bytes, the largest parameters of the
 * batch); its ends by their index in `$keys` (batchKeys), its sentences by their index in `$sentences` and its rules
 * by their index in `$rules`, each sent once however many rows name it.
 */
export const RELATIONS = `
UNWIND $rows AS row
WITH row, $articles[toInteger(row[0])] AS art
MATCH (x:Entity {key: $keys[toInteger(row[1])]})
MATCH (y:Entity {key: $keys[toInteger(row[2])]})
${ENTITY_REL_TYPES.map((t) =>
  whenType(
    t,
    `CREATE (x)-[r:${t} {articleId: art.id}]->(y)
  SET r.sentenceIds = [i IN row[4] | $sentences[toInteger(i)]], r.evidence = [v IN row[5] | toInteger(v)], r.label = row[7],
      r.rules = $rules[toInteger(row[6])], r.source = art.source, r.published = art.published, r.firstSeen = ${ROW_FIRST_SEEN.replace('row.', 'art.')}`,
    'row[3]',
  ),
).join('\n')}
RETURN count(*) AS n`;

/**
 * A RELATIONS row, a list (field names were a third of a row's bytes): its article at `article` in the statement's
 * `articles`, its ends at `from` and `to` in `keys`, its type, the sentences it cites at `sentences` in `sentences`, its
 * evidence offsets, its rules at `rules` in `rules` (null for none), and its label (left out, with its rules when they
 * are null too, where it has none).
 */
export type RelationStatementRow =
  | [article: RowInt, from: RowInt, to: RowInt, type: string, sentences: RowInt[], evidence: RowInt[]]
  | [article: RowInt, from: RowInt, to: RowInt, type: string, sentences: RowInt[], evidence: RowInt[], rules: RowInt]
  | [
      article: RowInt,
      from: RowInt,
      to: RowInt,
      type: string,
      sentences: RowInt[],
      evidence: RowInt[],
      rules: RowInt | null,
      label: string,
    ];

/**
 * The entity keys a batch's link rows name (BATCH_LINKS `$keys`), sorted and each sent once, with the index of each:
 * rows name their entities by index (issue 12: a key repeated in every mention and relationship row was a large part
 * of the batch statement's bytes). The list is sorted, so rows in index order are in key order (the lock order).
 */
export interface BatchKeys {
  keys: string[];
  of(key: string): RowInt;
}

/** The BatchKeys of every entity key that `ws`' mentions, coverage and relationships name. */
export function batchKeys(
  ws: readonly Pick<ArticleWrite, 'sentenceMentions' | 'articleMentions' | 'covers' | 'relations'>[],
): BatchKeys {
  const all = new Set<string>();
  for (const w of ws) {
    for (const m of w.sentenceMentions) all.add(m.key);
    for (const m of w.articleMentions) all.add(m.key);
    for (const k of w.covers) all.add(k);
    for (const t of ENTITY_REL_TYPES)
      for (const r of w.relations[t] ?? []) {
        all.add(r.from);
        all.add(r.to);
      }
  }
  const keys = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(keys.map((k, i) => [k, i]));
  return {
    keys,
    of(key) {
      const i = index.get(key);
      if (i === undefined) throw new Error(`batchKeys: ${key} is not a key of the batch`);
      return i;
    },
  };
}

/** A list of values sent once in a statement, each named by its index (`of`: the index, added when new). */
function indexedList<T>(id: (v: T) => string = String): { values: T[]; of(v: T): number } {
  const values: T[] = [];
  const index = new Map<string, number>();
  return {
    values,
    of(v) {
      const k = id(v);
      let i = index.get(k);
      if (i === undefined) {
        i = values.push(v) - 1;
        index.set(k, i);
      }
      return i;
    },
  };
}

/**
 * The batch's relationships as RELATIONS takes them: the rows in start-key order (one lock order for concurrent
 * writers), each naming its article, ends, sentences and rules by index; the articles' fields the relationships
 * carry (those with a value), the sentence ids cited and the rule lists, each once.
 */
export function relationRows<W extends Pick<ArticleWrite, 'article' | 'relations'>>(
  ws: readonly W[],
  firstSeen: (w: W) => string | null,
  keys: Pick<BatchKeys, 'of'>,
): {
  rows: RelationStatementRow[];
  articles: Array<{ id: string; source?: string; published?: string; firstSeen?: string }>;
  sentences: string[];
  rules: string[][];
} {
  const articles = ws.map((w) => ({
    id: w.article.id,
    ...withValues({ source: w.article.source, published: w.article.published, firstSeen: firstSeen(w) }),
  }));
  const sentences = indexedList<string>();
  const rules = indexedList<string[]>((r) => JSON.stringify(r));
  const rows = ws
    .flatMap((w, article) =>
      ENTITY_REL_TYPES.flatMap((type) =>
        (w.relations[type] ?? []).map(({ from, to, sentenceIds, label, evidence, rules: r }): RelationStatementRow => {
          const head = [
            article,
            keys.of(from),
            keys.of(to),
            type,
            sentenceIds.map((id) => sentences.of(id)),
            evidence,
          ] as const;
          const ruled = r === undefined ? null : rules.of(r);
          if (label !== null && label !== undefined) return [...head, ruled, label];
          return ruled === null ? [...head] : [...head, ruled];
        }),
      ),
    )
    .sort((a, b) => a[1] - b[1]);
  return { rows, articles, sentences: sentences.values, rules: rules.values };
}

// An article is marked complete as it is created: the status and everything else commit together or not at all.
const ARTICLES_AND_SENTENCES = `
UNWIND $articles AS art
CREATE (a:Article {id: art.id})
SET a.title = art.title, a.url = art.url, a.source = art.source, a.published = art.published,
    a.outlet = art.outlet, a.credits = art.credits,
    a.publishedDate = CASE WHEN art.published IS NULL THEN null ELSE date(art.published) END,
    a.publishedAt = CASE WHEN art.publishedAt IS NULL THEN null ELSE datetime(art.publishedAt) END,
    a.text = art.text, a.textTruncatedFrom = art.textTruncatedFrom, a.contentHash = art.contentHash, a.wordCount = toInteger(art.wordCount),
    a.sourceHash = art.sourceHash, a.sourceArticles = toInteger(art.sourceArticles),
    a.ingestedAt = datetime(), a.status = 'complete', a.extractorVersion = art.extractorVersion,
    a.firstSeen = coalesce(datetime(art.firstSeen), datetime.transaction())
WITH a, art
CALL (a, art) {
  UNWIND art.sentences AS row
  WITH row, toInteger(row[2]) AS start, toInteger(row[3]) AS end
  CREATE (s:Sentence {id: row[0]})
  SET s.articleId = a.id, s.index = toInteger(row[1]), s.start = start, s.end = end,
      s.text = coalesce(row[5], substring(art.text, start, end - start)),
      s.textHash = row[4]
  RETURN count(*) AS sentences
}
RETURN count(a) AS n, sum(sentences) AS sentences`;

/**
 * An article's sentence rows as ARTICLES_AND_SENTENCES takes them, lists [id, index, start, end, textHash, text?] (field
 * names were a quarter of a row's bytes): without their text, which the statement takes from the article's (sent once,
 * not twice: issue 12, a third of the batch's bytes), where Cypher's offsets are the text's. Cypher counts a string in
 * code points, JavaScript in UTF-16 units: they differ only past a surrogate pair, so the rows of a text holding one
 * keep their own text.
 */
export function sentenceRows(w: Pick<ArticleWrite, 'article' | 'sentences'>): SentenceStatementRow[] {
  const astral = /[\uD800-\uDFFF]/.test(w.article.text);
  return w.sentences.map(({ id, index, start, end, textHash, text }): SentenceStatementRow =>
    astral ? [id, index, start, end, textHash, text] : [id, index, start, end, textHash],
  );
}

/** A sentence row as ARTICLES_AND_SENTENCES takes it (its numbers read with toInteger: RowInt). */
export type SentenceStatementRow =
  | [id: string, index: RowInt, start: RowInt, end: RowInt, textHash: string]
  | [id: string, index: RowInt, start: RowInt, end: RowInt, textHash: string, text: string];

// Article mentions are the per-entity totals of sentence mentions, with the title's spans (an incident told only in
// the title has an article mention of count 0 and no sentence mention). Rows are lists naming their article, sentence
// and entity by index in `$articles`, `$sentences` and `$keys`: an article mention [article, key, count, title?], a
// sentence mention [sentence, key, start, end, text?] whose text, when left out (an index past the end reads as null),
// is its sentence's between its offsets (mentionRows).
const MENTIONS = `
CALL () {
  UNWIND $articleMentions AS row
  MATCH (a:Article {id: $articles[toInteger(row[0])]})
  MATCH (e:Entity {key: $keys[toInteger(row[1])]})
  CREATE (a)-[am:MENTIONS {count: toInteger(row[2])}]->(e)
  SET am.title = CASE WHEN size(coalesce(row[3], [])) > 0 THEN [v IN row[3] | toInteger(v)] END
  RETURN count(*) AS articleMentions
}
CALL () {
  UNWIND $rows AS row
  WITH row, toInteger(row[2]) AS start, toInteger(row[3]) AS end
  MATCH (s:Sentence {id: $sentences[toInteger(row[0])]})
  MATCH (e:Entity {key: $keys[toInteger(row[1])]})
  CREATE (s)-[:MENTIONS {start: start, end: end, text: coalesce(row[4], substring(s.text, start - s.start, end - start))}]->(e)
  RETURN count(*) AS n
}
RETURN n, articleMentions`;

/**
 * A MENTIONS row of a sentence mention: its sentence by index in `sentences`, its entity by index in `keys`, its
 * offsets, and its text only where Cypher cannot slice it from the sentence's. A list, not a map: the field names were
 * a third of the row's bytes (its numbers: RowInt).
 */
export type SentenceMentionStatementRow =
  | [sentence: RowInt, key: RowInt, start: RowInt, end: RowInt]
  | [sentence: RowInt, key: RowInt, start: RowInt, end: RowInt, text: string];

/** A MENTIONS row of an article mention: its article by index in `articles`, its entity by index in `keys`, its count and title spans. */
export type ArticleMentionStatementRow =
  [article: RowInt, key: RowInt, count: RowInt] | [article: RowInt, key: RowInt, count: RowInt, title: RowInt[]];

/**
 * The batch's mentions as MENTIONS takes them, rows in key order (one lock order for concurrent writers): each names
 * its article, sentence and entity by index into `articles`, `sentences` and `keys` (batchKeys), sent once each
 * rather than once per row, and a sentence mention leaves out its text where it is its sentence's text between its
 * offsets and Cypher counts those offsets as JavaScript does (no surrogate pair in the article: see sentenceRows).
 * Issue 12: the ids, keys and texts were most of the statement's bytes.
 */
export function mentionRows(
  ws: readonly Pick<ArticleWrite, 'article' | 'sentences' | 'sentenceMentions' | 'articleMentions'>[],
  keys: Pick<BatchKeys, 'of'>,
): {
  articles: string[];
  sentences: string[];
  rows: SentenceMentionStatementRow[];
  articleMentions: ArticleMentionStatementRow[];
} {
  const sentences = indexedList<string>();
  const rows: SentenceMentionStatementRow[] = [];
  for (const w of ws) {
    const astral = /[\uD800-\uDFFF]/.test(w.article.text);
    const byId = new Map(w.sentences.map((s) => [s.id, s]));
    for (const m of w.sentenceMentions) {
      const s = byId.get(m.sentenceId);
      const sliced = !astral && s && m.start >= s.start && s.text.slice(m.start - s.start, m.end - s.start) === m.text;
      const row: SentenceMentionStatementRow = [sentences.of(m.sentenceId), keys.of(m.key), m.start, m.end];
      rows.push(sliced ? row : [...row, m.text]);
    }
  }
  const articleMentions = ws.flatMap((w, article) =>
    w.articleMentions.map(({ key, count, title }): ArticleMentionStatementRow =>
      title ? [article, keys.of(key), count, title] : [article, keys.of(key), count],
    ),
  );
  return {
    articles: ws.map((w) => w.article.id),
    sentences: sentences.values,
    rows: rows.sort((a, b) => a[1] - b[1]),
    articleMentions: articleMentions.sort((a, b) => a[1] - b[1]),
  };
}

// firstReported: the earliest publication covering the incident, its date proxy for resolution when undated. A row
// [article, key] names the article by index in `$articles` and the incident by index in `$keys` (coverRows).
const COVERS = `
UNWIND $rows AS row
MATCH (a:Article {id: $articles[toInteger(row[0])]})
MATCH (i:Incident {key: $keys[toInteger(row[1])]})
CREATE (a)-[:COVERS]->(i)
SET i.firstReported = CASE WHEN a.publishedDate IS NOT NULL AND (i.firstReported IS NULL OR a.publishedDate < i.firstReported)
                           THEN a.publishedDate ELSE i.firstReported END
RETURN count(*) AS n`;

/** The batch's coverage as COVERS takes it: [article, key] by index (articles in batch order), in key order. */
export function coverRows(
  ws: readonly Pick<ArticleWrite, 'covers'>[],
  keys: Pick<BatchKeys, 'of'>,
): Array<[RowInt, RowInt]> {
  return ws
    .flatMap((w, article) => w.covers.map((key): [RowInt, RowInt] => [article, keys.of(key)]))
    .sort((a, b) => a[1] - b[1]);
}

// What tells a person from namesakes (src/graph/person-identity.ts), kept as sorted unions, and why articles joined it
// or were kept apart from a namesake (\`identity\`: "<articleId>: …").
// A row's list left out (identityStatementRow) adds nothing: it reads as null, taken as empty.
export const PERSON_IDENTITY = `
UNWIND $rows AS row
MATCH (p:Person {key: row.key})
CALL (p, row) { UNWIND coalesce(p.countries, []) + coalesce(row.countries, []) AS x WITH DISTINCT x ORDER BY x RETURN collect(x) AS countries }
CALL (p, row) { UNWIND coalesce(p.homeCountries, []) + coalesce(row.homeCountries, []) AS x WITH DISTINCT x ORDER BY x RETURN collect(x) AS homeCountries }
CALL (p, row) { UNWIND coalesce(p.roles, []) + coalesce(row.roles, []) AS x WITH DISTINCT x ORDER BY x RETURN collect(x) AS roles }
CALL (p, row) { UNWIND coalesce(p.identity, []) + coalesce(row.reasons, []) AS x WITH DISTINCT x ORDER BY x RETURN collect(x)[0..${MAX_REASONS}] AS identity }
CALL (p, row) { UNWIND coalesce(p.surnameJoins, []) + coalesce(row.surnameJoins, []) AS x WITH DISTINCT x ORDER BY x RETURN collect(x) AS joins }
SET p.countries = countries, p.homeCountries = homeCountries, p.roles = roles, p.identity = identity,
    p.surnameJoins = CASE WHEN size(joins) = 0 THEN null ELSE joins END
RETURN count(*) AS n`;

// Why the extractor merged, geocoded or qualified an entity, as distinct sentences (the same reason from many articles
// is kept once), sorted and capped so a hub node's list stays small whatever order its articles came in.
export const ENTITY_REASONS = `
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
CALL (e, row) { UNWIND coalesce(e.reasons, []) + row.reasons AS x WITH DISTINCT x ORDER BY x RETURN collect(x)[0..${MAX_REASONS}] AS reasons }
SET e.reasons = reasons
RETURN count(*) AS n`;

/**
 * `statement`, a batch statement over `$rows` that ends in `RETURN count(*) AS n`, as a `CALL () { … }` subquery of a
 * larger statement: its parameters renamed (`names`, old → new, so two parts never share one) and its count returned
 * as `column`.
 */
export function countSubquery(statement: string, names: Readonly<Record<string, string>>, column: string): string {
  const end = 'RETURN count(*) AS n';
  const body = statement.trim();
  if (!body.endsWith(end)) throw new Error(`countSubquery: the statement does not end in "${end}"`);
  const renamed = body
    .slice(0, -end.length)
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)\b/g, (m, name: string) => (names[name] ? `$${names[name]}` : m));
  return `CALL () {\n${renamed}RETURN count(*) AS ${column}\n}`;
}

/**
 * What a batch writes once its articles, sentences and entities are stored, in one statement (issue 12: four round
 * trips fewer in every batch): the people's identities (PERSON_IDENTITY), the entities' reasons (ENTITY_REASONS), the
 * article and sentence mentions (MENTIONS), the incidents' coverage (COVERS) and the relationships (RELATIONS), each a
 * subquery over its own list, run in that order; none reads what another writes. Each returns its count of rows
 * written (checked as runList checks one statement's). The mentions, coverage and relationships name their entities
 * by index in one list of the batch's keys, `$keys` (batchKeys), and the mentions and coverage their articles by index
 * in `$articles`.
 */
export const BATCH_LINKS = `
${countSubquery(PERSON_IDENTITY, { rows: 'identities' }, 'identities')}
${countSubquery(ENTITY_REASONS, { rows: 'reasons' }, 'reasons')}
${MENTIONS.trim().replace(/\nRETURN n, articleMentions$/, '')}
${countSubquery(COVERS, { rows: 'covers' }, 'covers')}
${countSubquery(RELATIONS, { rows: 'relations', articles: 'relationArticles', sentences: 'relationSentences', rules: 'relationRules' }, 'relations')}
RETURN identities, reasons, n AS mentions, articleMentions, covers, relations`;

const BatchLinkCounts = z.object({
  identities: z.number().int(),
  reasons: z.number().int(),
  mentions: z.number().int(),
  articleMentions: z.number().int(),
  covers: z.number().int(),
  relations: z.number().int(),
});

const Count = z.object({ n: z.number().int() }).passthrough();

/**
 * Run one statement over a non-empty list and check how many rows it wrote. Each statement has one list, sent
 * only when non-empty, so parameter types never vary and Neo4j plans each statement once.
 */
async function runList(
  tx: ManagedTransaction,
  what: string,
  cypher: string,
  params: Record<string, unknown> & { rows: unknown[] },
): Promise<Record<string, unknown>> {
  const res = await tx.run(cypher, params);
  const row = Count.parse(res.records[0]?.toObject() ?? { n: 0 });
  // MATCH finds nothing silently; a short count means a dangling reference, and no article may be half-written.
  if (row.n !== params.rows.length)
    throw new Error(`writing ${what}: ${row.n} of ${params.rows.length} rows matched their nodes`);
  return row;
}

const byKey = <T extends { key: string }>(a: T, b: T): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Rows of list properties joined per key (lists concatenated), in key order. */
export function onePerKey<T extends { key: string } & Record<string, string | string[]>>(rows: readonly T[]): T[] {
  const out = new Map<string, T>();
  for (const r of rows) {
    const had = out.get(r.key);
    if (!had) {
      out.set(r.key, { ...r });
      continue;
    }
    const merged: Record<string, string | string[]> = { ...had };
    for (const [k, v] of Object.entries(r)) if (Array.isArray(v)) merged[k] = [...(had[k] as string[]), ...v];
    out.set(r.key, merged as T);
  }
  return [...out.values()].sort(byKey);
}

/**
 * One row per person of the batch's writes (people resolved): what tells it from namesakes, and why it joined
 * (PERSON_IDENTITY); with the persons that stored surnames alone joined (`storedJoins`, src/graph/late-joins.ts) each
 * with that reason and join, in the same statement (issue 12: one statement fewer in a batch with such joins).
 */
export function personIdentityRows(
  ws: readonly ArticleWrite[],
  people: readonly (readonly PersonResolution[] | undefined)[],
  doubts: readonly { key: string; reason: string }[] = [],
  storedJoins: readonly SurnameJoin[] = [],
): PersonIdentityRow[] {
  return onePerKey([
    ...ws.flatMap((w, i) => {
      const reasons = new Map((people[i] ?? []).map((r) => [r.to, r.reason]));
      // the surnames alone this article joined to a person (src/graph/person-identity.ts surnameJoinOf)
      const joins = new Map(
        (people[i] ?? []).flatMap((r) => (loneSurnameOf(r.from) ? [[r.to, surnameJoinOf(w.article.id, r.from)]] : [])),
      );
      return w.entities.person.map((r) => ({
        key: r.key,
        countries: r.countries ?? [],
        homeCountries: r.homeCountry ? [r.homeCountry] : [],
        roles: r.roles ?? [],
        reasons: reasons.has(r.key) ? [reasons.get(r.key)!] : [],
        surnameJoins: joins.has(r.key) ? [joins.get(r.key)!] : [],
      }));
    }),
    ...doubts.map((d) => ({
      key: d.key,
      countries: [],
      homeCountries: [],
      roles: [],
      reasons: [d.reason],
      surnameJoins: [],
    })),
    ...storedJoins.map((j) => ({
      key: j.to,
      countries: [],
      homeCountries: [],
      roles: [],
      reasons: [j.reason],
      surnameJoins: [surnameJoinOf(j.articleId, j.from)],
    })),
  ]);
}

/**
 * A PERSON_IDENTITY row as sent: its empty lists left out (PERSON_IDENTITY reads one left out as empty). Issue 12: most
 * people of a batch have no countries, roles, reasons or surname joins, and five empty lists a row were 1.09 MB of
 * the 11.5 MB of parameters of 600 bench articles, each list packed by the driver and parsed by the server.
 */
export function identityStatementRow(row: PersonIdentityRow): Partial<PersonIdentityRow> & { key: string } {
  const out: Partial<PersonIdentityRow> & { key: string } = { key: row.key };
  if (row.countries.length) out.countries = row.countries;
  if (row.homeCountries.length) out.homeCountries = row.homeCountries;
  if (row.roles.length) out.roles = row.roles;
  if (row.reasons.length) out.reasons = row.reasons;
  if (row.surnameJoins.length) out.surnameJoins = row.surnameJoins;
  return out;
}

/** A PERSON_IDENTITY row: what tells the person from namesakes, why articles joined it, the surnames alone joined. */
export interface PersonIdentityRow {
  key: string;
  countries: string[];
  homeCountries: string[];
  roles: string[];
  reasons: string[];
  surnameJoins: string[];
}

/** One row per entity of the batch's writes with the extractor's reasons (ENTITY_REASONS). */
export function entityReasonRows(ws: readonly ArticleWrite[]): Array<{ key: string; reasons: string[] }> {
  return onePerKey(
    ws.flatMap((w) =>
      [...w.entities.person, ...w.entities.organization, ...w.entities.place]
        .filter((r) => r.reasons?.length)
        .map((r) => ({ key: r.key, reasons: r.reasons! })),
    ),
  );
}

type Existing = z.infer<typeof Existing>;

const EXISTING = `UNWIND $ids AS id OPTIONAL MATCH (a:Article {id: id})
RETURN id, a IS NOT NULL AS found, a.status AS status, a.extractorVersion AS version,
       toString(coalesce(a.firstSeen, a.ingestedAt)) AS firstSeen`;

const existingOf = (records: ReadonlyArray<{ get(key: string): unknown; toObject(): object }>) =>
  new Map(records.map((r) => [z.string().parse(r.get('id')), Existing.parse(r.toObject())]));

/** Each of `ids` as stored: found, its status, extractor version and first-seen time (absent ids: found false). */
async function existingArticles(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Existing>> {
  return existingOf((await tx.run(EXISTING, { ids })).records);
}

/**
 * The incidents lock, then each of `ids` as stored read under it, in one round trip (issue 12: a statement fewer in
 * every batch). The lock's SET runs for the statement's one row before the reads that follow it, so they see what
 * another batch committed before it released the lock. `ids` is never empty (one row per id carries the lock).
 */
async function lockAndReadArticles(
  tx: ManagedTransaction,
  ids: string[],
): Promise<{ lock: IncidentLock; found: Map<string, Existing> }> {
  const res = await tx.run(`${LOCK_INCIDENTS}\n${EXISTING}, epoch, writeSeq`, { ids });
  return { lock: incidentLockOf(res.records[0]), found: existingOf(res.records) };
}

/** stored completely by the same extractor version, and not to be re-extracted: left alone */
function isUnchanged(had: Existing | undefined, w: ArticleWrite, options: WriteOptions): boolean {
  return had?.status === 'complete' && !options.reextract && had.version === (w.article.extractorVersion ?? null);
}

/**
 * Write a batch of articles with everything extracted from them, inside the caller's transaction: one existence
 * check for the batch; an article already stored completely by the same extractor version is left alone
 * ('unchanged'); one stored by another version (or with `reextract`) is removed and written anew ('rewritten').
 * Any error propagates, so the transaction rolls back whole and nothing of the batch is stored.
 */
export async function writeArticleBatch(
  callerTx: ManagedTransaction,
  writes: readonly ArticleWrite[],
  options: WriteOptions = {},
): Promise<BatchResult> {
  // every statement of the batch planned once per process (src/graph/steady-plan.ts)
  const tx = steadyTransaction(callerTx);
  const ids = writes.map((w) => w.article.id);
  // Read before the lock: a batch whose every article is stored already writes nothing, not even the lock's number
  // (a re-ingest changes nothing). Otherwise the lock is taken before any write, one batch at a time clusters
  // incidents (src/graph/incident-frames.ts), and the articles are looked up again under it: another batch may have
  // stored some of them between the two reads.
  let found = await existingArticles(tx, ids);
  if (writes.every((w) => isUnchanged(found.get(w.article.id), w, options)))
    return { outcomes: writes.map(() => 'unchanged'), committed: () => {} };
  const locked = await lockAndReadArticles(tx, ids);
  const lock = locked.lock;
  found = locked.found;

  const outcomes: WriteOutcome[] = [];
  const todo: ArticleWrite[] = [];
  const inBatch = new Set<string>();
  const seedIncidents: string[] = [];
  /** rewritten articles keep when they were first seen */
  const firstSeen = new Map<string, string>();
  for (const w of writes) {
    const id = w.article.id;
    const had = found.get(id);
    const complete = had?.status === 'complete';
    if (inBatch.has(id) || isUnchanged(had, w, options)) {
      outcomes.push('unchanged');
      continue;
    }
    inBatch.add(id);
    if (had?.firstSeen) firstSeen.set(id, had.firstSeen);
    if (had?.found) {
      seedIncidents.push(...(await removeFrames(tx, [id])));
      await removeArticle(tx, id);
    }
    outcomes.push(complete ? 'rewritten' : 'new');
    todo.push(w);
  }
  // Frames left behind by an article deleted by other means (by hand, an old version) would clash with the new ones.
  const unseen = todo.filter((w) => !found.get(w.article.id)?.found).map((w) => w.article.id);
  if (unseen.length) seedIncidents.push(...(await removeFrames(tx, unseen)));
  if (!todo.length) return { outcomes, committed: () => incidentsCommitted(lock) };

  // bodies first: a person's profile holds the keys of its article's bodies as resolved
  const orgs = await resolveBatchAcronyms(tx, todo);
  const { people, storedJoins, doubts } = await resolveBatchPersons(tx, todo, orgs);
  // incidents are written from their frames once the batch's articles and entities are in place
  const split = todo.map((w, i) =>
    framesOf(applyOrgResolutions(applyPersonResolutions(w, people[i] ?? []), orgs[i] ?? [])),
  );
  const ws = split.map((s) => s.write);

  const sentences = ws.reduce((n, w) => n + w.sentences.length, 0);
  const seen = (w: ArticleWrite) => firstSeen.get(w.article.id) ?? null;
  const written = await tx.run(ARTICLES_AND_SENTENCES, {
    // the article's fields with a value: a field left out sets nothing, as a null does
    articles: ws.map((w) => ({ ...withValues({ ...w.article, firstSeen: seen(w) }), sentences: sentenceRows(w) })),
  });
  const created = z.object({ n: z.number().int(), sentences: z.number().int() }).parse(written.records[0]?.toObject());
  if (created.n !== ws.length || created.sentences !== sentences) {
    throw new Error(
      `writing articles and sentences: ${created.n} of ${ws.length} articles, ${created.sentences} of ${sentences} sentences`,
    );
  }
  const entities = oneRowPerKey(
    ws.flatMap((w) =>
      [...w.entities.person, ...w.entities.organization, ...w.entities.place, ...w.entities.incident].map((e) => ({
        ...e,
        firstSeen: seen(w),
      })),
    ),
  );
  if (entities.length)
    await runList(tx, 'entities', ENTITIES, { rows: entities.map((e) => entityStatementRow(withSurname(e))) });
  // one row per node: rows of one statement that set the same node's list would read it before any of them wrote
  const keys = batchKeys(ws);
  const mentions = mentionRows(ws, keys);
  const relations = relationRows(ws, seen, keys);
  const links = {
    identities: personIdentityRows(ws, people, doubts, storedJoins).map(identityStatementRow),
    reasons: entityReasonRows(ws),
    keys: keys.keys,
    ...mentions,
    covers: coverRows(ws, keys),
    relations: relations.rows,
    relationArticles: relations.articles,
    relationSentences: relations.sentences,
    relationRules: relations.rules,
  };
  const expected = {
    identities: links.identities.length,
    reasons: links.reasons.length,
    mentions: links.rows.length,
    articleMentions: links.articleMentions.length,
    covers: links.covers.length,
    relations: links.relations.length,
  };
  if (Object.values(expected).some((n) => n > 0)) {
    const got = BatchLinkCounts.parse((await tx.run(BATCH_LINKS, links)).records[0]?.toObject());
    // MATCH finds nothing silently; a short count means a dangling reference, and no article may be half-written
    for (const [what, n] of Object.entries(expected) as Array<[keyof typeof expected, number]>)
      if (got[what] !== n) throw new Error(`writing ${what}: ${got[what]} of ${n} rows matched their nodes`);
  }
  await resolveFrames(
    tx,
    split.flatMap((s) => s.frames),
    seedIncidents,
    new Map(ws.map((w) => [w.article.id, { source: w.article.source, published: w.article.published }])),
    lock,
  );
  // a full name of the batch explains surnames and acronyms stored alone before it: the graph does not depend on
  // which article came first (src/graph/late-joins.ts)
  await joinEarlierLoneNames(tx, ws, storedJoins);
  let plan: DuplicatePlan | null = null;
  if (options.duplicates) {
    plan = await options.duplicates.plan(
      tx,
      ws.map((w) => w.article),
    );
    await storeDuplicatePlan(tx, plan);
  }
  // analysts' judgements over what was just written, in the same transaction: a crash can never leave a batch
  // committed without them (src/graph/judgements.ts; one query when there are none)
  await applyJudgementsIn(tx);
  if (options.hook) for (const w of ws) await options.hook(callerTx, w);
  return {
    outcomes,
    committed: () => {
      incidentsCommitted(lock);
      plan?.commit();
    },
  };
}
