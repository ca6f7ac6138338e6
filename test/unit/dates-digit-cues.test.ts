// The quick test before chrono-node reads a sentence: a digit alone (a score, a count) is no cue of a date, but the
// shapes chrono reads a day from with digits still are: a slashed or dashed date, a count of units, a day chrono reads
// without a digit joined to a clock time. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/extract/dates.js';
import { res } from '../helpers/resources.js';

const spans = (text: string, anchor: string | null = '2021-06-09') =>
  datesIn(text, 0, anchor ? new Date(`${anchor}T12:00:00Z`) : null, undefined, res.words).map((d) => [
    text.slice(d.start, d.end).trim(),
    d.iso,
  ]);

describe('digits as cues of a date', () => {
  it('a score or a count of things names no day', () => {
    expect(spans('The home side won 3-1 and their striker scored 25 goals in 12 games.')).toEqual([]);
    expect(spans('Rebels held 3 towns and 14 villages, the army said.')).toEqual([]);
  });

  it('a slashed or dashed date is still read', () => {
    expect(spans('The depot was raided on 6/7 by masked men.')).toEqual([['6/7', '2021-06-07']]);
    expect(spans('Records dated 2021-06-02 were seized.')).toEqual([['2021-06-02', '2021-06-02']]);
    expect(spans('The files dated 05/14/2019 were leaked.', null)).toEqual([['05/14/2019', '2019-05-14']]);
  });

  it('a count of days, even abbreviated, is still read', () => {
    expect(spans('The convoy was ambushed 3 d ago near the pass.')).toEqual([['3 d ago', '2021-06-06']]);
  });

  it('a weekday abbreviation with a clock time is still read', () => {
    expect(spans('The convoy was stopped Sat 5 pm at the bridge.').map(([, iso]) => iso)).toEqual(['2021-06-05']);
  });
});
