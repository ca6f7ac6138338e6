// Checks on raw article text before extraction: size, binary junk, markup, scripts the models do not read.
// Problems become warnings (or a short-circuit with an empty result), never a crash or unbounded work.

/** Text beyond this many characters (~170k words, far beyond any article) is not read; the result says so in a warning. */
export const MAX_TEXT_CHARS = 1_000_000;

export interface GuardResult {
  /** text to analyse: same length as the input prefix it covers, so offsets stay valid */
  text: string;
  warnings: string[];
  /** true when nothing useful can be extracted (empty or binary) */
  skip: boolean;
}

const CONTROL = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const ANY_LETTER = /\p{L}/gu;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

/** the classes counted, in the order of CharCounts' fields (each global: a match is one character or code point) */
const COUNTED = [CONTROL, ANY_LETTER, LATIN_LETTER, RTL, UPPER, LOWER] as const;

export interface CharCounts {
  controls: number;
  letters: number;
  latin: number;
  rtl: number;
  upper: number;
  lower: number;
}

/** which of COUNTED a character (a code unit, or a code point for a /u class) is of, as bits; by character */
const classBits = new Map<string, number>();

function bitsOf(c: string): number {
  let bits = classBits.get(c);
  if (bits === undefined) {
    bits = 0;
    COUNTED.forEach((re, i) => {
      // a code point of two units is one character only to a /u class; to the others its units are no match
      if ((c.length === 1 || re.unicode) && new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test(c))
        bits! |= 1 << i;
    });
    classBits.set(c, bits);
  }
  return bits;
}

/**
 * The matches of each of COUNTED in `s`, as `(s.match(re) ?? []).length` counts them, in one pass.
 * Why: match makes an array of every letter of the article, four times over; this reads each character once.
 */
let latin1Bits: Uint8Array | undefined;

export function charCounts(s: string): CharCounts {
  const n = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let c = s[i]!;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = s.slice(i, i + 2);
        i++;
      }
    }
    const bits =
      code < 0x100
        ? (latin1Bits ??= Uint8Array.from({ length: 0x100 }, (_, k) => bitsOf(String.fromCharCode(k))))[code]!
        : bitsOf(c);
    if (bits) for (let k = 0; k < n.length; k++) if (bits & (1 << k)) n[k]!++;
  }
  const [controls, letters, latin, rtl, upper, lower] = n as [number, number, number, number, number, number];
  return { controls, letters, latin, rtl, upper, lower };
}

/** Replaces HTML tags, comments, scripts and styles with spaces of the same length (offsets unchanged). */
export function maskMarkup(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return (
    text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(/<\/?[A-Za-z][^<>]{0,2000}>/g, blank)
      // "Fran&ccedil;ois": an entity inside a word stands in for one letter, so the word stays one token
      .replace(
        /(?<=\p{L})&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});|&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});(?=\p{L})/gu,
        (m) => 'x'.repeat(m.length),
      )
      .replace(/&(?:nbsp|amp|quot|lt|gt|#\d{2,6}|#x[0-9A-Fa-f]{2,5});/g, blank)
  );
}

/** How much of `text` is analysed: all of it, or up to the last line break before MAX_TEXT_CHARS. */
export function analysedLength(text: string): number {
  if (text.length <= MAX_TEXT_CHARS) return text.length;
  const cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
  return cut < MAX_TEXT_CHARS * 0.9 ? MAX_TEXT_CHARS : cut;
}

export function guardInput(raw: string): GuardResult {
  const warnings: string[] = [];
  if (!raw.trim()) return { text: raw, warnings: ['empty text: nothing to extract'], skip: true };
  let text = raw;
  if (text.length > MAX_TEXT_CHARS) {
    const cut = analysedLength(text);
    warnings.push(`text is ${text.length} characters; only the first ${cut} were analysed`);
    text = text.slice(0, cut);
  }
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const counts = charCounts(sample);
  const controls = counts.controls;
  if (controls > 0.05 * sample.length) {
    return {
      text: raw,
      warnings: [
        ...warnings,
        `text looks binary (${controls} control or replacement characters in ${sample.length}); nothing extracted`,
      ],
      skip: true,
    };
  }
  if (/<\/?(?:p|div|span|a|br|html|body|script|table|li|h[1-6])\b[^>]*>/i.test(sample)) {
    warnings.push('text contains HTML markup; tags were ignored (convert articles to plain text for best results)');
    text = maskMarkup(text);
  }
  const letters = counts.letters;
  if (letters > 0) {
    const latin = counts.latin,
      rtl = counts.rtl;
    if (latin < 0.5 * letters) {
      warnings.push(
        `text is mostly in a non-Latin script${rtl > 0.3 * letters ? ' (right-to-left)' : ''}; the entity models read English, so few entities will be found`,
      );
    } else if (rtl > 0) {
      warnings.push('text mixes right-to-left script with Latin text; only the Latin parts are analysed for entities');
    }
  }
  const upper = counts.upper,
    lowerCase = counts.lower;
  // casing is how English marks names: without it the tagger keeps only what it is sure of, and the reader should know
  if (upper + lowerCase >= 40 && upper > 4 * lowerCase)
    warnings.push(
      'text is in capital letters; names cannot be told from other words by their case, so fewer entities are kept',
    );
  else if (upper + lowerCase >= 40 && upper === 0)
    warnings.push(
      'text has no capital letters; names cannot be told from other words without their case, so it is read as text in capitals and fewer entities are kept',
    );
  if (text.length > 5000 && !/[.!?。]/.test(sample))
    warnings.push('text has no sentence-ending punctuation; it was cut into fixed-size pieces');
  return { text, warnings, skip: false };
}
