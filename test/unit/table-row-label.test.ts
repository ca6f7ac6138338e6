// Issue 11: the labels of a table of figures (src/extract/table-rules.ts, rule entities/table-row-label) are no
// entities. Every table and sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { rulesOver } from '../helpers/entity-rules.js';

describe('entities/table-row-label (issue 11)', () => {
  it('drops a label of ordinary words alone on a row of figures', () => {
    const text = 'Harbour price index - monthly\nHeadline Rate +0.4 +0.3 +2.1\nFuel Costs -1.2 +0.8 +5.5\n';
    expect(
      rulesOver(text, [
        ['organization', 'Headline Rate'],
        ['organization', 'Fuel Costs'],
      ]),
    ).toEqual([]);
  });

  it('drops a month written short and a label over a row of years', () => {
    const text = 'Nine Months ended March 31\n2024 2023 2024 2023\nWAGES (%) Feb +0.2 +0.4 +3.1\n';
    expect(
      rulesOver(text, [
        ['person', 'Nine Months'],
        ['organization', 'Feb'],
      ]),
    ).toEqual([]);
  });

  it('keeps a firm or place name on a row, and the same words in prose', () => {
    const table = 'Harkavy Plastics 12.50 12.75 +0.25\nHeadline Rate +0.4 +0.3 +2.1\n';
    expect(rulesOver(table, [['organization', 'Harkavy Plastics']])).toEqual(['organization:Harkavy Plastics']);
    expect(rulesOver('Paris 14.2 15.1 16.0\n', [['place', 'Paris']])).toEqual(['place:Paris']);
    expect(rulesOver('(Twin Falls) 4.10 dn .03 5.20 unc\n', [['place', 'Twin Falls']])).toEqual(['place:Twin Falls']);
    const prose =
      'The campaign called Road Safety First said on Monday that 40 people died on the roads in 2023, 12 fewer than in 2022.';
    expect(rulesOver(prose, [['organization', 'Road Safety First']])).toEqual(['organization:Road Safety First']);
  });

  it('keeps names beside other names on a results line, and a desk sign-off', () => {
    const results = 'Falcon (Norway) 81 Blue Harbour (Chile) 77 (40-38)\n';
    expect(
      rulesOver(results, [
        ['organization', 'Falcon'],
        ['place', 'Norway'],
        ['organization', 'Blue Harbour'],
        ['place', 'Chile'],
      ]),
    ).toContain('organization:Blue Harbour');
    const signOff = 'Freight rates rose for a third week.\n-- Sea Cargo Desk Tel+44 20 7542 1234\n';
    expect(rulesOver(signOff, [['organization', 'Sea Cargo Desk']])).toEqual(['organization:Sea Cargo Desk']);
    const oneDash = 'TOTAL 1,204 up 2.5\n- Sea Cargo Desk Tel+44 20 7542 1234\n';
    expect(rulesOver(oneDash, [['organization', 'Sea Cargo Desk']])).toEqual(['organization:Sea Cargo Desk']);
  });

  it('drops labels made of table vocabulary, series codes and a place-like label the gazetteer does not know', () => {
    const rates =
      'Harbour Exchange closing rates\nLONG BOND (DEC) 101-04 101-02 100-30\nShr Pro Forma 0.41 0.38 0.35\n';
    expect(
      rulesOver(rates, [
        ['organization', 'LONG BOND'],
        ['person', 'Shr Pro Forma'],
      ]),
    ).toEqual([]);
    const indicators =
      'Monthly figures for the island\nM3 LENDING (%) Mar +1.4 +0.9 +6.2\nCur Acc (bln) Feb - 2.1 - 0.7 - 3.3\n';
    expect(
      rulesOver(indicators, [
        ['organization', 'M3 LENDING'],
        ['place', 'Cur Acc'],
      ]),
    ).toEqual([]);
    const contract = 'FUTURES CLOSE\nSHORT STERLING (MAR) 95.10 95.08 95.02\n';
    expect(
      rulesOver(contract, [
        ['organization', 'SHORT STERLING'],
        ['organization', 'MAR'],
      ]),
    ).toEqual([]);
    const header = 'REGION INDICATORS - MTH / MTH PVS YR-AGO\nWages (%) Apr +0.3 +0.2 +2.9\n';
    expect(
      rulesOver(header, [
        ['organization', 'MTH'],
        ['organization', 'MTH', 21],
      ]),
    ).toEqual([]);
  });

  it('keeps two sides with ordinary names on one results line', () => {
    const results = 'Blue Harbour 81 Red Falcons 77 (40-38)\n';
    expect(
      rulesOver(results, [
        ['organization', 'Blue Harbour'],
        ['organization', 'Red Falcons'],
      ]),
    ).toEqual(['organization:Blue Harbour', 'organization:Red Falcons']);
  });

  it('keeps a known place and a firm on a row, and a place the text names outside its tables', () => {
    const towns = 'Cash grain bids\nLong Beach 3.10 3.25 3.40\nSterling Bancorp 8.20 8.35 8.10\n';
    expect(
      rulesOver(towns, [
        ['place', 'Long Beach'],
        ['organization', 'Sterling Bancorp'],
      ]),
    ).toEqual(['place:Long Beach', 'organization:Sterling Bancorp']);
    const named =
      'Wheat rose at Stony Flats on Tuesday as buyers returned to the market.\nStony Flats 4.10 4.20 4.35\n';
    expect(
      rulesOver(named, [
        ['place', 'Stony Flats'],
        ['place', 'Stony Flats', 70],
      ]),
    ).toEqual(['place:Stony Flats', 'place:Stony Flats']);
    expect(rulesOver('Cash grain bids\nStony Flats 4.10 4.20 4.35\n', [['place', 'Stony Flats']])).toEqual([]);
  });
});
