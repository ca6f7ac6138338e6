// A place that rules two reports apart may be misread (a namesake abroad, a street taken for a town): the same
// rarely named people on the same day still make one event, while a sister event (another day) stays apart and
// places alone never merge. Hand-made incidents.
import { describe, expect, it } from 'vitest';
import { matchIncident, type MatchPlace } from '../../src/resolution/incident-matcher.js';
import { factsLike } from '../helpers/incident-frames.js';

const city = (key: string, name: string, lat: number, lon: number, country: string): MatchPlace => ({
  key,
  name,
  placeKind: 'city',
  country,
  lat,
  lon,
});
const millbrookUS = city('place:geo:millbrook-us', 'Millbrook', 35.1, -80.2, 'US');
const millbrookGB = city('place:geo:millbrook-gb', 'Millbrook', 51.1, -1.8, 'GB');
const victim = { key: 'person:dara quinlan', name: 'Dara Quinlan', articles: 2 };
const witness = { key: 'person:olu marsh', name: 'Olu Marsh', articles: 1 };

const report = factsLike({
  kind: 'shooting',
  date: '2024-03-02',
  published: '2024-03-03',
  place: millbrookUS,
  participants: [],
  text: 'a girl was hit by gunfire at a house on Harrow Street',
  killed: 1,
  injured: 1,
});

describe('a misread place', () => {
  it('does not keep apart the same people shot on the same day', () => {
    const stored = report({ key: 'us', names: [victim, witness] });
    const incoming = report({ key: 'gb', place: millbrookGB, names: [victim, witness] });
    const d = matchIncident(incoming, [stored]);
    expect(d.match).toBe('us');
    expect(d.reasons.join(' ')).toMatch(/one place was misread/);
  });

  it('still keeps apart reports of other days, and reports that share no names', () => {
    const stored = report({ key: 'us', names: [victim, witness] });
    const otherDay = report({ key: 'gb', place: millbrookGB, date: '2024-03-09', names: [victim, witness] });
    expect(matchIncident(otherDay, [stored]).match).toBeNull();
    const noNames = report({ key: 'gb', place: millbrookGB });
    const d = matchIncident(noNames, [report({ key: 'us' })]);
    expect(d.match).toBeNull();
    expect(d.candidates[0]?.blocked).toMatch(/different countries/);
  });
});
