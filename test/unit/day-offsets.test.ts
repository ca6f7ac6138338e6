// Rule dates/days-from-another-event: an event dated by its distance in days from another ("four days after the
// bombing", "two days later"). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { dayOffsetsIn } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string, published?: string) =>
  extract({ text, ...(published ? { published } : {}) }, res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );
const byKind = (incs: IncidentEntity[], kind: string) => incs.find((e) => e.kind === kind);
const offsets = (text: string, which: 'days' | 'moments' = 'days') =>
  dayOffsetsIn(text, 0, res.words, res.incidents.casualties.numbers, which).map((o) => [
    text.slice(o.start, o.end),
    o.days,
    o.from,
  ]);
const bombing = 'A bomb exploded at a market in Millbrook on 3 May 2019, killing four people. ';

describe('distances in days', () => {
  it('reads the count, the direction and what it counts from', () => {
    expect(offsets('He was shot dead four days after the bombing.')).toEqual([['four days after', 4, 'phrase']]);
    expect(offsets('a raid 2 days before the attacks')).toEqual([['2 days before', -2, 'phrase']]);
    expect(offsets('The day after the attack, police raided a flat.')).toEqual([['The day after', 1, 'phrase']]);
    expect(offsets('Three days earlier, a bomb had exploded.')).toEqual([['Three days earlier', -3, 'told-before']]);
    expect(offsets('Two days later, police stormed the flat.')).toEqual([['Two days later', 2, 'told-before']]);
  });

  it('reads the moment of the event told just before as no distance at all', () => {
    expect(offsets('At about the same moment, soldiers raided a farmhouse.', 'moments')).toEqual([
      ['At about the same moment', 0, 'told-before'],
    ]);
    expect(offsets('Minutes later, officers stormed the flat.', 'moments')).toEqual([
      ['Minutes later', 0, 'told-before'],
    ]);
    expect(offsets('Hours later, officers stormed the flat.', 'moments')).toEqual([]);
  });

  it('reads no day from weeks, from a span with no count, or from "the days before"', () => {
    expect(offsets('Two weeks after the attack, police raided a flat.')).toEqual([]);
    expect(offsets('He was killed days later.')).toEqual([]);
    expect(offsets('He bought the knives in the days before the attack.')).toEqual([]);
  });
});

describe('an incident dated from another', () => {
  it("dates the sentence's event by the dated event named after the distance", () => {
    const incs = incidents(bombing + 'The suspected bomber was shot dead in Dayton four days after the bombing.');
    expect(byKind(incs, 'bombing')?.date).toBe('2019-05-03');
    const shooting = byKind(incs, 'shooting');
    expect([shooting?.date, shooting?.dateBasis]).toEqual(['2019-05-07', undefined]);
    expect(shooting?.merges?.some((m) => m.includes('dates/days-from-another-event'))).toBe(true);
  });

  it('dates the event named after the distance by the dated one the sentence is about', () => {
    const incs = incidents(
      'Gunmen killed six people at a hotel in Millbrook on 12 June 2019. ' +
        'The attack came two days after a bombing at a bus station in Dayton.',
      '2019-06-13',
    );
    expect(byKind(incs, 'shooting')?.date).toBe('2019-06-12');
    expect(byKind(incs, 'bombing')?.date).toBe('2019-06-10');
  });

  it('counts "two days later" from the event told just before', () => {
    const incs = incidents(
      bombing + 'Two days later a gunman opened fire at a school in Dayton, killing two teachers.',
    );
    expect(byKind(incs, 'shooting')?.date).toBe('2019-05-05');
  });

  it('dates an event told "at the same moment" by the dated event told just before', () => {
    const incs = incidents(
      'Gunmen seized a bank in Millbrook on 3 May 2019 and killed two clerks. ' +
        'At about the same moment, soldiers raided a farmhouse outside Dayton where the group kept its weapons.',
      '2019-05-05',
    );
    expect(byKind(incs, 'shooting')?.date).toBe('2019-05-03');
    const raid = byKind(incs, 'raid');
    expect([raid?.date, raid?.dateBasis]).toEqual(['2019-05-03', undefined]);
  });

  it('gives an event told "shortly after" a dated one the month of that day and the next, not a day', () => {
    const incs = incidents(
      bombing + 'A cousin of the bomber was detained in Dayton shortly after the bombing and later released.',
      '2019-06-20',
    );
    const arrest = byKind(incs, 'arrest');
    expect([arrest?.date ?? null, arrest?.datePeriod, arrest?.datePrecision]).toEqual([null, '2019-05', 'month']);
    expect(arrest?.merges?.join(' ')).toMatch(/dates\/soon-after-another-event/);
  });

  it('gives only the year when the day after falls in the next month', () => {
    const incs = incidents(
      'A bomb exploded at a market in Millbrook on 31 May 2019, killing four people. ' +
        'A cousin of the bomber was detained in Dayton within hours of the blast.',
      '2019-06-20',
    );
    expect(byKind(incs, 'arrest')?.datePeriod).toBe('2019');
  });

  it('never replaces a day the text gives the event itself', () => {
    const incs = incidents(
      bombing + 'The suspected bomber was shot dead in Dayton on 5 May 2019, four days after the bombing.',
    );
    expect(byKind(incs, 'shooting')?.date).toBe('2019-05-05');
  });

  it('gives no day when neither event has one', () => {
    const incs = incidents(
      'A bomb exploded at a market in Millbrook, killing four people. ' +
        'The suspected bomber was shot dead in Dayton four days after the bombing.',
    );
    expect(byKind(incs, 'shooting')?.date ?? null).toBeNull();
  });
});
