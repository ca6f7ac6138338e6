import { describe, expect, it } from 'vitest';
import { eachMatch } from '../../src/reg-exp.js';

/** what a match says: where, what, its groups and (with the d flag) their spans */
const seen = (ms: Iterable<RegExpMatchArray>) =>
  [...ms].map((m) => ({ at: m.index, text: [...m], indices: m.indices ? [...m.indices] : null }));

describe('eachMatch', () => {
  const cases: [RegExp, string][] = [
    [/(\p{Lu})\p{Ll}+/dgu, 'Rain in Lisbon, then Porto and Faro.'],
    [/\d*/g, 'a12b3'], // empty matches move on by one character
    [/(?:)/gu, 'a😀b'], // by one code point under u: no match falls inside the emoji
    [/(?:)/g, 'a😀b'], // by one code unit without it
    [/x/g, ''],
  ];
  it('yields what matchAll yields', () => {
    for (const [re, text] of cases) expect(seen(eachMatch(re, text))).toEqual(seen(text.matchAll(re)));
  });

  it('starts at lastIndex and leaves it as it was', () => {
    const re = /o/g;
    re.lastIndex = 5;
    const ms = [...eachMatch(re, 'one two four')];
    expect(ms.map((m) => m.index)).toEqual([6, 9]);
    expect(re.lastIndex).toBe(5);
  });

  it('lets the loop over one pattern use that pattern meanwhile', () => {
    const word = /\p{L}+/gu;
    const pairs: string[] = [];
    for (const a of eachMatch(word, 'ab cd')) for (const b of eachMatch(word, 'x y')) pairs.push(a[0] + b[0]);
    expect(pairs).toEqual(['abx', 'aby', 'cdx', 'cdy']);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => [...eachMatch(/a/, 'a')]).toThrow(TypeError);
  });
});
