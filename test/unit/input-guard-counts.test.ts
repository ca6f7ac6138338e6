import { describe, expect, it } from 'vitest';
import { charCounts } from '../../src/extract/input-guard.js';

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('charCounts', () => {
  it('counts each class as matching it globally does, code points and lone surrogates included', () => {
    const texts = [
      '',
      'Plain ASCII text, with Capitals and 3 digits.',
      'Émile Zoë façade ÀÉÎ ß ÿ µ',
      'مرحبا بالعالم and שלום',
      'Бомба взорвалась в Москве',
      '\u0000\u0007bin\uFFFDary\u001F',
      '𝐀𝐁𝐂 math bold, 𐐀 Deseret capital, 😀 no letter',
      'lone \uD835 high and \uDC00 low surrogates, \uDC00\uD835 reversed',
      '漢字とかな and ＡＢＣ fullwidth',
    ];
    for (const s of texts)
      expect(charCounts(s), s).toEqual({
        controls: count(s, /[\u0000-\u0008\u000E-\u001F\uFFFD]/g),
        letters: count(s, /\p{L}/gu),
        latin: count(s, /[A-Za-z\u00C0-\u024F]/g),
        rtl: count(s, /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g),
        upper: count(s, /\p{Lu}/gu),
        lower: count(s, /\p{Ll}/gu),
      });
    expect(charCounts('Ab𝐀')).toMatchObject({ letters: 3, upper: 2, lower: 1, latin: 2 });
  });
});
