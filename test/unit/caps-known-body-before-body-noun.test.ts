// Issue 11, text in capitals: a body's name ends before the noun for its party, movement, unions or inspectors that
// news writes small after it. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const NAMED = new Set(['person', 'organization', 'place']);
const mentions = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => NAMED.has(e.type))
    .flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('mentions/caps-known-body-before-body-noun (issue 11)', () => {
  it('a known body before "party", "movement", "unions" or "inspectors" is the body, without the noun', () => {
    const a = mentions('GUNMEN FROM THE FATAH MOVEMENT OPENED FIRE ON A CHECKPOINT NEAR THE BORDER ON TUESDAY.');
    expect(a).toContain('organization:FATAH');
    expect(a.filter((m) => /MOVEMENT/.test(m))).toEqual([]);
    const b = mentions('PILOTS SAID AIR FRANCE UNIONS WOULD STRIKE FOR TWO DAYS NEXT WEEK.');
    expect(b).toContain('organization:AIR FRANCE');
    expect(b.filter((m) => /UNIONS/.test(m))).toEqual([]);
    const c = mentions('THE IAEA INSPECTORS REACHED THE PLANT LATE ON SUNDAY AFTER A LONG DELAY.');
    expect(c).toContain('organization:IAEA');
    expect(c.filter((m) => /INSPECTORS/.test(m))).toEqual([]);
  });

  it('a state body is not cut, nor is the noun cut in mixed case', () => {
    const s = mentions('ORGANISERS SAID THE CONGRESS PARTY WOULD HOLD ITS RALLY IN THE CAPITAL ON FRIDAY.');
    expect(s.some((m) => m === 'organization:CONGRESS')).toBe(false);
    const m = mentions('Delegates of the Fatah Movement met in Ramallah on Tuesday, officials said.');
    expect(m.some((x) => /organization:.*Fatah Movement/.test(x))).toBe(true);
  });
});
