// Rule entities/written-home-holder: a name written right before a region of the article's own country is a place
// inside it, not a larger namesake abroad. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';
import { withoutRules } from '../helpers/resources.js';
import type { Resources } from '../../src/extract/resources.js';
import type { PlaceEntity } from '../../src/extract/types.js';

const placeNamed = (text: string, name: RegExp, resources?: Resources) =>
  placesOf(text, '1989-08-30', resources).ents.find((e): e is PlaceEntity => e.type === 'place' && name.test(e.name));

describe('a name written before a region of the dateline country (entities/written-home-holder)', () => {
  const text =
    'BOGOTA, 29 AUG 89 (WIRE) -- [TEXT] Two police agents held by rebels were freed yesterday in Berlin, ' +
    'Antioquia, the police said.';

  it('is a town of that country, not the city abroad', () => {
    expect(placeNamed(text, /Berlin/)?.country).toBe('CO');
  });

  it('switched off (KG_DISABLE_RULES=entities/written-home-holder), the city abroad wins again', () => {
    expect(placeNamed(text, /Berlin/, withoutRules('entities/written-home-holder'))?.country).toBe('DE');
  });

  it('leaves a list of places to the other rules', () => {
    const list =
      'SAN SALVADOR, 29 AUG 89 (WIRE) -- [TEXT] Troops were sent to Berlin, Usulutan, and La Union, the army said.';
    const off = placeNamed(list, /Berlin/, withoutRules('entities/written-home-holder'));
    expect(placeNamed(list, /Berlin/)?.merges?.join(' ') ?? '').not.toMatch(/written-home-holder/);
    expect(placeNamed(list, /Berlin/)?.country).toBe(off?.country);
  });
});
