// Gives integration and browser tests a real Neo4j: NEO4J_URI if set, else the project's own test
// instance (started from its jars on KG_NEO4J_PORT+1, stopped again afterwards if this run started it).
import { loadConfig } from '../src/config.js';
import { ensureNeo4j, type Neo4jHandle } from '../src/neo4j-local/ensure.js';

let handle: Neo4jHandle | undefined;

export async function setup(): Promise<void> {
  const config = loadConfig();
  handle = await ensureNeo4j(config, 'test', (m) => process.stderr.write(`[neo4j] ${m}\n`));
  process.env.NEO4J_URI = handle.uri;
  // Tests may wipe only a database this run owns, or one the user explicitly offers.
  if (handle.how !== 'NEO4J_URI') process.env.KG_TEST_OWNS_DB = '1';
}

export async function teardown(): Promise<void> {
  await handle?.release();
}
