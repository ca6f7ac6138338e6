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
  extract(input: ArticleInput): Promise<ExtractionResult>;
  close(): Promise<void>;
}

export function createExtractPool(size: number): ExtractPool {
  const url = new URL('./extract-worker.js', import.meta.url);
  const workers = Array.from({ length: Math.max(1, size) }, () => ({
    worker: new Worker(url),
    jobs: new Map<number, Job>(),
  }));
  let seq = 0;
  for (const w of workers) {
    w.worker.on('message', (m: { seq: number; result?: ExtractionResult; error?: string }) => {
      const job = w.jobs.get(m.seq);
      if (!job) return;
      w.jobs.delete(m.seq);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.result!);
    });
    w.worker.on('error', (err) => {
      for (const job of w.jobs.values()) job.reject(err);
      w.jobs.clear();
    });
    w.worker.unref();
  }
  return {
    size: workers.length,
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
