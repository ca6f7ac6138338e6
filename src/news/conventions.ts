// The conventions of news writing that every layer meets: datelines ("PARIS, Jan 8 (Reuters) -"), bylines
// ("By Jane Doe, Security Correspondent"), outlet and agency credits, "Reporting by" lines and copyright lines.
// One module, read by sources (what a plain-text file says about itself), extract (outlets and bylines are not
// entities; the dateline's place and date) and dedup (boilerplate is not content; who credits whom).
//
// The dateline patterns below are still the several variants each caller was measured with (they differ in
// what they accept: a dated dateline, an outlet in brackets, a mixed-case place); unifying them is a behaviour
// change to measure on the dev sets, and is the next step for this module. Word lists come from
// data/lexicons/news.json through the loaded resources (`WordLists`).
import type { WordLists } from '../extract/word-lists.js';
import { escapeRegExp, eachMatch } from '../reg-exp.js';
import { parseDayFirstSlashed, parsePublished } from '../sources/dates.js';

export interface CharRange {
  start: number;
  end: number;
}

// ---- datelines -------------------------------------------------------------------------------------------

/** "Jan", "JAN", "Sept.", "January": a month as a dateline writes it (news.datelineMonths, capitalised or in capitals). */
function datelineMonth(words: WordLists): string {
  const abbreviations = words.list('news.datelineMonths');
  const capitalised = abbreviations.map((m) => m.charAt(0).toUpperCase() + m.slice(1));
  const upper = abbreviations.map((m) => m.toUpperCase());
  return `(?:${[...capitalised, ...upper].map(escapeRegExp).join('|')})(?:[a-z]*|[A-Z]*)\\.?`;
}

/**
 * "PARIS, Jan 8 (Reuters) -", "MANCHESTER, England (Northline Wire) -", "LONDON —", and wire-service style
 * "SAN SALVADOR, 3 JAN 90 -- ", "LIMA (PERU), 12 JAN 90 (EFE) -- " (a country in brackets, a two-digit year), and a
 * dated one in mixed case, "San Salvador, 3 Jan 90 -- ":
 * place, optional date and credit (extract/dates.ts).
 */
export function datedDateline(words: WordLists): RegExp {
  return words.memo('news.datedDateline', () => {
    const month = datelineMonth(words);
    const date = `${month} \\d{1,2}(?:,? (?:\\d{4}|\\d{2}))?|\\d{1,2} ${month}(?: (?:\\d{4}|\\d{2}))?`;
    // a place in capitals, or one written in mixed case when a date and a dash follow it ("San Salvador, 5 Mar 90 --"):
    // without the date, a capitalised word and a comma open many a sentence
    const mixedCasePlace = `\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,3}(?=,\\s*(?:${date})\\s*(?:\\([^)\\n]{2,40}\\))?\\s*[-–—]{1,2}\\s)`;
    return new RegExp(
      `^((?:[A-Z][A-Z.'’ -]{1,40}[A-Z](?:\\s*\\([A-Z][A-Za-z.'’ -]{1,30}\\))?(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30}?)?)|${mixedCasePlace})` +
        `(?:,\\s*(${date}))?` +
        `\\s*(?:\\([^)\\n]{2,40}\\))?\\s*(?:[-–—]{1,2}|:)\\s`,
      'u',
    );
  });
}

/**
 * A dateline on a line of its own, its date closing the line: "MONTE CARLO 1996-08-30", "BOGOTA, Colombia 1996-08-30",
 * "LIMA, Peru Aug 31" (the wire archives' form: no dash, the story starts on the next line). Group 1: the place (at
 * most four words in capitals, with its region), group 2: the date, as a day in ISO form or as a dateline writes it.
 * A month only capitalised: in a text written all in capitals a line of words closing with "ON 3 JAN" is a sentence.
 */
export function dateLineDateline(words: WordLists): RegExp {
  return words.memo('news.dateLineDateline', () => {
    const month = `(?:${words
      .list('news.datelineMonths')
      .map((m) => escapeRegExp(m.charAt(0).toUpperCase() + m.slice(1)))
      .join('|')})[a-z]*\\.?`;
    // "MONTE", "N'DJAMENA", "AL-RAM", "ST."
    const word = String.raw`\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?`;
    // (rule dateline/spaced-comma) text rebuilt from tokens writes "LIMA , Peru 1996-08-21": a space may stand before
    // the comma that sets off the country or state
    return new RegExp(
      `^(${word}(?:[ \\t]+${word}){0,3}(?:[ \\t]*,[ \\t]*\\p{Lu}[\\p{L}.'’ -]{0,29}?)?)[ \\t]+` +
        `(\\d{4}-\\d{2}-\\d{2}|${month} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${month}(?: \\d{4})?)[ \\t]*(?=\\n|$)`,
      'u',
    );
  });
}

