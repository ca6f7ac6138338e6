// Duplicate links in a real Neo4j: a republished copy is linked to its original (newer → older), a different
// story about the same kind of incident in the same city is not. Each article is written by a fresh linker that
// rebuilds its in-memory LSH index from the signatures stored on the articles, as a new `kg ingest` does.
import { describe, expect, it } from 'vitest';
import { fingerprint, generateCorpus, NUM_HASHES, type SyntheticArticle } from '../../src/dedup/index.js';
import type { Graph } from '../../src/graph/driver.js';
import { DuplicateLinker, storeDuplicatePlan } from '../../src/graph/duplicate-links.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';
import { defaultWordLists } from '../../src/extract/resources.js';

const words = defaultWordLists();

let graph: Graph;

/** Store an article the way the writer does (minimal properties), then run the duplicate step in the same transaction. */
async function ingest(a: {
  id: string;
  text: string;
  published: string | null;
  publishedAt?: string | null;
  source?: string | null;
}) {
  const linker = new DuplicateLinker(words);
  await linker.sync(graph);
  return graph.write(async (tx) => {
    await tx.run(
      `CREATE (a:Article {id: $id, text: $text, published: $published, source: $source, ingestedAt: datetime(),
                          publishedAt: CASE WHEN $publishedAt IS NULL THEN null ELSE datetime($publishedAt) END})`,
      { publishedAt: null, source: null, ...a },
    );
    const plan = await linker.plan(tx, [a]);
    await storeDuplicatePlan(tx, plan);
    const pairs = plan.pairs;
    await tx.run("MATCH (a:Article {id: $id}) SET a.status = 'complete'", { id: a.id });
    return pairs;
  });
}

async function duplicateLinks() {
  return graph.read(async (tx) => {
    const res = await tx.run(
      'MATCH (n:Article)-[r:DUPLICATE_OF]->(o:Article) RETURN n.id AS newer, o.id AS older, r.kind AS kind, r.score AS score ORDER BY newer, older',
    );
    return res.records.map((r) => r.toObject() as { newer: string; older: string; kind: string; score: number });
  });
}

// a story, a republished copy of it, and a different story of the same incident kind in the same city
const corpus = [...generateCorpus(3000, 99)];
const original = corpus.find(
  (a) => a.variant === null && corpus.some((b) => b.family === a.family && b.variant === 'copy'),
)!;
const copy = corpus.find((b) => b.family === original.family && b.variant === 'copy')!;
const brief = corpus.find((b) => b.variant === 'brief')!;
const briefSource = corpus.find((a) => a.variant === null && a.family === brief.family)!;
const kindCity = (a: SyntheticArticle) => a.title.split(':')[0];
const other = corpus.find(
  (a) => a.variant === null && a.family !== original.family && kindCity(a) === kindCity(original),
)!;

useTestGraph((g) => (graph = g), { reset: 'each' });

