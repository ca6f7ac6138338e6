import { describe, expect, it } from 'vitest';
import { createResponseCache } from '../../src/server/response-cache.js';

function setup(ttlMs = 100, refreshAfterMs = 50) {
  let clock = 0;
  let calls = 0;
  const cache = createResponseCache({ ttlMs, refreshAfterMs, maxEntries: 2, now: () => clock });
  const compute = (value: unknown) => async () => {
    calls += 1;
    return value;
  };
  return { cache, compute, tick: (ms: number) => (clock += ms), calls: () => calls };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('response cache', () => {
  it('serves a stored body while fresh and recomputes once it is older than the ttl', async () => {
    const c = setup();
    expect(await c.cache.json('k', c.compute({ v: 1 }))).toBe('{"v":1}');
    c.tick(40);
    expect(await c.cache.json('k', c.compute({ v: 2 }))).toBe('{"v":1}');
    expect(c.calls()).toBe(1);
    c.tick(100);
    expect(await c.cache.json('k', c.compute({ v: 3 }))).toBe('{"v":3}');
    expect(c.calls()).toBe(2);
  });

  it('serves the old body after refreshAfterMs while one background computation replaces it', async () => {
    const c = setup();
    await c.cache.json('k', c.compute('old'));
    c.tick(60);
    let release: (v: string) => void = () => {};
    let started = 0;
    const slow = () => {
      started += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    expect(await c.cache.json('k', slow)).toBe('"old"');
    expect(await c.cache.json('k', slow)).toBe('"old"');
    expect(started).toBe(1);
    release('new');
    await flush();
    expect(await c.cache.json('k', c.compute('unused'))).toBe('"new"');
    expect(c.calls()).toBe(1);
  });

  it('shares one computation between concurrent misses and does not keep failures', async () => {
    const c = setup();
    let release: (v: string) => void = () => {};
    let started = 0;
    const slow = () => {
      started += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const both = Promise.all([c.cache.json('k', slow), c.cache.json('k', slow)]);
    release('x');
    expect(await both).toEqual(['"x"', '"x"']);
    expect(started).toBe(1);
    const failing = async () => {
      throw new Error('neo4j down');
    };
    await expect(c.cache.json('f', failing)).rejects.toThrow('neo4j down');
    expect(await c.cache.json('f', c.compute('ok'))).toBe('"ok"');
  });

  it('keeps at most maxEntries bodies, dropping the oldest stored', async () => {
    const c = setup();
    await c.cache.json('a', c.compute('a'));
    await c.cache.json('b', c.compute('b'));
    await c.cache.json('c', c.compute('c'));
    expect(await c.cache.json('b', c.compute('b2'))).toBe('"b"');
    expect(await c.cache.json('a', c.compute('a2'))).toBe('"a2"');
  });
});
