// A landmark named in the lede within the dateline's city is the incident's place (issue #10): a bridge or square is
// no address that gives way to its city (rule place/landmark-keeps-its-name), and a town the opening sentence names
// only in its dateline does not take the place of the one site that sentence names, even when the attack went on
// to another site (rule place/lede-site-in-dateline-city). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';

describe('a landmark of the dateline city as the place of the incident', () => {
  it('keeps the bridge of the lede and names the incident on it', () => {
    const r = placesOf(
      'LONDON — A man drove a van into cyclists on Lambeth Bridge on Tuesday morning, killing two people. ' +
        "He then ran to the gates of St James's Palace, where he stabbed a guard before police shot him.",
    );
    const inc = r.incidents[0]!;
    expect(r.placeOf(inc)?.name).toBe('Lambeth Bridge');
    expect(inc.place).toBe('Lambeth Bridge, London');
    expect(inc.name).toMatch(/ on Lambeth Bridge\b/);
  });

  it('keeps a square a lone site names', () => {
    const r = placesOf('LONDON — A man stabbed two tourists in Trafalgar Square on Sunday, police said.');
    expect(r.placeOf(r.incidents[0])?.name).toBe('Trafalgar Square');
  });

  it('still gives an address street up for its city', () => {
    const r = placesOf('DENVER — A man was shot on Saturday in the 300 block of Aurora Street, police said.');
    expect(r.incidents[0]?.place).toBe('Denver');
  });

  it('leaves a lede that names two sites of its town to the town', () => {
    const r = placesOf(
      'LONDON — A man drove a van into cyclists on Lambeth Bridge on Tuesday morning and then ran to the gates ' +
        "of St James's Palace, where he stabbed a guard before police shot him. Two people died.",
    );
    expect(r.placeOf(r.incidents[0])?.name).toBe('London');
  });
});
