import type { NamedEntity } from './entities.js';
import { eachMatch } from '../reg-exp.js';

/** how many times the text after the dateline must name the other country or its places as a place */
export const ABROAD_MIN_PLACES = 2;
/** and how many times it must name the country, its places or its people in all */
export const ABROAD_MIN_VOTES = 4;
/** and how many times as often as the dateline's own country */
export const ABROAD_RATIO = 3;

/**
 * How often each country is named inside `ranges` of the text: a mention of a place the gazetteer (or the text)
 * locates in it, or its name, and each of its demonyms outside those ("Salvadoran troops", "a Colombian judge").
 */
export function countryVotes(
  text: string,
  ranges: readonly { start: number; end: number }[],
  entities: readonly NamedEntity[],
  demonyms: ReadonlyMap<string, string> | null,
  smallWords: ReadonlySet<string>,
): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (cc: string) => votes.set(cc, (votes.get(cc) ?? 0) + 1);
  const inside = (at: number) => ranges.some((r) => r.start <= at && at < r.end);
  const taken: { start: number; end: number }[] = [];
  for (const e of entities) {
    if (e.type !== 'place' || !e.country) continue;
    const located = e.placeKind === 'country' || (e.lat !== null && e.lon !== null);
    for (const m of e.mentions) {
      if (!inside(m.start)) continue;
      taken.push(m);
      // a country's name before a noun or verb ("U.S. embassy", "the United States said") names its people or
      // state, as a demonym does, not a place
      const next = /^\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 40))?.[1]?.toLowerCase();
      const attributive = e.placeKind === 'country' && !!next && !smallWords.has(next);
      if (located && (!attributive || demonyms)) vote(e.country);
    }
  }
  for (const r of demonyms ? ranges : [])
    for (const w of eachMatch(/\p{L}+/gu, text.slice(r.start, r.end))) {
      const cc = demonyms!.get(w[0].toLowerCase());
      const at = r.start + w.index;
      if (cc && !taken.some((m) => m.start <= at && at < m.end)) vote(cc);
    }
  return votes;
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
 * written as a place ("flown to the United States and"). Returns that country's code, or null.
 */
export function countryAbroad(
  text: string,
  bodyStart: number,
  datelineCountry: string,
  entities: readonly NamedEntity[],
  demonyms: ReadonlyMap<string, string>,
  smallWords: ReadonlySet<string>,
): string | null {
  const body = [{ start: bodyStart, end: text.length }];
  const all = countryVotes(text, body, entities, demonyms, smallWords);
  const own = all.get(datelineCountry) ?? 0;
  const top = topCountry(countryVotes(text, body, entities, null, smallWords), datelineCountry);
  if (!top || top[1] < ABROAD_MIN_PLACES) return null;
  const votes = all.get(top[0]) ?? 0;
  return votes >= ABROAD_MIN_VOTES && votes >= ABROAD_RATIO * own ? top[0] : null;
}
