// One event, one incident (issue #10): local news names an event's neighbourhood, street or venue beside the town
// (a headline's "Elm Park, Harlow", "the South Side Bridgeton neighborhood", "Southeast Riverton"), and the
// gazetteer often does not know the smaller place or puts a namesake elsewhere. A place the text writes inside
// another, or whose name holds the other's, agrees with it; a place the gazetteer does not locate yields to a shared
// named victim. Texts and places written for these tests.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { placesWrittenWithin } from '../../src/extract/written-within.js';
import { fixture } from './extract-incidents.fixtures.js';

const TOWNS = [
  { type: 'place' as const, name: 'Harlow', country: 'US', lat: 40.8, lon: -73.9 },
  // a namesake the gazetteer puts across the country
  { type: 'place' as const, name: 'Elm Park', country: 'US', lat: 34.1, lon: -117.7 },
  { type: 'place' as const, name: 'Millbrook', country: 'US', lat: 41.5, lon: -81.6 },
];

describe('a place the text writes inside another (rule place/written-within)', () => {
  it('agrees with the town it is written with: one incident', () => {
    const { doc, entities } = fixture(
      {
        text:
          'A 15-year-old girl was shot and killed Tuesday inside an apartment in Harlow, police said. ' +
          'Her mother found her in the bedroom. ' +
          'Girl shot and killed in Elm Park, Harlow, apartment.',
        published: '2020-06-10',
      },
      TOWNS,
    );
    const found = findIncidents(doc, entities);
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Harlow');
  });

  it('reads a chain as places within places and a list as no such thing', () => {
    const chain = fixture('The shooting happened in Elm Park, Harlow, Millbrook on Friday.', TOWNS);
    expect([...placesWrittenWithin(chain.doc.text, chain.entities)].sort()).toEqual(['e1>e3', 'e2>e1']);
    const list = fixture('Police posts were attacked in Harlow, Elm Park and Millbrook on Friday.', TOWNS);
    expect(placesWrittenWithin(list.doc.text, list.entities).size).toBe(0);
  });

  it('keeps two events apart in two towns the text does not join', () => {
    const { doc, entities } = fixture(
      'A man was shot and killed Tuesday in Harlow, police said. ' +
        'A woman was shot and killed Tuesday in Elm Park, deputies said.',
      TOWNS,
    );
    expect(findIncidents(doc, entities)).toHaveLength(2);
  });
});

describe('a place named after the town it is part of (rule place/named-part)', () => {
  it('agrees with the town: one incident', () => {
    const { doc, entities } = fixture(
      {
        text:
          'A 16-year-old boy was shot and killed Friday in Bridgeton, police said. ' +
          'A 17-year-old was charged Monday with fatally shooting the boy Friday morning in the South Side ' +
          'Bridgeton neighborhood.',
        published: '2020-06-09',
      },
      [
        { type: 'place', name: 'Bridgeton', country: 'US', lat: 41.8, lon: -87.65 },
        { type: 'place', name: 'South Side Bridgeton', placeKind: 'other' },
      ],
    );
    const found = findIncidents(doc, entities);
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Bridgeton');
  });

  it('does not make a located town part of a far namesake inside its name', () => {
    const { doc, entities } = fixture(
      'A man was shot and killed Friday in York, police said. A woman was shot and killed Friday in New York.',
      [
        { type: 'place', name: 'York', country: 'US', lat: 39.96, lon: -76.73 },
        { type: 'place', name: 'New York', country: 'US', lat: 40.71, lon: -74.01 },
      ],
    );
    expect(findIncidents(doc, entities)).toHaveLength(2);
  });
});

describe('a place the gazetteer does not locate (rule place/unlocated-yields)', () => {
  const places = [
    { type: 'place' as const, name: 'Maple Gardens', placeKind: 'site' as const, country: 'US', lat: 38.7, lon: -77 },
    { type: 'place' as const, name: 'Southeast Riverton', placeKind: 'other' as const },
  ];

  it('does not part two tellings of one named victim', () => {
    const { doc, entities } = fixture(
      {
        text:
          'Dana Reed, 16, was shot and killed Friday at Maple Gardens, police said. ' +
          'A man turned himself in on Tuesday. ' +
          'Dana Reed was shot and killed Friday morning outside her mother’s home in Southeast Riverton.',
        published: '2020-06-09',
      },
      [{ type: 'person', name: 'Dana Reed' }, ...places],
    );
    const found = findIncidents(doc, entities);
    expect(found).toHaveLength(1);
    expect(found[0]!.merges?.some((m) => m.includes('is not located'))).toBe(true);
  });

  it('still parts two victims at the two places', () => {
    const { doc, entities } = fixture(
      {
        text:
          'Dana Reed, 16, was shot and killed Friday at Maple Gardens, police said. ' +
          'Lee Hart was shot and killed Friday morning in Southeast Riverton.',
        published: '2020-06-09',
      },
      [{ type: 'person', name: 'Dana Reed' }, { type: 'person', name: 'Lee Hart' }, ...places],
    );
    expect(findIncidents(doc, entities)).toHaveLength(2);
  });
});

describe('a street or venue the gazetteer does not locate (rule place/written-holder)', () => {
  it('gives way to the town the text writes it in', () => {
    const { doc, entities } = fixture(
      {
        text:
          'A woman was shot and killed Sunday afternoon on Vanler Avenue in Tarville, police said. ' +
          'Neighbours on Vanler Avenue heard two shots. Officers searched Vanler Avenue for hours.',
        published: '2020-06-08',
      },
      [
        { type: 'place', name: 'Vanler Avenue', placeKind: 'site' },
        // a neighbourhood the gazetteer does not know either: still the town-level place the street lies in
        { type: 'place', name: 'Tarville', placeKind: 'other' },
      ],
    );
    const found = findIncidents(doc, entities);
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Tarville');
    expect(found[0]!.merges?.some((m) => m.includes('is written as lying in it'))).toBe(true);
  });
});
