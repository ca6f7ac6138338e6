// The API on an ephemeral loopback port for integration tests, and a way to stop it.
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import { createApp, type AppOptions } from '../../src/server/app.js';
import type { SourceArticle } from '../../src/sources/article.js';

export interface RunningApi {
  base: string;
  close(): Promise<void>;
}

export async function startApi(graph: Graph, options: AppOptions = {}): Promise<RunningApi> {
  const server = createApp(graph, { log: (m) => console.error(m), ...options }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The API over `sources` ingested as `kg ingest` does (duplicate detection on; none may fail), its indexes online. */
export async function serveIngested(graph: Graph, sources: SourceArticle[]): Promise<RunningApi> {
  const summary = await ingestArticles(graph, sources, [], { duplicates: true });
  expect(summary.failures).toEqual([]);
  await graph.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
  return startApi(graph);
}
