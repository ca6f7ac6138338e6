// Issue #11, each place on the right spot of the map: a country name two countries share (rule
// geocode/shared-country-name), a lower-case name that is also a given name or a word (rule
// mentions/lower-case-gazetteer-place), and a capital's wire naming a town of its country bare (rule
// entities/capital-wire-names-towns). Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { chooseSharedCountry, type PlaceEntry } from '../../src/extract/geocode.js';
import { placeNamed, run } from '../helpers/extracted-places.js';
import { res, withoutRules } from '../helpers/resources.js';
import { extract } from '../../src/extract/index.js';
import { NO_CAPITALS_READ_IN_CAPITALS } from '../../src/extract/no-capitals.js';

const gaz = res.gazetteer;
const congo = () => gaz.placesByName.get('congo')!;
const readings = (name: string): PlaceEntry[] => gaz.placesByName.get(name.toLowerCase()) ?? [];

describe('rule geocode/shared-country-name', () => {
  it('lists both Congos under the bare name, the one news means most often first', () => {
    const codes = congo().flatMap((e) => (e.kind === 'country' ? [e.code] : []));
    expect(codes).toEqual(['CD', 'CG']);
  });

  it('reads a demonym both Congos have as the first one’s', () => {
    expect(gaz.demonyms.get('congolese')).toBe('CD');
    // a demonym of one country alone is untouched
    expect(gaz.demonyms.get('zairean')).toBe('CD');
    expect(gaz.demonyms.get('chilean')).toBe('CL');
  });

  it('lets the article’s towns decide and says which towns did', () => {
    const ch = chooseSharedCountry(gaz, 'Congo', congo(), [congo(), readings('Goma'), readings('Bukavu')]);
    expect(ch?.entry).toMatchObject({ kind: 'country', code: 'CD' });
    expect(ch?.ambiguous).toBe(false);
    expect(ch?.why).toMatch(/Goma/);
    const west = chooseSharedCountry(gaz, 'Congo', congo(), [congo(), readings('Brazzaville')]);
    expect(west?.entry).toMatchObject({ code: 'CG' });
  });

  it('falls back on the data’s first reading, marked ambiguous, when nothing decides', () => {
    const ch = chooseSharedCountry(gaz, 'Congo', congo(), [congo(), readings('Paris')]);
    expect(ch?.entry).toMatchObject({ code: 'CD' });
    expect(ch?.ambiguous).toBe(true);
    expect(ch?.why).toMatch(/sharedCountryNames/);
  });

  it('is no rule for a name one country has alone', () => {
    expect(chooseSharedCountry(gaz, 'Chile', readings('Chile'), [readings('Chile')])).toBeNull();
  });

  it('puts a story about the eastern Congo and its towns in DR Congo', () => {
    const text =
      'Militiamen raided two villages outside Beni on Thursday, and aid workers said families fled towards Goma. ' +
      'The Congo army promised to send more troops to the east of Congo.';
    const ents = run({ text });
    const country = ents.find((e) => e.type === 'place' && e.placeKind === 'country');
    expect(country).toMatchObject({ country: 'CD' });
    expect(country?.merges?.join(' ')).toMatch(/shared-country-name/);
    expect(placeNamed({ text }, /^Goma$/)).toMatchObject({ country: 'CD', precision: 'city' });
  });

  it('reads a Brazzaville story’s Congo as the Republic of the Congo', () => {
    const text = 'BRAZZAVILLE, May 2 - Congo’s parliament passed a budget on Tuesday after a long debate.';
    const country = run({ text }).find((e) => e.type === 'place' && e.placeKind === 'country');
    expect(country).toMatchObject({ country: 'CG', ambiguous: false });
  });
});

describe('rule mentions/lower-case-gazetteer-place: names that are also given names or words', () => {
  const placeNames = (text: string) =>
    run({ text })
      .filter((e) => e.type === 'place')
      .map((e) => e.name.toLowerCase());

  // Text without capitals is read as text in capitals (rule mentions/no-capitals-read-in-capitals), where rule
  // mentions/small-given-name-place-needs-preposition asks the same evidence of such a name; the word-list reading
  // below is what the extractor does with the reading in capitals switched off.
  it('reads a given name as a person’s, not a country, with no preposition of place before it', () => {
    const lowerCaseRulesOnly = withoutRules(NO_CAPITALS_READ_IN_CAPITALS.id);
    const names = extract(
      {
        published: '2019-10-14',
        text: 'jordan told reporters he had been at home when the blast shook the street in kabul.',
      },
      lowerCaseRulesOnly,
    )
      .entities.filter((e) => e.type === 'place')
      .map((e) => e.name.toLowerCase());
    expect(names).toEqual(['kabul']);
  });

  it('reads it as the place where the text writes it after "in" or "near"', () => {
    const text =
      'refugees crossed into camps in jordan on monday, and aid arrived near florence later, officials said.';
    expect(placeNames(text)).toEqual(expect.arrayContaining(['jordan', 'florence']));
  });

  it('reads a word that names a country as the country only after a preposition of place', () => {
    expect(placeNames('the turkey was cooked for six hours before the guests came.')).toEqual([]);
    expect(placeNames('two journalists were detained in turkey on friday, their paper said.')).toContain('türkiye');
  });

  it('chooses among namesakes by the article’s other places, as for a written name', () => {
    const italy = placeNamed(
      { text: 'a bus crashed in florence on sunday and the injured were taken to hospitals in italy, police said.' },
      /^Florence$/,
    );
    expect(italy?.country).toBe('IT');
    const alabama = placeNamed(
      { text: 'a tornado tore roofs off homes in florence overnight, emergency officials in alabama said.' },
      /^Florence$/,
    );
    expect(alabama).toMatchObject({ country: 'US', admin1: 'Alabama' });
    // nothing else said: the far larger namesake
    expect(
      placeNamed({ text: 'a fire broke out in florence on sunday, firefighters said.' }, /^Florence$/)?.country,
    ).toBe('IT');
  });
});

describe('rule entities/capital-wire-names-towns', () => {
  it('puts a town a capital’s wire names bare in its own place, not in the capital', () => {
    const text =
      'BOGOTA, 12 JUN 90 (RADIO CARACOL) -- [TEXT] GUERRILLAS OF THE NATIONAL LIBERATION ARMY LAST NIGHT ATTACKED A ' +
      'POLICE STATION IN CAUCASIA, WOUNDING TWO AGENTS. THE ARMY SAID THE REBELS FLED.';
    const capital = placeNamed({ text }, /^Bogotá$/);
    const town = placeNamed({ text }, /^Caucasia$/i);
    expect(town).toMatchObject({ country: 'CO', admin1: 'Antioquia', precision: 'city' });
    expect(town?.lat).not.toBe(capital?.lat);
    expect(town?.merges?.join(' ')).not.toMatch(/part of Bogotá/);
  });

  it('gives a town the gazetteer does not know the dateline’s country only, marked ambiguous', () => {
    const text =
      'BOGOTA, 2 FEB 90 (RADIO CARACOL) -- [TEXT] GUERRILLAS OF THE NATIONAL LIBERATION ARMY TODAY BLEW UP AN ' +
      'ELECTRICAL TOWER IN ZORBATELA, LEAVING THE AREA WITHOUT POWER. POLICE SAID NOBODY WAS HURT IN THE ATTACK ON ' +
      'ZORBATELA.';
    const town = placeNamed({ text }, /^Zorbatela$/i);
    expect(town).toMatchObject({ country: 'CO', precision: 'country', ambiguous: true });
    expect(town?.lat).not.toBe(placeNamed({ text }, /^Bogotá$/)?.lat);
  });
});
