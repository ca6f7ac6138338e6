// The countries' demonyms (data/gazetteers/countries.json, written by scripts/build-gazetteers.mjs) are words news
// writes: one per entry, and a plural in -s only where English makes one ("Afghans", "Czechs", never "Frenchs",
// "Chineses" or "Swisss"). The victim rules read them as people ("two Spaniards were kidnapped").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const Countries = z.array(z.object({ code: z.string(), demonyms: z.array(z.string()) }));
const countries = Countries.parse(
  JSON.parse(readFileSync(new URL('../../data/gazetteers/countries.json', import.meta.url), 'utf8')),
);
const demonyms = countries.flatMap((c) => c.demonyms.map((d) => ({ code: c.code, d })));

describe('country demonyms', () => {
  it('are one word or name each, with no list inside', () => {
    expect(demonyms.filter(({ d }) => d.includes(','))).toEqual([]);
  });

  it('have no plural English does not make', () => {
    const all = new Set(demonyms.map(({ d }) => d));
    const made = demonyms.filter(
      ({ d }) => d.endsWith('s') && all.has(d.slice(0, -1)) && /(?:ese|ish|[sx]|[ae]nch|tch|y)$/u.test(d.slice(0, -1)),
    );
    expect(made).toEqual([]);
    // the nouns keep theirs
    for (const d of ['Afghans', 'Czechs', 'Iraqis']) expect(all.has(d), d).toBe(true);
  });
});
