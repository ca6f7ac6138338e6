// Is an incident news of the article's own days, or an earlier event the article refers to? A title or lede about
// a trial, an inquest or an anniversary makes the article a follow-up: the attack it discusses happened before, and
// "on Friday" in it dates the hearing, not the attack. A year or "ten years ago" beside the incident phrase marks
// it as past in any article. Pure; the cue words are in data/lexicons/incident-frames.json.

import type { WordLists } from './word-lists.js';
import { alternatives, eachMatch } from '../reg-exp.js';

/** The cues compiled from data/lexicons/incident-frames.json, once per loaded resources. */
export function frameCuesOf(words: WordLists): FrameCues {
  return words.memo('incident-frames', () =>
    buildFrameCues({
      followUpCues: words.list('incident-frames.followUpCues'),
      pastReference: words.list('incident-frames.pastReference'),
      lastSpanPossessives: words.list('incident-frames.lastSpanPossessives'),
      pastAfter: words.list('incident-frames.pastAfter'),
      pastOpeners: words.list('incident-frames.pastOpeners'),
      comparedBefore: words.list('incident-frames.comparedBefore'),
      months: words.list('news.months'),
    }),
  );
}

export interface FrameCueLists {
  followUpCues: readonly string[];
  pastReference: readonly string[];
  lastSpanPossessives: readonly string[];
  pastAfter: readonly string[];
  pastOpeners: readonly string[];
  comparedBefore: readonly string[];
  /** month names in calendar order */
  months: readonly string[];
}

export interface FrameCues {
  followUp: RegExp;
  /** anchored at the end of the words before an incident phrase */
  pastBefore: RegExp;
  /** anchored at the end of the words before it: "last week's", "last month's" (group 1: week, weekend or month) */
  lastSpanBefore: RegExp;
  /** anchored at the start of the words after it */
  pastAfter: RegExp;
  /** anchored at the start of a sentence's body: a mark of the past before a comma ("Last year, …") */
  pastOpening: RegExp;
  /** anchored at the end of the words before an incident phrase: "comparisons with the truck" */
  comparedBefore: RegExp;
  /** anchored at the start of the words after it: "in Nice in July" (group 1: the month) */
  monthAfter: RegExp;
  /** anchored at the end of the words before it: "the November attacks", "the March 3 bombing" (1: month, 2: day) */
  monthBefore: RegExp;
  /** a year, with the month written before it if any, that ends no longer number or word ("November 2015", not "1990s") */
  markPeriod: RegExp;
  months: readonly string[];
}

const alt = alternatives;

