// A report of a shooting in Leeds on 2025-03-02 as the incident clustering reads it, for the clustering tests; `over`
// changes what a test is about.
import { frameKey, type IncidentFrame } from '../../src/resolution/incident-clustering.js';
import type { StoredFrame } from '../../src/graph/incident-frames.js';
import type { IncidentFacts, MatchPlace } from '../../src/resolution/incident-matcher.js';

export const leeds: MatchPlace = {
  key: 'place:geo:leeds',
  name: 'Leeds',
  placeKind: 'city',
  country: 'GB',
  lat: 53.8,
  lon: -1.55,
};

export function frame(articleId: string, over: Partial<IncidentFrame> = {}): IncidentFrame {
  const extractedKey =
    over.extractedKey ??
    `incident:${over.kind ?? 'shooting'}:${(over.place ?? leeds).key}:${over.date ?? '2025-03-02'}`;
  return {
    key: frameKey(articleId, extractedKey),
    articleId,
    extractedKey,
    name: 'Shooting in Leeds',
    kind: 'shooting',
    date: '2025-03-02',
    published: '2025-03-02',
    place: leeds,
    participants: [],
    text: 'A gunman opened fire in a Leeds pub on Sunday night.',
    articleIds: [articleId],
    killed: null,
    injured: null,
    reference: false,
    ...over,
  };
}

/**
 * A report as the graph stores it before resolution: `frame`'s report with the stored-only fields empty (attached
 * to no incident yet, no follow-up, one row); `over` changes what a test is about.
 */
export function storedFrame(articleId: string, over: Partial<StoredFrame> = {}): StoredFrame {
  return {
    ...frame(articleId),
    incident: null,
    rows: { count: 1, mentions: [], relations: [] },
    source: null,
    placeName: null,
    followUpOf: [],
    followUpCue: null,
    followedUp: false,
    described: [],
    datePrecision: 'day',
    datePeriod: null,
    dateFlag: null,
    ...over,
  };
}

/** What a report of one test file shares: every field but the article's own (its id, keys and article list). */
export type ReportBase = Omit<IncidentFrame, 'key' | 'articleId' | 'extractedKey' | 'articleIds'>;

/**
 * A builder of reports with `base` in common, each the first incident of its article unless `over` says otherwise;
 * `over` changes what a test is about.
 */
export function reportsLike(base: ReportBase): (articleId: string, over?: Partial<IncidentFrame>) => IncidentFrame {
  return (articleId, over = {}) => {
    const extractedKey = over.extractedKey ?? `incident:${articleId}:1`;
    return {
      key: frameKey(articleId, extractedKey),
      articleId,
      extractedKey,
      articleIds: [articleId],
      ...base,
      ...over,
    };
  };
}

/** What the reports of one matcher test file share: every field but the report's key and its articles. */
export type FactsBase = Omit<IncidentFacts, 'key' | 'articleIds'>;

/** A builder of incident facts with `base` in common, each reported by its own article (`a-KEY`). */
export function factsLike(base: FactsBase): (over: Partial<IncidentFacts> & { key: string }) => IncidentFacts {
  return (over) => ({ articleIds: [`a-${over.key}`], ...base, ...over });
}
