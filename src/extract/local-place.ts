// Whether a name the tagger typed as a body or a person is the town local news is writing about: the gazetteer knows it
// below country level, and the article itself treats it as a place. Shared by the entity rules that read a town's name
// from the lower-case noun after it ("Salisbury police", "a Baton Rouge mother").
import type { Doc } from './document.js';
import type { Candidate } from './mentions.js';
import { openingDateline } from '../news/conventions.js';
import { outletCountries } from './outlet-country.js';
import { WEAK_POPULATION } from './geocode.js';
import { escapeRegExp } from '../reg-exp.js';

/** the gazetteer knows the name (lower case) as a town, city or region, not as a country */
export function knownLocalPlace(doc: Doc, lower: string): boolean {
  const gaz = doc.res.gazetteer;
  return gaz.placesNamed(lower).some((e) => e.kind !== 'country') || gaz.townsByName.has(lower);
}

/** the gazetteer knows the name (lower case) as a large city (geocode.ts WEAK_POPULATION or more people) */
export function largeCity(doc: Doc, lower: string): boolean {
  return (doc.res.gazetteer.placesByName.get(lower) ?? []).some(
    (e) => e.kind === 'city' && e.population >= WEAK_POPULATION,
  );
}

/** a large city (largeCity) whose state or province the article names too ("Houston police" in a story naming Texas) */
export function largeCityOfNamedState(doc: Doc, lower: string): boolean {
  return (doc.res.gazetteer.placesByName.get(lower) ?? []).some((e) => {
    if (e.kind !== 'city' || e.population < WEAK_POPULATION || !e.admin1) return false;
    const esc = escapeRegExp(e.admin1);
    return new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'u').test(doc.text);
  });
}

/**
 * a large city (WEAK_POPULATION or more people, however its name is spelt: gazetteer placesNamed) of a country the
 * article names ("the Duesseldorf prosecutor's office" in a story that names Germany)
 */
export function largeCityOfNamedCountry(doc: Doc, lower: string): boolean {
  const gaz = doc.res.gazetteer;
  return gaz.placesNamed(lower).some((e) => {
    if (e.kind !== 'city' || e.population < WEAK_POPULATION) return false;
    const country = gaz.countries.get(e.country);
    if (!country) return false;
    const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(country.name)}(?![\\p{L}])`, 'u');
    return named.test(doc.text) || named.test(doc.input.title ?? '');
  });
}

/**
 * a city the gazetteer places in a county the article names ("an Immokalee teenager" in a story that names Collier
 * County): the city table gives each city its county, so the county written in the text vouches for the town
 */
export function cityOfNamedCounty(doc: Doc, lower: string): boolean {
  return (doc.res.gazetteer.placesByName.get(lower) ?? []).some((e) => {
    if (e.kind !== 'city' || !e.admin2 || !/ (?:County|Parish)$/u.test(e.admin2)) return false;
    const esc = escapeRegExp(e.admin2);
    return new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'u').test(doc.text);
  });
}

const outlets = new WeakMap<Doc, string[]>();

/**
 * The article writes the name as a place: in its dateline, as another place mention, after a locative ("in Apopka"),
 * or the name is a city of the outlet's own country ("Milwaukee police" on a US broadcaster's site: outlet-country.ts).
 * A lone town-like word with none of these ("Metro police") is not read as a town.
 */
export function writtenAsPlace(doc: Doc, cands: readonly Candidate[], c: Candidate, name = c.text): boolean {
  const lower = name.toLowerCase();
  const dl = openingDateline(doc.text);
  if (dl && doc.text.slice(dl.start, dl.end).toLowerCase().includes(lower)) return true;
  if (cands.some((o) => o !== c && o.type === 'place' && o.text.toLowerCase() === lower)) return true;
  let home = outlets.get(doc);
  if (!home) outlets.set(doc, (home = outletCountries(doc.res.words, doc.res.gazetteer, doc.text, doc.input.source)));
  const homeCountries = home;
  if (
    (doc.res.gazetteer.placesByName.get(lower) ?? []).some(
      (e) => e.kind === 'city' && homeCountries.includes(e.country),
    )
  )
    return true;
  const locative = doc.res.words.alt('incident-cues.strictLocatives');
  const esc = escapeRegExp(name);
  return new RegExp(`(?<![\\p{L}])${locative}\\s+(?:the\\s+)?${esc}(?![\\p{L}])`, 'iu').test(doc.text);
}
