import type { NamedEntity } from './entities.js';
import { eachMatch } from '../reg-exp.js';

/** how many times the text after the dateline must name the other country or its places as a place */
export const ABROAD_MIN_PLACES = 2;
/** and how many times it must name the country, its places or its people in all */
export const ABROAD_MIN_VOTES = 4;
/** and how many times as often as the dateline's own country */
export const ABROAD_RATIO = 3;

/**
 * Rule place/premises-owner-abroad: a country or people written as the owner of diplomatic premises ("the USSR
 * embassy", "the embassies of China and the Soviet Union", "the Peruvian consulate"; incident-cues.diplomaticPremises)
 * has them abroad, so the name is no vote for the country the report is about. `after` is anchored at the end of the
 * name, `before` at its start (incident-cues premisesAfter, premisesBefore).
 */
export interface PremisesCues {
  after: RegExp;
  before: RegExp;
}

/** the name at [start, end) owns diplomatic premises (rule place/premises-owner-abroad) */
export function ownsPremises(text: string, start: number, end: number, premises: PremisesCues): boolean {
  return (
    premises.after.test(text.slice(end, end + 60)) || premises.before.test(text.slice(Math.max(0, start - 60), start))
  );
}

/**
 * How often each country is named inside `ranges` of the text: a mention of a place the gazetteer (or the text)
 * locates in it, or its name, and each of its demonyms outside those ("Salvadoran troops", "a Colombian judge").
 * `homeBound`: count a demonym, or a country's name before a noun, only before one of these nouns; `peopleOnly`: count
 * only those, not the places named; `premises`: a name that owns diplomatic premises is no vote (rule
 * place/premises-owner-abroad).
 */
export function countryVotes(
  text: string,
  ranges: readonly { start: number; end: number }[],
  entities: readonly NamedEntity[],
  demonyms: ReadonlyMap<string, string> | null,
  smallWords: ReadonlySet<string>,
  homeBound?: ReadonlySet<string>,
  peopleOnly = false,
  premises?: PremisesCues,
): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (cc: string) => votes.set(cc, (votes.get(cc) ?? 0) + 1);
  const inside = (at: number) => ranges.some((r) => r.start <= at && at < r.end);
  const wordAfter = (end: number) => /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  /** with `homeBound`, a people's adjective or a country's name before a noun counts only before such a noun */
  const boundHome = (end: number) => !homeBound || beforeHomeNoun(text, end, homeBound);
  const taken: { start: number; end: number }[] = [];
  for (const e of entities) {
    if (e.type !== 'place' || !e.country) continue;
    const located = e.placeKind === 'country' || (e.lat !== null && e.lon !== null);
    for (const m of e.mentions) {
      if (!inside(m.start)) continue;
      taken.push(m);
      // a country's name before a noun or verb ("U.S. embassy", "the United States said") names its people or
      // state, as a demonym does, not a place
      const next = wordAfter(m.end);
      const attributive = e.placeKind === 'country' && !!next && !smallWords.has(next);
      if (attributive ? !boundHome(m.end) : peopleOnly) continue;
      if (premises && ownsPremises(text, m.start, m.end, premises)) continue;
      if (located && (!attributive || demonyms)) vote(e.country);
    }
  }
  for (const r of demonyms ? ranges : [])
    for (const w of eachMatch(/\p{L}+/gu, text.slice(r.start, r.end))) {
      const cc = demonyms!.get(w[0].toLowerCase());
      const at = r.start + w.index;
      if (!cc || taken.some((m) => m.start <= at && at < m.end)) continue;
      if (premises && ownsPremises(text, at, at + w[0].length, premises)) continue;
      if (boundHome(at + w[0].length)) vote(cc);
    }
  return votes;
}

/**
 * One of the two words after `end` is a noun of those who act in their own country (`homeBound`, data
 * incident-cues.homeBoundNouns): "U.S. MILITARY ADVISERS", "the Salvadoran army". A country's name so written names
 * its state or its people, not a place.
 */
export function beforeHomeNoun(text: string, end: number, homeBound: ReadonlySet<string>): boolean {
  return (/^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(end, end + 60)) ?? [])
    .slice(1)
    .some((w) => !!w && homeBound.has(w.toLowerCase()));
}

/** the one country named most often but `except`, or null on a tie */
export function topCountry(votes: ReadonlyMap<string, number>, except: string): [string, number] | null {
  const ranked = [...votes.entries()].filter(([cc]) => cc !== except).sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  return top && !(next && next[1] >= top[1]) ? top : null;
}

