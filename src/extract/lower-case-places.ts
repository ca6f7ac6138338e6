// Text with no capitals at all (a social-media post, a message typed on a phone): case no longer marks a name, so the
// tagger finds next to nothing. The places the gazetteer knows are still there ("kabul", "new york"); those that are
// no word of English are read as places, so the graph has somewhere to put the event without a flood of words.
import type { Doc } from './document.js';
import { inflectedEnglish } from './entity-rules.js';
import type { GazEntry } from './gazetteer.js';
import type { Candidate } from './mentions.js';
import type { Token } from './tokens.js';
import { inlineRule, isOn } from '../rules/index.js';
import { escapeRegExp } from '../reg-exp.js';

/**
 * Rule mentions/lower-case-gazetteer-place. In an article written without capitals a phrase the gazetteer holds as a
 * country, a first-level region or a city of a hundred thousand people or a capital is that place, when it is no
 * word of English: a one-word name is none of english.verbAndFunctionWords, four letters or more, and no word of
 * english.commonWords or english.wordsAlsoNames ("nice", "reading", "mobile": also words) nor an inflected form of
 * one; a longer name has a word that is no word of English ("new york", not "long beach"). A one-word name needs more
 * evidence where it is also a word or a given name: a common given name (names.givenNamesAlsoPlaces, the wide
 * given-name list: "jordan", "florence") is the place only where the article writes it after a preposition of place
 * (entities.townLocatives: "in jordan", "near florence"), and so is an English word that names a country ("in
 * turkey", never "the turkey"). Which namesake it is the article's other places decide, as for a written name.
 */
export const LOWER_CASE_GAZETTEER_PLACE = inlineRule(
  'mentions/lower-case-gazetteer-place',
  'without capitals the tagger cannot see a name, but a place the gazetteer knows that is no word of English ("kabul", "new york") names that place whatever its case; words that are also names ("nice", "reading", "mobile") stay words, and a given name ("jordan", "florence") or a word that names a country ("turkey") is the place only where the article writes it after a preposition of place',
);

const MIN_CITY_POPULATION = 100_000;

function bigEnough(e: GazEntry): boolean {
  if (e.kind === 'country') return true;
  if (e.kind === 'region') return e.lat !== null;
  if (e.kind === 'city') return !e.section && (e.capital || e.population >= MIN_CITY_POPULATION);
  return false;
}

/**
 * Places of a sentence with no capitals (rule mentions/lower-case-gazetteer-place), as candidates; `taken` holds the
 * token ranges other mentions already cover.
 */
export function lowerCasePlaces(
  doc: Doc,
  si: number,
  toks: readonly Token[],
  taken: readonly { s: number; e: number }[],
): Candidate[] {
  if (!isOn(doc.res.rules, LOWER_CASE_GAZETTEER_PLACE)) return [];
  const words = toks.map((t) => t.text);
  if (words.some((w) => /\p{Lu}/u.test(w))) return [];
  const w = doc.res.words;
  const english = (x: string) =>
    doc.res.names.commonWords.has(x) ||
    w.set('english.verbAndFunctionWords').has(x) ||
    w.set('english.wordsAlsoNames').has(x) ||
    inflectedEnglish(doc, x);
  // "in jordan", "near florence": the article writes the name where a place goes (once is enough for every mention)
  const afterLocative = (x: string) =>
    new RegExp(`(?:^|[^\\p{L}])${w.alt('entities.townLocatives')}[ \\t]+${escapeRegExp(x)}(?![\\p{L}])`, 'iu').test(
      doc.input.text,
    );
  const out: Candidate[] = [];
  for (const m of doc.res.gazetteer.match(
    words.map((x) => x.toUpperCase()),
    true,
  )) {
    if (m.weak || taken.some((t) => t.s < m.end && m.start < t.e)) continue;
    if (m.entries.some((e) => e.kind === 'org') || !m.entries.some(bigEnough)) continue;
    const ws = words.slice(m.start, m.end).map((x) => x.toLowerCase());
    if (ws.length === 1) {
      const only = ws[0]!;
      if (only.length < 4 || w.set('english.verbAndFunctionWords').has(only)) continue;
      const given = w.set('names.givenNamesAlsoPlaces').has(only) || doc.res.names.givenNamesWide.has(only);
      if (english(only) && !(m.entries.some((e) => e.kind === 'country') && afterLocative(only))) continue;
      if (given && !afterLocative(only)) continue;
    } else if (ws.every((x) => !/\p{L}/u.test(x) || english(x))) continue;
    const start = toks[m.start]!.start,
      end = toks[m.end - 1]!.end;
    out.push({
      type: 'place',
      start,
      end,
      text: doc.input.text.slice(start, end),
      sentence: si,
      gaz: m.entries,
      source: 'gazetteer',
      roles: [],
      rules: [LOWER_CASE_GAZETTEER_PLACE.id],
    });
  }
  return out;
}

/**
 * Rule mentions/small-given-name-place-needs-preposition. A word written without capitals and read in capitals (rule
 * mentions/no-capitals-read-in-capitals and its rule for stretches) that is a common given name as well as a place
 * (names.givenNamesAlsoPlaces: "jordan", "florence") is read as the place only where the article writes it after a
 * preposition of place (mentions.placePrepositions: "in jordan", "to florence"), after "of" ("the king of jordan") or
 * opening a line as a dateline ("sydney 1996-08-30", "paris, may 2"): "jordan told reporters" is a man, as
 * rule mentions/lower-case-gazetteer-place reads it. Wire copy written in capitals keeps its reading: there a country
 * named alone is most often the country.
 */
export const SMALL_GIVEN_NAME_PLACE_NEEDS_PREPOSITION = inlineRule(
  'mentions/small-given-name-place-needs-preposition',
  'a given name that is also a place, written without capitals, tells nothing by its case: a person is as often called so, and the article says it is the place by writing it where a place goes ("in jordan")',
);

/** Whether a candidate is such a given name read as a place with no preposition of place before it in the article. */
export function smallGivenNameWithoutPlace(doc: Doc, c: Candidate): boolean {
  if (!doc.written || c.type !== 'place' || !isOn(doc.res.rules, SMALL_GIVEN_NAME_PLACE_NEEDS_PREPOSITION))
    return false;
  const written = doc.written.slice(c.start, c.end);
  if (/\p{Lu}/u.test(written) || !/^\p{L}+$/u.test(written)) return false;
  const w = doc.res.words;
  if (!w.set('names.givenNamesAlsoPlaces').has(written)) return false;
  // after a preposition of place or "of" ("the king of jordan"), or opening a line as a dateline does
  const name = escapeRegExp(written);
  return !new RegExp(
    `(?:(?:^|[^\\p{L}])(?:${w.alt('mentions.placePrepositions')}|of)[ \\t]+${name}|^[ \\t]*${name}[ \\t]*(?:,|\\d|[-–—]))(?![\\p{L}])`,
    'imu',
  ).test(doc.written);
}
