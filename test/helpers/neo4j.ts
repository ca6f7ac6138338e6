// Database access for integration tests: the configured real Neo4j, schema applied, wiped on request.
import { loadConfig } from '../../src/config.js';
import { openGraph, type Graph } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';

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

export interface TestGraphOptions {
  /** wipe the database once before the file's own set-up, or before each test */
  reset?: 'once' | 'each';
}

/**
 * A test file's graph: opened (schema applied) before the file's own `beforeAll` hooks, which may use it, and closed
 * after its `afterAll` hooks; `opened` hands the graph to the file.
 */
export function useTestGraph(opened: (graph: Graph) => void, options: TestGraphOptions = {}): void {
  let graph: Graph | undefined;
  beforeAll(async () => {
    graph = await openTestGraph();
    if (options.reset === 'once') await resetDatabase(graph);
    opened(graph);
  }, 120_000);
  afterAll(async () => {
    await graph?.close();
  });
  if (options.reset === 'each') {
    beforeEach(async () => {
      if (!graph) throw new Error('the test graph did not open');
      await resetDatabase(graph);
    });
  }
}
