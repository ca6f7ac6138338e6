// Names that end in a word only places have: a forest, hills or mountains (mentions.placeHeads), and two unknown words
// after a locative preposition that open on no given name, are places, not bodies or people. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const typeOf = (text: string, name: string) =>
  extract({ text }, res).entities.find((e) => e.name === name)?.type ?? null;

describe('place head words', () => {
  it('reads a forest as a place', () => {
    expect(typeOf('The rebels withdrew into the Kamuku Forest after the raid on the camp.', 'Kamuku Forest')).toBe(
      'place',
    );
  });

  it('reads hills, or a forest after a preposition, as a place', () => {
    expect(typeOf('Soldiers searched caves in the Tora Hills for two days.', 'Tora Hills')).toBe('place');
    expect(typeOf('The patrol was ambushed on the edge of the Gurara Forest.', 'Gurara Forest')).toBe('place');
  });
});

describe('a head word alone that the gazetteer knows as a place', () => {
  it('stays the place after a placing preposition or before a noun for an area', () => {
    expect(typeOf('BRUSSELS - Police searched a house in Forest on Monday.', 'Forest')).toBe('place');
    expect(
      typeOf(
        'BRUSSELS - Two men were held after police raided a house in the Forest district, where a third man was shot dead.',
        'Forest',
      ),
    ).toBe('place');
  });
});

describe('two unknown words after a locative preposition', () => {
  it('are a place when no given name opens them', () => {
    expect(typeOf('Soldiers found the bodies of four traders in Gudi Yamta.', 'Gudi Yamta')).toBe('place');
  });

  it('stay a person when a given name opens them', () => {
    expect(typeOf('Voters put their faith in Maria Okonkwo at the last election.', 'Maria Okonkwo')).toBe('person');
  });
});
