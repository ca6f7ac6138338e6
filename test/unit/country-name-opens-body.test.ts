// Issue 11: a country's, region's or city's name written before a body's own words is part of that body's name
// (src/extract/body-name-rules.ts, rule entities/country-name-opens-body). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { candidatesOver, rulesOver } from '../helpers/entity-rules.js';

describe('entities/country-name-opens-body (issue 11)', () => {
  it('a country cut off before a body ending in a head word joins it, one organisation', () => {
    const { kept } = candidatesOver('The Malta Fisheries Commission said it would open bids next week.', [
      ['place', 'Malta'],
      ['organization', 'Fisheries Commission'],
    ]);
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['organization:Malta Fisheries Commission']);
    expect(kept[0]!.rules).toContain('entities/country-name-opens-body');
    expect(
      rulesOver('A spokesman for the U.S. Coastal Survey Agency declined to comment.', [
        ['place', 'U.S.'],
        ['organization', 'Coastal Survey Agency'],
      ]),
    ).toEqual(['organization:U.S. Coastal Survey Agency']);
  });

  it('a nationality word, a place after "in", a possessive or a body with no head word stay apart', () => {
    expect(
      rulesOver('The Maltese Fisheries Commission said it would open bids.', [
        ['organization', 'Fisheries Commission'],
      ]),
    ).toEqual(['organization:Fisheries Commission']);
    expect(
      rulesOver('Talks held in Malta Fisheries Commission officials said were useful.', [
        ['place', 'Malta'],
        ['organization', 'Fisheries Commission'],
      ]),
    ).toEqual(['place:Malta', 'organization:Fisheries Commission']);
    expect(
      rulesOver("Investors welcomed Malta's Fisheries Commission plan.", [
        ['place', "Malta's"],
        ['organization', 'Fisheries Commission'],
      ]),
    ).toEqual(["place:Malta's", 'organization:Fisheries Commission']);
    expect(
      rulesOver('Shares of Malta Harkavy rose after the deal.', [
        ['place', 'Malta'],
        ['organization', 'Harkavy'],
      ]),
    ).toEqual(['place:Malta', 'organization:Harkavy']);
  });

  it('not in a sentence in capitals', () => {
    expect(
      rulesOver('THE MALTA FISHERIES COMMISSION SAID IT WOULD OPEN BIDS.', [
        ['place', 'MALTA'],
        ['organization', 'FISHERIES COMMISSION'],
      ]),
    ).toEqual(['place:MALTA', 'organization:FISHERIES COMMISSION']);
  });
});
