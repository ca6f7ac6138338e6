// Rule place/told-reference-in-the-report: an earlier event the article tells (its victims or toll, or the one it
// discusses most) with no place of its own is placed in the country the report is from, as an event of the day is;
// one it only names may lie anywhere. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string) => run({ text }).filter((e): e is IncidentEntity => e.type === 'incident');
const bomb =
  'TEGUCIGALPA, Oct 14 (Northline Wire) - A bomb exploded on Tuesday at the offices of a telephone company in San ' +
  'Pedro Sula, in northern Honduras, wounding two guards. A rebel movement claimed the attack. Damage was estimated ' +
  'at $25,000. ';

describe('an earlier event with no place of its own', () => {
  it("is placed in the report's country when the article tells its dead", () => {
    const text = `${bomb}In March 2017 gunmen from the same movement shot dead a union leader and his driver.`;
    const earlier = incidents(text).find((i) => i.reference);
    expect(earlier).toMatchObject({ place: 'Honduras', killed: 2 });
    expect(earlier?.merges?.join(' ')).toMatch(/country-of-the-report/);
  });

  it('stays unplaced when the article only names it', () => {
    const text = `${bomb}Police said the blast recalled the bombings of 2016 in the region.`;
    const earlier = incidents(text).filter((i) => i.reference);
    expect(earlier.map((i) => i.place ?? null)).toEqual(earlier.map(() => null));
  });
});
