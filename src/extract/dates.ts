// Dates of incidents: chrono-node over sentence text, anchored to the publication date or the dateline,
// keeping only day-precise dates that are not after the anchor. Without an anchor only fully written
// dates count, so the same input always gives the same dates.
// the English parser alone: the package's main entry loads its sixteen locales, a fifth of `kg extract`'s start-up
import * as chronoEn from 'chrono-node/en';
import { dateLineDateline, datedDateline, stampedDate } from '../news/conventions.js';
import type { Doc } from './document.js';
import type { WordLists } from './word-lists.js';
import { eachMatch } from '../reg-exp.js';
import { asciiFoldedRegExp } from '../case-folded-reg-exp.js';

// chrono-node's English parsers read an ASCII text with their patterns lowered, without the i flag, where that matches
// alike (asciiFoldedRegExp): two of its patterns took V8 about 50 ms each to compile with the flag, in every process
for (const parser of chronoEn.casual.parsers) {
  const own = parser.pattern.bind(parser);
  const folded = new WeakMap<RegExp, RegExp>();
  parser.pattern = (context) => {
    const re = own(context);
    let f = folded.get(re);
    if (!f) folded.set(re, (f = asciiFoldedRegExp(re)));
    return f;
  };
}

export interface Dateline {
  start: number;
  end: number;
  /** the place part, e.g. "MANCHESTER, England" */
  placeStart: number;
  placeEnd: number;
  /** ISO date when the dateline gives one that can be resolved */
  date: string | null;
}

export type DatePrecision = 'day' | 'month' | 'year';

const DAY_MS = 86_400_000;

/** The precision of an ISO date or period: "2015-05-03" a day, "2015-05" a month, "2015" a year; null if neither. */
export function precisionOf(iso: string): DatePrecision | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}$/.test(iso)) return 'year';
  return null;
}

/** dayRange of the strings seen (incident clustering asks for the same few dates for millions of pairs) */
const dayRanges = new Map<string, readonly [number, number] | null>();
const DAY_RANGE_CACHE = 50_000;

/** The first and last day an ISO date or period may mean, as day numbers since 1970-01-01. */
export function dayRange(iso: string): readonly [number, number] | null {
  let r = dayRanges.get(iso);
  if (r === undefined) {
    if (dayRanges.size >= DAY_RANGE_CACHE) dayRanges.clear();
    r = computeDayRange(iso);
    dayRanges.set(iso, r);
  }
  return r;
}

function computeDayRange(iso: string): readonly [number, number] | null {
  const p = precisionOf(iso);
  if (!p) return null;
  const y = +iso.slice(0, 4);
  if (p === 'day') {
    const d = Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
    return Number.isFinite(d) ? [d, d] : null;
  }
  if (p === 'month') {
    const m = +iso.slice(5, 7);
    return [Date.UTC(y, m - 1, 1) / DAY_MS, Date.UTC(y, m, 0) / DAY_MS];
  }
  return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y, 11, 31) / DAY_MS];
}

/** The last day an ISO date or period may mean, as an ISO day ("2015-02" → "2015-02-28"). */
export function lastDayOf(iso: string): string | null {
  const range = dayRange(iso);
  return range ? new Date(range[1] * DAY_MS).toISOString().slice(0, 10) : null;
}

export interface DateSpan {
  start: number;
  end: number;
  /** "2015-05-03" for a day, "2015-05" for a month, "2015" for a year */
  iso: string;
  precision: DatePrecision;
  /** the expression writes its year ("3 May 2015"): it can date a past event; "on Friday" only the article's days */
  explicitYear: boolean;
  /** a fully written date after the publication date: a contradiction to flag, never a fact to store */
  afterAnchor?: boolean;
  /** a day the text implies without writing it ("overnight", "earlier today"): a day written out for the same event
   *  says it better (rule dates/written-day-first) */
  unwritten?: boolean;
  /** a month or year counted back from the article's day ("six weeks ago", "a year ago": rule
   *  dates/counted-back-from-today), loose enough that it should decide no join */
  countedBack?: true;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Easter Sunday (Gregorian) of a year: the anonymous algorithm (Meeus/Jones/Butcher) */
export function easterSunday(year: number): Date {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100;
  const d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** how far back a feast named without a year is read as the article's own days, as a weekday is */
const EASTER_REACH_DAYS = 14;
const EASTER = /(?<![\p{L}])Easter\s+(?:Sunday|Day)(?![\p{L}])/giu;

/**
 * "the Easter Sunday bombings" in a report of the days after: the movable feast chrono-node does not resolve, read
 * like a weekday (the last one on or before the anchor) and kept only within EASTER_REACH_DAYS of it; an older
 * Easter without its year dates nothing.
 */
function easterIn(text: string, offset: number, anchor: Date): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of eachMatch(EASTER, text)) {
    const e = easterSunday(anchor.getUTCFullYear());
    const back = (anchor.getTime() - e.getTime()) / DAY;
    if (back < -0.5 || back > EASTER_REACH_DAYS) continue;
    out.push(dayOfAnchor(offset + m.index, m[0].length, e));
  }
  return out;
}

