import { describe, expect, it } from 'vitest';
import { caseFoldedRegExp, foldCase, foldedSource } from '../../src/case-folded-reg-exp.js';
import { eachMatch } from '../../src/reg-exp.js';

/** everything a match says: where, its text and groups, their spans, named groups */
const seen = (ms: Iterable<RegExpMatchArray>) =>
  [...ms].map((m) => ({
    at: m.index,
    text: [...m],
    indices: m.indices ? [...m.indices] : null,
    groups: m.groups ? { ...m.groups } : null,
  }));

// texts with the letters whose case classes are odd: long s, Kelvin sign, dotted and dotless i, sharp s, final sigma,
// micro sign, the Greek iota subscript, title-case digraphs, Cherokee, a letter beyond the BMP
const texts = [
  'The Mayor of Springfield was SHOT dead; two Guards were wounded.',
  'Maſked men ſhot the KING at 5 o’clock in İzmir and Diyarbakır.',
  'STRASSE Straße STRAẞE, ΣΊΣΥΦΟΣ σίσυφος, µ and μ and Μ, ᾳ ᾼ ͅ',
  'ǅemal Ǆemal ǆemal, ᏣᎳᎩ ꮳꮃꭹ, 𐐀𐐨 𐐨𐐀 — “quoted” words',
  'THE MOVEMENT (M-19), the (efe) agency, (X.1) and (Ab:c) and (R&D)',
  '',
];

const sources = [
  String.raw`(?<![\p{L}])(?:shot|killed|wounded)(?![\p{L}])`,
  String.raw`(?<![\p{L}])((?:[\p{L}\p{N}'’.-]+\s+){0,2}?(?:guards?|men|king|mayor))\s+(?:were|was)?`,
  String.raw`\p{Lu}\p{Ll}[\p{Ll}'’.-]*(?:\s+\p{Lu}\p{Ll}+){0,2}`,
  String.raw`(?<name>[A-Z]+)\s+\k<name>`,
  String.raw`(stra(?:ss|ß)e|σ[ίι]συφος|μ|ǆemal|ꮳꮃꭹ|𐐨𐐀|[k-m]ing|s)`,
  String.raw`[^\s,.;]+\s+(?:of|in)\s+(\p{L}+)`,
  String.raw`\bo\b|\w+’\w`,
  String.raw`\((\p{Lu}[\p{Lu}\p{N}&.-]{0,9})\)`,
  String.raw`suicide[- ]bomb(?:er|ing)s?|[^-—.;:()]+ agency|[-ks\d]+ing`,
];

describe('caseFoldedRegExp', () => {
  it('matches as the /iu pattern does, with the same text, groups and spans', () => {
    for (const source of sources)
      for (const flags of ['dgiu', 'giu'])
        for (const text of texts) {
          const folded = caseFoldedRegExp(source, flags);
          expect(seen(eachMatch(folded, text)), `${source} /${flags} on ${text}`).toEqual(
            seen(eachMatch(new RegExp(source, flags), text)),
          );
        }
  });

  it('matches without the i flag when it can, and keeps it when a class could not', () => {
    expect(caseFoldedRegExp(String.raw`(?<![\p{L}])killed`, 'giu').ignoreCase).toBe(false);
    expect(caseFoldedRegExp(String.raw`\W+killed`, 'giu').ignoreCase).toBe(true);
    expect(caseFoldedRegExp('killed', 'gu').ignoreCase).toBe(false);
    // a class that opens with a hyphen (a hyphen itself, not a range)
    expect(caseFoldedRegExp('car[- ]bomb', 'giu').ignoreCase).toBe(false);
    expect(caseFoldedRegExp('[^-—.;]+ agency', 'giu').ignoreCase).toBe(false);
    expect(caseFoldedRegExp('[-ks]+ing', 'giu').ignoreCase).toBe(false);
  });

  it('answers test, replace and match as the /iu pattern does', () => {
    const source = String.raw`(?<![\p{L}])(gunm[ae]n|rebels?)(?![\p{L}])`;
    const text = 'GUNMEN and Rebels and a rebel.';
    const folded = caseFoldedRegExp(source, 'giu');
    const plain = new RegExp(source, 'giu');
    expect(text.replace(folded, '<$1>')).toBe(text.replace(plain, '<$1>'));
    expect(text.match(folded)).toEqual(text.match(plain));
    expect(caseFoldedRegExp(source, 'iu').test('the REBEL')).toBe(true);
    expect(folded.flags).toBe('giu');
  });
});

describe('foldCase', () => {
  it('keeps the length of every text and gives one case class one character', () => {
    for (const text of texts) expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase('ſ S s')).toBe('s s s');
    expect(foldCase('K k')).toBe('k k');
    expect(foldCase('ı I')).toBe('ı i'); // dotless i is no case of I under /iu
  });
});

describe('foldedSource', () => {
  it('folds literals and leaves group names and escapes', () => {
    expect(foldedSource(String.raw`(?<Who>Men)\s+\k<Who>\.`)).toBe(String.raw`(?<Who>men)\s+\k<Who>\.`);
  });
});
