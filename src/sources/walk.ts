// The one module of the readers that touches the file system: expand paths, read files, hand bytes to parseFile.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { ReadFailure, ReadResult, SourceArticle } from './article.js';
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

/**
 * The identity of a file's raw content: its format (the extension, which decides how the bytes are converted) and
 * the sha256 of its bytes. Equal for two copies of a file; changed by any byte.
 */
export function rawFileHash(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(extname(file).toLowerCase()).update('\0').update(bytes).digest('hex');
}

/** Limits of one batch: it is handed on when either is reached, in the middle of a file if need be. */
export interface BatchLimits {
  /** articles per batch (default 256) */
  maxArticles?: number;
  /** characters of article text per batch (default 16 million, about 32 MB in memory) */
  maxChars?: number;
  /** called after each file is read and handed on (parsed, or skipped as stored); tests count reads with it */
  onFileRead?: (file: string) => void;
  /** called after each file is converted to articles (tests count conversions with it) */
  onFileParsed?: (file: string) => void;
  /**
   * Of the given raw hashes (rawFileHash), those whose every article is stored already, with their article count:
   * such a file is not converted again (re-ingesting an unchanged file costs a read and a hash). With it, the raw
   * bytes of up to RAW_GROUP_FILES files (RAW_GROUP_BYTES) are read ahead, so one lookup serves them all.
   */
  storedFiles?: (hashes: string[]) => Promise<Map<string, number>>;
}

export const DEFAULT_BATCH_ARTICLES = 256;
const STREAMED = /\.(?:jsonl|ndjson)$/i;
export const DEFAULT_BATCH_CHARS = 16_000_000;
/** files, and raw bytes, read ahead for one storedFiles lookup */
export const RAW_GROUP_FILES = 32;
export const RAW_GROUP_BYTES = 8 * 1024 * 1024;

export interface SourceBatch extends ReadResult {
  /** files read for this batch (a file's articles may be spread over several batches; it is counted in the first) */
  files: number;
  /** of `files`: files not converted because their raw hash is stored (storedFiles) */
  unchangedFiles?: number;
  /** articles of those files, all stored already */
  unchanged?: number;
}

/** Distinct texts among a file's articles: the number of articles it stores at most (equal texts are one article). */
function distinctTexts(articles: SourceArticle[]): number {
  return new Set(articles.map((a) => a.text)).size;
}

/**
 * The articles under `paths` in bounded batches, read lazily: the next file is read only when the consumer
 * asks for the next batch, so at most one batch (plus the rest of the one file being split) is in memory;
 * a JSON Lines file is streamed, so even the one file being split is never held whole.
 * Order is file order, then item order inside a file, as readSources.
 *
 * Articles of a file that converted without a failure carry its raw hash (origin.raw), so a later run can skip
 * converting the same bytes (storedFiles). JSON Lines files are not hashed: they are streamed, their conversion is
 * linear, and a stored line is never extracted again (its text hash is checked).
 */
export async function* readSourceBatches(paths: string[], limits: BatchLimits = {}): AsyncGenerator<SourceBatch> {
  const maxArticles = Math.max(1, limits.maxArticles ?? DEFAULT_BATCH_ARTICLES);
  const maxChars = Math.max(1, limits.maxChars ?? DEFAULT_BATCH_CHARS);
  const lookup = limits.storedFiles;
  let batch: SourceBatch = { articles: [], failures: [], files: 0, unchangedFiles: 0, unchanged: 0 };
  let chars = 0;
  const full = () => batch.articles.length >= maxArticles || chars >= maxChars;
  function* add(read: ReadResult): Generator<SourceBatch> {
    batch.failures.push(...read.failures);
    for (const article of read.articles) {
      batch.articles.push(article);
      chars += article.text.length;
      if (full()) {
        yield batch;
        batch = { articles: [], failures: [], files: 0, unchangedFiles: 0, unchanged: 0 };
        chars = 0;
      }
    }
  }
  // files read but not yet converted, waiting for one storedFiles lookup
  let group: Array<{ file: string; bytes: Uint8Array; hash: string } | { file: string; refused: string }> = [];
  let groupBytes = 0;
  async function* convertGroup(): AsyncGenerator<SourceBatch> {
    if (!group.length) return;
    const files = group;
    group = [];
    groupBytes = 0;
    let stored = new Map<string, number>();
    try {
      const hashes = [...new Set(files.flatMap((f) => ('hash' in f ? [f.hash] : [])))];
      if (lookup && hashes.length) stored = await lookup(hashes);
    } catch {
      // the database is not answering: convert everything; the ingest reports the outage itself
    }
    for (const f of files) {
      const known = 'hash' in f ? stored.get(f.hash) : undefined;
      if ('refused' in f) yield* add({ articles: [], failures: [{ file: f.file, reason: f.refused }] });
      else if (known !== undefined) {
        batch.unchangedFiles = (batch.unchangedFiles ?? 0) + 1;
        batch.unchanged = (batch.unchanged ?? 0) + known;
      } else {
        const read = parseFile(f.file, f.bytes);
        limits.onFileParsed?.(f.file);
        if (!read.failures.length && read.articles.length) {
          const raw = { hash: f.hash, articles: distinctTexts(read.articles) };
          for (const a of read.articles) a.origin = { ...a.origin, raw };
        }
        yield* add(read);
      }
      limits.onFileRead?.(f.file);
    }
  }
  for await (const item of walkFiles(paths)) {
    if ('failure' in item) {
      batch.failures.push(item.failure);
      continue;
    }
    batch.files++;
    if (STREAMED.test(item.file)) {
      // JSON Lines exports can hold millions of articles: streamed. Other formats are one article or one feed a file.
      yield* convertGroup();
      const refused = await notRegularFile(item.file);
      const parts = refused
        ? [{ articles: [], failures: [{ file: item.file, reason: refused }] }]
        : streamJsonl(item.file);
      for await (const read of parts) yield* add(read);
      limits.onFileRead?.(item.file);
      continue;
    }
    const read = await readBounded(item.file);
    if (read.ok) {
      group.push({ file: item.file, bytes: read.bytes, hash: rawFileHash(item.file, read.bytes) });
      groupBytes += read.bytes.length;
    } else group.push({ file: item.file, refused: read.reason });
    // without a lookup there is nothing to wait for: each file is converted as soon as it is read
    if (!lookup || group.length >= RAW_GROUP_FILES || groupBytes >= RAW_GROUP_BYTES) yield* convertGroup();
  }
  yield* convertGroup();
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
