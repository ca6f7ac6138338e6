// Chooses one gazetteer place for a name, using the countries the article mentions as context.
import type { Gazetteer, CityEntry, CountryEntry, RegionEntry } from './gazetteer.js';
import { eachMatch } from '../reg-exp.js';

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
  // (rule geocode/small-seat-at-home) a district seat below the city table's floor ("Chibok") is that town only in a
  // story of its country, one that names its country or one of no country at all: abroad the name is read as a name
  // the gazetteer lacks, placed in the article's country, not as a lone small namesake that leaves it nowhere
  // ("Chinameca" of El Salvador beside the Mexican seat)
  cands = cands.filter(
    (c) =>
      c.kind !== 'city' ||
      !c.smallSeat ||
      c.country === primary ||
      contextCountries.has(c.country) ||
      (!primary && !contextCountries.size),
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
    // (rule geocode/home-division) namesakes that are all divisions ("Huila" is a department of Colombia and a
    // province of Angola) are decided by the article's country just as namesake cities are
    const regionsAbroad = cands.some((c) => c.kind === 'region' && c.country !== primary);
    if (home.length && (abroad.length || regionsAbroad) && !dominant)
      return { entry: home[0]!, ambiguous: false, why: `the article's country is ${primary}` };
  }
  const country = cands.find((c) => c.kind === 'country');
  if (country) return { entry: country, ambiguous: false, why: 'country name' };
  // (rule geocode/division-in-context) of namesake divisions, one in a country the article names goes first
  const regions = cands.filter((c): c is RegionEntry => c.kind === 'region');
  const region = regions.find((c) => c.country !== null && contextCountries.has(c.country)) ?? regions[0];
  if (region) {
    const cityInContext = cands.find((c): c is CityEntry => c.kind === 'city' && contextCountries.has(c.country));
    if (region.country && !contextCountries.has(region.country) && cityInContext)
      return { entry: cityInContext, ambiguous: false, why: `article mentions ${cityInContext.country}` };
    // "SANTIAGO, 7 APR 89 --": a capital beats a province of the same name in a country the article does not name
    const capital = cands.find((c): c is CityEntry => c.kind === 'city' && c.capital && c.country !== region.country);
    if (capital && region.country && !contextCountries.has(region.country))
      return {
        entry: capital,
        ambiguous: false,
        why: `capital city; the region of that name lies in ${region.country}, a country the article does not name`,
      };
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

/** the first-level divisions a place's name may be followed by: "Rock Falls, Ill.", "SALISBURY, N.C. (WBTV)", "Reno, NV" */
export interface StatedSubdivision {
  /** where the written division ends */
  end: number;
  /** every division that spelling names (a name may be a state of two countries) */
  readings: { country: string; admin1: string }[];
}

/**
 * The state or province written right after a place name and a comma ("Springfield, Illinois", "Lithonia, Ga.",
 * "LITTLE ROCK, AR -"): news writes a town with its division to tell it from its namesakes. A full name is matched in
 * any case the text writes it with a capital; an abbreviation only as written ("IL", "Ill."), and only here, where
 * it cannot be a title or a word ("Miss.", "Wash.").
 */
export function statedSubdivision(gaz: Gazetteer, text: string, end: number): StatedSubdivision | null {
  // "Mandera town, Mandera county": a settlement noun may come between the name and the comma
  const noun = /^[ \t]+([\p{L}-]+)(?=,)/u.exec(text.slice(end, end + 24));
  if (noun && gaz.settlementNouns.has(noun[1]!)) end += noun[0].length;
  const comma = /^,[ \t]*/.exec(text.slice(end, end + 4));
  if (!comma) return null;
  const from = end + comma[0].length;
  const rest = text.slice(from, from + 40);
  // up to four words ("District of Columbia", "W. Va."), longest first
  const words = [...eachMatch(/[\p{L}.]+/gu, rest)].slice(0, 4);
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1]!;
    const stop = last.index + last[0].length;
    const written = rest.slice(0, stop);
    if (!/^\p{Lu}/u.test(written) || /[\p{L}\p{N}]/u.test(rest.charAt(stop))) continue;
    // "Ill." before a capital is the abbreviation ending a sentence or not: the full stop is part of it either way
    const readings =
      gaz.subdivisionsWritten.get(written) ??
      (/\./.test(written) ? undefined : gaz.subdivisionsWritten.get(written.toLowerCase()));
    if (readings?.length && (written.length > 2 || gaz.subdivisionsWritten.get(written))) {
      // rule geocode/list-not-division: "New York, Washington and other cities" lists places; Washington is no state here
      if (gaz.listTailRe.test(text.slice(from + stop, from + stop + 40))) return null;
      return { end: from + stop, readings };
    }
    // "…, Mandera county. Two police officers": a full name (never an abbreviation) ending its sentence
    const full = /^(.{4,}\p{Ll})\.$/u.exec(written)?.[1];
    const fullReadings = full && !/\./.test(full) ? gaz.subdivisionsWritten.get(full.toLowerCase()) : undefined;
    if (fullReadings?.length) return { end: from + stop - 1, readings: fullReadings };
  }
  return null;
}

