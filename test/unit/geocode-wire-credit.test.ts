// A wire credit is not a US broadcaster (issue #11): "(WIRE)" has the shape of a call sign, but a dateline that credits
// wire copy says nothing of the country the story is about, so a capital abroad keeps its place. A dateline that writes
// its own country keeps that country's namesake even under a real call sign. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { isBroadcastOutlet, outletCountries } from '../../src/extract/outlet-country.js';
import { placeNamed } from '../helpers/extracted-places.js';
import { res } from '../helpers/resources.js';

describe("a wire credit is no outlet's country", () => {
  it('does not read a wire name as a call sign', () => {
    expect(isBroadcastOutlet(res.words, 'WIRE')).toBe(false);
    expect(isBroadcastOutlet(res.words, 'Wire')).toBe(false);
    expect(isBroadcastOutlet(res.words, 'WQRT')).toBe(true);
    expect(outletCountries(res.words, res.gazetteer, 'QUITO (WIRE) -- Troops moved in.')).toEqual([]);
    expect(outletCountries(res.words, res.gazetteer, 'wire.com story', 'wire.com')).toEqual([]);
  });

  it('reads a dateline bracket as a call sign only in capitals and when it names no place', () => {
    expect(outletCountries(res.words, res.gazetteer, 'HOPEWELL (KQTV) -- A barn burned.')).toEqual(['US']);
    expect(outletCountries(res.words, res.gazetteer, 'HOPEWELL (Kqtv) -- A barn burned.')).toEqual([]);
    expect(outletCountries(res.words, res.gazetteer, 'SWANSEA (WALES) -- A barn burned.')).toEqual([]);
  });
});

describe('a capital under a wire credit', () => {
  const cases: [string, RegExp, string][] = [
    ['LIMA (WIRE) -- Two men were arrested in Peru on Monday after a car bomb went off near a bank.', /^Lima$/i, 'PE'],
    ['Lima (Wire) -- Two men were arrested in Peru on Monday after a car bomb went off near a bank.', /^Lima$/i, 'PE'],
    ['LIMA (WIRE) -- Two men were arrested on Monday after a car bomb went off near a bank.', /^Lima$/i, 'PE'],
    ['LIMA, Peru (Andes Wire) - A car bomb went off near a bank in the capital on Monday.', /^Lima$/i, 'PE'],
    ['QUITO (WIRE) -- Soldiers cleared a road that protesters had blocked for a week.', /^Quito$/i, 'EC'],
    ['MANILA (WIRE) -- Gunmen shot a town mayor outside his home on Monday.', /^Manila$/i, 'PH'],
    ['BOGOTA (WIRE) -- Rebels attacked a police post south of the capital on Monday.', /^Bogot[aá]$/i, 'CO'],
  ];
  for (const [text, name, country] of cases)
    it(`places ${text.slice(0, 24)}… in ${country}`, () => {
      expect(placeNamed({ text }, name)?.country).toBe(country);
    });

  it('places Lima in plain text in Peru', () => {
    const text = 'Police in Lima said on Monday that two men had been arrested after a car bomb.';
    expect(placeNamed({ text }, /^Lima$/)?.country).toBe('PE');
  });
});

describe('rule geocode/local-outlet-dateline and a country in the dateline', () => {
  it('keeps the namesake of the country the dateline writes', () => {
    const text = 'LIMA, Peru (KQTV) -- Two men were arrested on Monday after a car bomb went off near a bank.';
    expect(placeNamed({ text }, /^Lima$/i)?.country).toBe('PE');
  });

  it("still reads a local broadcaster's dateline town in its own country", () => {
    const text = 'LIMA (KQTV) -- Two men were arrested on Monday after a car bomb went off near a bank.';
    expect(placeNamed({ text }, /^Lima$/i)?.country).toBe('US');
  });
});
