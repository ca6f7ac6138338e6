// Near-duplicate detection over a batch of texts: fingerprints are added one at a time (streaming), then
// LSH banding finds candidate pairs (articles sharing at least one band bucket; never all pairs) and the
// exact shingle-set check decides each candidate.
import type { WordLists } from '../extract/word-lists.js';
import { classify, type DuplicateKind } from './compare.js';
import { bandHash, BUCKET_SCAN_LIMIT, fingerprint, NUM_BANDS, NUM_HASHES } from './fingerprint.js';
import { UnionFind } from './union-find.js';

export interface DuplicatePair {
  /** the article seen first (input order) */
  a: string;
  b: string;
  score: number;
  kind: DuplicateKind;
}

export interface NearDuplicateResult {
  pairs: DuplicatePair[];
  /** connected groups of near-duplicates (ids in input order), groups ordered by their first article */
  clusters: string[][];
  /** how many candidate pairs LSH proposed and the exact check examined */
  candidates: number;
}

export class NearDuplicateIndex {
  private readonly ids: string[] = [];
  private readonly shingles: Int32Array[] = [];
  /** article index → row in `signatures`, or -1 when the text is too short for claims */
  private sigRow = new Int32Array(1024);
  private signatures = new Int32Array(1024 * NUM_HASHES);
  private rows = 0;

  /** `words`: the news conventions, for the boilerplate lines fingerprints leave out */
  constructor(private readonly words: WordLists) {}

  get size(): number {
    return this.ids.length;
  }

  /** Add one article; returns its index. Ids are not checked for uniqueness here. */
  add(id: string, text: string): number {
    const index = this.ids.length;
    const fp = fingerprint(this.words, text);
    this.ids.push(id);
    this.shingles.push(fp.shingles);
    if (index >= this.sigRow.length) {
      const grown = new Int32Array(this.sigRow.length * 2);
      grown.set(this.sigRow);
      this.sigRow = grown;
    }
    if (fp.signature) {
      if ((this.rows + 1) * NUM_HASHES > this.signatures.length) {
        const grown = new Int32Array(this.signatures.length * 2);
        grown.set(this.signatures);
        this.signatures = grown;
      }
      this.signatures.set(fp.signature, this.rows * NUM_HASHES);
      this.sigRow[index] = this.rows++;
    } else {
      this.sigRow[index] = -1;
    }
    return index;
  }

  /** LSH candidate pairs checked exactly; returns confirmed pairs and clusters. */
  findDuplicates(): NearDuplicateResult {
    const n = this.ids.length;
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (this.sigRow[i]! >= 0) members.push(i);
    let cap = 16;
    while (cap < members.length * 2) cap <<= 1;
    const mask = cap - 1;
    const slotHash = new Int32Array(cap);
    const head = new Int32Array(cap);
    const next = new Int32Array(n);
    const seen = new Set<number>();
    const pairs: DuplicatePair[] = [];
    const uf = new UnionFind(n);
    for (let band = 0; band < NUM_BANDS; band++) {
      head.fill(-1);
      for (const i of members) {
        const h = bandHash(this.signatures, band, this.sigRow[i]! * NUM_HASHES);
        let slot = h & mask;
        while (head[slot] !== -1 && slotHash[slot] !== h) slot = (slot + 1) & mask;
        if (head[slot] === -1) {
          slotHash[slot] = h;
          next[i] = -1;
        } else {
          let scanned = 0;
          for (let j = head[slot]!; j !== -1 && scanned < BUCKET_SCAN_LIMIT; j = next[j]!, scanned++) {
            const key = j * n + i; // j < i: members are visited in ascending order
            if (seen.has(key)) continue;
            seen.add(key);
            const verdict = classify(this.shingles[j]!, this.shingles[i]!);
            if (!verdict) continue;
            pairs.push({ a: this.ids[j]!, b: this.ids[i]!, score: verdict.score, kind: verdict.kind });
            uf.union(j, i);
          }
          next[i] = head[slot]!;
        }
        head[slot] = i;
      }
    }
    const order = new Map<string, number>();
    this.ids.forEach((id, i) => order.set(id, i));
    pairs.sort((p, q) => order.get(p.a)! - order.get(q.a)! || order.get(p.b)! - order.get(q.b)!);
    return { pairs, clusters: uf.groups(2).map((g) => g.map((i) => this.ids[i]!)), candidates: seen.size };
  }
}

/** Convenience for small batches: all near-duplicate pairs and clusters among `articles`. */
export function findNearDuplicates(
  articles: Iterable<{ id: string; text: string }>,
  words: WordLists,
): NearDuplicateResult {
  const index = new NearDuplicateIndex(words);
  for (const a of articles) index.add(a.id, a.text);
  return index.findDuplicates();
}
