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
import { joinLoneAcronym, type AcronymCandidate } from '../resolution/acronym-join.js';
import { ENTITY_REL_TYPES, type EntityRelType } from './model.js';
import { ACRONYM_BEARERS } from './org-acronyms.js';
import { surnameJoinOf } from './person-identity.js';
import type { ArticleWrite } from './rows.js';
import { ENTITIES, ENTITY_REASONS, PERSON_IDENTITY, withSurname } from './writer.js';

/** an acronym as a name among others ("CWSB"): the shape src/resolution/acronym-join.ts accepts alone */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/** the most co-mentioned keys read for one article's context */
const CONTEXT_LIMIT = 5000;

export interface LateJoin {
  articleId: string;
  from: string;
  to: string;
  reason: string;
}

// Organisations known only by an acronym of the batch ("org:name:<acronym>", named by it alone), with each article.
const LONE_ACRONYMS = `
UNWIND $acronyms AS acr
MATCH (l:Organization {key: 'org:name:' + toLower(acr)})
WHERE l.name = acr AND all(x IN coalesce(l.aliases, []) WHERE x = acr)
MATCH (a:Article)-[:MENTIONS]->(l)
RETURN acr AS acronym, l.key AS key, a.id AS articleId,
       COLLECT { MATCH (a)-[:MENTIONS]->(o:Entity) WHERE o <> l AND NOT o:Incident RETURN DISTINCT o.key LIMIT ${CONTEXT_LIMIT} } AS context
ORDER BY key, articleId`;

const LoneAcronym = z.object({
  acronym: z.string(),
  key: z.string(),
  articleId: z.string(),
  context: z.array(z.string()),
});

const AcronymBearer = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  context: z.array(z.string()),
});

/** Joins of stored acronym-only bodies to the one body that carries the acronym, per article that named them. */
async function acronymJoins(tx: ManagedTransaction, writes: readonly ArticleWrite[]): Promise<LateJoin[]> {
  const acronyms = [
    ...new Set(
      writes.flatMap((w) =>
        w.entities.organization.flatMap((r) => r.aliases.filter((a) => a !== r.name && ACRONYM.test(a))),
      ),
    ),
  ].sort();
  if (!acronyms.length) return [];
  const lone = (await tx.run(LONE_ACRONYMS, { acronyms })).records.map((r) => LoneAcronym.parse(r.toObject()));
  if (!lone.length) return [];
  const wanted = [...new Set(lone.map((l) => l.acronym))];
  const known: AcronymCandidate[] = (await tx.run(ACRONYM_BEARERS, { acronyms: wanted })).records.map((r) => {
    const s = AcronymBearer.parse(r.toObject());
    return { key: s.key, name: s.name, names: [s.name, ...s.aliases], context: s.context };
  });
  const out: LateJoin[] = [];
  for (const l of lone) {
    const join = joinLoneAcronym(l.acronym, l.key, l.context, known, l.articleId);
    if (join) out.push({ articleId: l.articleId, from: l.key, to: join.to, reason: join.reason });
  }
  return out;
}

const MOVE_ARTICLE_MENTION = `
MATCH (a:Article {id: $articleId})-[m:MENTIONS]->(f:Entity {key: $from})
MATCH (t:Entity {key: $to})
MERGE (a)-[n:MENTIONS]->(t)
ON CREATE SET n.count = m.count
ON MATCH SET n.count = n.count + m.count
DELETE m`;

const MOVE_SENTENCE_MENTIONS = `
MATCH (:Article {id: $articleId})-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(f:Entity {key: $from})
MATCH (t:Entity {key: $to})
CREATE (s)-[n:MENTIONS]->(t)
SET n = properties(m)
DELETE m`;

const RELATION_TYPES_OF = `
MATCH (:Entity {key: $from})-[r]-() WHERE r.articleId = $articleId RETURN DISTINCT type(r) AS type`;

/** an article's relations of one type from the lone node, moved to the full one (a link between the two is dropped) */
const moveRelations = (type: EntityRelType) => `
MATCH (f:Entity {key: $from}), (t:Entity {key: $to})
CALL (f, t) {
  MATCH (f)-[r:${type}]->(x) WHERE r.articleId = $articleId
  FOREACH (_ IN CASE WHEN x <> t THEN [1] ELSE [] END | CREATE (t)-[n:${type}]->(x) SET n = properties(r))
  DELETE r
}
CALL (f, t) {
  MATCH (x)-[r:${type}]->(f) WHERE r.articleId = $articleId
  FOREACH (_ IN CASE WHEN x <> t THEN [1] ELSE [] END | CREATE (x)-[n:${type}]->(t) SET n = properties(r))
  DELETE r
}`;

