// The ingestion run: read sources in bounded batches, skip what is stored, extract, and write many articles per
// transaction (src/graph/writer.ts writeArticleBatch), a write batch closed when it holds about BATCH_ROWS rows.
// Extraction (CPU) of the next write batch runs while the previous one is written (I/O). A batch that fails is
// written again article by article, so one bad article never rolls back its neighbours. Memory holds one read
// batch, one write batch being filled and one in flight, whatever the size of the corpus.
import type { Graph } from '../graph/driver.js';
import type { DuplicateLinker } from '../graph/duplicate-links.js';
import {
  articleIdsIngestedSince,
  databaseNow,
  storedArticleVersions,
  storedSourceFiles,
  writeArticleBatch,
  type BatchResult,
  type InTransactionHook,
  type WriteOptions,
  type WriteOutcome,
} from '../graph/writer.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';
import type { ReadFailure, SourceArticle } from '../sources/article.js';
import { DEFAULT_BATCH_ARTICLES, type BatchLimits, type SourceBatch } from '../sources/walk.js';
import { articleIdFromHash, contentHash, extractionInput, normaliseText } from './normalise.js';
import { countEntities, countRelations, rowCount, type ArticleWrite } from '../graph/rows.js';
import { prepareArticleWrite } from './prepare.js';
import { articleFollowUpOf } from './follow-ups.js';

/** rows (nodes and relationships) a write transaction holds at most, give or take one article */
export const BATCH_ROWS = 6_000;
import { analysedLength } from '../extract/input-guard.js';

export type IngestFailure = ReadFailure;

export interface IngestSummary {
  files: number;
  /** of `files`: files whose raw bytes were stored already, with all their articles, so they were not converted again */
  unchangedFiles: number;
  /** failed = every failure listed: unreadable files, invalid items, articles whose extraction or write failed */
  articles: { new: number; unchanged: number; failed: number };
  /** of `articles.new`: stored before by another extractor version (or `reextract`) and written anew */
  reextracted: number;
  /** entity rows written (an entity seen in two new articles counts twice) and distinct entity keys */
  entities: number;
  distinctEntities: number;
  relations: number;
  failures: IngestFailure[];
  /** mentions or evidence dropped because their offsets did not fit the text */
  warnings: number;
  /** the extractor's notes on stored articles (text cut, markup, script), one per article and note */
  extractorWarnings: IngestFailure[];
  /** set when Neo4j went away during the run: the failures after it are "not attempted", worth retrying as a whole */
  unavailable?: string;
  seconds: number;
}

export interface IngestProgress {
  /** articles known so far: the reader streams, so this grows batch by batch and is final only at the end */
  total(n: number): void;
  tick(): void;
}

export interface IngestOptions {
  /** the extractor (default: the project's, loaded once per run); a worker-thread pool's returns promises */
  extract?: (input: ArticleInput) => ExtractionResult | Promise<ExtractionResult>;
  /** extraction in this many worker threads (src/ingest/extract-pool.ts); without it, in this thread */
  workers?: number;
  /** near-duplicate links (src/graph/duplicate-links.ts): true to build the index from the database, or a linker */
  duplicates?: boolean | DuplicateLinker;
  /** extra work inside the write transaction for each article (tests inject faults here) */
  hook?: InTransactionHook;
  progress?: IngestProgress;
  /** stored with each article; an article stored with another version is re-extracted (default EXTRACTOR_VERSION) */
  extractorVersion?: string;
  /** re-extract and rewrite stored articles even when their version matches */
  reextract?: boolean;
  /** size of the batches articles are read and prepared in (src/sources/walk.ts defaults) */
  batch?: BatchLimits;
  /** rows per write transaction (default BATCH_ROWS) */
  batchRows?: number;
  /**
   * where write batches go instead of the graph writer (`kg ingest --bulk` collects them for neo4j-admin import):
   * the outcome of each write, or an error for the batch (then each article is handed over alone, as online)
   */
  sink?: (writes: ArticleWrite[]) => Promise<WriteOutcome[]>;
}

/** A write batch through the graph writer, or the sink when there is one. */
async function writeWrites(
  graph: Graph,
  writes: ArticleWrite[],
  options: IngestOptions,
  writeOptions: WriteOptions,
): Promise<BatchResult> {
  if (options.sink) return { outcomes: await options.sink(writes), committed: () => {} };
  return graph.write((tx) => writeArticleBatch(tx, writes, writeOptions));
}

type Extract = (input: ArticleInput) => ExtractionResult | Promise<ExtractionResult>;

interface Pending {
  source: SourceArticle;
  id: string;
  text: string;
  hash: string;
}

