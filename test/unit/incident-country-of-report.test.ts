// Rule place/country-of-the-report: an event told with no place of its own is placed in the country the report is
// from, at country precision, when that is clear. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run, type TestArticle } from '../helpers/extracted-places.js';

const incidents = (input: TestArticle) => run(input).filter((e): e is IncidentEntity => e.type === 'incident');
const bomb =
  'A rebel movement said on Tuesday it set off a bomb at the offices of a telephone company in San Pedro Sula, in ' +
  'northern Honduras. Nobody was hurt. Damage was estimated at $25,000. ';

describe('an event with no place of its own, far from the lede', () => {
  it("is placed in the dateline's country, with the reason", () => {
    const text = `TEGUCIGALPA, Oct 14 (Northline Wire) - ${bomb}The group also said its fighters had shot dead two soldiers on Sunday.`;
    const shooting = incidents({ text }).find((i) => i.kind !== 'bombing');
    expect(shooting).toMatchObject({ place: 'Honduras' });
    expect(shooting?.merges?.join(' ')).toMatch(/country-of-the-report/);
  });

  it('is placed in the one country of the towns the article names, with no dateline', () => {
    const text = `${bomb}The group also said its fighters had shot dead two soldiers on Sunday.`;
    expect(incidents({ text }).find((i) => i.kind !== 'bombing')?.place).toBe('Honduras');
  });

  it('stays unplaced when the article names places in several countries', () => {
    const text = `${bomb}Officials in Managua, Nicaragua, condemned it. The group also said its fighters had shot dead two soldiers on Sunday.`;
    expect(incidents({ text }).find((i) => i.kind !== 'bombing')?.place ?? null).toBeNull();
  });

  it('stays unplaced when the article never names the country itself', () => {
    const text =
      'A rebel movement said on Tuesday it set off a bomb at the offices of a telephone company in San Pedro Sula. ' +
      'Nobody was hurt. Damage was estimated at $25,000. The group also said its fighters had shot dead two soldiers on Sunday.';
    expect(incidents({ text }).find((i) => i.kind !== 'bombing')?.place ?? null).toBeNull();
  });
});

describe('rule place/dateline-of-the-report', () => {
  it("is placed at the dateline's place when the article never names its country", () => {
    const text =
      'TEGUCIGALPA, Oct 14 (Northline Wire) - A rebel movement said on Tuesday it set off a bomb at the offices of a ' +
      'telephone company in San Pedro Sula. Nobody was hurt. Damage was estimated at $25,000. ' +
      'The group also said its fighters had shot dead two soldiers on Sunday.';
    const shooting = incidents({ text }).find((i) => i.kind !== 'bombing');
    expect(shooting?.place).toBe('Tegucigalpa');
    expect(shooting?.merges?.join(' ')).toMatch(/dateline-of-the-report/);
  });

  it('leaves it unplaced when the dateline is abroad of the places the article names', () => {
    const text =
      'MEXICO CITY, Oct 14 (Northline Wire) - A rebel movement said on Tuesday it set off a bomb at the offices of a ' +
      'telephone company in San Pedro Sula. Nobody was hurt. Damage was estimated at $25,000. ' +
      'The group also said its fighters had shot dead two soldiers on Sunday.';
    const shooting = incidents({ text }).find((i) => i.kind !== 'bombing');
    expect(shooting?.place ?? null).not.toBe('Mexico City');
  });
});

describe('an arrest with no place of its own (rule place/arrest-in-the-report)', () => {
  const lede =
    'Police found two grenades hidden in a parked car near the central bank in Quito, Ecuador, on Monday. ' +
    'Experts defused both. Officials said the devices were powerful. ';

  it("is placed in the dateline's country, with the reason", () => {
    const text = `QUITO, Ecuador, May 3 (Northline Wire) - ${lede}A police spokesman said a taxi driver had been arrested in connection with the find.`;
    const arrest = incidents({ text }).find((i) => i.kind === 'arrest');
    expect(arrest).toMatchObject({ place: 'Ecuador' });
    expect(arrest?.merges?.join(' ')).toMatch(/country-of-the-report/);
  });

  it('stays unplaced when the article names places in several countries', () => {
    const text = `${lede}Officials in Lima, Peru, offered help. A police spokesman said a taxi driver had been arrested in connection with the find.`;
    const arrest = incidents({ text }).find((i) => i.kind === 'arrest');
    expect(arrest).toBeDefined();
    expect(arrest?.place ?? null).toBeNull();
  });
});
