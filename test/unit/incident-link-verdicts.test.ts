// LinkVerdicts (src/resolution/incident-clustering.ts): clustering's frameLink verdicts on stored frames, kept from one
// clustering to the next by the frames' contents. A kept verdict is read instead of scoring the pair again, and
// clustering with the kept verdicts gives what clustering without them gives. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { reportsLike } from '../helpers/incident-frames.js';
import {
  clusterFrames,
  LinkVerdicts,
  pairScorer,
  type IncidentFrame,
} from '../../src/resolution/incident-clustering.js';

const scoreOf = pairScorer();
import type { MatchPlace } from '../../src/resolution/incident-matcher.js';

const harbourton: MatchPlace = {
  key: 'place:geo:harbourton',
  name: 'Harbourton',
  placeKind: 'city',
  country: 'US',
  lat: 41.5,
  lon: -71.3,
  admin1: 'Rhode Island',
};

const frame = reportsLike({
  name: 'Warehouse fire in Harbourton',
  kind: 'arson',
  date: '2019-07-12',
  published: '2019-07-13',
  place: harbourton,
  participants: [],
  names: [],
  text: 'A warehouse by the docks of Harbourton was set on fire on Friday night, and two guards were hurt.',
  killed: 0,
  injured: 2,
  reference: false,
});

const a = frame('a');
const b = frame('b');
// a report of another month at the same place: not the same fire
const c = frame('c', { date: '2019-11-02', published: '2019-11-03' });
// a reference, in a later article, to the July fire
const ref = frame('d', { reference: true, published: '2019-08-20' });
const frames = [a, b, c, ref];

describe('kept frameLink verdicts', () => {
  it('cluster the same as scoring every pair, and are read instead of the pairs being scored again', () => {
    const plain = clusterFrames(frames);
    const contents = new Map<IncidentFrame, number>(frames.map((f, i) => [f, i + 1]));
    const links = new LinkVerdicts((f) => contents.get(f));
    expect(clusterFrames(frames, { links })).toEqual(plain);
    expect(plain.assignment.get(a.key)).toBe(plain.assignment.get(b.key));
    expect(plain.assignment.get(ref.key)).toBe(plain.assignment.get(a.key));
    expect(plain.assignment.get(c.key)).not.toBe(plain.assignment.get(a.key));
    const held = links.pairs;
    expect(held).toBeGreaterThan(0);
    // the second clustering scores nothing anew
    expect(clusterFrames(frames, { links })).toEqual(plain);
    expect(links.pairs).toBe(held);
    // a kept verdict is what clustering reads: a kept "not linked" keeps a and b apart
    const row = links.row(a)!;
    row.set(contents.get(b)!, false);
    const apart = clusterFrames(frames, { links });
    expect(apart.assignment.get(a.key)).not.toBe(apart.assignment.get(b.key));
    // and a reference's kept verdicts: "not linked" to either report of the fire leaves it without an incident
    const refRow = links.row(ref)!;
    refRow.set(contents.get(a)!, false);
    refRow.set(contents.get(b)!, false);
    expect(clusterFrames(frames, { links }).assignment.get(ref.key)).toBeNull();
  });

  it('read a verdict by the contents given for the other frame (linkKnown), and score it when none is given', () => {
    const contents = new Map<IncidentFrame, number>(frames.map((f, i) => [f, i + 1]));
    const links = new LinkVerdicts((f) => contents.get(f));
    const score = scoreOf;
    const row = links.row(a)!;
    row.set(contents.get(c)!, true);
    // the verdict kept under c's contents, whatever frame is passed with them
    expect(links.linkKnown(row, contents.get(c), score, a, b)).toBe(true);
    expect(links.link(row, score, a, c)).toBe(true);
    // no contents given: scored (a July report and a November one do not link), and nothing kept
    const held = links.pairs;
    expect(links.linkKnown(row, undefined, score, a, c)).toBe(false);
    expect(links.linkKnown(undefined, contents.get(b), score, a, b)).toBe(true);
    expect(links.pairs).toBe(held);
  });

  it('score frames whose contents are not known every time, and are dropped at the limit', () => {
    const none = new LinkVerdicts(() => undefined);
    expect(clusterFrames(frames, { links: none })).toEqual(clusterFrames(frames));
    expect(none.pairs).toBe(0);
    const contents = new Map<IncidentFrame, number>(frames.map((f, i) => [f, i + 1]));
    const small = new LinkVerdicts((f) => contents.get(f), 1);
    expect(clusterFrames(frames, { links: small })).toEqual(clusterFrames(frames));
    expect(small.dropped).toBeGreaterThan(0);
    expect(small.pairs).toBe(1);
  });
});
