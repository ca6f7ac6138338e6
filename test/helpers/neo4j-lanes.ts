// Test Neo4j "lanes": the integration and browser test files may run several at a time, each on a Neo4j of its
// own, since Community edition holds one user database per server and the tests wipe it. Lane n (1-based) is the test
// instance on KG_NEO4J_PORT+n with its home in KG_HOME/test (lane 1) or KG_HOME/test-n. A test file holds its lane
// by a lock file for as long as it runs (test/setup/neo4j-lane.ts), so no two running files share one, whatever
// worker ids the test runner hands out. With NEO4J_URI set there is one database only, hence one lane.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.js';
import { processAlive } from '../../src/local-files.js';
import { instanceOptions } from '../../src/neo4j-local/ensure.js';
import type { InstanceOptions } from '../../src/neo4j-local/instance.js';

/**
 * How many test files may use Neo4j at once: one per test instance (KG_TEST_NEO4J_LANES). By default one per two
 * cores, at most four: a file keeps about two cores busy (its Neo4j, and the test process, CLI or browser), so on two
 * cores a second lane only slows both: a fresh-clone CI run with two lanes on two cores passed, in 1,163 s of tests
 * against 899 s with one (each browser file took 2.4 to 5.4 times as long).
 */
export function neo4jLanes(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  if (env.NEO4J_URI) return 1;
  const n = Number(env.KG_TEST_NEO4J_LANES ?? Math.max(1, Math.min(4, Math.floor(cores / 2))));
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error(`KG_TEST_NEO4J_LANES must be 1 to 8, not ${n}`);
  return n;
}

/** The local test instance of lane `lane`. */
export function laneInstanceOptions(config: Config, lane: number, log?: (m: string) => void): InstanceOptions {
  const base = instanceOptions(config, 'test', log);
  return lane === 1 ? base : { ...base, home: `${base.home}-${lane}`, port: base.port + lane - 1 };
}

/** This test file's lane (set by test/setup/neo4j-lane.ts; 1 outside a test run). */
export function currentLane(env: NodeJS.ProcessEnv = process.env): number {
  const lane = Number(env.KG_TEST_LANE ?? 1);
  return Number.isInteger(lane) && lane >= 1 ? lane : 1;
}

/**
 * Takes the first free lane of `lanes` under the lock folder `dir`: a lane is held by a file naming the holder's
 * pid, created only if absent; a holder that died without releasing it frees it. Waits while every lane is held.
 * Returns the lane and its release.
 */
export async function acquireLane(
  dir: string,
  lanes: number,
  pollMs = 200,
): Promise<{ lane: number; release: () => void }> {
  mkdirSync(dir, { recursive: true });
  for (;;) {
    for (let lane = 1; lane <= lanes; lane++) {
      const lock = join(dir, `lane-${lane}`);
      try {
        writeFileSync(lock, String(process.pid), { flag: 'wx' });
        return { lane, release: () => rmSync(lock, { force: true }) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = Number(readFileSafe(lock));
        if (Number.isInteger(holder) && holder > 0 && !processAlive(holder)) rmSync(lock, { force: true });
      }
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * Waits until test/global-setup.ts has started the instances, which it does while the unit files run: it writes
 * `ready` in the lock folder `dir` once they are up, or `failed` with the reason, which this throws.
 */
export async function instancesStarted(dir: string, pollMs = 200): Promise<void> {
  for (;;) {
    if (existsSync(join(dir, 'ready'))) return;
    const failed = readFileSafe(join(dir, 'failed'));
    if (failed) throw new Error(`the test Neo4j did not start: ${failed}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
