// Why a link is typed as it is, through the real path: the extractor names the rule of each relation, the writer
// (and, for an incident's links, the incident frames) keeps the rule ids on the relationship each article writes, and
// GET /api/edges/evidence says them in words with the articles each rule found the link in. Re-extracting the same
// articles writes the same rule ids, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeEvidenceResponse, NeighborsResponse, SearchResponse } from '../../src/api/contract.js';
import type { Graph } from '../../src/graph/driver.js';
import { linkReason } from '../../src/graph/queries/link-reasons.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import type { SourceArticle } from '../../src/sources/article.js';
import { serveIngested, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';

const article = (n: number, text: string, published: string, title: string): SourceArticle => ({
  text,
  title,
  published,
  source: n === 1 ? 'Valley Courier' : 'Harbour Post',
  url: `https://example.org/why/${n}`,
  origin: { file: `why-${n}.json`, item: 0 },
});

const sources: SourceArticle[] = [
  article(
    1,
    'Ruth Adler, the director of the Marlow Institute, opened a new research centre in Brightwater on Thursday. ' +
      'The centre will study flood defences along the coast, according to a statement.',
    '2024-04-12',
    'Marlow Institute opens flood centre',
  ),
  article(
    2,
    'Gunmen shot dead the mayor Pedro Alvarenga in Tegucigalpa on Monday, police said. ' +
      'Ruth Adler, the director of the Marlow Institute, said the killing would not stop the flood project.',
    '2024-04-16',
    'Mayor shot dead in Tegucigalpa',
  ),
  article(
    3,
    'Gunmen shot dead the shopkeeper Ilse Varga in Dunmore on Friday. ' +
      'On Saturday the Dunmore Police detained Karl Ostrow, 31, a driver.',
    '2024-04-21',
    'Shopkeeper shot dead in Dunmore',
  ),
];

let graph: Graph;
let api: RunningApi | undefined;
let base: string;
const enc = encodeURIComponent;

async function get<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, `${path} → ${res.status}`).toBe(200);
  return (await res.json()) as T;
}

async function keyOf(q: string, type: string): Promise<string> {
  const found = await get<SearchResponse>(`/api/search?q=${enc(q)}&type=${type}`);
  const key = found.results[0]?.key;
  expect(key, q).toBeDefined();
  return key!;
}

const storedRules = () =>
  graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (x)-[r]->(y) WHERE r.rules IS NOT NULL
       RETURN type(r) AS type, x.key AS from, y.key AS to, r.articleId AS article, r.rules AS rules`,
    );
    return res.records
      .map((r) => ['type', 'from', 'to', 'article', 'rules'].map((f) => String(r.get(f))).join(' '))
      .sort();
  });

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  api = await serveIngested(graph, sources);
  base = api.base;
});

afterAll(async () => {
  await api?.close();
});

describe('why a link is typed as it is', () => {
  it('a role said in two articles gives the rule that typed it, in words, found in both', async () => {
    const adler = await keyOf('ruth adler', 'person');
    const institute = await keyOf('marlow institute', 'organization');
    const ev = await get<EdgeEvidenceResponse>(`/api/edges/evidence?from=${enc(adler)}&to=${enc(institute)}&type=ROLE`);
    expect(ev.edge.weight).toBe(2);
    expect(ev.reasons).toEqual([
      {
        rule: 'relation/person-title-of-org',
        reason: linkReason('relation/person-title-of-org'),
        articles: 2,
      },
    ]);
    expect(ev.reasons![0]!.reason).not.toBe('relation/person-title-of-org');
  });

  it("an incident's victim is linked by the incident rules, kept through the incident frames", async () => {
    const mayor = await keyOf('pedro alvarenga', 'person');
    const around = await get<NeighborsResponse>(`/api/entities/${enc(mayor)}/neighbors`);
    const part = around.edges.find((e) => e.type === 'PARTICIPATED_IN');
    expect(part?.label).toBe('victim');
    const ev = await get<EdgeEvidenceResponse>(
      `/api/edges/evidence?from=${enc(part!.from)}&to=${enc(part!.to)}&type=PARTICIPATED_IN`,
    );
    expect(ev.reasons?.map((r) => [r.rule, r.articles])).toEqual([
      ['participant/object-of-the-verb', 1],
      ['relation/incident-participant', 1],
    ]);
    expect(ev.reasons?.[0]?.reason).toBe(linkReason('participant/object-of-the-verb'));
    expect(ev.reasons?.[0]?.reason).toMatch(/object of the verb/);
  });

  it('an arrest told after the attack follows it, and its FOLLOW_UP_OF link says why in words', async () => {
    const links = await graph.read(async (tx) => {
      const res = await tx.run(
        `MATCH (x:Entity)-[r:FOLLOW_UP_OF]->(y:Entity) RETURN x.key AS from, y.key AS to, x.kind AS kind, r.rules AS rules`,
      );
      return res.records.map((r) => ({
        from: String(r.get('from')),
        to: String(r.get('to')),
        kind: String(r.get('kind')),
        rules: r.get('rules') as string[] | null,
      }));
    });
    const arrest = links.find((l) => l.kind === 'arrest');
    expect(arrest?.rules).toEqual(['follow-up/response-of-its-own-telling']);
    const ev = await get<EdgeEvidenceResponse>(
      `/api/edges/evidence?from=${enc(arrest!.from)}&to=${enc(arrest!.to)}&type=FOLLOW_UP_OF`,
    );
    expect(ev.reasons).toEqual([
      {
        rule: 'follow-up/response-of-its-own-telling',
        reason: linkReason('follow-up/response-of-its-own-telling'),
        articles: 1,
      },
    ]);
    expect(ev.reasons![0]!.reason).toMatch(/arrest, raid or police action/);
  });

  it('every entity link written carries its rules; re-extracting the articles writes the same ones, once', async () => {
    const before = await storedRules();
    const untyped = await graph.read(async (tx) => {
      const res = await tx.run(
        `MATCH (:Entity)-[r]->(:Entity) WHERE r.articleId IS NOT NULL AND r.rules IS NULL
         RETURN count(r) AS n`,
      );
      return Number(res.records[0]?.get('n'));
    });
    expect(untyped).toBe(0);
    expect(before.some((l) => l.startsWith('CO_MENTIONED '))).toBe(true);
    const again = await ingestArticles(graph, sources, [], { duplicates: true, reextract: true });
    expect(again.failures).toEqual([]);
    expect(await storedRules()).toEqual(before);
  });
});
