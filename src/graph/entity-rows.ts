// One row per entity key for a write batch. The entity statement (writer.ts) runs eagerly: every row is computed
// from the state before the statement, so two rows of one key would overwrite each other and the last would win
// (names and aliases of the others lost, and the result would depend on how articles fall into batches). Rows of
// one key are combined here with the same rules the statement applies across batches; each rule is a choice by a
// fixed order (never "whichever came first"), so the stored entity does not depend on arrival order.
import type { EntityRow, IncidentRow, OrganizationRow, PlaceRow } from './rows.js';

const isCaps = (s: string) => s === s.toUpperCase();

/** The display name: a mixed-case name beats one in capitals, then the longer, then the smaller in code-point order. */
export function betterName(a: string, b: string): string {
  if (a === b) return a;
  if (isCaps(a) !== isCaps(b)) return isCaps(a) ? b : a;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}

/** The smaller of two optional values (null only when both are). */
function minPresent<T extends string | number>(a: T | null, b: T | null): T | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

/** A specific kind beats a generic one (`generic`), then the smaller name. */
function betterKind(a: string, b: string, generic: readonly string[]): string {
  const ga = generic.includes(a);
  if (ga !== generic.includes(b)) return ga ? b : a;
  return a <= b ? a : b;
}

/**
 * Coordinates of a resolved place beat those of an ambiguous one, which beat none; then (rule
 * place/stated-town-over-guess) those of the town a text writes a site in beat a town only guessed for it; then the
 * smaller.
 */
const coordRank = (p: Pick<PlaceRow, 'lat' | 'lon' | 'ambiguous' | 'guessedWithin'>): number[] =>
  p.lat === null || p.lon === null ? [2, 0, 0, 0] : [p.ambiguous ? 1 : 0, p.guessedWithin ? 1 : 0, p.lat, p.lon];
function lessRank(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function combine(a: EntityRow, b: EntityRow): EntityRow {
  const name = betterName(a.name, b.name);
  const aliases = [...new Set([a.name, b.name, ...a.aliases, ...b.aliases])].filter((x) => x !== name).sort();
  // a stored time is always earlier than "now" (null), so the earliest stored one wins
  const reasons =
    a.reasons || b.reasons ? [...new Set([...(a.reasons ?? []), ...(b.reasons ?? [])])].sort() : undefined;
  const base = {
    key: a.key,
    name,
    aliases,
    ...(reasons ? { reasons } : {}),
    firstSeen: minPresent(a.firstSeen ?? null, b.firstSeen ?? null),
  };
  if (a.type === 'person' && b.type === 'person') return { ...a, ...base };
  if (a.type === 'organization' && b.type === 'organization') {
    return {
      ...a,
      ...base,
      kind: betterKind(a.kind, b.kind, ['other']),
      country: minPresent(a.country, b.country),
    } satisfies OrganizationRow;
  }
  if (a.type === 'place' && b.type === 'place') {
    const coords = lessRank(coordRank(b), coordRank(a)) ? b : a;
    const row: PlaceRow = {
      ...a,
      ...base,
      placeKind: a.placeKind <= b.placeKind ? a.placeKind : b.placeKind,
      country: minPresent(a.country, b.country),
      lat: coords.lat,
      lon: coords.lon,
      ambiguous: coords.ambiguous,
      admin1: coords.admin1 ?? (coords === a ? b : a).admin1 ?? null,
      precision: coords.precision ?? (coords === a ? b : a).precision ?? null,
    };
    if (coords.lat !== null && coords.guessedWithin) row.guessedWithin = true;
    else delete row.guessedWithin;
    return row;
  }
  if (a.type === 'incident' && b.type === 'incident') {
    const placed = a.placeKey === null ? b : b.placeKey === null ? a : a.placeKey <= b.placeKey ? a : b;
    const row: IncidentRow = {
      ...a,
      ...base,
      kind: betterKind(a.kind, b.kind, ['attack', 'other']),
      date: minPresent(a.date, b.date),
      placeKey: placed.placeKey,
      placeName: placed.placeName,
      lat: placed.lat,
      lon: placed.lon,
      killed: a.killed === null ? b.killed : b.killed === null ? a.killed : Math.max(a.killed, b.killed),
      injured: a.injured === null ? b.injured : b.injured === null ? a.injured : Math.max(a.injured, b.injured),
    };
    if (a.byResponders || b.byResponders) row.byResponders = true;
    // one telling not set apart joins the incident to what its article told before
    if (!(a.toldApart && b.toldApart)) delete row.toldApart;
    if (a.described || b.described)
      row.described = [...new Set([...(a.described ?? []), ...(b.described ?? [])])].sort();
    const period = minPresent(a.datePeriod ?? null, b.datePeriod ?? null);
    if (row.date !== null) row.datePrecision = 'day';
    else if (period !== null) {
      row.datePeriod = period;
      row.datePrecision = (a.datePeriod === period ? a : b).datePrecision ?? null;
    }
    const flag = minPresent(a.dateFlag ?? null, b.dateFlag ?? null);
    if (flag !== null) row.dateFlag = flag;
    return row;
  }
  // Two types for one key cannot happen (the key starts with the type); keep the first rather than mix them.
  return a;
}

/** Rows of one batch, one per key, in key order. */
export function oneRowPerKey(rows: EntityRow[]): EntityRow[] {
  const byKey = new Map<string, EntityRow>();
  for (const r of rows) {
    const seen = byKey.get(r.key);
    byKey.set(r.key, seen ? combine(seen, r) : r);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
