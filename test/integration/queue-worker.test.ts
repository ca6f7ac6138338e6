// The article queue on a real redis-server (started by the project, as `kg worker` does) and the real Neo4j:
// two workers drain it into the same graph as one `kg ingest`-style run (incidents included), a bad entry goes to the failed stream
// with its reason, entries of a worker that died are taken over, and a second delivery changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import { cachedExtract } from '../helpers/extraction-cache.js';
import {
  enqueue,
  ensureGroup,
  FAILED_STREAM,
  queueStats,
  readEntries,
  STREAM,
} from '../../src/ingest/queue/article-stream.js';
import { redisClient } from '../../src/ingest/queue/connection.js';
import { redisPassword, startRedis, stopRedis, type RedisInstance } from '../../src/ingest/queue/redis-local.js';
import { runWorker } from '../../src/ingest/queue/worker.js';
import { readSources } from '../../src/sources/walk.js';
import type { SourceArticle } from '../../src/sources/article.js';
import { graphHash } from '../helpers/graph-hash.js';
import { freePort } from '../helpers/free-port.js';
import { openTestGraph, resetDatabase } from '../helpers/neo4j.js';

describe('kg worker on a Redis stream', { timeout: 240_000 }, () => {
  let graph: Graph;
  let redis: Redis;
  let instance: RedisInstance;
  let articles: SourceArticle[];
  const quick = { blockMs: 100, claimIdleMs: 200, batch: 8 };

  beforeAll(async () => {
    instance = { home: mkdtempSync(join(tmpdir(), 'kg-redis-')), port: await freePort() };
    await startRedis(instance);
    redis = redisClient({ host: '127.0.0.1', port: instance.port, password: redisPassword(instance.home) });
    await redis.connect();
    graph = await openTestGraph();
    articles = (await readSources(['seeds'])).articles.slice(0, 16);
    expect(articles.length).toBe(16);
  });
  afterAll(async () => {
    redis?.disconnect();
    await graph?.close();
    if (instance) await stopRedis(instance);
    if (instance) rmSync(instance.home, { recursive: true, force: true });
  });

  it('two workers store what one ingest run stores; a bad entry is set aside with its reason', async () => {
    await resetDatabase(graph);
    await ingestArticles(graph, articles, [], { duplicates: true, extract: cachedExtract });
    const direct = await graphHash(graph);

    await resetDatabase(graph);
    await ensureGroup(redis);
    await enqueue(redis, articles);
    await redis.xadd(STREAM, '*', 'article', '{"text": ""}');
    const [a, b] = await Promise.all([
      runWorker(graph, redis, { ...quick, drain: true }),
      runWorker(graph, redis, { ...quick, drain: true }),
    ]);
    expect(a.stored + b.stored).toBe(16);
    expect(a.failed + b.failed).toBe(1);
    expect(await queueStats(redis)).toMatchObject({ backlog: 0, pending: 0, failed: 1 });
    const failed = await redis.xrange(FAILED_STREAM, '-', '+');
    expect(failed[0]![1].join(' ')).toMatch(/reason not an article: text: article has no text/);
    expect(await graphHash(graph)).toEqual(direct);
  });

  it('takes over the entries of a worker that died before acknowledging, and a second delivery changes nothing', async () => {
    const before = await graphHash(graph);
    await enqueue(redis, articles.slice(0, 6));
    const taken = await readEntries(redis, { consumer: 'crashed-worker', count: 6, blockMs: 100, claimIdleMs: 60_000 });
    expect(taken.valid.length).toBe(6);
    expect((await queueStats(redis)).pending).toBe(6);
    await new Promise((r) => setTimeout(r, 300));
    const totals = await runWorker(graph, redis, { ...quick, drain: true });
    expect(totals).toMatchObject({ stored: 0, unchanged: 6, failed: 0 });
    expect(await queueStats(redis)).toMatchObject({ backlog: 0, pending: 0 });
    expect(await graphHash(graph)).toEqual(before);
  });
});
