// The JSON shapes of the HTTP API, shared by the server (src/server) and the client (client/).
// The server validates query parameters against the value lists below (taken from the ontology); the client reads
// these shapes.
import { ENTITY_TYPES, INCIDENT_KINDS, ONTOLOGY, ORG_KINDS } from '../ontology/index.js';

export type NodeType = 'person' | 'organization' | 'place' | 'incident';
export type EdgeType =
  | 'ROLE'
  | 'AFFILIATED_WITH'
  | 'LOCATED_IN'
  | 'PARTICIPATED_IN'
  | 'SPOKE_AT'
  | 'CO_MENTIONED'
  | 'FOLLOW_UP_OF'
  | 'PART_OF'
  | 'RELATIVE_OF';

/** values a `type`/`types` parameter may take */
export const NODE_TYPES: readonly NodeType[] = ENTITY_TYPES;
/** values an edge `type`/`types` parameter may take (the ontology's graph relationship types) */
export const EDGE_TYPES: readonly EdgeType[] = ONTOLOGY.relationTypes.map((r) => r.graphType as EdgeType);
/** values a `kinds` parameter may take: organisation kinds and incident kinds */
export const ORGANIZATION_KINDS: readonly string[] = ORG_KINDS;
export const INCIDENT_KIND_VALUES: readonly string[] = INCIDENT_KINDS;

export interface ApiError {
  error: string;
  details?: unknown;
}

/** GET /api/health */
export interface HealthResponse {
  ok: boolean;
  neo4j: boolean;
  version: string;
  /** the API's circuit breaker: open while Neo4j is unreachable (requests answer 503 at once), closed when it answers */
  circuit?: 'closed' | 'open' | 'half-open';
}

export interface EntitySummary {
  key: string;
  type: NodeType;
  name: string;
  aliases: string[];
  /** organisation kind or incident kind */
  kind: string | null;
  /** number of articles that mention it */
  articles: number;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** incidents only: ISO date */
  date: string | null;
}

/** GET /api/search?q=&type=&limit= */
export interface SearchResponse {
  results: EntitySummary[];
}

/** A piece of text with the spans that matched a search, relative to `text`. */
export interface TextSnippet {
  text: string;
  highlights: Array<{ start: number; end: number }>;
}

/**
 * GET /api/find?q=&limit=: names, incident names and what articles say (sentences and titles), grouped.
 * Entities and incidents whose name or an alias equals the query come first.
 */
export interface FindResponse {
  /** people, organisations and places by name or alias; `matched` is the alias that matched when not the name */
  entities: Array<EntitySummary & { matched: string | null }>;
  /**
   * incidents by name or alias (`via: 'name'`), then incidents covered by the matching articles (`via: 'articles'`,
   * with the best matching sentence of those articles as `snippet`)
   */
  incidents: Array<EntitySummary & { via: 'name' | 'articles'; matched: string | null; snippet: TextSnippet | null }>;
  /** articles whose title or sentences match, best first; `snippet` is the best matching sentence, or the title */
  articles: Array<
    ArticleRef & {
      title: string;
      titleHighlights: TextSnippet['highlights'];
      snippet: TextSnippet | null;
      sentences: number;
      isCopy: boolean;
    }
  >;
}

export interface ArticleRef {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
}

export interface EvidenceSentence {
  article: ArticleRef;
  sentenceId: string;
  /** the whole sentence */
  text: string;
  /** offset of the sentence in the article text */
  start: number;
  /** highlighted spans, relative to `text` */
  highlights: Array<{ start: number; end: number }>;
  /**
   * Other articles carrying the same sentence word for word (same `Sentence.textHash`, e.g. wire copies), oldest
   * first; `article` is the one shown. Always sent by this server (`[]` when the sentence is in no other article).
   */
  alsoIn?: ArticleRef[];
}

/** GET /api/entities/:key?evidenceOffset=&evidenceLimit= */
/** An entity page's facts and reasons, in words (src/graph/queries/entity-facts.ts). */
export interface EntityFacts {
  /** what the graph holds about it, in display order ("When": "2015-11-13", "Killed": "130") */
  facts: Array<{ label: string; value: string }>;
  /** why the graph holds it as it is: the reasons kept for its merges, type and place, by topic */
  reasons: Array<{ label: string; items: string[] }>;
}

