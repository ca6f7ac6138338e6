// The seeds folder through the real ingestion pipeline with the duplicate hook: exactly the deliberate
// near-duplicate pairs listed in seeds/README.md become DUPLICATE_OF links, with their kinds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { articleIdFromHash, contentHash, normaliseText } from '../../src/ingest/normalise.js';
import { ingestArticles, ingestPaths } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/sources/walk.js';
import { cachedExtract } from '../helpers/extraction-cache.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** file-name stems of the pairs in the README's "Near-duplicate pairs" table */
function readmePairs(): Array<[string, string]> {
  const readme = readFileSync(`${SEEDS}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Near-duplicate pairs'));
  const rows = section.split('\n').filter((l) => /^\|\s*`/.test(l));
  return rows.map((row) => {
    const files = [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\.\w+$/, ''));
    return [files[0]!, files[1]!];
  });
}

let graph: Graph;
useTestGraph((g) => (graph = g), { reset: 'once' });

describe('duplicate links from ingesting the seeds', () => {
  it('links exactly the README pairs', async () => {
    const expected = readmePairs();
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const summary = await ingestPaths(graph, [SEEDS], { duplicates: true, extract: cachedExtract });
    expect(summary.articles.new).toBeGreaterThan(40);
    // article id -> seed file stem, computed the way the pipeline names articles
    const fileOf = new Map<string, string>();
    for (const src of (await readSources([SEEDS])).articles) {
      fileOf.set(
        articleIdFromHash(contentHash(normaliseText(src.text))),
        src.origin.file
          .split('/')
          .pop()!
          .replace(/\.\w+$/, ''),
      );
    }
    const links = await graph.read(async (tx) => {
      const res = await tx.run(
        `MATCH (n:Article)-[r:DUPLICATE_OF]->(o:Article) RETURN n.id AS newer, o.id AS older, r.kind AS kind, r.score AS score`,
      );
      return res.records.map((r) => r.toObject() as { newer: string; older: string; kind: string; score: number });
    });
    // every copy points at its Northline Wire original (all pairs were published the same day)
    const got = links.map((l) => `${fileOf.get(l.older)} <- ${fileOf.get(l.newer)}`).sort();
    const want = expected.map(([original, copy]) => `${original} <- ${copy}`).sort();
    expect(got).toEqual(want);
    const brief = links.find((l) => `${fileOf.get(l.newer)} ${fileOf.get(l.older)}`.includes('brief'));
    expect(brief?.kind).toBe('excerpt');
    expect(links.filter((l) => l.kind === 'copy').length).toBeGreaterThanOrEqual(3);
    // signatures on the articles, no bucket nodes in the graph (the band index is in memory)
    const stored = await graph.read(async (tx) =>
      (
        await tx.run(
          'RETURN COUNT { (a:Article) WHERE a.minhash IS NOT NULL } AS sigs, COUNT { (b:LshBucket) } AS buckets',
        )
      ).records[0]!.toObject(),
    );
    expect(stored.sigs).toBeGreaterThan(40);
    expect(stored.buckets).toBe(0);
  }, 300_000); // extraction of ~55 seed articles on a busy machine

  it('links the pairs the same way when the seeds are ingested in reverse order', async () => {
    await resetDatabase(graph);
    const read = await readSources([SEEDS]);
    const fileOf = new Map(
      read.articles.map((a) => [
        articleIdFromHash(contentHash(normaliseText(a.text))),
        a.origin.file
          .split('/')
          .pop()!
          .replace(/\.\w+$/, ''),
      ]),
    );
    // duplicate links do not depend on the extraction, so an empty one keeps this fast
    const summary = await ingestArticles(graph, [...read.articles].reverse(), [], {
      duplicates: true,
      extract: () => ({ sentences: [], entities: [], relations: [], warnings: [] }),
    });
    expect(summary.articles.new).toBe(read.articles.length);
    const links = await graph.read(async (tx) =>
      (await tx.run('MATCH (n:Article)-[:DUPLICATE_OF]->(o:Article) RETURN n.id AS newer, o.id AS older')).records.map(
        (r) => `${fileOf.get(r.get('older') as string)} <- ${fileOf.get(r.get('newer') as string)}`,
      ),
    );
    expect(links.sort()).toEqual(
      readmePairs()
        .map(([original, copy]) => `${original} <- ${copy}`)
        .sort(),
    );
  }, 120_000);
});
