// rule mentions/name-of-place-splits: "Alba of Germany" is a club and the country it is from, "Bank of Canada" one name.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

const rule = SPAN_RULES.find((r) => r.id === 'mentions/name-of-place-splits')!;

/** Runs the rule on one tagged span of `sentence` (words split on spaces) and returns the spans it leaves. */
const split = (sentence: string, s: number, e: number, type = 'organization') => {
  const words = sentence.split(' ');
  const spans: Span[] = [{ type, s, e, gaz: [], weak: false, source: 'tagger' }];
  rule.run({ res, words, spans, allCaps: false, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
  return spans.map((sp) => `${sp.type}:${words.slice(sp.s, sp.e).join(' ')}`);
};

describe('a name qualified by the place it is from', () => {
  it('splits a club, a person or a firm from the place after "of"', () => {
    expect(split('Vardar of Macedonia drew with Sparta on Sunday .', 0, 3)).toEqual([
      'organization:Vardar',
      'place:Macedonia',
    ]);
    expect(split('Tomas Novak of Slovakia won the sprint .', 0, 4, 'person')).toEqual([
      'person:Tomas Novak',
      'place:Slovakia',
    ]);
    expect(split('He was chief executive of Zentra Corp of Denver until May .', 5, 9)).toEqual([
      'organization:Zentra Corp',
      'place:Denver',
    ]);
  });

  it('does so in capitals too', () => {
    const words = 'VARDAR OF MACEDONIA BEAT SPARTA .'.split(' ');
    const spans: Span[] = [{ type: 'organization', s: 0, e: 3, gaz: [], weak: false, source: 'tagger' }];
    rule.run({ res, words, spans, allCaps: true, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    expect(spans.map((sp) => words.slice(sp.s, sp.e).join(' '))).toEqual(['VARDAR', 'MACEDONIA']);
  });

  it('keeps one name when "of" follows a head word, a common noun or a title of rank', () => {
    expect(split('The Bank of Canada held its rate .', 1, 4)).toEqual(['organization:Bank of Canada']);
    expect(split('Students of the University of Michigan marched .', 3, 6)).toEqual([
      'organization:University of Michigan',
    ]);
    expect(split('The Duke of Norfolk opened the fair .', 1, 4, 'person')).toEqual(['person:Duke of Norfolk']);
  });

  it('leaves a name whose words after "of" are no known place', () => {
    expect(split('Vardar of Wednesbury Lane played .', 0, 4)).toEqual(['organization:Vardar of Wednesbury Lane']);
  });

  it('gives each club and its country as two entities in a list of entrants', () => {
    const ents = findEntities(
      makeDoc({ text: 'Clubs taking part include Hapoel of Israel, Cibona of Croatia and Pau-Orthez of France.' }, res),
    ).map((e) => `${e.type}:${e.name}`);
    expect(ents).toEqual(expect.arrayContaining(['organization:Cibona', 'place:Croatia', 'place:France']));
    expect(ents.some((e) => / of /.test(e))).toBe(false);
  });
});
