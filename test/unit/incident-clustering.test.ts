// Incident clusters from frames: the same clusters and keys whatever order the frames come in; sister events
// (same kind and city, another day or other people) apart; two incidents of one article never one node; a
// reference joins the incident it names, or none.
import { describe, expect, it } from 'vitest';
import {
  clusterFrames,
  frameKey,
  pairScorer,
  PairScoreStore,
  incidentKeyOf,
  mayLink,
  storedMayLink,
  undatedReferenceScorer,
  type IncidentFrame,
} from '../../src/resolution/incident-clustering.js';
import type { MatchPlace } from '../../src/resolution/incident-matcher.js';
import { frame, leeds } from '../helpers/incident-frames.js';

const hamburg: MatchPlace = {
  key: 'place:geo:hamburg',
  name: 'Hamburg',
  placeKind: 'city',
  country: 'DE',
  lat: 53.55,
  lon: 9.99,
};

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const frames: IncidentFrame[] = [
  frame('a1'),
  frame('a2', {
    date: null,
    published: '2025-03-03',
    extractedKey: 'incident:a2:1',
    text: 'Police in Leeds hunt the gunman who opened fire in a pub.',
  }),
  frame('a3', { date: '2025-03-02', text: 'Shots fired at a Leeds pub; gunman sought.' }),
  // sister event: the same kind in the same city five days later
  frame('a4', { date: '2025-03-07', published: '2025-03-07', text: 'A man was shot outside a Leeds takeaway.' }),
  // another city the same day
  frame('a5', { place: hamburg, text: 'Schüsse in Hamburg: a gunman fired at a cafe.' }),
  // a second incident of article a1: never the same node as a1's shooting
  frame('a1', { extractedKey: 'incident:a1:2', date: null, text: 'Residents recalled an earlier case.' }),
  // a reference to the Leeds shooting a year later
  frame('a6', {
    reference: true,
    date: null,
    published: '2026-03-02',
    extractedKey: 'incident:a6:1',
    text: 'A year after the Leeds pub shooting, the city remembers.',
  }),
];

