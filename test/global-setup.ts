// Before any test: build the CLI and the client (CLI and browser tests run the built code), and give
// integration and browser tests a real Neo4j: NEO4J_URI if set, else the project's own test instance
// (started from its jars on KG_NEO4J_PORT+1, stopped again afterwards if this run started it).
import { execFileSync } from 'node:child_process';
import { loadConfig } from '../src/config.js';
import { ensureNeo4j, type Neo4jHandle } from '../src/neo4j-local/ensure.js';

let handle: Neo4jHandle | undefined;

export async function setup(): Promise<void> {
  if (process.env.KG_TEST_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const config = loadConfig();
  handle = await ensureNeo4j(config, 'test', (m) => process.stderr.write(`[neo4j] ${m}\n`));
  process.env.NEO4J_URI = handle.uri;
  // Tests may wipe only a database this run owns, or one the user explicitly offers.
  if (handle.how !== 'NEO4J_URI') process.env.KG_TEST_OWNS_DB = '1';
}

export async function teardown(): Promise<void> {
  await handle?.release();
}
