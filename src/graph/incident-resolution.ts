// Cross-article incident resolution, run inside the article's write transaction before its incidents are
// merged: an incident of the new article that is the same event as a stored Incident takes over that node's
// key, so COVERS, PARTICIPATED_IN and LOCATED_IN of every outlet attach to one node.
//
// Same event = compatible kind (same family), compatible place (same place, or one lies in the other) and
// dates at most 3 days apart. A missing incident date is replaced by a publication date only on the side that
// lacks it (the new article's own publication; for a stored undated incident, `firstReported`, the earliest
// publication of an article covering it), so a piece published a year later never matches by its own date.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { kindsMayBeOneEventAcrossArticles } from '../ontology/index.js';
// eslint-disable-next-line no-restricted-imports -- issue 9: removed when graph owns its row types
import type { ArticleWrite, IncidentRow, PlaceRow } from '../ingest/prepare.js';

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
type Candidate = z.infer<typeof Candidate>;

// Stored incidents whose date (else first report) lies in the window; two index seeks (incident_date,
// incident_first_reported), then the place of each from its own placeKey or, for nodes written before
// placeKey existed, its LOCATED_IN edge.
const CANDIDATES = `
CALL () {
  MATCH (i:Incident) WHERE i.dateValue >= date($from) AND i.dateValue <= date($to) RETURN i
  UNION
  MATCH (i:Incident) WHERE i.firstReported >= date($from) AND i.firstReported <= date($to) AND i.dateValue IS NULL RETURN i
}
WITH i WHERE NOT i.key IN $exclude
WITH i, coalesce(i.placeKey, head([(i)-[:LOCATED_IN]->(q:Place) | q.key])) AS placeKey
OPTIONAL MATCH (p:Place {key: placeKey})
RETURN i.key AS key, i.kind AS kind, i.date AS date, toString(i.firstReported) AS firstReported, placeKey,
       coalesce(p.name, i.placeName) AS placeName, p.placeKind AS placeKind, p.country AS country,
       toFloat(p.lat) AS lat, toFloat(p.lon) AS lon
ORDER BY key`;

export interface Resolution {
  /** the incident's key as extracted */
  from: string;
  /** the stored incident it was resolved to */
  to: string;
  why: string;
}

/**
 * Finds, for each incident of `w`, the stored Incident that is the same event. Deterministic: candidates are
 * ranked by same place key, then date distance, then a real date over a publication proxy, then key. Two
 * incidents of one article never resolve to one node (the extractor told them apart).
 */
export async function resolveIncidents(tx: ManagedTransaction, w: ArticleWrite): Promise<Resolution[]> {
  const rows = w.entities.incident;
  if (!rows.length) return [];
  const ownKeys = rows.map((r) => r.key);
  // An incident whose own key is stored already is that node.
  const stored = await tx.run('UNWIND $keys AS k MATCH (i:Incident {key: k}) RETURN i.key AS key', { keys: ownKeys });
  const existing = new Set(stored.records.map((r) => z.string().parse(r.get('key'))));
  const placeByKey = new Map<string, PlaceRow>(w.entities.place.map((p) => [p.key, p]));
  const taken = new Set<string>(existing);
  const out: Resolution[] = [];
  for (const row of [...rows].sort((a, b) => a.key.localeCompare(b.key))) {
    if (existing.has(row.key)) continue;
    const match = await bestMatch(tx, row, w.article.published, placeByKey, ownKeys, taken);
    if (match) {
      taken.add(match.to);
      out.push(match);
    }
  }
  return out;
}

async function bestMatch(
  tx: ManagedTransaction, row: IncidentRow, published: string | null, placeByKey: Map<string, PlaceRow>,
  ownKeys: string[], taken: Set<string>,
): Promise<Resolution | null> {
  if (!row.placeKey) return null;
  const ref = row.date ?? published;
  if (!ref) return null;
  const p = placeByKey.get(row.placeKey);
  const mine: PlaceInfo = {
    key: row.placeKey, name: p?.name ?? row.placeName ?? row.placeKey, placeKind: p?.placeKind ?? null,
    country: p?.country ?? null, lat: p?.lat ?? null, lon: p?.lon ?? null,
  };
  const res = await tx.run(CANDIDATES, {
    from: addDays(ref, -RESOLUTION_WINDOW_DAYS), to: addDays(ref, RESOLUTION_WINDOW_DAYS), exclude: ownKeys,
  });
  let best: { c: Candidate; rank: number[]; why: string } | null = null;
  for (const r of res.records) {
    const c = Candidate.parse(r.toObject());
    if (taken.has(c.key) || !c.kind || !c.placeKey || !kindsMatch(row.kind, c.kind)) continue;
    const theirs = c.date ?? c.firstReported;
    if (!theirs) continue;
    const gap = Math.abs(dayNumber(theirs) - dayNumber(ref));
    if (gap > RESOLUTION_WINDOW_DAYS) continue;
    const place = placesMatch(mine, {
      key: c.placeKey, name: c.placeName ?? c.placeKey, placeKind: c.placeKind, country: c.country, lat: c.lat, lon: c.lon,
    });
    if (!place.ok) continue;
    const rank = [c.placeKey === row.placeKey ? 0 : 1, gap, c.date ? 0 : 1];
    // candidates arrive ordered by key, so on a full tie the smallest key stays
    if (!best || lexLess(rank, best.rank)) {
      const dates = `${row.date ? `date ${row.date}` : `published ${ref}`} vs ${c.date ? `date ${c.date}` : `first reported ${theirs}`}`;
      best = { c, rank, why: `${row.kind} ~ ${c.kind}; ${place.why}; ${dates}` };
    }
  }
  return best ? { from: row.key, to: best.c.key, why: best.why } : null;
}

/** The write with every resolved incident key replaced by the stored one (pure). */
export function applyResolutions(w: ArticleWrite, resolutions: Resolution[]): ArticleWrite {
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
