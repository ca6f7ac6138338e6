// Converts Neo4j record values into the plain JSON shapes of src/api/contract.ts.
// Every query returns maps built by the projections below and is parsed here with zod, so a record
// that does not look as expected fails loudly instead of leaking driver objects (Integer, Date) to clients.
import neo4j from 'neo4j-driver';
import { webUrlOrNull } from '../../api/web-url.js';
import { z } from 'zod';
import type { ArticleRef, EdgeType, EntitySummary, EvidenceSentence, GraphEdge, NodeType } from '../../api/contract.js';
import { ENTITY_LABEL, ENTITY_REL_TYPES } from '../model.js';
import { ENTITY_TYPES } from '../../ontology/index.js';

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  return value;
}

/** a number (JS number or Neo4j Integer); null/undefined stay null */
export const num = z.preprocess(toPlain, z.number());
export const numOrNull = z.preprocess((v) => toPlain(v) ?? null, z.number().nullable());
/** ISO date or date-time string from a string or Neo4j temporal value */
export const isoOrNull = z.preprocess((v) => toPlain(v) ?? null, z.string().nullable());
export const strOrNull = z.preprocess((v) => v ?? null, z.string().nullable());
const strList = z.preprocess((v) => v ?? [], z.array(z.string()));

export const nodeType = z.enum(ENTITY_TYPES as [NodeType, ...NodeType[]]) satisfies z.ZodType<NodeType>;
export const edgeType = z.enum(ENTITY_REL_TYPES as [EdgeType, ...EdgeType[]]);

/** An entity's country; an incident has none of its own and is in its place's country. */
function countryOf(v: string): string {
  return `coalesce(${v}.country, COLLECT { MATCH (pl:${ENTITY_LABEL.place} {key: ${v}.placeKey}) RETURN pl.country }[0])`;
}

/** Cypher map projection of an Entity node; `articles` counts the articles that mention it. */
export function entityProjection(v: string): string {
  return `{key: ${v}.key, type: coalesce(${v}.judgedType, ${v}.type), name: coalesce(${v}.judgedName, ${v}.name),
    aliases: coalesce(${v}.judgedAliases, ${v}.aliases), kind: coalesce(${v}.judgedKind, ${v}.kind),
    country: ${countryOf(v)}, lat: ${v}.lat, lon: ${v}.lon, date: ${v}.date,
    articles: COUNT { (:Article)-[am:MENTIONS]->(${v}) WHERE am.hiddenBy IS NULL }}`;
}

/**
 * The same projection without the article count, which is costly for hub entities (it walks every mention);
 * complete these with withArticleCounts (article-counts.ts), which caches the counts.
 */
export function entityFields(v: string): string {
  // judged* are the analyst's overlay (src/graph/judgements.ts): a rename, retype or merged names win over extraction.
  return `{key: ${v}.key, type: coalesce(${v}.judgedType, ${v}.type), name: coalesce(${v}.judgedName, ${v}.name),
    aliases: coalesce(${v}.judgedAliases, ${v}.aliases), kind: coalesce(${v}.judgedKind, ${v}.kind),
    country: ${countryOf(v)}, lat: ${v}.lat, lon: ${v}.lon, date: ${v}.date}`;
}

const EntityRow = z.object({
  key: z.string(),
  type: nodeType,
  name: z.string(),
  aliases: strList,
  kind: strOrNull,
  articles: num,
  country: strOrNull,
  lat: numOrNull,
  lon: numOrNull,
  date: isoOrNull,
});

export function toEntitySummary(row: unknown): EntitySummary {
  const e = EntityRow.parse(row);
  return { ...e, date: e.date === null ? null : e.date.slice(0, 10) };
}

export type EntityFields = Omit<EntitySummary, 'articles'>;

// Schemas are built once at module level: zod compiles each object schema on first use.
const EntityFieldsRow = EntityRow.omit({ articles: true });

