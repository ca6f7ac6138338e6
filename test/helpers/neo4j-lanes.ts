// Test Neo4j "lanes": the integration and browser test files may run several at a time, each on a Neo4j of its
// own, since Community edition holds one user database per server and the tests wipe it. Lane n (1-based) is the test
// instance on KG_NEO4J_PORT+n with its home in KG_HOME/test (lane 1) or KG_HOME/test-n. A vitest worker takes the
// lane of its pool id (VITEST_POOL_ID, 1..maxWorkers), which no two running workers share (test/setup/neo4j-lane.ts).
// With NEO4J_URI set there is one database only, hence one lane.
import type { Config } from '../../src/config.js';
import { instanceOptions } from '../../src/neo4j-local/ensure.js';
import type { InstanceOptions } from '../../src/neo4j-local/instance.js';

/**
 * How many integration test files may use Neo4j at once: one per test instance (KG_TEST_NEO4J_LANES, default 1).
 * Two lanes passed the integration project alone (150/150), but a fresh-clone CI run with two lanes had 39 failures
 * that show two files writing to one database (counts of another file's articles), so two lanes stay opt-in until
 * that is understood. The browser files always keep one lane (vitest.config.ts).
 */
export function neo4jLanes(env: NodeJS.ProcessEnv = process.env): number {
  if (env.NEO4J_URI) return 1;
  const n = Number(env.KG_TEST_NEO4J_LANES ?? 1);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error(`KG_TEST_NEO4J_LANES must be 1 to 8, not ${n}`);
  return n;
}

/** The local test instance of lane `lane`. */
export function laneInstanceOptions(config: Config, lane: number, log?: (m: string) => void): InstanceOptions {
  const base = instanceOptions(config, 'test', log);
  return lane === 1 ? base : { ...base, home: `${base.home}-${lane}`, port: base.port + lane - 1 };
}

/** This worker's lane (1 outside a vitest pool). */
export function currentLane(env: NodeJS.ProcessEnv = process.env): number {
  const id = Number(env.VITEST_POOL_ID ?? 1);
  return Number.isInteger(id) && id >= 1 ? id : 1;
}
