// Where local news names a town that is not where the incident happened: a person's home town ("John Doe of
// Harlow"), the town of the hospital the wounded were taken to, and a part of the city named from a compass point in
// the headline ("Northwest Side"). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { fixture } from './extract-incidents.fixtures.js';

const TOWNS = [
  { type: 'place' as const, name: 'Millbrook', forms: ['MILLBROOK'], country: 'US', lat: 40, lon: -80 },
  { type: 'place' as const, name: 'Harlow', country: 'US', lat: 42, lon: -82 },
];

describe('place/residence-after-name', () => {
  it('"the shooter, John Doe of Harlow": the home town after a name is not where the shooting was', () => {
    const { doc, entities } = fixture(
      'The shooter has been identified as 50-year-old John Doe of Harlow. ' +
        'A woman was fatally shot in a hunting accident in Millbrook on Sunday, the sheriff said.',
      [...TOWNS, { type: 'person' as const, name: 'John Doe' }],
    );
    const places = findIncidents(doc, entities).map((i) => i.place);
    expect(places).toContain('Millbrook');
    expect(places).not.toContain('Harlow');
  });
});

describe('place/town-of-background-site', () => {
  it('"taken to Harlow General Hospital in Harlow": the hospital\'s town is no more the scene than the hospital', () => {
    const { doc, entities } = fixture(
      'A man was taken to Harlow General Hospital in Harlow, where he was pronounced dead. ' +
        'The fatal shooting appears to have been an accident, deputies said. ' +
        'It happened late on Monday at a farm house. Millbrook deputies are investigating.',
      [...TOWNS, { type: 'place' as const, name: 'Harlow General Hospital', placeKind: 'site' as const }],
    );
    const inc = findIncidents(doc, entities).find((i) => i.kind === 'shooting');
    expect(inc?.place).toBe('Millbrook');
  });

  it('"at Harlow Medical Center in Harlow" with no journey cue: a hospital\'s town is background by its head word', () => {
    const { doc, entities } = fixture(
      'The boy was pronounced dead at 12:09 p.m. Wednesday at Harlow Medical Center in Harlow. ' +
        'The fatal shooting appears to have been an accident, deputies said. ' +
        'It happened late on Monday at a farm house. Millbrook deputies are investigating.',
      [...TOWNS, { type: 'place' as const, name: 'Harlow Medical Center', placeKind: 'site' as const }],
    );
    const inc = findIncidents(doc, entities).find((i) => i.kind === 'shooting');
    expect(inc?.place).toBe('Millbrook');
  });

  it('"flown to Harlow General, Harlow": the town after a site a journey cue leads to, with a comma', () => {
    const { doc, entities } = fixture(
      'A man was flown to Harlow General, Harlow, where he was pronounced dead. ' +
        'The fatal shooting appears to have been an accident, deputies said. ' +
        'It happened late on Monday at a farm house. Millbrook deputies are investigating.',
      [...TOWNS, { type: 'place' as const, name: 'Harlow General', placeKind: 'site' as const }],
    );
    const inc = findIncidents(doc, entities).find((i) => i.kind === 'shooting');
    expect(inc?.place).toBe('Millbrook');
  });
});

describe('place/compass-part-of-city', () => {
  it('a headline\'s "Northwest Side", which the gazetteer does not locate, does not replace the dateline\'s city', () => {
    const { doc, entities } = fixture(
      {
        title: 'Girl shot while visiting friends at Northwest Side home',
        text:
          'MILLBROOK - A 14-year-old girl was shot and killed on Tuesday night, police said. ' +
          'Her family on the Northwest Side is now planning her funeral.',
        published: '2020-06-10',
      },
      [...TOWNS, { type: 'place' as const, name: 'Northwest Side', placeKind: 'other' as const }],
    );
    const inc = findIncidents(doc, entities).find((i) => i.kind === 'shooting' || i.kind === 'murder');
    expect(inc?.place).toBe('Millbrook');
  });

  it('a small town the gazetteer does not locate, named in the headline, still beats the dateline', () => {
    const { doc, entities } = fixture(
      {
        title: 'Mother hurt in Oakdale shooting has died',
        text:
          'MILLBROOK - The mother hurt in the Oakdale shooting has died, the sheriff said on Tuesday. ' +
          'She was shot on Jan. 2 in Oakdale.',
        published: '2020-01-14',
      },
      [...TOWNS, { type: 'place' as const, name: 'Oakdale', placeKind: 'other' as const }],
    );
    const inc = findIncidents(doc, entities).find((i) => i.kind === 'shooting');
    expect(inc?.place).toBe('Oakdale');
  });

  it('a headline\'s apartment complex ("Oak Terrace"), which the gazetteer does not locate, does not replace the dateline', () => {
    const { doc, entities } = fixture(
      {
        title: 'Oak Terrace shooting suspect to appear in court',
        text:
          'MILLBROOK - A man was shot and killed at Oak Terrace on Saturday night, police said. ' +
          'A suspect was arrested on Sunday.',
        published: '2020-01-14',
      },
      [...TOWNS, { type: 'place' as const, name: 'Oak Terrace', placeKind: 'other' as const }],
    );
    const inc = findIncidents(doc, entities).find((i) => i.kind === 'shooting');
    expect(inc?.place).toBe('Millbrook');
  });
});

describe('place/area-of-a-home-town', () => {
  const PLACES = [
    { type: 'place' as const, name: 'Tbilisi', country: 'GE', lat: 41.7, lon: 44.8 },
    { type: 'place' as const, name: 'Llanfair', placeKind: 'other' as const, country: 'GB' },
    { type: 'place' as const, name: 'Wales', placeKind: 'region' as const, country: 'GB', lat: 52.3, lon: -3.6 },
    { type: 'person' as const, name: 'Tom Ellis' },
  ];
  const incidentsIn = (text: string) => {
    const { doc, entities } = fixture(text, PLACES);
    return findIncidents(doc, entities).filter((i) => !i.reference);
  };

  it('"who comes from Llanfair in northern Wales": the area of the home town is no scene of a second event', () => {
    const found = incidentsIn(
      'A charity engineer held hostage for three weeks described his ordeal on Saturday. ' +
        'Gunmen seized Tom Ellis, who comes from Llanfair in northern Wales, and two other workers.',
    );
    expect(found.map((i) => i.place)).not.toContain('Wales');
    expect(found).toHaveLength(1);
  });

  it('the area of a home town written before the scene leaves the scene its place', () => {
    const found = incidentsIn(
      'A charity engineer held hostage for three weeks described his ordeal on Saturday. ' +
        'Gunmen seized Tom Ellis, who comes from Llanfair in northern Wales, and two other hostages from their car ' +
        'in Tbilisi on May 2.',
    );
    expect(found.map((i) => i.place)).toContain('Tbilisi');
    expect(found.map((i) => i.place)).not.toContain('Wales');
  });

  it('the region after a town of the scene still places an event there', () => {
    const places = incidentsIn(
      'Masked men kidnapped Tom Ellis in Llanfair in northern Wales on May 2, police said.',
    ).map((i) => i.place);
    expect(places.some((p) => p === 'Llanfair' || p === 'Wales')).toBe(true);
  });
});