export function toEntityFields(row: unknown): EntityFields {
  const e = EntityFieldsRow.parse(row);
  return { ...e, date: e.date === null ? null : e.date.slice(0, 10) };
}

/** Cypher map projection of an Article node as an ArticleRef */
export function articleProjection(v: string): string {
  return `{id: ${v}.id, title: ${v}.title, source: ${v}.source, published: ${v}.published, url: ${v}.url}`;
}

const ArticleRow = z.object({
  id: z.string(),
  title: strOrNull,
  source: strOrNull,
  published: isoOrNull,
  // stored before links were checked on the way in
  url: strOrNull.transform(webUrlOrNull),
});

export function toArticleRef(row: unknown): ArticleRef {
  const a = ArticleRow.parse(row);
  return { ...a, title: a.title ?? a.id };
}

const EdgeRow = z.object({
  type: edgeType,
  from: z.string(),
  to: z.string(),
  label: strOrNull,
  weight: num,
  /** older rows without it: every article counted as independent */
  independent: num.optional(),
  outlets: num,
});

/**
 * Cypher expression: the id of the original article a supporting article `articleId` copies (following DUPLICATE_OF
 * to its end), or the article itself. Counting distinct values of it counts independent reports: a wire copy and
 * its original are one report.
 */
export function reportOf(articleId: string): string {
  return `coalesce(head([(cp:Article {id: ${articleId}})-[:DUPLICATE_OF*1..3]->(og:Article) WHERE NOT (og)-[:DUPLICATE_OF]->(:Article) | og.id]), ${articleId})`;
}

export function edgeId(type: EdgeType, from: string, to: string): string {
  return `${type}:${from}:${to}`;
}

export function toGraphEdge(row: unknown): GraphEdge {
  const e = EdgeRow.parse(row);
  return { id: edgeId(e.type, e.from, e.to), ...e, independent: e.independent ?? e.weight };
}

const SentenceRow = z.object({
  article: z.unknown(),
  sentenceId: z.string(),
  text: z.string(),
  start: num,
  /** article-text offsets of the spans to highlight */
  spans: z.array(z.object({ start: num, end: num })),
});

/** Turns article-relative spans into sentence-relative highlights, clipped, sorted and de-duplicated. */
export function toEvidenceSentence(row: unknown): EvidenceSentence {
  const s = SentenceRow.parse(row);
  const seen = new Set<string>();
  const highlights: Array<{ start: number; end: number }> = [];
  for (const span of s.spans) {
    const start = Math.max(0, span.start - s.start);
    const end = Math.min(s.text.length, span.end - s.start);
    const id = `${start}:${end}`;
    if (end <= start || seen.has(id)) continue;
    seen.add(id);
    highlights.push({ start, end });
  }
  highlights.sort((a, b) => a.start - b.start || a.end - b.end);
  return { article: toArticleRef(s.article), sentenceId: s.sentenceId, text: s.text, start: s.start, highlights };
}

const PropsRecord = z.record(z.string(), z.unknown());

/** Entity properties not already in the summary, as plain JSON (dates as ISO strings). */
export function toExtra(props: unknown): Record<string, unknown> {
  const parsed = PropsRecord.parse(props);
  const skip = new Set([
    'key',
    'type',
    'name',
    'aliases',
    'kind',
    'country',
    'lat',
    'lon',
    'date',
    'searchText',
    ...JUDGED_PROPS,
  ]);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (skip.has(k)) continue;
    extra[k] = Array.isArray(v) ? v.map(toPlain) : toPlain(v);
  }
  return extra;
}

/** the judgement overlay's properties (src/graph/judgements.ts); the API reports judgements on their own */
const JUDGED_PROPS = [
  'judgedName',
  'judgedType',
  'judgedKind',
  'judgedAliases',
  'judgedCopies',
  'hiddenBy',
  'rejectedBy',
  'createdBy',
];

/** JS numbers travel to Neo4j as floats; LIMIT, SKIP and slice bounds need integers. */
export function cypherInt(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(n));
}
