// Text with no capitals at all (a social-media post, a message typed on a phone): case no longer marks a name, just
// as in text written wholly in capitals (old wire copy), which the extractor reads with a tagger trained on capitals
// and rules made for text without case. A text without capitals is read as that text in capitals: the same letters
// at the same offsets, so every span, sentence and relation stays where it is; what the result shows is the text as
// written again, and names as names are written (rule display/case-restored-name).
import { writtenWithoutCapitals } from './document.js';
import type { ArticleInput, ExtractionResult } from './types.js';
import { inlineRule, isOn, type RuleSwitches } from '../rules/index.js';
import { eachMatch } from '../reg-exp.js';

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

/**
 * Rule mentions/block-without-capitals-read-in-capitals. In text that has capitals elsewhere, a block of lines written
 * without any (a body typed without capitals under a cased headline, a paragraph pasted from a post, a headline in
 * small letters) hides its names as a whole text without capitals does: that block alone is read in capitals at the
 * same offsets, as the rule above reads a whole text, and the cased lines are read as written. The decision is the
 * block's, not the article's: one line in capitals or in small letters says nothing of the others.
 */
export const BLOCK_WITHOUT_CAPITALS_READ_IN_CAPITALS = inlineRule(
  'mentions/block-without-capitals-read-in-capitals',
  'a stretch of lines without capitals in cased text hides names as a whole text without capitals does, and a line’s case says nothing of its neighbours’: each such stretch is read in capitals at the same offsets, the cased lines as written',
);

/**
 * Rule mentions/title-without-capitals-read-in-capitals. A title written without capitals ("gunmen kill three in
 * kandahar", a feed's or a post's headline) hides its names as a block without capitals does, whatever the text's
 * case: it is read in capitals, letter for letter, and its mentions are shown as written. A title's case says nothing
 * of the text's, nor the reverse.
 */
export const TITLE_WITHOUT_CAPITALS_READ_IN_CAPITALS = inlineRule(
  'mentions/title-without-capitals-read-in-capitals',
  'a title typed without capitals hides its names as text without capitals does, and its case says nothing of the text’s: it is read in capitals at the same offsets, its mentions shown as written',
);

/**
 * Rule mentions/sentence-without-capitals-read-in-capitals. Inside a line that has capitals, a sentence (or a run of
 * sentences) written without any (a sentence typed in small letters in a cased paragraph, a quote pasted from a post)
 * hides its names as a block without capitals does: it is read in capitals at the same offsets, the cased sentences
 * around it as written. Cased prose writes no sentence without a capital at its start, so a run of small letters that
 * opens a sentence after a full stop (not an abbreviation's: "p.m.", "U.S.") and holds no capital up to its sentence's
 * end is such a sentence; a capital before its end shows a cased sentence that merely went on.
 */
export const SENTENCE_WITHOUT_CAPITALS_READ_IN_CAPITALS = inlineRule(
  'mentions/sentence-without-capitals-read-in-capitals',
  'a sentence without capitals inside a cased paragraph hides its names as a block of lines without capitals does, and a sentence’s case says nothing of its neighbours’: it is read in capitals at the same offsets, the cased sentences as written',
);

/** A block needs this many small letters to be read in capitals: fewer say too little ("ok", "via afp"). */
const MIN_BLOCK_LETTERS = 12;

/** an e-mail or web address */
const ADDRESS = /\S*(?:@|:\/\/|www\.)\S*/gu;

/**
 * `line` with each address (ADDRESS) replaced as String.prototype.replace would; the line itself when it holds none.
 * Why: the pattern tries every position of every word, and most lines hold no address: the check for the three
 * marks costs a hundredth of that.
 */
function replaceAddresses(line: string, by: (address: string) => string): string {
  if (!line.includes('@') && !line.includes('://') && !line.includes('www.')) return line;
  return line.replace(ADDRESS, by);
}

/** the pronoun "I", which a text without capitals may still write in capitals */
const PRONOUN_I = /(?<![\p{L}\p{N}])I(?![\p{L}\p{N}])/gu;

/** A line shorter than this is a heading or a label, not a line of hard-wrapped prose (wrapped near 60-80). */
const SHORT_LINE = 40;

/** Three lines or more without a capital are no wrapped part of a cased sentence, which would name nothing in them. */
const MIN_LINES_ALONE = 3;

/** A line that ends a sentence, as the sentence splitter reads a line's end (document.ts). */
const ENDS_SENTENCE = /[.!?:"”]\s*$/u;

/** A headline's line: its first word and every word of four letters or more capitalised ("Gunmen Kill Three In Kabul"). */
function headlineLine(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w));
}

