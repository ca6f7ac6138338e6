// Issue #11: a given name that is also a place, written without capitals, is the place only where the article says so
// (rule mentions/small-given-name-place-needs-preposition); and names in scripts other than Latin inside English text
// cause no crash and no flood of entities. Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { SMALL_GIVEN_NAME_PLACE_NEEDS_PREPOSITION } from '../../src/extract/lower-case-places.js';
import { res, withoutRules } from '../helpers/resources.js';

const places = (text: string, r = res) =>
  extract({ text }, r)
    .entities.filter((e) => e.type === 'place')
    .map((e) => e.name.toLowerCase());

describe('mentions/small-given-name-place-needs-preposition', () => {
  const post = 'austin said on tuesday that the water supply to the whole block in leeds had been cut for two days.';

  it('reads a given name written small and told of as a speaker as no place', () => {
    expect(places(post)).not.toContain('austin');
    expect(places(post)).toContain('leeds');
  });

  it('reads it as the place after a preposition of place, after "of" or opening a dateline', () => {
    expect(places('two shelters were opened in austin after the floods, the mayor said on friday.')).toContain(
      'austin',
    );
    expect(places('the mayor of austin opened two shelters after the floods on friday.')).toContain('austin');
    expect(places('austin, june 3\nthe mayor opened two shelters after the floods on friday.')).toContain('austin');
  });

  it('leaves the name written with its capital as the cased reading has it', () => {
    const cased = 'Floods hit Austin on Friday and the mayor opened two shelters.';
    expect(places(cased)).toContain('austin');
  });

  it('switched off, the text read in capitals keeps the place', () => {
    expect(places(post, withoutRules(SMALL_GIVEN_NAME_PLACE_NEEDS_PREPOSITION.id))).toContain('austin');
  });
});

describe('names in other scripts inside English text', () => {
  const text =
    'The minister, Олег Петренко, met the envoy 王小明 in Vienna on Monday, and a statement signed by ' +
    'سامي الحداد was read out. Протесты продолжались. 会议在维也纳举行。 Police in Vienna said nobody was hurt.';

  it('extracts without a crash, with every mention a slice of the text', () => {
    const out = extract({ text }, res);
    for (const e of out.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(out.entities.some((e) => e.type === 'place' && e.name === 'Vienna')).toBe(true);
  });

  it('makes no flood of entities out of the words of other scripts', () => {
    const out = extract({ text }, res);
    const foreign = out.entities.filter((e) => e.type !== 'incident' && !/\p{Script=Latin}/u.test(e.name));
    // at most one entity per name written in another script (three here), none from the sentences in them
    expect(foreign.length).toBeLessThanOrEqual(3);
    expect(foreign.map((e) => e.name).join(' ')).not.toMatch(/Протесты|会议/u);
  });

  it('reads a text wholly in another script with a warning and no crash', () => {
    const out = extract({ text: 'Москва, 3 июня. Полиция задержала двух человек в центре города после взрыва.' }, res);
    expect(out.warnings?.join(' ')).toMatch(/non-Latin script/);
    expect(out.entities.filter((e) => e.type !== 'incident').length).toBeLessThanOrEqual(2);
  });
});
