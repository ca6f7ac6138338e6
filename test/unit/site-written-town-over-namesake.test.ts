// Rule entities/written-town-over-namesake: a site whose name holds a city's name lies in the town the text writes
// after it with "in", not in the city it is named after. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { placeNamed } from '../helpers/extracted-places.js';

type Point = { lat: number | null; lon: number | null } | undefined;
const near = (p: Point, q: Point) =>
  p?.lat != null &&
  p.lon != null &&
  q?.lat != null &&
  q.lon != null &&
  Math.abs(p.lat - q.lat) < 0.05 &&
  Math.abs(p.lon - q.lon) < 0.05;

describe('a site named after one city and written in another town', () => {
  it('lies in the town written after it', () => {
    const hospital = placeNamed(
      {
        text: 'A gunman shot two guards at a bank on Friday. The wounded were taken to Accra Regional Hospital in Tema.',
      },
      /Hospital/,
    );
    const tema = placeNamed({ text: 'Tema is a port.' }, /^Tema$/);
    expect(tema).toBeDefined();
    expect(near(hospital, tema)).toBe(true);
  });

  it('with no town written, lies in the city it is named after', () => {
    const hospital = placeNamed(
      { text: 'A gunman shot two guards at a bank on Friday. The wounded were taken to Accra Regional Hospital.' },
      /Hospital/,
    );
    const accra = placeNamed({ text: 'Accra is a city.' }, /^Accra$/);
    expect(near(hospital, accra)).toBe(true);
  });
});