/**
 * The stretches of a text (start and end offsets, each a run of whole lines) written without capitals: lines that
 * open with a small letter and hold no capital but the pronoun "I" inside, joined across lines without letters (or
 * only an address's), with enough letters in all.
 * A stretch opens where a sentence may: at the start of the text, after a blank line, a line that ends a sentence, a
 * headline or a short line; and closes where one may: at the end of the text, before a blank line, at a sentence's end
 * or before a line that opens with a capital. A line or two of hard-wrapped cased text that happen to hold no capital
 * carry their sentence on, and are read with it as written; three lines or more stand alone.
 */
export function blocksWithoutCapitals(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let at = 0; at <= text.length;) {
    let stop = text.indexOf('\n', at);
    if (stop < 0) stop = text.length;
    lines.push({ start: at, end: stop, text: text.slice(at, stop) });
    at = stop + 1;
  }
  // an address ("desk@paper.com", "https://…") is no prose: its letters count for nothing
  const prose = (l: string) => replaceAddresses(l, () => ' ');
  const small = (l: string) => (prose(l).match(/\p{Ll}/gu) ?? []).length;
  // a line whose first letter is a capital opens a cased sentence, even the pronoun's ("I saw it," she said)
  const capitals = (l: string) => {
    const p = prose(l);
    if (/^[^\p{L}]*\p{Lu}/u.test(p)) return 1;
    return (p.replace(PRONOUN_I, '').match(/\p{Lu}/gu) ?? []).length;
  };
  const blank = (l: string) => !/\p{L}/u.test(prose(l));
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length;) {
    if (capitals(lines[i]!.text) > 0 || small(lines[i]!.text) === 0) {
      i++;
      continue;
    }
    let j = i,
      letters = 0,
      withLetters = 0;
    for (; j < lines.length && capitals(lines[j]!.text) === 0; j++) {
      letters += small(lines[j]!.text);
      if (!blank(lines[j]!.text)) withLetters++;
    }
    const alone = withLetters >= MIN_LINES_ALONE;
    // lines i..j-1 hold no capitals; the stretch ends at its last line with letters
    let last = j - 1;
    while (blank(lines[last]!.text)) last--;
    const before = i > 0 ? lines[i - 1]!.text : '';
    const opens =
      alone ||
      i === 0 ||
      blank(before) ||
      before.trim().length < SHORT_LINE ||
      ENDS_SENTENCE.test(before) ||
      headlineLine(before);
    const after = j < lines.length ? lines[j]!.text : undefined;
    const closes =
      alone ||
      after === undefined ||
      last < j - 1 ||
      ENDS_SENTENCE.test(lines[last]!.text) ||
      /^\s*[^\p{L}]*\p{Lu}/u.test(after);
    if (opens && closes && letters >= MIN_BLOCK_LETTERS) out.push({ start: lines[i]!.start, end: lines[last]!.end });
    i = j;
  }
  return out;
}

/** A sentence without capitals needs this many small letters to be read in capitals. */
const MIN_SENTENCE_LETTERS = 20;

