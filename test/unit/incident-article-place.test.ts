// The main incident's place when none of its phrases places it: the dateline's, else the place the article's first
// sentences name most (not a background place). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { fixture } from './extract-incidents.fixtures.js';

const PLACES = [
  { type: 'place' as const, name: 'Millbrook', country: 'US', lat: 40, lon: -80 },
  { type: 'place' as const, name: 'Harlow', country: 'US', lat: 41, lon: -81 },
  { type: 'place' as const, name: 'United States', placeKind: 'country' as const, country: 'US', lat: 39, lon: -98 },
];

function main(text: string, published = '2020-06-08') {
  const { doc, entities } = fixture({ text, published }, PLACES);
  return findIncidents(doc, entities)[0];
}

describe('the main incident placed by the article', () => {
  it('takes the town the report names where nothing places the event itself', () => {
    const inc = main(
      'A teenager was shot and killed on Saturday night outside a convenience store. ' +
        'Millbrook police said the gunman fled on foot. Officers in Millbrook are asking for video from neighbours.',
    );
    expect(inc?.place).toBe('Millbrook');
    expect(inc?.merges?.join(' ')).toMatch(/name most/);
  });

  it('does not count a place named only as a biography or a journey', () => {
    const inc = main(
      'A teenager was shot and killed on Saturday night outside a convenience store. ' +
        'The victim, who was born in Harlow, had moved to Harlow last year. Millbrook police are investigating.',
    );
    expect(inc?.place).toBe('Millbrook');
  });

  it('does not count where a victim lives or the hospital the wounded were taken to', () => {
    const inc = main(
      'Jane Roe, 23, of Harlow, was shot and killed on Saturday. A friend was taken to Harlow with a leg wound. ' +
        'Millbrook police have made no arrests.',
    );
    expect(inc?.place).toBe('Millbrook');
  });

  it('replaces a place that is only the country with a place in it', () => {
    const inc = main(
      'A gunman opened fire in the United States on Saturday, police said. Millbrook detectives are searching for him.',
    );
    expect(inc?.place).toBe('Millbrook');
  });

  it('does not count a place named only as the point a town lies from (place/point-of-reference-not-scene)', () => {
    const inc = main(
      'A miner was shot and killed on Saturday night during a quarrel over a debt. ' +
        'The quarrel began 40 km north of Millbrook, at a bar in the mining town of Harlow.',
    );
    expect(inc?.place).toBe('Harlow');
  });

  it('still takes the point of reference when the article names no other place', () => {
    const inc = main(
      'A miner was shot and killed on Saturday night during a quarrel over a debt. ' +
        'Police said the bar where the two men drank stands 40 km north of Millbrook.',
    );
    expect(inc?.place).toBe('Millbrook');
  });

  it('keeps the place the incident phrase gives', () => {
    const inc = main(
      'A man was shot and killed in Harlow on Saturday. Millbrook police and Millbrook deputies helped.',
    );
    expect(inc?.place).toBe('Harlow');
  });
});
