// Database access for integration tests: the configured real Neo4j, schema applied, wiped on request.
import { loadConfig } from '../../src/config.js';
import { openGraph, type Graph } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';

export async function openTestGraph(): Promise<Graph> {
  const graph = await openGraph(loadConfig());
  await applySchema(graph);
  return graph;
}

/** Deletes every node. Refuses unless the test run owns the database (or KG_TEST_ALLOW_WIPE=1). */
export async function resetDatabase(graph: Graph): Promise<void> {
  if (process.env.KG_TEST_OWNS_DB !== '1' && process.env.KG_TEST_ALLOW_WIPE !== '1') {
    throw new Error('refusing to wipe a database this test run did not start; set KG_TEST_ALLOW_WIPE=1 to allow it');
  }
  await graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}