/** a day the text does not write out (a feast, "overnight", "this morning"): read from the anchor, year unwritten */
function dayOfAnchor(start: number, length: number, day: Date): DateSpan {
  return { start, end: start + length, iso: iso(day), precision: 'day', explicitYear: false };
}

/** "in 2015", "during 1989": a year alone, not part of a fuller date ("May 2015", "2015-05") */
const YEAR_ONLY = /(?<![\p{L}\p{N}])(?:in|during)\s+((?:19|20)\d\d)(?![\p{N}\-/]|\s*[-–]\s*\d)/giu;

/** "3 JAN 90", "Jan 8, 2015", "8 January": day, month and year (a two-digit year is 19xx from 50, else 20xx) */
export function parseDatelineDate(words: WordLists, s: string, anchor: Date | null): string | null {
  // "1996-08-30": the wire archives' day, written in full
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (isoDay) {
    const d = new Date(Date.UTC(+isoDay[1]!, +isoDay[2]! - 1, +isoDay[3]!, 12));
    return d.getUTCDate() === +isoDay[3]! && d.getUTCMonth() === +isoDay[2]! - 1 ? iso(d) : null;
  }
  const m = /^(?:(\d{1,2}) ([A-Za-z]+)\.?|([A-Za-z]+)\.? (\d{1,2}),?)(?: (\d{4}|\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = words
    .list('news.months')
    .map((name) => name.slice(0, 3))
    .indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase());
  if (month < 0 || day < 1 || day > 31) return null;
  let year: number;
  if (m[5]) year = m[5].length === 4 ? Number(m[5]) : (Number(m[5]) >= 50 ? 1900 : 2000) + Number(m[5]);
  else if (anchor) {
    // no year: the latest such day on or before the publication
    year = anchor.getUTCFullYear();
    if (Date.UTC(year, month, day) > anchor.getTime() + DAY) year--;
  } else return null;
  const d = new Date(Date.UTC(year, month, day, 12));
  return d.getUTCMonth() === month ? iso(d) : null;
}

export function findDateline(words: WordLists, text: string, anchor: Date | null): Dateline | null {
  // "PLACE date" alone on its line, the story on the next (the wire archives' form), wins over a dash in a line
  // before it: there that line is a desk slug and headline ("SOCCER - CLUB WINS CUP"), not where the story was filed
  return (
    firstLineMatch(text, (line) => dateLineDateline(words).exec(line), words, anchor) ??
    // "PLACE, date (Outlet) - story"
    firstLineMatch(text, (line, pos) => datedDateline(words).exec(text.slice(pos, pos + 160)), words, anchor)
  );
}

/** the first of the text's first four lines where `match` finds a dateline (group 1 its place, group 2 its date) */
function firstLineMatch(
  text: string,
  match: (line: string, pos: number) => RegExpExecArray | null,
  words: WordLists,
  anchor: Date | null,
): Dateline | null {
  let pos = 0;
  for (let i = 0; i < 4 && pos < text.length; i++) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    const nl = text.indexOf('\n', pos);
    const m = match(text.slice(pos, nl < 0 ? text.length : nl), pos);
    if (m) {
      const date = m[2] ? parseDatelineDate(words, m[2], anchor) : null;
      return { start: pos, end: pos + m[0].trimEnd().length, placeStart: pos, placeEnd: pos + m[1]!.length, date };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}

export function parseAnchor(published: string | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The reference date for relative expressions: publication date, else a fully written dateline date. */
export function articleAnchor(doc: Doc): { anchor: Date | null; dateline: Dateline | null } {
  const published = parseAnchor(doc.input.published);
  const dateline = findDateline(doc.res.words, doc.text, published);
  // (rule news/date-stamp-line) a press release's "Date: 21/02/2025" line, where neither the source nor a dateline dates it
  const stamped = published || dateline?.date ? null : stampedDate(doc.res.words, doc.text);
  return { anchor: published ?? parseAnchor(dateline?.date ?? stamped ?? undefined), dateline };
}

/**
 * The words before a weekday that make the capitalised word before it a place, not the first word of a named day
 * ("Bloody Sunday"): a locative before a name ("in Apopka Saturday"), or "on" before a name of two or more words
 * ("on Division Street Thursday"; "on Good Friday" stays a name).
 */
function placeBeforeWeekday(words: WordLists): RegExp {
  return words.memo('dates.placeBeforeWeekday', () => {
    const name = String.raw`\p{Lu}[\p{L}.'’-]*`;
    return new RegExp(
      String.raw`(?<![\p{L}])(?:${words.alt('incident-cues.strictLocatives')}\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}${name}(?:\s+${name}){0,3}|on\s+(?:the\s+)?${name}(?:\s+${name}){1,3}),?\s+$`,
      'u',
    );
  });
}

/** "Jan", "sept", "DEC": a month abbreviation (news.datelineMonths), at a word start, any case (no word end: "January") */
export function monthAbbreviation(words: WordLists): string {
  return String.raw`(?<![\p{L}])${words.alt('news.datelineMonths')}`;
}

interface CalendarWords {
  /** a quick test: the text may hold a date at all, by its words ("Friday", "yesterday")… */
  dayCue: RegExp;
  /** …or by a month's name (monthCueRe)… */
  monthCue: RegExp;
  /** …or, with a digit, by the shape of a date or a count of days (digitDayCueRe) */
  digitDayCue: RegExp;
  /** a month named in chrono's text ("in March 2019") */
  month: RegExp;
  /** chrono's text names a day: a number, a weekday, "yesterday", "this morning" */
  namesDay: RegExp;
  /** "this morning": the day of publication */
  thisPartOfDay: RegExp;
  /** "night of ", "morning of " before a day ("the night of Dec. 7"): blanked before chrono reads the text */
  partOfDayOf: RegExp;
  /** "hours", "minutes": a span short enough to end on the day of publication ("in the last 24 hours") */
  recentSpan: RegExp;
  /** at the end of chrono's text, "before", "after": a span measured from another event ("hours before the vote") */
  fromAnotherEvent: RegExp;
  /** chrono's text is a count of days, weeks, months or years back from today ("six weeks ago"): the unit's group */
  countedBack: RegExp;
  /** a unit of weeks, months or years and then "ago" anywhere in a sentence: a cue of rule dates/counted-back-from-today */
  countedBackCue: RegExp;
  /** chrono's text opens with an exact count of days ("3 days", "three days", "a day"), not "a few days" */
  exactCount: RegExp;
}

/** Rule dates/counted-back-from-today: the unit of a count chrono read back from the article's day, or null. */
function countedBack(cal: CalendarWords, text: string): 'day' | 'month' | 'year' | null {
  const m = cal.countedBack.exec(text.trim());
  if (!m) return null;
  return m[1] !== undefined ? 'day' : m[4] !== undefined ? 'year' : 'month';
}

/**
 * The quick test before chrono-node reads a sentence (readDates): whether the sentence holds a cue of a date readDates
 * could keep. Every date it keeps has in chrono's text a month, a weekday, a relative day, a part of the day, a unit of
 * a recent span (the word cues) or a digit; a digit alone (a score "3-1", "25 points") makes no date, so with a digit
 * and no word cue it takes one of the shapes chrono reads a day from: a slashed or dashed date ("5/12", "12-05-2019",
 * "2019-05-12"), a count of units ("3 days ago", "in 10 m", "next 2 weeks"), readDates' own "in 1998", or a day chrono
 * reads without a digit ("Sat", "now", "a few d ago": news.chronoDayWords, news.chronoUnitLeads before
 * news.chronoTimeUnits) joined to a number ("Sat 5 pm", "now to 5 pm"). The lookbehinds are chrono's word boundary
 * (ASCII \W) or the words its patterns allow right before without a space ("lastweek"), so the test is never stricter
 * than chrono is.
 */
function digitDayCueRe(words: WordLists): RegExp {
  const boundary = String.raw`(?<![A-Za-z0-9_]|${words.alt('news.chronoGluedPrefixes')})`;
  const leads = words.alt('news.chronoUnitLeads');
  const unit = String.raw`${words.alt('news.chronoTimeUnits')}(?:(?![A-Za-z_])|(?=${words.alt('news.chronoSpanEnds')}|${leads}))`;
  const count = String.raw`(?:\d|${boundary}${leads})\s*${unit}`;
  const shapes = String.raw`\d\/\d|\d[.\-]\d{1,2}[\/.\-]\d\d|\d{4}[\-.\/\s]\d{1,2}[\-.\/\s]\d|(?<![\p{L}\p{N}])(?:in|during)\s+(?:19|20)\d\d`;
  return new RegExp(String.raw`${shapes}|${count}|${boundary}${words.alt('news.chronoDayWords')}`, 'iu');
}

/**
 * A month's name as a cue of a date (readDates' quick test): the name or its abbreviation ("March", "Mar", "Sept")
 * before a character that is not a letter (chrono-node's boundary, a digit: "Jan2019", "Mar5") or before a word
 * chrono-node reads glued to it (news.chronoMonthFollowers: "Marchfirst"), so that "market", "decided" or "separate"
 * send no sentence to chrono-node. Matched without the i flag, its letters in either ASCII case as chrono-node's
 * patterns match them: with the flag, the class of letters would also hold the long s and the Kelvin sign, which
 * chrono-node takes for a boundary.
 */
function monthCueRe(words: WordLists): RegExp {
  const eitherCase = (source: string) => source.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
  const names = eitherCase(`(?:${words.alt('news.months')}|${words.alt('news.datelineMonths')})`);
  return new RegExp(
    String.raw`(?<![\p{L}])${names}(?:(?![A-Za-z_])|${eitherCase(words.alt('news.chronoMonthFollowers'))})`,
    'u',
  );
}

/**
 * readDates' quick test: whether chrono-node may read in `text` a date readDates could keep (a word cue, a month's
 * name, or a digit in one of the shapes of digitDayCueRe); false says it reads none.
 */
export function mayHoldDate(text: string, words: WordLists): boolean {
  const cal = calendarWords(words);
  return (
    cal.dayCue.test(text) ||
    cal.monthCue.test(text) ||
    (/\d/.test(text) && cal.digitDayCue.test(text)) ||
    cal.countedBackCue.test(text)
  );
}

function calendarWords(words: WordLists): CalendarWords {
  return words.memo('dates.calendarWords', () => {
    const month = monthAbbreviation(words);
    const relative = words.alt('news.relativeDayWords');
    const parts = words.alt('news.partsOfDay');
    const weekdays = words.alt('mentions.weekdays');
    const published = words.alt('news.publicationDayWords');
    return {
      // every weekday and "today", "yesterday" hold "day"; a unit of a recent span counts as a word ("hr" in "three"
      // names no span: chrono reads it between its word boundaries)
      dayCue: new RegExp(
        String.raw`day|${relative}|${parts}|${published}|(?<![A-Za-z])${words.alt('news.recentSpanUnits')}(?![A-Za-z])`,
        'iu',
      ),
      monthCue: monthCueRe(words),
      digitDayCue: digitDayCueRe(words),
      month: new RegExp(month, 'iu'),
      namesDay: new RegExp(String.raw`\d|(?<![\p{L}])(?:${weekdays}|${relative}|this\s+${parts})(?![\p{L}])`, 'iu'),
      thisPartOfDay: new RegExp(String.raw`^this\s+${parts}$`, 'iu'),
      partOfDayOf: new RegExp(String.raw`(?<![\p{L}])(?:${parts})\s+of\s+(?=\p{Lu}|\d)`, 'giu'),
      recentSpan: new RegExp(String.raw`(?<![\p{L}])${words.alt('news.recentSpanUnits')}(?![\p{L}])`, 'iu'),
      fromAnotherEvent: new RegExp(
        String.raw`(?<![\p{L}])(?:${words.alt('news.dayOffsetAfterEvent')}|${words.alt('news.dayOffsetBeforeEvent')})\s*$`,
        'iu',
      ),
      countedBack: new RegExp(
        String.raw`^\S+(?:\s+\S+){0,2}\s+(?:(${words.alt('news.dayOffsetUnits')})|(${words.alt('news.weekOffsetUnits')})|(${words.alt('news.monthOffsetUnits')})|(${words.alt('news.yearOffsetUnits')}))\s+${words.alt('news.countedBackFromToday')}$`,
        'iu',
      ),
      exactCount: new RegExp(
        String.raw`^(?:\d+|${words.alt('news.exactCountWords')})\s+${words.alt('news.dayOffsetUnits')}(?![\p{L}])`,
        'iu',
      ),
      countedBackCue: new RegExp(
        String.raw`(?<![A-Za-z])(?:${words.alt('news.weekOffsetUnits')}|${words.alt('news.monthOffsetUnits')}|${words.alt('news.yearOffsetUnits')})\s+${words.alt('news.countedBackFromToday')}(?![A-Za-z])`,
        'iu',
      ),
    };
  });
}

/**
 * Day-precise dates in `text` (offsets shifted by `offset`). With no anchor, only dates that give
 * day, month and year count; with one, weekdays and "yesterday" resolve against it, and dates after it are dropped.
 */
/**
 * "That night", "later that day": words that name the day a sentence before has given (rule dates/that-day). The
 * spans are returned with no day: the caller knows the sentences before.
 */
export function sameDayRefsIn(text: string, offset: number, words: WordLists): { start: number; end: number }[] {
  const re = words.memo(
    'news.sameDayAsBeforeRe',
    () => new RegExp(`(?<![\\p{L}\\p{N}])${words.alt('news.sameDayAsBefore')}(?![\\p{L}\\p{N}])`, 'giu'),
  );
  return [...eachMatch(re, text)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length }));
}

/**
 * A distance in days from another event (rule dates/days-from-another-event): "three days after a raid", "the day
 * before the attacks" (`from: 'phrase'`, the event is told in the words after the span) and "two days later",
 * "three days earlier" (`from: 'told-before'`, the event is the one told just before). `days` is signed: after or
 * later is positive, the dated event then lies `days` before the one this sentence tells. With `which: 'moments'`,
 * only the words that put an event at the moment of the one told just before ("at almost the same moment", "minutes
 * later": news.sameMomentAsBefore), a distance of no days from it.
 */
export interface DayOffset {
  start: number;
  end: number;
  days: number;
  from: 'phrase' | 'told-before';
}

export function dayOffsetsIn(
  text: string,
  offset: number,
  words: WordLists,
  numbers: ReadonlyMap<string, number>,
  which: 'days' | 'moments' = 'days',
): DayOffset[] {
  const re = words.memo('dates.dayOffsetRe', () => {
    const counts = [...numbers.keys()].sort((a, b) => b.length - a.length).join('|');
    const cue = (name: Parameters<WordLists['alt']>[0]) => words.alt(name).replace(/^\(\?:/, '(');
    return new RegExp(
      String.raw`(?<![\p{L}\p{N}])(\d{1,2}|${counts}|${words.alt('news.dayOffsetOneWords')})\s+(${words.alt('news.dayOffsetUnits')})\s+(?:${cue('news.dayOffsetAfterEvent')}|${cue('news.dayOffsetBeforeEvent')}|${cue('news.dayOffsetLater')}|${cue('news.dayOffsetEarlier')})(?![\p{L}\p{N}])`,
      'giu',
    );
  });
  const out: DayOffset[] = [];
  if (which === 'moments') {
    // "At almost the same moment, police stormed the shop": no distance from the event told just before
    const same = words.memo(
      'dates.sameMomentRe',
      () => new RegExp(`(?<![\\p{L}\\p{N}])${words.alt('news.sameMomentAsBefore')}(?![\\p{L}\\p{N}])`, 'giu'),
    );
    for (const m of eachMatch(same, text))
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, days: 0, from: 'told-before' });
    return out;
  }
  for (const m of eachMatch(re, text)) {
    const count = m[1]!.toLowerCase();
    const n = /^\d+$/.test(count) ? Number(count) : (numbers.get(count) ?? 1);
    // "the days before the attack": a word that counts one needs the unit in the singular
    if (n < 1 || (n === 1 && /s$/i.test(m[2]!))) continue;
    const after = m[3] !== undefined || m[5] !== undefined;
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      days: after ? n : -n,
      from: m[3] !== undefined || m[4] !== undefined ? 'phrase' : 'told-before',
    });
  }
  return out;
}

