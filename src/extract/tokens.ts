// Tokenisation with character offsets, close to CoNLL/Penn conventions so a tagger trained on
// CoNLL tokens sees the same units at run time ("U.S." one token, "Parker's" -> "Parker" + "'s").

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that keep their full stop as part of the token. */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'ft',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cpt',
  'maj',
  'cmdr',
  'adm',
  'brig',
  'gov',
  'sen',
  'rep',
  'rev',
  'fr',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'cpl',
  'pte',
  'pvt',
  'jr',
  'sr',
  'messrs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'bros',
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'approx',
  'dept',
  'est',
  'al',
  'ave',
  'blvd',
]);

// acronym with dots (also without the last one: "U.S - China"), word (letters/digits with inner hyphens, apostrophes,
// ampersands), number, or any other char
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?:\p{Lu}\.)*\p{Lu}(?![\p{L}\p{N}.'’])|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:/-]\p{N}+)*(?:[-\p{L}]*\p{L})?|'s\b|’s\b|n't\b|\.\.\.|--|``|''|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
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
      if (!(stem.length === 1 && /\p{Lu}/u.test(stem)) && !ABBREVIATIONS.has(stem.toLowerCase())) {
        w = stem;
        TOKEN_RE.lastIndex = s - from + w.length;
      }
    }
    // possessive / contraction split: "Parker's" -> "Parker" "'s"
    const poss = /^(.+?)(['’]s|n't)$/u.exec(w);
    if (poss && poss[1]!.length > 0 && /\p{L}/u.test(poss[1]!)) {
      out.push({ text: poss[1]!, start: s, end: s + poss[1]!.length });
      s += poss[1]!.length;
      w = poss[2]!;
    }
    out.push({ text: w, start: s, end: s + w.length });
  }
  return out;
}
