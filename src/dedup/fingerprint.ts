// Shingles, MinHash signature and LSH band keys of one text. 32-bit integer arithmetic only
// (Math.imul, |0, >>>0), so signatures are identical on every machine and can be stored in the graph.
// Changing any constant here changes stored signatures: bump FINGERPRINT_VERSION when you do.
import type { WordLists } from '../extract/word-lists.js';
import { wordHashes } from './normalize.js';

export const FINGERPRINT_VERSION = 1;
/** words per shingle */
export const SHINGLE_SIZE = 5;
/** MinHash permutations */
export const NUM_HASHES = 128;
/**
 * LSH: NUM_BANDS bands of ROWS_PER_BAND signature values. A pair becomes a candidate with probability
 * 1-(1-J^2)^64: 0.9998 at Jaccard 0.35, 0.998 at 0.3 (an edited half-length brief of its source has
 * Jaccard ≈ 0.3–0.45, containment ≈ 0.8). Unrelated stories sharing stock phrases (Jaccard ≈ 0.01–0.05)
 * collide mostly in a few overfull buckets, which BUCKET_SCAN_LIMIT keeps linear.
 */
export const ROWS_PER_BAND = 2;
/** In a band, a new article is compared with at most this many (most recent) bucket-mates. */
export const BUCKET_SCAN_LIMIT = 24;
export const NUM_BANDS = Math.floor(NUM_HASHES / ROWS_PER_BAND);
/** Texts with fewer distinct shingles than this get no duplicate claims (too little evidence). */
export const MIN_SHINGLES = 20;

/** splitmix32: deterministic 32-bit generator for the permutation constants */
function splitmix32(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
}

const rand = splitmix32(0x5eed_d0c5);
/** multipliers (odd, so each h_k is a bijection on 32-bit words) and xor masks of the permutations */
const MUL = new Int32Array(NUM_HASHES);
const XOR = new Int32Array(NUM_HASHES);
for (let k = 0; k < NUM_HASHES; k++) {
  MUL[k] = rand() | 1;
  XOR[k] = rand();
}

/** murmur3 finaliser: a bijective 32-bit mix */
export function fmix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

/** Distinct shingle hashes of a word-hash stream, sorted ascending (signed order). */
export function shingleSet(words: Int32Array, size = SHINGLE_SIZE): Int32Array {
  const count = words.length - size + 1;
  if (count <= 0) return new Int32Array(0);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < size; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193);
    out[i] = fmix32(h);
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/**
 * MinHash signature: for each permutation k, the minimum (signed 32-bit order) of h_k over the set.
 * Four permutations per pass over the shingles (NUM_HASHES is a multiple of 4): a quarter of the loads and loop overhead.
 */
export function minhash(shingles: Int32Array, out: Int32Array = new Int32Array(NUM_HASHES)): Int32Array {
  const n = shingles.length;
  for (let k = 0; k < NUM_HASHES; k += 4) {
    const m0 = MUL[k]!,
      m1 = MUL[k + 1]!,
      m2 = MUL[k + 2]!,
      m3 = MUL[k + 3]!;
    const x0 = XOR[k]!,
      x1 = XOR[k + 1]!,
      x2 = XOR[k + 2]!,
      x3 = XOR[k + 3]!;
    let min0 = 0x7fffffff,
      min1 = 0x7fffffff,
      min2 = 0x7fffffff,
      min3 = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const s = shingles[i]!;
      let v = Math.imul(s ^ x0, m0);
      v ^= v >>> 15;
      if (v < min0) min0 = v;
      v = Math.imul(s ^ x1, m1);
      v ^= v >>> 15;
      if (v < min1) min1 = v;
      v = Math.imul(s ^ x2, m2);
      v ^= v >>> 15;
      if (v < min2) min2 = v;
      v = Math.imul(s ^ x3, m3);
      v ^= v >>> 15;
      if (v < min3) min3 = v;
    }
    out[k] = min0;
    out[k + 1] = min1;
    out[k + 2] = min2;
    out[k + 3] = min3;
  }
  return out;
}

/** 32-bit hash of band `band` of a signature (signature values at offset `at`). */
export function bandHash(signature: Int32Array, band: number, at = 0): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  const start = at + band * ROWS_PER_BAND;
  for (let r = 0; r < ROWS_PER_BAND; r++) h = fmix32(h ^ signature[start + r]!);
  return h;
}

/** Bucket keys `<band>:<hash hex>` of a signature (the in-memory index, src/dedup/lsh-index.ts, uses bandHash directly). */
export function bandKeys(signature: Int32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < NUM_BANDS; b++) keys.push(`${b}:${(bandHash(signature, b) >>> 0).toString(16).padStart(8, '0')}`);
  return keys;
}

export interface Fingerprint {
  /** distinct shingle hashes, sorted */
  shingles: Int32Array;
  /** MinHash signature, or null when the text has fewer than MIN_SHINGLES shingles */
  signature: Int32Array | null;
}

/** The shingles and MinHash signature of an article's text; `words` holds the news conventions (boilerplate lines). */
export function fingerprint(words: WordLists, text: string): Fingerprint {
  const shingles = shingleSet(wordHashes(words, text));
  return { shingles, signature: shingles.length >= MIN_SHINGLES ? minhash(shingles) : null };
}
