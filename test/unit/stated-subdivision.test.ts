// "Town, State": news writes a small place with its state or province to tell it from namesakes. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { placesInStated, statedSubdivision } from '../../src/extract/geocode.js';
import { res } from '../helpers/resources.js';

const place = (text: string, name: string) =>
  extract({ text }, res).entities.find((e) => e.type === 'place' && e.name.toLowerCase() === name.toLowerCase());

describe('statedSubdivision', () => {
  const at = (text: string, after: string) =>
    statedSubdivision(res.gazetteer, text, text.indexOf(after) + after.length);

  it('reads a full state name, an AP abbreviation and a postal code after a comma', () => {
    expect(at('in Oakdale, Minnesota, on Friday', 'Oakdale')?.readings).toContainEqual({
      country: 'US',
      admin1: 'Minnesota',
    });
    expect(at('a farm near Oakdale, Minn., where', 'Oakdale')?.readings[0]?.admin1).toBe('Minnesota');
    expect(at('OAKDALE, MN — Deputies said', 'OAKDALE')?.readings[0]?.admin1).toBe('Minnesota');
    expect(at('in Kingston, Ont. on Monday', 'Kingston')?.readings[0]).toEqual({ country: 'CA', admin1: 'Ontario' });
    expect(at('Oakdale, N.Y. (AP) —', 'Oakdale')?.readings[0]?.admin1).toBe('New York');
  });

  it('reads no division in a list of places closed by "and other …" (geocode/list-not-division)', () => {
    expect(at('security was tightened in Boston, Washington and other cities', 'Boston')).toBeNull();
    expect(at('patrols in Oakdale, Minnesota or elsewhere', 'Oakdale')).toBeNull();
    expect(at('in Oakdale, Minnesota, and Chicago', 'Oakdale')?.readings[0]?.admin1).toBe('Minnesota');
    const york = place('Security was stepped up in New York, Washington and other cities on Tuesday.', 'New York');
    expect(york && 'lat' in york ? [york.placeKind, Math.round(york.lat ?? 0)] : null).toEqual(['city', 41]);
  });

  it('reads nothing where no division follows, or an abbreviation written in another case', () => {
    expect(at('in Oakdale, police said', 'Oakdale')).toBeNull();
    expect(at('in Oakdale, mn said', 'Oakdale')).toBeNull();
    expect(at('in Oakdale and Minnesota', 'Oakdale')).toBeNull();
    expect(at('in Oakdale, Missing persons', 'Oakdale')).toBeNull();
  });

  it('picks the namesake that lies in the written state, towns below the city floor included', () => {
    const stated = at('Springfield, Ill.', 'Springfield')!;
    const there = placesInStated(res.gazetteer, 'Springfield', stated);
    expect(there.map((c) => c.admin1)).toEqual(['Illinois']);
    // a town of a few thousand people, not in the city table, found only with its state written
    expect(res.gazetteer.placesByName.get('rock falls')).toBeUndefined();
    const town = placesInStated(res.gazetteer, 'Rock Falls', at('Rock Falls, Illinois', 'Rock Falls')!);
    expect(town[0]?.admin1).toBe('Illinois');
  });
});

describe('geocoding a place with its state written after it', () => {
  it('places the namesake of that state', () => {
    const p = place('Deputies were called to a house in Springfield, Mo., late on Friday.', 'Springfield');
    expect(p?.type === 'place' && [p.country, p.admin1]).toEqual(['US', 'Missouri']);
    const q = place('Deputies were called to a house in Springfield, Massachusetts, late on Friday.', 'Springfield');
    expect(q?.type === 'place' && q.admin1).toBe('Massachusetts');
  });

  it('places a small town the city table lacks, with coordinates in its state', () => {
    const p = place('Two men were hurt in a fight in Rock Falls, Ill., on Sunday night.', 'Rock Falls');
    expect(p?.type === 'place' && [p.country, p.admin1, p.lat !== null]).toEqual(['US', 'Illinois', true]);
  });
});
