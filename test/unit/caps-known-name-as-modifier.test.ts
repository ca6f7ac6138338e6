// Issue 11, text in capitals: after "a" or "an", a known place or body before a noun is a modifier of that noun, not a
// name with its own head word. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const NAMED = new Set(['person', 'organization', 'place']);
const mentions = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => NAMED.has(e.type))
    .flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('mentions/caps-known-name-as-modifier (issue 11)', () => {
  it('"A LISBON COURT", "A ROME CHURCH": the place, without the noun', () => {
    const a = mentions('THE TWO SMUGGLERS WERE SENTENCED BY A LISBON COURT ON WEDNESDAY.');
    expect(a).toContain('place:LISBON');
    expect(a.filter((m) => /COURT/.test(m))).toEqual([]);
    const b = mentions('HUNDREDS OF MIGRANTS SHELTERED IN A ROME CHURCH FOR THREE WEEKS.');
    expect(b).toContain('place:ROME');
    expect(b.filter((m) => /CHURCH/.test(m))).toEqual([]);
  });

  it('without a determiner, and in mixed case, the name with its head word stays', () => {
    const s = mentions('ARMOURED CARS BLOCKED HAIFA STREET IN BAGHDAD ON MONDAY MORNING.');
    expect(s.some((m) => /HAIFA STREET/.test(m))).toBe(true);
    const m = mentions('The talks were held at a Lisbon Hotel owned by the state, officials said.');
    expect(m.some((x) => x === 'place:Lisbon')).toBe(false);
  });
});
