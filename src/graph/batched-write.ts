// A store-wide change too large for one transaction (the start-up backfills): one write transaction per batch.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from './driver.js';

/**
 * Runs `step` (one write transaction that handles at most `batch` items and returns how many it handled) until a run
 * handles fewer than `batch`; returns the total handled.
 */
export async function writeInBatches(
  graph: Graph,
  batch: number,
  step: (tx: ManagedTransaction, batch: number) => Promise<number>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await graph.write((tx) => step(tx, batch));
    total += done;
    if (done < batch) return total;
  }
}
