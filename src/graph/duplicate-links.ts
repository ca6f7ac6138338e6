// Near-duplicate links for a batch of articles being written (docs/duplicates.md):
//   (:Article {minhash: [int, …], shingleCount, fingerprintVersion})  the MinHash signature, versioned
//   (:Article)-[:DUPLICATE_OF {score, kind}]->(:Article)              from the copy to the original
// The LSH band index lives in memory (src/dedup/lsh-index.ts), rebuilt from the stored signatures when a run
// starts and topped up before each batch with what other processes stored meanwhile. Candidates are screened
// on their signatures; only the few that pass are checked exactly, on shingles kept from this run or
// recomputed from the stored text of that candidate alone.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { classify, type DuplicateKind } from '../dedup/compare.js';
import { duplicateDirection, type DatedArticle } from '../dedup/direction.js';
import { fingerprint, FINGERPRINT_VERSION, type Fingerprint } from '../dedup/fingerprint.js';
import { LshIndex, type IndexedArticle } from '../dedup/lsh-index.js';
import type { Graph } from './driver.js';
import type { ArticleRow } from './rows.js';
import type { WordLists } from '../extract/word-lists.js';

/** The article being written, as the duplicate step needs it (time and outlet order same-day pairs). */
export type LinkedArticle = Pick<ArticleRow, 'id' | 'text' | 'published'> &
  Partial<Pick<ArticleRow, 'publishedAt' | 'source'>>;

export interface StoredDuplicate {
  /** the copy (the relationship starts here): the later one, or on the same day see src/dedup/direction.ts */
  newer: string;
  /** the original */
  older: string;
  score: number;
  kind: DuplicateKind;
}

export interface SignatureRow {
  id: string;
  minhash: number[] | null;
  shingleCount: number;
}

export interface DuplicatePlan {
  signatures: SignatureRow[];
  pairs: StoredDuplicate[];
  /** after the batch committed: its articles become candidates for later batches */
  commit(): void;
}

/** shingle sets of this many recently written articles are kept for exact checks */
const SHINGLE_CACHE = 20_000;
const PAGE = 5_000;

const SIGNATURE_FIELDS = `a.status = 'complete' AND a.minhash IS NOT NULL AND a.id > $after
  AND coalesce(a.fingerprintVersion, 1) = $version
RETURN a.id AS id, a.minhash AS minhash, a.shingleCount AS shingleCount, toString(a.ingestedAt) AS ingestedAt
ORDER BY a.id LIMIT toInteger($page)`;

/** every stored signature, in pages by id (a run's first sync) */
export const ALL_SIGNATURES = `MATCH (a:Article)
WHERE ${SIGNATURE_FIELDS}`;

/**
 * The signatures stored since `$since` (less 10 s for clocks of commits in flight), in pages by id: a seek of the
 * articles' ingestedAt index, so a batch's catch-up reads the articles stored since the last, not every article
 * (issue 12: the same filter without the seek read the whole store twice a batch).
 */
export const SIGNATURES_SINCE = `MATCH (a:Article)
USING INDEX a:Article(ingestedAt)
WHERE a.ingestedAt >= datetime($since) - duration('PT10S') AND ${SIGNATURE_FIELDS}`;

const StoredSignature = z.object({
  id: z.string(),
  minhash: z.array(z.number().int()),
  shingleCount: z.number().int().nullable(),
  ingestedAt: z.string(),
});

const StoredText = z.object({
  id: z.string(),
  text: z.string().nullable(),
  published: z.string().nullable(),
  publishedAt: z.string().nullable(),
  source: z.string().nullable(),
});

export class DuplicateLinker {
  private readonly index = new LshIndex();
  private readonly shingles = new Map<string, Int32Array>();
  /** fingerprints of articles handed over (prepare) and not planned yet, with the text each was taken from */
  private readonly prepared = new Map<string, { text: string; fingerprint: Fingerprint }>();
  /** ingestedAt of the newest stored signature read so far (ISO string, database clock) */
  private since: string | null = null;

  /**
   * `words`: the news conventions (boilerplate lines, wire agencies) the fingerprints and directions use;
   * `takeFingerprint`: how a text is fingerprinted (the one of src/dedup; a test passes one that counts its calls)
   */
  constructor(
    private readonly words: WordLists,
    private readonly takeFingerprint: (words: WordLists, text: string) => Fingerprint = fingerprint,
  ) {}

  get size(): number {
    return this.index.size;
  }

  /** Add signatures stored since the last call (all of them the first time), in pages. */
  async sync(graph: Graph): Promise<number> {
    return (await this.syncNew(graph)).length;
  }