/** "less than four weeks after", "two months after", "a year since": a distance longer than days before an event */
export interface LongOffset {
  start: number;
  end: number;
  count: number;
  unit: 'week' | 'month' | 'year';
}

/**
 * Rule dates/weeks-months-years-from-another-event (the finder): a count of weeks, months or years followed by a word
 * that puts the event told next that far back ("four weeks after a gunman killed", "a year since the attack").
 */
export function longOffsetsIn(
  text: string,
  offset: number,
  words: WordLists,
  numbers: ReadonlyMap<string, number>,
): LongOffset[] {
  const re = words.memo('dates.longOffsetRe', () => {
    const counts = [...numbers.keys()].sort((a, b) => b.length - a.length).join('|');
    const unit = (name: Parameters<WordLists['alt']>[0]) => words.alt(name).replace(/^\(\?:/, '(');
    return new RegExp(
      String.raw`(?<![\p{L}\p{N}])(\d{1,2}|${counts}|${words.alt('news.dayOffsetOneWords')})\s+(?:${unit('news.weekOffsetUnits')}|${unit('news.monthOffsetUnits')}|${unit('news.yearOffsetUnits')})\s+${words.alt('news.longOffsetAfterEvent')}(?![\p{L}\p{N}])`,
      'giu',
    );
  });
  const out: LongOffset[] = [];
  for (const m of eachMatch(re, text)) {
    const written = m[1]!.toLowerCase();
    const count = /^\d+$/.test(written) ? Number(written) : (numbers.get(written) ?? 1);
    const unit = m[2] !== undefined ? 'week' : m[3] !== undefined ? 'month' : 'year';
    // "the years since the war": a word that counts one needs the unit in the singular
    if (count < 1 || (count === 1 && /s$/i.test(m[2] ?? m[3] ?? m[4] ?? ''))) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, count, unit });
  }
  return out;
}

