// inflectedEnglish: a lower-case word is an inflected form of a word of English when its regular ending comes off
import { describe, expect, it } from 'vitest';
import { inflectedEnglish } from '../../src/extract/entity-rules.js';
import { res } from '../helpers/resources.js';

const inflected = (w: string) => inflectedEnglish({ res }, w);

describe('inflected forms of English words', () => {
  it('reads verb endings, plurals and adverbs back to their stem', () => {
    for (const w of ['described', 'hopes', 'carried', 'stopped', 'running']) expect(inflected(w), w).toBe(true);
  });

  it('undoes a doubled consonant only before an ending that opens with a vowel ("Notts" is no form of "not")', () => {
    expect(inflected('notts')).toBe(false);
    expect(inflected('stopped')).toBe(true);
  });
});