describe('incident clusters from frames', () => {
  const base = clusterFrames(frames);

  it('gives the same clusters and keys in any order', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const other = clusterFrames(shuffled(frames, seed));
      expect([...other.assignment].sort()).toEqual([...base.assignment].sort());
      expect(other.incidents).toEqual(base.incidents);
    }
  });

  it("takes a neighbourhood search's scorer, asked in the other order first, and gives the same clusters", () => {
    const real = pairScorer();
    // the search asks each pair with the later key first; clustering asks it again the other way round
    for (const a of frames) for (const b of frames) if (a.key > b.key) real(a, b);
    let calls = 0;
    const shared = (a: IncidentFrame, b: IncidentFrame) => (calls++, real(a, b));
    const r = clusterFrames(frames, { score: shared });
    expect(calls).toBeGreaterThan(0);
    expect([...r.assignment].sort()).toEqual([...base.assignment].sort());
    expect(r.incidents).toEqual(base.incidents);
  });

  it('takes the scores of pairs of known contents from a store kept across searches, and clusters the same', () => {
    // frames read from the store carry an identity of their contents; the last one (the batch's own) carries none
    const contents = new Map<IncidentFrame, number>(frames.slice(0, -1).map((f, i) => [f, i + 1]));
    const store = new PairScoreStore((f) => contents.get(f));
    const first = pairScorer({}, false, store);
    const scored = new Map<string, unknown>();
    for (const a of frames) for (const b of frames) if (a.key < b.key) scored.set(a.key + b.key, first(a, b));
    const known = frames.length - 1;
    expect(store.pairs).toBe((known * (known - 1)) / 2);
    // the next search's scorer takes the known pairs' verdicts as they were, and scores a pair with the new frame anew
    const next = pairScorer({}, false, store);
    const [x, y] = [frames[0]!, frames[1]!].sort((p, q) => (p.key < q.key ? -1 : 1));
    expect(next(x!, y!)).toBe(scored.get(x!.key + y!.key));
    const fresh = frames[frames.length - 1]!;
    const [u, v] = [frames[0]!, fresh].sort((p, q) => (p.key < q.key ? -1 : 1));
    expect(next(u!, v!)).not.toBe(scored.get(u!.key + v!.key));
    expect(next(u!, v!)).toEqual(scored.get(u!.key + v!.key));
    const r = clusterFrames(frames, { score: next });
    expect([...r.assignment].sort()).toEqual([...base.assignment].sort());
    expect(r.incidents).toEqual(base.incidents);
  });

  it('keeps whether two stored frames may link from one search to the next, and asks again for a new frame', () => {
    const contents = new Map<IncidentFrame, number>(frames.slice(0, -1).map((f, i) => [f, i + 1]));
    const store = new PairScoreStore<boolean>((f) => contents.get(f));
    const verdicts = new Map<string, boolean>();
    for (const a of frames)
      for (const b of frames)
        if (a !== b) {
          const v = storedMayLink(store, pairScorer(), undatedReferenceScorer(), a, b);
          expect(v).toBe(mayLink(pairScorer(), undatedReferenceScorer(), a, b));
          verdicts.set(`${a.key} ${b.key}`, v);
        }
    expect(verdicts.size).toBeGreaterThan(0);
    expect([...verdicts.values()]).toContain(true);
    // the next search: stored pairs are not scored again; a pair with the batch's own frame is
    let asked = 0;
    const counted = (a: IncidentFrame, b: IncidentFrame) => (asked++, pairScorer()(a, b));
    for (const a of frames.slice(0, -1))
      for (const b of frames.slice(0, -1))
        if (a !== b) expect(storedMayLink(store, counted, counted, a, b)).toBe(verdicts.get(`${a.key} ${b.key}`));
    expect(asked).toBe(0);
    const fresh = frames[frames.length - 1]!;
    for (const a of frames.slice(0, -1)) storedMayLink(store, counted, counted, a, fresh);
    expect(asked).toBeGreaterThan(0);
  });

  it('starts its store again empty when full, scores unchanged', () => {
    const store = new PairScoreStore((f) => frames.indexOf(f), 3);
    const score = pairScorer({}, false, store);
    const plain = pairScorer();
    for (const a of frames) for (const b of frames) if (a.key < b.key) expect(score(a, b)).toEqual(plain(a, b));
    expect(store.pairs).toBeLessThanOrEqual(3);
    expect(store.pairs).toBeGreaterThan(0);
  });

  it("joins the reports of one event and keeps sister events, other cities and the article's other incident apart", () => {
    const key = (articleId: string, extracted?: string) =>
      base.assignment.get(
        frameKey(articleId, extracted ?? frames.find((f) => f.articleId === articleId)!.extractedKey),
      );
    expect(key('a2')).toBe(key('a1'));
    expect(key('a3')).toBe(key('a1'));
    expect(key('a4')).not.toBe(key('a1'));
    expect(key('a5')).not.toBe(key('a1'));
    expect(key('a1', 'incident:a1:2')).not.toBe(key('a1'));
    // the key is the smallest member's extracted key, made unique by its article
    expect(key('a1')).toBe(
      incidentKeyOf({ articleId: 'a1', extractedKey: 'incident:shooting:place:geo:leeds:2025-03-02' }),
    );
    const merged = base.incidents.find((c) => c.key === key('a1'))!;
    expect(merged.merges.length).toBeGreaterThanOrEqual(2);
    for (const m of merged.merges) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.reasons.length).toBeGreaterThan(0);
    }
  });

  it('lets a reference join the incident it names, and never found one', () => {
    expect(base.assignment.get(frameKey('a6', 'incident:a6:1'))).toBe(
      base.assignment.get(frameKey('a1', frames[0]!.extractedKey)),
    );
    const alone = clusterFrames([
      frame('a6', { reference: true, date: null, published: '2026-03-02', extractedKey: 'incident:a6:1' }),
    ]);
    expect(alone.incidents).toEqual([]);
    expect(alone.assignment.get(frameKey('a6', 'incident:a6:1'))).toBeNull();
  });

  it('lets a reference that shares only kind and city with an older incident join nothing', () => {
    // a trial piece filed from Leeds about an event elsewhere: its undated "massacre" meets a Leeds massacre of
    // years before that it shares no words, people or date with
    const old = frame('d1', {
      kind: 'massacre',
      date: '2019-06-01',
      published: '2019-06-01',
      extractedKey: 'incident:massacre:place:geo:leeds:2019-06-01',
      text: 'Raiders armed with machetes killed nine at a wedding hall on Kirkstall Road.',
    });
    const trialRef = frame('d2', {
      kind: 'massacre',
      reference: true,
      date: null,
      published: '2024-10-01',
      extractedKey: 'incident:d2:1',
      text: 'The lorry driver drove along the promenade crowds during the fireworks festival.',
    });
    const r = clusterFrames([old, trialRef]);
    expect(r.assignment.get(trialRef.key)).toBeNull();
    // the same reference with the words of that event joins it
    const named = { ...trialRef, text: 'The raiders with machetes at the Kirkstall Road wedding hall were convicted.' };
    expect(clusterFrames([old, named]).assignment.get(named.key)).toBe(r.assignment.get(old.key));
  });

  it('lets a reference name a bombing a murder only at the very place', () => {
    const hall: MatchPlace = { ...leeds, key: 'place:name:corn-hall', name: 'Corn Hall', placeKind: 'site' };
    const bombing = frame('e1', {
      kind: 'bombing',
      place: hall,
      extractedKey: 'incident:bombing:place:name:corn-hall:2020-02-01',
      date: '2020-02-01',
      published: '2020-02-01',
      text: 'A bomb left in a rucksack exploded in the foyer of the Corn Hall during a concert, killing five.',
    });
    const inquiry = {
      kind: 'murder',
      reference: true,
      date: null,
      published: '2023-02-01',
      text: 'The inquiry heard how the murders in the Corn Hall foyer might have been prevented.',
    };
    const atHall = frame('e2', { ...inquiry, place: hall, extractedKey: 'incident:e2:1' });
    expect(clusterFrames([bombing, atHall]).assignment.get(atHall.key)).toBe(incidentKeyOf(bombing));
    const nowhere = frame('e3', { ...inquiry, place: null, extractedKey: 'incident:e3:1' });
    expect(clusterFrames([bombing, nowhere]).assignment.get(nowhere.key)).toBeNull();
  });

  it("does not send an article's second mention of the event it refers to on to another event", () => {
    const bridge = frame('g1', {
      kind: 'stabbing',
      extractedKey: 'incident:stabbing:place:geo:leeds:2021-04-10',
      date: '2021-04-10',
      published: '2021-04-10',
      text: 'A man stabbed two guards at the Leeds town hall gates before he was shot by officers.',
    });
    const later = frame('g2', {
      kind: 'stabbing',
      extractedKey: 'incident:stabbing:place:geo:leeds:2021-07-02',
      date: '2021-07-02',
      published: '2021-07-02',
      text: 'Three men stabbed drinkers outside pubs near Leeds market on Friday night.',
    });
    const ref = (n: number, text: string) =>
      frame('g3', {
        kind: 'stabbing',
        reference: true,
        date: null,
        published: '2023-04-10',
        extractedKey: `incident:g3:${n}`,
        text,
      });
    const first = ref(1, 'Two years after a man stabbed two guards at the Leeds town hall gates, an inquest reported.');
    const second = ref(2, 'The stabbing at the town hall gates led to new barriers, as did the one near the market.');
    const r = clusterFrames([bridge, later, first, second]);
    expect(r.assignment.get(first.key)).toBe(incidentKeyOf(bridge));
    expect(r.assignment.get(second.key)).toBeNull();
  });

  it('keeps same-day reports with different named perpetrators apart', () => {
    const people = (name: string) => [{ key: `person:${name.toLowerCase()}`, name, role: 'perpetrator' }];
    const r = clusterFrames([
      frame('b1', { participants: people('John Smith'), text: 'John Smith shot a man in Leeds.' }),
      frame('b2', { participants: people('Adam Jones'), text: 'Adam Jones opened fire at a bus stop in Leeds.' }),
    ]);
    expect(r.incidents).toHaveLength(2);
  });
});

