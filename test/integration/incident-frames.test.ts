// Incident nodes derived from frames, through the real ingest path (real extractor, real Neo4j): the same
// articles ingested in two orders and batch sizes give the same Incident nodes, keys, properties and links; a
// sister event (same kind, same city, other days) stays its own node; a rewrite of an article reclusters.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { articleIdOf, type TestArticle, useTempDirs, writeArticles } from '../helpers/articles.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

const ARTICLES: TestArticle[] = [
  {
    file: 'alpha-leeds.md',
    published: '2025-03-02',
    source: 'Alpha Wire',
    title: 'Gunman opens fire in Leeds pub',
    text: 'LEEDS (Alpha Wire) - A gunman opened fire in a crowded pub in Leeds on Sunday night, killing two men and wounding four others, West Yorkshire Police said.\n\nOfficers said the attacker fled in a dark car. Detectives appealed for witnesses.',
  },
  {
    file: 'beta-leeds.md',
    published: '2025-03-03',
    source: 'Beta Post',
    title: 'Leeds pub shooting: police hunt gunman',
    text: 'Detectives in Leeds are hunting a gunman who killed two men in a pub shooting on Sunday, West Yorkshire Police said.\n\nThe shooting in Leeds left four people wounded. Officers said the attacker fled in a dark car.',
  },
  {
    file: 'gamma-leeds.md',
    published: '2025-03-03',
    source: 'Gamma Times',
    title: 'Two dead in Leeds shooting',
    text: 'Two men were shot dead in a pub in Leeds on Sunday night and four others were wounded, police said.\n\nThe gunman escaped in a car.',
  },
  // a sister event: the same kind, the same city, a week later
  {
    file: 'delta-leeds.md',
    published: '2025-03-09',
    source: 'Delta Daily',
    title: 'Man shot outside Leeds takeaway',
    text: 'A man was shot and wounded outside a takeaway in Leeds on Saturday evening, police said.\n\nOfficers cordoned off the street. Nobody has been arrested.',
  },
  // the same day, another city
  {
    file: 'alpha-hamburg.md',
    published: '2025-03-02',
    source: 'Alpha Wire',
    title: 'Shooting at Hamburg cafe',
    text: 'HAMBURG (Alpha Wire) - A gunman opened fire at a cafe in Hamburg on Sunday, wounding three people, police said.\n\nThe attacker was arrested at the scene.',
  },
  // months later, an undated report of the Leeds shooting that does not say it is a past event
  {
    file: 'epsilon-leeds.md',
    published: '2025-09-15',
    source: 'Epsilon Review',
    title: 'Council reviews licence of Leeds pub',
    text: 'Leeds City Council reviewed the licence of the pub in Leeds where a gunman killed two men and wounded four others in a shooting, West Yorkshire Police told councillors.\n\nOfficers said the attacker fled in a dark car and has not been found.',
  },
];

let graph: Graph;
let dir: string;

/** Incident nodes with their properties, and every relationship touching one, as sorted lines; and their hash. */
async function incidentGraph(): Promise<{ hash: string; lines: string[] }> {
  return graph.read(async (tx) => {
    const nodes = (await tx.run('MATCH (i:Incident) RETURN properties(i) AS p')).records.map((r) =>
      // firstSeen is when a run wrote the node (a clock), not what it wrote
      JSON.stringify(
        Object.entries(r.get('p') as Record<string, unknown>)
          .filter(([k]) => k !== 'firstSeen')
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    );
    const rels = (
      await tx.run(
        `MATCH (a)-[r]->(b) WHERE a:Incident OR b:Incident
       RETURN type(r) AS t, coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to, properties(r) AS p`,
      )
    ).records.map((r) =>
      JSON.stringify([
        r.get('t'),
        r.get('from'),
        r.get('to'),
        Object.entries(r.get('p') as Record<string, unknown>)
          .filter(([k]) => k !== 'firstSeen')
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ]),
    );
    const lines = [...nodes.sort(), ...rels.sort()];
    return { hash: createHash('sha256').update(lines.join('\n')).digest('hex'), lines };
  });
}

async function incidentOf(id: string): Promise<string[]> {
  return graph.read(async (tx) =>
    (
      await tx.run('MATCH (:Article {id: $id})-[:COVERS]->(i:Incident) RETURN i.key AS k ORDER BY k', { id })
    ).records.map((r) => z.string().parse(r.get('k'))),
  );
}

useTestGraph((g) => (graph = g));
const tempDirs = useTempDirs('incident-frames');
beforeAll(async () => {
  dir = await tempDirs.make();
});

describe('incident nodes from frames', () => {
  let first: { hash: string; lines: string[] };

  it('joins the reports of one event and keeps a sister event and another city apart', async () => {
    await resetDatabase(graph);
    await writeArticles(join(dir, 'all'), ARTICLES);
    const summary = await ingestPaths(graph, [join(dir, 'all')], {});
    expect(summary.failures).toEqual([]);
    const [alpha, beta, gamma, delta, hamburg, epsilon] = await Promise.all(
      ARTICLES.map((a) => incidentOf(articleIdOf(a))),
    );
    expect(alpha).toHaveLength(1);
    expect(beta).toEqual(alpha);
    expect(gamma).toEqual(alpha);
    // the undated later report joins the event it names, not a new incident of its own day
    expect(epsilon).toEqual(alpha);
    expect(delta!.length).toBeGreaterThan(0);
    expect(delta).not.toContain(alpha![0]);
    expect(hamburg!.length).toBeGreaterThan(0);
    expect(hamburg).not.toContain(alpha![0]);
    // the merge keeps its score and reasons on the node
    const merged = await graph.read(
      async (tx) =>
        (
          await tx.run('MATCH (i:Incident {key: $k}) RETURN i.mergedFrom AS m, i.mergeScores AS s, i.date AS d', {
            k: alpha![0],
          })
        ).records[0]!,
    );
    const lines = merged.get('m') as string[];
    expect(lines.length).toBe(3);
    for (const m of lines) expect(m).toMatch(/score \d+(\.\d+)?; /);
    const undated = lines.filter((m) => m.includes('an undated report of an earlier event'));
    expect(undated).toHaveLength(1);
    expect(undated[0]).toContain(articleIdOf(ARTICLES.find((a) => a.file === 'epsilon-leeds.md')!));
    for (const m of lines) expect(m).toMatch(/same/);
    expect(merged.get('d')).toBe('2025-03-02');
    first = await incidentGraph();
  }, 300_000);

  it('gives the same incident graph for another order, one article at a time', async () => {
    await resetDatabase(graph);
    for (const [i, a] of [...ARTICLES].reverse().entries()) {
      await writeArticles(join(dir, `one-${i}`), [a]);
      const s = await ingestPaths(graph, [join(dir, `one-${i}`)], { batchRows: 1 });
      expect(s.failures).toEqual([]);
    }
    const second = await incidentGraph();
    expect(second.lines).toEqual(first.lines);
    expect(second.hash).toBe(first.hash);
    // a second run changes nothing
    await ingestPaths(graph, [join(dir, 'all')], {});
    expect((await incidentGraph()).hash).toBe(first.hash);
  }, 300_000);

  it('reclusters when an article is rewritten, and ends where a clean run does', async () => {
    const s = await ingestPaths(graph, [join(dir, 'all')], { reextract: true, batchRows: 1 });
    expect(s.failures).toEqual([]);
    expect((await incidentGraph()).hash).toBe(first.hash);
  }, 300_000);
});
