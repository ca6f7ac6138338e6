// People named by their nationality (rule role.nationality-people): "two Spaniards were kidnapped", "wounded an
// Ecuadorean" name the people harmed; a nationality that qualifies the noun after it ("a Colombian judge") leaves the
// head to that noun. Sentences in mixed case and in the capitals of wire copy, written for these tests.
import { describe, expect, it } from 'vitest';
import { describedPhrases } from '../helpers/incident-roles.js';

describe('a nationality as the head of a phrase of people harmed (rule role.nationality-people)', () => {
  it('reads a plural from the gazetteer or the irregular list as the people harmed', () => {
    expect(describedPhrases('Three Canadians were wounded when the bus was ambushed.', 'victim')).toContain(
      'Three Canadians',
    );
    expect(describedPhrases('FOUR SPANIARDS WERE KIDNAPPED NEAR THE BORDER.', 'victim')).toContain('FOUR SPANIARDS');
  });

  it('reads a singular that ends its phrase', () => {
    expect(describedPhrases('The gunmen shot a Peruvian, and fled on foot.', 'victim')).toContain('Peruvian');
  });

  it('leaves the head to the noun a nationality qualifies', () => {
    expect(describedPhrases('Rebels kidnapped a Brazilian engineer near the dam.', 'victim')).toEqual([
      'Brazilian engineer',
    ]);
    expect(describedPhrases('Rebels kidnapped a Brazilian doll maker.', 'victim')).toEqual([]);
  });

  it('takes no language or country name for people', () => {
    expect(describedPhrases('The rebels attacked the French on Monday.', 'victim')).toEqual([]);
  });
});
