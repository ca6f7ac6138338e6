// The rows the graph writer stores for one article (docs/graph-model.md). The graph owns these shapes;
// ingest (src/ingest/prepare.ts) fills them from an extraction result.
import type { EntityRelType } from './model.js';

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  /** publication instant (ISO 8601 UTC) when the source gave a time of day; orders same-day duplicates */
  publishedAt: string | null;
  /** the text extraction read: the whole article, or its first MAX_TEXT_CHARS (see textTruncatedFrom) */
  text: string;
  /** length of the article's text when only its beginning was stored (null: stored whole) */
  textTruncatedFrom: number | null;
  contentHash: string;
  /** rawFileHash of the file the article was converted from, and how many distinct articles that file holds (null: not recorded) */
  sourceHash?: string | null;
  sourceArticles?: number | null;
  wordCount: number;
  /** EXTRACTOR_VERSION (src/extract/version.ts) of the extraction written with the article */
  extractorVersion?: string;
  /** the outlet the extractor read from the source and dateline, and the agencies it credits (never entities) */
  outlet: string | null;
  credits: string[];
}

export interface SentenceRow {
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
  /** sentenceTextHash (src/dedup/sentence-hash.ts): equal for the same sentence in several articles (wire copies) */
  textHash: string;
}

interface EntityRowBase {
  key: string;
  name: string;
  aliases: string[];
  /** when the article that brought this row was first stored (kept on rewrite); null or absent: now */
  firstSeen?: string | null;
  /** why the extractor merged, typed, geocoded or qualified it (its `merges`), kept on the node as `reasons` */
  reasons?: string[];
}
export interface PersonRow extends EntityRowBase {
  type: 'person';
  /** what tells namesakes apart across articles (src/graph/person-identity.ts): countries the text ties them to */
  countries?: string[];
  /** the article's country */
  homeCountry?: string | null;
  /** titles the text gave the person */
  roles?: string[];
  /** keys of the article's other named entities (not countries) */
  context?: string[];
}
export interface OrganizationRow extends EntityRowBase {
  type: 'organization';
  kind: string;
  country: string | null;
}
export interface PlaceRow extends EntityRowBase {
  type: 'place';
  placeKind: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  ambiguous: boolean;
  /** first-level division (state, province, nation of the UK) where known */
  admin1?: string | null;
  /** what the coordinates are: a country's centre, a region's, a city's, or the city a site is in */
  precision?: 'country' | 'region' | 'city' | 'site-in-city' | null;
  /** its coordinates are a guessed town's (PlaceEntity.guessedWithin): a row with a stated one beats it */
  guessedWithin?: boolean;
}
export interface IncidentRow extends EntityRowBase {
  type: 'incident';
  /** its `killed` counts victims listed one by one, not a stated toll (IncidentEntity.killedByList) */
  killedByList?: boolean;
  kind: string;
  date: string | null;
  placeName: string | null;
  /** key of the incident's place entity, for cross-article incident resolution */
  placeKey: string | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  injured: number | null;
  /** the article refers to it as a past event: it joins a stored incident, or is not written */
  reference?: boolean;
  /** the police or troops did it ("shot dead by police"): a response, linked FOLLOW_UP_OF the article's incident */
  byResponders?: boolean;
  /** told apart from the rest of its article ("In a separate incident"): part of no series it reports */
  toldApart?: boolean;
  /** participants the text describes without naming them: "<role>: <words> @ <sentence id>" ("perpetrator: unidentified gunmen @ a1:3") */
  described?: string[];
  /** how precise the date is ("day", "month", "year"); `datePeriod` holds a month or year when no day is known */
  datePrecision?: string | null;
  datePeriod?: string | null;
  /** a date the text gives that cannot be the event's (after publication): "<date> (<words>)", for review */
  dateFlag?: string | null;
}

export type EntityRow = PersonRow | OrganizationRow | PlaceRow | IncidentRow;

export interface EntityRows {
  person: PersonRow[];
  organization: OrganizationRow[];
  place: PlaceRow[];
  incident: IncidentRow[];
}

export interface SentenceMentionRow {
  sentenceId: string;
  key: string;
  start: number;
  end: number;
  text: string;
}
export interface ArticleMentionRow {
  key: string;
  /** sentence mentions (0 for an incident the article tells only in its title) */
  count: number;
  /** where the title's headline names it: [start, end, start, end, …], offsets into the Article's title */
  title?: number[];
}
export interface RelationRow {
  from: string;
  to: string;
  sentenceIds: string[];
  evidence: number[];
  label: string | null;
  /** ids of the named rules that found it in this article (Relation.rules): why the link is typed as it is */
  rules?: string[];
}

export interface ArticleWrite {
  article: ArticleRow;
  sentences: SentenceRow[];
  entities: EntityRows;
  sentenceMentions: SentenceMentionRow[];
  articleMentions: ArticleMentionRow[];
  /** keys of the incidents the article covers */
  covers: string[];
  relations: Partial<Record<EntityRelType, RelationRow[]>>;
  /** things dropped because they did not fit the text (extractor bugs), for the run summary */
  warnings: string[];
  /**
   * the article reports proceedings or remembrance (a trial, an inquest, an anniversary) by this cue: with a
   * reference to an earlier incident, it gets a follow-up incident of this kind linked to that incident
   */
  followUp?: {
    kind: string;
    cue: string;
    /** where it took place, by the court the article names (src/ingest/follow-ups.ts courtPlaceOf) */
    place?: { key: string; sentenceId: string; start: number; end: number; reason: string };
    /**
     * whom the trial or sentencing is of, by their person mentions (src/ingest/follow-ups.ts defendantsOf); resolved to
     * the person's key when the frame is built, after identity resolution has rekeyed the article's people
     */
    defendants?: Array<{ sentenceId: string; start: number; end: number; evidence: number[]; rules?: string[] }>;
  } | null;
}

/** The article's relations with their ends moved to the keys `rekey` gives (an entity joined to a stored one). */
export function rekeyRelations(w: ArticleWrite, rekey: (key: string) => string): ArticleWrite['relations'] {
  const relations: ArticleWrite['relations'] = {};
  for (const [type, rows] of Object.entries(w.relations) as [EntityRelType, RelationRow[] | undefined][])
    relations[type] = rows?.map((r) => ({ ...r, from: rekey(r.from), to: rekey(r.to) }));
  return relations;
}

/** The map without its null and undefined fields, which a statement reads as null all the same (`row.x`). */
export function withValues<T extends Record<string, unknown>>(row: T): { [K in keyof T]?: NonNullable<T[K]> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: NonNullable<T[K]> };
}

export function countRelations(w: ArticleWrite): number {
  return Object.values(w.relations).reduce((n, rows) => n + (rows?.length ?? 0), 0);
}

export function countEntities(w: ArticleWrite): number {
  return (
    w.entities.person.length + w.entities.organization.length + w.entities.place.length + w.entities.incident.length
  );
}

/** Nodes and relationships the writer creates for an article (entities counted once each), to size write batches. */
export function rowCount(w: ArticleWrite): number {
  return (
    1 +
    2 * w.sentences.length +
    countEntities(w) +
    w.sentenceMentions.length +
    w.articleMentions.length +
    w.covers.length +
    countRelations(w)
  );
}
