import { describe, expect, it } from 'vitest';
import {
  asciiFoldedRegExp,
  caseFoldedRegExp,
  foldCase,
  foldedSource,
  hasCaptureGroup,
  literalMatches,
  smallAlphabetSource,
  useFoldings,
} from '../../src/case-folded-reg-exp.js';
import { eachMatch, escapeRegExp } from '../../src/reg-exp.js';

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
  // Latin-1 alone (read by the pattern's Latin-1 form): accented letters, ª º µ, ² ½ as numbers, × ÷ as neither
  'MÜLLER shot Señor Þórr in São Paulo; ª º µ ÿ ß, 2² ½ × ÷ ¿killed?',
  // Latin-1 and General Punctuation alone (read by the pattern's small-alphabet form too)
  'The “MEN” of Señor Þórr’s GUARDS were shot — two killed… in the KING’s town\u2009(M-19)',
  'GUNMEN killed the Mayor – ‘rebels’ were wounded',
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

describe('smallAlphabetSource', () => {
  it('writes each property escape as the characters of Latin-1 and General Punctuation it holds, in a class or alone', () => {
    const small = [
      ...Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)),
      ...Array.from({ length: 0x70 }, (_, c) => String.fromCharCode(0x2000 + c)),
    ];
    for (const source of [
      String.raw`\p{L}`,
      String.raw`[\p{L}\p{N}'’.-]`,
      String.raw`[^\p{L}\p{N}]`,
      String.raw`\P{L}`,
      String.raw`[\P{N}x]`,
      String.raw`\p{Lu}\p{Ll}`,
    ]) {
      const written = smallAlphabetSource(source)!;
      expect(written, source).not.toMatch(/\\[pP]\{/);
      const [given, mine] = [new RegExp(`^(?:${source})$`, 'u'), new RegExp(`^(?:${written})$`, 'u')];
      for (const a of small)
        for (const b of source.includes('Lu') ? small : [''])
          expect(mine.test(a + b), `${source} on ${a + b}`).toBe(given.test(a + b));
    }
  });

  it('leaves a source without property escapes to the pattern itself, and an escaped backslash as it is', () => {
    expect(smallAlphabetSource(String.raw`(?<![\w-])killed\s+by`)).toBeNull();
    expect(smallAlphabetSource(String.raw`[\\p{L}]x`)).toBe(String.raw`[\\p{L}]x`);
  });
});

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

  // a pattern with property escapes is made only when a text beyond Latin-1 needs it (its object holds a stand-in):
  // everything that reads the pattern must read the folded one
  it('answers split, matchAll, search, source and a copy as the folded pattern does, on any text', () => {
    for (const source of sources)
      for (const flags of ['dgiu', 'giu', 'iu'])
        for (const text of texts) {
          const folded = caseFoldedRegExp(source, flags);
          const plain = new RegExp(source, flags);
          const what = `${source} /${flags} on ${text}`;
          expect(text.split(folded), what).toEqual(text.split(plain));
          expect(text.split(folded, 2), what).toEqual(text.split(plain, 2));
          expect(text.search(folded), what).toBe(text.search(plain));
          expect(text.replace(folded, '<$&>'), what).toBe(text.replace(plain, '<$&>'));
          if (flags.includes('g')) {
            folded.lastIndex = plain.lastIndex = 3;
            expect(seen(text.matchAll(folded)), what).toEqual(seen(text.matchAll(plain)));
            expect(folded.lastIndex).toBe(3);
          }
          const own = foldedSource(source) ?? source;
          expect(folded.source, what).toBe(new RegExp(own, 'u').source);
          expect(String(folded)).toBe(`/${folded.source}/${folded.flags}`);
          // a copy is made of the folded source (with the flags asked for it matches as the /iu pattern)
          expect(seen(eachMatch(new RegExp(folded.source, `g${flags.replace('g', '')}`), text)), what).toEqual(
            seen(eachMatch(new RegExp(source, `g${flags.replace('g', '')}`), text)),
          );
        }
  });

  it('still refuses a wrong pattern when it is made', () => {
    expect(() => caseFoldedRegExp(String.raw`(?<![\p{L}])(killed`, 'giu')).toThrow(SyntaxError);
    expect(() => caseFoldedRegExp(String.raw`\p{Nonsense}+killed`, 'giu')).toThrow(SyntaxError);
  });
});

