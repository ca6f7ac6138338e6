// Identity across articles: generic institutions keyed by their country (real extractor and data), and the guards
// that join or keep apart people of one full name (src/graph/person-identity.ts). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { comparePerson, decidePerson, type PersonProfile } from '../../src/graph/person-identity.js';
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
