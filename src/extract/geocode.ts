// Chooses one gazetteer place for a name, using the countries the article mentions as context.
import type { Gazetteer, CityEntry, CountryEntry, RegionEntry } from './gazetteer.js';

export type PlaceEntry = CityEntry | CountryEntry | RegionEntry;

export interface GeoChoice {
  entry: PlaceEntry;
  ambiguous: boolean;
  why: string;
}

export function countryOf(e: PlaceEntry): string | null {
  return e.kind === 'country' ? e.code : e.country;
}

/**
 * Countries and regions win over cities of the same name; among cities, one in a country the article
 * mentions wins; otherwise a capital or a city far more populous than the rest; otherwise one in a neighbour of a
 * country the article mentions; otherwise the largest, flagged ambiguous.
 */
export function choosePlace(gaz: Gazetteer, cands: readonly PlaceEntry[], contextCountries: ReadonlySet<string>): GeoChoice | null {
  if (!cands.length) return null;
  const country = cands.find((c) => c.kind === 'country');
  if (country) return { entry: country, ambiguous: false, why: 'country name' };
  const region = cands.find((c) => c.kind === 'region');
  if (region) {
    const cityInContext = cands.find((c): c is CityEntry => c.kind === 'city' && contextCountries.has(c.country));
    if (region.country && !contextCountries.has(region.country) && cityInContext) return { entry: cityInContext, ambiguous: false, why: `article mentions ${cityInContext.country}` };
    const ambiguous = region.country !== null && !contextCountries.has(region.country) && cands.some((c) => c.kind === 'city');
    return { entry: region, ambiguous, why: ambiguous ? 'region name, also a city name elsewhere' : 'region name' };
  }
  const cities = (cands as CityEntry[]).slice().sort((a, b) => b.population - a.population);
  if (cities.length === 1) return { entry: cities[0]!, ambiguous: false, why: 'only gazetteer city of that name' };
  const inContext = cities.filter((c) => contextCountries.has(c.country));
  if (inContext.length) {
    return { entry: inContext[0]!, ambiguous: false, why: `article mentions ${inContext[0]!.country}` };
  }
  const [a, b] = cities as [CityEntry, CityEntry];
  if (a.capital && !b.capital) return { entry: a, ambiguous: a.population < b.population * 2, why: 'capital city' };
  if (a.population >= b.population * 5) return { entry: a, ambiguous: false, why: 'far larger than other places of that name' };
  // "Bethlehem" in a story about Israel: after capitals and far larger namesakes, a neighbour of a country the article mentions
  const near = cities.filter((c) => [...contextCountries].some((cc) => gaz.countries.get(cc)?.borders.includes(c.country)));
  if (near.length) return { entry: near[0]!, ambiguous: false, why: `${near[0]!.country} borders a country the article mentions` };
  return { entry: a, ambiguous: true, why: `${cities.length} gazetteer places of that name; largest chosen` };
}
