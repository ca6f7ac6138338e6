// The place of a wire report's incident (issues #10, #11): a place a later telling states beats the dateline's city,
// which a lede event only got for want of its own (rule place/stated-place-over-dateline). Texts written for these
// tests; the town names are made up.
import { describe, expect, it } from 'vitest';
import { mainIncident } from '../helpers/extracted-places.js';

describe('a stated place over the dateline a lede event took for want of one', () => {
  it('places the event in the town a later telling states', () => {
    const text =
      'BOGOTA, 2 MAR 90 (EFE) -- [TEXT] THE MINISTER SAID THE GUERRILLAS HAD MURDERED SIX PEASANTS.  HE GAVE NO ' +
      'MORE DETAILS.  THE MURDER OF THE SIX PEASANTS TOOK PLACE IN QUEBRADA HONDILLA, A VILLAGE IN CHOCO DEPARTMENT.';
    const inc = mainIncident({ text });
    expect(inc?.place).toMatch(/^Quebrada Hondilla$/i);
    expect(inc?.merges?.join(' ')).toMatch(/stated-place-over-dateline/);
  });

  it('keeps the dateline when no telling states a place', () => {
    const text =
      'BOGOTA, 2 MAR 90 (EFE) -- [TEXT] THE MINISTER SAID THE GUERRILLAS HAD MURDERED SIX PEASANTS.  HE GAVE NO ' +
      'MORE DETAILS.  THE MURDER OF THE SIX PEASANTS WAS CONDEMNED BY THE CHURCH.';
    expect(mainIncident({ text })?.place).toBe('Bogotá');
  });
});
