// Rule incidents/same-region-name-one-unlocated: a county one report's gazetteer locates and another report leaves
// unlocated, written the same, is one place for two reports of the same days.
import { describe, expect, it } from 'vitest';
import {
  matchIncident,
  placeEvidence,
  SAME_COUNTY_POINTS,
  sameRegionNameOneUnlocated,
  type MatchPlace,
} from '../../src/resolution/incident-matcher.js';
import { clusterFrames } from '../../src/resolution/incident-clustering.js';
import { factsLike, frame } from '../helpers/incident-frames.js';

const marionLocated: MatchPlace = {
  key: 'place:region:county-US.FL.083',
  name: 'Marion County',
  placeKind: 'region',
  country: 'US',
  lat: 29.21,
  lon: -82.06,
  admin1: 'Florida',
};
const marionUnlocated: MatchPlace = {
  key: 'place:name:marion-county',
  name: 'Marion County',
  placeKind: 'region',
  country: null,
  lat: null,
  lon: null,
};
const lakeUnlocated: MatchPlace = { ...marionUnlocated, key: 'place:name:lake-county', name: 'Lake County' };
const marionIndiana: MatchPlace = {
  key: 'place:region:county-US.IN.097',
  name: 'Marion County',
  placeKind: 'region',
  country: 'US',
  lat: 39.78,
  lon: -86.14,
  admin1: 'Indiana',
};

const report = factsLike({
  kind: 'shooting',
  date: '2024-08-11',
  published: '2024-08-12',
  place: marionLocated,
  participants: [],
  text: '',
  killed: null,
  injured: null,
});

describe('one county name, located in one report and not in the other', () => {
  it('is one place, worth what one county gives', () => {
    for (const [a, b] of [
      [marionLocated, marionUnlocated],
      [marionUnlocated, marionLocated],
    ] as const) {
      const e = placeEvidence(a, b);
      expect(e.blocked).toBeNull();
      expect(e.points).toBe(SAME_COUNTY_POINTS);
      expect(e.why).toMatch(/same region's name, one not located/);
    }
  });

  it('leaves another county name, and two located namesakes, to the other rules', () => {
    expect(sameRegionNameOneUnlocated(marionLocated, lakeUnlocated)).toBeNull();
    expect(placeEvidence(marionLocated, lakeUnlocated).points).toBeLessThan(0);
    expect(sameRegionNameOneUnlocated(marionLocated, marionIndiana)).toBeNull();
    expect(placeEvidence(marionLocated, marionIndiana).blocked).not.toBeNull();
  });

  it('joins two reports of one day and kind, and not a shooting there three days later', () => {
    // the texts share no telling word: kind, day and the county's name carry the match
    const stored = report({ key: 'located', text: 'deputies said a teenager was hit near a barbecue' });
    const sameDay = report({
      key: 'unlocated',
      place: marionUnlocated,
      text: 'a boy was wounded at his cousin’s house',
    });
    expect(matchIncident(sameDay, [stored]).match).toBe('located');
    const later = report({
      key: 'later',
      place: marionUnlocated,
      date: '2024-08-15',
      published: '2024-08-15',
      text: 'a clerk was shot during a robbery at a gas station',
    });
    expect(matchIncident(later, [stored]).match).toBeNull();
  });

  it('makes one incident of the two reports when clustered', () => {
    const a = frame('a1', {
      place: marionLocated,
      date: '2024-08-11',
      published: '2024-08-12',
      text: 'Deputies said a teenager was hit near a barbecue.',
    });
    const b = frame('a2', {
      place: marionUnlocated,
      date: '2024-08-11',
      published: '2024-08-11',
      text: 'A boy was wounded at his cousin’s house.',
    });
    const { incidents, assignment } = clusterFrames([a, b]);
    expect(incidents).toHaveLength(1);
    expect(assignment.get(a.key)).toBe(assignment.get(b.key));
  });
});