export interface EntityResponse {
  entity: EntitySummary & { extra: Record<string, unknown> };
  facts: EntityFacts;
  /** one page of distinct sentences naming the entity, newest first */
  evidence: EvidenceSentence[];
  /** how many distinct sentences there are in all; the next page starts at evidenceOffset + evidence.length */
  evidenceTotal: number;
  articles: ArticleRef[];
  /**
   * the newest titles that name it (their headline, src/extract/headline.ts), with the spans that name it relative to
   * `article.title`; absent from servers older than the headline pass
   */
  headlines?: Array<{ article: ArticleRef; highlights: Array<{ start: number; end: number }> }>;
}

export interface GraphEdge {
  /** stable id: `${type}:${from}:${to}` */
  id: string;
  type: EdgeType;
  from: string;
  to: string;
  label: string | null;
  /** number of supporting articles */
  weight: number;
  /**
   * number of independent reports among them: an article that copies another (DUPLICATE_OF, followed to the
   * original) counts as its original, so a wire story and its reprints are one
   */
  independent: number;
  /** number of distinct outlets */
  outlets: number;
}

/** GET /api/entities/:key/neighbors?limit=&offset=&types=&kinds=&from=&to=&sources= */
export interface NeighborsResponse {
  center: EntitySummary;
  nodes: EntitySummary[];
  edges: GraphEdge[];
  /** total neighbours matching the filters; more can be fetched with offset */
  total: number;
}

/** Why a link is typed as it is: one named rule that found it, in words, and in how many of its articles. */
export interface EdgeReason {
  /** the rule's id ("relation/person-title-of-org") */
  rule: string;
  /** one line for an analyst (the rule's `why`), or the rule's id where it has none */
  reason: string;
  /** supporting articles in which this rule found the link */
  articles: number;
}

/** GET /api/edges/evidence?from=&to=&type=&offset=&limit= */
export interface EdgeEvidenceResponse {
  edge: GraphEdge;
  /**
   * why the link is typed as it is, by rule, the rule of most articles first; empty for links stored before rules were
   * kept; absent from older servers
   */
  reasons?: EdgeReason[];
  /** one page of distinct supporting sentences, newest first */
  evidence: EvidenceSentence[];
  /** how many distinct supporting sentences there are in all */
  evidenceTotal: number;
}

/** GET /api/paths?from=&to=&max= */
export interface PathsResponse {
  paths: Array<{ nodes: string[]; edges: string[] }>;
  nodes: EntitySummary[];
  edges: GraphEdge[];
}

/** GET /api/articles/:id */
export interface ArticleResponse {
  /**
   * `text` is one page of the stored text, from `textOffset` (default 0) for at most ARTICLE_TEXT_PAGE characters
   * (`textOffset`/`textLength` query parameters); `textLength` is the stored length. `textTruncatedFrom` is set when
   * only the first part of a longer article was stored (what extraction read): its full length.
   */
  article: ArticleRef & { text: string; textOffset: number; textLength: number; textTruncatedFrom: number | null };
  /** entity mentions in the text, for highlighting */
  mentions: Array<{ start: number; end: number; key: string; type: NodeType; name: string }>;
  incidents: EntitySummary[];
  /**
   * near-duplicates of this article; `relation` says what the other article is: the `original` this one copies, or a
   * `copy` of this one; `kind` is how it copies (copy, trimmed copy, excerpt)
   */
  copies: Array<ArticleRef & { score: number; kind: string; relation: 'original' | 'copy' }>;
  /** other articles covering the same incident(s) */
  sameStory: Array<ArticleRef & { incidents: string[] }>;
}

/**
 * GET /api/timeline?from=&to=&kinds=&limit=&offset=: incidents in time order. `at` is where the incident stands in
 * time: its date (`dateBasis: 'event'`) or, when no report gives one, the day it was first reported
 * (`dateBasis: 'first-report'`: it happened on or before that day; `date` stays null). `from` and `to` filter on `at`.
 */
export interface TimelineResponse {
  incidents: TimelineIncident[];
}

export type TimelineIncident = EntitySummary & { at: string; dateBasis: 'event' | 'first-report' };

/**
 * How much of a spot a marker stands for: a site, a city, or only the centre of the region or country the reports
 * name (its place's `precision`; null when unknown).
 */
