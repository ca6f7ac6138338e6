// The town inside a county: "shot in Dearborn County" in a story datelined "SUNMAN, Ind." happened in Sunman.
import { distanceKm } from './geocode.js';
import type { EntityMention } from './mention-index.js';
import type { PlaceEntity } from './types.js';

/**
 * How far from a county's point (the population-weighted centre of its towns, gazetteer.ts addCounties) a town of the
 * same state counts as inside it: a US county is some 30-60 km across, and its point lies near its largest town.
 */
export const COUNTY_TOWN_KM = 50;

/** a county of the gazetteer's city table (gazetteer.ts addCounties gives it the id county-<country>.<a1>.<a2>) */
export function isCounty(em: EntityMention | null | undefined): boolean {
  return em?.entity.type === 'place' && em.entity.placeKind === 'region' && /:county-/.test(em.entity.key);
}

/**
 * Rule incidents/county-town. A county names where an event happened less well than a town in it that the article
 * also names: local news writes the agency's county ("Dearborn County deputies", "in Collier County") and the town in
 * the dateline, the headline or a phrase ("an Immokalee teenager", "his Glen Flora home"). The county stays only when
 * no town of its state within COUNTY_TOWN_KM of its point is named. Of several towns: the one `preferred` names first
 * (the dateline's, the headline's), else the one named most, else the first.
 *
 * `mentions` are the article's place mentions where something may happen (background places left out), in text order.
 */
export function countyTown(
  county: EntityMention,
  mentions: readonly EntityMention[],
  preferred: readonly string[],
): { place: EntityMention; why: string } | null {
  const c = county.entity;
  if (c.type !== 'place' || !isCounty(county) || c.lat === null || c.lon === null) return null;
  const inside = (p: PlaceEntity) =>
    p.placeKind === 'city' &&
    p.lat !== null &&
    p.lon !== null &&
    p.country === c.country &&
    (!p.admin1 || !c.admin1 || p.admin1 === c.admin1) &&
    distanceKm({ lat: p.lat, lon: p.lon }, { lat: c.lat!, lon: c.lon! }) <= COUNTY_TOWN_KM;
  const towns = new Map<string, { em: EntityMention; n: number; first: number }>();
  for (const em of mentions) {
    if (em.entity.type !== 'place' || !inside(em.entity)) continue;
    const t = towns.get(em.entity.id);
    if (t) t.n++;
    else towns.set(em.entity.id, { em, n: 1, first: em.mention.start });
  }
  const rank = (id: string) => {
    const i = preferred.indexOf(id);
    return i < 0 ? preferred.length : i;
  };
  const best = [...towns.values()].sort(
    (a, b) => rank(a.em.entity.id) - rank(b.em.entity.id) || b.n - a.n || a.first - b.first,
  )[0];
  if (!best) return null;
  return {
    place: best.em,
    why: `a town the article names in ${c.name}, within ${COUNTY_TOWN_KM} km of its centre (rule incidents/county-town)`,
  };
}
