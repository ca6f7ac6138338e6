// Identity across articles, the other way round: a surname or an acronym stored alone (its article named no one
// fuller) is joined when a later batch brings the full name that explains it. src/graph/person-identity.ts and
// src/graph/org-acronyms.ts join a lone name to a full one stored BEFORE it; without this module the graph would
// depend on the order articles arrive in. Run in the write transaction after the batch is written (so the batch's
// own lone acronyms, stored earlier in the batch than the expansion, are found too). Surnames are decided with the
// batch's people (src/graph/person-identity.ts decideBatchPersons, article by article, the batch's own lone
// surnames written under the person's key); this module moves the evidence of the stored ones it joined.
//
// The guards are those of the forward joins, applied to each article that named the lone form
// (src/resolution/surname-join.ts, src/resolution/acronym-join.ts):
//   surname    exactly one known person bears it; nothing in the two profiles contradicts one person; the lone
//              name's article and the person's articles share another named entity (not a country); and the lone
//              name's article names no one of that surname in full (its extraction already declined to join them)
//   acronym    exactly one known body carries it among its names; the lone acronym's article and the body's
//              articles share another named entity
// A join moves that article's evidence (article and sentence mentions, relations, incident frames' participant
// keys) to the full node and records the reason on it (`identity` for people, `reasons` for bodies); a lone node
// left with no article is folded into the full node (names as aliases, countries, roles, reasons) and deleted.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { acronymShaped, joinLoneAcronym, type AcronymCandidate } from '../resolution/acronym-join.js';
import { ENTITY_REL_TYPES } from './model.js';
import { acronymBearers, acronymContextScope, bodyCandidates, ORG_CONTEXTS } from './org-acronyms.js';
import type { ArticleWrite } from './rows.js';
import { betterName } from './entity-rows.js';
import { articleContext, decideReadingContexts, readContexts } from './entity-context.js';
import { NAME_KEYS_OF } from './frame-name-keys.js';
import { ENTITIES, ENTITY_REASONS, identityStatementRow, PERSON_IDENTITY, withSurname } from './writer.js';

export interface LateJoin {
  articleId: string;
  from: string;
  to: string;
  reason: string;
}

// Organisations known only by an acronym of the batch ("org:name:<acronym>", named by it alone), with each article.
// Planned once (steady-plan) with the seek by key pinned: planned on a small store without the hint it scanned the
// label (issue 12), and planned again as the store grew it cost 0.1-0.2 s of planning a batch for a few ms of work.
const LONE_ACRONYMS = `
UNWIND $acronyms AS acr
MATCH (l:Organization {key: 'org:name:' + toLower(acr)})
USING INDEX SEEK l:Organization(key)
WHERE l.name = acr AND all(x IN coalesce(l.aliases, []) WHERE x = acr)
MATCH (a:Article)-[:MENTIONS]->(l)
RETURN acr AS acronym, l.key AS key, a.id AS articleId,
       ${articleContext('a', 'l')} AS context
ORDER BY key, articleId`;

const LoneAcronym = z.object({
  acronym: z.string(),
  key: z.string(),
  articleId: z.string(),
  context: z.array(z.string()),
});
/** a stored acronym-only body as LONE_ACRONYMS reads it, once per article naming it, with that article's context */
export type LoneAcronym = z.infer<typeof LoneAcronym>;

/** The joins of the stored lone acronyms to the one known body carrying each (joinLoneAcronym), per article. */
export function decideLateAcronyms(lone: readonly LoneAcronym[], known: readonly AcronymCandidate[]): LateJoin[] {
  const out: LateJoin[] = [];
  for (const l of lone) {
    const join = joinLoneAcronym(l.acronym, l.key, l.context, known, l.articleId);
    if (join) out.push({ articleId: l.articleId, from: l.key, to: join.to, reason: join.reason });
  }
  return out;
}

