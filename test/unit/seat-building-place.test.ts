// Issue 11: a body named by its building is that building where the text puts someone at, outside or near it.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity } from '../../src/extract/types.js';

const nodes = (text: string) =>
  extract({ text }, res).entities.filter((e): e is Exclude<Entity, { type: 'incident' }> => e.type !== 'incident');

describe('entities/seat-building-as-place (issue 11)', () => {
  it('outside or at the building, the name is a site; as the subject of "said" it stays the body', () => {
    const es = nodes(
      'LONDON — The foreign secretary, talking to reporters outside Downing Street on Monday, said talks would go on.',
    );
    const ds = es.filter((e) => e.name === 'Downing Street');
    expect(ds.map((e) => e.type)).toEqual(['place']);
    const place = ds[0] as Extract<Entity, { type: 'place' }>;
    expect(place.placeKind).toBe('site');
    expect(place.country).toBe('GB');
    const visit = nodes('The two leaders held a news conference at the White House after lunch.');
    expect(visit.filter((e) => e.name === 'White House').map((e) => e.type)).toEqual(['place']);
  });

  it('a body speaking, or someone joining its staff, keeps the body', () => {
    const said = nodes('LONDON — Downing Street said on Friday that the envoy would stay in Minsk.');
    expect(said.filter((e) => e.name === 'Downing Street').map((e) => e.type)).toEqual(['organization']);
    const job = nodes('She ran the charity for ten years before moving to the White House as an adviser.');
    expect(job.filter((e) => e.name === 'White House').map((e) => e.type)).toEqual(['organization']);
  });

  it('the building stands in its country capital, not in the city of a dateline elsewhere (entities/seat-in-its-capital)', () => {
    const es = nodes(
      'CHICAGO — The governor, speaking at the White House on Tuesday, asked for federal help after the floods.',
    );
    const wh = es.find((e) => e.name === 'White House') as Extract<Entity, { type: 'place' }> | undefined;
    expect(wh?.type).toBe('place');
    expect(wh?.country).toBe('US');
    expect(wh?.admin1).toBe('District of Columbia');
    expect(wh?.lat).toBeCloseTo(38.9, 0);
    const dn = nodes('MANCHESTER — The mayor stood outside Downing Street for an hour with the petition.');
    const ds = dn.find((e) => e.name === 'Downing Street') as Extract<Entity, { type: 'place' }> | undefined;
    expect(ds?.lat).toBeCloseTo(51.5, 0);
    expect(ds?.lon).toBeCloseTo(-0.1, 0);
  });
});
