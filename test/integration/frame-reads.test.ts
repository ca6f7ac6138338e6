// What incident resolution reads of stored frames (src/graph/incident-frames.ts readFrames), against a real Neo4j and
// the real extractor: a frame whose contents were rewritten in place (a late join, which clears its revision and stamps
// it with the batch's number) is read once after the rewrite, not again in every later batch whose neighbourhood holds
// it; rewritten again, it is read again, and when the rewrite left its contents as they were it is the frame read
// before (its pair scores kept). Texts written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { incidentWriterStats, lockIncidents } from '../../src/graph/incident-frames.js';
import { ingestOneByOne, type TestArticle, useTempDirs } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { spiedGraph } from '../helpers/spied-graph.js';

const REPORTS = [
  {
    file: '2025-04-06-first.md',
    text: 'NANTES, France — A gunman opened fire at a bakery in Nantes on Saturday, killing one customer and wounding two, police said.\n\nThe attacker fled on a scooter.',
  },
  {
    file: '2025-04-07-second.md',
    text: 'Police in Nantes are searching for a gunman who shot dead a customer at a bakery on Saturday and wounded two others.\n\nHe escaped on a scooter, officers said.',
  },
  {
    file: '2025-04-07-third.md',
    text: 'One customer was killed and two were hurt when a man fired shots inside a Nantes bakery on Saturday, police said.',
  },
  {
    file: '2025-04-08-fourth.md',
    text: 'Investigators in Nantes said the bakery shooting on Saturday, in which a customer died and two were wounded, was filmed by a camera.',
  },
];

let graph: Graph;
let dir: string;
/** keys of the frames each FRAMES_BY_KEY statement read, in order */
let reads: string[][] = [];

/** the test graph with every write transaction's frame reads recorded */
const spied = (): Graph =>
  spiedGraph(graph, (cypher, params) => {
    if (/MATCH \(f:IncidentFrame \{key: k\}\) RETURN f\.key AS key, f\.articleId/.test(cypher))
      reads.push(z.array(z.string()).parse((params?.p as { keys?: unknown } | undefined)?.keys));
  });

async function ingest(report: TestArticle): Promise<void> {
  await ingestOneByOne(spied(), dir, [{ ...report, title: 'Bakery shooting' }], { duplicates: false });
}

/** the frames of the first report, rewritten in place as a late join rewrites them, in a batch of its own */
async function rewriteFirstFrames(): Promise<string[]> {
  return graph.write(async (tx) => {
    await lockIncidents(tx);
    const res = await tx.run(
      `MATCH (l:KgLock {name: 'incidents'}) MATCH (a:Article)-[:COVERS]->(:Incident) WHERE a.title IS NOT NULL
       WITH l, a ORDER BY a.publishedDate LIMIT 1
       MATCH (f:IncidentFrame {articleId: a.id})
       SET f.rev = null, f.writeSeq = l.writeSeq, f.names = coalesce(f.names, []) + []
       RETURN f.key AS key ORDER BY key`,
    );
    return res.records.map((r) => z.string().parse(r.get('key')));
  });
}

const timesRead = (keys: readonly string[]) => reads.filter((r) => r.some((k) => keys.includes(k))).length;

useTestGraph((g) => (graph = g), { reset: 'once' });
const tempDirs = useTempDirs('frame-reads');
beforeAll(async () => {
  dir = await tempDirs.make();
});

describe('stored frames read by incident resolution', () => {
  it('reads a frame rewritten in place once after each rewrite, not in every later batch', async () => {
    await ingest(REPORTS[0]!);
    const rewritten = await rewriteFirstFrames();
    expect(rewritten.length).toBeGreaterThan(0);
    reads = [];
    await ingest(REPORTS[1]!);
    // the next batch's neighbourhood holds the frame and reads it: its contents changed since it was last read
    expect(timesRead(rewritten)).toBe(1);
    await ingest(REPORTS[2]!);
    // unchanged since: known by the number of the batch that rewrote it, not read again
    expect(timesRead(rewritten)).toBe(1);
    await rewriteFirstFrames();
    const identified = incidentWriterStats().framesIdentified!;
    const readsBefore = reads.length;
    await ingest(REPORTS[3]!);
    expect(timesRead(rewritten)).toBe(2);
    // the rewrite left the frames as they were: read again, they are the frames read before, with their pair scores
    // (incidents/same-contents-same-frame); the third report's frames, given their read-back form when they were
    // written, are not read at all; only the fourth report's frames, written in this batch, are new
    const framesOf = async (words: string) =>
      graph.read(async (tx) =>
        (
          await tx.run(
            `MATCH (a:Article) WHERE a.text CONTAINS $words MATCH (f:IncidentFrame {articleId: a.id}) RETURN f.key AS key`,
            { words },
          )
        ).records.map((r) => z.string().parse(r.get('key'))),
      );
    const third = await framesOf('fired shots');
    const fourth = await framesOf('filmed by a camera');
    expect(third.length).toBeGreaterThan(0);
    expect(fourth.length).toBeGreaterThan(0);
    expect(incidentWriterStats().framesIdentified! - identified).toBe(fourth.length);
    expect(
      reads
        .slice(readsBefore)
        .flat()
        .filter((k) => third.includes(k)),
    ).toEqual([]);
    // the four reports are one incident all along
    const incidents = await graph.read(async (tx) =>
      (await tx.run('MATCH (:Article)-[:COVERS]->(i:Incident) RETURN count(DISTINCT i) AS n')).records[0]?.get('n'),
    );
    expect(incidents).toBe(1);
  }, 180_000);
});
