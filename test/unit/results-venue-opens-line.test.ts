// Issue 11: the town or ground opening a line of sports results before a colon is a place
// (src/extract/table-rules.ts, rule entities/results-venue-opens-line). Every line here is written for these tests.
import { describe, expect, it } from 'vitest';
import { candidatesOver, rulesOver } from '../helpers/entity-rules.js';

const HEAD =
  'CRICKET - REGIONAL LEAGUE SCORES.\nClose of play scores in regional league cricket matches on Saturday:\n';

describe('entities/results-venue-opens-line (issue 11)', () => {
  it('a town read as a club or a person before the colon of a results line is a place', () => {
    const text = `${HEAD}Chesterfield: Eastshire 212 (P. Lowe 60) v Westshire\nGlenrock Falls: Northshire 98-4\n`;
    const { kept } = candidatesOver(text, [
      ['organization', 'Chesterfield'],
      ['organization', 'Eastshire'],
      ['organization', 'Westshire'],
      ['person', 'Glenrock Falls'],
      ['organization', 'Northshire'],
    ]);
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual([
      'place:Chesterfield',
      'organization:Eastshire',
      'organization:Westshire',
      'place:Glenrock Falls',
      'organization:Northshire',
    ]);
    expect(kept[0]!.rules).toContain('entities/results-venue-opens-line');
  });

  it('a town the tagger left untyped before a ground in brackets is taken when the gazetteer knows it', () => {
    const text = `${HEAD}Hove (County Ground): Eastshire 140 and 12-1\n`;
    expect(rulesOver(text, [['organization', 'Eastshire']])).toEqual(['place:Hove', 'organization:Eastshire']);
  });

  it('a word of English before the colon, a side followed by no figure, or copy of no sport stays as it was', () => {
    const scorers = `${HEAD}Scorers: Eastshire 2 (Lowe 23, Pike 67)\n`;
    // another rule may drop the plural opener; this one never makes it a place
    const read = rulesOver(scorers, [
      ['organization', 'Scorers'],
      ['organization', 'Eastshire'],
    ]);
    expect(read).not.toContain('place:Scorers');
    expect(read).toContain('organization:Eastshire');
    const squad = `${HEAD}Chesterfield: Eastshire will name their side later\n`;
    expect(
      rulesOver(squad, [
        ['organization', 'Chesterfield'],
        ['organization', 'Eastshire'],
      ]),
    ).toEqual(['organization:Chesterfield', 'organization:Eastshire']);
    const business = 'Quarterly figures by unit.\nChesterfield: Harkavy Plastics 12.5 13.1 14.0\n';
    expect(
      rulesOver(business, [
        ['organization', 'Chesterfield'],
        ['organization', 'Harkavy Plastics'],
      ]),
    ).toEqual(['organization:Chesterfield', 'organization:Harkavy Plastics']);
  });
});
