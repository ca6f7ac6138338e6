// Rule headline/places-as-context (issue #10): "Gunmen kill five in central Mali" over a text that names only
// "Kassoumbara": the headline's known places are the article's country context, as the dateline's and the body's
// places are. Only names the gazetteer knows as a country, a first-level division or a well-known city (a capital, or
// WEAK_POPULATION people or more), with no other country among their readings, and not a weak alias (an ordinary
// word): a capitalised headline word is no evidence of a name (headline.ts), so an unknown one gives nothing.
// A name the text writes inside a person's or a body's name ("Jordan" of "Michael Jordan") is that name, no place.
import type { Doc } from './document.js';
import { caseTellsNothing, headlineOf } from './headline-text.js';
import { tokenize } from './tokens.js';
import { choosePlace, countryOf, WEAK_POPULATION, type PlaceEntry } from './geocode.js';
import { knownPlaceKind, locatedAt } from './entities.js';
import type { Candidate } from './mentions.js';
import type { NamedEntity } from './entities.js';
import type { CountryEntry } from './gazetteer.js';
import type { PlaceEntity } from './types.js';
import type { Rule } from '../rules/index.js';

/** one known place the headline names: its span in the headline, its one country, and the country's own entry if it is one */
interface HeadlinePlace {
  start: number;
  end: number;
  code: string;
  country: CountryEntry | null;
  /** the place its name reads as (a city, a first-level division or a country), chosen as the text's names are */
  entry: PlaceEntry | null;
}

/**
 * The known places the headline names (rule headline/places-as-context), with their spans. `inNames` are the names of
 * the article's people and bodies, lower case: a place written inside one is that name.
 */
function headlinePlaces(doc: Doc, headline: string, inNames: readonly string[]): HeadlinePlace[] {
  if (!/\p{L}/u.test(headline)) return [];
  const tokens = tokenize(doc.res.words, headline);
  const words = tokens.map((t) => t.text);
  const allCaps = !/\p{Ll}/u.test(headline);
  const titleCase = caseTellsNothing(headline);
  const padded = inNames.map((n) => ` ${n} `);
  const out: HeadlinePlace[] = [];
  for (const m of doc.res.gazetteer.match(words, allCaps)) {
    if (m.weak) continue;
    const places = m.entries.filter(
      (e): e is PlaceEntry =>
        e.kind === 'country' ||
        e.kind === 'region' ||
        (e.kind === 'city' && (e.capital || e.population >= WEAK_POPULATION)),
    );
    // every reading a known place: a name that is also a body or a small town's is no sure place
    if (!places.length || places.length !== m.entries.length) continue;
    // every namesake the gazetteer holds, small towns too ("Naples" is also a Florida city, "Georgia" a US state)
    const lower = words.slice(m.start, m.end).join(' ').toLowerCase();
    const gaz = doc.res.gazetteer;
    const countries = new Set([
      ...places.map((e) => countryOf(e)),
      ...(gaz.placesByName.get(lower) ?? []).map((e) => countryOf(e)),
      ...(gaz.townsByName.get(lower) ?? []).map((e) => e.country),
    ]);
    const [cc] = countries;
    if (countries.size !== 1 || !cc) continue;
    const name = ` ${lower} `;
    if (padded.some((n) => n.includes(name))) continue;
    // where the headline's case tells names, a capitalised word beside it makes it part of a longer name ("Georgia
    // Southern student")
    const cap = (i: number) => i > 0 && i < words.length && /^\p{Lu}/u.test(words[i]!);
    if (!titleCase && (cap(m.start - 1) || cap(m.end))) continue;
    const country = places.length === 1 && places[0]!.kind === 'country' ? places[0]! : null;
    out.push({
      start: tokens[m.start]!.start,
      end: tokens[m.end - 1]!.end,
      code: cc,
      country,
      // the reading the text's own geocoding would take among one country's namesakes (a division over its city)
      entry: choosePlace(gaz, places, new Set([cc]), cc)?.entry ?? null,
    });
  }
  return out;
}

/** the countries of the known places the title's headline names, one per place named (for country votes) */
export function headlinePlaceCountries(doc: Doc, cands: readonly Candidate[]): string[] {
  const inNames = cands.filter((c) => c.type !== 'place').map((c) => c.text.toLowerCase());
  return headlinePlaces(doc, headlineOf(doc.input.title), inNames).map((p) => p.code);
}

/** the names and aliases of the article's people and bodies, lower case: a place written inside one is that name */
const namesOfPeopleAndBodies = (entities: readonly NamedEntity[]): string[] =>
  entities.filter((e) => e.type !== 'place').flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase()));

