// Before the integration and browser tests: build the CLI and the client (CLI and browser tests run the built
// code), and give them a real Neo4j: NEO4J_URI if set, else the project's own test instances, one per lane
// (test/helpers/neo4j-lanes.ts: started from their jars on KG_NEO4J_PORT+1, +2, …, stopped again afterwards if this
// run started them). Both projects declare this setup; in a run with both, the work is done once and undone after
// the last of them (state on globalThis, since each project may load this module separately).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { ensureNeo4j, startLocalNeo4j, type Neo4jHandle } from '../src/neo4j-local/ensure.js';
import { uriFor } from '../src/neo4j-local/instance.js';
import { laneInstanceOptions, neo4jLanes } from './helpers/neo4j-lanes.js';

const shared = globalThis as {
  kgTestServers?: { prepared: Promise<{ started: Promise<Neo4jHandle[]> }>; users: number };
};

async function startLane(lane: number): Promise<Neo4jHandle> {
  return startLocalNeo4j(
    laneInstanceOptions(loadConfig(), lane, (m) => process.stderr.write(`[neo4j lane ${lane}] ${m}\n`)),
  );
}

/** Starts the lanes together; if one fails, stops the others again before failing. */
async function startLanes(lanes: number): Promise<Neo4jHandle[]> {
  const started = await Promise.allSettled(Array.from({ length: lanes }, (_, i) => startLane(i + 1)));
  const failed = started.find((s) => s.status === 'rejected');
  if (!failed) return started.map((s) => (s as PromiseFulfilledResult<Neo4jHandle>).value);
  await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.release() : undefined)));
  throw failed.reason;
}

/**
 * Prepares the run and starts the test Neo4j instances without waiting for them: the URIs are known from the lanes'
 * ports, so the environment the workers inherit is set at once and the unit files run while the JVMs start (in the
 * CI log the unit files took 18 s and the start about as long, one after the other). Each file that needs Neo4j waits
 * in test/setup/neo4j-lane.ts for the lock folder's `ready` file, or fails with the message in its `failed` file.
 * `started` settles once they are up.
 */
async function prepare(): Promise<{ started: Promise<Neo4jHandle[]> }> {
  if (process.env.KG_TEST_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const config = loadConfig();
  const locks = mkdtempSync(join(tmpdir(), 'kg-test-lanes-'));
  process.env.KG_TEST_LANE_LOCKS = locks;
  // the run's extraction cache (test/helpers/extraction-cache.ts): filled by the files that use it, gone after the run
  process.env.KG_TEST_EXTRACTION_CACHE = mkdtempSync(join(tmpdir(), 'kg-test-extractions-'));
  let handles: Promise<Neo4jHandle[]>;
  if (config.NEO4J_URI) {
    const given = await ensureNeo4j(config, 'test', (m) => process.stderr.write(`[neo4j] ${m}\n`));
    process.env.KG_TEST_NEO4J_URIS = given.uri;
    handles = Promise.resolve([given]);
  } else {
    const uris = Array.from({ length: neo4jLanes() }, (_, i) => uriFor(laneInstanceOptions(config, i + 1).port));
    // lane 1 for whatever reads NEO4J_URI outside a worker; each worker picks its own (test/setup/neo4j-lane.ts)
    process.env.NEO4J_URI = uris[0];
    process.env.KG_TEST_NEO4J_URIS = uris.join(',');
    // Tests may wipe only a database this run owns, or one the user explicitly offers.
    process.env.KG_TEST_OWNS_DB = '1';
    handles = startLanes(uris.length);
  }
  const started = handles.then(
    (h) => {
      writeFileSync(join(locks, 'ready'), '');
      return h;
    },
    (err: unknown) => {
      writeFileSync(join(locks, 'failed'), err instanceof Error ? (err.stack ?? err.message) : String(err));
      throw err;
    },
  );
  started.catch(() => {}); // reported by the files that wait for it, and awaited at teardown
  return { started };
}

export async function setup(): Promise<() => Promise<void>> {
  const servers = (shared.kgTestServers ??= { prepared: prepare(), users: 0 });
  servers.users++;
  // the environment is set once this resolves; the instances may still be starting (prepare)
  const { started } = await servers.prepared;
  return async () => {
    if (--servers.users > 0) return;
    shared.kgTestServers = undefined;
    // what failed to start was stopped again by startLanes, and its failure reported by the files that waited for it
    const handles = await started.catch(() => []);
    for (const dir of [process.env.KG_TEST_LANE_LOCKS, process.env.KG_TEST_EXTRACTION_CACHE])
      if (dir) rmSync(dir, { recursive: true, force: true });
    await Promise.all(handles.map((h) => h.release()));
  };
}