/**
 * Rule place/dateline-abroad. "HAVANA (CUBA), 20 MAR 89 (WIRE) -- … armed clashes between the Front and army units
 * disrupted the vote …": a dateline says where the report was filed, and a bureau abroad files the news of the
 * country it covers. The report is about another country when the text after the dateline names that country or its
 * places as a place (countryVotes without demonyms: "in El Salvador", "near San Miguel") at least ABROAD_MIN_PLACES
 * times and more often than any third country, and names it, its places or its people ("Salvadoran troops", "the
 * U.S. embassy") at least ABROAD_MIN_VOTES times and ABROAD_RATIO times as often as the dateline's country: then an
 * event it tells with no place of its own happened there, not in the bureau's city. A country named only by its
 * people ("two U.S. citizens were killed", "the U.S. embassy said") is their nationality, not where the report is
 * about. `smallWords`: the verbs and function words (english.verbAndFunctionWords) that may follow a country's name
 * written as a place ("flown to the United States and"). The dateline's own country counts its people only where they
 * act at home (`homeBound`, data incident-cues.homeBoundNouns: "the Soviet government", not "Soviet seamen", who are
 * travellers in the country the report is about), and neither country counts a name that owns diplomatic premises
 * (`premises`, rule place/premises-owner-abroad: "the USSR embassy" stands abroad). Returns that country's code, or null.
 */
export function countryAbroad(
  text: string,
  bodyStart: number,
  datelineCountry: string,
  entities: readonly NamedEntity[],
  demonyms: ReadonlyMap<string, string>,
  smallWords: ReadonlySet<string>,
  homeBound: ReadonlySet<string>,
  premises?: PremisesCues,
): string | null {
  const body = [{ start: bodyStart, end: text.length }];
  const all = countryVotes(text, body, entities, demonyms, smallWords, undefined, false, premises);
  const own =
    countryVotes(text, body, entities, demonyms, smallWords, homeBound, false, premises).get(datelineCountry) ?? 0;
  const top = topCountry(
    countryVotes(text, body, entities, null, smallWords, undefined, false, premises),
    datelineCountry,
  );
  if (!top || top[1] < ABROAD_MIN_PLACES) return null;
  const votes = all.get(top[0]) ?? 0;
  return votes >= ABROAD_MIN_VOTES && votes >= ABROAD_RATIO * own ? top[0] : null;
}

/** how often the article's body must name the country of an event's people (rule place/people-abroad-over-dateline) */
export const PEOPLE_ABROAD_MIN = 2;

/**
 * Rule place/people-abroad-over-dateline (declared in incident-inline-rules.ts). The country, not the dateline's, that
 * an event's own sentences (`ranges`, the dateline cut off) name by its people or places at least as often as the
 * dateline's country, and that the article's body (from `bodyStart`) names at least PEOPLE_ABROAD_MIN times and at
 * least as often as the dateline's country: "THE HONDURAN GOVERNMENT DENOUNCED THE ASSASSINATION OF SALVADORAN
 * MINISTER …" from Tegucigalpa is news of El Salvador. A people's adjective counts only before a noun of those who act at
 * home (`homeBound`, data incident-cues.homeBoundNouns: "Salvadoran army", "Colombian senator"): a traveller's
 * nationality ("a U.S. missionary", "an Italian") says nothing of where the event befell him. Null when no one country stands out (a tie, or none).
 */
export function peopleAbroad(
  text: string,
  bodyStart: number,
  ranges: readonly { start: number; end: number }[],
  datelineCountry: string,
  entities: readonly NamedEntity[],
  demonyms: ReadonlyMap<string, string>,
  smallWords: ReadonlySet<string>,
  homeBound: ReadonlySet<string>,
): string | null {
  const body = ranges.flatMap((r) => (r.end > bodyStart ? [{ start: Math.max(r.start, bodyStart), end: r.end }] : []));
  // the event's sentences by their people alone: a place they name ("ambassador to Spain") is no scene
  const own = countryVotes(text, body, entities, demonyms, smallWords, homeBound, true);
  const top = topCountry(own, datelineCountry);
  if (!top || top[1] < (own.get(datelineCountry) ?? 0)) return null;
  const all = countryVotes(text, [{ start: bodyStart, end: text.length }], entities, demonyms, smallWords, homeBound);
  const votes = all.get(top[0]) ?? 0;
  return votes >= PEOPLE_ABROAD_MIN && votes >= (all.get(datelineCountry) ?? 0) ? top[0] : null;
}
