// `kg ingest`: wiring of configuration, schema, progress bar and summary around the pipeline.
import { availableParallelism } from 'node:os';
import { loadConfig } from '../config.js';
import { openGraph } from '../graph/driver.js';
import { applySchema } from '../graph/schema.js';
import { ingestPaths, type IngestProgress } from './pipeline.js';
import { formatSummary } from './report.js';
import { formatStale, judgementsNotApplied } from './judgement-report.js';

async function progressBar(): Promise<IngestProgress & { stop(): void }> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    // The total counts the articles read so far (files are read batch by batch), so it grows as the run goes;
    // the ETA is for those.
    {
      format: 'ingest [{bar}] {value}/{total} articles read so far | {rate} articles/s | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const t0 = performance.now();
  let done = 0;
  const rate = () => ({ rate: (done / Math.max((performance.now() - t0) / 1000, 0.001)).toFixed(1) });
  return {
    total(n) {
      if (started) bar.setTotal(n);
      else bar.start(n, 0, rate());
      started = true;
    },
    tick: () => {
      done++;
      bar.increment(1, rate());
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Returns the exit code: 0 when nothing failed, 1 otherwise. */
export async function runIngestCommand(
  paths: string[],
  opts: { json: boolean; progress: boolean; reextract?: boolean; batchRows?: number; workers?: number },
): Promise<number> {
  const config = loadConfig();
  const graph = await openGraph(config, { maxTransactionRetryTimeMs: config.KG_INGEST_RETRY_SECONDS * 1000 });
  const bar = opts.progress && process.stderr.isTTY ? await progressBar() : undefined;
  try {
    await applySchema(graph);
    const workers = opts.workers ?? availableParallelism();
    const summary = await ingestPaths(graph, paths, {
      duplicates: true,
      workers,
      reextract: opts.reextract === true,
      ...(opts.batchRows ? { batchRows: opts.batchRows } : {}),
      ...(bar ? { progress: bar } : {}),
    });
    bar?.stop();
    // with Neo4j gone the summary is still printed (the judgement check would only wait for it)
    const staleJudgements = summary.unavailable ? [] : await judgementsNotApplied(graph);
    if (opts.json) process.stdout.write(JSON.stringify({ ...summary, staleJudgements }, null, 2) + '\n');
    else process.stdout.write(formatSummary(summary) + formatStale(staleJudgements));
    return summary.failures.length ? 1 : 0;
  } finally {
    bar?.stop();
    await graph.close();
  }
}

/** `kg ingest --bulk`: returns the exit code (2 when refused: not the local instance, or a database not empty). */
export async function runBulkIngestCommand(
  paths: string[],
  opts: { json: boolean; progress: boolean; keepCsv: boolean; workers?: number },
): Promise<number> {
  const config = loadConfig();
  if (config.NEO4J_URI) {
    process.stderr.write(
      `kg ingest --bulk: NEO4J_URI points at ${config.NEO4J_URI}; bulk import writes the store files of the local instance (\`kg db start\`, port KG_NEO4J_PORT) while it is stopped, so it cannot fill another server. Unset NEO4J_URI, or ingest without --bulk.\n`,
    );
    return 2;
  }
  const [{ instanceOptions }, { bulkIngest, NotEmptyError }, { formatBulk }] = await Promise.all([
    import('../neo4j-local/ensure.js'),
    import('./bulk.js'),
    import('./report.js'),
  ]);
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const bar = opts.progress && process.stderr.isTTY ? await progressBar() : undefined;
  try {
    const summary = await bulkIngest(paths, {
      instance: instanceOptions(config, 'main', log),
      config,
      workers: opts.workers ?? availableParallelism(),
      keepCsv: opts.keepCsv,
      ...(bar ? { progress: bar } : {}),
    });
    bar?.stop();
    if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else process.stdout.write(formatSummary(summary) + formatBulk(summary.bulk));
    return summary.failures.length ? 1 : 0;
  } catch (err) {
    if (err instanceof NotEmptyError) {
      bar?.stop();
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    bar?.stop();
  }
}
