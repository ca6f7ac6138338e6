import { describe, expect, it } from 'vitest';
import { titleCase } from '../../src/title-case.js';
import { placeInName } from '../../src/ontology/index.js';

describe('titleCase (the one title-case helper)', () => {
  it('writes each word and each hyphenated or apostrophe part with a capital', () => {
    expect(titleCase('PORT-SAINT-ELME')).toBe('Port-Saint-Elme');
    expect(titleCase("O'BRIEN")).toBe("O'Brien");
    expect(titleCase('air force')).toBe('Air Force');
    expect(titleCase('guinea-bissauan')).toBe('Guinea-Bissauan');
    expect(titleCase('NEW (OLD) TOWN')).toBe('New (Old) Town');
  });

  it('keeps a possessive ending small', () => {
    expect(titleCase("PEREZ'S")).toBe("Perez's");
    expect(titleCase("ST. JOHN'S WOOD")).toBe("St. John's Wood");
    expect(titleCase('KESTRA’S')).toBe('Kestra’s');
  });

  it('is what placeInName writes for a dateline in capitals, and only for one', () => {
    expect(placeInName("ST. JOHN'S")).toBe("St. John's");
    expect(placeInName('UK')).toBe('UK');
    expect(placeInName('Kestravo')).toBe('Kestravo');
  });
});
