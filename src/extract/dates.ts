// Dates of incidents: chrono-node over sentence text, anchored to the publication date or the dateline,
// keeping only day-precise dates that are not after the anchor. Without an anchor only fully written
// dates count, so the same input always gives the same dates.
import * as chrono from 'chrono-node';
import { DATED_DATELINE } from '../news/conventions.js';
import type { Doc } from './document.js';

export interface Dateline {
  start: number;
  end: number;
  /** the place part, e.g. "MANCHESTER, England" */
  placeStart: number;
  placeEnd: number;
  /** ISO date when the dateline gives one that can be resolved */
  date: string | null;
}

export interface DateSpan {
  start: number;
  end: number;
  iso: string;
}


export function findDateline(text: string, anchor: Date | null): Dateline | null {
  let pos = 0;
  for (let i = 0; i < 4 && pos < text.length; i++) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    const m = DATED_DATELINE.exec(text.slice(pos, pos + 160));
    if (m) {
      let date: string | null = null;
      if (m[2]) {
        const written = /\d{4}/.test(m[2]);
        if (written || anchor) date = resolveOne(m[2], anchor ?? new Date(Date.UTC(2000, 0, 1)), !written)?.iso ?? null;
      }
      return { start: pos, end: pos + m[0].trimEnd().length, placeStart: pos, placeEnd: pos + m[1]!.length, date };
    }
    const nl = text.indexOf('\n', pos);
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
  const dateline = findDateline(doc.text, published);
  return { anchor: published ?? parseAnchor(dateline?.date ?? undefined), dateline };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

function resolveOne(text: string, anchor: Date, relative: boolean): DateSpan | null {
  return datesIn(text, 0, relative ? anchor : null, anchor)[0] ?? null;
}

/**
 * Day-precise dates in `text` (offsets shifted by `offset`). With no anchor, only dates that give
 * day, month and year count; with one, weekdays and "yesterday" resolve against it, and dates after it are dropped.
 */
export function datesIn(text: string, offset: number, anchor: Date | null, fallbackRef?: Date): DateSpan[] {
  if (!/\d|day|yesterday|tonight|last night|morning|evening/i.test(text)) return [];
  const ref = anchor ?? fallbackRef ?? new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateSpan[] = [];
  for (const r of chrono.en.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const s = r.start;
    const fullDate = s.isCertain('day') && s.isCertain('month') && s.isCertain('year');
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    if (!anchor && !fullDate) continue;
    if (!dayKnown) continue;
    // "a second phase", "now": relative times that name no day
    if (!/\d|(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|tonight|last night/i.test(r.text)) continue;
    // "Easter Sunday", "Bloody Sunday": a name, not a date
    if (!s.isCertain('day') && /^\p{Lu}/u.test(r.text) && /(?<![.!?]\s*)\b\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, r.index - 20), r.index))) continue;
    let d = new Date(Date.UTC(s.get('year')!, s.get('month')! - 1, s.get('day')!, 12));
    if (Number.isNaN(d.getTime())) continue;
    if (anchor && d.getTime() > anchor.getTime() + DAY / 2) {
      // news reads "on Friday" as the last Friday; a future day-month without a year is a plan, not an incident
      if (s.isCertain('weekday') && !s.isCertain('day')) d = new Date(d.getTime() - 7 * DAY);
      else continue;
    }
    out.push({ start: offset + r.index, end: offset + r.index + r.text.length, iso: iso(d) });
  }
  return out;
}