/** the end of a sentence inside a line: terminal punctuation, closing quotes or brackets, then a space */
const SENTENCE_END = /[.!?]+["'”’)\]]*[ \t]+/gu;

/**
 * The sentences written without capitals inside lines that have capitals (start and end offsets; runs of such
 * sentences joined): each opens with a small letter right after the end of a sentence, a full stop after an
 * abbreviation (`abbreviation`, given the word before it) or initials ("p.m.", "U.S.") being none, or at the start of
 * a line where a sentence may open, and runs to the last sentence end before the next capital (the pronoun "I" aside)
 * or to the end of its line.
 */
export function sentencesWithoutCapitals(
  text: string,
  abbreviation: (word: string) => boolean,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let before = '';
  for (let at = 0; at < text.length;) {
    let stop = text.indexOf('\n', at);
    if (stop < 0) stop = text.length;
    const line = text.slice(at, stop);
    if (/\p{Lu}/u.test(replaceAddresses(line, () => ' ').replace(PRONOUN_I, ''))) {
      let from = 0;
      /** the stretch without capitals that opens at `open` of the line, if one does */
      const stretchAt = (open: number) => {
        // it runs to the next capital (an address's or the pronoun's aside) or the line's end ...
        const rest = replaceAddresses(line.slice(open), (a) => ' '.repeat(a.length)).replace(PRONOUN_I, ' ');
        const capital = rest.search(/\p{Lu}/u);
        let end = capital < 0 ? line.length : open + capital;
        // ... cut back to the last end of a sentence before that capital: a capital inside its first sentence shows a
        // cased sentence that went on ("at 5 p.m. local time, police in Lagos said")
        if (capital >= 0) {
          let last = -1;
          for (const e of eachMatch(/[.!?]+["'”’)\]]*(?=[ \t]|$)/gu, line.slice(open, end)))
            last = open + e.index + e[0].length;
          if (last < 0) return;
          end = last;
        }
        while (end > open && /\s/.test(line[end - 1]!)) end--;
        from = end;
        if ((line.slice(open, end).match(/\p{Ll}/gu) ?? []).length < MIN_SENTENCE_LETTERS) return;
        out.push({ start: at + open, end: at + end });
      };
      // a line that opens in small letters opens a sentence where the line before ends one, as the block rule reads it
      // (the text's start, a blank line, a short line such as a dateline, a sentence's end, a headline); otherwise it
      // carries on a wrapped sentence
      const lead = /^[^\p{L}]*/u.exec(line)![0].length;
      const opensLine =
        !before.trim() || before.trim().length < SHORT_LINE || ENDS_SENTENCE.test(before) || headlineLine(before);
      if (/^\p{Ll}/u.test(line.slice(lead)) && opensLine) stretchAt(lead);
      for (const m of eachMatch(SENTENCE_END, line)) {
        const open = m.index + m[0].length;
        if (open < from || !/^\p{Ll}/u.test(line.slice(open))) continue;
        if (m[0].startsWith('.') && m[0].trimEnd().length === 1) {
          const word = /[\p{L}.]*$/u.exec(line.slice(0, m.index))![0];
          if (!word || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word) || abbreviation(word)) continue;
        }
        stretchAt(open);
      }
    }
    before = line;
    at = stop + 1;
  }
  return out;
}

/** The text in capitals, letter for letter: a letter whose capital is longer ("ß" -> "SS") stays, so offsets hold. */
export function capitalsSameOffsets(text: string): string {
  return text.replace(/\p{Ll}/gu, (c) => {
    const up = c.toUpperCase();
    return up.length === c.length ? up : c;
  });
}

/** `text` with the stretches given in capitals, letter for letter. */
function capitalsWithin(text: string, blocks: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '',
    at = 0;
  for (const b of blocks) {
    out += text.slice(at, b.start) + capitalsSameOffsets(text.slice(b.start, b.end));
    at = b.end;
  }
  return out + text.slice(at);
}

/**
 * What the pipeline reads for an input and its guarded text (input-guard.ts, same offsets): both in capitals when the
 * text has no capitals (rule mentions/no-capitals-read-in-capitals); else its blocks without capitals in capitals
 * (rule mentions/block-without-capitals-read-in-capitals) and, given `abbreviation` (whether a word before a full stop
 * is one), its sentences without capitals inside cased lines (rule mentions/sentence-without-capitals-read-in-capitals),
 * the rest as it is. `blocks` counts the stretches so read.
 */
export function readingOf(
  rules: RuleSwitches,
  input: ArticleInput,
  analysed: string,
  abbreviation?: (word: string) => boolean,
): { input: ArticleInput; analysed: string; noCapitals: boolean; blocks: number; titleInCapitals: boolean } {
  const title = input.title;
  const titleInCapitals =
    title !== undefined &&
    (title.match(/\p{Ll}/gu) ?? []).length >= MIN_BLOCK_LETTERS &&
    !/\p{Lu}/u.test(title.replace(PRONOUN_I, '')) &&
    isOn(rules, TITLE_WITHOUT_CAPITALS_READ_IN_CAPITALS);
  if (titleInCapitals) input = { ...input, title: capitalsSameOffsets(title) };
  const whole = writtenWithoutCapitals(analysed);
  if (whole && isOn(rules, NO_CAPITALS_READ_IN_CAPITALS))
    return {
      input: { ...input, text: capitalsSameOffsets(input.text) },
      analysed: capitalsSameOffsets(analysed),
      noCapitals: true,
      blocks: 0,
      titleInCapitals,
    };
  // a whole text without capitals is the rule above's, read or not
  const lines = !whole && isOn(rules, BLOCK_WITHOUT_CAPITALS_READ_IN_CAPITALS) ? blocksWithoutCapitals(analysed) : [];
  const sentences =
    !whole && abbreviation && isOn(rules, SENTENCE_WITHOUT_CAPITALS_READ_IN_CAPITALS)
      ? sentencesWithoutCapitals(analysed, abbreviation)
      : [];
  // the sentences lie in lines with capitals, the blocks in lines without: the two never overlap
  const blocks = [...lines, ...sentences].sort((a, b) => a.start - b.start);
  if (!blocks.length) return { input, analysed, noCapitals: false, blocks: 0, titleInCapitals };
  return {
    input: { ...input, text: capitalsWithin(input.text, blocks) },
    analysed: capitalsWithin(analysed, blocks),
    noCapitals: true,
    blocks: blocks.length,
    titleInCapitals,
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
  // a name in capitals that the text writes so itself (an acronym in the cased part of a text read in part in
  // capitals) stays as it is
  const inCapitals = (x: string) => /\p{Lu}/u.test(x) && !/\p{Ll}/u.test(x) && !written.includes(x);
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

/** The title mentions of a title read in capitals (rule mentions/title-without-capitals-read-in-capitals), as written. */
export function titleAsWritten(result: ExtractionResult, read: string, written: string): void {
  for (const e of result.entities)
    for (const m of e.titleMentions ?? [])
      if (m.text === read.slice(m.start, m.end)) m.text = written.slice(m.start, m.end);
}
