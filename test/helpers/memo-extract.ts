// The project's extractor, remembering what it returned for each input: a test file that ingests the same articles
// more than once (another order, other write batches, bulk against online, a rebuild) extracts each one once. What
// is under test there is what the ingest does with an extraction, not the extraction again; every call gets its own
// copy, so nothing an ingest does to a result reaches the next one. An answer this memo has not seen comes from the
// run's extraction cache (test/helpers/extraction-cache.ts), which another file may have filled.
import type { ArticleInput, ExtractionResult } from '../../src/extract/types.js';
import { cachedExtract } from './extraction-cache.js';

export interface MemoExtract {
  (input: ArticleInput): ExtractionResult;
  /** answers asked of the extractor (the run's cache), and answers taken from this memo */
  readonly counts: { extracted: number; remembered: number };
}

export function memoExtract(): MemoExtract {
  const seen = new Map<string, ExtractionResult>();
  const counts = { extracted: 0, remembered: 0 };
  const fn = (input: ArticleInput): ExtractionResult => {
    const key = JSON.stringify([input.id, input.title, input.published, input.source, input.text]);
    let result = seen.get(key);
    if (result) counts.remembered++;
    else {
      result = cachedExtract(input);
      seen.set(key, result);
      counts.extracted++;
    }
    return structuredClone(result);
  };
  return Object.assign(fn, { counts });
}
