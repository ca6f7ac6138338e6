// Chooses one gazetteer place for a name, using the countries the article mentions as context.
import type { Gazetteer, CityEntry, CountryEntry, RegionEntry } from './gazetteer.js';

export type PlaceEntry = CityEntry | CountryEntry | RegionEntry;

export interface GeoChoice {
  entry: PlaceEntry;
  ambiguous: boolean;
  why: string;
  /** the evidence is too weak to put the place on the map: no country, no coordinates */
  unplaced?: boolean;
}

/** Below this population a lone namesake abroad is not trusted (see choosePlace). */
export const WEAK_POPULATION = 150_000;

export function countryOf(e: PlaceEntry): string | null {
  return e.kind === 'country' ? e.code : e.country;
}

/**
 * Countries and regions win over cities of the same name; among cities, one in a country the article
 * mentions wins; otherwise a capital or a city far more populous than the rest; otherwise one in a neighbour of a
 * country the article mentions; otherwise the largest, flagged ambiguous.
 */
export function choosePlace(
  gaz: Gazetteer,
  cands: readonly PlaceEntry[],
  contextCountries: ReadonlySet<string>,
  primary: string | null = null,
): GeoChoice | null {
  // a locality (district, municipality, small town: "Forest", "Whitehall") is that place only in a story of its own
  // country; elsewhere the same word is not evidence enough to put a pin there. A name no other place or word has
  // ("Molenbeek" in a Paris story) is that place wherever it is written.
  cands = cands.filter(
    (c) =>
      c.kind !== 'region' ||
      !c.locality ||
      c.unique ||
      (primary ? c.country === primary : c.country !== null && contextCountries.has(c.country)),
  );
  if (!cands.length) return null;
  // the dateline's (or the article's main) country decides first between namesakes: "Birmingham" in a LONDON story
  if (primary && cands.some((c) => c.kind !== 'country')) {
    const home = cands
      .filter((c): c is CityEntry | RegionEntry => c.kind !== 'country' && c.country === primary)
      .sort((a, b) => (b.kind === 'city' ? b.population : 1e9) - (a.kind === 'city' ? a.population : 1e9));
    // …unless a namesake abroad is a capital or far larger ("Rome" in a US story is still Rome, Italy)
    const homeSize = home[0] ? (home[0].kind === 'city' ? home[0].population : Infinity) : 0;
    const abroad = cands.filter((c): c is CityEntry => c.kind === 'city' && c.country !== primary);
    const dominant = abroad.some((c) => c.capital || c.population >= 10 * homeSize);
    if (home.length && abroad.length && !dominant)
      return { entry: home[0]!, ambiguous: false, why: `the article's country is ${primary}` };
  }
  const country = cands.find((c) => c.kind === 'country');
  if (country) return { entry: country, ambiguous: false, why: 'country name' };
  const region = cands.find((c) => c.kind === 'region');
  if (region) {
    const cityInContext = cands.find((c): c is CityEntry => c.kind === 'city' && contextCountries.has(c.country));
    if (region.country && !contextCountries.has(region.country) && cityInContext)
      return { entry: cityInContext, ambiguous: false, why: `article mentions ${cityInContext.country}` };
    const ambiguous =
      region.country !== null && !contextCountries.has(region.country) && cands.some((c) => c.kind === 'city');
    return { entry: region, ambiguous, why: ambiguous ? 'region name, also a city name elsewhere' : 'region name' };
  }
  const cities = (cands as CityEntry[]).slice().sort((a, b) => b.population - a.population);
  // "Whitehall" or "Kent" in a London story: every namesake is a town abroad, in no country the article is about
  if (
    primary &&
    cities.length > 1 &&
    !cities.some((c) => c.country === primary || c.capital || c.population >= WEAK_POPULATION)
  ) {
    return {
      entry: cities[0]!,
      ambiguous: true,
      why: `${cities.length} small namesakes, none in ${primary}, the article's country`,
      unplaced: true,
    };
  }
  if (cities.length === 1) {
    const only = cities[0]!;
    // "Whitehall" in a London story, "Haren" in a Brussels one: the only namesake is a small town in a country the article
    // never mentions; that is weak evidence, so the place stays unplaced and marked ambiguous rather than confidently wrong
    const foreign = primary
      ? only.country !== primary
      : contextCountries.size > 0 && !contextCountries.has(only.country);
    if (foreign && only.population < WEAK_POPULATION && !only.capital) {
      return {
        entry: only,
        ambiguous: true,
        why: `only namesake is a town of ${only.population} in ${only.country}, not the article's country`,
        unplaced: true,
      };
    }
    return { entry: only, ambiguous: false, why: 'only gazetteer city of that name' };
  }
  const inContext = cities.filter((c) => contextCountries.has(c.country));
  // "Rome" in a Colombo story that also mentions the US is Rome, Italy: a capital or a far larger namesake beats a small town
  // of a country the article only mentions in passing
  const largest = cities[0]!;
  if (
    inContext.length &&
    inContext[0]!.country !== primary &&
    !contextCountries.has(largest.country) &&
    (largest.capital || largest.population >= 10 * inContext[0]!.population)
  ) {
    return {
      entry: largest,
      ambiguous: false,
      why: `${largest.capital ? 'capital city' : 'far larger'} than its namesake in ${inContext[0]!.country}`,
    };
  }
  if (inContext.length) {
    return { entry: inContext[0]!, ambiguous: false, why: `article mentions ${inContext[0]!.country}` };
  }
  const [a, b] = cities as [CityEntry, CityEntry];
  if (a.capital && !b.capital) return { entry: a, ambiguous: a.population < b.population * 2, why: 'capital city' };
  if (a.population >= b.population * 5)
    return { entry: a, ambiguous: false, why: 'far larger than other places of that name' };
  // "Bethlehem" in a story about Israel: after capitals and far larger namesakes, a neighbour of a country the article mentions
  const near = cities.filter((c) =>
    [...contextCountries].some((cc) => gaz.countries.get(cc)?.borders.includes(c.country)),
  );
  if (near.length)
    return { entry: near[0]!, ambiguous: false, why: `${near[0]!.country} borders a country the article mentions` };
  return { entry: a, ambiguous: true, why: `${cities.length} gazetteer places of that name; largest chosen` };
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad,
    dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** how far from the article's city a short form may point ("Sesto" in a Milan story) */
export const SHORT_FORM_MAX_KM = 60;

/**
 * A name the gazetteer does not know that is the first word of a compound city name of the article's country:
 * "Sesto" for Sesto San Giovanni in a Milan story, "Dehiwala" for Dehiwala-Mount Lavinia in a Colombo one. Only one
 * reading, or the one nearest the article's city (and then within SHORT_FORM_MAX_KM of it), is trusted.
 */
export function shortFormCity(
  gaz: Gazetteer,
  name: string,
  country: string,
  near: { lat: number; lon: number; name: string } | null,
): GeoChoice | null {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return null;
  const cands = (gaz.citiesByFirstWord.get(name.toLowerCase()) ?? []).filter((c) => c.country === country);
  if (!cands.length) return null;
  if (near) {
    const ranked = cands.map((c) => ({ c, km: distanceKm(c, near) })).sort((a, b) => a.km - b.km);
    const best = ranked[0]!;
    if (best.km > SHORT_FORM_MAX_KM) return null;
    return {
      entry: best.c,
      ambiguous: false,
      why: `short form of ${best.c.name}, ${Math.round(best.km)} km from ${near.name}, the article's city`,
    };
  }
  if (cands.length > 1) return null;
  return {
    entry: cands[0]!,
    ambiguous: false,
    why: `short form of ${cands[0]!.name}, the only city of ${country} so named`,
  };
}
