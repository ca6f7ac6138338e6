// The exact check on a candidate pair: Jaccard similarity and containment over the shingle sets,
// and the kind of duplicate they indicate. Thresholds were chosen from measurements on generated data
// and on seeds/ (docs/duplicates.md).
import { MIN_SHINGLES } from './fingerprint.js';

export const DUPLICATE_KINDS = ['copy', 'trimmed copy', 'excerpt'] as const;
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

/** Jaccard at or above this: the two texts are (near-)identical copies. */
export const COPY_JACCARD = 0.9;
/** ... and the shorter set at least this fraction of the longer: a copy with a paragraph cut is a trimmed copy
 * (seeds: a wire story with its last paragraph trimmed has Jaccard 0.91 and size ratio 0.91). */
export const COPY_SIZE_RATIO = 0.95;
/** Containment |A∩B| / min(|A|,|B|) below this: not a duplicate at all. */
export const MIN_CONTAINMENT = 0.5;
/** Shorter set below this fraction of the longer one: the shorter is an excerpt (e.g. a brief), else a trimmed copy. */
export const EXCERPT_SIZE_RATIO = 0.65;

export interface Similarity {
  intersection: number;
  jaccard: number;
  containment: number;
  /** |shorter| / |longer| */
  sizeRatio: number;
}

/** Size of the intersection of two ascending, duplicate-free arrays (one merge pass). */
export function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  const la = a.length;
  const lb = b.length;
  while (i < la && j < lb) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export function similarity(a: Int32Array, b: Int32Array): Similarity {
  const inter = intersectionSize(a, b);
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  const union = a.length + b.length - inter;
  return {
    intersection: inter,
    jaccard: union === 0 ? 0 : inter / union,
    containment: small === 0 ? 0 : inter / small,
    sizeRatio: large === 0 ? 0 : small / large,
  };
}

export interface Verdict {
  kind: DuplicateKind;
  /** Jaccard for copies, containment for trimmed copies and excerpts; rounded to 3 decimals */
  score: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Classify a pair by its similarity; null when it is not a duplicate (or either text is too short to say). */
export function classify(a: Int32Array, b: Int32Array): Verdict | null {
  if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return null;
  const s = similarity(a, b);
  if (s.jaccard >= COPY_JACCARD && s.sizeRatio >= COPY_SIZE_RATIO) return { kind: 'copy', score: round3(s.jaccard) };
  if (s.containment < MIN_CONTAINMENT) return null;
  return { kind: s.sizeRatio < EXCERPT_SIZE_RATIO ? 'excerpt' : 'trimmed copy', score: round3(s.containment) };
}
