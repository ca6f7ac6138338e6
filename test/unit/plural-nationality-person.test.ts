// Issue 11: a plural of people by nationality that is no demonym of the gazetteer ("Poles", "Swedes") is no person
// (src/extract/entity-rules.ts, entities/plural-person). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { rulesOver } from '../helpers/entity-rules.js';

describe('entities/plural-person: nationality plurals (issue 11)', () => {
  it('"Poles" and "Swedes" read as people are dropped', () => {
    expect(rulesOver('Few Poles and Swedes had applied for the permits by June.', [['person', 'Poles']])).toEqual([]);
    expect(rulesOver('Seasonal work drew Swedes to the farms, the union said.', [['person', 'Swedes']])).toEqual([]);
  });

  it('a surname that only ends like a plural, or one inside a full name, stays a person', () => {
    expect(rulesOver('Hughes said the shipment had cleared customs.', [['person', 'Hughes']])).toEqual([
      'person:Hughes',
    ]);
    expect(
      rulesOver('Marta Poles chaired the panel. Poles later left early.', [
        ['person', 'Marta Poles'],
        ['person', 'Poles', 30],
      ]),
    ).toEqual(['person:Marta Poles', 'person:Poles']);
  });
});
