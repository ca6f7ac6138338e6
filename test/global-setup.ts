// Before the integration and browser tests: build the CLI and the client (CLI and browser tests run the built
// code), and give them a real Neo4j: NEO4J_URI if set, else the project's own test instance (started from its
// jars on KG_NEO4J_PORT+1, stopped again afterwards if this run started it). Both projects declare this setup;
// in a run with both, the work is done once and undone after the last of them (state on globalThis, since
// each project may load this module separately).
import { execFileSync } from 'node:child_process';
import { loadConfig } from '../src/config.js';
import { ensureNeo4j, type Neo4jHandle } from '../src/neo4j-local/ensure.js';

const shared = globalThis as { kgTestServers?: { ready: Promise<Neo4jHandle>; users: number } };

async function startServers(): Promise<Neo4jHandle> {
  if (process.env.KG_TEST_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const config = loadConfig();
  const handle = await ensureNeo4j(config, 'test', (m) => process.stderr.write(`[neo4j] ${m}\n`));
  process.env.NEO4J_URI = handle.uri;
  // Tests may wipe only a database this run owns, or one the user explicitly offers.
  if (handle.how !== 'NEO4J_URI') process.env.KG_TEST_OWNS_DB = '1';
  return handle;
}

export async function setup(): Promise<() => Promise<void>> {
  const servers = (shared.kgTestServers ??= { ready: startServers(), users: 0 });
  servers.users++;
  await servers.ready;
  return async () => {
    if (--servers.users > 0) return;
    shared.kgTestServers = undefined;
    await (await servers.ready).release();
  };
}
