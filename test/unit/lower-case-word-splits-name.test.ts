// Issue 11, mixed-case copy: a tagged span that runs over a lower-case word which joins no name (a verb between two
// clubs in sport copy) is two names. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

describe('mentions/lower-case-word-splits-name (issue 11)', () => {
  const rule = SPAN_RULES.find((r) => r.id === 'mentions/lower-case-word-splits-name');
  /** the spans left after the rule, as "type:words" */
  const run = (sentence: string, s: number, e: number, type = 'organization', allCaps = false) => {
    const words = sentence.split(' ');
    const spans: Span[] = [{ type, s, e, gaz: [], weak: false, source: 'tagger' }];
    rule!.run({ res, words, spans, allCaps, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return spans.map((sp) => `${sp.type}:${words.slice(sp.s, sp.e).join(' ')}`);
  };

  it('a verb between two clubs splits the span into the two clubs', () => {
    expect(run('Yesterday Harlow beat Kettering by two goals', 1, 4)).toEqual([
      'organization:Harlow',
      'organization:Kettering',
    ]);
    expect(run('Rovers thrashed Albion Wanderers 5-0', 0, 4)).toEqual([
      'organization:Rovers',
      'organization:Albion Wanderers',
    ]);
  });

  it('a side is cut of its own small edge words, and takes the type the gazetteer knows it by', () => {
    expect(run('Redhill drew with the Netherlands on Sunday', 0, 5)).toEqual([
      'organization:Redhill',
      'place:Netherlands',
    ]);
  });

  it('joining words and name particles keep the name whole', () => {
    expect(run('officials of the Central Bank of Freedonia said', 3, 7)).toEqual([
      'organization:Central Bank of Freedonia',
    ]);
    expect(run('Lucia van der Berg won', 0, 4, 'person')).toEqual(['person:Lucia van der Berg']);
    expect(run('Kamau wa Njoroge spoke', 0, 3, 'person')).toEqual(['person:Kamau wa Njoroge']);
    expect(run('the Society for a Cleaner Harbour met', 1, 6)).toEqual(['organization:Society for a Cleaner Harbour']);
  });

  it('copy in capitals is left alone', () => {
    expect(run('HARLOW BEAT KETTERING', 0, 3, 'organization', true)).toEqual(['organization:HARLOW BEAT KETTERING']);
  });
});
