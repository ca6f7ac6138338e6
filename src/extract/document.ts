// Sentence splitting that keeps character offsets into the original text.
// Knows abbreviations ("Mr.", "U.S.", initials), datelines and headlines on their own line,
// and cuts over-long runs without sentence ends so later stages stay bounded.
import type { Resources } from './resources.js';
import type { ArticleInput, Sentence } from './types.js';
import type { WordLists } from './word-lists.js';

export interface Doc {
  /** the input as read: a text without capitals is read in capitals (rule mentions/no-capitals-read-in-capitals) */
  input: ArticleInput;
  text: string;
  /** the input is written without capitals and read in capitals (`input.text` is the text in capitals) */
  noCapitals?: boolean;
  /** the text as written, where the text read differs from it (stretches without capitals read in capitals) */
  written?: string;
  sentences: Sentence[];
  /** gazetteers, lexicons, word lists and the tagger model (loadResources) */
  res: Resources;
}

/** Longest sentence kept whole; longer runs are cut at the last space before the limit. */
export const MAX_SENTENCE_CHARS = 2000;

// candidate ends: terminal punctuation (+ closing quotes/brackets) before space, or a line break
const CANDIDATE = /[.!?]+["'”’)\]]*(?=\s|$)|\n/g;

function isAbbreviationBefore(words: WordLists, text: string, dot: number): boolean {
  // the word that ends at `dot` (exclusive of the dot)
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // initial: "P. Simmons"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S" + "."
  return words.set('sentences.abbreviations').has(word.toLowerCase());
}

/** Capitals are at most this share of the letters for a text to count as written without them (a stray "I"). */
const MAX_CAPITALS_SHARE = 0.01;

/** Whether a text is written without capitals: enough letters, almost none of them capitals (a post, a message). */
export function writtenWithoutCapitals(text: string): boolean {
  const { upper, lower } = letterCase(text);
  return lower >= 20 && upper <= MAX_CAPITALS_SHARE * (upper + lower);
}

const UPPER_LETTER = /^\p{Lu}$/u;
const LOWER_LETTER = /^\p{Ll}$/u;

/**
 * How many capitals (\p{Lu}) and small letters (\p{Ll}) a text holds, code point by code point: what counting the
 * matches of /\p{Lu}/gu and /\p{Ll}/gu gives, without an array of them (ASCII letters are told by their codes).
 */
export function letterCase(text: string): { upper: number; lower: number } {
  let upper = 0,
    lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) upper++;
      else if (c >= 0x61 && c <= 0x7a) lower++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (UPPER_LETTER.test(ch)) upper++;
    else if (LOWER_LETTER.test(ch)) lower++;
  }
  return { upper, lower };
}

export function splitSentences(words: WordLists, text: string): Sentence[] {
  // in text without capitals every sentence opens in lower case: a full stop then a space ends one all the same
  const noCapitals = writtenWithoutCapitals(text);
  const sentenceStart = words.memo(
    'sentences.starters',
    () => new RegExp(`^${words.alt('sentences.startersAfterAcronym')}$`),
  );
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start,
      e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
      if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
      // never cut inside a surrogate pair
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
      out.push({ index: out.length, start: s, end: cut, text: text.slice(s, cut) });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
  };
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] === '\n') {
      // a line break ends a sentence unless the next line carries on in lower case (wrapped text)
      let k = end;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      const next = text[k];
      if (next !== undefined && next !== '\n' && /\p{Ll}/u.test(next)) {
        const prevLine = text.slice(start, m.index).trim();
        if (prevLine && !/[.!?:"”]$/.test(prevLine)) continue;
      }
      push(m.index);
      start = end;
      continue;
    }
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviationBefore(words, text, m.index)) {
      // "Mr. Parker", "U.S. forces": an abbreviation unless the next word clearly starts a new sentence
      const rest = text.slice(end, end + 40);
      const nxt = /^\s+(\S+)/.exec(rest)?.[1] ?? '';
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      const acronym = /(?:\p{L}\.)+\p{L}$/u.test(before);
      if (!acronym || !sentenceStart.test(nxt)) continue;
    }
    // do not split before a lower-case continuation ("... 5 p.m. on Friday")
    const after = /^\s+(\S)/.exec(text.slice(end, end + 10))?.[1];
    if (after && /\p{Ll}/u.test(after) && m[0][0] === '.' && !noCapitals) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/**
 * `analysed` is the text the extractors read: the input itself, or a same-offset copy with markup blanked
 * and an over-long tail cut (see input-guard.ts). `input.text` stays the original, for mention texts.
 */
export function makeDoc(input: ArticleInput, res: Resources, analysed: string = input.text): Doc {
  return { input, text: analysed, sentences: splitSentences(res.words, analysed), res };
}

/** Index of the sentence that contains character offset `pos` (binary search). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0,
    hi = sentences.length - 1,
    ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