describe('hasCaptureGroup', () => {
  it('says whether a source has a capturing group, as V8 counts them', () => {
    const more = [
      String.raw`\(x\)|[(]y[)]`,
      '(?:a)(?=b)(?!c)(?<=d)(?<!e)',
      '(?:a(b))',
      '((?:a))',
      String.raw`(?<w>\p{L}+)`,
      String.raw`[\](]+(z)`,
    ];
    for (const source of [...sources, ...more]) {
      // an empty alternative matches '', and the match has one slot per group
      const groups = new RegExp(`${source}|`, 'u').exec('')!.length - 1;
      expect(hasCaptureGroup(source), source).toBe(groups > 0);
    }
  });

  it('runs a pattern without groups without the d flag, with the same matches and lastIndex', () => {
    const source = String.raw`(?<![\p{L}])(?:gunm[ae]n|rebels?)(?![\p{L}])`;
    const folded = caseFoldedRegExp(source, 'giu');
    expect(folded.hasIndices).toBe(false);
    expect(caseFoldedRegExp(source, 'dgiu').hasIndices).toBe(true);
    const plain = new RegExp(source, 'giu');
    const text = 'GUNMEN and Rebels and a rebel.';
    for (const re of [folded, plain]) re.lastIndex = 0;
    for (let i = 0; i < 4; i++) {
      expect(folded.test(text)).toBe(plain.test(text));
      expect(folded.lastIndex).toBe(plain.lastIndex);
    }
    expect(seen(eachMatch(folded, text))).toEqual(seen(eachMatch(plain, text)));
  });
});

