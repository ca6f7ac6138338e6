// Issue 11, text in capitals: a conjunction, a preposition or the "V" of a fixture is never the first or last word of
// a name. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

describe('mentions/caps-small-word-at-name-edge (issue 11)', () => {
  const rule = SPAN_RULES.find((r) => r.id === 'mentions/caps-small-word-at-name-edge');
  /** the words the span [s, e) of `type` keeps after the rule, or null when it is dropped */
  const run = (sentence: string, s: number, e: number, type = 'person', allCaps = true) => {
    const words = sentence.split(' ');
    const spans: Span[] = [{ type, s, e, gaz: [], weak: false, source: 'tagger' }];
    rule!.run({ res, words, spans, allCaps, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return spans[0] ? { text: words.slice(spans[0].s, spans[0].e).join(' '), type: spans[0].type } : null;
  };

  it('a name opened on "V", "AND" or "&" starts after it; one closed on "&" or "OF" ends before it', () => {
    expect(run('TODAY : DERBYSHIRE V NORTHAMPTONSHIRE AT CHESTERFIELD', 3, 5)?.text).toBe('NORTHAMPTONSHIRE');
    expect(run('GOALS FROM TOM REILLY AND OWEN DARCY SEALED IT', 4, 7)?.text).toBe('OWEN DARCY');
    expect(run('SHARES IN PIKE & HOLLOWAY ROSE', 3, 5, 'organization')?.text).toBe('HOLLOWAY');
    expect(run('A DEAL WITH HARTLEY & WAS SIGNED', 3, 5, 'organization')?.text).toBe('HARTLEY');
    expect(run('THE LIST OF STATES WAS PUBLISHED', 1, 3, 'organization')?.text).toBe('LIST');
  });

  it('the rest takes the type the gazetteer gives it; a span that is only the small word is none', () => {
    expect(run('TODAY : ESSEX V KENT AT CHELMSFORD', 3, 5)).toEqual({ text: 'KENT', type: 'place' });
    expect(run('ESSEX V KENT', 1, 2)).toBeNull();
  });

  it('the word inside a name, and text in mixed case, are left alone', () => {
    expect(run('FANS OF QUEEN OF THE SOUTH CHEERED', 2, 6, 'organization')?.text).toBe('QUEEN OF THE SOUTH');
    expect(run('Essex v Kent at Chelmsford', 1, 3, 'person', false)?.text).toBe('v Kent');
  });
});
