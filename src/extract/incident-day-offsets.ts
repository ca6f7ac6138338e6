// Rule dates/days-from-another-event: "The operation came three days after a raid on a flat", "X was shot dead four
// days after the attack", "Two days later, police stormed the flat". News dates one event by its distance in days
// from another; when one of the two has a day of its own and the other none, the undated one is that many days from
// it. A day the text gives an event itself is never replaced, and a week or a month ("two weeks after") gives no day:
// news writes those loosely (data news.dayOffsetUnits).
import { datesIn, dayOffsetsIn, dayRange, shiftDay, type DayOffset } from './dates.js';
import type { Doc } from './document.js';
import { eachMatch } from '../reg-exp.js';

interface OffsetHit {
  start: number;
  end: number;
  sentence: number;
}

/** the part of an incident group this rule reads and dates */
export interface OffsetGroup {
  hits: OffsetHit[];
  date: string | null;
  dateExplicit: boolean;
  period: { iso: string; precision: 'month' | 'year' } | null;
  merges: string[];
}

/** how far after the distance the phrase of the event it counts from may start ("three days after a raid on") */
export const EVENT_PHRASE_REACH = 100;
/** how many sentences back "two days later" may count from */
const TOLD_BEFORE_REACH = 2;

interface Side {
  group: OffsetGroup | null;
  /** the day of a side that is no incident group: a date written in the sentences before */
  day?: string;
  text: string;
}

/**
 * Dates, in place, the undated one of two events a distance in days ties together. `main` is the article's dated main
 * incident: a clause that names no event before the distance ("The operation came three days after …") is about it.
 */
export function dateByDayOffsets(
  doc: Doc,
  groups: OffsetGroup[],
  anchor: Date | null,
  numbers: ReadonlyMap<string, number>,
  main: OffsetGroup | undefined,
  which: 'days' | 'moments' = 'days',
): void {
  const text = doc.text;
  const words = doc.res.words;
  const hitsIn = (si: number) =>
    groups
      .flatMap((g) => g.hits.filter((h) => h.sentence === si).map((h) => ({ h, g })))
      .sort((a, b) => a.h.start - b.h.start);
  for (const s of doc.sentences) {
    for (const o of dayOffsetsIn(s.text, s.start, words, numbers, which)) {
      const here = hitsIn(s.index);
      const sides = o.from === 'phrase' ? phraseSides(text, s.start, o, here, main) : toldBeforeSides(o, here);
      if (!sides) continue;
      const told = text.slice(o.start, o.end);
      const event = o.from === 'phrase' ? sides.event : toldBefore(doc, groups, s.index, anchor, sides.governing.group);
      if (!event) continue;
      const gov = sides.governing;
      const govDay = gov.group?.date ?? null;
      const eventDay = event.group?.date ?? event.day ?? null;
      // the sentence's event lies o.days after the one counted from (before it, when negative)
      if (eventDay && !govDay && gov.group)
        give(gov.group, shiftDay(eventDay, o.days), anchor, `"${told}" "${event.text}" (${eventDay})`);
      else if (govDay && !eventDay && event.group)
        give(event.group, shiftDay(govDay, -o.days), anchor, `${gov.text} (${govDay}) came "${told}" it`);
    }
  }
}

/** how far after "shortly after" the event it counts from may start ("shortly after the suicide bombing") */
const SOON_AFTER_REACH = 30;

/**
 * Rule dates/soon-after-another-event. "He was arrested in Tripoli shortly after the bombing", "detained within hours
 * of the attack": the sentence's event followed the one named right after these words (data news.soonAfterEvent) by
 * less than a day or so, so when that one has a day and the sentence's event has no date of its own, the event
 * happened on that day or the next. Which one news does not say: the event gets the month that holds both days (the
 * year, when they fall in two months; nothing, in two years), never a day.
 */