describe('dedup store', () => {
  it('links a copy to its original and not a different story of the same kind in the same city', async () => {
    expect(other).toBeDefined();
    expect(await ingest({ id: 'orig', text: original.text, published: '2026-02-01' })).toEqual([]);
    expect(await ingest({ id: 'other', text: other.text, published: '2026-02-01' })).toEqual([]);
    const pairs = await ingest({ id: 'copy', text: copy.text, published: '2026-02-02' });
    expect(pairs).toEqual([{ newer: 'copy', older: 'orig', kind: 'copy', score: 1 }]);
    expect(await duplicateLinks()).toEqual([{ newer: 'copy', older: 'orig', kind: 'copy', score: 1 }]);

    const stored = await graph.read(async (tx) => {
      const r = await tx.run(
        `MATCH (a:Article {id: 'copy'}) RETURN a.minhash AS minhash, a.shingleCount AS shingleCount, a.fingerprintVersion AS version, COUNT { (a)--(:LshBucket) } AS buckets`,
      );
      return r.records[0]!.toObject() as { minhash: number[]; shingleCount: number; version: number; buckets: number };
    });
    expect(stored.buckets).toBe(0);
    expect(stored.version).toBe(1);
    expect(stored.shingleCount).toBe(fingerprint(words, copy.text).shingles.length);
    expect(stored.minhash).toEqual([...fingerprint(words, copy.text).signature!]);
    expect(stored.minhash).toHaveLength(NUM_HASHES);
  });

  it('finds candidates in the index rebuilt from stored signatures, screened on the signatures', async () => {
    await ingest({ id: 'orig', text: original.text, published: '2026-02-01' });
    await ingest({ id: 'other', text: other.text, published: '2026-02-01' });
    const linker = new DuplicateLinker(words);
    expect(await linker.sync(graph)).toBe(2);
    const plan = await graph.read((tx) => linker.plan(tx, [{ id: 'copy', text: copy.text, published: '2026-02-02' }]));
    expect(plan.pairs).toEqual([{ newer: 'copy', older: 'orig', kind: 'copy', score: 1 }]);
  });

  it('points from the newer to the older article whichever is ingested first, and marks a brief as an excerpt', async () => {
    await ingest({ id: 'brief', text: brief.text, published: '2026-03-05' });
    const pairs = await ingest({ id: 'source', text: briefSource.text, published: '2026-03-04' });
    expect(pairs).toHaveLength(1);
    const links = await duplicateLinks();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ newer: 'brief', older: 'source', kind: 'excerpt' });
    expect(links[0]!.score).toBeGreaterThan(0.6);
  });

  it('gives short texts no signature, buckets or links', async () => {
    await ingest({ id: 's1', text: 'Two men were arrested in Leeds.', published: null });
    await ingest({ id: 's2', text: 'Two men were arrested in Leeds.', published: null });
    const counts = await graph.read(async (tx) => {
      const r = await tx.run(
        'MATCH (a:Article) RETURN count(a.minhash) AS sigs, COUNT { ()-[:DUPLICATE_OF]->() } AS dups',
      );
      return r.records[0]!.toObject();
    });
    expect(counts).toEqual({ sigs: 0, dups: 0 });
  });

  it('gives a same-day pair the same direction whichever is ingested first', async () => {
    const body = original.text;
    const wire = { id: 'a_ffff', published: '2026-02-01', source: 'Alpha Wire', text: `LYON (Alpha Wire) - ${body}` };
    const paper = { id: 'a_0000', published: '2026-02-01', source: 'Lyon Courier', text: `LYON - ${body}` };
    const paragraphs = body.split('\n');
    const cut = {
      id: 'a_0001',
      published: '2026-02-01',
      source: 'Brief Daily',
      text: paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join('\n'),
    };
    const cases: Array<{
      pair: [Parameters<typeof ingest>[0], Parameters<typeof ingest>[0]];
      newer: string;
      older: string;
    }> = [
      // same day, no times: the one carrying its own agency dateline is the original
      { pair: [wire, paper], newer: 'a_0000', older: 'a_ffff' },
      // same day, times known: the earlier one (the paper) even though the other has the dateline
      {
        pair: [
          { ...wire, publishedAt: '2026-02-01T10:00:00Z' },
          { ...paper, publishedAt: '2026-02-01T07:15:00+01:00' },
        ],
        newer: 'a_ffff',
        older: 'a_0000',
      },
      // same day: a text cut from the other points at it
      { pair: [cut, paper], newer: 'a_0001', older: 'a_0000' },
    ];
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const { pair, newer, older } of cases) {
      for (const order of [pair, [pair[1], pair[0]]]) {
        await resetDatabase(graph);
        await ingest(order[0]!);
        const pairs = await ingest(order[1]!);
        expect(pairs.map((p) => [p.newer, p.older])).toEqual([[newer, older]]);
        expect((await duplicateLinks()).map((l) => [l.newer, l.older])).toEqual([[newer, older]]);
      }
    }
  });
});
