// rule entities/venue-head-reaches-back: a lone venue head word ("Gates", "Park") takes the capitalised words before it
// into one venue name, but never those of the sentence before.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('a venue head word at the start of a sentence', () => {
  it('does not reach back over the full stop into the sentence before', () => {
    const m = mentions(
      "Defence Secretary Robert Gates flew into Herat on Sunday. Gates' visit had not been announced in advance.",
    );
    expect(m.filter((x) => /\.\s/u.test(x))).toEqual([]);
    expect(m.filter((x) => x.endsWith('Gates'))).toEqual(['person:Robert Gates', 'person:Gates']);
  });

  it('still takes the capitalised words before it inside one sentence', () => {
    expect(mentions('Crowds gathered outside the Old Mill Gates on Sunday.')).toContain('place:Old Mill Gates');
  });
});
