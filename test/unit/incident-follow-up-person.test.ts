// Rule incidents/follow-up-by-person (src/resolution/incident-clustering.ts): an undated later report (a charge, a
// hearing) that names the victim or perpetrator of an earlier incident joins it, with its reason; without such a
// name, or past the window, or at a place that rules it out, it stays apart. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { reportsLike } from '../helpers/incident-frames.js';
import {
  clusterFrames,
  FOLLOW_UP_PERSON_DAYS,
  PairScoreStore,
  personFollowUp,
  storedMayLink,
  type IncidentFrame,
  type LoneLinks,
} from '../../src/resolution/incident-clustering.js';
import type { MatchPlace } from '../../src/resolution/incident-matcher.js';

const riverton: MatchPlace = {
  key: 'place:geo:riverton',
  name: 'Riverton',
  placeKind: 'city',
  country: 'US',
  lat: 43.02,
  lon: -108.38,
  admin1: 'Wyoming',
};
const portland: MatchPlace = {
  key: 'place:geo:portland-me',
  name: 'Portland',
  placeKind: 'city',
  country: 'US',
  lat: 43.66,
  lon: -70.26,
  admin1: 'Maine',
};
const victim = { key: 'person:dana welk', name: 'Dana Welk', role: 'victim' };

const frame = reportsLike({
  name: 'Shooting in Riverton',
  kind: 'shooting',
  date: '2016-03-04',
  published: '2016-03-05',
  place: riverton,
  participants: [victim],
  names: [{ key: victim.key, name: victim.name }],
  text: 'A teenager was shot dead at a house in Riverton on Friday night.',
  killed: 1,
  injured: null,
  reference: false,
});

// a charge two months on: no date of its own, no place, the victim named among the people
const charge = frame('b', {
  date: null,
  published: '2016-05-02',
  place: null,
  participants: [],
  names: [
    { key: victim.key, name: victim.name },
    { key: 'person:owen tarr', name: 'Owen Tarr' },
  ],
  text: 'A 19-year-old was charged with manslaughter in the death of a teenager.',
});

describe('an undated later report naming the same victim', () => {
  it('joins the incident, with a reason that names the person and the lag', () => {
    const c = clusterFrames([frame('a'), charge]);
    expect(c.assignment.get(charge.key)).toBe(c.assignment.get(frame('a').key));
    const merge = c.incidents.flatMap((i) => i.merges).find((m) => m.a === charge.key || m.b === charge.key);
    expect(merge?.reasons[0]).toMatch(/Dana Welk \(victim\).*59 days after/);
  });

  it('keeps the verdict on two stored frames for the next clustering, and clusters the same with it', () => {
    const a = frame('a');
    const contents = new Map<IncidentFrame, number>([
      [a, 1],
      [charge, 2],
    ]);
    const loneLinks = new PairScoreStore<LoneLinks>((f) => contents.get(f));
    const plain = clusterFrames([a, charge]);
    expect(clusterFrames([a, charge], { loneLinks })).toEqual(plain);
    // the charge is placed nowhere, so it is never scored as an undated report of the shooting: only the person verdict is kept
    expect(loneLinks.get(2, 1)).toEqual({ person: true });
    expect(clusterFrames([a, charge], { loneLinks })).toEqual(plain);
    // what the store says is taken as it is: the pair is not judged again
    loneLinks.set(2, 1, { undated: false, person: false });
    const kept = clusterFrames([a, charge], { loneLinks });
    expect(kept.assignment.get(charge.key)).not.toBe(kept.assignment.get(a.key));
  });

  it("names a person both give a role by the later report's role, and each shared person once", () => {
    const accused = { key: 'person:owen tarr', name: 'Owen Tarr', role: 'perpetrator' };
    const incident = frame('a', {
      participants: [victim, accused],
      names: [victim, accused].map((p) => ({ key: p.key, name: p.name })),
    });
    // the later report gives the victim another role of its own and names the accused in its text only
    const later = { ...charge, participants: [{ ...victim, role: 'perpetrator' }] };
    const why = personFollowUp(later, incident);
    expect(why).toMatch(/naming the same Dana Welk \(perpetrator\), Owen Tarr \(perpetrator\), 59 days after/);
    expect(why).not.toMatch(/\(victim\)/);
  });

  it('links by a shared street address when no person is shared, and not by an address of the incident alone', () => {
    const street = 'A man was shot outside a house in the 2400 block of Seaman Street on Friday.';
    const incident = frame('a', { participants: [], names: [], text: street });
    const later = {
      ...charge,
      names: [],
      text: 'Police charged a man over the shooting in the 2400 block of Seaman Street.',
    };
    expect(personFollowUp(later, incident)).toMatch(/same address \(2400 block seaman street\), 59 days after/);
    expect(personFollowUp({ ...later, text: 'Police charged a man over the shooting.' }, incident)).toBeNull();
  });

  it('links a stored pair weeks apart by the person alone, without asking a scorer or keeping the verdict', () => {
    const a = frame('a');
    const contents = new Map<IncidentFrame, number>([
      [a, 1],
      [charge, 2],
    ]);
    const store = new PairScoreStore<boolean>((f) => contents.get(f));
    let asked = 0;
    const never = (x: IncidentFrame, y: IncidentFrame) => {
      asked++;
      throw new Error(`scored ${x.key} and ${y.key}`);
    };
    expect(storedMayLink(store, never, never, charge, a)).toBe(true);
    expect(storedMayLink(store, never, never, a, charge)).toBe(true);
    const stranger = { ...charge, names: [{ key: 'person:owen tarr', name: 'Owen Tarr' }] };
    contents.set(stranger, 3);
    expect(storedMayLink(store, never, never, stranger, a)).toBe(false);
    expect(asked).toBe(0);
    expect(store.pairs).toBe(0);
  });

  it('stays apart without a shared victim or perpetrator', () => {
    const other = { ...charge, names: [{ key: 'person:owen tarr', name: 'Owen Tarr' }] };
    expect(personFollowUp(other, frame('a'))).toBeNull();
    const c = clusterFrames([frame('a'), other]);
    expect(c.assignment.get(other.key)).not.toBe(c.assignment.get(frame('a').key));
  });

  it('stays apart when published before the incident or past the window', () => {
    expect(personFollowUp({ ...charge, published: '2016-03-01' }, frame('a'))).toBeNull();
    const late = new Date(Date.parse('2016-03-04T00:00:00Z') + (FOLLOW_UP_PERSON_DAYS + 2) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(personFollowUp({ ...charge, published: late }, frame('a'))).toBeNull();
  });

  it('stays apart when its own place rules the incident out', () => {
    expect(personFollowUp({ ...charge, place: portland }, frame('a'))).toBeNull();
  });

  it('never links a report dated well before its publication by a shared name alone', () => {
    const dated = { ...charge, date: '2016-04-25' };
    expect(personFollowUp(dated, frame('a'))).toBeNull();
  });

  it('links a report dated the day before its publication (the day of the charge, not of the event), and says so', () => {
    const dated = { ...charge, date: '2016-05-01' };
    expect(personFollowUp(dated, frame('a'))).toMatch(/dated 2016-05-01, around its publication.*Dana Welk \(victim\)/);
  });
});
