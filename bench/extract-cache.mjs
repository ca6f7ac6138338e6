// The writer benches' extraction cache (--extract-cache FILE): extraction results by article id under one key (the
// extractor revision, and whatever else extraction reads that a bench varies, such as publication days),
// v8-serialised, so that repeated runs of a bench skip extraction.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/**
 * The results FILE holds under KEY; an empty map when there is no FILE, or it holds another key.
 * @param {string | undefined} file
 * @param {string} key
 * @returns {Map<string, any>}
 */
export function readExtractCache(file, key) {
  if (!file || !existsSync(file)) return new Map();
  const stored = deserialize(readFileSync(file));
  return stored.key === key ? stored.results : new Map();
}

/**
 * Store the results in FILE under KEY (nothing without a FILE).
 * @param {string | undefined} file
 * @param {string} key
 * @param {Map<string, any>} results
 */
export function writeExtractCache(file, key, results) {
  if (file) writeFileSync(file, serialize({ key, results }));
}
