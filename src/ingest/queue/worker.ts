// `kg worker`: takes articles from the queue and writes them through the same batching ingest pipeline as
// `kg ingest`. Entries are acknowledged only after their batch is written (or has failed for a reason that a
// retry will not change); while Neo4j is unavailable they stay pending and are retried with backoff.
import type { Redis } from 'ioredis';
import type { Graph } from '../../graph/driver.js';
import { DuplicateLinker } from '../../graph/duplicate-links.js';
import { createExtractPool, type ExtractPool } from '../extract-pool.js';
import { ingestArticles, type IngestSummary } from '../pipeline.js';
import { extract as extractArticle } from '../../extract/index.js';
import { defaultResources, defaultWordLists } from '../../extract/resources.js';
import type { ArticleInput } from '../../extract/types.js';
import { consumerName, ensureGroup, queueStats, readEntries, settle, type QueuedArticle } from './article-stream.js';

export interface WorkerOptions {
  /** articles taken from the queue at a time (one ingest batch) */
  batch?: number;
  /** extraction threads of this worker */
  threads?: number;
  /** stop once the queue is empty and nothing is pending (a backfill), instead of waiting for more */
  drain?: boolean;
  blockMs?: number;
  claimIdleMs?: number;
  /** resolves when the worker should stop after the batch in hand (SIGTERM) */
  stop?: Promise<void>;
  log?: (line: string) => void;
}

export interface WorkerTotals {
  batches: number;
  stored: number;
  unchanged: number;
  failed: number;
  retries: number;
}

/** Where each queued article ended up, by entry id: failures are keyed by (file, item) in the summary. */
function failuresById(items: QueuedArticle[], summary: IngestSummary): Map<string, string> {
  const byOrigin = new Map(items.map((q) => [`${q.article.origin.file}\u0000${q.article.origin.item}`, q.id]));
  const out = new Map<string, string>();
  for (const f of summary.failures) {
    const id = byOrigin.get(`${f.file}\u0000${f.item ?? 0}`);
    if (id !== undefined) out.set(id, f.reason);
  }
  return out;
}

/** Resources are loaded once for the worker's life, not per batch. */
function localExtractor() {
  const res = defaultResources();
  return (input: ArticleInput) => extractArticle(input, res);
}

export async function runWorker(graph: Graph, redis: Redis, o: WorkerOptions = {}): Promise<WorkerTotals> {
  const consumer = consumerName();
  const totals: WorkerTotals = { batches: 0, stored: 0, unchanged: 0, failed: 0, retries: 0 };
  const log = o.log ?? (() => {});
  let stopping = false;
  void o.stop?.then(() => {
    stopping = true;
  });
  await ensureGroup(redis);
  const pool: ExtractPool | null = o.threads && o.threads > 0 ? createExtractPool(o.threads) : null;
  const extract = pool ? (input: ArticleInput) => pool.extract(input) : localExtractor();
  // One near-duplicate index for the worker's life: built from the database once, then kept up to date.
  const duplicates = new DuplicateLinker(defaultWordLists());
  let backoffMs = 500;
  try {
    while (!stopping) {
      const { valid, invalid } = await readEntries(redis, {
        consumer,
        count: o.batch ?? 256,
        blockMs: o.blockMs ?? 2000,
        claimIdleMs: o.claimIdleMs ?? 60_000,
      });
      if (!valid.length && !invalid.length) {
        if (o.drain) {
          const s = await queueStats(redis);
          if (s.backlog === 0 && s.pending === 0) break;
        }
        continue;
      }
      await settle(
        redis,
        invalid.map((e) => e.id),
        invalid,
      );
      totals.failed += invalid.filter((e) => !e.reason.startsWith('entry deleted')).length;
      if (!valid.length) continue;
      const summary = await ingestArticles(
        graph,
        valid.map((q) => q.article),
        [],
        {
          duplicates,
          extract,
        },
      );
      if (summary.unavailable !== undefined) {
        // nothing acknowledged: the entries stay pending to this worker and the batch is tried again
        totals.retries++;
        log(`Neo4j unavailable (${summary.unavailable}); retrying in ${Math.round(backoffMs / 1000)} s`);
        await new Promise((r) => setTimeout(r, backoffMs));
        backoffMs = Math.min(backoffMs * 2, 30_000);
        continue;
      }
      backoffMs = 500;
      const failed = failuresById(valid, summary);
      await settle(
        redis,
        valid.map((q) => q.id),
        valid.filter((q) => failed.has(q.id)).map((q) => ({ id: q.id, reason: failed.get(q.id)!, article: q.article })),
      );
      totals.batches++;
      totals.stored += summary.articles.new;
      totals.unchanged += summary.articles.unchanged;
      totals.failed += failed.size;
      log(
        `batch ${totals.batches}: ${summary.articles.new} stored, ${summary.articles.unchanged} unchanged, ${failed.size} failed (${summary.seconds} s)`,
      );
    }
  } finally {
    await pool?.close();
  }
  return totals;
}
