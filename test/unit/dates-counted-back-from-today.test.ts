// Rule dates/counted-back-from-today: "six weeks ago", "two months ago", "a year ago" measure a distance back from the
// day the article is written. Weeks and months give only the month they lead back to, years the year; an exact count
// of days names that day, a vague one ("a few days ago") none. Never the day of the report. Sentences written for
// this test.
import { describe, expect, it } from 'vitest';
import { datesIn, mayHoldDate } from '../../src/extract/dates.js';
import { run } from '../helpers/extracted-places.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const anchor = new Date('2021-05-20T12:00:00Z');
const read = (text: string) => datesIn(text, 0, anchor, undefined, res.words).map((d) => [d.iso, d.precision]);

describe('a distance counted back from the article day', () => {
  it('weeks and months give the month they lead back to, years the year', () => {
    expect(read('A man robbed the pharmacy six weeks ago.')).toEqual([['2021-04', 'month']]);
    expect(read('The depot burned down two months ago.')).toEqual([['2021-03', 'month']]);
    expect(read('Rebels seized the bridge a year ago.')).toEqual([['2020', 'year']]);
    expect(read('Raiders struck the village a few weeks ago.')).toEqual([['2021-04', 'month']]);
  });

  it('an exact count of days names the day; a vague one names none', () => {
    expect(read('A grenade went off at the bus stop three days ago.')).toEqual([['2021-05-17', 'day']]);
    expect(read('A grenade went off at the bus stop a few days ago.')).toEqual([]);
  });

  it('a distance from another event is not counted from today', () => {
    expect(read('Troops returned to the village six weeks after the raid.')).toEqual([]);
    expect(mayHoldDate('The weeks of talks ended without a deal.', res.words)).toBe(false);
  });

  it('an incident told so is dated by its month, not by the day of the report', () => {
    const inc = run({
      text: 'Two gunmen shot dead a shopkeeper in Kaduna two months ago, police said on Wednesday.',
      published: '2021-05-20',
    }).find((e): e is IncidentEntity => e.type === 'incident');
    expect(inc?.date).toBeNull();
    expect(inc?.dateBasis).toBeUndefined();
    expect(inc?.datePrecision).toBe('month');
    expect(inc?.datePeriod).toBe('2021-03');
    expect(inc?.merges?.join(' ')).toMatch(/counted-back-from-today/);
  });

  it('a distance after "since" or "after" dates that other event, not the phrase before it', () => {
    const inc = run({
      text: 'Gunmen shot dead a district officer in Kaduna, the first such killing since the truce began two years ago.',
      published: '2021-05-20',
    }).find((e): e is IncidentEntity => e.type === 'incident');
    expect(inc?.datePeriod).toBeUndefined();
    expect(inc?.date).toBe('2021-05-20');
  });

  it('a later telling of another event weeks ago does not undate the main incident', () => {
    const inc = run({
      text: 'A bomb exploded at the cattle market in Maiduguri on Monday, killing two traders. Another bomb went off at the same market a few weeks ago.',
      published: '2021-05-20',
    }).find((e): e is IncidentEntity => e.type === 'incident');
    expect(inc?.date).toBe('2021-05-17');
  });
});
