// Identity across articles through the real ingest path (real extractor, real Neo4j): two countries' "High Court"
// stay two nodes; a person named in two articles that share entities is one node that says why; a namesake the texts
// tie to another country is kept apart with the reason; the result does not depend on the order articles came in.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { getEntity } from '../../src/graph/queries/entities.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { ingestOneByOne, type TestArticle, useTempDirs } from '../helpers/articles.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

const ARTICLES: TestArticle[] = [
  {
    file: '2025-03-03-alpha-wellington.md',
    published: '2025-03-03',
    source: 'Alpha Wire',
    title: 'Arson accused appears in court',
    text: 'WELLINGTON, New Zealand (Alpha Wire) - A man accused of setting fire to a mosque appeared in the High Court in Wellington on Monday. Detective Inspector Hemi Walker of New Zealand Police said the man had been arrested at his home in Porirua. Tom Hale, a New Zealand lawyer, represented the accused.',
  },
  {
    file: '2025-03-05-beta-wellington.md',
    published: '2025-03-05',
    source: 'Beta Post',
    title: 'Mosque arson case adjourned',
    text: 'WELLINGTON, New Zealand - The trial of a man accused of setting fire to a mosque in Wellington was adjourned on Wednesday. Detective Inspector Hemi Walker told the High Court that forensic tests were not complete. The judge set a new date in May.',
  },
  {
    file: '2025-03-06-gamma-london.md',
    published: '2025-03-06',
    source: 'Gamma Review',
    title: 'Banker wins libel case',
    text: 'LONDON - A banker won his libel case against a tabloid newspaper in the High Court in London on Thursday. Tom Hale, a British investment banker, had sued over a report about his finances. The newspaper said it would appeal.',
  },
];

const Node = z.object({
  key: z.string(),
  country: z.string().nullable(),
  identity: z.array(z.string()).nullable(),
  articles: z.number(),
});

async function nodes(
  graph: Graph,
  label: 'Person' | 'Organization',
  name: string,
): Promise<Array<z.infer<typeof Node>>> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (e:${label} {name: $name}) RETURN e.key AS key, e.country AS country, e.identity AS identity,
         COUNT { (:Article)-[:MENTIONS]->(e) } AS articles ORDER BY key`,
      { name },
    );
    return res.records.map((r) => Node.parse({ ...r.toObject(), articles: Number(r.get('articles')) }));
  });
}

const tempDirs = useTempDirs('identity');

/** One file at a time, in the given order: the order is what the last test varies. */
async function ingestInto(graph: Graph, articles: readonly TestArticle[]): Promise<string> {
  const dir = await tempDirs.make();
  await ingestOneByOne(graph, dir, articles, { duplicates: true });
  return dir;
}

/** What an analyst sees, without the keys: per name, the nodes with their article counts and whether they explain themselves. */
async function picture(graph: Graph): Promise<string[]> {
  const out: string[] = [];
  for (const [label, name] of [
    ['Organization', 'High Court'],
    ['Person', 'Hemi Walker'],
    ['Person', 'Tom Hale'],
  ] as const) {
    for (const n of await nodes(graph, label, name)) out.push(`${name} ${n.country ?? ''} ${n.articles}`);
  }
  return out.sort();
}

let graph: Graph;
const dirs: string[] = [];
useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  dirs.push(await ingestInto(graph, ARTICLES));
});

describe('identity across articles', () => {
  it("keeps the High Courts of two countries apart and joins the same country's", async () => {
    const courts = await nodes(graph, 'Organization', 'High Court');
    expect(courts.map((c) => [c.key, c.country, c.articles])).toEqual([
      ['org:generic:high-court:GB', 'GB', 1],
      ['org:generic:high-court:NZ', 'NZ', 2],
    ]);
  });

  it('merges a person named in two articles that share entities, and the API shows why', async () => {
    const walker = await nodes(graph, 'Person', 'Hemi Walker');
    expect(walker).toHaveLength(1);
    expect(walker[0]!.articles).toBe(2);
    const detail = await getEntity(graph, walker[0]!.key, { evidence: 5, articles: 5 });
    const identity = z.array(z.string()).parse(detail?.entity.extra['identity']);
    // one line per article, each saying what that article brings (not what was stored before it: order-free)
    expect(identity).toHaveLength(2);
    for (const line of identity) expect(line).toMatch(/^a_[0-9a-f]+: same full name/);
  });

  it('keeps apart a namesake the texts tie to another country, with the reason', async () => {
    const hale = await nodes(graph, 'Person', 'Tom Hale');
    expect(hale).toHaveLength(2);
    expect(hale.map((h) => h.articles)).toEqual([1, 1]);
    const apart = hale.find((h) => h.key.includes('#'));
    expect(apart?.identity?.[0]).toMatch(
      /kept apart from a namesake, person:tom hale: the texts tie them to different countries/,
    );
  });

  it('changes nothing when ingested again, and gives the same picture in the reverse order', async () => {
    const before = await picture(graph);
    const again = await ingestPaths(graph, [dirs[0]!], { duplicates: true });
    expect(again.articles).toEqual({ new: 0, unchanged: 3, failed: 0 });
    expect(await picture(graph)).toEqual(before);

    await resetDatabase(graph);
    dirs.push(await ingestInto(graph, [...ARTICLES].reverse()));
    expect(await picture(graph)).toEqual(before);
    expect(before).toEqual(['Hemi Walker  2', 'High Court GB 1', 'High Court NZ 2', 'Tom Hale  1', 'Tom Hale  1']);
  });
});
