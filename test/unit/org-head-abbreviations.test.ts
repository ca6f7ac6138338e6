// The abbreviated head words firms and associations end their names with ("Cos", "Assoc.", "Bros", "Assn") are head
// words of organisations (mentions.orgHeads), with or without the stop. The names are made up for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { mentionWords } from '../../src/extract/mention-words.js';
import { res } from '../helpers/resources.js';

const typeOf = (text: string, name: RegExp): string | undefined =>
  extract({ text, published: '2024-03-05' }, res).entities.find((e) => e.type !== 'incident' && name.test(e.name))
    ?.type;

describe('abbreviated head words of organisations', () => {
  it('the abbreviations are head words, each also with its stop', () => {
    const heads = mentionWords(res).orgHeads;
    for (const h of ['co', 'cos', 'bros', 'assn', 'assoc']) {
      expect(heads.has(h), h).toBe(true);
      expect(heads.has(`${h}.`), h).toBe(true);
    }
    expect(heads.has('corp.')).toBe(true);
  });

  it('a name ending in "Cos" is a firm, not a person', () => {
    expect(typeOf('Investors sold Dellmar Cos shares after the report on Monday.', /^Dellmar Cos/)).toBe(
      'organization',
    );
  });

  it('a name ending in "Assoc." is an association, not a place', () => {
    expect(typeOf('The Midwest Grain Assoc. will meet in Omaha on Friday.', /Midwest Grain/)).toBe('organization');
  });

  it('near miss: a surname that only opens with the letters stays a person', () => {
    expect(typeOf('Investors listened as Dellmar Cosgrove spoke after the report on Monday.', /Cosgrove/)).toBe(
      'person',
    );
  });
});
