// `kg ingest` and `kg stats` through the real commands (dist/, built by the global setup), against the test Neo4j:
// the real extractor, the schema, the duplicate hook and the exit codes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { graphStats } from '../../src/graph/stats.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { runKg } from '../helpers/kg-cli.js';

const ARTICLE_1 = `Police arrest two men over Leeds bomb plot

LEEDS, 4 March 2025 (Northern Wire) - Counter-terrorism officers from West Yorkshire Police arrested two men in Leeds on Tuesday on suspicion of planning an attack on a railway station. Assistant Chief Constable Sarah Holt said the arrests followed an investigation supported by MI5.
`;
const ARTICLE_2 = JSON.stringify({
  title: 'Court hears of Hamburg stabbing',
  published: '2025-03-05',
  source: 'Rhine Post',
  text: 'A man appeared in court in Hamburg on Wednesday charged with the stabbing of two police officers at the main station. Prosecutors said the suspect had links to Islamic State.',
});

let graph: Graph;
let dir: string;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-ingest-cli-'));
  await writeFile(join(dir, 'leeds.txt'), ARTICLE_1);
  await writeFile(join(dir, 'hamburg.json'), ARTICLE_2);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('kg ingest / kg stats', () => {
  it('exits 0 when everything is stored, and the JSON summary counts what is in the graph', async () => {
    const r = await runKg(['ingest', '--json', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout) as {
      articles: Record<string, number>;
      failures: unknown[];
      relations: number;
    };
    expect(summary.articles).toEqual({ new: 2, unchanged: 0, failed: 0 });
    const stats = await graphStats(graph);
    expect(stats.nodes.Article).toBe(2);
    expect(stats.nodes.Entity).toBeGreaterThan(0);
    // the duplicate hook ran in the same transactions: both articles carry a MinHash signature
    const res = await graph.read((tx) => tx.run('MATCH (a:Article) WHERE a.minhash IS NOT NULL RETURN count(a) AS n'));
    expect(res.records[0]!.get('n')).toBe(2);
  });

  it('exits 1 and names the file when one is corrupt; the good ones stay stored and unchanged', async () => {
    await writeFile(join(dir, 'broken.jsonl'), '{"text": "fine line"}\n{oops\n');
    const before = await graphStats(graph);
    const r = await runKg(['ingest', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 new, 2 unchanged, 1 failed/);
    expect(r.stdout).toContain(`${join(dir, 'broken.jsonl')} (item 1): line 2: not valid JSON`);
    const after = await graphStats(graph);
    expect(after.nodes.Article).toBe(before.nodes.Article! + 1);
  });

  it('kg stats --json prints the same counts as the stats query, and a table without --json', async () => {
    const json = await runKg(['stats', '--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(await graphStats(graph));
    const table = await runKg(['stats']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^nodes\n {2}Article +3\n/);
    expect(table.stdout).toMatch(/\nrelationships\n {2}MENTIONS +\d+\n/);
  });
});
