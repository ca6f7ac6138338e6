// A neighbourhood search asks each frame it reads only about the frontier frames that can link to it (issue 12): two
// dated reports whose days lie weeks apart are never asked, every other frame still is, in frontier order.
import { describe, expect, it } from 'vitest';
import {
  BLOCKED_PAIR,
  clusterFrames,
  pairCounts,
  FrontierIndex,
  kindsRuleOut,
  mayLink,
  PairScoreStore,
  type LoneLinks,
  pairScorer,
  undatedReferenceScorer,
  type IncidentFrame,
} from '../../src/resolution/incident-clustering.js';
import { frame } from '../helpers/incident-frames.js';
import { kindEvidence } from '../../src/resolution/incident-matcher.js';

// a frontier over four months: dated reports, a reference, an undated report, a report dated by its year only
const frontier: IncidentFrame[] = [
  frame('f1', { date: '2025-01-04', published: '2025-01-05' }),
  frame('f2', { date: '2025-03-01', published: '2025-03-02' }),
  frame('f3', { date: '2025-02-10', published: '2025-02-10', reference: true }),
  frame('f4', { date: '2025-03-03', published: '2025-03-04' }),
  frame('f5', { date: null, published: '2025-01-20' }),
  frame('f6', { date: '2025', published: '2025-04-30' }),
  frame('f7', {
    date: '2025-04-28',
    published: '2025-04-29',
    participants: [{ key: 'person:ann-moore', name: 'Ann Moore', role: 'victim' }],
  }),
];

describe('FrontierIndex', () => {
  const index = new FrontierIndex(frontier);
  const keys = (xs: readonly IncidentFrame[]) => xs.map((x) => x.articleId);

  it('gives a dated report the dated reports of its weeks and every frame not bounded by its date, in frontier order', () => {
    const march = frame('c1', { date: '2025-03-02', published: '2025-03-03' });
    expect(keys(index.candidates(march))).toEqual(['f2', 'f3', 'f4', 'f5', 'f6']);
    const january = frame('c2', { date: '2025-01-06', published: '2025-01-06' });
    expect(keys(index.candidates(january))).toEqual(['f1', 'f3', 'f5', 'f6']);
  });

  it('gives a dated report weeks away that names the same person, as a later report of it may', () => {
    const hearing = frame('c6', {
      date: '2025-06-10',
      published: '2025-06-10',
      names: [{ key: 'person:ann-moore', name: 'Ann Moore' }],
    });
    expect(keys(index.candidates(hearing))).toEqual(['f3', 'f5', 'f6', 'f7']);
  });

  it('gives the whole frontier to a reference, an undated report and a report dated by its year', () => {
    for (const f of [
      frame('c3', { date: '2025-03-02', published: '2025-03-03', reference: true }),
      frame('c4', { date: null, published: '2025-03-03' }),
      frame('c5', { date: '2025', published: '2025-03-03' }),
    ])
      expect(keys(index.candidates(f))).toEqual(keys(frontier));
  });

  it('never leaves out a frontier frame that may link to the frame asked about', () => {
    const score = pairScorer(),
      asRef = undatedReferenceScorer();
    const days = ['2025-01-03', '2025-01-20', '2025-02-11', '2025-03-02', '2025-03-05', '2025-04-27'];
    const named = { names: [{ key: 'person:ann-moore', name: 'Ann Moore' }] };
    const asked = days.flatMap((d, i) => [
      frame(`n${i}`, { date: d, published: d, ...named }),
      frame(`d${i}`, { date: d, published: d }),
      frame(`u${i}`, { date: null, published: d }),
      frame(`r${i}`, { date: d.slice(0, 7), published: d, reference: true }),
    ]);
    let linked = 0;
    for (const f of asked) {
      const given = new Set(index.candidates(f));
      for (const x of frontier) {
        if (!mayLink(score, asRef, x, f)) continue;
        linked++;
        expect(given.has(x), `${x.articleId} for ${f.articleId}`).toBe(true);
      }
    }
    // the check is about pairs that do link
    expect(linked).toBeGreaterThan(10);
  });
});

