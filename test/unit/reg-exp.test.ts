import { describe, expect, it } from 'vitest';
import { alternatives, eachMatch } from '../../src/reg-exp.js';

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

describe('alternatives', () => {
  const naive = (xs: readonly string[]) => xs.map((x) => `(?:${x})`).join('|');
  // lists with shared starts in both orders (a longer entry before its prefix and after it), repeats, an empty
  // entry, entries that are patterns between plain ones, letters outside ASCII and apostrophes
  const lists: string[][] = [
    ['harbour', 'harbours', 'harbourside', 'harp', 'hare'],
    ['gate', 'gates', 'gate', 'gatehouse'],
    ['ship yards', 'ship', 'shipyard', 'ship yard'],
    ['', 'on', 'one'],
    ['river', 'riv(?:er|en)s?', 'rivers', 'rivet'],
    ['café', 'cafés', 'caf', 'cañon', 'cañons'],
    ["o'clock", 'o’clock', "o'", 'o'],
    ['x-ray', 'x ray', 'x-rays', 'xray'],
  ];
  const subjects = [
    'Harbourside harbours, a HARE and a harp.',
    'the GATEHOUSE gates',
    'ship yards, shipyard and ship yard',
    'one on none',
    'riven rivers rivet',
    'CAFÉS, cañons and a cafe',
    "at six O'CLOCK or o’clock",
    'X-Rays and xray',
  ];

  it('matches what the list as written matches, at every position, with the same preference', () => {
    for (const xs of lists)
      for (const flags of ['', 'iu', 'u', 'i']) {
        const mine = new RegExp(`(?:${alternatives(xs)})`, flags + 'y');
        const plain = new RegExp(`(?:${naive(xs)})`, flags + 'y');
        // a continuation that makes the preference show: the shortest choice wins where the longer fails after it
        const thenSpace = new RegExp(`(?:${alternatives(xs)})(?=\\s|,|\\.|$)`, flags + 'y');
        const plainThenSpace = new RegExp(`(?:${naive(xs)})(?=\\s|,|\\.|$)`, flags + 'y');
        for (const s of subjects)
          for (let at = 0; at <= s.length; at++) {
            mine.lastIndex = plain.lastIndex = thenSpace.lastIndex = plainThenSpace.lastIndex = at;
            expect(mine.exec(s)?.[0], `${String(mine)} at ${at} of "${s}"`).toBe(plain.exec(s)?.[0]);
            expect(thenSpace.exec(s)?.[0]).toBe(plainThenSpace.exec(s)?.[0]);
          }
      }
  });

  it('writes neighbours that share their start, and a repeated plain entry, once', () => {
    expect(alternatives(['gate', 'gates', 'gate', 'gatehouse'])).toBe('gate(?:|s|house)');
    expect(alternatives(['harbour', 'harbours', 'harp'])).toBe('har(?:bour(?:|s)|p)');
    // an entry that is a pattern keeps its place, and the plain entries on either side of it stay apart
    expect(alternatives(['river', 'riv(?:er|en)s?', 'rivers'])).toBe('river|(?:riv(?:er|en)s?)|rivers');
    for (const xs of lists) expect(alternatives(xs).length).toBeLessThanOrEqual(naive(xs).length);
  });
});
