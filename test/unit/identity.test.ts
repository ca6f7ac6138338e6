// Identity across articles: generic institutions keyed by their country (real extractor and data), and the guards
// that join or keep apart people of one full name (src/graph/person-identity.ts). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { crossArticlePersonKey } from '../../src/extract/identity.js';
import { comparePerson, decidePerson, middleNames, type PersonProfile } from '../../src/graph/person-identity.js';
import { res } from '../helpers/resources.js';

const orgKeys = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.key);

describe('generic institutions', () => {
  it('"High Court" is keyed by the country the words around it or the dateline give', () => {
    expect(
      orgKeys('WELLINGTON, New Zealand — A man appeared in the High Court on Monday charged with arson.'),
    ).toContain('org:generic:high-court:NZ');
    expect(orgKeys('LONDON — A man appeared in the High Court on Monday charged with arson.')).toContain(
      'org:generic:high-court:GB',
    );
    expect(orgKeys('Lawyers said Kenya’s High Court would rule on the appeal next month.')).toContain(
      'org:generic:high-court:KE',
    );
    expect(orgKeys('The appeal was heard by the High Court in Wellington on Monday.')).toContain(
      'org:generic:high-court:NZ',
    );
  });

  it('without any country evidence it stays with its article', () => {
    const keys = orgKeys('A man appeared in the High Court on Monday charged with arson. He denied it.');
    expect(keys.some((k) => /^org:generic:high-court:article:/.test(k))).toBe(true);
  });

  it('the reason is kept on the entity', () => {
    const court = extract({ text: 'LONDON — A man appeared in the High Court on Monday.' }, res).entities.find(
      (e) => e.key === 'org:generic:high-court:GB',
    );
    expect(court?.merges?.join(' ')).toMatch(/many countries.*GB.*dateline/);
  });
});