export function buildFrameCues(l: FrameCueLists): FrameCues {
  return {
    followUp: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(l.followUpCues)})(?![\\p{L}\\p{N}])`, 'iu'),
    pastBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(l.pastReference)})(?:\\s+[\\p{L}'’-]+){0,2}\\s+$`, 'iu'),
    lastSpanBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(l.lastSpanPossessives)})(?:\\s+[\\p{L}'’-]+){0,2}\\s+$`,
      'iu',
    ),
    pastAfter: new RegExp(`^\\s+(?:["“”]?[\\p{L}'’-]+["“”]?\\s+){0,6}?(?:${alt(l.pastAfter)})(?![\\p{L}\\p{N}])`, 'iu'),
    pastOpening: new RegExp(`^[\\s"'“(]*(?:\\[[^\\]]*\\]\\s*)*(?:${alt(l.pastOpeners)})\\s*,`, 'iu'),
    comparedBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(l.comparedBefore)})\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}$`,
      'iu',
    ),
    // a month with no day or year after it ("in July", not "in July 2015" nor "on July 4")
    monthAfter: new RegExp(
      `^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:in|last)\\s+(${alt(l.months)})(?![\\p{L}\\p{N}])(?!\\s*,?\\s*\\d)`,
      'iu',
    ),
    // a month (and day) with no year written right before the phrase, at most one word between ("the November
    // Paris attacks"); "in March 2019 attacks" is no premodifier and a year is read by pastBefore
    monthBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(${alt(l.months)})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:\\s+[\\p{L}'’-]+)?\\s+$`,
      'iu',
    ),
    markPeriod: new RegExp(`(?:(${alt(l.months)})\\s+)?((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'iu'),
    months: l.months.map((m) => m.toLowerCase()),
  };
}

/**
 * An incident named with a month and no year happened in the latest such month up to the article's date. It is an
 * earlier event the article refers to when that month (or day) ended more than this many days before the article:
 * the same span after which a dated incident is read as a past one. "The March attack" in a March or early-April
 * story is its news; in a June story, or "the November attacks" in a March story, it is a past event.
 */
export const PAST_MONTH_DAYS = 30;

function monthIsPast(cues: FrameCues, monthName: string, day: number | null, anchor: Date): boolean {
  const month = cues.months.indexOf(monthName.toLowerCase());
  if (month < 0) return false;
  const y = anchor.getUTCFullYear();
  // the month (or day) in the anchor's year unless it starts after the anchor; the last day the phrase may mean
  const year = Date.UTC(y, month, day ?? 1) > anchor.getTime() ? y - 1 : y;
  const last = Date.UTC(year, day ? month : month + 1, day ?? 0);
  return anchor.getTime() - last > PAST_MONTH_DAYS * 86_400_000;
}

/** the follow-up cue of an article's title or lede, if it has one */
export function followUpCue(cues: FrameCues, title: string, lede: string): string | null {
  return cueIn(cues.followUp, title, lede);
}

/**
 * Whether every follow-up cue of `sentence` stands inside a phrase set off by commas that ends before `at` (an offset
 * within the sentence): "X, the prosecutor leading the inquiry into …, was shot dead" (rule
 * follow-up/cue-describes-someone). False when the sentence has no cue.
 */
export function followUpCuesSetOff(cues: FrameCues, sentence: string, at: number): boolean {
  let all = everywhere.get(cues.followUp);
  if (!all) everywhere.set(cues.followUp, (all = new RegExp(cues.followUp.source, 'giu')));
  const found = [...eachMatch(all, sentence)];
  return (
    found.length > 0 &&
    found.every((m) => {
      const end = m.index + m[0].length;
      return end < at && sentence.slice(0, m.index).includes(',') && sentence.slice(end, at).includes(',');
    })
  );
}

/** each cue's pattern made global and case-blind, made once (cueIn runs per article) */
const everywhere = new WeakMap<RegExp, RegExp>();

function cueIn(re: RegExp, title: string, lede: string): string | null {
  const t = re.exec(title)?.[0];
  if (t) return t;
  // in running text a capitalised cue is part of a name ("Memorial Church"), unless the text is all capitals
  const caps = !/\p{Ll}/u.test(lede);
  let all = everywhere.get(re);
  if (!all) everywhere.set(re, (all = new RegExp(re.source, 'giu')));
  for (const m of eachMatch(all, lede)) if (caps || !/^\p{Lu}/u.test(m[0]) || m.index === 0) return m[0];
  return null;
}

/** a follow-up kind (trial, inquest, …) and the cue that names it, compiled from data/lexicons/follow-up-kinds.json */
export interface FollowUpKindCue {
  kind: string;
  cue: RegExp;
}

export function compileFollowUpKinds(kinds: Readonly<Record<string, readonly string[]>>): FollowUpKindCue[] {
  return Object.entries(kinds).map(([kind, patterns]) => ({
    kind,
    cue: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(patterns)})(?![\\p{L}\\p{N}])`, 'iu'),
  }));
}

/**
 * The follow-up an article with this title and lede reports, or null. Rule `follow-up/title-first`: the title says
 * what the article is about and the lede often recalls earlier proceedings as background ("a jury delivers its
 * verdict" over a lede that mentions a defendant "already serving a whole-life sentence"), so the first kind whose
 * cue the title has wins; only a title with none of them leaves it to the lede (again the first kind in file order).
 */
export function followUpKind(
  kinds: readonly FollowUpKindCue[],
  title: string,
  lede: string,
): { kind: string; cue: string } | null {
  for (const k of kinds) {
    const cue = cueIn(k.cue, title, '');
    if (cue) return { kind: k.kind, cue };
  }
  for (const k of kinds) {
    const cue = cueIn(k.cue, '', lede);
    if (cue) return { kind: k.kind, cue };
  }
  return null;
}

