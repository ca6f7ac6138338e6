// The one module of the readers that touches the file system: expand paths, read files, hand bytes to parseFile.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { ReadFailure, ReadResult } from './article.js';
import { streamJsonl } from './jsonl-stream.js';
import { isSupported, parseFile } from './parse.js';
import { errorReason } from './file-errors.js';
import { notRegularFile, readBounded } from './read-bounded.js';

/** Folder documentation that is not an article (read only when named explicitly). */
const PROJECT_FILE = /^(readme|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;

/** One step of a walk: a file to read, or a path or folder that could not be read. */
export type WalkItem = { file: string } | { failure: ReadFailure };

/** True when the walk of folder `outer` reaches `inner` (both resolved; a file must also be of a supported type). */
function walkReaches(outer: string, inner: string, isDir: boolean): boolean {
  if (inner === outer || !inner.startsWith(outer.endsWith(sep) ? outer : outer + sep)) return false;
  const parts = relative(outer, inner).split(sep);
  if (parts.some((p) => p.startsWith('.') || PROJECT_FILE.test(p))) return false;
  return isDir || isSupported(inner);
}

/**
 * Files to read under the given paths, sorted, folders walked recursively, yielded one at a time so a walk
 * of millions of files holds one folder listing per level, never the whole list. In folders, hidden entries,
 * README and similar files, and files of unsupported types are skipped; a path named explicitly is always
 * returned (parseFile explains a bad type). A path repeated, or lying inside a folder also named, is walked
 * once (by the folder), so no file is yielded twice without keeping a set of every file seen.
 */
export async function* walkFiles(paths: string[]): AsyncGenerator<WalkItem> {
  const infos: Array<{ path: string; resolved: string; dir: boolean } | { path: string; failure: ReadFailure }> = [];
  for (const path of paths) {
    try {
      infos.push({ path, resolved: resolve(path), dir: (await stat(path)).isDirectory() });
    } catch (err) {
      infos.push({ path, failure: { file: path, reason: errorReason(err) } });
    }
  }
  const folders = infos.flatMap((i) => ('dir' in i && i.dir ? [i.resolved] : []));
  const done = new Set<string>();
  async function* walk(dir: string): AsyncGenerator<WalkItem> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      yield { failure: { file: dir, reason: `cannot read folder: ${errorReason(err)}` } };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || PROJECT_FILE.test(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(full);
      else if (entry.isFile() && isSupported(entry.name)) yield { file: full };
    }
  }
  for (const info of infos) {
    if ('failure' in info) {
      yield { failure: info.failure };
      continue;
    }
    if (done.has(info.resolved)) continue;
    // inside another folder that is also named: that folder's walk yields it
    if (folders.some((f) => walkReaches(f, info.resolved, info.dir))) continue;
    done.add(info.resolved);
    if (info.dir) yield* walk(info.path);
    else yield { file: info.path };
  }
}

/** Every file under the given paths (the whole list; walkFiles streams it). */
export async function listFiles(paths: string[]): Promise<{ files: string[]; failures: ReadFailure[] }> {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  for await (const item of walkFiles(paths)) {
    if ('file' in item) files.push(item.file);
    else failures.push(item.failure);
  }
  return { files, failures };
}

/** Read and parse one file; an unreadable file becomes a failure naming it. */
export async function readSourceFile(file: string): Promise<ReadResult> {
  const read = await readBounded(file);
  if (!read.ok) return { articles: [], failures: [{ file, reason: read.reason }] };
  return parseFile(file, read.bytes);
}

/** Limits of one batch: it is handed on when either is reached, in the middle of a file if need be. */
export interface BatchLimits {
  /** articles per batch (default 256) */
  maxArticles?: number;
  /** characters of article text per batch (default 16 million, about 32 MB in memory) */
  maxChars?: number;
  /** called after each file is read (tests count reads with it) */
  onFileRead?: (file: string) => void;
}

export const DEFAULT_BATCH_ARTICLES = 256;
const STREAMED = /\.(?:jsonl|ndjson)$/i;
export const DEFAULT_BATCH_CHARS = 16_000_000;

export interface SourceBatch extends ReadResult {
  /** files read for this batch (a file's articles may be spread over several batches; it is counted in the first) */
  files: number;
}

/**
 * The articles under `paths` in bounded batches, read lazily: the next file is read only when the consumer
 * asks for the next batch, so at most one batch (plus the rest of the one file being split) is in memory;
 * a JSON Lines file is streamed, so even the one file being split is never held whole.
 * Order is file order, then item order inside a file, as readSources.
 */
export async function* readSourceBatches(paths: string[], limits: BatchLimits = {}): AsyncGenerator<SourceBatch> {
  const maxArticles = Math.max(1, limits.maxArticles ?? DEFAULT_BATCH_ARTICLES);
  const maxChars = Math.max(1, limits.maxChars ?? DEFAULT_BATCH_CHARS);
  let batch: SourceBatch = { articles: [], failures: [], files: 0 };
  let chars = 0;
  const full = () => batch.articles.length >= maxArticles || chars >= maxChars;
  for await (const item of walkFiles(paths)) {
    if ('failure' in item) {
      batch.failures.push(item.failure);
      continue;
    }
    batch.files++;
    // JSON Lines exports can hold millions of articles: streamed. Other formats are one article or one feed a file.
    const refused = STREAMED.test(item.file) ? await notRegularFile(item.file) : null;
    const parts = refused ? [{ articles: [], failures: [{ file: item.file, reason: refused }] }]
      : STREAMED.test(item.file) ? streamJsonl(item.file) : [await readSourceFile(item.file)];
    for await (const read of parts) {
      batch.failures.push(...read.failures);
      for (const article of read.articles) {
        batch.articles.push(article);
        chars += article.text.length;
        if (full()) {
          yield batch;
          batch = { articles: [], failures: [], files: 0 };
          chars = 0;
        }
      }
    }
    limits.onFileRead?.(item.file);
  }
  if (batch.articles.length || batch.failures.length || batch.files) yield batch;
}

/** Everything under the given paths: all articles and all failures, in file order (small folders, tests). */
export async function readSources(paths: string[]): Promise<ReadResult & { files: number }> {
  const out: ReadResult & { files: number } = { articles: [], failures: [], files: 0 };
  for await (const batch of readSourceBatches(paths)) {
    out.articles.push(...batch.articles);
    out.failures.push(...batch.failures);
    out.files += batch.files;
  }
  return out;
}