describe('an undated report that no report of its days matches', () => {
  const attack = frame('c1', {
    kind: 'stabbing',
    date: '2025-05-10',
    published: '2025-05-10',
    extractedKey: 'incident:stabbing:leeds:2025-05-10',
    participants: [{ key: 'person:tom baker', name: 'Tom Baker', role: 'victim' }],
    names: [{ key: 'person:tom baker', name: 'Tom Baker' }],
    text: 'A man was stabbed to death outside Leeds railway station; the victim was named as Tom Baker.',
  });
  // months later a review names the killing without a date and without saying it is a past event
  const review = (over: Partial<IncidentFrame> = {}) =>
    frame('c2', {
      kind: 'murder',
      date: null,
      published: '2025-11-20',
      extractedKey: 'incident:c2:1',
      names: [{ key: 'person:tom baker', name: 'Tom Baker' }],
      text: 'A review into the murder of Tom Baker outside Leeds railway station found missed chances.',
      ...over,
    });

  it('joins the earlier event it names, with the score and reasons kept', () => {
    const r = clusterFrames([attack, review()]);
    expect(r.incidents).toHaveLength(1);
    const [node] = r.incidents;
    expect(node!.members).toEqual([attack.key, review().key].sort());
    const merge = node!.merges.find((m) => m.a === review().key)!;
    expect(merge.reasons[0]).toBe('an undated report of an earlier event');
    expect(merge.score).toBeGreaterThanOrEqual(3);
  });

  it('joins the event when two outlets reported it alike (equal scores are broken by incident size, then key)', () => {
    const second = frame('c3', {
      ...attack,
      key: frameKey('c3', attack.extractedKey),
      articleId: 'c3',
      articleIds: ['c3'],
    });
    for (const order of [
      [attack, second, review()],
      [review(), second, attack],
    ]) {
      const r = clusterFrames(order);
      expect(r.incidents).toHaveLength(1);
      expect(r.incidents[0]!.members).toEqual([attack.key, second.key, review().key].sort());
    }
  });

  it('stays its own incident when the earlier event is elsewhere, later, or covered by its own article', () => {
    expect(clusterFrames([attack, review({ place: hamburg })]).incidents).toHaveLength(2);
    expect(clusterFrames([attack, review({ published: '2025-05-01' })]).incidents).toHaveLength(2);
    const ownReport = frame('c2', {
      ...attack,
      key: frameKey('c2', attack.extractedKey),
      articleId: 'c2',
      articleIds: ['c2'],
    });
    const r = clusterFrames([attack, ownReport, review()]);
    expect(r.assignment.get(review().key)).not.toBe(r.assignment.get(ownReport.key));
  });

  it('does not join on kind and place alone', () => {
    const bare = review({ names: [], text: 'Knife crime in Leeds has risen, the council said.' });
    expect(clusterFrames([attack, bare]).incidents).toHaveLength(2);
  });

  it('puts two reports of one article in one incident when other articles tie both and nothing tells them apart', () => {
    const r = clusterFrames([
      // article s1 told one event twice: the shooting in Leeds, and "the attack" with neither place nor date
      frame('s1', { text: 'Gunman shot Harriet Quayle at the Crown pub in Leeds.' }),
      frame('s1', {
        kind: 'attack',
        extractedKey: 'incident:s1:2',
        place: null,
        date: null,
        text: 'Harriet Quayle was hurt in the attack at the Crown pub, witnesses said.',
      }),
      frame('s2', { text: 'Harriet Quayle was shot at the Crown pub in Leeds; witnesses saw the attack.' }),
      frame('s3', {
        kind: 'attack',
        place: null,
        date: null,
        extractedKey: 'incident:s3:1',
        text: 'Witnesses of the attack at the Crown pub told how Harriet Quayle was hurt.',
      }),
    ]);
    const key = (a: string, k?: string) =>
      r.assignment.get(frameKey(a, k ?? `incident:shooting:${leeds.key}:2025-03-02`));
    expect(key('s1', 'incident:s1:2')).toBe(key('s1'));
    expect(key('s2')).toBe(key('s1'));
    const node = r.incidents.find((c) => c.key === key('s1'))!;
    expect(node.merges.flatMap((m) => m.reasons).join(' ')).toMatch(/two reports of one article/);
    // an article's report in another city stays its own, whatever ties it
    const apart = clusterFrames([
      frame('s1'),
      frame('s1', { place: hamburg, extractedKey: 'incident:s1:2' }),
      frame('s2'),
    ]);
    expect(apart.assignment.get(frameKey('s1', 'incident:s1:2'))).not.toBe(
      apart.assignment.get(frameKey('s1', `incident:shooting:${leeds.key}:2025-03-02`)),
    );
  });
});
