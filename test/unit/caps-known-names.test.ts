// Issue 11, text in capitals: a body's name that mixed-case news writes capitalised (mentions.bodyNamesInCapitals, built
// by scripts/build-caps-body-names.mjs) and a person's full name the tagger left untagged. Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { res } from '../helpers/resources.js';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';

/** The spans rule ID leaves over SENTENCE (words split at spaces), starting from SPANS, as "type:WORDS". */
function after(id: string, sentence: string, spans: Span[] = [], allCaps = true): string[] {
  const rule = SPAN_RULES.find((r) => r.id === id)!;
  const words = sentence.split(' ');
  rule.run({ res, words, spans, allCaps, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
  return spans.map((t) => `${t.type}:${words.slice(t.s, t.e).join(' ')}`);
}
const span = (type: string, s: number, e: number): Span => ({ type, s, e, gaz: [], weak: false, source: 'tagger' });

describe('mentions/caps-known-body-name (issue 11)', () => {
  const id = 'mentions/caps-known-body-name';

  it('the list holds acronyms and longer names that case marks, not words that are also common words', () => {
    const list = res.words.set('mentions.bodyNamesInCapitals');
    expect(list.has('boj')).toBe(true);
    expect(list.has('liberal party')).toBe(true);
    // "fed" is a verb too, and a club named after its town is the town elsewhere
    expect(list.has('fed')).toBe(false);
    expect(list.has('liverpool')).toBe(false);
  });

  it('in capitals, words of a known body no span covers are the body', () => {
    expect(after(id, 'DELEGATES OF THE LIBERAL PARTY WALKED OUT ON TUESDAY .')).toEqual(['organization:LIBERAL PARTY']);
    expect(after(id, 'ANALYSTS EXPECT THE BOJ TO HOLD RATES .')).toEqual(['organization:BOJ']);
  });

  it('a span inside the name gives way to it; one reaching past it is left alone', () => {
    expect(after(id, 'DELEGATES OF THE LIBERAL PARTY WALKED OUT .', [span('misc', 3, 4)])).toEqual([
      'organization:LIBERAL PARTY',
    ]);
    expect(after(id, 'DELEGATES OF THE LIBERAL PARTY CAUCUS WALKED OUT .', [span('misc', 3, 6)])).toEqual([
      'misc:LIBERAL PARTY CAUCUS',
    ]);
  });

  it('mixed case is left to its capitals', () => {
    expect(after(id, 'Delegates of the liberal party walked out .', [], false)).toEqual([]);
  });
});

describe('mentions/caps-given-name-and-surname (issue 11)', () => {
  const id = 'mentions/caps-given-name-and-surname';

  it('a known given name and a word no list knows, both untagged, are a person', () => {
    expect(after(id, 'THE VISITORS SIGNED STRIKER MARCO VELTRANI ON MONDAY .')).toEqual(['person:MARCO VELTRANI']);
  });

  it('a word of English or a Roman numeral after the given name is no surname', () => {
    expect(after(id, 'THE COACH SAID MARCO PLAYED WELL .')).toEqual([]);
    expect(after(id, 'THE LAUNCH OF ARIANE IV WAS DELAYED .')).toEqual([]);
  });

  it('a pair inside a longer run or beside a firm word is left to other rules', () => {
    expect(after(id, 'SHARES OF MARCO VELTRANI BRASSOLT ROSE .')).toEqual([]);
    expect(after(id, 'SHARES OF MARCO VELTRANI & CO ROSE .')).toEqual([]);
    expect(after(id, 'SHARES OF MARCO VELTRANI INC ROSE .')).toEqual([]);
  });

  it('a one-word span the tagger left on either word gives way to the full name', () => {
    // the surname read alone, even as a body
    expect(after(id, 'THE FIRM SAID CEO MARCO VELTRANI RESIGNED .', [span('organization', 5, 6)])).toEqual([
      'person:MARCO VELTRANI',
    ]);
    // the given name read alone
    expect(after(id, 'THE FIRM SAID MARCO VELTRANI RESIGNED .', [span('person', 3, 4)])).toEqual([
      'person:MARCO VELTRANI',
    ]);
  });

  it('words a span covers and mixed case are left alone', () => {
    expect(after(id, 'STRIKER MARCO VELTRANI SCORED .', [span('organization', 1, 3)])).toEqual([
      'organization:MARCO VELTRANI',
    ]);
    expect(after(id, 'Striker MARCO VELTRANI scored .', [], false)).toEqual([]);
  });
});