/**
 * The places of a name that lie in a division the text writes after it: cities of the table, and towns below its
 * population floor (towns.json), which are read only with this evidence. Empty when none of that name lies there.
 */
export function placesInStated(gaz: Gazetteer, name: string, stated: StatedSubdivision): CityEntry[] {
  const lower = name.toLowerCase();
  const inIt = (e: CityEntry) => stated.readings.some((r) => r.country === e.country && r.admin1 === e.admin1);
  const cities = (gaz.placesByName.get(lower) ?? []).filter((e): e is CityEntry => e.kind === 'city' && inIt(e));
  if (cities.length) return cities;
  return (gaz.townsByName.get(lower) ?? []).filter(inIt).sort((a, b) => b.population - a.population);
}

/**
 * The first-level divisions an article is about, as "CC|Name": those written after a place ("Katy, Texas") and those
 * it names on their own ("Tennessee"); without any, those of the cities whose name has only one reading.
 */
export function articleSubdivisions(
  gaz: Gazetteer,
  optionLists: readonly (readonly PlaceEntry[])[],
  stated: readonly StatedSubdivision[],
  townDivisions: ReadonlySet<string> = new Set(),
): Set<string> {
  const out = new Set<string>();
  for (const s of stated) for (const r of s.readings) out.add(`${r.country}|${r.admin1}`);
  const cities = new Set<string>();
  // the divisions of the article's towns of one reading: cities of one gazetteer reading, and names only one small
  // town has (townDivisions, from the caller)
  const townStates = new Set([...cityDivisions(optionLists).keys(), ...townDivisions]);
  for (const all of optionLists) {
    const countyNames = all.length > 1 && all.every((e) => e.kind === 'region' && e.county);
    // (rule geocode/county-of-named-town) "Putnam County" beside Findlay, or under a PANDORA dateline: of a county
    // name's namesakes, the one in the division of a town the article names (of one reading) is the article's, before
    // the namesake with a city (a local story names its county and its towns; the sheriff of another state's county
    // of that name is not in it)
    const ofTown = countyNames
      ? all.filter((e) => e.kind === 'region' && townStates.has(`${e.country}|${e.admin1}`))
      : [];
    // (rule gazetteer/county-of-towns) "Cook County" is read as the one with a city, whatever namesakes of towns it has
    const withCity = countyNames ? all.filter((e) => e.kind === 'region' && !e.ofTownsOnly) : all;
    const opts = ofTown.length === 1 ? ofTown : withCity.length === 1 ? withCity : all;
    if (opts.length !== 1) continue;
    const e = opts[0]!;
    if (e.kind === 'region' && e.country && gaz.admin1Names.has(`${e.country}|${e.name}`))
      out.add(`${e.country}|${e.name}`);
    // a county of one reading says its state as plainly ("the Pasco County Sheriff's Office" is in Florida)
    else if (e.kind === 'region' && e.county && e.country && e.admin1) out.add(`${e.country}|${e.admin1}`);
    else if (e.kind === 'city' && e.admin1) cities.add(`${e.country}|${e.admin1}`);
  }
  // a division written out decides; only without one do the cities of a single reading say where the article is
  return out.size ? out : cities;
}

/**
 * The first-level divisions ("CC|Name") of the cities an article names that have only one reading, each with those
 * cities: "Anchorage" puts the article in Alaska as well as the state it writes out in passing.
 */
export function cityDivisions(optionLists: readonly (readonly PlaceEntry[])[]): Map<string, Set<PlaceEntry>> {
  const out = new Map<string, Set<PlaceEntry>>();
  for (const opts of optionLists) {
    const e = opts.length === 1 ? opts[0]! : null;
    if (e?.kind !== 'city' || !e.admin1) continue;
    const key = `${e.country}|${e.admin1}`;
    const set = out.get(key) ?? new Set<PlaceEntry>();
    set.add(e);
    out.set(key, set);
  }
  return out;
}

/**
 * Namesakes of one country narrowed to those in a division the article is about: "Hermitage" in a story that names
 * Tennessee is the one there, not the larger one in Pennsylvania. Namesakes in other countries stay, so a capital or a
 * far larger city abroad still wins as choosePlace decides. A name with no reading at all is a town of such a
 * division when exactly one town there has it (towns.json).
 */
