// "fighting in <place>" names where a person fought, a biography ("he had been fighting in Syria"), unless an
// intensity word makes it the report of a battle ("there was fierce fighting in Zacatecoluca"): then the place is the
// event's. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { mainIncident } from '../helpers/extracted-places.js';

describe('background place "fighting in"', () => {
  it('places heavy fighting where the sentence says, not at the dateline', () => {
    const text =
      'SAN SALVADOR, 13 NOV 89 (Northline Wire) -- There was heavy fighting in Zacatecoluca today, the army said.';
    expect(mainIncident({ text })?.place).toBe('Zacatecoluca');
  });

  it('reads the same report in capitals the same way', () => {
    const text = 'SAN SALVADOR, 13 NOV 89 (NORTHLINE WIRE) -- THERE WAS FIERCE FIGHTING IN ZACATECOLUCA TODAY.';
    expect(mainIncident({ text })?.place).toMatch(/^Zacatecoluca$/i);
  });

  it("still reads a fighter's past as background", () => {
    const text =
      'LONDON, May 3 (Northline Wire) - A man who had been fighting in Syria stabbed two people at a bus stop in ' +
      'Leeds on Tuesday, police said.';
    expect(mainIncident({ text })?.place).toBe('Leeds');
  });
});
