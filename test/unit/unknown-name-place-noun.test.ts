// rule mentions/unknown-name-before-place-noun: "the Tor Ghundai area", "the Shadi Kalay refugee camp" are places the
// gazetteer does not know; "the Kurdish area" names no place.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

const rule = SPAN_RULES.find((r) => r.id === 'mentions/unknown-name-before-place-noun')!;

/** Runs the rule on one tagged span of `sentence` (words split on spaces) and returns it as type:words. */
const typed = (sentence: string, s: number, e: number, type = 'misc') => {
  const words = sentence.split(' ');
  const spans: Span[] = [{ type, s, e, gaz: [], weak: false, source: 'tagger' }];
  rule.run({ res, words, spans, allCaps: false, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
  return spans.map((sp) => `${sp.type}:${words.slice(sp.s, sp.e).join(' ')}`);
};

const entities = (text: string) => findEntities(makeDoc({ text }, res)).map((e) => `${e.type}:${e.name}`);

describe('an unknown name before a noun for a local place', () => {
  it('is that place, whether the tagger read it as a descriptor or a person', () => {
    expect(typed('Soldiers searched houses in the Tor Ghundai area on Tuesday .', 5, 7)).toEqual(['place:Tor Ghundai']);
    expect(typed('Jets took off from the Darvaz air base at night .', 5, 6)).toEqual(['place:Darvaz']);
    expect(typed('A drone struck a compound near the Shadi Kalay refugee camp .', 7, 9, 'person')).toEqual([
      'place:Shadi Kalay',
    ]);
    expect(entities('A drone struck a compound near the Shadi Kalay refugee camp at dawn.')).toEqual([
      'place:Shadi Kalay',
    ]);
  });

  it('leaves nationalities, group words and adjectives, which describe an area but name none', () => {
    expect(typed('Fighting spread to the Kurdish area overnight .', 4, 5)).toEqual(['misc:Kurdish']);
    expect(typed('Police patrolled a Sunni district of the city .', 3, 4)).toEqual(['misc:Sunni']);
    expect(typed('Aid reached a remote Himalayan village .', 4, 5)).toEqual(['misc:Himalayan']);
    expect(typed('The old Soviet nuclear plant was shut .', 2, 3)).toEqual(['misc:Soviet']);
    expect(typed('Crowds filled the Christmas market area .', 3, 4)).toEqual(['misc:Christmas']);
  });

  it('leaves a titled person or one with a known given name, and a noun that is no place', () => {
    expect(typed('He met General Tarbak area commanders .', 3, 4, 'person')).toEqual(['person:Tarbak']);
    expect(typed('The Ahmed district office opened .', 1, 2, 'person')).toEqual(['person:Ahmed']);
    expect(typed('The Tor Ghundai report was read .', 1, 3)).toEqual(['misc:Tor Ghundai']);
  });
});
