// Issue 11, text in capitals: a leader's surname before the noun for his government is that leader when the article
// names him as a person elsewhere. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res, withoutRules } from '../helpers/resources.js';

const RULE = 'entities/caps-leader-before-era-noun';
const people = (text: string, resources = res) =>
  extract({ text }, resources)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.mentions.map((m) => m.text).join('/'));

describe('entities/caps-leader-before-era-noun (issue 11)', () => {
  const story = 'GOVERNOR HUNT SIGNED THE ORDER ON MONDAY. CRITICS SAY THE HUNT ADMINISTRATION ACTED TOO LATE.';

  it('the surname before "ADMINISTRATION" is the person the article names', () => {
    expect(people(story)).toEqual(['HUNT/HUNT']);
    expect(people(story, withoutRules(RULE))).toEqual(['HUNT']);
  });

  it('a word before "ADMINISTRATION" that the article names as no person stays a word', () => {
    expect(people('CRITICS SAY THE FOOD ADMINISTRATION ACTED TOO LATE. GOVERNOR HUNT SIGNED THE ORDER.')).toEqual([
      'HUNT',
    ]);
  });

  it('mixed case is left to the tagger', () => {
    expect(people('Governor Hunt signed the order. Critics say the Hunt administration acted too late.')).toEqual([
      'Hunt/Hunt',
    ]);
  });
});
