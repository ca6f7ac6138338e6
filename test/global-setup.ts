// Before the integration and browser tests: build the CLI and the client (CLI and browser tests run the built
// code), and give them a real Neo4j: NEO4J_URI if set, else the project's own test instances, one per lane
// (test/helpers/neo4j-lanes.ts: started from their jars on KG_NEO4J_PORT+1, +2, …, stopped again afterwards if this
// run started them). Both projects declare this setup; in a run with both, the work is done once and undone after
// the last of them (state on globalThis, since each project may load this module separately).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { ensureNeo4j, startLocalNeo4j, type Neo4jHandle } from '../src/neo4j-local/ensure.js';
import { laneInstanceOptions, neo4jLanes } from './helpers/neo4j-lanes.js';

const shared = globalThis as { kgTestServers?: { ready: Promise<Neo4jHandle[]>; users: number } };

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

async function startServers(): Promise<Neo4jHandle[]> {
  if (process.env.KG_TEST_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const config = loadConfig();
  const handles = config.NEO4J_URI
    ? [await ensureNeo4j(config, 'test', (m) => process.stderr.write(`[neo4j] ${m}\n`))]
    : await startLanes(neo4jLanes());
  // lane 1 for whatever reads NEO4J_URI outside a worker; each worker picks its own (test/setup/neo4j-lane.ts)
  process.env.NEO4J_URI = handles[0]!.uri;
  process.env.KG_TEST_NEO4J_URIS = handles.map((h) => h.uri).join(',');
  process.env.KG_TEST_LANE_LOCKS = mkdtempSync(join(tmpdir(), 'kg-test-lanes-'));
  // the run's extraction cache (test/helpers/extraction-cache.ts): filled by the files that use it, gone after the run
  process.env.KG_TEST_EXTRACTION_CACHE = mkdtempSync(join(tmpdir(), 'kg-test-extractions-'));
  // Tests may wipe only a database this run owns, or one the user explicitly offers.
  if (handles[0]!.how !== 'NEO4J_URI') process.env.KG_TEST_OWNS_DB = '1';
  return handles;
}

export async function setup(): Promise<() => Promise<void>> {
  const servers = (shared.kgTestServers ??= { ready: startServers(), users: 0 });
  servers.users++;
  await servers.ready;
  return async () => {
    if (--servers.users > 0) return;
    shared.kgTestServers = undefined;
    for (const dir of [process.env.KG_TEST_LANE_LOCKS, process.env.KG_TEST_EXTRACTION_CACHE])
      if (dir) rmSync(dir, { recursive: true, force: true });
    await Promise.all((await servers.ready).map((h) => h.release()));
  };
}
