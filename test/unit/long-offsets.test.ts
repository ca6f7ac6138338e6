// Rule dates/weeks-months-years-from-another-event: an event told after a distance of weeks, months or years from the
// sentence's own dated event lies that far back; it never takes the sentence's day. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { longOffsetsIn, periodBefore } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const RULE = 'dates/weeks-months-years-from-another-event';
const incidents = (text: string, published: string, resources = res) =>
  extract({ text, published }, resources).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const offsets = (text: string) =>
  longOffsetsIn(text, 0, res.words, res.incidents.casualties.numbers).map((o) => [
    text.slice(o.start, o.end),
    o.count,
    o.unit,
  ]);

describe('distances in weeks, months and years', () => {
  it('reads the count and the unit', () => {
    expect(offsets('lawmakers met, less than three weeks after a gunman shot')).toEqual([
      ['three weeks after', 3, 'week'],
    ]);
    expect(offsets('marched, 2 months after the bombing')).toEqual([['2 months after', 2, 'month']]);
    expect(offsets('a vigil a year since the attack')).toEqual([['a year since', 1, 'year']]);
  });

  it('no distance in "the years since" or in days', () => {
    expect(offsets('in the years since the war')).toEqual([]);
    expect(offsets('three days after the raid')).toEqual([]);
  });

  it('leads back to a month or a year, never a day', () => {
    expect(periodBefore('2021-05-12', { count: 3, unit: 'week' })).toEqual({ iso: '2021-04', precision: 'month' });
    expect(periodBefore('2021-02-03', { count: 2, unit: 'month' })).toEqual({ iso: '2020-12', precision: 'month' });
    expect(periodBefore('2021-02-03', { count: 1, unit: 'year' })).toEqual({ iso: '2020', precision: 'year' });
  });
});

describe('an event counted back from the sentence day', () => {
  const text =
    'DUNMORE, Ireland - The town council on Tuesday approved a memorial garden, less than three weeks after a gunman killed nine people at a bus station in Dunmore.';

  it("takes the month the distance leads back to, not the council's day", () => {
    const [shooting, ...rest] = incidents(text, '2021-05-12');
    expect(rest).toHaveLength(0);
    expect(shooting!.date).toBeNull();
    expect(shooting!.datePeriod).toBe('2021-04');
    expect((shooting!.merges ?? []).join(' ')).toContain(RULE);
    // without the rule it took the day of the report it was told in
    const [off] = incidents(text, '2021-05-12', withoutRules(RULE));
    expect(off!.date).toBe('2021-05-12');
  });

  it('an event told after a distance in days keeps the day rule, not a month', () => {
    const [shooting] = incidents(
      'The town council on Tuesday approved a memorial garden, three days after a gunman killed nine people at a bus station in Dunmore.',
      '2021-05-12',
    );
    expect(shooting!.datePeriod ?? null).toBeNull();
  });
});
