// Cross-article incident resolution, run inside the article's write transaction before its incidents are
// merged: an incident of the new article that is the same event as a stored Incident takes over that node's
// key, so COVERS, PARTICIPATED_IN and LOCATED_IN of every outlet attach to one node.
//
// Same event = compatible kind (same family), compatible place (same place, or one lies in the other) and
// dates at most 3 days apart. A missing incident date is replaced by a publication date only on the side that
// lacks it (the new article's own publication; for a stored undated incident, `firstReported`, the earliest
// publication of an article covering it), so a piece published a year later never matches by its own date.
// A reference to a past event (IncidentRow.reference) that matches nothing is left out of the write: a new node
// would be an event invented in the article's own time. The scored matcher in src/resolution/incident-matcher.ts
// is not used here yet: its evidence (rare names counted over what is stored, texts of covering articles) made
// the graph depend on where batch boundaries fell (kill -9 and rerun gave another graph than a clean run).
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { kindsMatchableAcrossArticles, kindsMayBeOneEventAcrossArticles } from '../ontology/index.js';
import type { ArticleWrite, IncidentRow } from './rows.js';

export const RESOLUTION_WINDOW_DAYS = 3;
/** a site and a city (or two sites) closer than this, in the same country, are one place for an incident */
export const SAME_PLACE_KM = 30;

/** kinds that may name one event across outlets: the same kind, or two kinds of one of the ontology's same-event groups */
export const kindsMatch = kindsMayBeOneEventAcrossArticles;

