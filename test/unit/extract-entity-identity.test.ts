// Issue 11: one node per real entity. Relatives named by a given name, another name given after "known as", a unit
// written after its parent body, acronyms and their expansions, and districts placed with their division.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity, PlaceEntity } from '../../src/extract/types.js';
import { comparePerson } from '../../src/graph/person-identity.js';

const people = (es: Entity[]) =>
  es
    .filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();
const named = (es: Entity[], name: string) =>
  es.filter((e) => e.type !== 'incident' && (e.name === name || e.aliases.includes(name)));

describe('relatives named by a given name', () => {
  it('"his brother X" in a later clause belongs to the sentence subject, not the nearest name', () => {
    const r = extract(
      {
        text: 'Investigators said Omar Vance had been recruited online by the preacher Idris Kahn, and prosecutors added that his brother Tomas had rented the van.',
      },
      res,
    );
    expect(people(r.entities)).toContain('Tomas Vance');
    expect(people(r.entities)).not.toContain('Tomas Kahn');
  });

  it('"X and his brother Y" is X\'s brother', () => {
    const r = extract(
      { text: 'Helen Price told reporters that detectives had arrested Daniel Ross and his brother Mark at dawn.' },
      res,
    );
    expect(people(r.entities)).toContain('Mark Ross');
    expect(people(r.entities)).not.toContain('Mark Price');
  });
});

describe('another name of a person', () => {
  it('"Full Name, known as Nick" makes every later "Nick" that person, with the reason kept', () => {
    const r = extract(
      {
        text: 'The cartoonist Marguerite Delacroix, known as Margot, drew the cover. Readers queued to meet Margot at the festival on Sunday.',
      },
      res,
    );
    const p = named(r.entities, 'Margot');
    expect(p).toHaveLength(1);
    expect(p[0]!.name).toBe('Marguerite Delacroix');
    expect(p[0]!.mentions.map((m) => m.text)).toEqual(['Marguerite Delacroix', 'Margot', 'Margot']);
    expect(p[0]!.merges?.some((m) => m.includes('known as'))).toBe(true);
  });
});

describe('organisations: short and long names of one body', () => {
  it('a known unit written after its known parent is the unit', () => {
    const r = extract(
      {
        text: 'Superintendent Ann Holt, head of the Greater Manchester Police Counter Terrorism Policing North West, said two men were held.',
      },
      res,
    );
    const unit = named(r.entities, 'Greater Manchester Police Counter Terrorism Policing North West')[0];
    expect(unit?.key).toBe('org:known:ctp-north-west');
    expect(unit?.merges?.some((m) => m.includes('written after its parent body'))).toBe(true);
    // the Met's Counter Terrorism Command is a body of its own, not the national network whose name it shares words with
    const met = extract(
      {
        text: 'Commander Ann Holt, head of the Metropolitan Police Counter Terrorism Command, said two men were held.',
      },
      res,
    );
    expect(named(met.entities, 'Metropolitan Police Counter Terrorism Command')[0]?.key).toBe(
      'org:known:met-counter-terrorism-command',
    );
  });

  it('an acronym given in brackets and used alone later is one organisation with its expansion', () => {
    const r = extract(
      {
        text: 'The Coastal Waters Safety Board (CWSB) opened an inquiry on Monday. On Tuesday the CWSB said it had found no fault.',
      },
      res,
    );
    const orgs = r.entities.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.name).toBe('Coastal Waters Safety Board');
    expect(orgs[0]!.mentions).toHaveLength(3);
    expect(orgs[0]!.merges?.some((m) => m.includes('abbreviation given in brackets'))).toBe(true);
  });

  it('a body known to the gazetteer by two names gets one key in articles that use either', () => {
    const a = extract({ text: 'Officers from the North West Counter Terrorism Unit searched a house.' }, res);
    const b = extract({ text: 'A spokesman for Counter Terrorism Policing North West said a man was charged.' }, res);
    const keyOf = (es: Entity[]) => es.find((e) => e.type === 'organization')?.key;
    expect(keyOf(a.entities)).toBeDefined();
    expect(keyOf(a.entities)).toBe(keyOf(b.entities));
  });
});

