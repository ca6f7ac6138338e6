// Victim nouns news uses for people as a body or a group at work ("the civilian population", "two police
// investigators", "the crew"): each heads a phrase of people harmed like any other person noun.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('victim nouns of people as a body', () => {
  it('"attacked the civilian population": the population is the victim', () => {
    expect(phrases('Troops attacked the civilian population of three villages on Sunday.', 'victim')).toContain(
      'civilian population',
    );
  });

  it('"killed two investigators", "kidnapped the crew": each is a victim, in capitals too', () => {
    expect(phrases('A car bomb killed two investigators outside the court.', 'victim')).toContain('two investigators');
    expect(phrases('PIRATES KIDNAPPED THE CREW OF A CARGO SHIP.', 'victim')).toContain('CREW');
  });
});

describe('"general" before "staff" is the army\'s headquarters, no person (incident-roles.victimHeads)', () => {
  it('reads no general harmed in an attack on the general staff, in capitals and mixed case', () => {
    expect(phrases('THE REBELS LAUNCHED AN ATTACK ON THE ARMED FORCES GENERAL STAFF YESTERDAY.', 'victim')).toEqual([]);
    expect(phrases("The raid was a reply to the rebel attack on the army's General Staff.", 'victim')).toEqual([]);
  });

  it('still reads a general harmed where no "staff" follows', () => {
    expect(phrases('THE ATTACK ON THE GENERAL WAS CONDEMNED BY THE BISHOPS.', 'victim')).toContain('GENERAL');
    expect(phrases('Gunmen shot dead a retired general in the capital.', 'victim')).toContain('retired general');
  });
});
