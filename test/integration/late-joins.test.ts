// A surname or an acronym stored alone joins the full name when the full name arrives later, exactly as when it was
// stored first (src/graph/late-joins.ts beside src/graph/person-identity.ts and org-acronyms.ts): the same articles
// ingested in either order give the same nodes with the same evidence (article and sentence mentions, relations).
// A lone surname whose article shares nothing with the person stays with its article in both orders. Texts written
// for this test; real extractor, real Neo4j.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { openTestGraph, resetDatabase } from '../helpers/neo4j.js';

const FULL = {
  file: '2025-07-01-full-leeds.md',
  text: 'LEEDS, England — West Yorkshire Police said Harlan Quist, 34, was arrested on Tuesday over a plot against a community centre in Holbeck. The Northern Counter Extremism Board (NCEB) said it had warned of the threat.',
};
const LONE = {
  file: '2025-07-04-lone-leeds.md',
  text: 'LEEDS, England — Mr Quist appeared before magistrates in Holbeck on Friday, West Yorkshire Police said. The NCEB said it would review its advice.',
};
const ELSEWHERE = {
  file: '2025-07-06-elsewhere-perth.md',
  text: 'PERTH, Australia — The coach said Mr Quist won the regatta on Sunday.',
};

const Node = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  articles: z.number(),
  sentences: z.number(),
  links: z.number(),
  why: z.array(z.string()),
});
type Node = z.infer<typeof Node>;

let graph: Graph;
const dirs: string[] = [];

async function ingestInOrder(order: readonly (typeof FULL)[]): Promise<Node[]> {
  await resetDatabase(graph);
  const dir = await mkdtemp(join(tmpdir(), 'kg-late-'));
  dirs.push(dir);
  for (const a of order) {
    await writeFile(
      join(dir, a.file),
      `---\ntitle: "Report"\npublished: ${a.file.slice(0, 10)}\nsource: Test Wire\n---\n${a.text}\n`,
    );
    const summary = await ingestPaths(graph, [join(dir, a.file)], { duplicates: false });
    expect(summary.failures).toEqual([]);
  }
  return graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (e:Entity) WHERE e:Person OR e:Organization OR e:Place
       RETURN e.key AS key, e.name AS name, coalesce(e.aliases, []) AS aliases,
              COUNT { (:Article)-[:MENTIONS]->(e) } AS articles, COUNT { (:Sentence)-[:MENTIONS]->(e) } AS sentences,
              COUNT { (e)-[r]-(:Entity) } AS links, coalesce(e.identity, []) + coalesce(e.reasons, []) AS why
       ORDER BY key`,
    );
    return res.records.map((r) => {
      const o = r.toObject();
      return Node.parse({
        ...o,
        aliases: [...o.aliases].sort(),
        articles: Number(o.articles),
        sentences: Number(o.sentences),
        links: Number(o.links),
      });
    });
  });
}

const evidence = (nodes: Node[]) =>
  nodes.map(({ key, name, aliases, articles, sentences, links }) => ({
    key,
    name,
    aliases,
    articles,
    sentences,
    links,
  }));

let forward: Node[] = [];
let reverse: Node[] = [];
beforeAll(async () => {
  graph = await openTestGraph();
  forward = await ingestInOrder([FULL, LONE, ELSEWHERE]);
  reverse = await ingestInOrder([ELSEWHERE, LONE, FULL]);
});
afterAll(async () => {
  await graph?.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('a full name arriving after its surname or acronym alone', () => {
  it('joins the surname of the same story to the person, with the reason, and keeps the unrelated one apart', () => {
    const quists = reverse.filter((n) => n.name.endsWith('Quist'));
    expect(quists.map((n) => [n.name, n.articles, n.key.startsWith('person:local:')])).toEqual([
      ['Harlan Quist', 2, false],
      ['Quist', 1, true],
    ]);
    expect(quists[0]!.why.some((l) => l.includes('"Quist" alone'))).toBe(true);
  });

  it('joins the acronym of the same story to the body spelled out with it, with the reason', () => {
    const boards = reverse.filter((n) => n.name.includes('NCEB') || n.aliases.includes('NCEB'));
    expect(boards.map((n) => [n.name, n.articles])).toEqual([['Northern Counter Extremism Board', 2]]);
    expect(boards[0]!.why.some((l) => l.includes('"NCEB" alone'))).toBe(true);
  });

  it('gives the same nodes with the same evidence as the other order', () => {
    expect(evidence(reverse)).toEqual(evidence(forward));
  });
});