/**
 * The month an incident phrase is placed in ("the rampage in Nice in July"), when it is before the article's month
 * of the same year: an earlier event the article points back to. Null when there is none or it is not earlier.
 */
export function earlierMonthMark(cues: FrameCues, after: string, anchor: Date | null): string | null {
  const m = cues.monthAfter.exec(after);
  if (!m || !anchor) return null;
  return monthIsPast(cues, m[1]!, null, anchor) ? m[0].trim() : null;
}

/** "the November attacks" in a March story: a month (and day) before the phrase that is over a month past, if any */
export function earlierMonthBefore(cues: FrameCues, before: string, anchor: Date | null): string | null {
  const m = cues.monthBefore.exec(before);
  if (!m || !anchor) return null;
  // "who may have shot": a month name is capitalised, unless the whole text is in capitals
  if (/\p{Ll}/u.test(before) && !/^\p{Lu}\p{Ll}/u.test(m[1]!)) return null;
  return monthIsPast(cues, m[1]!, m[2] ? Number(m[2]) : null, anchor) ? m[0].trim() : null;
}

/**
 * Rule dates/past-mark-period: a mark of the past that writes a year ("the 1988 bombing", "an ambush in 1922", "the
 * attacks of November 2015") dates the event it marks to that year, or month. Null for a mark with no year ("ten years
 * ago", "the previous attack", "the 1990s").
 */
export function periodOfPastMark(cues: FrameCues, mark: string): { iso: string; precision: 'month' | 'year' } | null {
  const m = cues.markPeriod.exec(mark);
  if (!m) return null;
  const month = m[1] ? cues.months.indexOf(m[1].toLowerCase()) + 1 : 0;
  return month > 0
    ? { iso: `${m[2]}-${String(month).padStart(2, '0')}`, precision: 'month' }
    : { iso: m[2]!, precision: 'year' };
}

/**
 * the words beside an incident phrase that place it in the past ("the 2015 attacks", "ten years ago", with the
 * article's date "the November attacks" in a March story), if any
 */
export function pastMark(cues: FrameCues, before: string, after: string, anchor: Date | null = null): string | null {
  const b = cues.pastBefore.exec(before);
  if (b) return b[0].trim();
  const a = cues.pastAfter.exec(after);
  if (a) return a[0].trim();
  return earlierMonthBefore(cues, before, anchor);
}

/**
 * Rule reference/past-opening: a mark of the past that opens the sentence before a comma ("Last year, …", "In March
 * 1987, …", "Over 20 months ago, …"), if any: the events the sentence tells happened then.
 */
export function pastOpeningMark(cues: FrameCues, sentenceBody: string): string | null {
  const m = cues.pastOpening.exec(sentenceBody);
  return m ? m[0].replace(/^[\s"'“(]*(?:\[[^\]]*\]\s*)*/u, '').replace(/\s*,$/u, '') : null;
}

/** The calendar span a possessive before an incident phrase names, as first and last ISO days. */
export interface LastSpan {
  mark: string;
  from: string;
  to: string;
}

/**
 * Rule incidents/last-span-marked-apart: "last week's armed takeover", "last month's bombing" (data
 * lastSpanPossessives) right before an incident phrase, read against the article's date: the calendar week (Monday to
 * Sunday; a weekend is its Saturday and Sunday) or month before the article's own. Null with no mark or no date.
 */
export function lastSpanMark(cues: FrameCues, before: string, anchor: Date | null): LastSpan | null {
  const m = anchor ? cues.lastSpanBefore.exec(before) : null;
  if (!m || !anchor) return null;
  const mark = m[0].trim();
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const DAY = 86_400_000;
  const base = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate());
  if (/month/iu.test(m[0])) {
    const first = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - 1, 1);
    const last = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), 0);
    return { mark, from: day(first), to: day(last) };
  }
  // Monday of the article's week, then the week before it
  const monday = base - ((anchor.getUTCDay() + 6) % 7) * DAY;
  if (/weekend/iu.test(m[0])) return { mark, from: day(monday - 2 * DAY), to: day(monday - DAY) };
  return { mark, from: day(monday - 7 * DAY), to: day(monday - DAY) };
}
