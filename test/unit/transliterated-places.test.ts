// A place whose name has a letter an English keyboard lacks, written the way wire copy spells it ("ue" for "ü",
// "ss" for "ß", "oe" or "o" for "ø"). The sentences are made up for these tests; the cities are real.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const ids = (name: string) => res.gazetteer.placesNamed(name).map((e) => (e.kind === 'country' ? e.code : e.id));

describe('gazetteer/transliterated-letters: umlauts and letters without accents as news writes them', () => {
  it('finds the city of the umlaut spelling from its "ue", "oe", "ss" forms', () => {
    for (const [written, native] of [
      ['Duesseldorf', 'Düsseldorf'],
      ['Goettingen', 'Göttingen'],
      ['Giessen', 'Gießen'],
      ['Tromsoe', 'Tromsø'],
      ['Tromso', 'Tromsø'],
    ] as const) {
      const want = ids(native);
      expect(want.length, native).toBeGreaterThan(0);
      expect(ids(written), written).toEqual(want);
    }
  });

  it('does not make a plain "ue" of an ordinary name into an umlaut elsewhere', () => {
    expect(ids('Buenos Aires')).toEqual(ids('buenos aires'));
    expect(ids('Zzuelandia')).toEqual([]);
  });

  it('geocodes a city so written in a story', () => {
    const ents = extract(
      {
        text: 'Officers searched two flats in Koeln on Monday and arrested a man wanted for arson.',
        published: '2024-06-20',
      },
      res,
    ).entities;
    const koeln = ents.find((e): e is PlaceEntity => e.type === 'place' && e.name === 'Koeln');
    expect(koeln).toMatchObject({ country: 'DE', precision: 'city' });
  });
});
