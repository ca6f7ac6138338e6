// Where two kinds of place the gazetteer cannot put by name alone end up on the map: a forest, range or desert the
// gazetteer does not know (entities/land-feature-in-country), and a site written "in" a district the gazetteer holds
// with its own coordinates (entities/site-in-written-locality). The sentences and small places are made up.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const placeIn = (text: string, name: string) =>
  extract({ text, published: '2024-06-20' }, res).entities.find(
    (e): e is PlaceEntity => e.type === 'place' && e.name === name,
  );

describe('entities/land-feature-in-country', () => {
  it('puts an unknown forest of a Nigerian story in Nigeria, marked ambiguous, at country precision', () => {
    const forest = placeIn(
      'ABUJA — Gunmen took the villagers towards the Kamuku Forest, a hideout of bandits, police in Kaduna State said.',
      'Kamuku Forest',
    );
    expect(forest).toMatchObject({ placeKind: 'region', country: 'NG', precision: 'country', ambiguous: true });
  });

  it('does the same for a range of mountains', () => {
    const range = placeIn(
      'KABUL — Fighters retreated into the Sperkai Mountains after the raid, Afghan officials said.',
      'Sperkai Mountains',
    );
    expect(range).toMatchObject({ country: 'AF', ambiguous: true });
  });

  it('leaves a coast, which may border several countries, without a country', () => {
    const coast = placeIn(
      'ABUJA — Fishermen from Lagos were missing off the Zorana Coast after a storm, the navy said on Monday.',
      'Zorana Coast',
    );
    expect(coast).toBeDefined();
    expect(coast?.country ?? null).toBeNull();
  });
});

describe('entities/site-in-written-locality', () => {
  const woolwich = { lat: 51.491, lon: 0.0648 };

  it('places a site written "in" a district in that district, not at the dateline city', () => {
    const barracks = placeIn(
      'LONDON — A guard was stabbed outside Wellesley Barracks in Woolwich on Friday, police said.',
      'Wellesley Barracks',
    );
    expect(barracks).toMatchObject({ country: 'GB', ...woolwich, precision: 'site-in-city' });
  });

  it('does not move a site to a district the text names only in another sentence', () => {
    const barracks = placeIn(
      'LONDON — A guard was stabbed outside Wellesley Barracks on Friday. Police later searched a house in Woolwich.',
      'Wellesley Barracks',
    );
    expect(barracks?.country).toBe('GB');
    expect(barracks?.lon).not.toBe(woolwich.lon);
  });
});

describe('entities/full-name-alias', () => {
  const people = (text: string) =>
    extract({ text, published: '2024-06-20' }, res).entities.filter((e) => e.type === 'person');

  it('makes the other full name given after "also known as" an alias of one person', () => {
    const found = people(
      'DHAKA — The court sentenced Omar Faruk Khan, also known as Abu Saif, and Nazmul Karim to death on Monday.',
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Nazmul Karim', 'Omar Faruk Khan']);
    expect(found.find((p) => p.name === 'Omar Faruk Khan')?.aliases).toContain('Abu Saif');
  });

  it('keeps two people listed with "and" apart', () => {
    const found = people('DHAKA — The court sentenced Omar Faruk Khan and Abu Saif Rahman to death on Monday.');
    expect(found.map((p) => p.name).sort()).toEqual(['Abu Saif Rahman', 'Omar Faruk Khan']);
  });
});
