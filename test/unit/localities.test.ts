// Localities (regions.json rows marked `locality`): districts, municipalities, small towns and landmarks the city table
// lacks give a tagged name coordinates, but only in a story of their own country. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { choosePlace } from '../../src/extract/geocode.js';
import { res } from '../helpers/resources.js';

const place = (text: string, name: string) =>
  extract({ text }, res).entities.find((e) => e.type === 'place' && e.name === name);

describe('localities', () => {
  it('a district of the dateline city gets its own coordinates and country', () => {
    const forest = place('BRUSSELS — Police raided a flat in Forest on Tuesday and arrested two men.', 'Forest');
    expect(forest?.key).toBe('place:region:loc-be-brussels-forest');
    expect(forest?.type === 'place' && [forest.country, forest.lat !== null]).toEqual(['BE', true]);
    const whitehall = place('LONDON — Officials in Whitehall met on Monday to review the threat level.', 'Whitehall');
    expect(whitehall?.type === 'place' && whitehall.country).toBe('GB');
  });

  it('is never chosen in a story about another country', () => {
    const forest = place('NEW YORK — Police raided a flat in Forest on Tuesday and arrested two men.', 'Forest');
    expect(forest?.key ?? '').not.toMatch(/loc-be/);
  });

  it('is dropped from the candidates when neither the article country nor the countries it names are its own', () => {
    const cands = res.gazetteer.placesByName.get('forest') ?? [];
    expect(cands.some((c) => c.kind === 'region' && c.locality)).toBe(true);
    expect(choosePlace(res.gazetteer, cands, new Set(['FR']), 'FR')).toBeNull();
    expect(choosePlace(res.gazetteer, cands, new Set(['BE']), 'BE')?.entry.name).toBe('Forest');
    expect(choosePlace(res.gazetteer, cands, new Set(['BE']), null)?.entry.name).toBe('Forest');
  });

  it('a name no other place has is placed in a story of any country', () => {
    const cands = res.gazetteer.placesByName.get('molenbeek') ?? [];
    expect(choosePlace(res.gazetteer, cands, new Set(['FR']), 'FR')?.entry.name).toBe('Molenbeek-Saint-Jean');
    const m = extract(
      { text: 'PARIS — One of the gunmen grew up in the Brussels district of Molenbeek.' },
      res,
    ).entities.find((e) => e.type === 'place' && e.mentions.some((x) => x.text === 'Molenbeek'));
    expect(m?.key).toBe('place:region:loc-be-brussels-molenbeek');
  });

  it('only geocode names the tagger found: no locality creates a mention by itself', () => {
    const localities = [...res.gazetteer.placesByName.values()].flat().filter((e) => e.kind === 'region' && e.locality);
    expect(localities.length).toBeGreaterThan(20);
    for (const e of localities) expect(e.kind === 'region' && e.contextual && e.lat !== null).toBe(true);
  });
});
