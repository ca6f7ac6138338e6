// The LSH band index of stored MinHash signatures, in memory: per band, bucket hash → the articles in it (most
// recent last). Built from the signatures stored on the Article nodes (rebuilt at start-up), so the graph holds
// no bucket nodes. A candidate found here is first screened with the signatures alone (estimated Jaccard and
// containment, from the stored shingle counts); only the survivors are checked exactly.
import { BUCKET_SCAN_LIMIT, NUM_BANDS, NUM_HASHES, bandHash } from './fingerprint.js';

export interface IndexedArticle {
  id: string;
  signature: Int32Array;
  /** distinct shingles of the text (|A| for the containment estimate) */
  shingleCount: number;
}

/** Estimated containment below this: not worth an exact check (MIN_CONTAINMENT is 0.5; margin for the estimate's error). */
export const SCREEN_CONTAINMENT = 0.3;

/** Jaccard estimated from two MinHash signatures: the share of equal positions. */
export function estimatedJaccard(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (a[k] === b[k]) same++;
  return same / NUM_HASHES;
}

/** |A∩B| / min(|A|,|B|) from an estimated Jaccard and the two set sizes. */
export function estimatedContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  return (jaccard * (sizeA + sizeB)) / (1 + jaccard) / small;
}

export class LshIndex {
  private readonly bands: Map<number, number | number[]>[] = Array.from({ length: NUM_BANDS }, () => new Map());
  private readonly articles: IndexedArticle[] = [];
  private readonly slotOf = new Map<string, number>();

  get size(): number {
    return this.articles.length;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  add(article: IndexedArticle): void {
    if (this.slotOf.has(article.id)) return;
    const slot = this.articles.length;
    this.articles.push(article);
    this.slotOf.set(article.id, slot);
    for (let b = 0; b < NUM_BANDS; b++) {
      const h = bandHash(article.signature, b);
      const band = this.bands[b]!;
      const at = band.get(h);
      if (at === undefined) band.set(h, slot);
      else if (typeof at === 'number') band.set(h, [at, slot]);
      else at.push(slot);
    }
  }

  /**
   * Articles sharing at least one band with `signature` (at most BUCKET_SCAN_LIMIT most recent per bucket),
   * other than `excludeId`, that pass the signature screen; ordered by estimated Jaccard, then id.
   */
  candidates(
    signature: Int32Array,
    shingleCount: number,
    excludeId: string,
  ): Array<IndexedArticle & { jaccard: number }> {
    const seen = new Set<number>();
    for (let b = 0; b < NUM_BANDS; b++) {
      const at = this.bands[b]!.get(bandHash(signature, b));
      if (at === undefined) continue;
      if (typeof at === 'number') seen.add(at);
      else for (let i = Math.max(0, at.length - BUCKET_SCAN_LIMIT); i < at.length; i++) seen.add(at[i]!);
    }
    const out: Array<IndexedArticle & { jaccard: number }> = [];
    for (const slot of seen) {
      const c = this.articles[slot]!;
      if (c.id === excludeId) continue;
      const jaccard = estimatedJaccard(signature, c.signature);
      // a signature stored before shingle counts were (-1) is taken as the same size as the new text
      const theirs = c.shingleCount < 0 ? shingleCount : c.shingleCount;
      if (estimatedContainment(jaccard, shingleCount, theirs) < SCREEN_CONTAINMENT) continue;
      out.push({ ...c, jaccard });
    }
    return out.sort((a, b) => b.jaccard - a.jaccard || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
