// Test articles as Markdown files with front matter, written to a temporary directory and ingested through the real
// file path (front-matter parsing included), one file at a time or all together.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { articleIdFromHash, contentHash, normaliseText } from '../../src/ingest/normalise.js';
import { ingestPaths, type IngestOptions, type IngestSummary } from '../../src/ingest/pipeline.js';

export interface TestArticle {
  /** the file name; when `published` is not given, its first ten characters are the publication date */
  file: string;
  text: string;
  title?: string;
  published?: string;
  source?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The article as the Markdown file a user would drop into a folder. */
export function articleMarkdown(a: TestArticle): string {
  const published = a.published ?? a.file.slice(0, 10);
  if (!ISO_DATE.test(published)) {
    throw new Error(`test article ${a.file}: no publication date (give "published" or start the file name with one)`);
  }
  return `---\ntitle: "${a.title ?? 'Report'}"\npublished: ${published}\nsource: ${a.source ?? 'Test Wire'}\n---\n${a.text}\n`;
}

/** The id the ingest gives the article: the hash of its normalised text. */
export const articleIdOf = (a: Pick<TestArticle, 'text'>): string =>
  articleIdFromHash(contentHash(normaliseText(a.text)));

/** Writes the articles into `dir` (made if missing) and returns their paths, in the given order. */
export async function writeArticles(dir: string, articles: readonly TestArticle[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const a of articles) {
    const path = join(dir, a.file);
    await writeFile(path, articleMarkdown(a));
    paths.push(path);
  }
  return paths;
}

/**
 * Temporary directories for one test file: `make()` creates one, and all are removed after the file's tests. Register
 * it at the top level of the file.
 */
export function useTempDirs(prefix: string): { make(): Promise<string> } {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  return {
    async make() {
      const dir = await mkdtemp(join(tmpdir(), `kg-${prefix}-`));
      made.push(dir);
      return dir;
    },
  };
}

/**
 * Writes the articles into `dir` and ingests them one file at a time in the given order (the order some tests vary),
 * expecting no failures. Returns each file's summary.
 */
export async function ingestOneByOne(
  graph: Graph,
  dir: string,
  articles: readonly TestArticle[],
  options: IngestOptions = {},
): Promise<IngestSummary[]> {
  const summaries: IngestSummary[] = [];
  for (const path of await writeArticles(dir, articles)) {
    const summary = await ingestPaths(graph, [path], options);
    expect(summary.failures, path).toEqual([]);
    summaries.push(summary);
  }
  return summaries;
}