/** Joins of stored acronym-only bodies to the one body that carries the acronym, per article that named them. */
async function acronymJoins(tx: ManagedTransaction, writes: readonly ArticleWrite[]): Promise<LateJoin[]> {
  const acronyms = [
    ...new Set(
      writes.flatMap((w) =>
        w.entities.organization.flatMap((r) => r.aliases.filter((a) => a !== r.name && acronymShaped(a))),
      ),
    ),
  ].sort();
  if (!acronyms.length) return [];
  const lone = (await tx.run(LONE_ACRONYMS, { acronyms })).records.map((r) => LoneAcronym.parse(r.toObject()));
  if (!lone.length) return [];
  const wanted = [...new Set(lone.map((l) => l.acronym))];
  // rule persons/context-on-demand: a body's context is read only when it is the only bearer a join compares with,
  // and within the lone acronyms' articles' keys, the only ones it is compared with (rule orgs/context-within-batch)
  return decideReadingContexts(
    (read, unread) => decideLateAcronyms(lone, bodyCandidates(read, unread)),
    await acronymBearers(tx, wanted),
    readContexts(tx, ORG_CONTEXTS, { within: acronymContextScope(lone.map((l) => l.context)) }),
  );
}

// The statements below take every join of a batch at once ($joins: {articleId, from, to}), so a batch's joins cost a
// fixed number of statements, not several each. No two joins share an article and a lone key (joinKey).
const MOVE_ARTICLE_MENTIONS = `
UNWIND $joins AS j
MATCH (a:Article {id: j.articleId})-[m:MENTIONS]->(f:Entity {key: j.from})
MATCH (t:Entity {key: j.to})
MERGE (a)-[n:MENTIONS]->(t)
ON CREATE SET n.count = m.count
ON MATCH SET n.count = n.count + m.count
DELETE m`;

// From the article's sentences (found by their index), not from the lone node: a lone acronym mentioned in many
// articles is a hub whose every mention the other way round was read for each join (issue 12).
const MOVE_SENTENCE_MENTIONS = `
UNWIND $joins AS j
MATCH (f:Entity {key: j.from})
MATCH (t:Entity {key: j.to})
MATCH (s:Sentence {articleId: j.articleId})
USING INDEX s:Sentence(articleId)
MATCH (s)-[m:MENTIONS]->(f)
CREATE (s)-[n:MENTIONS]->(t)
SET n = properties(m)
DELETE m`;

/**
 * An article's relations of every type from or to the lone node, moved to the full one (a link between the two is
 * dropped). Each type's relations are found by a seek of the article's index on them (cypher/reextract.cypher), never
 * by expanding the lone node, which may be a hub; the types are fixed strings from src/graph/model.ts. The hints say
 * SEEK: a plain index hint is also met by a scan of the whole index, which the kept plan was seen to do (issue 12).
 */
export const MOVE_RELATIONS = `
UNWIND $joins AS j
MATCH (f:Entity {key: j.from}), (t:Entity {key: j.to})
${ENTITY_REL_TYPES.map(
  (type) => `CALL (f, t, j) {
  MATCH (x)-[r:${type}]->(y)
  USING INDEX SEEK r:${type}(articleId)
  WHERE r.articleId = j.articleId AND (x = f OR y = f)
  WITH r, CASE WHEN x = f THEN t ELSE x END AS a, CASE WHEN y = f THEN t ELSE y END AS b
  FOREACH (_ IN CASE WHEN a <> b THEN [1] ELSE [] END | CREATE (a)-[n:${type}]->(b) SET n = properties(r))
  DELETE r
}`,
).join('\n')}`;

// The article's incident frames name participants by key ("role\tkey\tname", "key\tname", and in the rows JSON):
// incident resolution re-reads them, so they follow the evidence. One row per article, with all its moves, so no
// two rows of the statement rewrite the same frame.
const REKEY_FRAMES = `
OPTIONAL MATCH (l:KgLock {name: 'incidents'})
UNWIND $articles AS art
MATCH (fr:IncidentFrame {articleId: art.articleId})
SET fr.participants = reduce(ps = coalesce(fr.participants, []), mv IN art.moves | [p IN ps |
      CASE WHEN split(p, '\t')[1] = mv.from THEN split(p, '\t')[0] + '\t' + mv.to + substring(p, size(split(p, '\t')[0]) + 1 + size(mv.from)) ELSE p END]),
    fr.names = reduce(xs = coalesce(fr.names, []), mv IN art.moves | [x IN xs |
      CASE WHEN split(x, '\t')[0] = mv.from THEN mv.to + substring(x, size(mv.from)) ELSE x END]),
    fr.rows = CASE WHEN fr.rows IS NULL THEN null
              ELSE reduce(r = fr.rows, mv IN art.moves | replace(r, mv.fromJson, mv.toJson)) END,
    // its contents changed: read again, not from what an earlier batch read (src/graph/incident-frames.ts frameRevision)
    fr.rev = null
// the people it names changed: stamped with the batch's number, so every process's index reads them again
SET fr.nameKeys = ${NAME_KEYS_OF('fr.names')}, fr.writeSeq = l.writeSeq`;

