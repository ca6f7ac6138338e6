// Test lanes (test/helpers/neo4j-lanes.ts): a running test file holds its Neo4j by a lock file, so no two files share
// one; a lane whose holder died is free again; the default count follows the cores.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLane, neo4jLanes } from '../helpers/neo4j-lanes.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('test lanes', () => {
  it('gives running holders different lanes and waits while all are held', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-lanes-'));
    const a = await acquireLane(dir, 2, 10);
    const b = await acquireLane(dir, 2, 10);
    expect([a.lane, b.lane].sort()).toEqual([1, 2]);
    let third: number | null = null;
    const waiting = acquireLane(dir, 2, 10).then((c) => (third = c.lane));
    await new Promise((r) => setTimeout(r, 60));
    expect(third).toBeNull();
    b.release();
    await waiting;
    expect(third).toBe(b.lane);
  });

  it('frees a lane whose holder is no longer running', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-lanes-'));
    // a pid far above any the kernel hands out
    writeFileSync(join(dir, 'lane-1'), '2147483646');
    expect((await acquireLane(dir, 1, 10)).lane).toBe(1);
  });

  it('takes one lane per two cores by default, the setting when given, one for a named database', () => {
    expect(neo4jLanes({}, 2)).toBe(1);
    expect(neo4jLanes({}, 8)).toBe(4);
    expect(neo4jLanes({}, 32)).toBe(4);
    expect(neo4jLanes({ KG_TEST_NEO4J_LANES: '3' }, 2)).toBe(3);
    expect(neo4jLanes({ NEO4J_URI: 'bolt://db:7687', KG_TEST_NEO4J_LANES: '3' }, 8)).toBe(1);
    expect(() => neo4jLanes({ KG_TEST_NEO4J_LANES: '0' }, 2)).toThrow(/1 to 8/);
  });
});