describe('FrontierIndex.some', () => {
  const index = new FrontierIndex(frontier);

  it('asks the candidates in frontier order and stops at the first that holds', () => {
    const march = frame('c1', { date: '2025-03-02', published: '2025-03-03' });
    const asked: string[] = [];
    const found = index.some(march, (x) => {
      asked.push(x.articleId);
      return x.articleId === 'f4';
    });
    expect(found).toBe(true);
    expect(asked).toEqual(['f2', 'f3', 'f4']);
  });

  it('asks every candidate, and only those, when none holds', () => {
    for (const f of [
      frame('c2', { date: '2025-01-06', published: '2025-01-06' }),
      frame('c3', {
        date: '2025-06-10',
        published: '2025-06-10',
        names: [{ key: 'person:ann-moore', name: 'Ann Moore' }],
      }),
      frame('c4', { date: null, published: '2025-03-03' }),
    ]) {
      const asked: IncidentFrame[] = [];
      expect(index.some(f, (x) => (asked.push(x), false))).toBe(false);
      expect(asked).toEqual([...index.candidates(f)]);
    }
  });
});

describe('kindsRuleOut', () => {
  // a fire set at a shop and a shooting: kinds the default lexicon keeps apart, both violent
  const shooting = frame('k1', { kind: 'shooting' });
  const arson = frame('k2', {
    kind: 'arson',
    name: 'Fire at a Leeds shop',
    text: 'A shop in Leeds was set alight on Sunday.',
  });

  it('rules out two reports of kinds kept apart, which mayLink never links', () => {
    expect(kindEvidence('shooting', 'arson').blocked).not.toBeNull();
    expect(kindsRuleOut(shooting, arson)).toBe(true);
    expect(mayLink(pairScorer(), undatedReferenceScorer(), shooting, arson)).toBe(false);
  });

  it('keeps two stored frames of kinds kept apart as a blocked pair without asking the matcher', () => {
    const contents = new Map<IncidentFrame, number>([
      [shooting, 1],
      [arson, 2],
    ]);
    const score = pairScorer({}, false, new PairScoreStore((f) => contents.get(f)));
    const before = pairCounts.scored;
    expect(score(shooting, arson)).toBe(BLOCKED_PAIR);
    expect(pairCounts.scored).toBe(before);
    // the same pair with no store behind the scorer: the matcher blocks it
    expect(pairScorer()(shooting, arson).blocked).not.toBeNull();
    expect(pairCounts.scored).toBe(before + 1);
  });

  it('leaves a reference beside a report of two violent kinds, and kinds one family holds, to the scorers', () => {
    expect(kindsRuleOut({ ...shooting, reference: true }, arson)).toBe(false);
    expect(kindsRuleOut(shooting, frame('k3', { kind: 'murder' }))).toBe(false);
    expect(kindsRuleOut(shooting, frame('k4', { kind: null }))).toBe(false);
  });
});

describe('lone later reports in clustering', () => {
  // a charge story months after a shooting, naming its victim; other shootings of the spring in another country
  const shooting = frame('s1', {
    date: '2025-01-10',
    published: '2025-01-10',
    participants: [{ key: 'person:ann-moore', name: 'Ann Moore', role: 'victim' }],
  });
  const others = ['2025-02-01', '2025-02-20', '2025-03-15', '2025-04-02'].map((d, i) =>
    frame(`o${i}`, {
      date: d,
      published: d,
      place: { key: `place:geo:town-${i}`, name: `Town ${i}`, placeKind: 'city', country: 'IE', lat: 53, lon: -7 },
    }),
  );
  const charge = frame('c1', {
    date: null,
    published: '2025-05-02',
    kind: 'shooting',
    // no place: it is not read as an undated report of an earlier event of its country, only as a later report
    place: null,
    names: [{ key: 'person:ann-moore', name: 'Ann Moore' }],
  });
  const frames = [shooting, ...others, charge];

  it('asks a lone later report only about the events naming its people, and joins it as before', () => {
    const contents = new Map<IncidentFrame, number>(frames.map((f, i) => [f, i + 1]));
    const store = new PairScoreStore<LoneLinks>((f) => contents.get(f));
    const r = clusterFrames(frames, { loneLinks: store });
    // the charge joins the shooting it names the victim of
    expect(r.assignment.get(charge.key)).toBe(r.assignment.get(shooting.key));
    // the events that name no one of it were not asked about
    for (const o of others) expect(store.get(contents.get(charge)!, contents.get(o)!)).toBeUndefined();
  });
});
