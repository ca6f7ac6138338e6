// Rule headline/places-as-context (issue #10): "Gunmen kill five in central Mali" over a text that names only
// "Kassoumbara": the headline's known places are the article's country context, as the dateline's and the body's
// places are. Only names the gazetteer knows as a country, a first-level division or a well-known city (a capital, or
// WEAK_POPULATION people or more), with no other country among their readings, and not a weak alias (an ordinary
// word): a capitalised headline word is no evidence of a name (headline.ts), so an unknown one gives nothing.
// A name the text writes inside a person's or a body's name ("Jordan" of "Michael Jordan") is that name, no place.
import type { Doc } from './document.js';
import { caseTellsNothing, headlineOf } from './headline-text.js';
import { tokenize } from './tokens.js';
import { countryOf, WEAK_POPULATION, type PlaceEntry } from './geocode.js';
import type { Candidate } from './mentions.js';

/** the countries of the known places the title's headline names, one per place named (for country votes) */
export function headlinePlaceCountries(doc: Doc, cands: readonly Candidate[]): string[] {
  const headline = headlineOf(doc.input.title);
  if (!/\p{L}/u.test(headline)) return [];
  const tokens = tokenize(doc.res.words, headline);
  const words = tokens.map((t) => t.text);
  const allCaps = !/\p{Ll}/u.test(headline);
  const titleCase = caseTellsNothing(headline);
  const inNames = cands.filter((c) => c.type !== 'place').map((c) => ` ${c.text.toLowerCase()} `);
  const out: string[] = [];
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
    if (inNames.some((n) => n.includes(name))) continue;
    // where the headline's case tells names, a capitalised word beside it makes it part of a longer name ("Georgia
    // Southern student")
    const cap = (i: number) => i > 0 && i < words.length && /^\p{Lu}/u.test(words[i]!);
    if (!titleCase && (cap(m.start - 1) || cap(m.end))) continue;
    out.push(cc);
  }
  return out;
}
