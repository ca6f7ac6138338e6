// One extraction worker thread (src/ingest/extract-pool.ts): article inputs in, extraction results out.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import { defaultResources } from '../extract/resources.js';
import type { ArticleInput } from '../extract/types.js';

if (!parentPort) throw new Error('extract-worker runs only as a worker thread');
const port = parentPort;
// loaded once per worker; a missing or corrupt data file fails every job with the loader's message naming the file
let resources: ReturnType<typeof defaultResources> | Error;
try {
  resources = defaultResources();
} catch (err) {
  resources = err instanceof Error ? err : new Error(String(err));
}
// the pool's ready(): whether this worker can extract at all
port.postMessage(resources instanceof Error ? { loadError: resources.message } : { ready: true });
port.on('message', (job: { seq: number; input: ArticleInput }) => {
  try {
    if (resources instanceof Error) throw resources;
    port.postMessage({ seq: job.seq, result: extract(job.input, resources) });
  } catch (err) {
    port.postMessage({ seq: job.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
