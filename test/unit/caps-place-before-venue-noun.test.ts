// Issue 11, text in capitals: a place's name ends before the noun of a building that news writes small after it.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const names = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type !== 'incident')
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('/')}`);

describe('mentions/caps-place-before-venue-noun (issue 11)', () => {
  it('a city or country before "stadium" or "embassy" is the place, without the noun', () => {
    const t = names('SUPPORTERS FILLED THE MADRID STADIUM ON SUNDAY BEFORE THE FINAL.');
    expect(t).toContain('place:MADRID');
    expect(t.filter((n) => /STADIUM/.test(n))).toEqual([]);
    const e = names('PROTESTERS MARCHED TO THE FRENCH AND THE BRITISH EMBASSIES AND THE JAPAN EMBASSY.');
    expect(e.filter((n) => /EMBASSY/.test(n))).toEqual([]);
    const u = names('GUARDS SEALED OFF THE U.S. EMBASSY IN NAIROBI ON FRIDAY.');
    expect(u.filter((n) => /EMBASSY/.test(n))).toEqual([]);
    expect(u).toContain('place:NAIROBI');
  });

  it('venue words news writes capitalised after a place, and an airport, stay in the name', () => {
    const t = names('CROWDS GATHERED OUTSIDE MANCHESTER ARENA ON MONDAY NIGHT.');
    expect(t.some((n) => /MANCHESTER ARENA/.test(n))).toBe(true);
    const a = names('A BOMB WENT OFF AT CAIRO AIRPORT ON MONDAY NIGHT.');
    expect(a.some((n) => /CAIRO AIRPORT/.test(n))).toBe(true);
  });
});