// The article's incident frames name participants by key ("role\tkey\tname", "key\tname", and in the rows JSON):
// incident resolution re-reads them, so they follow the evidence.
const REKEY_FRAMES = `
MATCH (fr:IncidentFrame {articleId: $articleId})
SET fr.participants = [p IN coalesce(fr.participants, []) |
      CASE WHEN split(p, '\t')[1] = $from THEN split(p, '\t')[0] + '\t' + $to + substring(p, size(split(p, '\t')[0]) + 1 + size($from)) ELSE p END],
    fr.names = [x IN coalesce(fr.names, []) | CASE WHEN split(x, '\t')[0] = $from THEN $to + substring(x, size($from)) ELSE x END],
    fr.rows = CASE WHEN fr.rows IS NULL THEN null ELSE replace(fr.rows, $fromJson, $toJson) END`;

// A lone node no article mentions any more, as the rows the writer merges into the full node.
const LEFT_OVER = `
MATCH (f:Entity {key: $from}) WHERE NOT EXISTS { (f)<-[:MENTIONS|COVERS]-() }
RETURN f.type AS type, f.name AS name, coalesce(f.aliases, []) AS aliases, f.kind AS kind, f.country AS country,
       toString(f.firstSeen) AS firstSeen, coalesce(f.reasons, []) AS reasons, coalesce(f.identity, []) AS identity,
       coalesce(f.countries, []) AS countries, coalesce(f.homeCountries, []) AS homeCountries, coalesce(f.roles, []) AS roles`;

const LeftOver = z.object({
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

async function moveArticleEvidence(tx: ManagedTransaction, j: LateJoin): Promise<void> {
  const p = { articleId: j.articleId, from: j.from, to: j.to };
  await tx.run(MOVE_ARTICLE_MENTION, p);
  await tx.run(MOVE_SENTENCE_MENTIONS, p);
  const types = (await tx.run(RELATION_TYPES_OF, p)).records.map((r) => String(r.get('type')));
  for (const type of ENTITY_REL_TYPES) if (types.includes(type)) await tx.run(moveRelations(type), p);
  await tx.run(REKEY_FRAMES, { ...p, fromJson: JSON.stringify(j.from), toJson: JSON.stringify(j.to) });
}

/** Fold a lone node no article mentions any more into the full one, then delete it. */
async function foldLeftOver(tx: ManagedTransaction, from: string, to: string): Promise<void> {
  const rec = (await tx.run(LEFT_OVER, { from })).records[0];
  if (!rec) return;
  const f = LeftOver.parse(rec.toObject());
  const row = {
    key: to,
    type: f.type,
    name: f.name,
    aliases: f.aliases,
    kind: f.kind,
    country: f.country,
    firstSeen: f.firstSeen,
  };
  await tx.run(ENTITIES, { rows: [withSurname(row)] });
  if (f.reasons.length) await tx.run(ENTITY_REASONS, { rows: [{ key: to, reasons: f.reasons }] });
  if (f.type === 'person')
    await tx.run(PERSON_IDENTITY, {
      rows: [
        {
          key: to,
          countries: f.countries,
          homeCountries: f.homeCountries,
          roles: f.roles,
          reasons: f.identity,
          surnameJoins: [],
        },
      ],
    });
  await tx.run('MATCH (f:Entity {key: $from}) DETACH DELETE f', { from });
}

/**
 * Join the stored surname-only people and acronym-only bodies that the batch's full names explain. Returns the
 * joins made, each with its reason (also written on the full node).
 */
export async function joinEarlierLoneNames(
  tx: ManagedTransaction,
  writes: readonly ArticleWrite[],
  people: readonly LateJoin[],
): Promise<LateJoin[]> {
  for (const j of people) {
    await moveArticleEvidence(tx, j);
    await tx.run(PERSON_IDENTITY, {
      rows: [
        {
          key: j.to,
          countries: [],
          homeCountries: [],
          roles: [],
          reasons: [j.reason],
          surnameJoins: [surnameJoinOf(j.articleId, j.from)],
        },
      ],
    });
  }
  // after the people: a lone acronym's article is compared under its people's keys as joined, as the batch decided
  const bodies = await acronymJoins(tx, writes);
  for (const j of bodies) {
    await moveArticleEvidence(tx, j);
    await tx.run(ENTITY_REASONS, { rows: [{ key: j.to, reasons: [j.reason] }] });
  }
  for (const [from, to] of new Map([...people, ...bodies].map((j) => [j.from, j.to]))) await foldLeftOver(tx, from, to);
  return [...people, ...bodies];
}
