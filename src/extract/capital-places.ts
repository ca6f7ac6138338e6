// A country's capital named by its people's adjective ("the Afghan capital", "THE SALVADORAN CAPITAL").
import type { Doc } from './document.js';
import type { Candidate } from './mentions.js';
import { ruleCandidate } from './rule-candidate.js';
import { eachMatch } from '../reg-exp.js';
import { inlineRule, isOn } from '../rules/index.js';

/** Rule place/demonym-capital, applied by demonymCapitalCandidates. */
export const DEMONYM_CAPITAL = inlineRule(
  'place/demonym-capital',
  '"A car bomb exploded in the Iraqi capital", "IN THE SALVADORAN CAPITAL": news names a capital by its country\'s adjective (gazetteer demonyms) as often as by its name, and the event happened there. The words "<demonym> capital" after "the" are a mention of that country\'s capital (Gazetteer.capitalOf), where no name, body or place mention overlaps them. A "capital" of something else ("the Iraqi capital markets", "Afghan capital flight") is followed by a noun; those are left alone.',
);

export const DEMONYM_CAPITAL_RULE = DEMONYM_CAPITAL.id;

export function demonymCapitalCandidates(doc: Doc, cands: readonly Candidate[]): Candidate[] {
  if (!isOn(doc.res.rules, DEMONYM_CAPITAL)) return [];
  const gaz = doc.res.gazetteer;
  const text = doc.text;
  const out: Candidate[] = [];
  const taken = (start: number, end: number) => cands.some((c) => c.start < end && start < c.end);
  for (const m of eachMatch(
    /(?<![\p{L}])(the[ \t]+)(\p{L}+)[ \t]+capital(?![\p{L}-])(?![ \t]+(?:markets?|flight|gains?)\b)/giu,
    text,
  )) {
    const code = gaz.demonyms.get(m[2]!.toLowerCase());
    const capital = code ? gaz.capitalOf(code) : null;
    if (!capital) continue;
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    if (taken(start, end)) continue;
    out.push({ ...ruleCandidate(doc, 'place', start, end, DEMONYM_CAPITAL_RULE), gaz: [capital] });
  }
  return out;
}
