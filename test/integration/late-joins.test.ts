// A surname or an acronym stored alone joins the full name when the full name arrives later, exactly as when it was
// stored first (src/graph/late-joins.ts beside src/graph/person-identity.ts and org-acronyms.ts): the same articles
// ingested in either order give the same nodes with the same evidence (article and sentence mentions, relations).
// A lone surname whose article shares nothing with the person stays with its article in both orders. Texts written
// for this test; real extractor, real Neo4j.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { addJudgement, staleJudgements } from '../../src/graph/judgements.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { ingestOneByOne, type TestArticle, useTempDirs } from '../helpers/articles.js';
import { graphHash } from '../helpers/graph-hash.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

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

const SECOND = {
  file: '2025-07-08-second-leeds.md',
  text: 'LEEDS, England — Mara Quist, 29, told West Yorkshire Police she had seen a van near the community centre in Holbeck.',
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
const tempDirs = useTempDirs('late');
const ingestOne = (dir: string, a: TestArticle) => ingestOneByOne(graph, dir, [a], { duplicates: false });

async function ingestInOrder(order: readonly TestArticle[]): Promise<Node[]> {
  await resetDatabase(graph);
  await ingestOneByOne(graph, await tempDirs.make(), order, { duplicates: false });
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
useTestGraph((g) => (graph = g));
beforeAll(async () => {
  forward = await ingestInOrder([FULL, LONE, ELSEWHERE]);
  reverse = await ingestInOrder([ELSEWHERE, LONE, FULL]);
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

describe('a judgement naming a surname alone that later joins the person', () => {
  it('still applies, to the person the surname joined', async () => {
    await resetDatabase(graph);
    const dir = await tempDirs.make();
    await ingestOne(dir, LONE);
    const lone = await graph.read((tx) =>
      tx.run(
        `MATCH (s:Sentence)-[:MENTIONS]->(l:Person) WHERE l.key STARTS WITH 'person:local:' AND l.name ENDS WITH 'Quist'
         RETURN s.id AS sentenceId, l.key AS key`,
      ),
    );
    const sentenceId = z.string().parse(lone.records[0]?.get('sentenceId'));
    const key = z.string().parse(lone.records[0]?.get('key'));
    const j = await addJudgement(graph, {
      op: 'reject',
      mention: { sentenceId, entity: key },
      who: 'analyst',
      why: 'not the person meant',
    });
    await ingestOne(dir, FULL);
    const after = await graph.read((tx) =>
      tx.run(
        `OPTIONAL MATCH (l:Entity {key: $key})
         WITH count(l) AS lone
         MATCH (:Sentence {id: $sentenceId})-[m:MENTIONS]->(p:Person)
         RETURN lone, p.key AS person, m.hiddenBy AS hiddenBy`,
        { key, sentenceId },
      ),
    );
    expect(after.records.map((r) => [Number(r.get('lone')), r.get('person'), r.get('hiddenBy')])).toEqual([
      [0, 'person:harlan quist', j.id],
    ]);
    expect(await staleJudgements(graph)).toEqual([]);
  });
});

describe('a second person of the surname after a surname alone was joined to the first', () => {
  const harlan = async () =>
    graph.read(async (tx) => {
      const res = await tx.run(
        `MATCH (p:Person {key: 'person:harlan quist'})
         RETURN p.identity AS why, p.surnameJoins AS joins, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles`,
      );
      const r = res.records[0]!;
      return { why: r.get('why') as string[], joins: r.get('joins') as string[], articles: Number(r.get('articles')) };
    });

  it('keeps the join, in doubt with the reason, the same whatever the write batches', async () => {
    await resetDatabase(graph);
    const dir = await tempDirs.make();
    for (const a of [LONE, FULL, SECOND]) await ingestOne(dir, a);
    const alone = await harlan();
    const aloneHash = await graphHash(graph);
    expect(alone.articles).toBe(2);
    expect(alone.joins).toHaveLength(1);
    const loneKey = alone.joins[0]!.split('\t')[1]!;
    expect(alone.why.filter((l) => l.includes('in doubt'))).toEqual([
      expect.stringContaining(`"quist" alone (${loneKey}) was joined as the only person known by that surname`),
    ]);

    await resetDatabase(graph);
    const summary = await ingestPaths(
      graph,
      [LONE, FULL, SECOND].map((a) => join(dir, a.file)),
      { duplicates: false },
    );
    expect(summary.failures).toEqual([]);
    expect(await harlan()).toEqual(alone);
    expect(await graphHash(graph)).toEqual(aloneHash);
  });
});