describe('districts and small towns of the gazetteer', () => {
  it('a district takes the division of the city it lies in and city precision', () => {
    const r = extract({ text: 'BRUSSELS — Police searched two flats in Molenbeek on Friday evening.' }, res);
    const p = named(r.entities, 'Molenbeek')[0] as PlaceEntity | undefined;
    expect(p).toMatchObject({ country: 'BE', admin1: 'Brussels Capital', precision: 'city' });
  });

  it('a landmark with its own coordinates is a site in its city, with the division', () => {
    const r = extract({ text: 'SYDNEY — Crowds gathered outside the Sydney Opera House on Sunday night.' }, res);
    const p = named(r.entities, 'Sydney Opera House')[0] as PlaceEntity | undefined;
    expect(p).toMatchObject({ country: 'AU', admin1: 'New South Wales', precision: 'site-in-city' });
  });

  it('a small town with no city to lie in takes the division its gazetteer row gives', () => {
    const r = extract({ text: 'Runners set off from Hopkinton, Massachusetts, on Monday morning.' }, res);
    const p = named(r.entities, 'Hopkinton')[0] as PlaceEntity | undefined;
    expect(p).toMatchObject({ country: 'US', admin1: 'Massachusetts', precision: 'city' });
  });
});

describe('a person named only by a title and one name', () => {
  it('is keyed by the title without courtesy words, so other articles with the same title may meet it', () => {
    const r = extract({ text: 'The hearing was adjourned until May, Mr Justice Harwell said.' }, res);
    const p = r.entities.find((e) => e.type === 'person');
    expect(p?.key).toBe('person:titled:justice:harwell');
    expect(p?.merges?.some((m) => m.includes('named only by a title'))).toBe(true);
  });

  it('the writer joins two such people only when their articles share another entity', () => {
    const profile = (context: string[]) => ({
      key: 'person:titled:judge:harrowby',
      countries: [],
      homeCountries: ['GB'],
      roles: ['Judge'],
      context,
    });
    const names = new Map<string, string>();
    expect(
      comparePerson(profile(['org:name:leeds-crown-court']), profile(['org:name:leeds-crown-court']), names).compatible,
    ).toBe(true);
    expect(comparePerson(profile(['place:geo:1']), profile(['place:geo:2']), names).compatible).toBe(false);
  });
});

describe('names written with and without accents', () => {
  const ents = (text: string) => extract({ text }, res).entities;

  it('tags an accented full name as a person and joins its plain spelling', () => {
    const es = ents(
      'Officers spoke to Renée Halvorsen at the scene. Later Renee Halvorsen told reporters she had heard shots.',
    );
    const person = es.filter((e) => e.type === 'person');
    expect(person.map((e) => e.name)).toEqual(['Renée Halvorsen']);
    expect(person[0]!.mentions.map((m) => m.text)).toEqual(['Renée Halvorsen', 'Renee Halvorsen']);
    expect(es.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('reads a plain given name that is also a verb as the accented one beside the same surname', () => {
    const es = ents(
      'Police named the brothers as Saïd Orvane and Chérif Orvane. Said Orvane, 34, had travelled abroad. Cherif was later seen in a van.',
    );
    expect(people(es)).toEqual(['Chérif Orvane', 'Saïd Orvane']);
    expect(es.find((e) => e.name === 'Saïd Orvane')?.mentions.map((m) => m.text)).toContain('Said Orvane');
    expect(es.find((e) => e.name === 'Chérif Orvane')?.mentions.map((m) => m.text)).toContain('Cherif');
  });

  it('keeps the accent that tells a name from a word the article writes in lower case', () => {
    const es = ents(
      'Police said they were looking for two brothers, Saïd and Chérif Orvane, and said both had travelled abroad.',
    );
    expect(people(es)).toEqual(['Chérif Orvane', 'Saïd Orvane']);
  });
});
