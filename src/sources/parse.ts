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
export function decodeText(
  bytes: Uint8Array,
  options: { nulBytes?: boolean } = {},
): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  // UTF-16 with a byte-order mark (Windows "Unicode" text) is text, though every other byte of it is NUL
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16 && !options.nulBytes && bytes.subarray(0, 8192).includes(0))
    return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: utf16
        ? `not ${utf16.toUpperCase()} text (invalid byte sequence after its byte-order mark)`
        : 'not UTF-8 text (invalid byte sequence)',
    };
  }
  if (utf16 && !options.nulBytes && text.includes('\u0000'))
    return { ok: false, reason: 'binary file (contains NUL characters), not text' };
  if (!text.trim()) return { ok: false, reason: 'file holds only whitespace' };
  return { ok: true, text };
}

/** Parse one file's content by its extension. Never throws: problems become failures naming the file. */
export function parseFile(file: string, bytes: Uint8Array): ReadResult {
  const parse = BY_EXTENSION[extname(file).toLowerCase()];
  if (!parse)
    return fileFailure(
      file,
      `unsupported file type "${extname(file) || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`,
    );
  // JSON Lines: each line stands alone, so a stray NUL byte costs its line only (parseJsonlLine), not the file;
  // UTF-16 (a byte-order mark) is NUL every other byte, and a NUL character in it also costs only its line
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const perLine =
    /\.(?:jsonl|ndjson)$/i.test(file) && (bom16 || bytes.subarray(0, 8192).filter((b) => b === 0).length <= 64);
  const decoded = decodeText(bytes, { nulBytes: perLine });
  if (!decoded.ok) return fileFailure(file, decoded.reason);
  const content = decoded.text.replace(/\r\n?/g, '\n');
  try {
    return parse(file, content);
  } catch (err) {
    return fileFailure(file, `cannot parse: ${err instanceof Error ? err.message : String(err)}`);
  }
}
