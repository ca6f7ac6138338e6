// The one module of the readers that touches the file system: expand paths, read files, hand bytes to parseFile.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadFailure, ReadResult } from './article.js';
import { isSupported, parseFile } from './parse.js';

/** Folder documentation that is not an article (read only when named explicitly). */
const PROJECT_FILE = /^(readme|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;

function errorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/**
 * Files to read under the given paths, sorted, folders walked recursively. In folders, hidden entries, README and
 * similar files, and files of unsupported types are skipped; a path named explicitly is always returned (parseFile explains a bad type).
 */
export async function listFiles(paths: string[]): Promise<{ files: string[]; failures: ReadFailure[] }> {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      failures.push({ file: dir, reason: `cannot read folder: ${errorReason(err)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || PROJECT_FILE.test(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isSupported(entry.name)) files.push(full);
    }
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      failures.push({ file: path, reason: errorReason(err) });
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else files.push(path);
  }
  return { files: [...new Set(files)], failures };
}

/** Read and parse one file; an unreadable file becomes a failure naming it. */
export async function readSourceFile(file: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return { articles: [], failures: [{ file, reason: `cannot read: ${errorReason(err)}` }] };
  }
  return parseFile(file, bytes);
}

/** Everything under the given paths: all articles and all failures, in file order. */
export async function readSources(paths: string[]): Promise<ReadResult & { files: number }> {
  const { files, failures } = await listFiles(paths);
  const out: ReadResult & { files: number } = { articles: [], failures: [...failures], files: files.length };
  for (const file of files) {
    const r = await readSourceFile(file);
    out.articles.push(...r.articles);
    out.failures.push(...r.failures);
  }
  return out;
}
