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

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

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
  const controls = count(sample, CONTROL);
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
  const letters = count(sample, ANY_LETTER);
  if (letters > 0) {
    const latin = count(sample, LATIN_LETTER),
      rtl = count(sample, RTL);
    if (latin < 0.5 * letters) {
      warnings.push(
        `text is mostly in a non-Latin script${rtl > 0.3 * letters ? ' (right-to-left)' : ''}; the entity models read English, so few entities will be found`,
      );
    } else if (rtl > 0) {
      warnings.push('text mixes right-to-left script with Latin text; only the Latin parts are analysed for entities');
    }
  }
  const upper = count(sample, /\p{Lu}/gu),
    lowerCase = count(sample, /\p{Ll}/gu);
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
