// Issue 11: the graph an analyst opens holds real named entities, typed from evidence, with outlets kept on the
// article and places on the right spot of the map. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity, PlaceEntity } from '../../src/extract/types.js';

const named = (es: Entity[], name: string) =>
  es.filter((e) => e.type !== 'incident' && (e.name === name || e.aliases.includes(name)));
const names = (es: Entity[], type?: Entity['type']) =>
  es.filter((e) => e.type !== 'incident' && (!type || e.type === type)).map((e) => e.name);
const place = (es: Entity[], name: string) => named(es, name).find((e): e is PlaceEntity => e.type === 'place');

describe('a node is a real named entity', () => {
  it('plural and common nouns that open a sentence or follow a dateline dash are not entities', () => {
    const r = extract(
      {
        text: 'DENVER — Survivors gathered outside the courthouse on Monday. Witnesses said the van did not slow down. Mayor Carla Mendez said the city would rebuild.',
      },
      res,
    );
    expect(names(r.entities)).not.toContain('Survivors');
    expect(names(r.entities)).not.toContain('Witnesses');
    expect(names(r.entities, 'person')).toContain('Carla Mendez');
  });

  it('law titles, deities and named days are not entities', () => {
    const r = extract(
      {
        text: "The Explosives (Storage and Transport) Amendment Bill passed on Tuesday. The attacker shouted about Allah. Crowds marked Founders' Day in the park.",
      },
      res,
    );
    expect(names(r.entities)).toEqual([]);
  });

  it('a title before a name is a role, never a place or organisation of its own', () => {
    const r = extract(
      {
        text: 'U.S. District Judge Mara Quintero read the verdict. Federal Prosecutor Olaf Brenner said he would appeal.',
      },
      res,
    );
    expect(names(r.entities, 'person')).toEqual(expect.arrayContaining(['Mara Quintero', 'Olaf Brenner']));
    expect(names(r.entities)).not.toContain('U.S. District');
    expect(names(r.entities)).not.toContain('Federal');
    expect(names(r.entities, 'organization')).toEqual([]);
  });

  it('a surname alone joins a person only when one person in the article bears it', () => {
    const r = extract(
      {
        text: 'Omar Haddad and his cousin Karim Haddad were detained in Leeds. Haddad denied the charges on Friday. Leona Whitcombe, their lawyer, said Whitcombe would appeal.',
      },
      res,
    );
    const omar = named(r.entities, 'Omar Haddad')[0]!,
      karim = named(r.entities, 'Karim Haddad')[0]!;
    expect(omar.mentions.map((m) => m.text)).toEqual(['Omar Haddad']);
    expect(karim.mentions.map((m) => m.text)).toEqual(['Karim Haddad']);
    expect(names(r.entities)).not.toContain('Haddad');
  });

  it('"Yusuf and Idris Benali": a first name coordinated with a full name shares its surname', () => {
    const r = extract({ text: 'The brothers Yusuf and Idris Benali were named by police on Sunday.' }, res);
    expect(names(r.entities, 'person').sort()).toEqual(['Idris Benali', 'Yusuf Benali']);
  });
});

describe('types from evidence: sites', () => {
  it('streets, squares and named venues before a site noun are places of kind site inside their city', () => {
    const r = extract(
      { text: 'Mourners laid flowers on Kestrel Avenue and in Piazza Garibaldi in Turin, near the Orsolina bar.' },
      res,
    );
    for (const n of ['Kestrel Avenue', 'Piazza Garibaldi'])
      expect(place(r.entities, n)).toMatchObject({ placeKind: 'site' });
    expect(place(r.entities, 'Piazza Garibaldi')?.country).toBe('IT');
  });

  it('"rue de la Paix": a street written with a lower-case French head is one site', () => {
    const r = extract({ text: 'Police sealed off rue des Martyrs in Paris after the shooting.' }, res);
    expect(place(r.entities, 'rue des Martyrs')).toMatchObject({ placeKind: 'site', country: 'FR' });
    expect(names(r.entities)).not.toContain('Martyrs');
  });
});

describe('outlets and credits belong to the article', () => {
  it('the outlet in a dateline is the article outlet, not an entity', () => {
    const r = extract(
      { text: 'LEEDS, England (Riverside Gazette) - Two men were arrested after a car hit a crowd outside a pub.' },
      res,
    );
    expect(named(r.entities, 'Riverside Gazette')).toHaveLength(0);
    expect(r.article?.outlet).toBe('Riverside Gazette');
    expect(place(r.entities, 'Leeds') ?? place(r.entities, 'LEEDS')).toMatchObject({ country: 'GB' });
  });

  it('a dateline without brackets still names the place, and the word after its dash is no name', () => {
    const r = extract({ text: 'PORTLAND, Ore. — Families of the victims asked for a public inquiry.' }, res);
    expect(names(r.entities)).not.toContain('Families');
  });
});

describe('geocoding with a hierarchy', () => {
  it('namesakes are decided by the dateline country; each place carries its admin1', () => {
    const r = extract(
      { text: 'LONDON — Police searched two houses in Birmingham on Thursday after the arrest in London.' },
      res,
    );
    expect(place(r.entities, 'Birmingham')).toMatchObject({ country: 'GB', admin1: 'England', ambiguous: false });
  });

  it('a site named after a city lies in the city the article is about', () => {
    const r = extract(
      {
        text: 'MANCHESTER, England — Three people were hurt at Manchester Airport on Sunday, police in Manchester said.',
      },
      res,
    );
    expect(place(r.entities, 'Manchester Airport')).toMatchObject({ placeKind: 'site', country: 'GB' });
  });

  it('a small namesake abroad, with nothing in the article pointing there, is ambiguous, not confidently placed', () => {
    const r = extract(
      { text: 'ANTWERP, Belgium — Police raided a warehouse in Whitehall on Tuesday, prosecutors in Antwerp said.' },
      res,
    );
    const w = place(r.entities, 'Whitehall');
    expect(w?.ambiguous).toBe(true);
    expect(w?.country).not.toBe('US');
  });
});
