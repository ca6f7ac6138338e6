// Rule place/venue-on-its-street: an incident placed at a street or square located only by its city takes the named
// venue the text puts on that street, not the city. Texts written for these tests; places hand-built.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { fixture, type EntitySpec } from './extract-incidents.fixtures.js';

const CITY: EntitySpec = {
  type: 'place',
  name: 'Harwick',
  forms: ['HARWICK'],
  country: 'GB',
  admin1: 'England',
  lat: 52.1,
  lon: -1.2,
};
const site = (name: string): EntitySpec => ({
  type: 'place',
  name,
  placeKind: 'site',
  country: 'GB',
  admin1: 'England',
  lat: 52.1,
  lon: -1.2,
  precision: 'site-in-city',
});
const SQUARE = site('Tanner Square');
const BAR = site('Blue Anchor Bar');
const GATE = site('North Gate');

function main(text: string, specs: EntitySpec[]) {
  const { doc, entities } = fixture({ text, published: '2021-03-08' }, specs);
  return findIncidents(doc, entities)[0];
}

describe('a venue on the street an incident is placed at names its scene', () => {
  it('a named venue written as lying in the square', () => {
    const inc = main(
      'HARWICK - A gunman took several people hostage on Monday. Armed officers forced their way into the Blue Anchor Bar in Tanner Square shortly after midnight, moments after gunfire was heard inside.',
      [CITY, SQUARE, BAR],
    );
    expect(inc?.place).toBe('Blue Anchor Bar, Harwick');
    expect(inc?.merges?.join(' ')).toContain('place/venue-on-its-street');
  });

  it('the venue\'s head noun before the square ("a bar in Tanner Square"), the venue named in the next sentence', () => {
    const inc = main(
      'HARWICK - A gunman was holding several people hostage inside a bar in Tanner Square on Monday. The stand-off began at the Blue Anchor Bar shortly after noon.',
      [CITY, SQUARE, BAR],
    );
    expect(inc?.place).toBe('Blue Anchor Bar, Harwick');
  });

  it('another site of the city that is not written on the street leaves the street to its city', () => {
    const inc = main(
      'HARWICK - A driver ploughed into pedestrians in Tanner Street on Monday. He then stabbed a guard at the North Gate.',
      [CITY, site('Tanner Street'), GATE],
    );
    expect(inc?.place).toBe('Harwick');
  });

  it('a square, a landmark, stays the place of the lede that names it alone (place/landmark-keeps-its-name)', () => {
    const inc = main(
      'HARWICK - A driver ploughed into pedestrians in Tanner Square on Monday. He then stabbed a guard at the North Gate.',
      [CITY, SQUARE, GATE],
    );
    expect(inc?.place).toBe('Tanner Square, Harwick');
  });
});
