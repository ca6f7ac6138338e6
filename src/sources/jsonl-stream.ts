// JSON Lines read as a stream, so one export file of millions of articles is never held whole in memory:
// the same checks and line numbering as parseFile + parseJsonl, handed on a few articles at a time.
import { createReadStream } from 'node:fs';
import type { ReadFailure, ReadResult } from './article.js';
import { parseJsonlLine } from './json-formats.js';
import { errorReason } from './file-errors.js';

/** Bytes at the start of a file checked for NUL (as decodeText). */
const BINARY_PROBE = 8192;
/** NUL bytes in the probe that make a file binary rather than text with a bad line */
const MOSTLY_BINARY = 64;
const nulCount = (b: Uint8Array) => {
  let n = 0;
  for (const x of b) if (x === 0) n++;
  return n;
};
/** One line (one article) of a JSON Lines file; longer lines stop the file (the same cap as a whole file's bytes, in characters). */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * The articles and failures of a .jsonl file in parts of at most `partSize` articles, read lazily. A file-level
 * problem (unreadable, binary, not UTF-8, empty) is a failure naming the file; met after some lines (a bad byte
 * late in the file), the lines before it stay read.
 */
export async function* streamJsonl(file: string, partSize = 64): AsyncGenerator<ReadResult> {
  let part: ReadResult = { articles: [], failures: [] };
  const fail = (reason: string): ReadFailure => ({ file, reason });
  // the encoding is known at the first chunk: UTF-16 by its byte-order mark (as decodeText), UTF-8 otherwise
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let encoding = 'UTF-8';
  let bytes = 0;
  let pending = '';
  let index = 0;
  let seen = 0;
  // one complete line: returns true when the part is full
  const take = (line: string): boolean => {
    const r = parseJsonlLine(file, line, index++);
    if (r === null) return false;
    seen++;
    if ('article' in r) part.articles.push(r.article);
    else part.failures.push(r.failure);
    return part.articles.length >= partSize;
  };
  const lines = function* (text: string, final: boolean): Generator<string> {
    // line endings as parseFile: CRLF and a lone CR are newlines (a CR at the end of a chunk may start a CRLF)
    pending += text;
    const upto = final ? pending.length : pending.endsWith('\r') ? pending.length - 1 : pending.length;
    const ready = pending.slice(0, upto).replace(/\r\n?/g, '\n');
    const cut = final ? ready.length : ready.lastIndexOf('\n');
    pending = cut < 0 ? ready + pending.slice(upto) : ready.slice(cut + 1) + pending.slice(upto);
    if (cut < 0) return;
    yield* ready.slice(0, cut).split('\n');
  };
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
      if (!decoder) {
        const utf16 =
          chunk[0] === 0xff && chunk[1] === 0xfe
            ? 'utf-16le'
            : chunk[0] === 0xfe && chunk[1] === 0xff
              ? 'utf-16be'
              : null;
        encoding = utf16 ? utf16.toUpperCase() : 'UTF-8';
        decoder = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false });
      }
      // a binary file (many NULs at the start) is refused whole; a stray NUL only costs its own line (parseJsonlLine).
      // In UTF-16 every other byte is NUL; a NUL character there also costs only its line.
      if (
        encoding === 'UTF-8' &&
        bytes < BINARY_PROBE &&
        nulCount(chunk.subarray(0, BINARY_PROBE - bytes)) > MOSTLY_BINARY
      ) {
        part.failures.push(fail('binary file (contains NUL bytes), not text'));
        yield part;
        return;
      }
      bytes += chunk.length;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        part.failures.push(
          fail(
            index
              ? `not ${encoding} text (invalid byte sequence after line ${index})`
              : `not ${encoding} text (invalid byte sequence)`,
          ),
        );
        yield part;
        return;
      }
      for (const line of lines(text, false)) {
        if (take(line)) {
          yield part;
          part = { articles: [], failures: [] };
        }
      }
      if (pending.length > MAX_LINE_CHARS) {
        // one endless line (or /dev/zero renamed) must not fill memory: the lines before it stay read
        part.failures.push({
          file,
          item: index,
          reason: `line ${index + 1} is longer than ${MAX_LINE_CHARS} characters; the rest of the file is not read`,
        });
        yield part;
        return;
      }
    }
    let rest: string;
    try {
      rest = decoder ? decoder.decode() : '';
    } catch {
      part.failures.push(fail(`not ${encoding} text (invalid byte sequence at the end)`));
      yield part;
      return;
    }
    for (const line of lines(rest, true)) take(line);
  } catch (err) {
    part.failures.push(fail(`cannot read: ${errorReason(err)}`));
    yield part;
    return;
  }
  if (bytes === 0) part.failures.push(fail('empty file'));
  else if (seen === 0) part.failures.push(fail('file holds only whitespace'));
  yield part;
}
