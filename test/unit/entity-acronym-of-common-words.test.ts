// An acronym in brackets that spells the lower-case words before it stands for a thing or a unit, not a name (rule
// entities/acronym-of-common-words). Texts written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { spellsAcronym } from '../../src/extract/entity-rules.js';
import { res } from '../helpers/resources.js';

const names = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type !== 'incident')
    .flatMap((e) => [e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)]);

describe('spellsAcronym', () => {
  it('reads one letter per word, or more letters from inside a word', () => {
    expect(spellsAcronym(['soft', 'white', 'barley'], 'swb')).toBe(true);
    expect(spellsAcronym(['kilowatt'], 'kw')).toBe(true);
    expect(spellsAcronym(['roadside', 'explosive', 'device'], 'red')).toBe(true);
  });
  it('needs every word to open its part of the letters', () => {
    expect(spellsAcronym(['white', 'soft', 'barley'], 'swb')).toBe(false);
    expect(spellsAcronym(['soft', 'white'], 'swb')).toBe(false);
    expect(spellsAcronym([], 'swb')).toBe(false);
  });
});

describe('an acronym of common words in brackets', () => {
  it('is no entity, there or where the article writes it again', () => {
    const text =
      'The Ostrava Grain Board bought 12,000 tonnes of soft white barley (SWB) from two traders on Tuesday. ' +
      'It said a further 4,000 tonnes of SWB would be shipped in October from the port of Gdansk.';
    const found = names(text);
    expect(found).not.toContain('SWB');
    expect(found).toContain('Ostrava Grain Board');
  });

  it('drops the letters even where a lexicon knows them as a body', () => {
    const text =
      'Traders bought 9,000 tonnes of hard red winter (HRW) wheat for Korea. Another 3,000 tonnes of HRW went to Taiwan.';
    expect(names(text)).not.toContain('HRW');
    expect(names(text)).not.toContain('Human Rights Watch');
  });

  it('leaves an acronym spelt by a capitalised name a body', () => {
    const text =
      'The Northern Relief Alliance (NRA) said on Monday its convoy had reached the town. NRA staff handed out food.';
    expect(names(text)).toContain('NRA');
  });

  it('leaves an acronym whose letters the words before it do not spell', () => {
    const text =
      'Fighters of the armed wing (KLF) attacked a checkpoint on Sunday, and KLF leaders later claimed the raid.';
    expect(names(text)).toContain('KLF');
  });
});