// Lone nodes no article mentions any more, as the rows the writer merges into the full nodes (one statement for the
// batch's joins).
const LEFT_OVER = `
UNWIND $froms AS from
MATCH (f:Entity {key: from}) WHERE NOT EXISTS { (f)<-[:MENTIONS|COVERS]-() }
RETURN f.key AS key, f.type AS type, f.name AS name, coalesce(f.aliases, []) AS aliases, f.kind AS kind, f.country AS country,
       toString(f.firstSeen) AS firstSeen, coalesce(f.reasons, []) AS reasons, coalesce(f.identity, []) AS identity,
       coalesce(f.countries, []) AS countries, coalesce(f.homeCountries, []) AS homeCountries, coalesce(f.roles, []) AS roles`;

const DELETE_LEFT_OVER = `UNWIND $froms AS from MATCH (f:Entity {key: from}) DETACH DELETE f`;

const LeftOver = z.object({
  key: z.string(),
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string().nullable(),
  country: z.string().nullable(),
  firstSeen: z.string().nullable(),
  reasons: z.array(z.string()),
  identity: z.array(z.string()),
  countries: z.array(z.string()),
  homeCountries: z.array(z.string()),
  roles: z.array(z.string()),
});

/**
 * The moves above and the frames' rekeying in one statement, in that order (issue 12: one round trip for a batch's
 * joins where there were four; a trip cost about as much as the server's work for these). Each subquery runs over its
 * whole list for the statement's one row, and ends in a count, before the next one starts.
 */
export const MOVE_EVIDENCE = `
CALL () {${MOVE_ARTICLE_MENTIONS}
RETURN count(*) AS articleMentions }
CALL () {${MOVE_SENTENCE_MENTIONS}
RETURN count(*) AS sentenceMentions }
CALL () {${MOVE_RELATIONS}
RETURN count(*) AS relations }
CALL () {${REKEY_FRAMES}
RETURN count(*) AS frames }
RETURN articleMentions, sentenceMentions, relations, frames`;

/** Moves the evidence of every join (one per article and lone key) in one statement (MOVE_EVIDENCE). */
async function moveArticleEvidence(tx: ManagedTransaction, joins: readonly LateJoin[]): Promise<void> {
  if (!joins.length) return;
  const byArticle = new Map<string, { from: string; to: string; fromJson: string; toJson: string }[]>();
  for (const j of joins) {
    const moves = byArticle.get(j.articleId) ?? [];
    moves.push({ from: j.from, to: j.to, fromJson: JSON.stringify(j.from), toJson: JSON.stringify(j.to) });
    byArticle.set(j.articleId, moves);
  }
  await tx.run(MOVE_EVIDENCE, {
    joins: joins.map((j) => ({ articleId: j.articleId, from: j.from, to: j.to })),
    articles: [...byArticle].map(([articleId, moves]) => ({ articleId, moves })),
  });
}

