// A store-wide change too large for one transaction (the start-up backfills): one write transaction per batch.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Graph } from './driver.js';
import { cypherInt } from './queries/mappers.js';

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

/**
 * `writeInBatches` for one statement that handles at most `$batch` items and returns their number as `n`
 * (`... WITH x LIMIT $batch SET ... RETURN count(*) AS n`); `params` are its other parameters.
 */
export async function runInBatches(
  graph: Graph,
  batch: number,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<number> {
  return writeInBatches(graph, batch, async (tx, n) => {
    const res = await tx.run(cypher, { ...params, batch: cypherInt(n) });
    return z
      .number()
      .int()
      .parse(res.records[0]?.get('n') ?? 0);
  });
}
