// The duplicate index's catch-up between batches (src/graph/duplicate-links.ts DuplicateLinker.sync) against a real
// Neo4j: it reads the signatures stored since its last read by a seek of the articles' ingestedAt index, not by going
// through every stored article, and finds exactly those stored since (and only complete, current-version ones).
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { DuplicateLinker, SIGNATURES_SINCE } from '../../src/graph/duplicate-links.js';
import { defaultWordLists } from '../../src/extract/resources.js';
import { FINGERPRINT_VERSION, NUM_HASHES } from '../../src/dedup/fingerprint.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

let graph: Graph;

useTestGraph((g) => (graph = g), { reset: 'once' });
afterAll(async () => {
  await resetDatabase(graph);
});

/** stored articles with a signature, `status` and `version` as given, ingested now */
async function store(ids: string[], status = 'complete', version = FINGERPRINT_VERSION): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `UNWIND $ids AS id
       CREATE (:Article {id: id, status: $status, minhash: $minhash, shingleCount: 40, fingerprintVersion: $version,
                         ingestedAt: datetime()})`,
      { ids, status, version, minhash: Array.from({ length: NUM_HASHES }, (_, i) => i) },
    ),
  );
}

/** operator and detail of every step of the plan of `cypher` */
async function plan(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  return graph.read(async (tx) => {
    const res = await tx.run(`EXPLAIN ${cypher}`, params);
    const out: string[] = [];
    const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      out.push(`${p.operatorType} ${String(p.arguments['Details'] ?? '')}`);
      for (const c of p.children) walk(c as typeof p);
    };
    walk(res.summary.plan as unknown as Parameters<typeof walk>[0]);
    return out;
  });
}

describe('the duplicate index catching up between batches', () => {
  it('seeks the ingestedAt index for what was stored since its last read', async () => {
    const steps = await plan(SIGNATURES_SINCE, {
      since: '2025-01-01T00:00:00Z',
      after: '',
      version: FINGERPRINT_VERSION,
      page: 5000,
    });
    expect(steps.some((s) => /^NodeIndexSeekByRange.*Article\(ingestedAt\)/.test(s))).toBe(true);
    expect(steps.some((s) => /^(NodeByLabelScan|AllNodesScan)/.test(s))).toBe(false);
  });

  it('finds every complete current signature on the first read, then only those stored since', async () => {
    await store(['a1', 'a2']);
    await store(['x1'], 'pending');
    await store(['x2'], 'complete', FINGERPRINT_VERSION + 1);
    const linker = new DuplicateLinker(defaultWordLists());
    expect(await linker.sync(graph)).toBe(2);
    // read again within the clock's margin: the same two are not added twice
    expect(await linker.sync(graph)).toBe(0);
    await store(['a3']);
    expect(await linker.sync(graph)).toBe(1);
    expect(linker.size).toBe(3);
  });
});
