// Near-duplicate links in the graph, written inside the one transaction that stores an article:
//   (:Article {minhash: [int, …]})            MinHash signature (src/dedup/fingerprint.ts)
//   (:Article)-[:IN_BUCKET]->(:LshBucket {key}) one bucket per LSH band ("<band>:<hash>")
//   (:Article)-[:DUPLICATE_OF {score, kind}]->(:Article)  from the copy to the original (src/dedup/direction.ts)
// Incremental: a new article is compared only with its bucket-mates, never with every stored article.
// The exact check recomputes shingles from the candidates' stored `text`, so nothing else is stored.
// Cypher is parameterised; labels and relationship types are fixed here.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { classify, type DuplicateKind } from '../dedup/compare.js';
import { duplicateDirection } from '../dedup/direction.js';
import { bandKeys, BUCKET_SCAN_LIMIT, fingerprint } from '../dedup/fingerprint.js';
// eslint-disable-next-line no-restricted-imports -- issue 9: removed when graph owns its row types
import type { ArticleRow } from '../ingest/prepare.js';
import type { Graph } from './driver.js';
import type { InTransactionHook } from './writer.js';

export interface DuplicateCandidate {
  id: string;
  text: string;
  published: string | null;
  /** ISO instant when the time of day is known */
  publishedAt: string | null;
  source: string | null;
  /** how many of the given buckets the candidate shares */
  sharedBuckets: number;
}

/** The article being written, as the duplicate step needs it (time and outlet order same-day pairs). */
export type LinkedArticle = Pick<ArticleRow, 'id' | 'text' | 'published'> & Partial<Pick<ArticleRow, 'publishedAt' | 'source'>>;

export interface StoredDuplicate {
  /** the copy (the relationship starts here): the later one, or on the same day see src/dedup/direction.ts */
  newer: string;
  /** the original */
  older: string;
  score: number;
  kind: DuplicateKind;
}

const CandidateRecord = z.object({
  id: z.string(),
  text: z.string().nullable(),
  published: z.string().nullable(),
  publishedAt: z.string().nullable(),
  source: z.string().nullable(),
  shared: z.number().int(),
});

/**
 * Stored, complete articles in any of the buckets `keys` (other than `excludeId`), at most
 * BUCKET_SCAN_LIMIT most recently ingested per bucket, so an overfull bucket cannot make one write slow.
 */
export async function findDuplicateCandidates(tx: ManagedTransaction, keys: string[], excludeId?: string): Promise<DuplicateCandidate[]> {
  if (!keys.length) return [];
  const res = await tx.run(
    `UNWIND $keys AS key
     MATCH (b:LshBucket {key: key})
     CALL (b) {
       MATCH (b)<-[:IN_BUCKET]-(c:Article)
       WHERE c.id <> $exclude AND c.status = 'complete'
       RETURN c ORDER BY c.ingestedAt DESC LIMIT toInteger($limit)
     }
     WITH c, count(*) AS shared
     RETURN c.id AS id, c.text AS text, c.published AS published, shared,
            CASE WHEN c.publishedAt IS NULL THEN null ELSE toString(datetime(c.publishedAt)) END AS publishedAt, c.source AS source
     ORDER BY shared DESC, id`,
    { keys, exclude: excludeId ?? '', limit: BUCKET_SCAN_LIMIT },
  );
  return res.records.map((r) => {
    const c = CandidateRecord.parse(r.toObject());
    return { id: c.id, text: c.text ?? '', published: c.published, publishedAt: c.publishedAt, source: c.source, sharedBuckets: c.shared };
  });
}

/**
 * Store the signature on the article, put it in its LSH buckets (creating them as needed) and write
 * DUPLICATE_OF for `pairs`. The article must exist. `signature` null (text too short) stores no signature
 * and no buckets.
 */
export async function storeSignatureAndDuplicates(
  tx: ManagedTransaction,
  articleId: string,
  signature: ArrayLike<number> | null,
  keys: string[],
  pairs: StoredDuplicate[],
): Promise<void> {
  const set = await tx.run(
    `MATCH (a:Article {id: $id}) SET a.minhash = CASE WHEN $minhash IS NULL THEN null ELSE [x IN $minhash | toInteger(x)] END RETURN count(a) AS n`,
    { id: articleId, minhash: signature ? Array.from(signature) : null },
  );
  if (z.number().parse(set.records[0]?.get('n')) !== 1) throw new Error(`storing duplicate signature: article ${articleId} not found`);
  if (signature && keys.length) {
    await tx.run(
      `MATCH (a:Article {id: $id})
       UNWIND $keys AS key
       MERGE (b:LshBucket {key: key})
       MERGE (a)-[:IN_BUCKET]->(b)`,
      { id: articleId, keys },
    );
  }
  if (pairs.length) {
    const res = await tx.run(
      `UNWIND $pairs AS p
       MATCH (n:Article {id: p.newer})
       MATCH (o:Article {id: p.older})
       MERGE (n)-[r:DUPLICATE_OF]->(o)
       SET r.score = p.score, r.kind = p.kind
       RETURN count(r) AS n`,
      { pairs },
    );
    const n = z.number().parse(res.records[0]?.get('n'));
    if (n !== pairs.length) throw new Error(`writing duplicates of ${articleId}: ${n} of ${pairs.length} pairs matched their articles`);
  }
}

/**
 * The whole step for one article being written: fingerprint its text, find bucket-mates, check each exactly,
 * store signature, buckets and DUPLICATE_OF links. Returns the links written.
 */
export async function linkDuplicates(tx: ManagedTransaction, article: LinkedArticle): Promise<StoredDuplicate[]> {
  const fp = fingerprint(article.text);
  if (!fp.signature) {
    await storeSignatureAndDuplicates(tx, article.id, null, [], []);
    return [];
  }
  const keys = bandKeys(fp.signature);
  const candidates = await findDuplicateCandidates(tx, keys, article.id);
  const pairs: StoredDuplicate[] = [];
  for (const c of candidates) {
    const shingles = fingerprint(c.text).shingles;
    const verdict = classify(fp.shingles, shingles);
    if (!verdict) continue;
    // from the pair alone, never from which one came first (src/dedup/direction.ts)
    const { original, copy } = duplicateDirection(article, c, fp.shingles, shingles);
    pairs.push({ newer: copy, older: original, score: verdict.score, kind: verdict.kind });
  }
  await storeSignatureAndDuplicates(tx, article.id, fp.signature, keys, pairs);
  return pairs;
}

/** The ingestion hook (src/graph/writer.ts InTransactionHook): duplicate links for each article written. */
export const duplicateLinkHook: InTransactionHook = async (tx, write) => {
  await linkDuplicates(tx, write.article);
};

/** linkDuplicates in its own write transaction, for articles stored before duplicate detection existed. */
export function linkDuplicatesNow(graph: Graph, article: LinkedArticle): Promise<StoredDuplicate[]> {
  return graph.write((tx) => linkDuplicates(tx, article));
}
