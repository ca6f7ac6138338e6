// Given names from a public list of English first names (given-names-more.json, scripts/add-given-names.mjs), and
// the rule coordinated-untagged-given-name: "Saïd and Chérif Kouachi" are two people who share the surname; and
// line-broken-name: a name a wrapped list splits across two lines is one person.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => findEntities(makeDoc({ text }, res));
const typeOf = (text: string, name: string) =>
  entities(text).find((e) => e.name === name || e.mentions.some((m) => m.text === name))?.type;

describe('the wider given-name list', () => {
  it('holds common English first names, but no everyday word and no large city', () => {
    for (const n of ['haywood', 'rhys', 'lanny', 'reinhard']) expect(res.names.givenNamesWide.has(n)).toBe(true);
    for (const n of ['hope', 'april', 'bank', 'orlando', 'denver']) expect(res.names.givenNamesWide.has(n)).toBe(false);
  });

  it('makes a person of a full name the tagger typed as a body ("millionaire backer Haywood Wray")', () => {
    expect(
      typeOf('Wasps offer millionaire backer Haywood Wray an early return on his investment.', 'Haywood Wray'),
    ).toBe('person');
  });
});

describe('coordinated given names share the surname', () => {
  it('"Said and Cherif Kouachi": two people, each with the surname', () => {
    const es = entities('The gunmen, Said and Cherif Kouachi, attacked the offices of the magazine in Paris.');
    const people = es.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain('Said Kouachi');
    expect(people).toContain('Cherif Kouachi');
  });

  it('"Tamerlan and Dzhokhar Tsarnaev": two people', () => {
    const people = entities('Police said Tamerlan and Dzhokhar Tsarnaev planted the bombs near the finish line.')
      .filter((e) => e.type === 'person')
      .map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Tamerlan Tsarnaev', 'Dzhokhar Tsarnaev']));
  });

  it('a sentence opening, a title or a month before "and" is no given name', () => {
    const names = (t: string) => entities(t).map((e) => e.name);
    expect(names('Said and Cherif Kouachi were named by police.')).not.toContain('Said Kouachi');
    expect(names('The couple, Mr and John Smith, arrived.').some((n) => /^Mr\b/.test(n))).toBe(false);
    expect(names('The talks were held in July and Dave Smith said so.')).not.toContain('July Smith');
  });
});

describe('a name broken across two lines of a list', () => {
  it('"Mike Sullivan, Willie\\nWood, Loren Roberts": the given name and the surname are one person', () => {
    const es = entities('Leading scores: Mike Sullivan, Willie\nWood, Loren Roberts, Steve Stricker.');
    const willie = es.find((e) => e.type === 'person' && e.mentions.some((m) => m.text === 'Willie'));
    expect(willie?.name).toBe('Willie Wood');
    expect(willie?.mentions.map((m) => m.text)).toEqual(['Willie', 'Wood']);
  });

  it('a place opening the next line stays a place ("talks with John\\nLondon")', () => {
    const es = entities('The talks with John\nLondon ended on Friday.');
    expect(es.find((e) => e.name === 'London')?.type).toBe('place');
  });
});