describe('asciiFoldedRegExp', () => {
  // /i patterns without u, as a date library writes them: a count of units before a word, a weekday, a slashed date
  const patterns = [
    /(\W|^)((?:about|around)\s{0,3})?(one|two|three|[0-9]+)\s{0,3}(days?|weeks?|hrs?)\s{0,5}(?:ago|before|earlier)(?=\W|$)/i,
    /(\W|^)(?:on\s*?)?(?:(this|last|next)\s*)?(monday|mon\.?|sunday|sun\.?)(?=\W|$)/i,
    // (escapes in a class that need none: a library writes them)
    new RegExp(String.raw`([^\d]|^)([0-3]?[0-9])[\/\.\-]([0-3]?[0-9])(?:[\/\.\-]([0-9]{4}|[0-9]{2}))?(\W|$)`, 'i'),
    /(?:now|today|tonight)(?=\W|$)/i,
  ];
  const samples = [
    'Two days ago and 3 WEEKS BEFORE, about one hr earlier',
    'He left on MONDAY, came back next Sun. and 12/05/1990 or 3.4.89',
    'NOW or today, tonight',
    'Three WEEKS ago — “on MONDAY” … and 12/05/1990’s NOW',
    'Two days ago on Monday 12/05 — “quoted” and the Kelvin sign \u212A and long \u017F',
    '',
  ];

  it('matches as the pattern as given does, on ASCII text and on any other', () => {
    for (const re of patterns) {
      const folded = asciiFoldedRegExp(re);
      expect(folded.ignoreCase, String(re)).toBe(false);
      expect(folded.flags).toBe(re.flags);
      for (const text of samples) {
        for (let at = 0; at <= text.length; at += 7) {
          const rest = text.slice(at);
          const [a, b] = [folded.exec(rest), re.exec(rest)];
          expect(a && { ...a, at: a.index, text: [...a] }, `${String(re)} on ${rest}`).toEqual(
            b && { ...b, at: b.index, text: [...b] },
          );
          expect(folded.test(rest)).toBe(re.test(rest));
        }
      }
    }
  });

  it('keeps a pattern whose lowering could match otherwise', () => {
    for (const re of [
      /Monday/i,
      /\u0041m/i,
      /[@-_]+/i,
      /(\w)\1/i,
      new RegExp(String.raw`\p{Lu}`, 'i'),
      /mon/iu,
      /mon/gi,
      /mon/,
    ]) {
      expect(asciiFoldedRegExp(re), String(re)).toBe(re);
    }
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

describe('literalMatches', () => {
  const spans = (text: string, literal: string, before: RegExp, after: RegExp, ignoreCase: boolean) =>
    [...literalMatches(text, literal, before, after, ignoreCase)].map(({ start, end }) => [start, end]);
  const byPattern = (text: string, literal: string, before: RegExp, after: RegExp, ignoreCase: boolean) => {
    const source = `(?<!${before.source})${escapeRegExp(literal)}(?!${after.source})`;
    return [...eachMatch(new RegExp(source, ignoreCase ? 'giu' : 'gu'), text)].map((m) => [
      m.index,
      m.index + m[0].length,
    ]);
  };

  it('finds a whole word as the pattern with look-arounds finds it, with and without case', () => {
    const letter = /[\p{L}\p{N}'’-]/iu;
    const letterOnly = /[\p{L}\p{N}-]/iu;
    const cases: [string, string][] = [
      ['ROTOR WOULD PLAY; Rotor won; rotors lost; ROTOR-2 and O’ROTOR and 3ROTOR, rotor.', 'rotor'],
      ['the Kelvin sign: \u212aIEV, kiev, KIEV’s mayor, Kiev-based', 'kiev'],
      ['ſAN ſan San (san) Sanſ', 'san'],
      ['aaa aaaa aa aaa', 'aaa'],
      ['𝐀bc abc 𝐀 abc𝐀 Éabc ÉTÉ été', 'abc'],
      ['ÉTÉ été Été-x ÉTÉS', 'été'],
      ['İstanbul istanbul ISTANBUL', 'istanbul'],
      ['C++ and c++ or c++x', 'c++'],
    ];
    for (const [text, literal] of cases)
      for (const ignoreCase of [true, false]) {
        const what = `${literal} in ${text} ${ignoreCase}`;
        expect(spans(text, literal, letter, letterOnly, ignoreCase), what).toEqual(
          byPattern(text, literal, letter, letterOnly, ignoreCase),
        );
      }
    expect(spans('ROTOR WOULD PLAY; Rotor won; rotors', 'rotor', letter, letterOnly, true)).toEqual([
      [0, 5],
      [18, 23],
    ]);
    expect(spans('ROTOR WOULD PLAY; Rotor won', 'rotor', letter, letterOnly, false)).toEqual([]);
  });

  it('starts no match inside a surrogate pair', () => {
    const text = '\ud835\udc00x \udc00x';
    const none = /(?!)/u;
    expect(spans(text, '\udc00x', none, none, false)).toEqual(byPattern(text, '\udc00x', none, none, false));
    expect(spans(text, '\udc00x', none, none, false)).toEqual([[4, 6]]);
  });
});

describe('foldedSource', () => {
  it('folds literals and leaves group names and escapes', () => {
    expect(foldedSource(String.raw`(?<Who>Men)\s+\k<Who>\.`)).toBe(String.raw`(?<Who>men)\s+\k<Who>\.`);
  });
});

describe('useFoldings', () => {
  it('serves a folding by its whole source, and refuses entries that are not foldings whole', () => {
    const source = String.raw`(?<![\p{L}])blorptang(?![\p{L}])`;
    // a memo's folding is what the pattern is made of (so the memo is keyed by everything it depends on)
    expect(useFoldings([[source, 'blorptang', null, false]])).toBe(true);
    expect(caseFoldedRegExp(source, 'iu').test('xBLORPTANGx')).toBe(true);
    expect(caseFoldedRegExp(`${source} `, 'iu').test('xBLORPTANGx ')).toBe(false);
    for (const bad of [null, {}, [[source]], [[source, 1, null, false]], [['other', null, null, 'yes']]])
      expect(useFoldings(bad)).toBe(false);
    expect(
      useFoldings([
        ['never used', 'wrong', null, false],
        ['x', 'x'],
      ]),
    ).toBe(false);
    expect(caseFoldedRegExp('never used', 'iu').source).toBe('never used'); // (not 'wrong': refused whole)
  });
});
