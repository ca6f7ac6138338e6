// Later reports of one incident that used to stay apart (src/resolution/incident-matcher.ts,
// src/resolution/incident-clustering.ts): a place one report names that the other was placed at, a report placed
// nowhere whose words name the other's town, a chain of undated follow-ups, and a follow-up dated around its own
// publication that gives the same street address or names the same victim. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { reportsLike, factsLike } from '../helpers/incident-frames.js';
import {
  clusterFrames,
  laterReport,
  personFollowUp,
  streetAddresses,
} from '../../src/resolution/incident-clustering.js';
import { matchIncident, type MatchPlace } from '../../src/resolution/incident-matcher.js';

const city = (key: string, name: string, lat: number, lon: number): MatchPlace => ({
  key: `place:geo:${key}`,
  name,
  placeKind: 'city',
  country: 'US',
  lat,
  lon,
  admin1: 'Oregon',
});
// two towns 60 km apart: each rules the other out as the place of one shooting
const alderton = city('alderton', 'Alderton', 45.0, -123.0);
const brisco = city('brisco', 'Brisco', 45.5, -122.6);

const report = factsLike({
  kind: 'shooting',
  date: '2024-05-04',
  published: '2024-05-05',
  place: alderton,
  participants: [],
  text: 'A boy was shot while playing with friends.',
  killed: 1,
  injured: null,
});

describe('rule incidents/place-named-by-the-other', () => {
  it('does not keep apart two reports of one day when one names the place the other was placed at', () => {
    const stored = report({ key: 'x', text: 'A boy was shot while playing with friends in Alderton.' });
    const incoming = report({
      key: 'y',
      place: brisco,
      text: 'A Brisco boy was shot while playing with friends in Alderton.',
    });
    const d = matchIncident(incoming, [stored]);
    expect(d.match).toBe('x');
    expect(d.reasons.join(' ')).toMatch(/the report placed at Brisco also names Alderton/);
  });

  it('keeps them apart when neither names the other place', () => {
    const stored = report({ key: 'x' });
    const incoming = report({ key: 'y', place: brisco, text: 'A Brisco boy was shot while playing with friends.' });
    const d = matchIncident(incoming, [stored]);
    expect(d.match).toBeNull();
    expect(d.candidates[0]?.blocked).toMatch(/km apart/);
  });
});

describe('rule incidents/place-named-by-the-unplaced', () => {
  it('counts the town a report placed nowhere names, and says so', () => {
    const stored = report({ key: 'x', text: 'Deputies found a man wounded at a house.' });
    const named = report({ key: 'y', place: null, text: 'Gunfire in Alderton left one dead.' });
    const d = matchIncident(named, [stored]);
    expect(d.match).toBe('x');
    expect(d.reasons.join(' ')).toMatch(/placed nowhere, but its words name Alderton/);
    const unnamed = report({ key: 'y', place: null, text: 'Gunfire in the night left one dead.' });
    expect(matchIncident(unnamed, [stored]).match).toBeNull();
  });

  it('reads "St." for "Saint"', () => {
    const saint = city('saint-claude', 'Saint Claude', 45.2, -122.9);
    const stored = report({ key: 'x', place: saint, text: 'Deputies found a man wounded at a house.' });
    const named = report({ key: 'y', place: null, text: 'Gunfire in St. Claude left one dead.' });
    expect(matchIncident(named, [stored]).match).toBe('x');
  });
});

const perpetrator = { key: 'person:rory vance', name: 'Rory Vance', role: 'perpetrator' };

const frame = reportsLike({
  name: 'Shooting in Alderton',
  kind: 'shooting',
  date: '2024-05-04',
  published: '2024-05-05',
  place: alderton,
  participants: [],
  names: [],
  text: 'A boy was shot dead at a house in Alderton on Saturday.',
  killed: 1,
  injured: null,
  reference: false,
});

describe('rule incidents/undated-follow-up-chain', () => {
  it('joins an undated hearing to the undated charge before it that names the same perpetrator', () => {
    // the event's report names nobody; the charge and the hearing months on name the man charged
    const event = frame('a');
    const charge = frame('b', {
      date: null,
      published: '2024-07-01',
      participants: [perpetrator],
      names: [{ key: perpetrator.key, name: perpetrator.name }],
      text: 'Two brothers were charged with murder in a quadruple killing.',
    });
    const hearing = frame('c', {
      date: null,
      published: '2024-10-02',
      participants: [],
      names: [{ key: perpetrator.key, name: perpetrator.name }],
      text: 'A preliminary hearing was set for the brothers.',
    });
    const c = clusterFrames([event, charge, hearing]);
    expect(c.assignment.get(hearing.key)).toBe(c.assignment.get(charge.key));
    const merge = c.incidents.flatMap((i) => i.merges).find((m) => m.a === hearing.key);
    expect(merge?.b).toBe(charge.key);
    expect(merge?.reasons.join(' ')).toMatch(/Rory Vance/);
    // and never the other way: a charge does not join a hearing published after it
    expect(personFollowUp(charge, hearing)).toBeNull();
  });
});

describe('rule incidents/follow-up-by-address', () => {
  it('reads one address however the reports write it', () => {
    expect([...streetAddresses('in the 2400 block of Seaman Street on Sunday')]).toEqual(['2400 block seaman street']);
    expect([...streetAddresses('at 400 N. Fairview Dr. and')]).toEqual(['400 n fairview drive']);
    expect([...streetAddresses('at 400 North Fairview Drive')]).toEqual(['400 n fairview drive']);
    expect(streetAddresses('killed 3 People Saturday').size).toBe(0);
  });

  it('joins an indictment dated around its publication that gives the same address, weeks on', () => {
    const event = frame('a', { text: 'A girl was shot dead in the 2400 block of Seaman Street on Saturday.' });
    const indictment = frame('b', {
      date: '2024-05-20',
      published: '2024-05-21',
      text: 'A man was indicted Monday in the death of his stepdaughter at a home in the 2400 block of Seaman St.',
    });
    expect(laterReport(indictment)).toBe(true);
    const c = clusterFrames([event, indictment]);
    expect(c.assignment.get(indictment.key)).toBe(c.assignment.get(event.key));
    const merge = c.incidents.flatMap((i) => i.merges).find((m) => m.a === indictment.key);
    expect(merge?.reasons[0]).toMatch(/same address \(2400 block seaman street\), 17 days after/);
  });

  it('keeps apart a report dated well before its publication, or one at another address', () => {
    const event = frame('a', { text: 'A girl was shot dead in the 2400 block of Seaman Street on Saturday.' });
    const old = frame('b', {
      date: '2024-05-12',
      published: '2024-05-21',
      text: 'A man was shot in the 2400 block of Seaman Street.',
    });
    expect(laterReport(old)).toBe(false);
    expect(personFollowUp(old, event)).toBeNull();
    const elsewhere = frame('b', {
      date: '2024-05-20',
      published: '2024-05-21',
      text: 'A man was indicted Monday in a killing in the 300 block of Seaman Street.',
    });
    expect(personFollowUp(elsewhere, event)).toBeNull();
    const c = clusterFrames([event, elsewhere]);
    expect(c.assignment.get(elsewhere.key)).not.toBe(c.assignment.get(event.key));
  });
});