/**
 * Rule headline/country-in-title: "Mali: gunmen kill 20 in raid on villages" over a text that never writes "Mali".
 * The title is part of the text, and a country it names (by the same test as headline/places-as-context, and only a
 * name whose one reading is a country) is a place of the article, with the title's span as its evidence and no
 * mention in the text. Only a country no entity of the article already is: one the text writes keeps its own
 * mentions and gets the title's from headline/names-the-text-confirms. Returns the new places, ids after `entities`';
 * headline.ts gives them their title mentions, as it does the others'.
 */
function headlineCountryEntities(doc: Doc, entities: readonly NamedEntity[]): PlaceEntity[] {
  const headline = headlineOf(doc.input.title);
  const inNames = namesOfPeopleAndBodies(entities);
  const next = 1 + Math.max(0, ...entities.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0)));
  const out: PlaceEntity[] = [];
  for (const p of headlinePlaces(doc, headline, inNames)) {
    const c = p.country;
    if (!c) continue;
    const key = `place:country:${c.code}`;
    if (entities.some((e) => e.key === key) || out.some((e) => e.key === key)) continue;
    const text = headline.slice(p.start, p.end);
    out.push({
      id: `e${next + out.length}`,
      key,
      type: 'place',
      name: c.name,
      aliases: text === c.name ? [] : [text],
      mentions: [],
      merges: [`rule headline/country-in-title: the title names "${text}", a country, which the text does not write`],
      placeKind: 'country',
      country: c.code,
      lat: c.lat,
      lon: c.lon,
      ambiguous: false,
      admin1: null,
      precision: 'country',
    });
  }
  return out;
}

export const HEADLINE_COUNTRY_IN_TITLE: Rule<{ doc: Doc; entities: readonly NamedEntity[] }, PlaceEntity[]> = {
  id: 'headline/country-in-title',
  family: 'headline',
  reason:
    'the title is part of the article: a country it names ("Mali: gunmen kill 20 in raid on villages") is a place of the article though the text never repeats it, as a reader takes it; only a name whose one reading is a country, by the test of headline/places-as-context',
  apply: ({ doc, entities }) => {
    const found = headlineCountryEntities(doc, entities);
    return found.length ? found : null;
  },
};

/**
 * Rule headline/city-in-title: "Gunmen kill three police officers in Kandahar" over a brief whose text says only "at a
 * checkpoint". A well-known city or first-level division the title names (by the test of headline/places-as-context:
 * a capital or a city of WEAK_POPULATION people or more, or a division, every namesake in one country, no weak alias,
 * not inside a name) and the text does not write is a place of the article, as headline/country-in-title makes a
 * country one: its evidence is the title's span. Among namesakes of its one country it reads as the text's names do
 * (choosePlace: "Kandahar" the province over its city).
 */
function headlineCityEntities(doc: Doc, entities: readonly NamedEntity[], nextId: number): PlaceEntity[] {
  const headline = headlineOf(doc.input.title);
  const out: PlaceEntity[] = [];
  for (const p of headlinePlaces(doc, headline, namesOfPeopleAndBodies(entities))) {
    const e = p.entry;
    if (!e || e.kind === 'country') continue;
    const key = e.kind === 'region' ? `place:region:${e.id}` : `place:geo:${e.id}`;
    if (entities.some((x) => x.key === key) || out.some((x) => x.key === key)) continue;
    const text = headline.slice(p.start, p.end);
    const { placeKind, precision } = knownPlaceKind(e);
    out.push({
      id: `e${nextId + out.length}`,
      key,
      type: 'place',
      name: e.name,
      aliases: text.toLowerCase() === e.name.toLowerCase() ? [] : [text],
      mentions: [],
      merges: [
        `rule headline/city-in-title: the title names "${text}", a known ${placeKind}, which the text does not write`,
      ],
      placeKind,
      ...locatedAt(doc.res, e),
      ambiguous: false,
      precision,
    });
  }
  return out;
}

export const HEADLINE_CITY_IN_TITLE: Rule<{ doc: Doc; entities: readonly NamedEntity[] }, PlaceEntity[]> = {
  id: 'headline/city-in-title',
  family: 'headline',
  reason:
    'the title is part of the article: a well-known city or province it names ("Gunmen kill three in Kandahar") is a place of the article though a brief\'s text never repeats it, as a reader takes it; only a name with one reading, every namesake in one country, by the test of headline/places-as-context',
  apply: ({ doc, entities }) => {
    const next = 1 + Math.max(0, ...entities.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0)));
    const found = headlineCityEntities(doc, entities, next);
    return found.length ? found : null;
  },
};
