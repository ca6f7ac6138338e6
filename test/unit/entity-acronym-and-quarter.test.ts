// A body's acronym spelt out in brackets is that body wherever the article writes it again (rule
// entities/bracketed-acronym-named-again), hyphenated names spell one letter per capitalised part (rule
// entities/acronym-in-brackets), and a name after "the <settlement noun> of" is a place (rule
// entities/settlement-noun-of-name). Texts written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => extract({ text }, res).entities.filter((e) => e.type !== 'incident');
const named = (text: string, name: string) =>
  entities(text).filter((e) => e.name === name || e.aliases?.includes(name));

describe('an acronym given in brackets', () => {
  it('is the same body when written again alone', () => {
    const text =
      'The police chief said the bomber led a cell of Harakat Bayan Tawil (HBT), a network loyal to the Islamic State ' +
      'group. He said the attack may have been revenge for the arrest of HBT leaders in the capital last month.';
    const found = extract({ text }, res).entities;
    const hits = found.filter((e) => e.name === 'HBT' || e.aliases?.includes('HBT'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.type).toBe('organization');
    expect(hits[0]!.name).toBe('Harakat Bayan Tawil');
    expect(hits[0]!.mentions).toHaveLength(3);
    // and no arrest placed "in HBT"
    expect(found.filter((e) => e.type === 'incident' && e.name.includes('HBT'))).toEqual([]);
  });

  it('is spelt by the capitalised parts of a hyphenated name', () => {
    const text =
      'The court banned Jundullah-e-Farooq Tarbela (JFT) last year. Prosecutors said the men had trained with JFT in hills near the border.';
    const hits = named(text, 'JFT');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.type).toBe('organization');
    expect(hits[0]!.name).toBe('Jundullah-e-Farooq Tarbela');
  });

  it('leaves a place written in brackets a place', () => {
    const found = entities('The minister flew from London to Washington (US) for talks on Monday.');
    expect(found.find((e) => e.name === 'US' || e.aliases?.includes('US'))?.type ?? 'place').toBe('place');
  });
});

describe('a name after "the quarter of", "the village of"', () => {
  it('is a place, not a person', () => {
    const text = 'Gunmen stormed a restaurant in the old quarter of Karim on Friday night, the police said.';
    const hits = named(text, 'Karim');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.type).toBe('place');
  });

  it('keeps a body the phrase names after a jurisdiction', () => {
    const text = 'The case falls under the jurisdiction of the Supreme Court, lawyers for Amina Dosso said.';
    expect(entities(text).find((e) => e.name.includes('Supreme Court'))?.type).toBe('organization');
  });
});
