// Towns written with their state ("WOODBURN, Ore. —", "in Ochopee, Fla.") that no other reader found.
import type { Doc } from './document.js';
import { placesInStated, statedSubdivision } from './geocode.js';
import type { Candidate } from './mentions.js';
import { cityOfNamedCounty, knownLocalPlace, writtenAsPlace } from './local-place.js';
import { ruleCandidate } from './rule-candidate.js';
import { eachMatch } from '../reg-exp.js';
import { inlineRule, isOn } from '../rules/index.js';

/** how many words a town's name before the comma may have ("Steamboat Springs", "Glen Flora", "Port St. Lucie") */
const MAX_NAME_WORDS = 3;

/** Rule entities/place-with-its-state, applied by statedPlaceCandidates. */
export const PLACE_WITH_ITS_STATE = inlineRule(
  'entities/place-with-its-state',
  'A name of capitalised words right before a comma and a state or province (geocode.ts statedSubdivision: "Ore.", "Ind.", "Florida") is a place when the gazetteer has a town of that name in that division (placesInStated: cities, and the small towns read only with such evidence). US local news writes a town this way in the dateline and the first sentence; a town too small for the tagger\'s training is then missed everywhere. Rule entities/place-then-state retypes a mention another reader found; this one adds the mention where none overlaps it. The longest name that the gazetteer knows wins ("Glen Flora", not "Flora").',
);

export function statedPlaceCandidates(doc: Doc, cands: readonly Candidate[]): Candidate[] {
  if (!isOn(doc.res.rules, PLACE_WITH_ITS_STATE)) return [];
  const gaz = doc.res.gazetteer;
  const text = doc.text;
  const out: Candidate[] = [];
  const free = (start: number, end: number) => ![...cands, ...out].some((c) => c.start < end && start < c.end);
  for (const comma of eachMatch(/,/gu, text)) {
    const at = comma.index;
    const stated = statedSubdivision(gaz, text, at);
    if (!stated) continue;
    // the capitalised words right before the comma, on one line
    const before = text.slice(Math.max(0, at - 60), at);
    const words = [...eachMatch(/\p{Lu}[\p{L}'’.-]*/gu, before)].filter((w) => w.index + w[0].length <= before.length);
    const last = words[words.length - 1];
    if (!last || last.index + last[0].length !== before.length) continue;
    // consecutive words separated by one space each, last one first
    const run = [last];
    for (let k = words.length - 2; k >= 0 && run.length < MAX_NAME_WORDS; k--) {
      const w = words[k]!;
      if (before.slice(w.index + w[0].length, run[0]!.index) !== ' ') break;
      run.unshift(w);
    }
    for (let n = run.length; n >= 1; n--) {
      const first = run[run.length - n]!;
      const start = at - before.length + first.index;
      const name = text.slice(start, at);
      if (!placesInStated(gaz, name, stated).length || !free(start, at)) continue;
      out.push(ruleCandidate(doc, 'place', start, at, 'entities/place-with-its-state'));
      break;
    }
  }
  return out;
}

/** Rule entities/town-before-resident-noun, applied by residentPlaceCandidates. */
export const TOWN_BEFORE_RESIDENT_NOUN = inlineRule(
  'entities/town-before-resident-noun',
  '"An Immokalee teenager", "a Pandora family": after "a" or "an", a name of capitalised words right before a lower-case noun for a person by where they live or for a home (gazetteer.residentNounsAfterPlace) is the town they live in, a place mention, where no other reader found any mention there and the gazetteer knows the name below country level, when the article names the county the city table puts that city in ("Collier County") or writes the name as a place elsewhere (local-place.ts). Rule entity-rules place-before-resident-noun retypes such a name the tagger found; this one adds it where the tagger found nothing (a town too small for its training). A lone given name ("a Tyler man") is left alone.',
);

export function residentPlaceCandidates(doc: Doc, cands: readonly Candidate[]): Candidate[] {
  if (!isOn(doc.res.rules, TOWN_BEFORE_RESIDENT_NOUN)) return [];
  const text = doc.text;
  const w = doc.res.words;
  const re = w.memo(
    'stated-places.townBeforeResidentNoun',
    () =>
      new RegExp(
        `(?<![\\p{L}])([Aa]n?[ \\t]+)(\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]\\p{Lu}[\\p{L}'’.-]*){0,${MAX_NAME_WORDS - 1}})[ \\t]+${w.alt('gazetteer.residentNounsAfterPlace')}(?![\\p{L}-])`,
        'gu',
      ),
  );
  const given = doc.res.names.givenNames;
  const out: Candidate[] = [];
  const free = (start: number, end: number) => ![...cands, ...out].some((c) => c.start < end && start < c.end);
  for (const m of eachMatch(re, text)) {
    const name = m[2]!;
    const start = m.index + m[1]!.length;
    const end = start + name.length;
    const lower = name.toLowerCase();
    if (!free(start, end) || !knownLocalPlace(doc, lower) || (!/\s/u.test(name) && given.has(lower))) continue;
    const c = ruleCandidate(doc, 'place', start, end, 'entities/town-before-resident-noun');
    if (!cityOfNamedCounty(doc, lower) && !writtenAsPlace(doc, cands, c)) continue;
    out.push(c);
  }
  return out;
}