/** A dateline opening a plain-text article: "PLACE, date (Outlet) - " (group 1: the outlet) (sources/text-formats.ts). */
export const DATELINE_WITH_SOURCE = /^[A-Z][\p{L}\p{N} .,'’-]{1,80}?\(([^()]{2,80})\)\s*[-–—]\s/u;

export interface CharRange {
  start: number;
  end: number;
}

// "MANCHESTER, England (Northline Wire) -", "LONDON, 26 February 2014 (Wire) -", "MADRID (SPAIN), 26 JAN 89 (EFE) --": a
// place in capitals (optionally its country in brackets, and ", Region" or ", date"), the outlet in brackets, a dash
const OUTLET_DATELINE =
  /^[ \t*_]*(\p{Lu}{2,}[\p{Lu}.'’ -]*?)[ \t]*(?:\([ \t]*\p{Lu}[\p{L}.'’ ]{1,30}\)[ \t]*(?=,))?(?:,[ \t]*[\p{L}\p{N}][\p{L}\p{N}.'’ -]{0,30})?[ \t]*\(([^()\n]{2,80})\)[ \t]*[-–—:]/gmu;

/** An outlet's name without a leading "The" and without notes after a comma ("Wire, from wire reports"). */
function outletName(raw: string): string | null {
  const name = raw
    .split(/[,;(]|\s[-–—]\s/)[0]!
    .trim()
    .replace(/^the\s+/i, '');
  return /^\p{Lu}/u.test(name) && /\p{L}{2}/u.test(name) && name.split(/\s+/).length <= 6 && !/\d/.test(name)
    ? name
    : null;
}

export interface Dateline {
  place: CharRange;
  outlet: string;
}

/** Datelines at the start of a line: where the place is written, and the outlet named in brackets. */
export function datelines(text: string): Dateline[] {
  const out: Dateline[] = [];
  OUTLET_DATELINE.lastIndex = 0;
  for (let m = OUTLET_DATELINE.exec(text); m; m = OUTLET_DATELINE.exec(text)) {
    const name = outletName(m[2]!);
    if (!name) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ place: { start, end: start + m[1]!.length }, outlet: name });
  }
  return out;
}

/** Names of the outlet: the article's source and the bracketed names after datelines. */
export function outletNames(text: string, source?: string): string[] {
  const names = new Set<string>();
  const src = source && source.length <= 120 ? outletName(source) : null;
  if (src) names.add(src);
  for (const d of datelines(text)) names.add(d.outlet);
  return [...names];
}

/** Every place the outlet is named in the text (whole words, any case but never all lower case), longest names first. */
export function outletOccurrences(text: string, source?: string): CharRange[] {
  const out: CharRange[] = [];
  const names = outletNames(text, source).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of eachMatch(re, text)) {
      const r = { start: m.index, end: m.index + m[0].length };
      if (!/\p{Lu}/u.test(m[0]) || out.some((o) => o.start < r.end && r.start < o.end)) continue;
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const BYLINE = new RegExp(
  String.raw`^[ \t*_]*By[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3})(?:[ \t]*(?:,|and|&)[ \t]*[^\n]{0,80})?[ \t*_]*$`,
  'u',
);

/** The byline ("By Jane Doe, Security Correspondent") among the first lines of the text, if any. */
export function bylineRange(words: WordLists, text: string): CharRange | null {
  const notNames = words.set('news.bylineNotNames');
  let pos = 0,
    seen = 0;
  while (pos < text.length && seen < 4) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim()) {
      seen++;
      // "By our Europe staff": a staff byline names no author, and its words ("Europe") are no mention either
      const staff = line.trim().length <= 120 && staffByline(words).test(line.trim());
      if (staff) return { start: pos, end };
      const m = BYLINE.exec(line);
      if (
        m &&
        !m[1]!.split(/\s+/).some((w) => notNames.has(w.toLowerCase())) &&
        !/[.!?]["”]?\s*$/.test(line.replace(/\b\p{Lu}\.\s*$/u, ''))
      )
        return { start: pos, end };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}

// ---- bylines, credits, copyright -------------------------------------------------------------------------

/** "Reporting by …", "Additional reporting by …": a credit line (news.creditLineVerbs). */
export function creditLine(words: WordLists): RegExp {
  return words.memo(
    'news.creditLine',
    () => new RegExp(`^(?:additional\\s+)?${words.alt('news.creditLineVerbs')}\\s+by\\b`, 'i'),
  );
}
/** "Reuters and dpa contributed reporting.": a closing credit naming who helped (news.contributedCredits). */
function contributedLine(words: WordLists): RegExp {
  return words.memo(
    'news.contributedLine',
    () => new RegExp(`\\b${words.alt('news.contributedCredits')}\\s*[.)]?\\s*$`, 'i'),
  );
}

/**
 * Credit lines of the story, each a short paragraph of its own ("Additional reporting by Agence France-Presse.",
 * "(Reporting by Jane Doe; editing by Tom Smith)", "Reuters and dpa contributed reporting."): boilerplate whose names
 * are credits of the article, never entities of it.
 */
export function creditLineRanges(words: WordLists, text: string): CharRange[] {
  const out: CharRange[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text
      .slice(pos, end)
      .trim()
      .replace(/^[([]\s*/, '');
    if (
      line &&
      line.length <= 200 &&
      line.split(/\s+/).length <= 30 &&
      (creditLine(words).test(line) || (!/[.!?]\s+\p{Lu}/u.test(line) && contributedLine(words).test(line)))
    )
      out.push({ start: pos, end });
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}
export const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)|all rights reserved/i;

/** "By Jane Smith", "By Jane Smith and Omar Said, Security Correspondent" — a byline, not "By the time police…". */
const BYLINE_START = /^[Bb][Yy]\s+\p{Lu}/u;
/** "By our Europe staff", "By a staff reporter" (news.staffBylineNouns) */
function staffByline(words: WordLists): RegExp {
  return words.memo(
    'news.staffByline',
    () =>
      new RegExp(`^by\\s+(?:our|the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${words.alt('news.staffBylineNouns')}\\b`, 'iu'),
  );
}
/**
 * Outlet datelines opening a paragraph: "PARIS (Northline Wire) -", "LONDON, March 3 (Reuters) —",
 * "NEW YORK -", "Paris (Northline Wire) –". Only the prefix is removed; the sentence after it stays.
 */
const PARAGRAPH_DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:,\s*[\p{L}\p{N} .]{1,30})?\s*(?:\([^)\n]{1,60}\))?|\p{Lu}[\p{L}\p{M}.'’ -]{1,40}(?:,\s*[\p{L}\p{N} .]{1,30})?\s*\([^)\n]{1,60}\)|\([^)\n]{1,60}\))\s*[-–—]{1,2}\s+/u;

const DASH_NEAR_START = /[-–—]/;

export function isBylineLine(words: WordLists, line: string): boolean {
  if (line.length <= 120 && staffByline(words).test(line)) return true;
  if (!BYLINE_START.test(line)) return false;
  const lineWords = line.split(/[\s,;|]+/).filter(Boolean);
  if (lineWords.length > 14) return false;
  if (/[.!?]$/.test(line) && lineWords.length > 6) return false;
  const filler = words.set('news.bylineFillerWords');
  let lower = 0;
  for (const w of lineWords) {
    if (filler.has(w.toLowerCase())) continue;
    const first = w.charAt(0);
    if (first !== first.toUpperCase()) lower++;
  }
  return lower <= 1;
}

/** A line without the outlet dateline that opens it, if any ("PARIS (Northline Wire) - Police said" → "Police said"). */
export function stripDateline(line: string): string {
  // the dateline regex backtracks; only lines with a dash near the start can have one
  return DASH_NEAR_START.test(line.slice(0, 110)) ? line.replace(PARAGRAPH_DATELINE, '') : line;
}

/** "Read more", "Related stories:", "Sign up …": a line of page furniture (news.callToActionLines). */
export function callToActionLine(words: WordLists): RegExp {
  return words.memo('news.callToActionLine', () => new RegExp(`^${words.alt('news.callToActionLines')}`, 'i'));
}

// ---- agency credits (dedup/direction.ts: which of two copies came first) --------------------------------

/** "CITY[, Country] (Credit) - ": the credit in brackets of a dateline opening the text. */
const DATELINE_CREDIT = /^\s*[A-Z][\p{L}\p{N} .,'’-]{1,80}?\(([^()]{2,80})\)\s*[-–—]/u;
/** a byline before the dateline: "By Anna Keller\n" */
const LEADING_BYLINE = /^\s*By [^\n]{1,100}\n/;
/** a credit that says the piece was put together from agency copy: "from wire reports", "with agencies" */
function fromWires(words: WordLists): RegExp {
  return words.memo(
    'news.fromWires',
    () =>
      new RegExp(`\\b(?:from|with)\\s+${words.alt('news.wireCreditNouns')}\\b|\\bwire reports\\b|\\bagencies\\b`, 'i'),
  );
}
/** an outlet that is a wire service or news agency (news.wireOutlets); "AP" only as the whole name */
function wireOutlet(words: WordLists): RegExp {
  return words.memo('news.wireOutlet', () => new RegExp(`\\b${words.alt('news.wireOutlets')}\\b|^ap$`, 'i'));
}
/** the name is a wire service's or news agency's ("Wire", "Northline Wire", "Reuters"; news.wireOutlets) */
export function isWireOutlet(words: WordLists, name: string): boolean {
  return wireOutlet(words).test(name.trim());
}
/** a closing credit line: "(Reporting by …)", "(Reuters)", "© AFP 2016" (news.closingCreditAgencies) */
function closingCredit(words: WordLists): RegExp {
  return words.memo('news.closingCredit', () => {
    const agency = words.alt('news.closingCreditAgencies');
    return new RegExp(`(?:\\(\\s*reporting by\\b|\\(\\s*${agency}\\s*\\)|©\\s*${agency})`, 'i');
  });
}

function outletKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 3: credits itself in its dateline, or is a wire outlet; 2: credits an agency; 1: a closing credit; 0: none. */
export function agencyCredit(words: WordLists, text: string, source?: string | null): number {
  const credit = DATELINE_CREDIT.exec(text.replace(LEADING_BYLINE, ''))?.[1]?.trim();
  if (credit && fromWires(words).test(credit)) return 0;
  if (credit && source && outletKey(credit.split(/[,;]/)[0]!) === outletKey(source)) return 3;
  if (source && wireOutlet(words).test(source.trim())) return 3;
  if (credit) return 2;
  return closingCredit(words).test(text.slice(-400)) ? 1 : 0;
}

// ---- what an article says about itself (extract: ExtractionResult.article) --------------------------------

/**
 * "BOSTON —", "WATERTOWN, Mass. —", "PARIS (Reuters) -", "SAN JOSE (COSTA RICA), 2 JUN 89 (ACAN-EFE) --": the place in
 * capitals opening a line before a dash, with its country in brackets in wire-service style.
 */
const OPENING_DATELINE =
  /^[ \t*_]*(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*)(?:\s*\(\p{Lu}[^)\n]{1,40}\))?(?:,[^()\n—–]{1,40}?)?\s*(?:\([^)\n]{1,80}\))?\s*(?:[—–]|\s-{1,2}\s)/mu;

/** The article's outlet (its source, else its dateline's bracketed name), other credited outlets, and its dateline place. */
export function articleFacts(
  words: WordLists,
  text: string,
  source?: string,
): { outlet: string | null; credits: string[]; dateline: string | null } {
  const own = source && source.length <= 120 ? outletName(source) : null;
  const credited = datelines(text).map((d) => d.outlet);
  const outlet = own ?? credited[0] ?? null;
  const credits = [...new Set(credited.filter((c) => c !== outlet))];
  // "(Crossroads Dispatch, from wire reports)": the piece credits the wires
  const fromWires = words.memo(
    'news.fromWiresCredit',
    () => new RegExp(`\\((?:[^()\\n]*,\\s*)?(?:from|with)\\s+${words.alt('news.wireCreditNouns')}\\b[^()\\n]*\\)`, 'i'),
  );
  if (fromWires.test(text.slice(0, 400))) credits.push('wire reports');
  const d = OPENING_DATELINE.exec(text.slice(0, 600));
  return { outlet, credits, dateline: d ? d[1]! : null };
}

/** Where the opening dateline is (its place and region, up to the dash), if the text opens a line with one within its first lines. */
export function openingDateline(text: string): CharRange | null {
  const head = text.slice(0, 600);
  const d = OPENING_DATELINE.exec(head);
  if (!d) return null;
  return { start: d.index, end: d.index + d[0].length };
}

// ---- date stamps -------------------------------------------------------------------------------------------

/**
 * Rule news/date-stamp-line: a line of its own near the top that labels a date ("Date: 21/02/2025", "Published: 14
 * March 2024", "Updated 14 March 2024 10:05 GMT"; labels news.postingStampWords and news.dateHeaderLabels) tells when
 * the piece was issued, as a press release or a live page prints it: its day in ISO form, or null. Slashed dates are
 * read day first (the form of press offices outside the United States) unless the day could only be the second number.
 */
export function dateStampLine(words: WordLists): RegExp {
  return words.memo(
    'news.dateStampLine',
    () =>
      new RegExp(
        `^[ \\t*_]*(?:${words.alt('news.dateHeaderLabels')}|${words.alt('news.postingStampWords')})[ \\t*_]*(?::|on)?[ \\t]*([^\\n]{6,60}?)[ \\t]*$`,
        'imu',
      ),
  );
}

export function stampedDate(words: WordLists, text: string, lines = 6): string | null {
  const head = text.split('\n', lines).join('\n');
  const m = dateStampLine(words).exec(head);
  if (!m) return null;
  return parseDayFirstSlashed(m[1]!) ?? parsePublished(m[1]!);
}
