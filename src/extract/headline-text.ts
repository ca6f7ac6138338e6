// The headline of an article's title, and how its case is written. Pure string helpers (no resources), shared by the
// incident pass (the place a headline names) and the headline pass (headline.ts).
import { eachMatch } from '../reg-exp.js';

/**
 * The headline: the title up to its page furniture. A page title writes the outlet, its city or section after " - ",
 * " | " or a dash ("2-year-old shot - Live5News.com | Charleston, SC"), which is no part of the headline. The headline
 * is a prefix of the title, so an offset into one is an offset into the other.
 */
export function headlineOf(title: string | undefined): string {
  return (title ?? '').split(/\s+[-|–—]\s+/)[0]!.trimEnd();
}

/**
 * A headline written in Title Case ("Teen Injured In Hunting Accident") or in capitals: its case tells no name from a
 * common word. True when most of its words after the first (at least three of them, short function words aside) open
 * with a capital, or when it has no lower-case letter at all.
 */
export function caseTellsNothing(headline: string): boolean {
  if (!/\p{L}/u.test(headline)) return false;
  if (!/\p{Ll}/u.test(headline)) return true;
  const words = headline.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const rest = words.slice(1).filter((w) => w.length > 3);
  if (rest.length < 3) return false;
  const capitalised = rest.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / rest.length > 0.6;
}

/**
 * The headline with its words folded to lower case, except inside the `keep` spans (the names the article's text
 * confirms) and the headline's first letter: read like a sentence of the text, same length, so offsets carry over.
 * A letter whose lower case is of another length stays as written.
 */
export function foldHeadline(headline: string, keep: readonly { start: number; end: number }[]): string {
  let out = '';
  let first = true;
  for (let i = 0; i < headline.length; i++) {
    const ch = headline[i]!;
    const kept = keep.some((k) => k.start <= i && i < k.end);
    const letter = /\p{L}/u.test(ch);
    if (kept || (letter && first)) out += ch;
    else {
      const low = ch.toLowerCase();
      out += low.length === ch.length ? low : ch;
    }
    if (letter) first = false;
  }
  return out;
}

/** A headline rewritten to read as a sentence of the text, and the way back to the headline's offsets. */
export interface HeadlineReading {
  text: string;
  /** the headline offset of an offset into `text` (`end`: the end of a span, exclusive) */
  toHeadline(pos: number, end: boolean): number;
  /** the offset into `text` of a headline offset outside the words rewritten (a name's) */
  fromHeadline(pos: number): number;
}

interface Segment {
  /** [from, to) in the rewritten text, [start, end) in the headline */
  from: number;
  to: number;
  start: number;
  end: number;
  same: boolean;
}

export interface HeadlineWords {
  /** present-tense verb → its past form, the tense a headline writes past events in ("kills" → "killed") */
  pastOf: ReadonlyMap<string, string>;
  /** participles a headline writes without "was" for a passive ("Man shot dead", "Girl injured in crash") */
  participles: ReadonlySet<string>;
  /** words after which a participle is no bare passive ("who shot himself", "was shot", "and killed") */
  notBeforePassive: ReadonlySet<string>;
  /** plural nouns without an -s ("people", "children"): the passive after them reads "were" */
  irregularPlurals: ReadonlySet<string>;
}

/**
 * Rule headline/coordinated-subject-is-plural. "Gunman and two hostages dead", "Said and Cherif Kouachi killed": a
 * subject of two or more coordinated nouns or names, the words of its clause before the participle, takes "were"
 * like a plural one (so "attacker was killed" is not read as one killed). A clause whose words before "and" hold a
 * verb ("Gunman stabs guard and woman injured") has no coordinated subject: there the last noun alone is the subject.
 */
function coordinatedSubject(before: string, words: HeadlineWords): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(',')) + 1);
  const m = /^(.*?)\band\s+(?:[\p{L}\p{N}'’-]+\s+){1,3}$/u.exec(clause);
  if (!m || !/[\p{L}\p{N}]/u.test(m[1]!)) return false;
  const first = m[1]!.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return (
    first.length <= 4 && !first.some((w) => words.pastOf.has(w.toLowerCase()) || words.participles.has(w.toLowerCase()))
  );
}

/**
 * Rule headline/reads-as-a-sentence. A headline drops what a sentence writes: its case tells nothing where it is in
 * Title Case or capitals (folded to lower case but for the names the text confirms, `keep`), it writes past events in
 * the present ("Gunman kills 3" → "killed") and a passive without its "was" ("Man shot dead" → "Man was shot dead").
 * A plural subject ("students", "people") takes "were". Returns the sentence it stands for, with the way back to the
 * headline's offsets.
 */
export function readAsSentence(
  headline: string,
  keep: readonly { start: number; end: number }[],
  words: HeadlineWords,
): HeadlineReading {
  const folded = caseTellsNothing(headline) ? foldHeadline(headline, keep) : headline;
  const segments: Segment[] = [];
  let out = '';
  let at = 0;
  const copyTo = (pos: number) => {
    if (pos > at) segments.push({ from: out.length, to: out.length + pos - at, start: at, end: pos, same: true });
    out += folded.slice(at, pos);
    at = pos;
  };
  const write = (text: string, start: number, end: number) => {
    segments.push({ from: out.length, to: out.length + text.length, start, end, same: false });
    out += text;
  };
  let previous = '';
  for (const m of eachMatch(/\p{L}[\p{L}'’-]*/gu, folded)) {
    const start = m.index,
      end = start + m[0].length;
    const word = m[0].toLowerCase();
    const named = keep.some((k) => start < k.end && k.start < end);
    const past = named ? undefined : words.pastOf.get(word);
    if (past !== undefined) {
      copyTo(start);
      write(past, start, end);
      at = end;
    } else if (
      !named &&
      words.participles.has(word) &&
      previous &&
      !words.notBeforePassive.has(previous) &&
      // one "was" for a chain of participles ("found shot dead")
      !words.participles.has(previous) &&
      /[\p{L}\p{N}]\s+$/u.test(folded.slice(0, start))
    ) {
      copyTo(start);
      const plural =
        words.irregularPlurals.has(previous) ||
        /[^su'’]s$/u.test(previous) ||
        coordinatedSubject(folded.slice(0, start), words);
      write(plural ? 'were ' : 'was ', start, start);
    }
    previous = word;
  }
  copyTo(folded.length);
  const seg = (pos: number, end: boolean) =>
    segments.find((s) => (end ? s.from < pos && pos <= s.to : s.from <= pos && pos < s.to)) ??
    segments[segments.length - 1];
  return {
    text: out,
    toHeadline(pos, end) {
      const s = seg(pos, end);
      if (!s) return 0;
      if (s.same) return s.start + (pos - s.from);
      // a word rewritten maps to the whole word; the "was " put in maps to the word it stands before
      return end ? s.end : s.start;
    },
    fromHeadline(pos) {
      const s = segments.find((x) => x.same && x.start <= pos && pos <= x.end);
      return s ? s.from + (pos - s.start) : pos;
    },
  };
}
