// Rule entities/demonym-settlement: "the Peruvian town of X" places X in Peru, whatever the article's own country.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { PlaceEntity } from '../../src/extract/types.js';
import { placeNamed, run } from '../helpers/extracted-places.js';

const places = (input: { text: string }) => run(input).filter((e): e is PlaceEntity => e.type === 'place');

describe('rule entities/demonym-settlement', () => {
  it('reads a small town called a town of another country in that country', () => {
    const text =
      'LA PAZ, 3 MAR 90 (WIRE) -- [TEXT] BOLIVIAN BORDER GUARDS SAID A GRENADE WENT OFF LAST NIGHT IN THE PERUVIAN ' +
      'TOWN OF YUNGUYO, NEAR THE SHORE OF THE LAKE. NOBODY WAS HURT, THE GUARDS SAID.';
    expect(placeNamed({ text }, /^Yunguyo$/i)?.country).toBe('PE');
  });

  it('leaves the same name without the adjective to geocoding', () => {
    const text =
      'LA PAZ, 3 MAR 90 (WIRE) -- [TEXT] BOLIVIAN BORDER GUARDS SAID A GRENADE WENT OFF LAST NIGHT IN THE TOWN OF ' +
      'YUNGUYO, NEAR THE SHORE OF THE LAKE. NOBODY WAS HURT, THE GUARDS SAID.';
    expect(placeNamed({ text }, /^Yunguyo$/i)?.country ?? null).not.toBe('PE');
  });

  it('carries the country along a list the plural noun opens', () => {
    const text =
      'LA PAZ, 3 MAR 90 (WIRE) -- [TEXT] BORDER GUARDS SAID REBELS HAVE ATTACKED POLICE POSTS IN THE PERUVIAN TOWNS ' +
      'OF DESAGUADERO AND YUNGUYO THIS WEEK.';
    expect(placeNamed({ text }, /^Yunguyo$/i)?.country).toBe('PE');
  });

  it('keeps one place for the name wherever the article writes it again', () => {
    const text =
      'LA PAZ, 3 MAR 90 (WIRE) -- [TEXT] A GRENADE WENT OFF LAST NIGHT IN THE PERUVIAN TOWN OF YUNGUYO. THE MAYOR OF ' +
      'YUNGUYO SAID NOBODY WAS HURT.';
    const yunguyo = places({ text }).filter((p) => /^Yunguyo$/i.test(p.name));
    expect(yunguyo).toHaveLength(1);
    expect(yunguyo[0]?.country).toBe('PE');
  });
});
