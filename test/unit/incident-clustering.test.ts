// Incident clusters from frames: the same clusters and keys whatever order the frames come in; sister events
// (same kind and city, another day or other people) apart; two incidents of one article never one node; a
// reference joins the incident it names, or none.
import { describe, expect, it } from 'vitest';
import {
  clusterFrames,
  frameKey,
  incidentKeyOf,
  type IncidentFrame,
} from '../../src/resolution/incident-clustering.js';
import type { MatchPlace } from '../../src/resolution/incident-matcher.js';

const leeds: MatchPlace = {
  key: 'place:geo:leeds',
  name: 'Leeds',
  placeKind: 'city',
  country: 'GB',
  lat: 53.8,
  lon: -1.55,
};
const hamburg: MatchPlace = {
  key: 'place:geo:hamburg',
  name: 'Hamburg',
  placeKind: 'city',
  country: 'DE',
  lat: 53.55,
  lon: 9.99,
};

function frame(articleId: string, over: Partial<IncidentFrame> = {}): IncidentFrame {
  const extractedKey =
    over.extractedKey ??
    `incident:${over.kind ?? 'shooting'}:${(over.place ?? leeds).key}:${over.date ?? '2025-03-02'}`;
  return {
    key: frameKey(articleId, extractedKey),
    articleId,
    extractedKey,
    name: 'Shooting in Leeds',
    kind: 'shooting',
    date: '2025-03-02',
    published: '2025-03-02',
    place: leeds,
    participants: [],
    text: 'A gunman opened fire in a Leeds pub on Sunday night.',
    articleIds: [articleId],
    killed: null,
    injured: null,
    reference: false,
    ...over,
  };
}

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

  it('keeps same-day reports with different named perpetrators apart', () => {
    const people = (name: string) => [{ key: `person:${name.toLowerCase()}`, name, role: 'perpetrator' }];
    const r = clusterFrames([
      frame('b1', { participants: people('John Smith'), text: 'John Smith shot a man in Leeds.' }),
      frame('b2', { participants: people('Adam Jones'), text: 'Adam Jones opened fire at a bus stop in Leeds.' }),
    ]);
    expect(r.incidents).toHaveLength(2);
  });
});
