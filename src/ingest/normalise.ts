// Article identity: the stored text is normalised once, and the id is derived from it, so the same text
// read from a .txt, a feed or a re-export gets the same id and is stored once.
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../extract/types.js';

/** NFC, and every line ending as LF. Offsets into the stored text are offsets into this string. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

/** sha256 hex of the normalised text */
export function contentHash(normalised: string): string {
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

export function articleIdFromHash(hash: string): string {
  return `a_${hash.slice(0, 16)}`;
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** What the extractor reads of a stored article: its normalised text and id, title, publication date and outlet. */
export function extractionInput(
  id: string,
  text: string,
  source: { title: string | null; published: string | null; source: string | null },
): ArticleInput {
  return {
    id,
    text,
    ...(source.title ? { title: source.title } : {}),
    ...(source.published ? { published: source.published } : {}),
    ...(source.source ? { source: source.source } : {}),
  };
}
