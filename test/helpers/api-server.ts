// The API on an ephemeral loopback port for integration tests, and a way to stop it.
import type { AddressInfo } from 'node:net';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type AppOptions } from '../../src/server/app.js';

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
