// The day ranges of ISO dates and periods (src/extract/dates.ts), shared by extraction (an event's last possible day)
// and cross-article matching (how far apart two dates of any precision are).
import { describe, expect, it } from 'vitest';
import { dayRange, lastDayOf, precisionOf } from '../../src/extract/dates.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('ISO dates and periods', () => {
  it('read their precision, or none for anything else', () => {
    expect(['2015-05-03', '2015-05', '2015', '15', '2015-5', 'May 2015'].map(precisionOf)).toEqual([
      'day',
      'month',
      'year',
      null,
      null,
      null,
    ]);
  });

  it('span the days they may mean, leap years included', () => {
    expect(dayRange('2016-02')).toEqual([day('2016-02-01'), day('2016-02-29')]);
    expect(dayRange('2015-02')).toEqual([day('2015-02-01'), day('2015-02-28')]);
    expect(dayRange('2015')).toEqual([day('2015-01-01'), day('2015-12-31')]);
    expect(dayRange('2015-05-03')).toEqual([day('2015-05-03'), day('2015-05-03')]);
    expect(dayRange('2015-13-45')).toBeNull();
    expect(dayRange('soon')).toBeNull();
  });

  it('end on their last day', () => {
    expect(['2016-02', '2015-12', '2015', '2015-05-03', 'x'].map(lastDayOf)).toEqual([
      '2016-02-29',
      '2015-12-31',
      '2015-12-31',
      '2015-05-03',
      null,
    ]);
  });
});
