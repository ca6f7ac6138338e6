// Issue #10: an official names the dead in an active sentence after the harm ("a judge identified the dead men as X and
// Y"): incident-roles.casualtyListOpeners holds that opening, so each person listed is a victim
// (role.named-casualty-list). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractedVictims as victims } from '../helpers/incident-roles.js';

describe('"identified the dead as" opens a list of victims', () => {
  it('in mixed case and in capitals', () => {
    const mixed =
      'Two men were shot dead on a road near the town on Sunday. A judge identified the dead men as Pedro Lara, 38, and Tomas Vega, 42.';
    expect(victims(mixed)).toEqual(expect.arrayContaining(['Pedro Lara', 'Tomas Vega']));
    expect(victims(mixed.toUpperCase())).toEqual(expect.arrayContaining(['Pedro Lara', 'Tomas Vega']));
  });

  it('not a list of people who only identified the bodies', () => {
    const text =
      'Two men were shot dead on a road near the town on Sunday. Pedro Lara and Tomas Vega identified the bodies at the morgue.';
    expect(victims(text)).not.toContain('Pedro Lara');
  });
});