/**
 * The month (weeks, months) or year (years) that lies `o` before an ISO day: news writes these distances loosely
 * ("less than four weeks after"), so never a day.
 */
export function periodBefore(
  isoDay: string,
  o: Pick<LongOffset, 'count' | 'unit'>,
): { iso: string; precision: 'month' | 'year' } {
  const y = Number(isoDay.slice(0, 4));
  if (o.unit === 'year') return { iso: String(y - o.count), precision: 'year' };
  if (o.unit === 'week') return { iso: shiftDay(isoDay, -7 * o.count).slice(0, 7), precision: 'month' };
  const months = y * 12 + Number(isoDay.slice(5, 7)) - 1 - o.count;
  return { iso: `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`, precision: 'month' };
}

/** The ISO day `days` days after an ISO day (before, when negative). */
export function shiftDay(isoDay: string, days: number): string {
  return iso(new Date(Date.parse(`${isoDay}T12:00:00Z`) + days * DAY));
}

const SLASHED_PAIR = /^\d{1,2}\/\d{1,2}$/;
const WHOLE_NUMBER_BEFORE = /(?<![\p{L}\p{N}/.,])\d{1,3}[\s-]+$/u;
const MEASURE_AFTER =
  /^[\s-]*(?:of\s+an?\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|inch(?:es)?|feet|foot|pounds?|ounces?|gallons?|blocks?|acres?|percent|cups?|times?)\b/iu;

