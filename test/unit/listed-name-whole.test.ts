// Rule mentions/listed-name-whole: a place the gazetteer lists only for names the tagger finds is that place where the
// tagger marks part of it. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

describe('mentions/listed-name-whole', () => {
  const rule = SPAN_RULES.find((r) => r.id === 'mentions/listed-name-whole');
  /** the spans after the rule, as "type:words" */
  const run = (sentence: string, s: number, e: number) => {
    const words = sentence.split(' ');
    const spans: Span[] = [{ type: 'organization', s, e, gaz: [], weak: false, source: 'tagger' }];
    rule!.run({ res, words, spans, allCaps: false, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return spans.map((t) => `${t.type}:${words.slice(t.s, t.e).join(' ')}`);
  };

  it('widens a tagged part of a listed name to the whole of it, a place, wherever the name stands', () => {
    expect(run('Crowds gathered outside the Houses of Parliament on Sunday', 6, 7)).toEqual([
      'place:Houses of Parliament',
    ]);
    expect(run('Houses of Parliament staff were told to stay home', 0, 1)).toEqual(['place:Houses of Parliament']);
  });

  it('leaves a tagged name alone where no listed name holds it', () => {
    expect(run('Crowds gathered outside the Houses of Lords on Sunday', 4, 5)).toEqual(['organization:Houses']);
  });
});
