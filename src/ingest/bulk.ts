// `kg ingest --bulk`: a backfill into an EMPTY database through `neo4j-admin database import full`. Articles are read,
// extracted and prepared by the online pipeline (src/ingest/pipeline.ts), whose write batches go to a collector
// instead of the graph writer; the whole set is then planned as one batch against an empty store with the writer's
// own decision functions (src/graph/bulk-graph.ts), written as CSV (src/graph/bulk-csv.ts), and imported while the
// local server is stopped. The server is started again, the schema applied as at start-up, and the few values a CSV
// field cannot carry are set. A database holding anything is refused before anything is read.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import { openGraph, type Graph } from '../graph/driver.js';
import type { ArticleWrite } from '../graph/rows.js';
import type { WriteOutcome } from '../graph/writer.js';
import { applySchema } from '../graph/schema.js';
import { planBulkGraph } from '../graph/bulk-graph.js';
import { ARRAY_DELIMITER, applyFixups, writeBulkCsv } from '../graph/bulk-csv.js';
import { adminImport } from '../neo4j-local/admin-import.js';
import { start, stop, type InstanceOptions } from '../neo4j-local/instance.js';
import { ingestPaths, type IngestOptions, type IngestProgress, type IngestSummary } from './pipeline.js';

export type BulkTimings = {
  /** reading, extraction and preparation (the online pipeline up to its writer) */
  extract: number;
  /** cross-article decisions and the tables */
  plan: number;
  csv: number;
  /** stopping the server, the import, starting it again */
  stop: number;
  import: number;
  start: number;
  /** schema and the values set after the import */
  schema: number;
  fixups: number;
};

export interface BulkSummary extends IngestSummary {
  bulk: { nodes: number; relationships: number; fixups: number; csvDir: string | null; seconds: BulkTimings } | null;
}

export interface BulkOptions {
  /** the local instance to import into (it is stopped and started again) */
  instance: InstanceOptions;
  /** configuration whose NEO4J_URI (or port) reaches that instance */
  config: Config;
  workers?: number;
  progress?: IngestProgress;
  /** keep the CSV files (in the instance's import/ folder) instead of deleting them after a good import */
  keepCsv?: boolean;
  /** read the news conventions (boilerplate, wire agencies) the duplicate fingerprints use */
  words?: () => Promise<import('../extract/word-lists.js').WordLists>;
  /** the extractor (default: the project's); a test passes one that remembers what online ingest extracted */
  extract?: IngestOptions['extract'];
}

/** The database holds something: bulk import would replace it. */
export class NotEmptyError extends Error {}

