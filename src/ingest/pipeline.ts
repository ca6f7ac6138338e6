// The ingestion run: read sources, skip what is stored, extract, write each article in its own transaction.
// Extraction (CPU) of the next article runs while the previous article's write (I/O) is in flight.
import type { Graph } from '../graph/driver.js';
import { storedArticleVersions, writeArticle, type InTransactionHook } from '../graph/writer.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';
import type { ReadFailure, SourceArticle } from '../sources/article.js';
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
}

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

/** Ingest already-read articles. Read failures are passed in so the summary lists every problem. */
export async function ingestArticles(
  graph: Graph,
  sources: SourceArticle[],
  readFailures: ReadFailure[],
  options: IngestOptions = {},
  files = 0,
): Promise<IngestSummary> {
  const started = performance.now();
  const extract = options.extract ?? (await import('../extract/index.js')).extract;
  const summary: IngestSummary = {
    files,
    articles: { new: 0, unchanged: 0, failed: 0 },
    reextracted: 0,
    entities: 0,
    distinctEntities: 0,
    relations: 0,
    failures: [...readFailures],
    warnings: 0,
    seconds: 0,
  };
  const entityKeys = new Set<string>();
  options.progress?.total(sources.length);

  // Identity first: the same text twice in this run, or already stored, is never extracted again.
  const pending: Pending[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
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
  // Unchanged = same text (the id is its hash) and extracted by this extractor version.
  const version = options.extractorVersion ?? EXTRACTOR_VERSION;
  const stored = new Set<string>();
  if (!options.reextract) {
    for (let i = 0; i < pending.length; i += 1000) {
      const ids = pending.slice(i, i + 1000).map((p) => p.id);
      for (const [id, v] of await graph.read((tx) => storedArticleVersions(tx, ids))) if (v === version) stored.add(id);
    }
  }

  let inFlight: Promise<void> = Promise.resolve();
  // Set when the database went away: the remaining articles are listed as not attempted instead of each
  // waiting for its own connection timeout.
  let unavailable: string | null = null;
  for (const p of pending) {
    if (unavailable !== null) {
      summary.failures.push(failureOf(p.source, `not attempted: ${unavailable}`));
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
    await inFlight;
    if (unavailable !== null) {
      summary.failures.push(failureOf(p.source, `not attempted: ${unavailable}`));
      options.progress?.tick();
      continue;
    }
    inFlight = graph
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
        for (const rows of Object.values(write.entities)) for (const r of rows) entityKeys.add(r.key);
      })
      .catch((err: unknown) => {
        summary.failures.push(failureOf(p.source, `write failed, nothing stored: ${describe(err)}`));
        if (isUnavailable(err)) unavailable = `Neo4j became unavailable (${describe(err)})`;
      })
      .finally(() => options.progress?.tick());
  }
  await inFlight;

  summary.articles.failed = summary.failures.length;
  summary.distinctEntities = entityKeys.size;
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}

/** Read every file under `paths` and ingest what they hold. */
export async function ingestPaths(graph: Graph, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const { readSources } = await import('../sources/walk.js');
  const read = await readSources(paths);
  const summary = await ingestArticles(graph, read.articles, read.failures, options, read.files);
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}