export const PLACE_PRECISIONS = ['country', 'region', 'city', 'site-in-city'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/** GET /api/map — places and incidents with coordinates */
export interface MapResponse {
  places: EntitySummary[];
  /** each with the precision of the place that gives its coordinates */
  incidents: Array<EntitySummary & { placePrecision: PlacePrecision | null }>;
}

/** How an article stands in a cluster: the first report(s), a copy of another article, or a later follow-up. */
export type ArticleRole = 'original' | 'copy' | 'follow-up';

/** GET /api/duplicates?from=&to=&source= */
export interface DuplicatesResponse {
  clusters: Array<{
    id: string;
    /** copies: the original's title; same story: the incident's name, place and date */
    label: string;
    kind: 'copies' | 'same story';
    /** same story: the incident the articles cover */
    incident: string | null;
    /** articles that are not copies of another article: independent reports */
    independent: number;
    /** oldest first */
    articles: Array<
      ArticleRef & {
        score: number | null;
        /**
         * copies: `original` or `copy`; same story: `copy` (of another article), `original` (an independent report
         * published within REPORT_DAYS of the incident) or `follow-up` (later)
         */
        role: ArticleRole;
        /** for a copy: the id of the article it copies */
        copyOf: string | null;
      }
    >;
  }>;
}

/** GET /api/sources — outlets, for the filter */
export interface SourcesResponse {
  sources: Array<{ name: string; articles: number }>;
}

/** GET /api/stats */
export interface StatsResponse {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** An article named as a source: what an export lists once and its sentences point at. */
export interface SourceArticle extends ArticleRef {
  /** the outlet the extractor read from the source or dateline (`source` is the outlet as the source gave it) */
  outlet: string | null;
}

/** What is new: sections of GET /api/new. */
export type WhatsNewSection = 'entities' | 'incidents' | 'links' | 'articles';
export const WHATS_NEW_SECTIONS: readonly WhatsNewSection[] = ['entities', 'incidents', 'links', 'articles'];

export interface NewArticle extends SourceArticle {
  /** when the graph first held it (ISO instant, the database's clock); re-ingesting does not change it */
  firstSeen: string;
}

export interface WhatsNewEntity extends EntitySummary {
  firstSeen: string;
  /** the articles first seen since `since` that name it (or cover it, for an incident), in the order they came */
  broughtBy: NewArticle[];
  /** how many there are; `broughtBy` holds the first few */
  broughtByTotal: number;
}

export interface WhatsNewLink extends GraphEdge {
  /** the earliest first-seen of its supporting relationships: the link is new when that is since `since` */
  firstSeen: string;
  fromName: string;
  toName: string;
  fromType: NodeType;
  toType: NodeType;
  broughtBy: NewArticle[];
  broughtByTotal: number;
}

/**
 * GET /api/new?since=&section=&offset=&limit=: entities, incidents and links first seen at or after `since`, and
 * the articles that brought them, newest first. Every section gets the same page (offset, limit); `section`
 * restricts the answer to one of them (the others are empty), for paging through it.
 */
export interface WhatsNewResponse {
  /** the instant asked for, normalised (ISO 8601, UTC) */
  since: string;
  /** the database's clock when it answered: what a client remembers as its last visit */
  now: string;
  counts: Record<WhatsNewSection, number>;
  offset: number;
  limit: number;
  entities: WhatsNewEntity[];
  incidents: WhatsNewEntity[];
  links: WhatsNewLink[];
  articles: NewArticle[];
}

/** One distinct evidence sentence in an evidence bundle; articles are named once, in `sources`. */
export interface BundleSentence {
  sentenceId: string;
  articleId: string;
  text: string;
  /** highlighted spans, relative to `text` */
  highlights: Array<{ start: number; end: number }>;
  /** other articles carrying the same sentence word for word (wire copies) */
  alsoIn: string[];
}

export interface EdgeRef {
  from: string;
  to: string;
  type: EdgeType;
}

/** POST /api/evidence { nodes: string[], edges: EdgeRef[], perItem? }: the evidence of many nodes and links at once */
export interface EvidenceBundleResponse {
  nodes: Array<{ key: string; evidence: BundleSentence[]; evidenceTotal: number }>;
  edges: Array<EdgeRef & { id: string; evidence: BundleSentence[]; evidenceTotal: number }>;
  /** every article a sentence above comes from or is also in, once each, oldest first */
  sources: SourceArticle[];
  /** requested node keys and edge ids the graph does not hold */
  missing: string[];
}