  /** sync, returning the articles added to the index */
  private async syncNew(graph: Graph): Promise<IndexedArticle[]> {
    const added: IndexedArticle[] = [];
    let after = '';
    const since = this.since;
    for (;;) {
      const page = await graph.read(async (tx) => {
        const res = await tx.run(since === null ? ALL_SIGNATURES : SIGNATURES_SINCE, {
          after,
          since,
          version: FINGERPRINT_VERSION,
          page: PAGE,
        });
        return res.records.map((r) => StoredSignature.parse(r.toObject()));
      });
      for (const s of page) {
        if (!this.index.has(s.id)) {
          // stored before shingle counts were: taken as the same size as the new article's (equal-size estimate)
          const indexed = { id: s.id, signature: Int32Array.from(s.minhash), shingleCount: s.shingleCount ?? -1 };
          this.index.add(indexed);
          added.push(indexed);
        }
        if (this.since === null || s.ingestedAt > this.since) this.since = s.ingestedAt;
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
    if (this.since === null)
      this.since = await graph.read(async (tx) =>
        z.string().parse((await tx.run('RETURN toString(datetime()) AS now')).records[0]?.get('now')),
      );
    return added;
  }

  /**
   * Fingerprint an article before its write transaction (the pipeline calls it as it prepares a batch, while the
   * batch before is written): plan then takes it instead of fingerprinting inside the open transaction, where this
   * process's work holds the transaction and its locks open (issue 12). `forget` drops what was not planned.
   */
  prepare(article: Pick<LinkedArticle, 'id' | 'text'>): void {
    if (!this.prepared.has(article.id))
      this.prepared.set(article.id, {
        text: article.text,
        fingerprint: this.takeFingerprint(this.words, article.text),
      });
  }

  /** Drop the prepared fingerprints of these articles (their batch is done, written or not). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.prepared.delete(id);
  }

  /** the prepared fingerprint of the article when it was taken from the same text, else one computed now */
  private fingerprintOf(article: LinkedArticle): Fingerprint {
    const had = this.prepared.get(article.id);
    return had && had.text === article.text ? had.fingerprint : this.takeFingerprint(this.words, article.text);
  }

  async catchUp(graph: Graph, articles: LinkedArticle[]): Promise<StoredDuplicate[]> {
    const mine = new Set(articles.map((a) => a.id));
    const foreign = (await this.syncNew(graph)).filter((a) => !mine.has(a.id));
    if (!foreign.length || !articles.length) return [];
    const against = new LshIndex();
    for (const f of foreign) against.add(f);
    const pairs = await graph.write(async (tx) => {
      const plan = await this.plan(tx, articles, against);
      await storeDuplicatePlan(tx, { signatures: [], pairs: plan.pairs });
      return plan.pairs;
    });
    return pairs;
  }

  private remember(id: string, shingles: Int32Array): void {
    this.shingles.delete(id);
    this.shingles.set(id, shingles);
    if (this.shingles.size > SHINGLE_CACHE) this.shingles.delete(this.shingles.keys().next().value!);
  }

  /**
   * Signatures and duplicate links for `articles` (in order; a later one may duplicate an earlier one of the
   * same batch). Reads only the stored texts of the candidates that pass the signature screen and are not in
   * the shingle cache, and of the originals of confirmed pairs, for the direction.
   */
  async plan(tx: ManagedTransaction, articles: LinkedArticle[], against?: LshIndex): Promise<DuplicatePlan> {
    const batch = new LshIndex();
    const index = against ?? this.index;
    const own = new Map<string, { article: LinkedArticle; shingles: Int32Array }>();
    const signatures: SignatureRow[] = [];
    const candidatesOf: Array<{ article: LinkedArticle; shingles: Int32Array; ids: string[] }> = [];
    const missing = new Set<string>();
    for (const article of articles) {
      const fp = this.fingerprintOf(article);
      own.set(article.id, { article, shingles: fp.shingles });
      if (!fp.signature) {
        signatures.push({ id: article.id, minhash: null, shingleCount: fp.shingles.length });
        continue;
      }
      signatures.push({ id: article.id, minhash: Array.from(fp.signature), shingleCount: fp.shingles.length });
      const found = [
        ...(against ? [] : batch.candidates(fp.signature, fp.shingles.length, article.id)),
        ...index.candidates(fp.signature, fp.shingles.length, article.id),
      ];
      const ids = [...new Set(found.map((c) => c.id))];
      for (const id of ids) if (!own.has(id) && !this.shingles.has(id)) missing.add(id);
      candidatesOf.push({ article, shingles: fp.shingles, ids });
      batch.add({ id: article.id, signature: fp.signature, shingleCount: fp.shingles.length });
    }
    const stored = new Map<string, DatedArticle & { shingles: Int32Array }>();
    const readStored = async (ids: string[]) => {
      if (!ids.length) return;
      const res = await tx.run(
        `UNWIND $ids AS id MATCH (c:Article {id: id}) WHERE c.status = 'complete'
         RETURN c.id AS id, c.text AS text, c.published AS published, c.source AS source,
                CASE WHEN c.publishedAt IS NULL THEN null ELSE toString(datetime(c.publishedAt)) END AS publishedAt`,
        { ids },
      );
      for (const r of res.records) {
        const c = StoredText.parse(r.toObject());
        const text = c.text ?? '';
        const shingles = this.shingles.get(c.id) ?? this.takeFingerprint(this.words, text).shingles;
        this.remember(c.id, shingles);
        stored.set(c.id, {
          id: c.id,
          text,
          published: c.published,
          publishedAt: c.publishedAt,
          source: c.source,
          shingles,
        });
      }
    };
    await readStored([...missing].sort());

    const verdicts: Array<{
      article: LinkedArticle;
      shingles: Int32Array;
      other: string;
      verdict: NonNullable<ReturnType<typeof classify>>;
    }> = [];
    const needText = new Set<string>();
    for (const { article, shingles, ids } of candidatesOf) {
      for (const id of ids) {
        const theirs = own.get(id)?.shingles ?? stored.get(id)?.shingles ?? this.shingles.get(id);
        if (!theirs) continue; // not stored (any more) and not in this batch
        const verdict = classify(shingles, theirs);
        if (!verdict) continue;
        verdicts.push({ article, shingles, other: id, verdict });
        if (!own.has(id) && !stored.has(id)) needText.add(id);
      }
    }
    await readStored([...needText].sort());

    const pairs: StoredDuplicate[] = [];
    const linked = new Set<string>();
    for (const { article, shingles, other, verdict } of verdicts) {
      const o = own.get(other);
      const theirs: (DatedArticle & { shingles: Int32Array }) | undefined = o
        ? { ...o.article, shingles: o.shingles }
        : stored.get(other);
      if (!theirs) continue;
      const ident = [article.id, other].sort().join('\u0000');
      if (linked.has(ident)) continue; // both of the pair in this batch: found from each side
      linked.add(ident);
      // from the pair alone, never from which one came first (src/dedup/direction.ts)
      const { original, copy } = duplicateDirection(article, theirs, shingles, theirs.shingles, this.words);
      pairs.push({ newer: copy, older: original, score: verdict.score, kind: verdict.kind });
    }
    pairs.sort((a, b) => (a.newer + a.older < b.newer + b.older ? -1 : 1));
    return {
      signatures,
      pairs,
      commit: () => {
        for (const s of signatures) {
          const mine = own.get(s.id);
          if (mine) this.remember(s.id, mine.shingles);
          if (s.minhash)
            this.index.add({ id: s.id, signature: Int32Array.from(s.minhash), shingleCount: s.shingleCount });
        }
      },
    };
  }
}

/** Store the signatures and DUPLICATE_OF links of a plan; every article must exist. */
export async function storeDuplicatePlan(
  tx: ManagedTransaction,
  plan: Pick<DuplicatePlan, 'signatures' | 'pairs'>,
): Promise<void> {
  if (plan.signatures.length) {
    const res = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Article {id: row.id})
       SET a.minhash = CASE WHEN row.minhash IS NULL THEN null ELSE [x IN row.minhash | toInteger(x)] END,
           a.shingleCount = toInteger(row.shingleCount), a.fingerprintVersion = toInteger($version)
       RETURN count(a) AS n`,
      { rows: plan.signatures, version: FINGERPRINT_VERSION },
    );
    const n = z.number().parse(res.records[0]?.get('n'));
    if (n !== plan.signatures.length)
      throw new Error(`storing duplicate signatures: ${n} of ${plan.signatures.length} articles found`);
  }
  if (plan.pairs.length) {
    const res = await tx.run(
      `UNWIND $pairs AS p
       MATCH (n:Article {id: p.newer})
       MATCH (o:Article {id: p.older})
       MERGE (n)-[r:DUPLICATE_OF]->(o)
       SET r.score = p.score, r.kind = p.kind
       RETURN count(r) AS n`,
      { pairs: plan.pairs },
    );
    const n = z.number().parse(res.records[0]?.get('n'));
    if (n !== plan.pairs.length)
      throw new Error(`writing duplicates: ${n} of ${plan.pairs.length} pairs matched their articles`);
  }
}

/** Duplicate links for articles in their own write transaction (one batch), e.g. stored before detection existed. */
export async function linkDuplicatesNow(
  graph: Graph,
  linker: DuplicateLinker,
  articles: LinkedArticle[],
): Promise<StoredDuplicate[]> {
  const plan = await graph.write(async (tx) => {
    const p = await linker.plan(tx, articles);
    await storeDuplicatePlan(tx, p);
    return p;
  });
  plan.commit();
  return plan.pairs;
}
