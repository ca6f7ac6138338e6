// "the <city> prosecutor's office": the city is the place the prosecutors serve, not the name of a body. The sentences
// are made up for these tests; the cities are real.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const named = (title: string, text: string) =>
  extract({ title, text, published: '2024-06-20' }, res).entities.map((e) => `${e.type}:${e.name}`);

describe('entities/place-before-local-agency: a large city before a prosecutor of a country the article names', () => {
  it('reads the city, however it is spelt, as a place', () => {
    const ents = named(
      'Germany charges man over bomb plan',
      "A 31-year-old man has been charged with planning a bomb attack, the Duesseldorf prosecutor's office said on Friday.",
    );
    expect(ents).toContain('place:Duesseldorf');
    expect(ents).not.toContain('organization:Duesseldorf');
  });
});
