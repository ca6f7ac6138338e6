// Rule dates/hours-from-another-event: "hours before the vote", "minutes after the blast" measure a span from another
// event, not from the day of the article, so they name no day; "in the past 24 hours", "a few hours ago" still do.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const spans = (text: string, anchor: string) =>
  datesIn(text, 0, new Date(`${anchor}T12:00:00Z`), undefined, res.words).map((d) => [
    text.slice(d.start, d.end),
    d.iso,
  ]);

describe('a span of hours measured from another event', () => {
  it('names no day', () => {
    expect(spans('A grenade was thrown at the depot a few hours before the referendum.', '2021-06-09')).toEqual([]);
    expect(spans('The second device went off 40 minutes after the rally began.', '2021-06-09')).toEqual([]);
  });

  it('leaves the day the sentence does give to the incident', () => {
    const text =
      'QUITO, 9 JUN 21 (WIRE) -- [TEXT] LAST NIGHT, ONLY A FEW HOURS BEFORE THE REFERENDUM, A BOMB WRECKED THE FRONT OF A PARTY OFFICE IN QUITO.';
    const inc = extract({ text, published: '2021-06-09' }, res).entities.find(
      (e): e is IncidentEntity => e.type === 'incident',
    );
    expect(inc?.date).toBe('2021-06-08');
  });

  it('a recent span counted back from the article still names its day', () => {
    expect(spans('Two guards were shot in the past 24 hours.', '2021-06-09')).toEqual([
      ['past 24 hours', '2021-06-09'],
    ]);
    expect(spans('A few hours ago a car bomb went off.', '2021-06-09')).toEqual([['A few hours ago', '2021-06-09']]);
  });
});
