// Fables and feature copy capitalise the common nouns that play their characters; entities/article-then-common-noun
// reads them as the nouns they are, where the article brings them in with "a" or "an" (entity-rules.ts).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res, withoutRules } from '../helpers/resources.js';

const mentions = (text: string, r = res) =>
  findEntities(makeDoc({ text }, r)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('entities/article-then-common-noun', () => {
  it('a character brought in with "a" is a noun, and so is the same word after "the"', () => {
    const m = mentions(
      'A FOX crept every night to the edge of the farm. The farmer set a trap, but the Fox, wiser than he looked, walked around it. In the morning the Fox was gone and the trap stood empty.',
    );
    expect(m.filter((x) => /fox/i.test(x))).toEqual([]);
  });

  it('an owl in mixed case after "an" is a noun too', () => {
    const m = mentions(
      'In the old story, an Owl, who had watched the forest for years, warned the others about the hunters.',
    );
    expect(m.filter((x) => /owl/i.test(x))).toEqual([]);
  });

  it('a name after "the" alone stays, and so does a name before a lower-case noun', () => {
    const m = mentions(
      'Officials said the Bush administration would decide soon. A senior Bush administration official declined to comment, and a spokesman told the Times the plan would go ahead.',
    );
    expect(m.filter((x) => x === 'person:Bush')).toHaveLength(2);
    expect(m).toContain('organization:Times');
  });

  it("switched off (KG_DISABLE_RULES), the tagger's reading of the characters comes back", () => {
    const text = 'A WOLF followed the flock for days. The shepherd trusted the Wolf, and the Wolf waited.';
    expect(mentions(text).filter((x) => /wolf/i.test(x))).toEqual([]);
    const off = mentions(text, withoutRules('entities/article-then-common-noun'));
    expect(off.filter((x) => /wolf/i.test(x)).length).toBeGreaterThan(0);
  });
});
