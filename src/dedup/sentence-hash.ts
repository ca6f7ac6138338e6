// A key for "the same sentence" across articles: wire copies repeat sentences word for word, and readers of
// relationship evidence group them by this key to show each once with the articles that carry it.
import { createHash } from 'node:crypto';
import { stripDateline } from './normalize.js';

/** Words of a sentence, lower-cased, compatibility-normalised, apostrophes dropped, punctuation and spacing ignored. */
export function sentenceKeyText(sentence: string): string {
  const body = stripDateline(sentence.trim()).normalize('NFKC').toLowerCase().replace(/['’ʼ]/g, '');
  return body.match(/[\p{L}\p{M}\p{N}]+/gu)?.join(' ') ?? '';
}

/**
 * First 16 hex of sha256 of sentenceKeyText: equal for sentences that differ only in case, spacing, quote and
 * dash style, punctuation or an opening outlet dateline. A sentence without words hashes its trimmed text.
 */
export function sentenceTextHash(sentence: string): string {
  const key = sentenceKeyText(sentence) || sentence.trim();
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}
