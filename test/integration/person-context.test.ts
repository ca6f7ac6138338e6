// A person's context kept on the node (rule persons/context-kept, src/graph/person-context.ts) through the real ingest
// path: the first read fills it from the walk, a new article naming the person extends it, a judgement that moves
// mentions around it makes it forgotten and read again; every read gives the keys the walk over the articles gives.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { addJudgement } from '../../src/graph/judgements.js';
import { PERSON_CONTEXTS_KEPT, PERSON_CONTEXTS_WALKED } from '../../src/graph/person-context.js';
import { articleIdOf, ingestOneByOne, type TestArticle, useTempDirs } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';

const FIRST: TestArticle[] = [
  {
    file: '2025-04-01-harbour-fire.md',
    published: '2025-04-01',
    source: 'Coast Wire',
    title: 'Warehouse fire at the harbour',
    text: 'HALIFAX, Canada - A warehouse burned at the harbour in Halifax on Tuesday. Fire Chief Marta Kowalczyk said the Halifax Port Authority had closed two piers while crews worked through the night.',
  },
  {
    file: '2025-04-03-harbour-inquiry.md',
    published: '2025-04-03',
    source: 'Coast Wire',
    title: 'Inquiry into harbour fire',
    text: 'HALIFAX, Canada - Fire Chief Marta Kowalczyk told the city council on Thursday that the warehouse fire at the harbour started in an electrical room. Nova Scotia Power said it would inspect the piers.',
  },
];

const LATER: TestArticle = {
  file: '2025-04-09-harbour-reopens.md',
  published: '2025-04-09',
  source: 'Coast Wire',
  title: 'Piers reopen after fire',
  text: 'HALIFAX, Canada - The piers closed after the warehouse fire reopened on Wednesday. Fire Chief Marta Kowalczyk thanked the Canadian Coast Guard and the Red Cross for their help.',
};

const Ctx = z.object({ key: z.string(), context: z.array(z.string()) });

/** every stored person's context within every entity key, read by `cypher` (in a write transaction: a read may fill) */
async function contexts(graph: Graph, cypher: string): Promise<Map<string, string[]>> {
  return graph.write(async (tx) => {
    const all = await tx.run('MATCH (e:Entity) RETURN collect(e.key) AS keys');
    const within = z.array(z.string()).parse(all.records[0]?.get('keys'));
    const keys = (await tx.run('MATCH (p:Person) RETURN collect(p.key) AS keys')).records[0]?.get('keys') as string[];
    const res = await tx.run(cypher, { keys, within });
    return new Map(res.records.map((r) => Ctx.parse(r.toObject())).map((c) => [c.key, [...c.context].sort()]));
  });
}

async function kept(graph: Graph, key: string): Promise<string[] | null> {
  const res = await graph.read((tx) => tx.run('MATCH (p:Person {key: $key}) RETURN p.ctx AS ctx', { key }));
  return z.array(z.string()).nullable().parse(res.records[0]?.get('ctx') ?? null);
}

const tempDirs = useTempDirs('person-context');
let graph: Graph;
useTestGraph((g) => (graph = g), { reset: 'once' });

describe('a person context kept on the node', () => {
  it('is filled by the first read, extended by a new article, and always the walk', async () => {
    await ingestOneByOne(graph, await tempDirs.make(), FIRST);
    const chief = (await contexts(graph, PERSON_CONTEXTS_WALKED)).keys();
    const key = [...chief].find((k) => k.includes('kowalczyk'));
    expect(key).toBeDefined();

    const walked = await contexts(graph, PERSON_CONTEXTS_WALKED);
    expect(await contexts(graph, PERSON_CONTEXTS_KEPT)).toEqual(walked);
    const filled = await kept(graph, key!);
    expect(filled?.some((k) => k.includes('halifax'))).toBe(true);

    await ingestOneByOne(graph, await tempDirs.make(), [LATER]);
    // extended by the writer before any read: it holds the new article's other entities
    const added = await graph.read((tx) =>
      tx.run(
        `MATCH (:Article {id: $id})-[:MENTIONS]->(o) WHERE NOT o:Incident AND o.key <> $key RETURN collect(o.key) AS keys`,
        { id: articleIdOf(LATER), key },
      ),
    );
    const news = z
      .array(z.string())
      .parse(added.records[0]?.get('keys'))
      .filter((k) => !filled!.includes(k));
    expect(news.length).toBeGreaterThan(0);
    const extended = await kept(graph, key!);
    expect(extended).toEqual(expect.arrayContaining([...filled!, ...news]));
    expect(await contexts(graph, PERSON_CONTEXTS_KEPT)).toEqual(await contexts(graph, PERSON_CONTEXTS_WALKED));
  });

  it('is forgotten around a merge judgement and read again as the walk', async () => {
    const chief = [...(await contexts(graph, PERSON_CONTEXTS_WALKED)).keys()].find((k) => k.includes('kowalczyk'))!;
    // two bodies named with the chief
    const orgs = await graph.read((tx) =>
      tx.run(
        `MATCH (:Person {key: $chief})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o:Organization) RETURN DISTINCT o.key AS key ORDER BY key`,
        { chief },
      ),
    );
    const [a, b] = orgs.records.map((r) => z.string().parse(r.get('key')));
    expect(b).toBeDefined();
    expect(await kept(graph, chief)).not.toBeNull();
    await addJudgement(graph, { op: 'merge', keep: a!, merge: b!, who: 'tester', why: 'one body in this test' });
    expect(await kept(graph, chief)).toBeNull();
    expect(await contexts(graph, PERSON_CONTEXTS_KEPT)).toEqual(await contexts(graph, PERSON_CONTEXTS_WALKED));
  });
});
