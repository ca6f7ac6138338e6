// Typed calls to the HTTP API. Shapes come from the shared contract; nothing here invents fields.
import type {
  ArticleResponse,
  EdgeRef,
  EvidenceBundleResponse,
  WhatsNewResponse,
  WhatsNewSection,
  DuplicatesResponse,
  EdgeType,
  FindResponse,
  EdgeEvidenceResponse,
  EntityResponse,
  MapResponse,
  NeighborsResponse,
  NodeType,
  PathsResponse,
  SearchResponse,
  SourcesResponse,
  TimelineResponse,
} from '../../src/api/contract.ts';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | readonly string[] | null | undefined>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) q.set(name, value.join(','));
    } else {
      q.set(name, String(value));
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(`api/${path}${query(params)}`, { signal, headers: { accept: 'application/json' } }));
}

/** a read whose input does not fit a URL (POST /api/evidence) */
async function post<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(
    await fetch(`api/${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { accept: 'application/json', 'content-type': 'application/json' },
    }),
  );
}

async function answer<T>(res: Response): Promise<T> {
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: unknown };
      if (typeof body.error === 'string') message = body.error;
    } catch {
      // body was not JSON; keep the status line
    }
    throw new ApiFailure(res.status, message);
  }
  return (await res.json()) as T;
}

/** Filters the server applies to neighbourhoods; they mirror the filter panel. */
export interface GraphFilters {
  types: NodeType[];
  kinds: string[];
  from: string | null;
  to: string | null;
  sources: string[];
  /** relationship types; empty = all */
  rels: EdgeType[];
}

export const api = {
  search: (q: string, type: NodeType | '', limit = 10, signal?: AbortSignal) =>
    get<SearchResponse>('search', { q, type, limit }, signal),
  find: (q: string, limit = 8, signal?: AbortSignal) => get<FindResponse>('find', { q, limit }, signal),
  entity: (key: string, evidenceOffset = 0, evidenceLimit = 20) =>
    get<EntityResponse>(`entities/${encodeURIComponent(key)}`, {
      evidenceOffset: evidenceOffset || null,
      evidenceLimit,
    }),
  neighbors: (key: string, limit: number, offset: number, f: GraphFilters) =>
    get<NeighborsResponse>(`entities/${encodeURIComponent(key)}/neighbors`, {
      limit,
      offset,
      types: f.types,
      kinds: f.kinds,
      rels: f.rels,
      from: f.from,
      to: f.to,
      sources: f.sources,
    }),
  edgeEvidence: (from: string, to: string, type: string, offset = 0, limit = 20) =>
    get<EdgeEvidenceResponse>('edges/evidence', { from, to, type, offset: offset || null, limit }),
  /** `rels`: the relationship types a path may use; empty = all */
  paths: (from: string, to: string, max: number, rels: readonly EdgeType[] = [], k = 5) =>
    get<PathsResponse>('paths', { from, to, max, rels, k }),
  article: (id: string) => get<ArticleResponse>(`articles/${encodeURIComponent(id)}`),
  timeline: () => get<TimelineResponse>('timeline'),
  map: () => get<MapResponse>('map'),
  duplicates: () => get<DuplicatesResponse>('duplicates'),
  sources: () => get<SourcesResponse>('sources'),
  whatsNew: (since: string, section: WhatsNewSection | null, offset: number, limit: number) =>
    get<WhatsNewResponse>('new', { since, section, offset: offset || null, limit }),
  evidence: (body: { nodes: string[]; edges: EdgeRef[]; perItem: number }) =>
    post<EvidenceBundleResponse>('evidence', body),
};
