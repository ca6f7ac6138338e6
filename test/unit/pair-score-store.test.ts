// The store of pair scores kept across neighbourhoods: at its limit it drops the pairs not asked for longest, not all
// of them, and never holds more than its limit.
import { describe, expect, it } from 'vitest';
import { PairScoreStore } from '../../src/resolution/incident-clustering.js';

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
