// Tokenisation with character offsets, close to CoNLL/Penn conventions so a tagger trained on
// CoNLL tokens sees the same units at run time ("U.S." one token, "Parker's" -> "Parker" + "'s").
import type { WordLists } from './word-lists.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

// acronym with dots (also without the last one: "U.S - China"), word (letters/digits with inner hyphens, apostrophes,
// ampersands), number, or any other char
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?:\p{Lu}\.)*\p{Lu}(?![\p{L}\p{N}.'’])|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:/-]\p{N}+)*(?:[-\p{L}]*\p{L})?|['’][sS]\b|n't\b|N'T\b|\.\.\.|--|``|''|\S/gu;

/** The tokens of text[from, to); `words` gives the abbreviations that keep their full stop (sentences.abbreviations). */
export function tokenize(words: WordLists, text: string, from = 0, to = text.length): Token[] {
  const abbreviations = words.set('sentences.abbreviations');
  const out: Token[] = [];
  // match inside the range only, so a huge run without spaces costs its own length once
  const sub = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(sub)) !== null) {
    let s = m.index + from;
    let w = m[0];
    // a trailing full stop belongs to the word only for known abbreviations and single initials
    if (w.length > 1 && w.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(w)) {
      const stem = w.slice(0, -1);
      if (!(stem.length === 1 && /\p{Lu}/u.test(stem)) && !abbreviations.has(stem.toLowerCase())) {
        w = stem;
        TOKEN_RE.lastIndex = s - from + w.length;
      }
    }
    // possessive / contraction split: "Parker's" -> "Parker" "'s"; in capitals too ("PAKISTAN'S" -> "PAKISTAN" "'S",
    // "DIDN'T"), as headlines and old wire copy write them: the possessive is no part of the name
    const poss = /^(.+?)(['’][sS]|n't|N'T)$/u.exec(w);
    if (poss && poss[1]!.length > 0 && /\p{L}/u.test(poss[1]!)) {
      out.push({ text: poss[1]!, start: s, end: s + poss[1]!.length });
      s += poss[1]!.length;
      w = poss[2]!;
    }
    out.push({ text: w, start: s, end: s + w.length });
  }
  return out;
}
