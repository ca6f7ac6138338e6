// Rule dates/occurrence-clause: "those behind the murder that took place on 16 November", "the attack, which was
// perpetrated yesterday by hired gunmen", "the killing of six priests and two women, carried out by uniformed men in the
// capital on 16 November": a clause hung on an event noun that tells its happening (news.occurrenceVerbs) gives the
// event's day, however long the noun phrase before it and whatever verb of saying or charge governs the noun.
import type { WordLists } from './word-lists.js';
import { eachMatch } from '../reg-exp.js';

/** how far the day may stand after the verb ("carried out by uniformed men in the capital on 16 November") */
const CLAUSE_REACH = 70;
/** how far before the comma of the clause the event noun may end ("the killing of six priests …, carried out") */
const NOUN_REACH = 150;

interface Span {
  start: number;
  end: number;
}

function occurrenceCue(words: WordLists): RegExp {
  return words.memo(
    'dates.occurrenceCueRe',
    () =>
      new RegExp(
        String.raw`(,\s*)?(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?<![\p{L}])${words.alt('news.occurrenceVerbs')}(?![\p{L}])`,
        'giu',
      ),
  );
}

/**
 * The event word a day belongs to by rule dates/occurrence-clause, or null: the verb stands at most CLAUSE_REACH before
 * the day with no punctuation or other event word between, and hangs on the event word right before it ("the murder
 * that took place"), or, set off by a comma, on the nearest one within NOUN_REACH before that comma.
 */
export function occurrenceClauseOwner<H extends Span>(
  text: string,
  sentenceStart: number,
  day: Span,
  hits: readonly H[],
  words: WordLists,
): H | null {
  const from = Math.max(sentenceStart, day.start - CLAUSE_REACH - 40);
  let cue: RegExpExecArray | null = null;
  for (const m of eachMatch(occurrenceCue(words), text.slice(from, day.start))) cue = m;
  if (!cue) return null;
  const cueStart = from + cue.index;
  const cueEnd = cueStart + cue[0].length;
  if (day.start - cueEnd > CLAUSE_REACH || /[,;:.!?]/u.test(text.slice(cueEnd, day.start))) return null;
  if (hits.some((h) => h.start >= cueEnd && h.end <= day.start)) return null;
  const before = hits.filter((h) => h.end <= cueStart).sort((a, b) => b.end - a.end)[0];
  if (!before) return null;
  const gap = text.slice(before.end, cueStart);
  if (/^[\s"'”’]*$/u.test(gap)) return before;
  if (cue[1] !== undefined && cueStart - before.end <= NOUN_REACH && !/[;:.!?]/u.test(gap)) return before;
  return null;
}
