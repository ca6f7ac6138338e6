// The ingestion run: read sources in bounded batches, skip what is stored, extract, write each article in its
// own transaction. Extraction (CPU) of the next article runs while the previous article's write (I/O) is in
// flight. Memory holds one batch of articles and one extraction, whatever the size of the corpus.
import type { Graph } from '../graph/driver.js';
import { articleIdsIngestedSince, databaseNow, storedArticleVersions, writeArticle, type InTransactionHook } from '../graph/writer.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';
import type { ReadFailure, SourceArticle } from '../sources/article.js';
import { DEFAULT_BATCH_ARTICLES, type BatchLimits, type SourceBatch } from '../sources/walk.js';
import { articleIdFromHash, contentHash, normaliseText } from './normalise.js';
import { countEntities, countRelations, prepareArticleWrite, type ArticleWrite } from './prepare.js';

export type IngestFailure = ReadFailure;

export interface IngestSummary {
  files: number;
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
  seconds: number;
}

export interface IngestProgress {
  /** articles known so far: the reader streams, so this grows batch by batch and is final only at the end */
  total(n: number): void;
  tick(): void;
}

export interface IngestOptions {
  extract?: (input: ArticleInput) => ExtractionResult;
  /** extra work inside each article's transaction (duplicate detection) */
  hook?: InTransactionHook;
  progress?: IngestProgress;
  /** stored with each article; an article stored with another version is re-extracted (default EXTRACTOR_VERSION) */
  extractorVersion?: string;
  /** re-extract and rewrite stored articles even when their version matches */
  reextract?: boolean;
  /** size of the batches articles are read and prepared in (src/sources/walk.ts defaults) */
  batch?: BatchLimits;
}

type Extract = (input: ArticleInput) => ExtractionResult;

interface Pending {
  source: SourceArticle;
  id: string;
  text: string;
  hash: string;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
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
  /** the write of the last article started, the only one in flight */
  inFlight: Promise<void>;
  /**
   * Set when the database went away: the remaining articles are listed as not attempted instead of each
   * waiting for its own connection timeout.
   */
  unavailable: string | null;
  /** with `reextract`: the database clock at the start, so an article rewritten earlier in this run is not rewritten twice */
  since: string | null;
}

/** The extractor with the project's resources, loaded once (a missing or corrupt data file stops the run here). */
async function defaultExtract(): Promise<Extract> {
  const [{ extract }, { defaultResources }] = await Promise.all([import('../extract/index.js'), import('../extract/resources.js')]);
  const res = defaultResources();
  return (input) => extract(input, res);
}

/** One batch: identity, stored check, then extract each article while the previous one is written. */
async function ingestBatch(graph: Graph, run: Run, batch: SourceBatch, options: IngestOptions, extract: Extract): Promise<void> {
  const { summary } = run;
  summary.files += batch.files;
  summary.failures.push(...batch.failures);
  run.known += batch.articles.length;
  if (batch.articles.length) options.progress?.total(run.known);

  // Identity first: the same text twice in this batch is never extracted again (in a later batch, the stored
  // check below finds it, because the lookup waits for every earlier write to commit).
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
  await run.inFlight;
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

  for (const p of pending) {
    if (run.unavailable !== null) {
      summary.failures.push(failureOf(p.source, `not attempted: ${run.unavailable}`));
      options.progress?.tick();
      continue;
    }
    if (stored.has(p.id)) {
      summary.articles.unchanged++;
      options.progress?.tick();
      continue;
    }
    let write: ArticleWrite;
    try {
      const result = extract({
        id: p.id,
        text: p.text,
        ...(p.source.title ? { title: p.source.title } : {}),
        ...(p.source.published ? { published: p.source.published } : {}),
        ...(p.source.source ? { source: p.source.source } : {}),
      });
      write = prepareArticleWrite(p.source, { id: p.id, text: p.text, contentHash: p.hash, extractorVersion: version }, result);
    } catch (err) {
      summary.failures.push(failureOf(p.source, `extraction failed: ${describe(err)}`));
      options.progress?.tick();
      continue;
    }
    // One write at a time: concurrent MERGEs on shared entities would only deadlock and retry.
    await run.inFlight;
    if (run.unavailable !== null) {
      summary.failures.push(failureOf(p.source, `not attempted: ${run.unavailable}`));
      options.progress?.tick();
      continue;
    }
    run.inFlight = graph
      .write((tx) => writeArticle(tx, write, { hook: options.hook, reextract: options.reextract }))
      .then((outcome) => {
        if (outcome === 'unchanged') {
          summary.articles.unchanged++;
          return;
        }
        summary.articles.new++;
        if (outcome === 'rewritten') summary.reextracted++;
        summary.entities += countEntities(write);
        summary.relations += countRelations(write);
        summary.warnings += write.warnings.length;
        for (const rows of Object.values(write.entities)) for (const r of rows) run.entityKeys.add(r.key);
      })
      .catch((err: unknown) => {
        summary.failures.push(failureOf(p.source, `write failed, nothing stored: ${describe(err)}`));
        if (isUnavailable(err)) run.unavailable = `Neo4j became unavailable (${describe(err)})`;
      })
      .finally(() => options.progress?.tick());
  }
}

/**
 * Ingest articles arriving in batches. A batch is pulled from `batches` only when the previous one has been
 * extracted (its last write may still be in flight), so memory holds one batch however long the stream.
 */
export async function ingestBatches(graph: Graph, batches: AsyncIterable<SourceBatch> | Iterable<SourceBatch>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const extract = options.extract ?? (await defaultExtract());
  const run: Run = {
    summary: {
      files: 0,
      articles: { new: 0, unchanged: 0, failed: 0 },
      reextracted: 0,
      entities: 0,
      distinctEntities: 0,
      relations: 0,
      failures: [],
      warnings: 0,
      seconds: 0,
    },
    entityKeys: new Set<string>(),
    known: 0,
    inFlight: Promise.resolve(),
    unavailable: null,
    since: options.reextract ? await graph.read(databaseNow) : null,
  };
  try {
    for await (const batch of batches) await ingestBatch(graph, run, batch, options, extract);
  } finally {
    await run.inFlight;
  }
  const { summary } = run;
  summary.articles.failed = summary.failures.length;
  summary.distinctEntities = run.entityKeys.size;
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}

/** Already-read articles in batches of `size`. */
function* inBatches(sources: Iterable<SourceArticle>, readFailures: ReadFailure[], files: number, size: number): Generator<SourceBatch> {
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
  return ingestBatches(graph, inBatches(sources, readFailures, files, options.batch?.maxArticles ?? DEFAULT_BATCH_ARTICLES), options);
}

/** Read the files under `paths` batch by batch and ingest what they hold. */
export async function ingestPaths(graph: Graph, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const { readSourceBatches } = await import('../sources/walk.js');
  return ingestBatches(graph, readSourceBatches(paths, options.batch), options);
}
