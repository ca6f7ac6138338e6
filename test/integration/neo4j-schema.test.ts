import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { applySchema, schemaStatements } from '../../src/graph/schema.js';
import { dropSentenceLinks } from '../../src/graph/sentence-articles.js';
import { openTestGraph } from '../helpers/neo4j.js';

describe('schema on a real Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it('is applied idempotently and creates the constraints and the full-text index', async () => {
    const count = async () =>
      graph.read(async (tx) => {
        const c = await tx.run('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
        const i = await tx.run('SHOW INDEXES YIELD name, type WHERE name = "entity_search" RETURN type');
        return {
          constraints: c.records[0]?.get('n') as number,
          fulltext: i.records[0]?.get('type') as string | undefined,
        };
      });
    const before = await count();
    expect(await applySchema(graph)).toBe(schemaStatements().length);
    const after = await count();
    expect(after).toEqual(before);
    expect(after.fulltext).toBe('FULLTEXT');
    expect(after.constraints).toBeGreaterThanOrEqual(7);
  });

  it('rejects a second Article with the same id', async () => {
    const id = `a_test_${Date.now()}`;
    await graph.write((tx) => tx.run('CREATE (:Article {id: $id})', { id }));
    await expect(graph.write((tx) => tx.run('CREATE (:Article {id: $id})', { id }))).rejects.toThrow(/already exists/);
    await graph.write((tx) => tx.run('MATCH (a:Article {id: $id}) DELETE a', { id }));
  });

  it('replaces the HAS_SENTENCE links of an older store by the article id on each sentence', async () => {
    const id = `a_old_${Date.now()}`;
    await graph.write((tx) =>
      tx.run(
        `CREATE (a:Article {id: $id})
         CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: $id + ':0', index: 0})
         CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: $id + ':1', index: 1, articleId: $id})`,
        { id },
      ),
    );
    expect(await dropSentenceLinks(graph, 1)).toBe(2);
    const after = await graph.read(async (tx) => {
      const r = await tx.run(
        `MATCH (s:Sentence) WHERE s.id STARTS WITH $id
         RETURN collect(s.articleId) AS owners, COUNT { ()-[:HAS_SENTENCE]->() } AS links`,
        { id },
      );
      return r.records[0]?.toObject() as { owners: string[]; links: number };
    });
    expect(after).toEqual({ owners: [id, id], links: 0 });
    expect(await dropSentenceLinks(graph)).toBe(0);
    await graph.write((tx) =>
      tx.run('MATCH (n) WHERE n.id = $id OR n.id STARTS WITH $id + ":" DETACH DELETE n', { id }),
    );
  });
});