export interface PlaceInfo {
  key: string;
  name: string;
  placeKind: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

function norm(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Same place, or one lies in the other. Countries are never taken to contain an incident's place: a
 * country-level incident would otherwise swallow every event of that country in the window.
 * A site the gazetteer does not know (no coordinates) lies in a city whose name it starts with
 * ("Manchester Arena" in Manchester, "Brussels Airport" in Brussels).
 */
export function placesMatch(a: PlaceInfo, b: PlaceInfo): { ok: boolean; why: string } {
  if (a.key === b.key) return { ok: true, why: `same place ${a.name}` };
  if (a.placeKind === 'country' || b.placeKind === 'country') return { ok: false, why: '' };
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    if (!a.country || a.country !== b.country) return { ok: false, why: '' };
    const km = kmBetween(a.lat, a.lon, b.lat, b.lon);
    return km < SAME_PLACE_KM ? { ok: true, why: `${a.name} and ${b.name} ${km.toFixed(1)} km apart` } : { ok: false, why: '' };
  }
  const [site, city] = a.lat === null ? [a, b] : [b, a];
  if (city.lat === null && city.placeKind !== 'city') return { ok: false, why: '' };
  const s = norm(site.name), c = norm(city.name);
  if (c && s.startsWith(`${c} `)) return { ok: true, why: `${site.name} lies in ${city.name}` };
  return { ok: false, why: '' };
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

const Candidate = z.object({
  key: z.string(),
  kind: z.string().nullable(),
  date: z.string().nullable(),
  firstReported: z.string().nullable(),
  placeKey: z.string().nullable(),
  placeName: z.string().nullable(),
  placeKind: z.string().nullable(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
/** a stored incident (or one written earlier in the same batch) that a new incident may be the same event as */
export type IncidentCandidate = z.infer<typeof Candidate>;

/** kinds a stored incident may have to match `kind` (kindsMatch as a list, so Cypher can filter by it) */
export const matchableKinds = kindsMatchableAcrossArticles;

/** A new incident as the matcher sees it: its row, its reference date (own date, else publication), its place. */
export interface IncomingIncident {
  row: IncidentRow;
  ref: string;
  place: PlaceInfo;
}

// For each query (one incident of the batch): stored incidents of a matchable kind whose date (else first
// report) lies in the window, two index seeks (incident_date, incident_first_reported), then the place of each
// from its own placeKey or, for nodes written before placeKey existed, its LOCATED_IN edge. Places that cannot
// match (another country, or a country) are dropped here; placesMatch decides the rest. An incident an analyst's
// split made (createdBy) lives only in the judgement overlay: extraction never resolves to it.
const CANDIDATES = `
UNWIND $queries AS q
CALL (q) {
  MATCH (i:Incident) WHERE i.dateValue >= date(q.from) AND i.dateValue <= date(q.to) AND i.kind IN q.kinds RETURN i
  UNION
  MATCH (i:Incident) WHERE i.firstReported >= date(q.from) AND i.firstReported <= date(q.to) AND i.dateValue IS NULL AND i.kind IN q.kinds RETURN i
}
WITH q, i WHERE NOT i.key IN q.exclude AND i.createdBy IS NULL
WITH q, i, coalesce(i.placeKey, head([(i)-[:LOCATED_IN]->(x:Place) | x.key])) AS placeKey
OPTIONAL MATCH (p:Place {key: placeKey})
WITH q, i, placeKey, p
WHERE placeKey IS NOT NULL AND (placeKey = q.placeKey OR (coalesce(p.placeKind, '') <> 'country'
  AND (p.lat IS NULL OR q.lat IS NULL OR p.country = q.country)))
RETURN q.index AS query, i.key AS key, i.kind AS kind, i.date AS date, toString(i.firstReported) AS firstReported, placeKey,
       coalesce(p.name, i.placeName) AS placeName, p.placeKind AS placeKind, p.country AS country,
       toFloat(p.lat) AS lat, toFloat(p.lon) AS lon
ORDER BY query, key`;

export interface Resolution {
  /** the incident's key as extracted */
  from: string;
  /** the stored incident it was resolved to */
  to: string;
  why: string;
}

/**
 * The matcher: which candidate (if any) is the same event as `incoming`. Pure. Deterministic: candidates are
 * ranked by same place key, then date distance, then a real date over a publication proxy, then key.
 */
export function matchIncident(incoming: IncomingIncident, candidates: readonly IncidentCandidate[]): { to: string; why: string } | null {
  const { row, ref, place: mine } = incoming;
  let best: { c: IncidentCandidate; rank: number[]; why: string } | null = null;
  for (const c of [...candidates].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (!c.kind || !c.placeKey || !kindsMatch(row.kind, c.kind)) continue;
    const theirs = c.date ?? c.firstReported;
    if (!theirs) continue;
    const gap = Math.abs(dayNumber(theirs) - dayNumber(ref));
    if (gap > RESOLUTION_WINDOW_DAYS) continue;
    const place = placesMatch(mine, {
      key: c.placeKey, name: c.placeName ?? c.placeKey, placeKind: c.placeKind, country: c.country, lat: c.lat, lon: c.lon,
    });
    if (!place.ok) continue;
    const rank = [c.placeKey === mine.key ? 0 : 1, gap, c.date ? 0 : 1];
    // candidates are ordered by key, so on a full tie the smallest key stays
    if (!best || lexLess(rank, best.rank)) {
      const dates = `${row.date ? `date ${row.date}` : `published ${ref}`} vs ${c.date ? `date ${c.date}` : `first reported ${theirs}`}`;
      best = { c, rank, why: `${row.kind} ~ ${c.kind}; ${place.why}; ${dates}` };
    }
  }
  return best ? { to: best.c.key, why: best.why } : null;
}

/** The incident as the matcher sees it, or null when it has no place or no reference date (never resolved). */
function incoming(row: IncidentRow, w: ArticleWrite): IncomingIncident | null {
  if (!row.placeKey) return null;
  const ref = row.date ?? w.article.published;
  if (!ref) return null;
  const p = w.entities.place.find((x) => x.key === row.placeKey);
  return {
    row, ref,
    place: {
      key: row.placeKey, name: p?.name ?? row.placeName ?? row.placeKey, placeKind: p?.placeKind ?? null,
      country: p?.country ?? null, lat: p?.lat ?? null, lon: p?.lon ?? null,
    },
  };
}

/**
 * Resolutions for each article of a batch, in order: stored candidates are read in one query for the whole
 * batch; an incident first written by an earlier article of the batch is a candidate for the later ones, as
 * it would be had they been written one by one. Two incidents of one article never resolve to one node (the
 * extractor told them apart); an incident whose own key is stored (or written earlier in the batch) is that node.
 */
export async function resolveBatchIncidents(tx: ManagedTransaction, writes: readonly ArticleWrite[]): Promise<Resolution[][]> {
  const ownKeys = [...new Set(writes.flatMap((w) => w.entities.incident.map((r) => r.key)))];
  if (!ownKeys.length) return writes.map(() => []);
  const stored = await tx.run('UNWIND $keys AS k MATCH (i:Incident {key: k}) RETURN i.key AS key', { keys: ownKeys });
  const existing = new Set(stored.records.map((r) => z.string().parse(r.get('key'))));

  const queries: Array<{ index: number; from: string; to: string; kinds: string[]; exclude: string[]; placeKey: string; lat: number | null; country: string | null }> = [];
  const incomingOf: Array<IncomingIncident | null> = [];
  writes.forEach((w) => {
    const keys = w.entities.incident.map((r) => r.key);
    for (const row of w.entities.incident) {
      const inc = existing.has(row.key) ? null : incoming(row, w);
      incomingOf.push(inc);
      if (!inc) continue;
      queries.push({
        index: incomingOf.length - 1, from: addDays(inc.ref, -RESOLUTION_WINDOW_DAYS), to: addDays(inc.ref, RESOLUTION_WINDOW_DAYS),
        kinds: matchableKinds(row.kind), exclude: keys, placeKey: inc.place.key, lat: inc.place.lat, country: inc.place.country,
      });
    }
  });
  const candidatesOf = new Map<number, IncidentCandidate[]>();
  if (queries.length) {
    const res = await tx.run(CANDIDATES, { queries });
    for (const r of res.records) {
      const q = z.number().int().parse(r.get('query'));
      const { query: _query, ...c } = r.toObject() as Record<string, unknown>;
      const list = candidatesOf.get(q) ?? [];
      list.push(Candidate.parse(c));
      candidatesOf.set(q, list);
    }
  }

  // incidents first written by earlier articles of this batch, as candidates
  const written: IncidentCandidate[] = [];
  const out: Resolution[][] = [];
  let n = 0;
  for (const w of writes) {
    const resolutions: Resolution[] = [];
    const keys = w.entities.incident.map((r) => r.key);
    const taken = new Set<string>(keys.filter((k) => existing.has(k)));
    const indexed = w.entities.incident.map((row) => ({ row, inc: incomingOf[n++] ?? null, q: n - 1 }));
    for (const { row, inc, q } of [...indexed].sort((a, b) => a.row.key.localeCompare(b.row.key))) {
      if (existing.has(row.key) || !inc) continue;
      const pool = [...(candidatesOf.get(q) ?? []), ...written].filter((c) => !taken.has(c.key) && !keys.includes(c.key));
      const match = matchIncident(inc, pool);
      if (match) {
        taken.add(match.to);
        resolutions.push({ from: row.key, ...match });
      }
    }
    const to = new Map(resolutions.map((r) => [r.from, r.to]));
    for (const { row, inc } of indexed) {
      const key = to.get(row.key) ?? row.key;
      existing.add(key);
      // an unresolved reference to a past event is not written (applyResolutions), so it is no candidate either
      if (to.has(row.key) || written.some((c) => c.key === key) || row.reference) continue;
      written.push({
        key, kind: row.kind, date: row.date, firstReported: w.article.published, placeKey: row.placeKey,
        placeName: inc?.place.name ?? row.placeName, placeKind: inc?.place.placeKind ?? null, country: inc?.place.country ?? null,
        lat: inc?.place.lat ?? null, lon: inc?.place.lon ?? null,
      });
    }
    out.push(resolutions);
  }
  return out;
}

/**
 * The write without the given incidents: references to past events that no stored incident matched are not
 * written (a new node would be an event invented in the article's own time).
 */
export function withoutIncidents(w: ArticleWrite, keys: ReadonlySet<string>): ArticleWrite {
  const relations: ArticleWrite['relations'] = {};
  for (const [type, rows] of Object.entries(w.relations) as [keyof ArticleWrite['relations'], ArticleWrite['relations'][keyof ArticleWrite['relations']]][]) {
    relations[type] = rows?.filter((r) => !keys.has(r.from) && !keys.has(r.to));
  }
  return {
    ...w,
    entities: { ...w.entities, incident: w.entities.incident.filter((r) => !keys.has(r.key)) },
    sentenceMentions: w.sentenceMentions.filter((m) => !keys.has(m.key)),
    articleMentions: w.articleMentions.filter((m) => !keys.has(m.key)),
    covers: w.covers.filter((k) => !keys.has(k)),
    relations,
  };
}

/**
 * The write with every resolved incident key replaced by the stored one, and references to past events that
 * resolved to nothing left out (pure).
 */
export function applyResolutions(w: ArticleWrite, resolutions: Resolution[]): ArticleWrite {
  const resolved = new Set(resolutions.map((r) => r.from));
  const dropped = new Set(w.entities.incident.filter((r) => r.reference && !resolved.has(r.key)).map((r) => r.key));
  if (dropped.size) w = withoutIncidents(w, dropped);
  if (!resolutions.length) return w;
  const map = new Map(resolutions.map((r) => [r.from, r.to]));
  const k = (key: string) => map.get(key) ?? key;
  const relations: ArticleWrite['relations'] = {};
  for (const [type, rows] of Object.entries(w.relations) as [keyof ArticleWrite['relations'], ArticleWrite['relations'][keyof ArticleWrite['relations']]][]) {
    relations[type] = rows?.map((r) => ({ ...r, from: k(r.from), to: k(r.to) }));
  }
  return {
    ...w,
    entities: { ...w.entities, incident: w.entities.incident.map((r) => ({ ...r, key: k(r.key) })) },
    sentenceMentions: w.sentenceMentions.map((m) => ({ ...m, key: k(m.key) })),
    articleMentions: w.articleMentions.map((m) => ({ ...m, key: k(m.key) })),
    covers: w.covers.map(k),
    relations,
  };
}