export function preferArticleSubdivisions(
  gaz: Gazetteer,
  name: string,
  opts: readonly PlaceEntry[],
  states: ReadonlySet<string>,
  cityStates: ReadonlyMap<string, ReadonlySet<PlaceEntry>> = new Map(),
): PlaceEntry[] {
  // (rule geocode/division-holding-named-city) "Georgia" in a story that names Atlanta: a first-level division named
  // like a country (gazetteer divisionsNamedLikeCountries) is that division, not the country, when the article names a
  // city of one reading that lies in it ("TBILISI, Georgia" names none, whatever state "Georgia" is written as)
  const about = (e: RegionEntry) => cityStates.has(`${e.country}|${e.name}`);
  const held = opts.flatMap((e) =>
    e.kind === 'country' ? (gaz.divisionsNamedLikeCountries.get(e.name.toLowerCase()) ?? []).filter(about) : [],
  );
  if (held.length) opts = [...opts.filter((e) => e.kind !== 'country'), ...held];
  // "Marion County": a county is the one of a state the article names, or the only one so named
  const isCounty = (e: PlaceEntry) => e.kind === 'region' && e.county === true;
  const counties = opts.filter(isCounty);
  if (counties.length) {
    const named = counties.filter((e) => e.kind === 'region' && states.has(`${e.country}|${e.admin1}`));
    // (rule gazetteer/county-of-towns) with no state named, a county of towns only stands back for a namesake with a city
    const withCity = counties.filter((e) => e.kind === 'region' && !e.ofTownsOnly);
    const alone = withCity.length ? withCity : counties;
    const keep = named.length === 1 ? named : !states.size && alone.length === 1 ? alone : [];
    opts = [...opts.filter((e) => !isCounty(e)), ...keep];
  }
  if (!states.size) return [...opts];
  const inState = (e: PlaceEntry) => e.kind === 'city' && !!e.admin1 && states.has(`${e.country}|${e.admin1}`);
  if (!opts.length) {
    const towns = (gaz.townsByName.get(name.toLowerCase()) ?? []).filter(inState);
    return towns.length === 1 ? towns : [];
  }
  const home = opts.filter(inState);
  const stateCountries = new Set([...states].map((k) => k.slice(0, k.indexOf('|'))));
  // only small towns of another division of the article's country: a name the article does not mean ("Hermitage,
  // Pennsylvania" in a Nashville story), left unknown rather than pinned there, or the one town of that name in the
  // article's division ("Hudson" in a Pasco County story is Hudson, Florida, not the larger Hudson, Ohio)
  if (
    !home.length &&
    opts.every(
      (e) => e.kind === 'city' && stateCountries.has(e.country) && e.population < WEAK_POPULATION && !e.capital,
    )
  ) {
    const towns = (gaz.townsByName.get(name.toLowerCase()) ?? []).filter(inState);
    if (towns.length === 1) return towns;
    // (rule geocode/division-of-another-town) "Fairbanks police …" in a story that also names Anchorage and, in
    // passing, New Mexico: a lone namesake in the division of another city the article names (of one reading) is
    // the article's own, not a stray one of a division it does not mean
    const only = opts.length === 1 && opts[0]!.kind === 'city' ? opts[0]! : null;
    const beside = only ? cityStates.get(`${only.country}|${only.admin1}`) : undefined;
    return only && beside && [...beside].some((e) => e !== only) ? [only] : [];
  }
  if (!home.length || home.length === opts.length) return [...opts];
  const countries = new Set(home.map(countryOf));
  return opts.filter((e) => inState(e) || e.kind !== 'city' || !countries.has(e.country));
}

/** how many county names with a namesake in a division named like a country make the story one of that division */
export const DIVISION_COUNTY_NAMES = 2;

/**
 * Rule geocode/division-named-like-country-in-story. "Georgia" in a story that also names Savannah, or in a local
 * story from Lakeland and Polk County: a first-level division named like a country (gazetteer
 * divisionsNamedLikeCountries) is that division, not the country, when the article's other place names support it and
 * none supports the country. Support for the division: another name has a city reading that lies in it (Savannah, GA,
 * whatever other namesakes Savannah has), or DIVISION_COUNTY_NAMES other names have a county reading in it (rule
 * geocode/division-holding-named-counties), or every other name of one reading lies in the division's country, one of
 * them a city or county (local news names its towns; a story about the country Georgia names none of another
 * country's towns alone). Support for the country: any reading of another name in it ("TBILISI, Georgia").
 * Returns, for each country the article's names may mean, the division to read instead, and whether the story is
 * about that division (`about`: a city or the counties of it are named) or only names it in passing (a Florida story's "in Georgia",
 * which must not make Georgia the state the article's other towns are looked up in).
 */