describe('people across articles', () => {
  const names = new Map([
    ['org:known:mi5', 'MI5'],
    ['place:geo:1', 'Leeds'],
  ]);
  const profile = (p: Partial<PersonProfile>): PersonProfile => ({
    key: 'person:john smith',
    countries: [],
    homeCountries: [],
    roles: [],
    context: [],
    ...p,
  });

  it('joins a namesake that shares entities and a country, saying only what the new article brings', () => {
    const d = decidePerson(
      profile({
        countries: ['GB'],
        homeCountries: ['GB'],
        roles: ['Spokesperson'],
        context: ['org:known:mi5', 'place:geo:1'],
      }),
      [profile({ homeCountries: ['GB'], context: ['org:known:mi5'] })],
      names,
      'a_2',
    );
    expect(d.key).toBe('person:john smith');
    // what was stored before depends on arrival order, so the line does not quote it
    expect(d.reason).toBe('a_2: same full name; the text ties them to GB; role spokesperson');
  });

  it('keeps apart namesakes the texts tie to different countries, with the reason', () => {
    const d = decidePerson(
      profile({ countries: ['NZ'], homeCountries: ['NZ'] }),
      [profile({ countries: ['GB'], homeCountries: ['GB'] })],
      names,
      'a_2',
    );
    expect(d.key).toBe('person:john smith#nz');
    expect(d.reason).toMatch(/kept apart.*different countries \(NZ vs GB\)/);
  });

  it('names the namesakes it was kept apart from in key order, whatever order the store gave them in', () => {
    const gb = profile({ countries: ['GB'], homeCountries: ['GB'] });
    const us = profile({ key: 'person:john smith#us', countries: ['US'], homeCountries: ['US'] });
    const row = profile({ countries: ['NZ'], homeCountries: ['NZ'] });
    const a = decidePerson(row, [gb, us], names, 'a_3');
    const b = decidePerson(row, [us, gb], names, 'a_3');
    expect(a).toEqual(b);
    expect(a.reason).toMatch(/person:john smith: .*; person:john smith#us: /);
  });

  it('articles about different countries with nothing in common keep namesakes apart; a shared entity joins them', () => {
    const stored = profile({ homeCountries: ['DE'], context: ['place:geo:1'] });
    expect(comparePerson(profile({ homeCountries: ['IT'] }), stored, names).compatible).toBe(false);
    expect(comparePerson(profile({ homeCountries: ['IT'], context: ['place:geo:1'] }), stored, names).compatible).toBe(
      true,
    );
    // countries are too common to count as common ground
    expect(
      comparePerson(
        profile({ homeCountries: ['IT'], context: ['place:country:DE'] }),
        profile({ homeCountries: ['DE'], context: ['place:country:DE'] }),
        names,
      ).compatible,
    ).toBe(false);
  });

  it('a later article joins the namesake it fits, whichever key that has', () => {
    const gb = profile({ countries: ['GB'], context: ['org:known:mi5'] });
    const nz = profile({ key: 'person:john smith#nz', countries: ['NZ'] });
    expect(decidePerson(profile({ countries: ['NZ'] }), [gb, nz], names, 'a_3').key).toBe('person:john smith#nz');
    expect(decidePerson(profile({ context: ['org:known:mi5'] }), [gb, nz], names, 'a_3').key).toBe('person:john smith');
  });

  it('the first article of a name adds the same kind of line as the others (order does not show)', () => {
    expect(decidePerson(profile({}), [], names, 'a_1')).toEqual({
      key: 'person:john smith',
      reason: 'a_1: same full name',
    });
  });
});

describe('middle names and country acronyms across articles', () => {
  const personKeys = (text: string) =>
    extract({ text }, res)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.key);

  it('a given name, middle name and surname are keyed without the middle name, so the short form meets them', () => {
    expect(crossArticlePersonKey(res, 'person:khuram shazad butt', 'Khuram Shazad Butt')).toBe('person:khuram butt');
    expect(personKeys('LONDON — Police named the attacker as Daniel Marcus Hale, 29, of Leeds.')).toContain(
      'person:daniel hale',
    );
  });

  it('names with an initial, a particle, a kunya or a suffix keep every word', () => {
    for (const [key, name] of [
      ['person:george w. bush', 'George W. Bush'],
      ['person:abu bakr al-baghdadi', 'Abu Bakr al-Baghdadi'],
      ['person:ibrahim el bakraoui', 'Ibrahim El Bakraoui'],
      ['person:frederic van leeuw', 'Frederic Van Leeuw'],
      ['person:mark lucraft qc', 'Mark Lucraft QC'],
      ['person:nasr bin ali', 'Nasr bin Ali'],
      ['person:anis amri', 'Anis Amri'],
    ] as const)
      expect(crossArticlePersonKey(res, key, name)).toBe(key);
  });

  it('two different middle names under one key are two people; one written without is either', () => {
    const base = { countries: [], homeCountries: ['GB'], roles: [], context: ['org:known:mi5'] };
    const shazad: PersonProfile = { ...base, key: 'person:khuram butt', middles: ['shazad'] };
    const ali: PersonProfile = { ...base, key: 'person:khuram butt', middles: ['ali'] };
    const none: PersonProfile = { ...base, key: 'person:khuram butt', middles: [] };
    expect(comparePerson(shazad, ali, new Map()).compatible).toBe(false);
    expect(comparePerson(shazad, ali, new Map()).why).toMatch(/different middle names/);
    expect(comparePerson(none, shazad, new Map()).compatible).toBe(true);
    expect(middleNames('person:khuram butt', ['Khuram Shazad Butt', 'Butt', 'Khuram Butt'])).toEqual(['shazad']);
  });

  it('an English middle name is left out of the key: "John Fitzgerald Kennedy" meets "John Kennedy"', () => {
    expect(crossArticlePersonKey(res, 'person:john fitzgerald kennedy', 'John Fitzgerald Kennedy')).toBe(
      'person:john kennedy',
    );
    // a middle given name, even where the article writes the middle word after the given name
    expect(
      crossArticlePersonKey(res, 'person:john fitzgerald kennedy', 'John Fitzgerald Kennedy', ['John Fitzgerald']),
    ).toBe('person:john kennedy');
    expect(
      personKeys('BOSTON — Officials said John Fitzgerald Kennedy had spoken at the hall. Kennedy left.'),
    ).toContain('person:john kennedy');
    expect(personKeys('BOSTON — John Kennedy spoke at the hall on Monday.')).toContain('person:john kennedy');
  });

  it('a given name and two surnames the article shortens to the first surname are keyed by it', () => {
    const full = personKeys(
      'BOGOTA — Gunmen seized the lawyer Julio Oquendo Castillo outside his home. Oquendo had received threats.',
    );
    expect(full).toContain('person:julio oquendo');
    expect(personKeys('BOGOTA — Julio Oquendo was freed by his captors on Sunday.')).toContain('person:julio oquendo');
    expect(
      crossArticlePersonKey(res, 'person:julio oquendo castillo', 'Julio Oquendo Castillo', [
        'Julio Oquendo Castillo',
        'Julio Oquendo',
      ]),
    ).toBe('person:julio oquendo');
    // a street read as a person's name is no name of two surnames
    expect(
      crossArticlePersonKey(res, 'person:scott hamilton drive', 'Scott Hamilton Drive', ['Scott Hamilton']),
    ).not.toBe('person:scott hamilton');
    // no shortened form in the article, or the last word alone: the middle-name reading, as before
    expect(crossArticlePersonKey(res, 'person:julio oquendo castillo', 'Julio Oquendo Castillo')).toBe(
      'person:julio castillo',
    );
    expect(
      crossArticlePersonKey(res, 'person:khuram shazad butt', 'Khuram Shazad Butt', ['Khuram Shazad Butt', 'Butt']),
    ).toBe('person:khuram butt');
  });

  it('two people of one given name and first surname with different second surnames stay apart', () => {
    expect(middleNames('person:julio oquendo', ['Julio Oquendo Castillo', 'Oquendo'])).toEqual([
      'second surname castillo',
    ]);
    const base = { countries: [], homeCountries: ['CO'], roles: [], context: ['org:known:eln'] };
    const castillo: PersonProfile = {
      ...base,
      key: 'person:julio oquendo',
      middles: middleNames('person:julio oquendo', ['Julio Oquendo Castillo']),
    };
    const perez: PersonProfile = {
      ...base,
      key: 'person:julio oquendo',
      middles: middleNames('person:julio oquendo', ['Julio Oquendo Perez']),
    };
    const short: PersonProfile = { ...base, key: 'person:julio oquendo', middles: [] };
    expect(comparePerson(castillo, perez, new Map()).compatible).toBe(false);
    expect(comparePerson(castillo, perez, new Map()).why).toMatch(/second surname castillo vs second surname perez/);
    expect(comparePerson(short, castillo, new Map()).compatible).toBe(true);
  });

  it('an acronym that adds a named country to the name it spells keys the body by the full name', () => {
    // a body no lexicon knows (the known NZSIS is keyed by the lexicon, which gives the same one node)
    const short = orgKeys(
      'WELLINGTON, New Zealand — An inquiry will examine the Border Intelligence Unit (NZBIU) and the police.',
    );
    const full = orgKeys('WELLINGTON, New Zealand — The New Zealand Border Intelligence Unit said it would help.');
    expect(short).toContain('org:name:new-zealand-border-intelligence-unit');
    expect(full).toContain('org:name:new-zealand-border-intelligence-unit');
    // without the country in the article, the letters are not read as its code
    expect(orgKeys('An inquiry will examine the Border Intelligence Unit (NZBIU) and the police.')).toContain(
      'org:name:border-intelligence-unit',
    );
    expect(
      orgKeys('WELLINGTON, New Zealand — An inquiry will examine the Security Intelligence Service (NZSIS).'),
    ).toContain('org:known:nzsis');
  });
});
