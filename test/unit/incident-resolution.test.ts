// Pure rules of cross-article incident resolution: kind families and place containment.
import { describe, expect, it } from 'vitest';
import { kindsMatch, placesMatch, type PlaceInfo } from '../../src/graph/incident-resolution.js';

const city = (key: string, name: string, lat: number, lon: number, country = 'FR'): PlaceInfo => ({ key, name, placeKind: 'city', country, lat, lon });
const site = (key: string, name: string): PlaceInfo => ({ key, name, placeKind: 'site', country: null, lat: null, lon: null });

describe('kindsMatch', () => {
  it('joins the violent-attack family and keeps responses to their own kind', () => {
    expect(kindsMatch('attack', 'shooting')).toBe(true);
    expect(kindsMatch('vehicle attack', 'stabbing')).toBe(true);
    expect(kindsMatch('bombing', 'explosion')).toBe(true);
    expect(kindsMatch('arrest', 'arrest')).toBe(true);
    expect(kindsMatch('arrest', 'raid')).toBe(false);
    expect(kindsMatch('raid', 'attack')).toBe(false);
    expect(kindsMatch('foiled plot', 'bombing')).toBe(false);
  });
});

describe('placesMatch', () => {
  const lyon = city('place:geo:1', 'Lyon', 45.748, 4.847);
  it('accepts the same place and a place close by in the same country', () => {
    expect(placesMatch(lyon, { ...lyon }).ok).toBe(true);
    expect(placesMatch(lyon, city('place:geo:2', 'Villeurbanne', 45.766, 4.88)).ok).toBe(true);
  });
  it('rejects distant cities, other countries and country-level places', () => {
    expect(placesMatch(lyon, city('place:geo:3', 'Lille', 50.633, 3.058)).ok).toBe(false);
    expect(placesMatch(lyon, city('place:geo:4', 'Geneva', 45.76, 4.85, 'CH')).ok).toBe(false);
    expect(placesMatch(lyon, { key: 'place:country:FR', name: 'France', placeKind: 'country', country: 'FR', lat: 46, lon: 2 }).ok).toBe(false);
  });
  it('places an unknown site in the city its name starts with, not in another', () => {
    const manchester = city('place:geo:5', 'Manchester', 53.48, -2.24, 'GB');
    expect(placesMatch(site('place:name:manchester-arena', 'Manchester Arena'), manchester).ok).toBe(true);
    expect(placesMatch(manchester, site('place:name:manchester-arena', 'Manchester Arena')).ok).toBe(true);
    expect(placesMatch(site('place:name:london-bridge', 'London Bridge'), manchester).ok).toBe(false);
    expect(placesMatch(site('place:name:a', 'Old Market'), site('place:name:b', 'Old Market Square')).ok).toBe(false);
  });
});
