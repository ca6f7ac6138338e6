// Small towns the gazetteer does not know, as incident places (issue: incident places): a village an apposition calls
// one ("attacked X, a village in the Y region"), the other names of a list a locative opens, a name before a shouted
// settlement noun in capitals ("IN THE X NEIGHBORHOOD", "X CANTON"), and a name after "the hamlet of". Sentences
// written for these tests; the small places in them are made up.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';

const run = (text: string) => placesOf(text);

describe('place/settlement-apposition: "attacked X, a village in the Y region"', () => {
  it('places a Sahel attack in the village, in the country of its region', () => {
    const r = run('Armed men attacked Konsogou, a village in the Mopti region, killing 12 people.');
    expect(r.place('Konsogou')?.country).toBe('ML');
    expect(r.placeOf(r.incidents[0])?.name).toBe('Konsogou');
  });

  it('makes a place of a name the tagger read as a body (South Asia)', () => {
    const r = run('Gunmen stormed Bhimpur, a small farming village in Bihar, and shot dead six people on Tuesday.');
    expect(r.typeOf('Bhimpur')).toBe('place');
    expect(r.place('Bhimpur')?.country).toBe('IN');
    expect(r.placeOf(r.incidents[0])?.name).toBe('Bhimpur');
  });
});

describe('entities/list-of-places: a list a locative or "the villages of" opens, whose first name is a place', () => {
  it('types every name of the list a place of the article country', () => {
    const r = run('Militants burned houses in the villages of Kanto, Ibrahim and Sirba in Burkina Faso.');
    for (const n of ['Kanto', 'Ibrahim', 'Sirba']) expect(r.place(n)?.country).toBe('BF');
  });

  it('reads a list in capitals ("IN A, B, AND C") too', () => {
    const r = run('LIMA, 5 MAY 90 -- [TEXT] REBELS ATTACKED POLICE POSTS IN CHUQUIMAYO, TAPARAZO, AND HUALLMI.');
    for (const n of ['Taparazo', 'Huallmi']) expect(r.place(n)?.country).toBe('PE');
  });

  it('leaves people the article names in full alone (US)', () => {
    const r = run(
      'Police Chief John Smith and Mayor Ann Jones spoke in Dayton on Monday. ' +
        'In Dayton, Smith and Jones said the shooting was the worst in years.',
    );
    expect(r.typeOf('John Smith')).toBe('person');
    expect(r.typeOf('Ann Jones')).toBe('person');
    expect(r.ents.some((e) => e.type === 'place' && /^(?:Smith|Jones)$/.test(e.name))).toBe(false);
  });
});

describe('a settlement noun in capitals ("IN THE X NEIGHBORHOOD", "X CANTON, Y JURISDICTION")', () => {
  it('makes a place of a name the tagger left untyped, and places the incident there', () => {
    const r = run('LIMA, 5 MAY 90 -- [TEXT] A BOMB EXPLODED NEAR A HOUSE IN THE TORNALES NEIGHBORHOOD.');
    expect(r.place('Tornales')?.country).toBe('PE');
    expect(r.placeOf(r.incidents[0])?.name).toBe('Tornales');
  });

  it('reads the jurisdiction after a canton as a place, and no common word before a noun', () => {
    const r = run(
      'SAN SALVADOR, 3 MAR 90 -- [TEXT] TWO SOLDIERS WERE KILLED IN SAN JACINTO CANTON, TEJUTEPEQUE JURISDICTION, ' +
        'CABANAS DEPARTMENT. THE POLICE SAID THE COUNTY ASSESSOR WAS UNHURT.',
    );
    expect(r.place('Tejutepeque')?.country).toBe('SV');
    expect(r.ents.some((e) => e.type === 'place' && /police|assessor/i.test(e.name))).toBe(false);
  });
});

describe('"the hamlet of X"', () => {
  it('types the name after "the hamlet of" a place, not a person', () => {
    const r = run(
      'Gunmen killed four farmers in the hamlet of Marcel Kone near the border, Burkina Faso officials said.',
    );
    expect(r.typeOf('Marcel Kone')).toBe('place');
    expect(r.placeOf(r.incidents[0])?.name).toBe('Marcel Kone');
  });
});
