// Wiring of configuration, connections and printed summaries around the queue (kg enqueue, kg worker, kg queue).
import { availableParallelism } from 'node:os';
import { loadConfig } from '../../config.js';
import { printableLine } from '../../cli/printable.js';
import { openGraph } from '../../graph/driver.js';
import { applySchema } from '../../graph/schema.js';
import { readSourceBatches } from '../../sources/walk.js';
import { enqueue, ensureGroup, queueStats } from './article-stream.js';
import { localRedis, openRedis } from './connection.js';
import { redisStatus, startRedis, stopRedis } from './redis-local.js';
import { runWorker } from './worker.js';

const err = (line: string) => process.stderr.write(`${line}\n`);

export async function runEnqueueCommand(paths: string[]): Promise<number> {
  const redis = await openRedis(loadConfig(), err);
  let queued = 0;
  let failures = 0;
  try {
    await ensureGroup(redis);
    for await (const batch of readSourceBatches(paths)) {
      queued += await enqueue(redis, batch.articles);
      for (const f of batch.failures)
        err(
          `not queued: ${printableLine(f.file)}${f.item !== undefined ? ` #${f.item}` : ''}: ${printableLine(f.reason)}`,
        );
      failures += batch.failures.length;
    }
    const s = await queueStats(redis);
    process.stdout.write(`queued ${queued} articles (${failures} could not be read); backlog ${s.backlog}\n`);
    return failures ? 1 : 0;
  } finally {
    redis.disconnect();
  }
}

export async function runWorkerCommand(opts: { batch?: number; threads?: number; drain?: boolean }): Promise<number> {
  const config = loadConfig();
  const graph = await openGraph(config, { maxTransactionRetryTimeMs: config.KG_INGEST_RETRY_SECONDS * 1000 });
  const redis = await openRedis(config, err);
  let signalled: () => void = () => {};
  const stop = new Promise<void>((r) => {
    signalled = r;
  });
  const onSignal = () => {
    err('stopping after the batch in hand…');
    signalled();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    await applySchema(graph);
    const totals = await runWorker(graph, redis, {
      threads: opts.threads ?? availableParallelism(),
      drain: opts.drain === true,
      stop,
      log: err,
      ...(opts.batch ? { batch: opts.batch } : {}),
    });
    process.stdout.write(
      `worker done: ${totals.batches} batches, ${totals.stored} stored, ${totals.unchanged} unchanged, ${totals.failed} failed (see kg:articles:failed), ${totals.retries} retries\n`,
    );
    return totals.failed ? 1 : 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    redis.disconnect();
    await graph.close();
  }
}

export async function runQueueServerCommand(action: 'start' | 'stop' | 'status'): Promise<number> {
  const config = loadConfig();
  const local = localRedis(config, err);
  if (action === 'start') {
    const s = await startRedis(local);
    process.stdout.write(`Redis running on 127.0.0.1:${s.port} (pid ${s.pid}; data in ${s.home})\n`);
    return 0;
  }
  if (action === 'stop') {
    process.stdout.write((await stopRedis(local)) ? 'Redis stopped\n' : 'Redis was not running\n');
    return 0;
  }
  if (!config.REDIS_URL && !redisStatus(local).running) {
    process.stdout.write(`not running (${local.home})\n`);
    return 3;
  }
  const redis = await openRedis(config, err);
  try {
    const s = await queueStats(redis);
    process.stdout.write(
      `backlog ${s.backlog}, pending ${s.pending}, failed ${s.failed}, workers known ${s.consumers}\n`,
    );
    return 0;
  } finally {
    redis.disconnect();
  }
}
