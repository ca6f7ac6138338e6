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
});
