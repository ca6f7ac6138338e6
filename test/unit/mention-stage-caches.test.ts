// The mention stage's caches and shared indexes give what working each value out afresh gives: the sentence's
// gazetteer matches handed to the span rules, the words that join a name's parts (made once per resources), the
// normalised names and the letter counts. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { letterCase, writtenWithoutCapitals } from '../../src/extract/document.js';
import { normalizeName, normalizeNameAnew } from '../../src/extract/entities.js';
import { mentionWords, opensUpper, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES, applySpanRules, sentenceMatches, type SentenceSpans } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

const ctxOf = (words: string[], spans: Span[], allCaps = false): SentenceSpans => ({
  res,
  words,
  spans,
  allCaps,
  W: mentionWords(res),
  names: res.names,
  gaz: res.gazetteer,
});

describe('span rules given the sentence’s gazetteer matches', () => {
  // a town of two words the tagger cut: its first word a place, the second run into a descriptor with the distance
  const words = 'The convoy drove to Sergiyev Posad 70 km north of the capital .'.split(' ');
  const tagged = (): Span[] => [
    { type: 'place', s: 4, e: 5, gaz: [], weak: false, source: 'tagger' },
    { type: 'misc', s: 5, e: 7, gaz: [], weak: false, source: 'tagger' },
  ];

  it('sentenceMatches is the gazetteer’s match of the sentence when the caller gives none', () => {
    const ctx = ctxOf(words, []);
    expect(sentenceMatches(ctx)).toEqual(res.gazetteer.match(words, false));
    const given = res.gazetteer.match(words, false);
    expect(sentenceMatches({ ...ctx, matches: given })).toBe(given);
  });

  it('the rules make the same spans with the matches given as without them', () => {
    const without = tagged();
    applySpanRules(ctxOf(words, without));
    const withMatches = tagged();
    applySpanRules({ ...ctxOf(words, withMatches), matches: res.gazetteer.match(words, false) });
    expect(withMatches).toEqual(without);
    // and the rule that reads them did its work: the whole town is the place
    const town = withMatches.find((t) => t.type === 'place' && t.s === 4)!;
    expect(words.slice(town.s, town.e).join(' ')).toBe('Sergiyev Posad');
    expect(town.rules).toContain('mentions/known-place-over-cut-name');
  });
});

describe('the words that join a name’s parts, made once per resources', () => {
  const rule = SPAN_RULES.find((r) => r.id === 'mentions/lower-case-word-splits-name')!;
  const run = (sentence: string, s: number, e: number) => {
    const words = sentence.split(' ');
    const spans: Span[] = [{ type: 'organization', s, e, gaz: [], weak: false, source: 'tagger' }];
    rule.run(ctxOf(words, spans));
    return spans.map((t) => words.slice(t.s, t.e).join(' '));
  };

  it('split at a verb and keep a name joined by a small word, sentence after sentence', () => {
    for (let i = 0; i < 3; i++) {
      expect(run('Northfield beat Westbury by two wickets .', 0, 3)).toEqual(['Northfield', 'Westbury']);
      expect(run('The Bank of Lowland raised its rate .', 1, 4)).toEqual(['Bank of Lowland']);
    }
  });
});

describe('normalised names', () => {
  it('the cached form is the one made afresh, asked once or again', () => {
    const names = ['The Red Brigades', 'Peña Nieto’s', 'Caf&eacute; Roma', '  São   Paulo  ', 'AL-QAEDA', 'the the'];
    for (const n of names) {
      const fresh = normalizeNameAnew(n);
      expect(normalizeName(n)).toBe(fresh);
      expect(normalizeName(n)).toBe(fresh);
    }
    expect(normalizeName('Peña Nieto’s')).toBe('pena nieto');
  });
});

describe('letter counts', () => {
  const byRegExp = (t: string) => ({
    upper: (t.match(/\p{Lu}/gu) ?? []).length,
    lower: (t.match(/\p{Ll}/gu) ?? []).length,
  });

  it('count capitals and small letters as the Unicode classes do, beyond ASCII too', () => {
    const texts = [
      '',
      'Plain ASCII Text with 3 digits.',
      'Ünïcödé ÉTÉ çà Ωμέγα İstanbul ǅemal',
      'mathematical 𝐀𝐁𝐂 and 𝐚𝐛𝐜 letters',
      'a lone \ud800 surrogate and \udc00 another',
      'ß ﬁ ǈ ʰ ª',
    ];
    for (const t of texts) expect(letterCase(t)).toEqual(byRegExp(t));
  });

  it('tell a text written without capitals', () => {
    expect(writtenWithoutCapitals('a message written all in small letters, with no capital at all')).toBe(true);
    expect(writtenWithoutCapitals('A Message Written In Title Case, As Headlines Often Are Written')).toBe(false);
  });
});

describe('a word that opens with a capital', () => {
  it('is told as the pattern /^\\p{Lu}/u tells it, past the sentence’s end and beyond ASCII too', () => {
    const words = ['Paris', 'paris', '', '7th', '"Quoted', 'Émile', 'élan', 'Ωμέγα', 'ωμέγα', '𝐀bc', 'ǅemal', '-Dash'];
    for (const w of words) expect(opensUpper(w)).toBe(/^\p{Lu}/u.test(w));
    const sentence = ['The', 'end'];
    expect(opensUpper(sentence[2])).toBe(false);
  });
});
