import { describe, expect, it } from 'vitest';
import { betterName, oneRowPerKey } from '../../src/graph/entity-rows.js';
import type { EntityRow, PlaceRow } from '../../src/graph/rows.js';

const place = (over: Partial<PlaceRow>): PlaceRow => ({
  type: 'place',
  key: 'place:x',
  name: 'Springfield',
  aliases: [],
  placeKind: 'city',
  country: null,
  lat: null,
  lon: null,
  ambiguous: true,
  ...over,
});

const permutations = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe('one entity row per key in a write batch', () => {
  it('keeps every name of the key: the best as the name, the others as aliases', () => {
    const rows: EntityRow[] = [
      { type: 'person', key: 'person:a', name: 'PARKER', aliases: [] },
      { type: 'person', key: 'person:a', name: 'Andrew Parker', aliases: ['Parker'] },
      { type: 'person', key: 'person:b', name: 'Lee', aliases: [] },
    ];
    expect(oneRowPerKey(rows)).toEqual([
      { type: 'person', key: 'person:a', name: 'Andrew Parker', aliases: ['PARKER', 'Parker'], firstSeen: null },
      { type: 'person', key: 'person:b', name: 'Lee', aliases: [] },
    ]);
  });

  it('gives the same row whatever order the articles came in', () => {
    const rows = [
      place({ name: 'SPRINGFIELD', country: 'US', lat: 39.8, lon: -89.6, ambiguous: true }),
      place({ aliases: ['Springfield, Ill.'], country: 'US', lat: 39.78, lon: -89.65, ambiguous: false }),
      place({ placeKind: 'site', country: null }),
    ];
    const results = permutations(rows).map((p) => JSON.stringify(oneRowPerKey(p)));
    expect(new Set(results).size).toBe(1);
    expect(oneRowPerKey(rows)[0]).toMatchObject({
      name: 'Springfield',
      lat: 39.78,
      ambiguous: false,
      placeKind: 'city',
      country: 'US',
    });
  });

  it('prefers a mixed-case name, then the longer, then the smaller', () => {
    expect(betterName('BOSTON', 'Boston')).toBe('Boston');
    expect(betterName('Parker', 'Andrew Parker')).toBe('Andrew Parker');
    expect(betterName('Saïd', 'Said')).toBe('Said');
  });
});