async function nodeCount(graph: Graph): Promise<number> {
  return graph.read(async (tx) =>
    z
      .number()
      .int()
      .parse((await tx.run('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n')),
  );
}

async function refuseUnlessEmpty(graph: Graph, where: string): Promise<void> {
  const n = await nodeCount(graph);
  if (n > 0)
    throw new NotEmptyError(
      `kg ingest --bulk: the database "${graph.database}" at ${where} is not empty (it holds ${n} node${n === 1 ? '' : 's'}); ` +
        'bulk import replaces a database whole, so it only fills an empty one. Ingest without --bulk to add to it, ' +
        'or stop it and delete its data folder to start again.',
    );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the graph writer would reject for this article (a statement matching fewer rows than it sent, a date it
 * cannot parse), checked before the article joins the import: one bad article fails alone, as online.
 */
export function checkWrite(w: ArticleWrite): void {
  const keys = new Set(Object.values(w.entities).flatMap((rows: Array<{ key: string }>) => rows.map((r) => r.key)));
  const sentences = new Set(w.sentences.map((s) => s.id));
  for (const m of w.sentenceMentions) {
    if (!keys.has(m.key))
      throw new Error(`writing sentence mentions: entity ${m.key} is not among the article's entities`);
    if (!sentences.has(m.sentenceId))
      throw new Error(`writing sentence mentions: sentence ${m.sentenceId} is not the article's`);
  }
  for (const m of w.articleMentions)
    if (!keys.has(m.key))
      throw new Error(`writing article mentions: entity ${m.key} is not among the article's entities`);
  for (const k of w.covers)
    if (!keys.has(k)) throw new Error(`writing incident coverage: incident ${k} is not the article's`);
  for (const rows of Object.values(w.relations))
    for (const r of rows ?? [])
      if (!keys.has(r.from) || !keys.has(r.to))
        throw new Error(`writing relations: ${r.from} -> ${r.to} has an end that is not among the article's entities`);
  const { published, publishedAt } = w.article;
  if (published !== null && (!ISO_DATE.test(published) || Number.isNaN(Date.parse(published))))
    throw new Error(`writing articles: published "${published}" is not a date`);
  if (publishedAt !== null && Number.isNaN(Date.parse(publishedAt)))
    throw new Error(`writing articles: publishedAt "${publishedAt}" is not a date and time`);
}

const secondsSince = (t: number) => Math.round((performance.now() - t) / 10) / 100;

/** Bulk-ingest `paths` into the empty database of `opts.instance`; refuses (NotEmptyError) a database holding anything. */
export async function bulkIngest(paths: string[], opts: BulkOptions): Promise<BulkSummary> {
  const t0 = performance.now();
  const uri = `bolt://127.0.0.1:${opts.instance.port}`;
  await start(opts.instance);
  let graph: Graph | null = await openGraph(opts.config);
  const collected: ArticleWrite[] = [];
  const ids = new Set<string>();
  let summary: IngestSummary;
  try {
    await refuseUnlessEmpty(graph, uri);
    const sink = async (writes: ArticleWrite[]): Promise<WriteOutcome[]> => {
      for (const w of writes) checkWrite(w); // all or none of the batch, as a transaction
      return writes.map((w) => {
        if (ids.has(w.article.id)) return 'unchanged';
        ids.add(w.article.id);
        collected.push(w);
        return 'new';
      });
    };
    summary = await ingestPaths(graph, paths, {
      duplicates: false,
      sink,
      ...(opts.extract ? { extract: opts.extract } : {}),
      ...(opts.workers ? { workers: opts.workers } : {}),
      ...(opts.progress ? { progress: opts.progress } : {}),
    });
  } catch (err) {
    await graph.close();
    throw err;
  }
  const extract = secondsSince(t0);
  if (!collected.length) {
    await graph.close();
    return { ...summary, bulk: null };
  }

  let t = performance.now();
  const words = opts.words ? await opts.words() : (await import('../extract/resources.js')).defaultWordLists();
  const plan = await planBulkGraph(collected, { now: new Date().toISOString(), words });
  const planSeconds = secondsSince(t);
  t = performance.now();
  const dir = join(opts.instance.home, 'import', `bulk-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  const csv = writeBulkCsv(plan, dir);
  const csvSeconds = secondsSince(t);

  // nothing may have arrived meanwhile (another process writing to the same database)
  try {
    await refuseUnlessEmpty(graph, uri);
  } finally {
    await graph.close();
    graph = null;
  }
  t = performance.now();
  await stop(opts.instance);
  const stopSeconds = secondsSince(t);
  const imported = await adminImport(
    opts.instance,
    opts.config.NEO4J_DATABASE,
    csv.args,
    ARRAY_DELIMITER,
    join(dir, 'import.report'),
  );
  t = performance.now();
  await start(opts.instance);
  const startSeconds = secondsSince(t);
  graph = await openGraph(opts.config);
  try {
    t = performance.now();
    await applySchema(graph);
    const schemaSeconds = secondsSince(t);
    t = performance.now();
    const g = graph;
    const fixups = await applyFixups((work) => g.write(work), csv);
    const fixupSeconds = secondsSince(t);
    if (!opts.keepCsv) rmSync(dir, { recursive: true, force: true });
    return {
      ...summary,
      seconds: secondsSince(t0),
      bulk: {
        nodes: csv.nodes,
        relationships: csv.relationships,
        fixups,
        csvDir: opts.keepCsv ? dir : null,
        seconds: {
          extract,
          plan: planSeconds,
          csv: csvSeconds,
          stop: stopSeconds,
          import: Math.round(imported.seconds * 100) / 100,
          start: startSeconds,
          schema: schemaSeconds,
          fixups: fixupSeconds,
        },
      },
    };
  } finally {
    await graph.close();
  }
}