/**
 * Rule dates/fraction: "a 2 1/2 year old", "about 1/2 mile from the scene": a day and month written only as two
 * slashed numbers is a fraction where a whole number stands right before it (a mixed number) or a unit of measure
 * right after it; a date written with slashes carries its year or stands alone ("on 3/14").
 */
function isFraction(text: string, index: number, written: string): boolean {
  const t = written.trim();
  if (!SLASHED_PAIR.test(t)) return false;
  const start = index + written.indexOf(t);
  return (
    WHOLE_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
    MEASURE_AFTER.test(text.slice(start + t.length, start + t.length + 24))
  );
}

/**
 * Rule dates/date-in-a-name: "the 19 April Movement", "in the 14 July neighborhood", "a group calling itself the '9 May'
 * forces": a day and month right before a noun of news.dateNameHeads, or set alone in quotation marks, are a name a
 * movement or a quarter took from a day, and date nothing the article tells. A date with its year stays a date.
 */
function isDateInName(text: string, index: number, written: string, words: WordLists): boolean {
  const t = written.trim();
  if (/\d{4}/.test(t) || !/\d/.test(t)) return false;
  const start = index + written.indexOf(t);
  const end = start + t.length;
  const head = words.memo(
    'dates.dateNameHeadRe',
    () => new RegExp(`^\\s+${words.alt('news.dateNameHeads')}(?![\\p{L}\\p{N}])`, 'iu'),
  );
  if (head.test(text.slice(end, end + 30))) return true;
  return /["“‘']$/u.test(text.slice(Math.max(0, start - 1), start)) && /^["”’']/u.test(text.slice(end, end + 1));
}

/**
 * Rule dates/sic-marked: an editor's "[sic]" or a wire monitor's "[as received]" (news.sicMarks) right after a date says
 * the source wrote it so though it looks wrong ("the blast occurred on Thursday [as received]" in a report filed on a
 * Wednesday): the text itself doubts that day, so it dates nothing.
 */
function sicMarked(words: WordLists): RegExp {
  return words.memo('dates.sicMarkRe', () => new RegExp(`^\\s*\\[\\s*${words.alt('news.sicMarks')}\\s*\\]`, 'iu'));
}

/**
 * Rule dates/posting-stamp: "Posted: Monday, October 17, 2016 10:26 am", "Originally posted at 12:26 a.m. Oct. 16": a
 * date right after the words of a page's stamp (news.postingStampWords) is when the page was posted or updated, not
 * the day of anything it reports; pages that print the stamp inside the text would otherwise date their story by it.
 */
function postingStamp(words: WordLists): RegExp {
  return words.memo(
    'news.postingStampRe',
    () =>
      new RegExp(
        `(?:(?<![\\p{L}\\p{N}])(?:${words.alt('news.postingStampWords')})|(?<=^|\\n)[ \\t*_]*(?:${words.alt('news.dateHeaderLabels')}))\\s*(?::|on|at)?\\s*(?:\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\.?,?\\s*)?$`,
        'iu',
      ),
  );
}

export function datesIn(
  text: string,
  offset: number,
  anchor: Date | null,
  fallbackRef: Date | undefined,
  words: WordLists,
): DateSpan[] {
  // incident reading asks again for the dates of sentences it has read (those before a "that night"), and chrono's
  // parse is a tenth of extraction: the dates of the last few hundred sentences are kept (copies handed out)
  let seen = datesSeen.get(words);
  if (!seen) datesSeen.set(words, (seen = new Map()));
  const key = `${anchor?.getTime() ?? ''} ${fallbackRef?.getTime() ?? ''} ${offset} ${text}`;
  let found = seen.get(key);
  if (!found) {
    if (seen.size >= 512) seen.clear();
    seen.set(key, (found = readDates(text, offset, anchor, fallbackRef, words)));
  }
  return found.map((d) => ({ ...d }));
}
const datesSeen = new WeakMap<WordLists, Map<string, DateSpan[]>>();

function readDates(
  text: string,
  offset: number,
  anchor: Date | null,
  fallbackRef: Date | undefined,
  words: WordLists,
): DateSpan[] {
  const placeBefore = placeBeforeWeekday(words);
  const cal = calendarWords(words);
  if (!mayHoldDate(text, words)) return [];
  const ref = anchor ?? fallbackRef ?? new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateSpan[] = [];
  if (anchor) out.push(...easterIn(text, offset, anchor));
  for (const m of eachMatch(YEAR_ONLY, text)) {
    const y = Number(m[1]);
    if (anchor && y > anchor.getUTCFullYear()) continue;
    if (!anchor && !fallbackRef) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start: offset + start, end: offset + start + 4, iso: String(y), precision: 'year', explicitYear: true });
  }
  // "shot and killed overnight": the day of publication, which chrono does not read
  if (anchor) {
    const re = words.memo(
      'news.publicationDayWordsRe',
      () => new RegExp(`(?<![\\p{L}\\p{N}])${words.alt('news.publicationDayWords')}(?![\\p{L}\\p{N}])`, 'giu'),
    );
    for (const m of eachMatch(re, text))
      out.push({ ...dayOfAnchor(offset + m.index, m[0].length, anchor), unwritten: true });
  }
  // (rule dates/part-of-day-of) "the night of Dec. 7", "the morning of Saturday": chrono reads the part of the day and
  // loses the day after "of", so it reads the text with that lead-in blanked (the same length: offsets hold)
  const read = text.replace(cal.partOfDayOf, (m) => ' '.repeat(m.length));
  for (const r of chronoEn.parse(read, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const s = r.start;
    const fullDate = s.isCertain('day') && s.isCertain('month') && s.isCertain('year');
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    // "in the last 24 hours", "a few minutes ago": chrono counts back from noon of the anchor, a clock the article
    // does not give; a span of up to a day ends on the day of publication, a longer one ("the past 72 hours") names
    // no day (rule dates/recent-span)
    if (cal.recentSpan.test(r.text) && !cal.month.test(r.text) && !/\d{4}/.test(r.text)) {
      // (rule dates/hours-from-another-event) "a few hours before the elections", "minutes after the blast": the span
      // is measured from another event, not from the article's day, and names no day of its own
      if (cal.fromAnotherEvent.test(r.text)) continue;
      const back = anchor ? anchor.getTime() - s.date().getTime() : Infinity;
      if (back >= 0 && back <= DAY) out.push(dayOfAnchor(offset + r.index, r.text.length, anchor!));
      continue;
    }
    // (rule dates/counted-back-from-today) "six weeks ago", "two months ago", "three days ago": a distance measured back
    // from the article's day. Days name that day; weeks and months, written loosely, only the month they lead back to;
    // years the year. Never the day of the report itself.
    const back = anchor ? countedBack(cal, r.text) : null;
    if (back) {
      const d = s.date();
      const day = iso(d);
      const span = { start: offset + r.index, end: offset + r.index + r.text.length, explicitYear: false };
      // "a few days ago", "several days ago": no count, so no day
      if (d.getTime() > anchor!.getTime() || (back === 'day' && !cal.exactCount.test(r.text))) continue;
      out.push(
        back === 'day'
          ? { ...span, iso: day, precision: 'day' }
          : back === 'year'
            ? { ...span, iso: day.slice(0, 4), precision: 'year', countedBack: true }
            : { ...span, iso: day.slice(0, 7), precision: 'month', countedBack: true },
      );
      continue;
    }
    // "this morning", "this afternoon": the day of publication, which chrono leaves uncertain
    if (!dayKnown && anchor && cal.thisPartOfDay.test(r.text.trim())) {
      out.push(dayOfAnchor(offset + r.index, r.text.length, anchor));
      continue;
    }
    if (!dayKnown) {
      // "in March 2019", "last March": a month; its year written, or the anchor's latest such month
      const monthOnly =
        s.isCertain('month') &&
        !s.isCertain('day') &&
        cal.month.test(r.text) &&
        !/\b(?:next|coming|this)\b/i.test(r.text);
      if (!monthOnly || (!anchor && !s.isCertain('year'))) continue;
      const y = s.get('year')!,
        mo = s.get('month')!;
      if (anchor && Date.UTC(y, mo - 1, 1) > anchor.getTime()) continue; // a coming month: a plan
      out.push({
        start: offset + r.index,
        end: offset + r.index + r.text.length,
        iso: `${y}-${String(mo).padStart(2, '0')}`,
        precision: 'month',
        explicitYear: /\d{4}/.test(r.text),
      });
      continue;
    }
    // with no anchor a relative day ("yesterday", "on Friday") resolves against no real date: chrono marks it certain
    // all the same, so only a date written out with its year counts
    if (!anchor && !(fullDate && /\d/.test(r.text))) continue;
    // "a second phase", "now": relative times that name no day ("this morning" names the day of publication)
    if (!cal.namesDay.test(r.text)) continue;
    // "Easter Sunday", "Bloody Sunday": a name, not a date
    if (
      !s.isCertain('day') &&
      /^\p{Lu}/u.test(r.text) &&
      /(?<![.!?]\s*)\b\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, r.index - 20), r.index)) &&
      // …but "shot in Apopka Saturday", "on Division Street Thursday": a place, then the day it happened
      !placeBefore.test(text.slice(Math.max(0, r.index - 60), r.index))
    )
      continue;
    // (rule dates/fraction) "a 2 1/2 year old", "1/2 mile away": a slashed pair after a whole number or before a
    // unit of measure is a fraction, not a month and day
    if (isFraction(text, r.index, r.text)) continue;
    // (rule dates/posting-stamp) "Posted: Monday, October 17, 2016 10:26 am": when the page was written
    if (postingStamp(words).test(text.slice(Math.max(0, r.index - 60), r.index))) continue;
    // (rule dates/date-in-a-name) "the 19 April Movement", "the '9 May' forces": a day and month that name something
    if (isDateInName(text, r.index, r.text, words)) continue;
    // (rule dates/sic-marked) "occurred on Thursday [as received]": a date the text marks as written wrongly
    if (sicMarked(words).test(text.slice(r.index + r.text.length, r.index + r.text.length + 20))) continue;
    let d = new Date(Date.UTC(s.get('year')!, s.get('month')! - 1, s.get('day')!, 12));
    if (Number.isNaN(d.getTime())) continue;
    let afterAnchor = false;
    if (anchor && d.getTime() > anchor.getTime() + DAY / 2) {
      // news reads "on Friday" as the last Friday; a future day-month without a year is a plan, not an incident;
      // a fully written date after publication contradicts it: kept, flagged, so the incident is not dated by it
      if (s.isCertain('weekday') && !s.isCertain('day')) d = new Date(d.getTime() - 7 * DAY);
      else if (fullDate && /\d{4}/.test(r.text)) afterAnchor = true;
      else continue;
      // (rule dates/coming-weekday) "next Sunday": a week back is still after the anchor, a day to come, a plan
      if (!afterAnchor && d.getTime() > anchor.getTime() + DAY / 2) continue;
    }
    out.push({
      start: offset + r.index,
      end: offset + r.index + r.text.length,
      iso: iso(d),
      precision: 'day',
      explicitYear: /\d{4}/.test(r.text),
      ...(afterAnchor ? { afterAnchor } : {}),
    });
  }
  return out;
}

/**
 * Rule dates/clock-time-of-the-news-day: whether a sentence gives a clock time and no day ("Shortly before 5 p.m. the
 * brothers came out firing"): news gives the hour alone only for what happened on the day its report is about, and
 * names the day of anything else.
 */
export function clockTimeOnly(text: string, anchor: Date | null, words: WordLists): boolean {
  if (!anchor) return false;
  if (datesIn(text, 0, anchor, undefined, words).some((d) => d.precision === 'day')) return false;
  return chronoEn
    .parse(text, { instant: anchor, timezone: 0 }, { forwardDate: false })
    .some((r) => r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday'));
}