/** One join per article and lone key (the first), so no two rows of a statement move the same evidence. */
function onePerArticleAndKey(joins: readonly LateJoin[]): LateJoin[] {
  const seen = new Set<string>();
  return joins.filter((j) => {
    const k = `${j.articleId}\t${j.from}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type LeftOverNode = z.infer<typeof LeftOver>;

/** an ISO datetime comparable as a string: its fraction of a second padded to nine digits */
const sortableTime = (t: string): string =>
  t.replace(/(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/, (_, f = '', z) => `.${f.padEnd(9, '0')}${z}`);

/** the smaller of two optional values, by `key` (null only when both are) */
function smaller<T>(a: T | null, b: T | null, key: (x: T) => string = String): T | null {
  if (a === null) return b;
  if (b === null) return a;
  return key(b) < key(a) ? b : a;
}

/**
 * The lone nodes folded into one full node, as one row: the rules ENTITIES applies row after row (the better name,
 * the other names as aliases, the earliest first seen, a specific kind before 'other' then the smaller, the smaller
 * country; a missing value never wins), so one statement gives what a statement per lone node would.
 */
export function foldedRow(nodes: readonly LeftOverNode[]): LeftOverNode {
  return nodes.reduce((a, b) => {
    const name = betterName(a.name, b.name);
    const kind =
      a.kind === null || b.kind === null
        ? (a.kind ?? b.kind)
        : (a.kind === 'other') !== (b.kind === 'other')
          ? a.kind === 'other'
            ? b.kind
            : a.kind
          : smaller(a.kind, b.kind);
    return {
      ...a,
      name,
      aliases: [...new Set([a.name, b.name, ...a.aliases, ...b.aliases])].filter((x) => x !== name).sort(),
      kind,
      country: smaller(a.country, b.country),
      firstSeen: smaller(a.firstSeen, b.firstSeen, sortableTime),
      reasons: [...a.reasons, ...b.reasons],
      identity: [...a.identity, ...b.identity],
      countries: [...a.countries, ...b.countries],
      homeCountries: [...a.homeCountries, ...b.homeCountries],
      roles: [...a.roles, ...b.roles],
    };
  });
}

/**
 * Fold the lone nodes no article mentions any more into their full ones, then delete them: a fixed number of
 * statements for the batch, one row per full node (foldedRow; rows of one statement that set the same node's lists
 * would read it before any of them wrote).
 */
async function foldLeftOvers(tx: ManagedTransaction, folds: ReadonlyMap<string, string>): Promise<void> {
  if (!folds.size) return;
  const left = new Map(
    (await tx.run(LEFT_OVER, { froms: [...folds.keys()] })).records.map((r) => {
      const f = LeftOver.parse(r.toObject());
      return [f.key, f];
    }),
  );
  if (!left.size) return;
  const byTarget = new Map<string, LeftOverNode[]>();
  for (const [from, to] of folds) {
    const f = left.get(from);
    if (f) byTarget.set(to, [...(byTarget.get(to) ?? []), f]);
  }
  const rows = [...byTarget].map(([to, nodes]) => ({ to, f: foldedRow(nodes) })).sort((a, b) => cmp(a.to, b.to));
  await tx.run(ENTITIES, {
    rows: rows.map(({ to, f }) =>
      withSurname({
        key: to,
        type: f.type,
        name: f.name,
        aliases: f.aliases,
        kind: f.kind,
        country: f.country,
        firstSeen: f.firstSeen,
      }),
    ),
  });
  const reasons = rows.filter(({ f }) => f.reasons.length).map(({ to, f }) => ({ key: to, reasons: f.reasons }));
  if (reasons.length) await tx.run(ENTITY_REASONS, { rows: reasons });
  const people = rows
    .filter(({ f }) => f.type === 'person')
    .map(({ to, f }) => ({
      key: to,
      countries: f.countries,
      homeCountries: f.homeCountries,
      roles: f.roles,
      reasons: f.identity,
      surnameJoins: [],
    }));
  if (people.length) await tx.run(PERSON_IDENTITY, { rows: people.map(identityStatementRow) });
  await tx.run(DELETE_LEFT_OVER, { froms: [...left.keys()] });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Join the stored surname-only people and acronym-only bodies that the batch's full names explain. Returns the
 * joins made, each with its reason (a person's reason and join are written with the batch's identities: writer.ts).
 */
export async function joinEarlierLoneNames(
  tx: ManagedTransaction,
  writes: readonly ArticleWrite[],
  people: readonly LateJoin[],
): Promise<LateJoin[]> {
  // the people's reasons and surname joins were written with the batch's identities (writer.ts personIdentityRows)
  await moveArticleEvidence(tx, onePerArticleAndKey(people));
  // after the people: a lone acronym's article is compared under its people's keys as joined, as the batch decided
  const bodies = await acronymJoins(tx, writes);
  await moveArticleEvidence(tx, onePerArticleAndKey(bodies));
  const reasons = new Map<string, string[]>();
  for (const j of bodies) reasons.set(j.to, [...(reasons.get(j.to) ?? []), j.reason]);
  if (reasons.size) await tx.run(ENTITY_REASONS, { rows: [...reasons].map(([key, rs]) => ({ key, reasons: rs })) });
  await foldLeftOvers(tx, new Map([...people, ...bodies].map((j) => [j.from, j.to])));
  return [...people, ...bodies];
}
