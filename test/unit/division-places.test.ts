// Places of short conflict-event notes written with the division that holds them ("X village in Y LGA, Z state",
// "X, Y province"), and the spellings of a division's name that English news varies. Sentences and the small places
// in them are made up for these tests; the divisions are real.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const run = (text: string) => {
  const ents = extract({ text, published: '2024-06-20' }, res).entities;
  return {
    ents,
    place: (name: string) => ents.find((e): e is PlaceEntity => e.type === 'place' && e.name === name),
    incident: ents.find((e): e is IncidentEntity => e.type === 'incident'),
  };
};
const ids = (name: string) => res.gazetteer.placesNamed(name).map((e) => (e.kind === 'country' ? e.code : e.id));

describe('gazetteer/spelling-variant: one division or town, however news spells its article', () => {
  it('reads al-, ad- and hyphens alike', () => {
    const want = ids('Salah ad Din');
    expect(want.length).toBeGreaterThan(0);
    expect(ids('Salah al-Din')).toEqual(want);
    expect(ids('Salah-ad-Din')).toEqual(want);
  });

  it('finds a town written with an article the gazetteer lacks, only in a country whose names carry one', () => {
    expect(res.gazetteer.placesNamed('El Geneina').map((e) => e.kind !== 'country' && e.country)).toEqual(['SD']);
    // a Spanish "El" is no Arabic article: "El Carmen" is not some "Carmen"
    expect(res.gazetteer.placesNamed('El Carmen')).toEqual([]);
  });

  it('locates a town written beside the division so spelt', () => {
    const { place, incident } = run(
      'On 9 June, gunmen killed three farmers near Qaryat Umm Ruhaila, Salah ad-Din governorate.',
    );
    expect(place('Qaryat Umm Ruhaila')).toMatchObject({ country: 'IQ', precision: 'region' });
    expect(place('Qaryat Umm Ruhaila')!.lat).not.toBeNull();
    expect(incident?.place).toBe('Qaryat Umm Ruhaila');
  });
});

describe('entities/settlement-in-division: a village or township is placed in the division written after it', () => {
  it('takes the state through an unknown district ("X village in Y LGA, Z state")', () => {
    const { place, ents } = run(
      'On 2 May, militants raided Ngomari Kura village in Dikwa LGA, Borno state, killing 4 herders.',
    );
    const village = place('Ngomari Kura');
    expect(village).toMatchObject({ country: 'NG', precision: 'region' });
    expect(village!.lat).toBe(place('Borno')!.lat);
    expect(place('Dikwa LGA')?.country).toBe('NG');
    expect(ents.some((e) => e.type === 'person' && e.name === 'Ngomari Kura')).toBe(false);
  });

  it('reads a township before a compass word and its state, and the incident is at the township', () => {
    const { place, incident } = run(
      'On 5 May, soldiers shelled Namhsan township, northern Shan state, killing two civilians.',
    );
    expect(place('Namhsan')).toMatchObject({ country: 'MM', precision: 'region' });
    expect(incident?.place).toBe('Namhsan');
    expect(incident?.participants.some((p) => p.name === 'Namhsan')).toBe(false);
  });
});

describe('entities/place-then-division: "Town, Division" is two places', () => {
  it('types a known province after a town as a place, not a body, and places the town in it', () => {
    const { place, ents } = run(
      'On 12 May, NPA guerrillas ambushed soldiers in San Policarpo, Eastern Samar. Two soldiers died.',
    );
    expect(ents.some((e) => e.type === 'organization' && e.name === 'Eastern Samar')).toBe(false);
    expect(place('Eastern Samar')?.country).toBe('PH');
    expect(place('San Policarpo')).toMatchObject({ country: 'PH', precision: 'region' });
  });

  it('leaves a person before a division alone', () => {
    const { ents } = run('Ibrahim Musa, Kano, said the road was closed on Monday.');
    expect(ents.find((e) => e.name === 'Ibrahim Musa')?.type).toBe('person');
  });
});

describe('entities/stated-division-locates and gazetteer/division-with-kind', () => {
  it('places a small town by the county written after it, in a story whose bodies are of another country', () => {
    const { place, ents } = run(
      'On 6 June, Al Shabaab fighters ambushed a convoy near Wajir town, Wajir county, killing three soldiers.',
    );
    const places = ents.filter((e): e is PlaceEntity => e.type === 'place' && e.name === 'Wajir');
    expect(places.map((p) => [p.placeKind, p.country])).toEqual([
      ['city', 'KE'],
      ['region', 'KE'],
    ]);
    expect(place('Wajir')!.lat).not.toBeNull();
  });

  it('reads "Borno State" as the region the gazetteer knows as Borno, not its neighbour', () => {
    expect(ids('Borno State')).toEqual(ids('Borno'));
  });
});
