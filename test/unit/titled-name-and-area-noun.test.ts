// Issue 11: a one-word name written once with a title is that person where the article writes it bare too (rule
// entities/titled-name-is-person), and a province or region written small after a known name stays out of the name.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res, withoutRules } from '../helpers/resources.js';

const typed = (text: string, r = res) =>
  extract({ text }, r)
    .entities.filter((e) => e.type !== 'incident')
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('/')}`);

describe('rule entities/titled-name-is-person (issue 11)', () => {
  const text =
    'The prime minister thanked Indonesian president Habibie for his help. ' +
    '"We owe you a great deal," Tanaka told Habibie in a letter released on Monday.';

  it('a bare mention of a name written with a title elsewhere is the same person, not a body', () => {
    const t = typed(text);
    expect(t).toContain('person:Habibie/Habibie');
    expect(t.filter((n) => n.startsWith('organization:'))).toEqual([]);
  });

  it('switched off, the bare mention is left as the tagger read it', () => {
    const t = typed(text, withoutRules('entities/titled-name-is-person'));
    expect(t).not.toContain('person:Habibie/Habibie');
  });
});

describe('a known province or region written small after its name (data/gazetteers/regions.json)', () => {
  it('the name alone is the place; "province" and "region" stay outside it', () => {
    const t = typed(
      'Troops moved into Kandahar province on Monday, while fighting went on in Khost province and the Donetsk region.',
    );
    expect(t).toEqual(expect.arrayContaining(['place:Kandahar', 'place:Khost', 'place:Donetsk']));
    expect(t.filter((n) => /province|region/.test(n))).toEqual([]);
  });

  it('"the mainly Kurdish region of southeastern Turkey" is no name of Iraqi Kurdistan', () => {
    const t = typed('The party called for autonomy for the mainly Kurdish region of southeastern Turkey.');
    expect(t.filter((n) => /Kurdish/.test(n))).toEqual([]);
  });
});

describe('rule entities/person-apposition (issue 11)', () => {
  it('a name the tagger reads as a body is a person before ", a Somali national," or ", an elected member of parliament,"', () => {
    const text =
      'A police officer was killed in the south. Abdiwali Musse Qorsheel, a Somali national, was shot by two gunmen on Monday. ' +
      'Hla Myint Aye, an elected member of parliament for the party, died in August.';
    expect(typed(text)).toEqual(expect.arrayContaining(['person:Abdiwali Musse Qorsheel', 'person:Hla Myint Aye']));
    // without the rule the tagger's reading, a body, stands
    expect(typed(text, withoutRules('entities/person-apposition'))).toContain('organization:Abdiwali Musse Qorsheel');
  });

  it('a body that is "a member of" another, and a place before a new clause, keep their types', () => {
    const t = typed(
      'Fatah, a member of the PLO, objected on Monday. In Rome, a Vatican spokesman deplored the attack.',
    );
    expect(t).toContain('organization:Fatah');
    expect(t).toContain('place:Rome');
    expect(t.filter((n) => n.startsWith('person:'))).toEqual([]);
  });
});

describe('rule entities/acronym-in-brackets with a possessive', () => {
  it('"the World Trade Organization\'s (WTO) summit": the name ends before the possessive', () => {
    const t = typed("Delegates met before the World Trade Organization's (WTO) annual summit in the city.");
    expect(t).toContain('organization:World Trade Organization/WTO');
  });
});
