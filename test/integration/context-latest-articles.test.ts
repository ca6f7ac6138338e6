// A stored entity's context (the other entities of its articles, what people and bodies are compared by across
// articles) is read from its latest articles only, newest publication day first, then article id (rule
// entities/context-latest-articles, src/graph/entity-context.ts). Nodes made for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { contextsByKeyWithin } from '../../src/graph/entity-context.js';
import { useTestGraph } from '../helpers/neo4j.js';

let graph: Graph;
useTestGraph((g) => (graph = g), { reset: 'once' });

// a person named in four articles, each with a body of its own; two of them published on the same day
const ARTICLES = [
  { id: 'ctx-a1', day: '2024-03-01', body: 'org:name:first quay trust' },
  { id: 'ctx-a2', day: '2024-03-05', body: 'org:name:second quay trust' },
  { id: 'ctx-a3', day: '2024-03-09', body: 'org:name:third quay trust' },
  { id: 'ctx-a4', day: '2024-03-09', body: 'org:name:fourth quay trust' },
];
const BODIES = ARTICLES.map((a) => a.body);

beforeAll(async () => {
  await graph.write((tx) =>
    tx.run(
      `CREATE (p:Entity:Person {key: 'person:lorna pettigrew', name: 'Lorna Pettigrew'})
       WITH p UNWIND $articles AS row
       CREATE (a:Article {id: row.id, publishedDate: date(row.day)})-[:MENTIONS]->(p)
       CREATE (a)-[:MENTIONS]->(:Entity:Organization {key: row.body, name: row.body})`,
      { articles: ARTICLES },
    ),
  );
});

const contextOf = async (articles: number): Promise<string[]> =>
  graph.read(async (tx) => {
    const res = await tx.run(contextsByKeyWithin('Person', articles), {
      keys: ['person:lorna pettigrew'],
      within: BODIES,
    });
    return (res.records[0]?.get('context') as string[]).sort();
  });

describe('the context of a stored person (entities/context-latest-articles)', () => {
  it('is read from its latest articles only when it has more than the bound', async () => {
    // the two latest: both of 9 March, and of those the higher id first
    expect(await contextOf(2)).toEqual(['org:name:fourth quay trust', 'org:name:third quay trust']);
    expect(await contextOf(3)).toEqual([
      'org:name:fourth quay trust',
      'org:name:second quay trust',
      'org:name:third quay trust',
    ]);
  });

  it('is read whole when its articles are within the bound', async () => {
    expect(await contextOf(4)).toEqual([...BODIES].sort());
    expect(await contextOf(200)).toEqual([...BODIES].sort());
  });
});
