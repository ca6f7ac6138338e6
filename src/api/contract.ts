// The JSON shapes of the HTTP API, shared by the server (src/server) and the client (client/).
// The server validates query parameters against the value lists below (taken from the ontology); the client reads
// these shapes.
import { ENTITY_TYPES, INCIDENT_KINDS, ONTOLOGY, ORG_KINDS } from '../ontology/index.js';

export type NodeType = 'person' | 'organization' | 'place' | 'incident';
export type EdgeType = 'ROLE' | 'AFFILIATED_WITH' | 'LOCATED_IN' | 'PARTICIPATED_IN' | 'SPOKE_AT' | 'CO_MENTIONED';

/** values a `type`/`types` parameter may take */
export const NODE_TYPES: readonly NodeType[] = ENTITY_TYPES;
/** values an edge `type`/`types` parameter may take (the ontology's graph relationship types) */
export const EDGE_TYPES: readonly EdgeType[] = ONTOLOGY.relationTypes.map((r) => r.graphType as EdgeType);
/** values a `kinds` parameter may take: organisation kinds and incident kinds */
export const ORGANIZATION_KINDS: readonly string[] = ORG_KINDS;
export const INCIDENT_KIND_VALUES: readonly string[] = INCIDENT_KINDS;

export interface ApiError { error: string; details?: unknown }

/** GET /api/health */
export interface HealthResponse { ok: boolean; neo4j: boolean; version: string }

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
export interface SearchResponse { results: EntitySummary[] }

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

/** GET /api/entities/:key */
export interface EntityResponse {
  entity: EntitySummary & { extra: Record<string, unknown> };
  evidence: EvidenceSentence[];
  articles: ArticleRef[];
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

/** GET /api/edges/evidence?from=&to=&type= */
export interface EdgeEvidenceResponse { edge: GraphEdge; evidence: EvidenceSentence[] }

/** GET /api/paths?from=&to=&max= */
export interface PathsResponse { paths: Array<{ nodes: string[]; edges: string[] }>; nodes: EntitySummary[]; edges: GraphEdge[] }

/** GET /api/articles/:id */
export interface ArticleResponse {
  article: ArticleRef & { text: string };
  /** entity mentions in the text, for highlighting */
  mentions: Array<{ start: number; end: number; key: string; type: NodeType; name: string }>;
  incidents: EntitySummary[];
  /** near-duplicates of this article */
  copies: Array<ArticleRef & { score: number; kind: string }>;
  /** other articles covering the same incident(s) */
  sameStory: Array<ArticleRef & { incidents: string[] }>;
}

/** GET /api/timeline?from=&to=&kinds= */
export interface TimelineResponse { incidents: EntitySummary[] }

/** GET /api/map — places and incidents with coordinates */
export interface MapResponse { places: EntitySummary[]; incidents: EntitySummary[] }

/** GET /api/duplicates?from=&to=&source= */
export interface DuplicatesResponse {
  clusters: Array<{
    id: string;
    label: string;
    kind: 'copies' | 'same story';
    articles: Array<ArticleRef & { score: number | null }>;
  }>;
}

/** GET /api/sources — outlets, for the filter */
export interface SourcesResponse { sources: Array<{ name: string; articles: number }> }

/** GET /api/stats */
export interface StatsResponse { nodes: Record<string, number>; relationships: Record<string, number> }
