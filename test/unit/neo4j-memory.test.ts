import { describe, expect, it } from 'vitest';
import { parseSize, planMemory } from '../../src/neo4j-local/memory.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

describe('Neo4j memory plan', () => {
  it('leaves the OS and the app their share and sizes the page cache to the store', () => {
    const small = planMemory({ totalBytes: 24 * GiB, storeBytes: 100 * MiB, instance: 'main' });
    const large = planMemory({ totalBytes: 24 * GiB, storeBytes: 6 * GiB, instance: 'main' });
    expect(parseSize(small.heapInitial, 'x')).toBe(512 * MiB);
    expect(parseSize(small.heapMax, 'x')).toBeGreaterThan(GiB);
    expect(parseSize(small.pageCache, 'x')).toBeLessThan(GiB);
    expect(parseSize(large.pageCache, 'x')).toBeGreaterThanOrEqual(6 * GiB);
    const total = parseSize(large.heapMax, 'x') + parseSize(large.pageCache, 'x');
    expect(total).toBeLessThanOrEqual(24 * GiB * 0.8);
    expect(large.summary).toMatch(/machine 24\.0 GB, store 6\.0 GB/);
  });

  it('never plans more than the machine can give, even for a store larger than memory', () => {
    const p = planMemory({ totalBytes: 4 * GiB, storeBytes: 50 * GiB, instance: 'main' });
    expect(parseSize(p.heapMax, 'x') + parseSize(p.pageCache, 'x')).toBeLessThanOrEqual(4 * GiB - 1.5 * GiB + 1);
  });

  it('keeps the test instance small and uses sizes the user set as given', () => {
    const t = planMemory({ totalBytes: 64 * GiB, storeBytes: 0, instance: 'test' });
    expect([t.heapMax, t.pageCache]).toEqual(['1024m', '256m']);
    const fixed = planMemory({
      totalBytes: 64 * GiB,
      storeBytes: 0,
      instance: 'main',
      heapOverride: '768m',
      pageCacheOverride: '2g',
    });
    expect([fixed.heapInitial, fixed.heapMax, fixed.pageCache]).toEqual(['768m', '768m', '2048m']);
    expect(fixed.summary).toContain('KG_NEO4J_HEAP, KG_NEO4J_PAGECACHE as set');
  });

  it('names the variable when a size cannot be read', () => {
    expect(() => planMemory({ totalBytes: GiB, storeBytes: 0, instance: 'main', heapOverride: 'lots' })).toThrow(
      /KG_NEO4J_HEAP=lots is not a size/,
    );
  });
});
