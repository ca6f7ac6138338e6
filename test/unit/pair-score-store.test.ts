// The store of pair scores kept across neighbourhoods: at its limit it drops the pairs not asked for longest, not all
// of them, and never holds more than its limit; a pair the matcher rules out is kept as a light shared verdict.
import { describe, expect, it } from 'vitest';
import {
  BLOCKED_PAIR,
  PAIR_ENTRY_BYTES,
  PairScoreStore,
  pairScoreWeight,
  pairScoreStore,
  pairScorer,
} from '../../src/resolution/incident-clustering.js';
import { frame } from '../helpers/incident-frames.js';

describe('PairScoreStore', () => {
  it('keeps a pair that is asked for again while new pairs fill it past its limit', () => {
    const store = new PairScoreStore<number>(() => undefined, 8);
    store.set(1, 2, 42);
    for (let i = 10; i < 60; i++) {
      store.set(i, i + 1, i);
      expect(store.get(1, 2)).toBe(42);
      expect(store.pairs).toBeLessThanOrEqual(8);
    }
    expect(store.dropped).toBeGreaterThan(0);
  });

  it('lets a pair not asked for again age out', () => {
    const store = new PairScoreStore<number>(() => undefined, 8);
    store.set(1, 2, 42);
    for (let i = 10; i < 30; i++) store.set(i, i + 1, i);
    expect(store.get(1, 2)).toBeUndefined();
    // the latest pairs are all still held
    for (let i = 27; i < 30; i++) expect(store.get(i, i + 1)).toBe(i);
  });

  it('holds a false verdict as a verdict', () => {
    const store = new PairScoreStore<boolean>(() => undefined, 4);
    store.set(3, 4, false);
    for (let i = 10; i < 12; i++) store.set(i, i + 1, true);
    expect(store.get(3, 4)).toBe(false);
  });
});

describe('pair scores kept by what they weigh', () => {
  it('counts a value by its weight against the limit, so light values are held many to a heavy one', () => {
    const store = new PairScoreStore<string>(
      () => undefined,
      64,
      (v) => (v === 'light' ? 1 : 8),
    );
    for (let i = 0; i < 30; i++) store.set(i, i + 1, 'light');
    expect(store.dropped).toBe(0);
    expect(store.get(0, 1)).toBe('light');
    // one heavy value takes the newer generation past its half of the limit: the next pair starts a new one
    store.set(100, 101, 'heavy');
    expect(store.units).toBe(38);
    store.set(102, 103, 'light');
    expect(store.dropped).toBe(1);
    expect(store.pairs).toBe(32);
  });

  it('keeps a pair the matcher rules out as one shared verdict and a linked pair in full', () => {
    const ids = new Map<string, number>();
    const store = pairScoreStore((f) => ids.get(f.key));
    const score = pairScorer({}, false, store);
    // one pub shooting reported twice, and two shootings in the same city months away from it
    const a = frame('p1');
    const b = frame('p2', { date: '2025-03-03', published: '2025-03-03' });
    const c = frame('p3', { date: '2025-08-20', published: '2025-08-20' });
    const d = frame('p4', { date: '2025-11-02', published: '2025-11-02' });
    [a, b, c, d].forEach((f, i) => ids.set(f.key, i + 1));
    const same = score(a, b);
    expect(same.blocked).toBeNull();
    expect(same.reasons.length).toBeGreaterThan(0);
    expect(score(a, b)).toBe(same);
    const apart = score(a, c);
    expect(apart.blocked).not.toBeNull();
    // asked again: blocked with a score of 0 still, one shared verdict for every blocked pair
    const again = score(c, a);
    expect(again.blocked).not.toBeNull();
    expect(again.score).toBe(0);
    score(b, d);
    expect(score(d, b)).toBe(again);
    // the linked pair weighs as a full score with its reasons, the two blocked ones as a map entry each
    expect(pairScoreWeight(same)).toBeGreaterThan(4 * PAIR_ENTRY_BYTES);
    expect(store.units).toBe(pairScoreWeight(same) + 2 * PAIR_ENTRY_BYTES);
  });
});

describe('pair scores held within a byte budget', () => {
  const full = (n: number) => ({
    key: `incident:k${n}`,
    score: 0.8,
    blocked: null,
    reasons: [`same kind (shooting) at frame ${n}`, `same city, ${n} km apart`, 'dates agree to the day'],
  });

  it('weighs a score by its reasons: more and longer reasons weigh more', () => {
    const short = { ...full(1), reasons: ['same kind (bombing)'] };
    expect(pairScoreWeight(full(1))).toBeGreaterThan(pairScoreWeight(short));
    expect(pairScoreWeight(short)).toBeGreaterThan(pairScoreWeight(BLOCKED_PAIR));
  });

  it('never holds more than its budget however many full scores are given', () => {
    const budget = 64 * 1024;
    const store = pairScoreStore(() => undefined, budget);
    const perScore = pairScoreWeight(full(123456));
    for (let i = 0; i < 5_000; i++) {
      store.set(i, i + 1, full(i));
      // each of the two generations may pass its half of the budget by the one score that filled it
      expect(store.units).toBeLessThanOrEqual(budget + 2 * perScore);
    }
    // the latest score is held, the first long gone
    expect(store.get(4_999, 5_000)?.key).toBe('incident:k4999');
    expect(store.get(0, 1)).toBeUndefined();
    expect(store.pairs).toBeLessThan(budget / PAIR_ENTRY_BYTES);
  });

  it('holds many blocked pairs where few full scores fit', () => {
    const budget = 64 * 1024;
    const store = pairScoreStore(() => undefined, budget);
    for (let i = 0; i < 700; i++) store.set(i, i + 1, BLOCKED_PAIR);
    expect(store.dropped).toBe(0);
    expect(store.get(0, 1)).toBe(BLOCKED_PAIR);
  });
});
