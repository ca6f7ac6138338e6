// Text normalisation for duplicate detection: drop boilerplate lines (bylines, credits, copyright,
// "Read more", outlet datelines) so they never make two different stories look alike, then turn the
// rest into a stream of 32-bit word hashes (lowercased, punctuation stripped) without building a
// string per word.
import type { WordLists } from '../extract/word-lists.js';
import { callToActionLine, COPYRIGHT_LINE, creditLine, isBylineLine, stripDateline } from '../news/conventions.js';

export { stripDateline };

/** Is this (trimmed) line boilerplate that says nothing about the story? */
export function isBoilerplateLine(words: WordLists, line: string): boolean {
  if (line.length === 0) return true;
  const short = line.length <= 300;
  if (short && creditLine(words).test(line) && line.split(/\s+/).length <= 30) return true;
  if (short && COPYRIGHT_LINE.test(line)) return true;
  if (line.length <= 200 && callToActionLine(words).test(line)) return true;
  return short && isBylineLine(words, line);
}

/** The article text with boilerplate lines dropped and dateline prefixes removed (original casing kept). */
export function stripBoilerplate(words: WordLists, text: string): string {
  const kept: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (isBoilerplateLine(words, line)) continue;
    const body = stripDateline(line);
    if (body.length) kept.push(body);
  }
  return kept.join('\n');
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  // general punctuation, CJK punctuation, symbols: separators; other non-ASCII (letters, marks): part of words
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb7 || c === 0xa9 || c === 0xae || c === 0xb0) return false;
  return true;
}

/** Apostrophes inside words are dropped without splitting ("don't" → "dont", "police’s" → "polices"). */
function isIgnorable(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

/**
 * FNV-1a hashes (32-bit, Math.imul) of the words of `text` after boilerplate removal and lowercasing.
 * Returns a view of a typed array; length = number of words.
 */
export function wordHashes(words: WordLists, text: string): Int32Array {
  const body = stripBoilerplate(words, text).toLowerCase();
  const out = new Int32Array((body.length >>> 1) + 1);
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (isWordChar(c)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord && isIgnorable(c)) {
      continue;
    } else if (inWord) {
      out[n++] = h;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h;
  return out.subarray(0, n);
}