interface Prepared {
  source: SourceArticle;
  write: ArticleWrite;
  /** the extractor's warnings (text cut, script, markup), reported in the summary once the article is stored */
  notes: string[];
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function isUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** another writer stored the same article (its id is the hash of its text) between our check and our write */
function isAlreadyStored(err: unknown): boolean {
  return codeOf(err) === 'Neo.ClientError.Schema.ConstraintValidationFailed' && /already exists/.test(describe(err));
}

export function failureOf(source: SourceArticle, reason: string): IngestFailure {
  return { file: source.origin.file, item: source.origin.item, reason };
}

/** Everything a run accumulates while batches stream through (a batch's articles are dropped after it). */
interface Run {
  summary: IngestSummary;
  entityKeys: Set<string>;
  /** articles the reader has handed over so far (the progress total grows with it) */
  known: number;
  /** ids extracted in this run and not yet written: a repeat in a later read batch is not extracted again */
  queued: Set<string>;
  /** the write batch being filled, and its rows */
  filling: Prepared[];
  fillingRows: number;
  /** the write of the last batch started, the only one in flight */
  inFlight: Promise<void>;
  /**
   * Set when the database went away: the remaining articles are listed as not attempted instead of each
   * waiting for its own connection timeout.
   */
  unavailable: string | null;
  /** with `reextract`: the database clock at the start, so an article rewritten earlier in this run is not rewritten twice */
  since: string | null;
  duplicates: DuplicateLinker | undefined;
}

/** The extractor with the project's resources, loaded once (a missing or corrupt data file stops the run here). */
async function defaultExtract(): Promise<Extract> {
  const [{ extract }, { defaultResources }] = await Promise.all([
    import('../extract/index.js'),
    import('../extract/resources.js'),
  ]);
  const res = defaultResources();
  return (input) => extract(input, res);
}

function counted(run: Run, p: Prepared, outcome: WriteOutcome): void {
  const { summary } = run;
  if (outcome === 'unchanged') {
    summary.articles.unchanged++;
    return;
  }
  summary.articles.new++;
  if (outcome === 'rewritten') summary.reextracted++;
  summary.entities += countEntities(p.write);
  summary.relations += countRelations(p.write);
  summary.warnings += p.write.warnings.length;
  for (const note of p.notes) summary.extractorWarnings.push(failureOf(p.source, note));
  for (const rows of Object.values(p.write.entities)) for (const r of rows) run.entityKeys.add(r.key);
}

/** Write `batch` in one transaction; when that fails, each article in its own, so only a bad one fails. */
async function writeBatch(graph: Graph, run: Run, batch: Prepared[], options: IngestOptions): Promise<void> {
  const writeOptions = { duplicates: run.duplicates, reextract: options.reextract, hook: options.hook };
  const tick = () => options.progress?.tick();
  try {
    if (run.duplicates && batch.length) await run.duplicates.sync(graph);
    const result = await writeWrites(
      graph,
      batch.map((p) => p.write),
      options,
      writeOptions,
    );
    result.committed();
    // links to articles another process committed while this batch was written (concurrent ingests)
    if (run.duplicates) {
      const written = batch.filter((_, i) => result.outcomes[i] !== 'unchanged').map((p) => p.write.article);
      try {
        await run.duplicates.catchUp(graph, written);
      } catch (err) {
        // the batch is stored; only links to the other process's articles are missing (a rerun adds none: say so)
        if (isUnavailable(err)) run.unavailable = `Neo4j became unavailable (${describe(err)})`;
        run.summary.warnings++;
      }
    }
    batch.forEach((p, i) => counted(run, p, result.outcomes[i] ?? 'unchanged'));
    batch.forEach(tick);
    return;
  } catch (err) {
    return writeOneByOne(graph, run, batch, options, err);
  } finally {
    for (const p of batch) run.queued.delete(p.write.article.id);
    run.duplicates?.forget(batch.map((p) => p.write.article.id));
  }
}

async function writeOneByOne(
  graph: Graph,
  run: Run,
  batch: Prepared[],
  options: IngestOptions,
  err: unknown,
): Promise<void> {
  const writeOptions = { duplicates: run.duplicates, reextract: options.reextract, hook: options.hook };
  const tick = () => options.progress?.tick();
  {
    if (isUnavailable(err)) {
      run.unavailable = `Neo4j became unavailable (${describe(err)})`;
      for (const p of batch) {
        run.summary.failures.push(failureOf(p.source, `write failed, nothing stored: ${describe(err)}`));
        tick();
      }
      return;
    }
    if (batch.length === 1 && !isAlreadyStored(err)) {
      run.summary.failures.push(failureOf(batch[0]!.source, `write failed, nothing stored: ${describe(err)}`));
      tick();
      return;
    }
  }
  for (const p of batch) {
    if (run.unavailable !== null) {
      run.summary.failures.push(failureOf(p.source, `not attempted: ${run.unavailable}`));
      tick();
      continue;
    }
    try {
      const result = await writeWrites(graph, [p.write], options, writeOptions);
      result.committed();
      counted(run, p, result.outcomes[0] ?? 'unchanged');
    } catch (first) {
      let err = first;
      if (isAlreadyStored(first)) {
        // stored by another process meanwhile: the next attempt finds it complete and leaves it alone
        try {
          const result = await writeWrites(graph, [p.write], options, writeOptions);
          result.committed();
          counted(run, p, result.outcomes[0] ?? 'unchanged');
          continue;
        } catch (again) {
          err = again;
        }
      }
      run.summary.failures.push(failureOf(p.source, `write failed, nothing stored: ${describe(err)}`));
      if (isUnavailable(err)) run.unavailable = `Neo4j became unavailable (${describe(err)})`;
    } finally {
      tick();
    }
  }
}

/** Hand the batch being filled to the writer (after the one in flight), so extraction goes on meanwhile. */
async function flush(graph: Graph, run: Run, options: IngestOptions): Promise<void> {
  await run.inFlight;
  const batch = run.filling;
  run.filling = [];
  run.fillingRows = 0;
  if (!batch.length) return;
  if (run.unavailable !== null) {
    for (const p of batch) {
      run.summary.failures.push(failureOf(p.source, `not attempted: ${run.unavailable}`));
      options.progress?.tick();
    }
    return;
  }
  run.inFlight = writeBatch(graph, run, batch, options);
}

/** One read batch: identity, stored check, then extract each article into the write batch being filled. */
async function ingestBatch(
  graph: Graph,
  run: Run,
  batch: SourceBatch,
  options: IngestOptions,
  extract: Extract,
): Promise<void> {
  const { summary } = run;
  summary.files += batch.files;
  summary.unchangedFiles += batch.unchangedFiles ?? 0;
  summary.failures.push(...batch.failures);
  const skipped = batch.unchanged ?? 0;
  run.known += batch.articles.length + skipped;
  if (batch.articles.length || skipped) options.progress?.total(run.known);
  summary.articles.unchanged += skipped;
  for (let i = 0; i < skipped; i++) options.progress?.tick();

  // Identity first: the same text twice in this batch is never extracted again (in a later batch, the stored
  // check below finds it, or the writer's own existence check does).
  const pending: Pending[] = [];
  const seen = new Set<string>();
  for (const source of batch.articles) {
    const text = normaliseText(source.text);
    const hash = contentHash(text);
    const id = articleIdFromHash(hash);
    if (seen.has(id)) {
      summary.articles.unchanged++;
      options.progress?.tick();
      continue;
    }
    seen.add(id);
    pending.push({ source, id, text, hash });
  }
  // Unchanged = same text (the id is its hash) and extracted by this extractor version; with reextract,
  // only an article already rewritten by this run.
  const version = options.extractorVersion ?? EXTRACTOR_VERSION;
  let stored = new Set<string>();
  if (pending.length && run.unavailable === null) {
    const ids = pending.map((p) => p.id);
    try {
      stored = await graph.read(async (tx) => {
        if (run.since !== null) return articleIdsIngestedSince(tx, ids, run.since);
        const versions = await storedArticleVersions(tx, ids);
        return new Set([...versions].filter(([, v]) => v === version).map(([id]) => id));
      });
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      run.unavailable = `Neo4j became unavailable (${describe(err)})`;
    }
  }

  const limit = options.batchRows ?? BATCH_ROWS;
  // With a worker pool every article of the read batch is handed out at once; results are taken in order.
  const started = new Map<string, Promise<ExtractionResult>>();
  const inputOf = (p: Pending): ArticleInput => extractionInput(p.id, p.text, p.source);
  if (options.workers && run.unavailable === null) {
    for (const p of pending) {
      if (stored.has(p.id) || run.queued.has(p.id)) continue;
      const r = Promise.resolve(extract(inputOf(p)));
      r.catch(() => {});
      started.set(p.id, r);
    }
  }
  for (const p of pending) {
    if (run.unavailable !== null) {
      summary.failures.push(failureOf(p.source, `not attempted: ${run.unavailable}`));
      options.progress?.tick();
      continue;
    }
    if (stored.has(p.id) || run.queued.has(p.id)) {
      summary.articles.unchanged++;
      options.progress?.tick();
      continue;
    }
    let write: ArticleWrite;
    let notes: string[] = [];
    try {
      const result = await (started.get(p.id) ?? extract(inputOf(p)));
      notes = result.warnings;
      // only what extraction read is stored (a 52 MB text was stored and served whole); the id stays the full text's hash
      const analysed = analysedLength(p.text);
      const cut = analysed < p.text.length;
      write = prepareArticleWrite(
        p.source,
        {
          id: p.id,
          text: cut ? p.text.slice(0, analysed) : p.text,
          contentHash: p.hash,
          extractorVersion: version,
          textTruncatedFrom: cut ? p.text.length : null,
        },
        result,
      );
      write.followUp = articleFollowUpOf(write);
    } catch (err) {
      summary.failures.push(failureOf(p.source, `extraction failed: ${describe(err)}`));
      options.progress?.tick();
      continue;
    }
    // the duplicate fingerprint now, while the batch before is written, not inside this batch's transaction
    run.duplicates?.prepare(write.article);
    run.filling.push({ source: p.source, write, notes });
    run.queued.add(p.id);
    run.fillingRows += rowCount(write);
    if (run.fillingRows >= limit) await flush(graph, run, options);
  }
}

/**
 * Ingest articles arriving in batches. A batch is pulled from `batches` only when the previous one has been
 * extracted (its writes may still be in flight), so memory holds one batch however long the stream.
 */
export async function ingestBatches(
  graph: Graph,
  batches: AsyncIterable<SourceBatch> | Iterable<SourceBatch>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const pool =
    !options.extract && options.workers ? (await import('./extract-pool.js')).createExtractPool(options.workers) : null;
  const extract: Extract = options.extract ?? (pool ? (input) => pool.extract(input) : await defaultExtract());
  const duplicates =
    options.duplicates === true
      ? new (await import('../graph/duplicate-links.js')).DuplicateLinker(
          (await import('../extract/resources.js')).defaultWordLists(),
        )
      : options.duplicates || undefined;
  const run: Run = {
    summary: {
      files: 0,
      unchangedFiles: 0,
      articles: { new: 0, unchanged: 0, failed: 0 },
      reextracted: 0,
      entities: 0,
      distinctEntities: 0,
      relations: 0,
      failures: [],
      warnings: 0,
      extractorWarnings: [],
      seconds: 0,
    },
    entityKeys: new Set<string>(),
    known: 0,
    queued: new Set<string>(),
    filling: [],
    fillingRows: 0,
    inFlight: Promise.resolve(),
    unavailable: null,
    since: options.reextract ? await graph.read(databaseNow) : null,
    duplicates,
  };
  try {
    for await (const batch of batches) await ingestBatch(graph, run, batch, options, extract);
    await flush(graph, run, options);
  } finally {
    await run.inFlight;
    await pool?.close();
  }
  const { summary } = run;
  summary.articles.failed = summary.failures.length;
  summary.distinctEntities = run.entityKeys.size;
  if (run.unavailable !== null) summary.unavailable = run.unavailable;
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}

/** Already-read articles in batches of `size`. */
function* inBatches(
  sources: Iterable<SourceArticle>,
  readFailures: ReadFailure[],
  files: number,
  size: number,
): Generator<SourceBatch> {
  let batch: SourceBatch = { articles: [], failures: [...readFailures], files };
  for (const source of sources) {
    batch.articles.push(source);
    if (batch.articles.length >= size) {
      yield batch;
      batch = { articles: [], failures: [], files: 0 };
    }
  }
  if (batch.articles.length || batch.failures.length || batch.files) yield batch;
}

/** Ingest already-read articles. Read failures are passed in so the summary lists every problem. */
export function ingestArticles(
  graph: Graph,
  sources: Iterable<SourceArticle>,
  readFailures: ReadFailure[],
  options: IngestOptions = {},
  files = 0,
): Promise<IngestSummary> {
  return ingestBatches(
    graph,
    inBatches(sources, readFailures, files, options.batch?.maxArticles ?? DEFAULT_BATCH_ARTICLES),
    options,
  );
}

/**
 * Read the files under `paths` batch by batch and ingest what they hold. A file whose raw bytes were ingested
 * before, all its articles stored by this extractor version, is not converted again (except with `reextract`).
 */
export async function ingestPaths(graph: Graph, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const { readSourceBatches } = await import('../sources/walk.js');
  const version = options.extractorVersion ?? EXTRACTOR_VERSION;
  let lookupFailed = false;
  // One try, not the driver's retries for 30 s: when Neo4j is gone the files are converted and the run reports it.
  const storedFiles = async (hashes: string[]): Promise<Map<string, number>> => {
    if (lookupFailed) return new Map();
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
    try {
      const tx = session.beginTransaction();
      try {
        return await storedSourceFiles(tx, hashes, version);
      } finally {
        await tx.close().catch(() => {});
      }
    } catch (err) {
      lookupFailed = true;
      throw err;
    } finally {
      await session.close().catch(() => {});
    }
  };
  return ingestBatches(
    graph,
    readSourceBatches(paths, { ...(options.reextract ? {} : { storedFiles }), ...options.batch }),
    options,
  );
}