export function periodBySoonAfter(
  doc: Doc,
  groups: OffsetGroup[],
  anchor: Date | null,
  story: OffsetGroup | undefined,
  eventWordAt: (sentence: number, start: number) => boolean,
): void {
  const text = doc.text;
  const words = doc.res.words;
  const re = words.memo(
    'dates.soonAfterRe',
    () => new RegExp(`(?<![\\p{L}\\p{N}])${words.alt('news.soonAfterEvent')}(?![\\p{L}\\p{N}])`, 'giu'),
  );
  const determinerThen = words.memo(
    'dates.soonAfterDeterminerRe',
    () => new RegExp(`^\\s+${words.alt('incident-cues.determiners')}\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu'),
  );
  for (const s of doc.sentences) {
    for (const m of eachMatch(re, s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const here = groups
        .flatMap((g) => g.hits.filter((h) => h.sentence === s.index).map((h) => ({ h, g })))
        .sort((a, b) => a.h.start - b.h.start);
      // the event counted from: a phrase opened by a determiner right after the words ("shortly after the bombing");
      // an event word that no incident of the article took there is a definite reference to the article's main one
      const determined = (at: number) =>
        at >= end && at - end <= SOON_AFTER_REACH && determinerThen.test(text.slice(end, at));
      const taken = here.find((x) => determined(x.h.start));
      const words = text.slice(end, end + SOON_AFTER_REACH);
      const at = (/^\s+\S+\s+/u.exec(words)?.[0].length ?? 0) + end;
      const event =
        taken ??
        (story && determined(at) && eventWordAt(s.index, at) && !here.some((x) => x.g === story && x.h.start >= end)
          ? {
              g: story,
              h: { start: at, end: at + (/^[\p{L}-]+/u.exec(text.slice(at))?.[0].length ?? 0), sentence: s.index },
            }
          : undefined);
      const day = event?.g.date;
      if (!event || !day || (anchor && Date.parse(`${day}T00:00:00Z`) > anchor.getTime())) continue;
      // the event dated: the nearest one before the words, in the same clause
      const gov = here
        .filter((x) => x.h.end <= start && x.g !== event.g && !/[;:.]/.test(text.slice(x.h.end, start)))
        .pop();
      if (!gov || gov.g.date || gov.g.period) continue;
      const next = shiftDay(day, 1);
      const period =
        next.slice(0, 7) === day.slice(0, 7)
          ? { iso: day.slice(0, 7), precision: 'month' as const }
          : next.slice(0, 4) === day.slice(0, 4)
            ? { iso: day.slice(0, 4), precision: 'year' as const }
            : null;
      if (!period) continue;
      gov.g.period = period;
      gov.g.merges.push(
        `period ${period.iso}: "${text.slice(start, end)}" "${text.slice(event.h.start, event.h.end)}" (${day}), that day or the next (rule dates/soon-after-another-event)`,
      );
    }
  }
}

function give(g: OffsetGroup, day: string, anchor: Date | null, why: string): void {
  if (g.date) return;
  if (anchor && Date.parse(`${day}T12:00:00Z`) > anchor.getTime() + 43_200_000) return;
  // a month or year the text gives the event must hold the day
  const range = g.period ? dayRange(g.period.iso) : null;
  const d = Date.parse(`${day}T00:00:00Z`) / 86_400_000;
  if (range && (d < range[0] || d > range[1])) return;
  g.date = day;
  g.dateExplicit = false;
  g.merges.push(`date ${day}: ${why} (rule dates/days-from-another-event)`);
}

type Here = { h: OffsetHit; g: OffsetGroup }[];

/**
 * "X was shot dead four days after the attack": the event counted from is the phrase right after the distance, the
 * event it dates the nearest one before it in the sentence ("The operation came three days after …": none named, the
 * article's main incident); with the distance opening the sentence ("Four days after the arrest …, bombers struck"),
 * the first event past the comma that closes the phrase.
 */
function phraseSides(
  text: string,
  sentenceStart: number,
  o: DayOffset,
  here: Here,
  main: OffsetGroup | undefined,
): { governing: Side; event: Side } | null {
  const e = here.find(
    (x) => x.h.start >= o.end && x.h.start - o.end <= EVENT_PHRASE_REACH && !/[;:.]/.test(text.slice(o.end, x.h.start)),
  );
  if (!e) return null;
  const event: Side = { group: e.g, text: text.slice(e.h.start, e.h.end) };
  const opens = /^[\s"'“‘(]*$/u.test(text.slice(sentenceStart, o.start));
  let gov: Here[number] | undefined;
  if (opens) {
    const comma = text.indexOf(',', e.h.end);
    gov = comma < 0 ? undefined : here.find((x) => x.h.start > comma && x.g !== e.g);
  } else gov = here.filter((x) => x.h.end <= o.start && x.g !== e.g).pop();
  if (gov) return { governing: { group: gov.g, text: text.slice(gov.h.start, gov.h.end) }, event };
  if (opens || !main || main === e.g || here.some((x) => x.h.end <= o.start)) return null;
  return { governing: { group: main, text: "the article's main incident" }, event };
}

/** "Two days later, police stormed the flat": the event dated is the sentence's nearest one to the distance */
function toldBeforeSides(o: DayOffset, here: Here): { governing: Side; event: Side } | null {
  const dist = (x: Here[number]) => (x.h.start >= o.end ? x.h.start - o.end : o.start - x.h.end);
  const gov = [...here].sort((a, b) => dist(a) - dist(b))[0];
  return gov ? { governing: { group: gov.g, text: '' }, event: { group: null, text: '' } } : null;
}

/**
 * The event "two days later" counts from: the last dated event told in the sentences just before, else the last day
 * written there.
 */
function toldBefore(
  doc: Doc,
  groups: OffsetGroup[],
  si: number,
  anchor: Date | null,
  self: OffsetGroup | null,
): Side | null {
  const from = Math.max(0, si - TOLD_BEFORE_REACH);
  let best: { h: OffsetHit; g: OffsetGroup } | undefined;
  for (const g of groups)
    for (const h of g.hits)
      if (g !== self && g.date && h.sentence >= from && h.sentence < si && (!best || h.start > best.h.start))
        best = { h, g };
  if (best) return { group: best.g, text: doc.text.slice(best.h.start, best.h.end) };
  const written = doc.sentences
    .slice(from, si)
    .flatMap((p) => datesIn(p.text, p.start, anchor, undefined, doc.res.words))
    .filter((d) => d.precision === 'day' && !d.afterAnchor);
  const last = written[written.length - 1];
  return last ? { group: null, day: last.iso, text: doc.text.slice(last.start, last.end) } : null;
}
