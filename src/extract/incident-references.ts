// Is an incident news of the article's own days, or an earlier event the article refers to? A title or lede about
// a trial, an inquest or an anniversary makes the article a follow-up: the attack it discusses happened before, and
// "on Friday" in it dates the hearing, not the attack. A year or "ten years ago" beside the incident phrase marks
// it as past in any article. Pure; the cue words are in data/lexicons/incident-frames.json.

import type { WordLists } from './word-lists.js';

/** The cues compiled from data/lexicons/incident-frames.json, once per loaded resources. */
export function frameCuesOf(words: WordLists): FrameCues {
  return words.memo('incident-frames', () =>
    buildFrameCues({
      followUpCues: words.list('incident-frames.followUpCues'),
      pastReference: words.list('incident-frames.pastReference'),
      pastAfter: words.list('incident-frames.pastAfter'),
      comparedBefore: words.list('incident-frames.comparedBefore'),
      months: words.list('news.months'),
    }),
  );
}

export interface FrameCueLists {
  followUpCues: readonly string[];
  pastReference: readonly string[];
  pastAfter: readonly string[];
  comparedBefore: readonly string[];
  /** month names in calendar order */
  months: readonly string[];
}

export interface FrameCues {
  followUp: RegExp;
  /** anchored at the end of the words before an incident phrase */
  pastBefore: RegExp;
  /** anchored at the start of the words after it */
  pastAfter: RegExp;
  /** anchored at the end of the words before an incident phrase: "comparisons with the truck" */
  comparedBefore: RegExp;
  /** anchored at the start of the words after it: "in Nice in July" (group 1: the month) */
  monthAfter: RegExp;
  months: readonly string[];
}

const alt = (xs: readonly string[]) => xs.map((x) => `(?:${x})`).join('|');

export function buildFrameCues(l: FrameCueLists): FrameCues {
  return {
    followUp: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(l.followUpCues)})(?![\\p{L}\\p{N}])`, 'iu'),
    pastBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(l.pastReference)})(?:\\s+[\\p{L}'’-]+){0,2}\\s+$`, 'iu'),
    pastAfter: new RegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${alt(l.pastAfter)})(?![\\p{L}\\p{N}])`, 'iu'),
    comparedBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(l.comparedBefore)})\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}$`,
      'iu',
    ),
    // a month with no day or year after it ("in July", not "in July 2015" nor "on July 4")
    monthAfter: new RegExp(
      `^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?in\\s+(${alt(l.months)})(?![\\p{L}\\p{N}])(?!\\s*,?\\s*\\d)`,
      'iu',
    ),
    months: l.months.map((m) => m.toLowerCase()),
  };
}

/** the follow-up cue of an article's title or lede, if it has one */
export function followUpCue(cues: FrameCues, title: string, lede: string): string | null {
  return cueIn(cues.followUp, title, lede);
}

function cueIn(re: RegExp, title: string, lede: string): string | null {
  const t = re.exec(title)?.[0];
  if (t) return t;
  // in running text a capitalised cue is part of a name ("Memorial Church"), unless the text is all capitals
  const caps = !/\p{Ll}/u.test(lede);
  const all = new RegExp(re.source, 'giu');
  for (const m of lede.matchAll(all)) if (caps || !/^\p{Lu}/u.test(m[0]) || m.index === 0) return m[0];
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

/** The follow-up an article with this title and lede reports (the first kind whose cue it has), or null. */
export function followUpKind(
  kinds: readonly FollowUpKindCue[],
  title: string,
  lede: string,
): { kind: string; cue: string } | null {
  for (const k of kinds) {
    const cue = cueIn(k.cue, title, lede);
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
  const month = cues.months.indexOf(m[1]!.toLowerCase());
  return month >= 0 && month < anchor.getUTCMonth() ? m[0].trim() : null;
}

/** the words beside an incident phrase that place it in the past ("the 2015 attacks", "ten years ago"), if any */
export function pastMark(cues: FrameCues, before: string, after: string): string | null {
  const b = cues.pastBefore.exec(before);
  if (b) return b[0].trim();
  const a = cues.pastAfter.exec(after);
  return a ? a[0].trim() : null;
}
