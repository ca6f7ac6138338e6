// Rule place/site-in-its-city: an incident at a venue or a quarter of a city reads "site, city".
// Texts written for these tests; places hand-built (North Lawndale is a section of Chicago in the real gazetteer).
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { fixture, type EntitySpec } from './extract-incidents.fixtures.js';

const CITY: EntitySpec = { type: 'place', name: 'Millbrook', country: 'US', admin1: 'Ohio', lat: 40.1, lon: -82 };
const MALL: EntitySpec = {
  type: 'place',
  name: 'Harbor Mall',
  placeKind: 'site',
  country: 'US',
  lat: 40.1,
  lon: -82,
  precision: 'site-in-city',
};
const QUARTER: EntitySpec = {
  type: 'place',
  name: 'North Lawndale',
  key: 'place:geo:4903940',
  country: 'US',
  admin1: 'Illinois',
  lat: 41.86,
  lon: -87.718,
  precision: 'city',
};
const CHICAGO: EntitySpec = {
  type: 'place',
  name: 'Chicago',
  key: 'place:geo:4887398',
  country: 'US',
  admin1: 'Illinois',
  lat: 41.85,
  lon: -87.65,
  precision: 'city',
};

function main(text: string, specs: EntitySpec[]) {
  const { doc, entities } = fixture({ text, published: '2020-06-08' }, specs);
  return findIncidents(doc, entities)[0];
}

describe('an incident at a site or a quarter of a city names the city too', () => {
  it('a venue located by the city the article names reads "venue, city"', () => {
    const inc = main('A man was shot at Harbor Mall on Monday, Millbrook police said.', [MALL, CITY]);
    expect(inc?.place).toBe('Harbor Mall, Millbrook');
    expect(inc?.placeId).toBe('e1');
  });

  it('a venue keeps its bare name when the article names no city that holds it', () => {
    const inc = main('A man was shot at Harbor Mall on Monday, police said.', [MALL, CITY]);
    expect(inc?.place).toBe('Harbor Mall');
  });

  it('a quarter of a city (the gazetteer\'s section) reads "quarter, city"', () => {
    const inc = main('A boy was shot Friday evening in North Lawndale, according to Chicago police.', [
      QUARTER,
      CHICAGO,
    ]);
    expect(inc?.place).toBe('North Lawndale, Chicago');
  });

  it('a town that is no quarter keeps its bare name beside a city nearby', () => {
    const town: EntitySpec = { ...QUARTER, name: 'Cicero', key: 'place:geo:4888015', lat: 41.846, lon: -87.754 };
    const inc = main('A boy was shot Friday evening in Cicero, according to Chicago police.', [town, CHICAGO]);
    expect(inc?.place).toBe('Cicero');
  });

  it('a quarter the gazetteer does not locate, written as one ("the Creekwood community"), reads "quarter, city"', () => {
    const quarter: EntitySpec = { type: 'place', name: 'Creekwood', placeKind: 'other' };
    const city: EntitySpec = { ...CITY, name: 'Wilmington' };
    const inc = main(
      'Four people were shot in the Creekwood community on Saturday afternoon. Darryl Freeman, 25, of Wilmington died.',
      [quarter, city],
    );
    expect(inc?.place).toBe('Creekwood, Wilmington');
    const bare = main(
      'Four people were shot in Creekwood on Saturday afternoon. Darryl Freeman, 25, of Wilmington died.',
      [quarter, city],
    );
    expect(bare?.place).toBe('Creekwood');
  });
});
