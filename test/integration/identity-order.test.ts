// Cross-article resolution does not depend on the order articles arrive in: the same articles ingested in two orders
// give the same Person, Organization and Place nodes (keys, names, aliases, article counts, countries, coordinates).
// One thing does depend on order, by design of src/graph/person-identity.ts: which of two namesakes kept apart keeps
// the plain key and which gets the qualified one ("person:x#au"); the comparison reads keys without that qualifier.
// The articles exercise the resolutions that cross articles: a person written with and without a middle name, a
// namesake with another middle name in another country, an agency written in full and by a country acronym, and a
// district placed by the dateline's country. Texts written for this test; real extractor, real Neo4j.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { nameKeyOf } from '../../src/graph/person-identity.js';
import { ingestOneByOne, type TestArticle, useTempDirs } from '../helpers/articles.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';

const ARTICLES = [
  {
    file: '2025-05-05-alpha-london.md',
    text: 'LONDON — Police named the man who attacked commuters at a station in Woolwich on Monday as Daniel Marcus Hale, 29. The Metropolitan Police said MI5 had known of him.',
  },
  {
    file: '2025-05-09-beta-london.md',
    text: 'LONDON — Daniel Hale, who attacked commuters in Woolwich last week, was charged on Friday, the Metropolitan Police said.',
  },
  {
    file: '2025-05-10-gamma-sydney.md',
    text: 'SYDNEY, Australia — Daniel Peter Hale, an Australian swimmer, won a gold medal in Brisbane on Saturday.',
  },
  {
    file: '2025-05-11-delta-wellington.md',
    text: 'WELLINGTON, New Zealand — A royal commission will examine the Security Intelligence Service (NZSIS) after the attack in Christchurch.',
  },
  {
    file: '2025-05-12-epsilon-wellington.md',
    text: 'WELLINGTON, New Zealand — The New Zealand Security Intelligence Service said on Tuesday it would cooperate with the inquiry into the Christchurch attack.',
  },
];

const Row = z.object({
  label: z.string(),
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  articles: z.number(),
});
type Row = z.infer<typeof Row>;

const tempDirs = useTempDirs('order');

async function ingestInOrder(graph: Graph, order: readonly TestArticle[]): Promise<void> {
  await ingestOneByOne(graph, await tempDirs.make(), order, { duplicates: false });
}

async function snapshot(graph: Graph): Promise<Row[]> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (e:Entity) WHERE e:Person OR e:Organization OR e:Place
       RETURN labels(e)[0] + '/' + e.type AS label, e.key AS key, e.name AS name, coalesce(e.aliases, []) AS aliases,
              e.country AS country, e.lat AS lat, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
       ORDER BY key`,
    );
    return res.records
      .map((r) => {
        const o = r.toObject();
        return Row.parse({ ...o, key: nameKeyOf(o.key), aliases: [...o.aliases].sort(), articles: Number(o.articles) });
      })
      .sort((a, b) => (a.key + a.name < b.key + b.name ? -1 : 1));
  });
}

let graph: Graph;
let forward: Row[] = [];
useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  await ingestInOrder(graph, ARTICLES);
  forward = await snapshot(graph);
});

describe('cross-article resolution and article order', () => {
  it('joins a person written with and without a middle name, and keeps a namesake with another middle name apart', () => {
    const hales = forward.filter((r) => r.name.startsWith('Daniel') && r.name.endsWith('Hale'));
    expect(hales.map((h) => [h.name, h.articles])).toEqual(
      expect.arrayContaining([
        ['Daniel Marcus Hale', 2],
        ['Daniel Peter Hale', 1],
      ]),
    );
    expect(hales).toHaveLength(2);
  });

  it('joins an agency written in full and by a country acronym', () => {
    const sis = forward.filter((r) => /Security Intelligence Service/.test(r.name));
    expect(sis.map((s) => [s.name, s.articles])).toEqual([['New Zealand Security Intelligence Service', 2]]);
    expect(sis[0]!.aliases).toContain('NZSIS');
  });

  it('places a district of the dateline city', () => {
    const woolwich = forward.find((r) => r.name === 'Woolwich');
    expect([woolwich?.country, woolwich?.lat !== null, woolwich?.articles]).toEqual(['GB', true, 2]);
  });

  it('gives the same nodes when the articles come in the reverse order', async () => {
    await resetDatabase(graph);
    await ingestInOrder(graph, [...ARTICLES].reverse());
    expect(await snapshot(graph)).toEqual(forward);
  });
});
