// One extraction worker thread (src/ingest/extract-pool.ts): article inputs in, extraction results out.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import type { ArticleInput } from '../extract/types.js';

if (!parentPort) throw new Error('extract-worker runs only as a worker thread');
const port = parentPort;
port.on('message', (job: { seq: number; input: ArticleInput }) => {
  try {
    port.postMessage({ seq: job.seq, result: extract(job.input) });
  } catch (err) {
    port.postMessage({ seq: job.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
