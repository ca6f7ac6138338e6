// Pure dispatch: file name and bytes in, validated articles and failures out.
import { extname } from 'node:path';
import { fileFailure, type ReadResult } from './article.js';
import { parseFeed } from './feeds.js';
import { parseHtml } from './html-format.js';
import { parseJson, parseJsonl } from './json-formats.js';
import { parseMarkdown, parseTxt } from './text-formats.js';

type Parse = (file: string, content: string) => ReadResult;

const BY_EXTENSION: Record<string, Parse> = {
  '.txt': parseTxt,
  '.text': parseTxt,
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.json': parseJson,
  '.jsonl': parseJsonl,
  '.ndjson': parseJsonl,
  '.rss': parseFeed,
  '.xml': parseFeed,
  '.atom': parseFeed,
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

export function isSupported(file: string): boolean {
  return extname(file).toLowerCase() in BY_EXTENSION;
}

/**
 * UTF-8 text of a file, or the reason it is not text. A NUL byte or an invalid UTF-8 sequence means
 * binary junk, which would otherwise reach the extractor as replacement characters.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text (invalid byte sequence)' };
  }
  if (!text.trim()) return { ok: false, reason: 'file holds only whitespace' };
  return { ok: true, text };
}

/** Parse one file's content by its extension. Never throws: problems become failures naming the file. */
export function parseFile(file: string, bytes: Uint8Array): ReadResult {
  const parse = BY_EXTENSION[extname(file).toLowerCase()];
  if (!parse) return fileFailure(file, `unsupported file type "${extname(file) || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fileFailure(file, decoded.reason);
  const content = decoded.text.replace(/\r\n?/g, '\n');
  try {
    return parse(file, content);
  } catch (err) {
    return fileFailure(file, `cannot parse: ${err instanceof Error ? err.message : String(err)}`);
  }
}
