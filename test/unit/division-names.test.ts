// The city table's English names of first-level divisions ("North Kivu", "Western Darfur") locate the subdivision
// they name ("Nord-Kivu", "West Darfur"), and so the towns written in them. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const places = (text: string) =>
  extract({ text, published: '2024-03-04' }, res).entities.filter((e): e is PlaceEntity => e.type === 'place');

describe("a division's English name from the city table", () => {
  it('locates the subdivision and decides between namesakes of the towns in it', () => {
    const ps = places('Militias attacked a village in Beni territory, North Kivu province, on Saturday.');
    const kivu = ps.find((p) => p.mentions.some((m) => m.text === 'North Kivu'));
    expect(kivu).toMatchObject({ placeKind: 'region', country: 'CD' });
    expect(kivu!.lat).not.toBeNull();
    // Beni is also a department of Bolivia: the province written beside it puts it in Congo
    expect(ps.find((p) => p.name === 'Beni')?.country).toBe('CD');
  });

  it('never makes a mention of its own: only a name the tagger found is located', () => {
    const gaz = res.gazetteer;
    const kivu = gaz.placesByName.get('north kivu') ?? [];
    expect(kivu.some((e) => e.kind === 'region' && e.country === 'CD')).toBe(true);
    expect(
      gaz.match(['in', 'North', 'Kivu'], false).filter((m) => m.entries.some((e) => kivu.includes(e as never))),
    ).toEqual([]);
  });
});
