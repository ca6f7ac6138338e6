// The project's extractor with a cache the whole test run shares: test/global-setup.ts makes a folder for it
// (KG_TEST_EXTRACTION_CACHE) and deletes it after the run, so an answer never outlives the code that gave it. The
// integration and browser files that ingest the same seed articles only to test what is done with an extraction
// (storage, search, the explorer) extract each article once per run instead of once per file; each answer is the
// real extractor's, kept by EXTRACTION_REVISION, the rules switched off (KG_DISABLE_RULES) and the input. Without the
// folder (a file run outside the suite's setup) it is the plain extractor.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { extract } from '../../src/extract/index.js';
import { defaultResources } from '../../src/extract/resources.js';
import type { ArticleInput, ExtractionResult } from '../../src/extract/types.js';
import { EXTRACTION_REVISION } from '../../src/extract/version.js';

/** extractions run by this process, and answers read from the run's cache */
export const extractionCacheCounts = { extracted: 0, cached: 0 };

export function cachedExtract(input: ArticleInput): ExtractionResult {
  const dir = process.env.KG_TEST_EXTRACTION_CACHE;
  if (!dir) {
    extractionCacheCounts.extracted++;
    return extract(input, defaultResources());
  }
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        EXTRACTION_REVISION,
        process.env.KG_DISABLE_RULES ?? '',
        input.id,
        input.title,
        input.published,
        input.source,
        input.text,
      ]),
    )
    .digest('hex');
  const file = join(dir, key);
  try {
    const result = deserialize(readFileSync(file)) as ExtractionResult;
    extractionCacheCounts.cached++;
    return result;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const result = extract(input, defaultResources());
  extractionCacheCounts.extracted++;
  // written whole under another name, then renamed: a file running beside this one never reads half an answer
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, serialize(result));
  renameSync(part, file);
  return result;
}
