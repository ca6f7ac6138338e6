// Extraction in a pool of worker threads, so extraction uses every core while the writer waits on Neo4j.
// Jobs go to the worker with the fewest in hand; the caller bounds how many are outstanding (one read batch).
import { Worker } from 'node:worker_threads';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';

interface Job {
  resolve(r: ExtractionResult): void;
  reject(e: Error): void;
}

export interface ExtractPool {
  size: number;
  /** resolves once every worker has loaded its resources; rejects with the first worker's load error */
  ready(): Promise<void>;
  extract(input: ArticleInput): Promise<ExtractionResult>;
  close(): Promise<void>;
}

/** what a worker says once, after loading its resources (src/ingest/extract-worker.ts) */
interface WorkerStatus {
  ready?: boolean;
  loadError?: string;
}

/**
 * `keepAlive`: the workers keep the process running until close() (a caller with nothing else to wait on, such as `kg
 * extract`); otherwise a pool never closed does not hold the process open.
 */
export function createExtractPool(size: number, { keepAlive = false }: { keepAlive?: boolean } = {}): ExtractPool {
  const url = new URL('./extract-worker.js', import.meta.url);
  const workers = Array.from({ length: Math.max(1, size) }, () => ({
    worker: new Worker(url),
    jobs: new Map<number, Job>(),
  }));
  let seq = 0;
  let loaded = 0;
  let onReady: { resolve(): void; reject(e: Error): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (onReady = { resolve, reject }));
  // a caller that never asks whether the pool is ready still gets each job's error
  ready.catch(() => {});
  for (const w of workers) {
    w.worker.on('message', (m: { seq?: number; result?: ExtractionResult; error?: string } & WorkerStatus) => {
      if (m.loadError !== undefined) return onReady!.reject(new Error(m.loadError));
      if (m.ready) {
        if (++loaded === workers.length) onReady!.resolve();
        return;
      }
      const job = m.seq === undefined ? undefined : w.jobs.get(m.seq);
      if (!job) return;
      w.jobs.delete(m.seq!);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.result!);
    });
    w.worker.on('error', (err) => {
      onReady!.reject(err);
      for (const job of w.jobs.values()) job.reject(err);
      w.jobs.clear();
    });
    if (!keepAlive) w.worker.unref();
  }
  return {
    size: workers.length,
    ready: () => ready,
    extract(input) {
      const w = workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      const n = seq++;
      return new Promise((resolve, reject) => {
        w.jobs.set(n, { resolve, reject });
        w.worker.postMessage({ seq: n, input });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