export function divisionsOverCountries(
  gaz: Gazetteer,
  optionLists: readonly (readonly PlaceEntry[])[],
): Map<CountryEntry, { division: RegionEntry; about: boolean }> {
  const out = new Map<CountryEntry, { division: RegionEntry; about: boolean }>();
  const countries = new Set(optionLists.flatMap((opts) => opts.filter((e): e is CountryEntry => e.kind === 'country')));
  for (const country of countries) {
    const divisions = gaz.divisionsNamedLikeCountries.get(country.name.toLowerCase()) ?? [];
    if (divisions.length !== 1) continue;
    const division = divisions[0]!;
    // the other names: lists that do not hold the country itself (its own mentions, however often written)
    const others = optionLists.filter((opts) => !opts.includes(country));
    if (others.some((opts) => opts.some((e) => countryOf(e) === country.code))) continue;
    const cityInIt = others.some((opts) =>
      opts.some((e) => e.kind === 'city' && e.country === division.country && e.admin1 === division.name),
    );
    const single = others.filter((opts) => opts.length === 1).map((opts) => opts[0]!);
    // (rule geocode/division-holding-named-counties) "Elbert County" and "Madison County" beside "Georgia": two county
    // names of the article each with a namesake in the division (the country has no counties of those names) tell a
    // story of that division, though each has namesakes in other states as well; one such name may be chance
    const countiesInIt = others.filter((opts) =>
      opts.some(
        (e) => e.kind === 'region' && e.county === true && e.country === division.country && e.admin1 === division.name,
      ),
    ).length;
    const localStory =
      single.length > 0 &&
      single.every((e) => countryOf(e) === division.country) &&
      single.some((e) => e.kind === 'city' || (e.kind === 'region' && e.county === true));
    const countyStory = countiesInIt >= DIVISION_COUNTY_NAMES;
    if (cityInIt || countyStory || localStory) out.set(country, { division, about: cityInIt || countyStory });
  }
  return out;
}

/**
 * Rule geocode/shared-country-name. A short name two countries share (gazetteer.sharedCountryNames: "Congo" is the
 * Democratic Republic of the Congo and the Republic of the Congo) is the one the article's other places lie in: each
 * other name with readings in exactly one of the countries ("Goma", "Beni", "Kinshasa", the dateline's city) is a
 * vote for it. With no vote, or as many for each, the first country the data lists (the one news means most often) is
 * read, marked ambiguous. Null for a name no such pair shares. `others`: every place name's readings in the article
 * (the shared name's own are skipped).
 */
export function chooseSharedCountry(
  gaz: Gazetteer,
  written: string,
  opts: readonly PlaceEntry[],
  others: readonly (readonly PlaceEntry[])[],
): GeoChoice | null {
  let countries: CountryEntry[] = [];
  for (const codes of gaz.sharedCountryNames.values()) {
    const held = codes.flatMap((c) => opts.filter((e): e is CountryEntry => e.kind === 'country' && e.code === c));
    if (held.length === codes.length) countries = held;
  }
  if (countries.length < 2) return null;
  const codes = countries.map((c) => c.code);
  const votes = new Map<string, number>();
  const voters = new Map<string, Set<string>>();
  for (const list of others) {
    // the shared name itself, wherever it is written, is no evidence for either reading
    if (countries.filter((c) => list.includes(c)).length > 1) continue;
    const hit = new Set(list.map(countryOf).filter((c): c is string => c !== null && codes.includes(c)));
    if (hit.size !== 1) continue;
    const cc = [...hit][0]!;
    votes.set(cc, (votes.get(cc) ?? 0) + 1);
    const name = list.find((e) => countryOf(e) === cc)!.name;
    voters.set(cc, (voters.get(cc) ?? new Set()).add(name));
  }
  const count = (c: CountryEntry) => votes.get(c.code) ?? 0;
  // (a stable sort: among equal votes the data's order stands)
  const ranked = countries.slice().sort((a, b) => count(b) - count(a));
  const [best, next] = ranked as [CountryEntry, CountryEntry];
  if (count(best) > count(next))
    return {
      entry: best,
      ambiguous: false,
      why: `rule geocode/shared-country-name: "${written}" is the name of ${codes.join(' and ')}; the article's other places lie in ${best.code} (${[...voters.get(best.code)!].join(', ')})${count(next) ? `, fewer in ${next.code}` : ''}`,
    };
  return {
    entry: countries[0]!,
    ambiguous: true,
    why: `rule geocode/shared-country-name: "${written}" is the name of ${codes.join(' and ')}; ${count(best) ? 'the article names as many places of each' : 'no other place of the article lies in one of them'}, so the first the data lists (gazetteer.sharedCountryNames)`,
  };
}
