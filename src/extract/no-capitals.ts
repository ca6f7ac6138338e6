// Text with no capitals at all (a social-media post, a message typed on a phone): case no longer marks a name, just
// as in text written wholly in capitals (old wire copy), which the extractor reads with a tagger trained on capitals
// and rules made for text without case. A text without capitals is read as that text in capitals: the same letters
// at the same offsets, so every span, sentence and relation stays where it is; what the result shows is the text as
// written again, and names as names are written (rule display/case-restored-name).
import { writtenWithoutCapitals } from './document.js';
import type { ArticleInput, ExtractionResult } from './types.js';
import { inlineRule, isOn, type RuleSwitches } from '../rules/index.js';

/**
 * Rule mentions/no-capitals-read-in-capitals. A text with no capitals (document.writtenWithoutCapitals: a stray "I"
 * allowed) is read as the same text in capitals, letter for letter: the tagger trained on capitals, the gazetteer's
 * matching in capitals and the rules for text in capitals (caps-common-word and the like) tell names from words by
 * their context and the lists, as they do in old wire copy; lower case says nothing more than capitals do. Mentions,
 * sentences and aliases keep the text as written; names are shown as names are written.
 */
export const NO_CAPITALS_READ_IN_CAPITALS = inlineRule(
  'mentions/no-capitals-read-in-capitals',
  'text with no capitals hides names as text in capitals does, and the extractor already reads text in capitals by context and word lists (a tagger trained on capitals, the gazetteer in capitals, the rules on shouted words): the text is read in capitals at the same offsets, and the result shows it as written',
);

/** The text in capitals, letter for letter: a letter whose capital is longer ("ß" -> "SS") stays, so offsets hold. */
export function capitalsSameOffsets(text: string): string {
  return text.replace(/\p{Ll}/gu, (c) => {
    const up = c.toUpperCase();
    return up.length === c.length ? up : c;
  });
}

/**
 * What the pipeline reads for an input and its guarded text (input-guard.ts, same offsets): both in capitals when the
 * text has no capitals (rule mentions/no-capitals-read-in-capitals), else both as they are.
 */
export function readingOf(
  rules: RuleSwitches,
  input: ArticleInput,
  analysed: string,
): { input: ArticleInput; analysed: string; noCapitals: boolean } {
  if (!isOn(rules, NO_CAPITALS_READ_IN_CAPITALS) || !writtenWithoutCapitals(analysed))
    return { input, analysed, noCapitals: false };
  return {
    input: { ...input, text: capitalsSameOffsets(input.text) },
    analysed: capitalsSameOffsets(analysed),
    noCapitals: true,
  };
}

type Spanned = { start: number; end: number; text: string };

const isSpanned = (x: object): x is Spanned =>
  typeof (x as Spanned).start === 'number' &&
  typeof (x as Spanned).end === 'number' &&
  typeof (x as Spanned).text === 'string' &&
  (x as { field?: unknown }).field === undefined;

/**
 * The result of a text read in capitals, shown as the text is written: every sentence, mention and phrase that is a
 * slice of the text read (`read`) is the same slice of the text as written (`written`); an alias in capitals, and a
 * name quoted in capitals in a merge note that the text writes small, are written small.
 */
export function asWritten(result: ExtractionResult, read: string, written: string): void {
  const small = new Map<string, string>();
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (!x || typeof x !== 'object') return;
    if (isSpanned(x) && x.text === read.slice(x.start, x.end)) {
      const text = written.slice(x.start, x.end);
      small.set(x.text, text);
      x.text = text;
    }
    for (const y of Object.values(x)) if (y && typeof y === 'object') visit(y);
  };
  visit(result.sentences);
  visit(result.entities);
  const lowerText = written.toLowerCase();
  const inCapitals = (x: string) => /\p{Lu}/u.test(x) && !/\p{Ll}/u.test(x);
  // a name quoted in capitals in a merge note that the text writes small
  const asInText = (x: string) => (inCapitals(x) && lowerText.includes(x.toLowerCase()) ? x.toLowerCase() : x);
  for (const e of result.entities) {
    // an alias in capitals comes from the text read in capitals (a mention, or one made of a title and a surname:
    // "MR BUSH"): the text wrote it small
    const alias = (a: string) => small.get(a) ?? (inCapitals(a) ? a.toLowerCase() : a);
    e.aliases = [...new Set(e.aliases.map(alias))].filter((a) => a !== e.name);
    if (e.merges) e.merges = e.merges.map((m) => m.replace(/"([^"]+)"/gu, (q, x: string) => `"${asInText(x)}"`));
  }
}
