// The API over a graph written by the real ingestion path (extractor + writer + duplicate detection),
// checking that what the endpoints return is consistent with the stored texts and with each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArticleResponse,
  EdgeEvidenceResponse,
  EntityResponse,
  NeighborsResponse,
  SearchResponse,
  StatsResponse,
} from '../../src/api/contract.js';
import type { Graph } from '../../src/graph/driver.js';
import type { SourceArticle } from '../../src/sources/article.js';
import { serveIngested, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';

const report =
  'Police in Manchester arrested two men on Tuesday after a stabbing near Piccadilly station, Greater Manchester Police said. ' +
  'Chief Constable Stephen Watson said officers were called to the scene shortly after 9pm and found a man with serious injuries. ' +
  'The 34-year-old victim was taken to Manchester Royal Infirmary, where he remains in a stable condition. ' +
  'Detectives from Counter Terrorism Policing North West are supporting the investigation as a precaution. ' +
  'Watson said there was no wider threat to the public and asked witnesses with phone footage to contact Greater Manchester Police. ' +
  'Detective Superintendent Jane Holt said the two men, aged 19 and 22, were being questioned at a police station in Manchester.';

function article(n: number, text: string, source: string, published: string, title: string): SourceArticle {
  return {
    text,
    title,
    published,
    source,
    url: `https://example.org/${n}`,
    origin: { file: `test-${n}.json`, item: 0 },
  };
}

const sources: SourceArticle[] = [
  article(1, report, 'Northern Ledger', '2024-05-14', 'Two arrested after Piccadilly stabbing'),
  // the same report picked up by another outlet without its last sentence
  article(
    2,
    report.slice(0, report.lastIndexOf(' Detective Superintendent')),
    'Coast Daily',
    '2024-05-15',
    'Men held over station stabbing',
  ),
];

let graph: Graph;
let api: RunningApi | undefined;
let base: string;

async function get<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, `${path} → ${res.status}`).toBe(200);
  return (await res.json()) as T;
}
const enc = encodeURIComponent;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  api = await serveIngested(graph, sources);
  base = api.base;
});

afterAll(async () => {
  await api?.close();
});

describe('API over ingested articles', () => {
  it('serves every stored article with mentions that point at their names in the text, and links the copy', async () => {
    const stats = await get<StatsResponse>('/api/stats');
    expect(stats.nodes.Article).toBe(2);
    const ids = await graph.read((tx) => tx.run('MATCH (a:Article) RETURN a.id AS id ORDER BY a.published'));
    const [first, second] = ids.records.map((r) => String(r.get('id')));
    const page = await get<ArticleResponse>(`/api/articles/${first}`);
    expect(page.article.text).toBe(report);
    expect(page.mentions.length).toBeGreaterThan(3);
    for (const m of page.mentions) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(report.slice(m.start, m.end).length).toBe(m.end - m.start);
    }
    expect(page.mentions.map((m) => report.slice(m.start, m.end))).toContain('Stephen Watson');
    expect(page.copies.map((c) => c.id)).toEqual([second]);
    const copy = await get<ArticleResponse>(`/api/articles/${second}`);
    expect(copy.copies.map((c) => c.id)).toEqual([first]);
  });

  it('finds a mentioned person by name prefix, and every neighbour edge has evidence sentences taken from the articles', async () => {
    const search = await get<SearchResponse>('/api/search?q=stephen%20wat&type=person');
    const watson = search.results.find((r) => r.name.includes('Watson'));
    expect(watson).toBeDefined();
    const key = watson?.key ?? '';
    const entity = await get<EntityResponse>(`/api/entities/${enc(key)}`);
    expect(entity.entity.articles).toBe(2);
    for (const ev of entity.evidence) {
      expect(ev.highlights.length).toBeGreaterThan(0);
      for (const h of ev.highlights) expect(ev.text.slice(h.start, h.end)).toMatch(/Watson/);
    }

    const neighbors = await get<NeighborsResponse>(`/api/entities/${enc(key)}/neighbors`);
    expect(neighbors.total).toBe(neighbors.nodes.length);
    expect(neighbors.edges.length).toBeGreaterThan(0);
    const texts = new Map<string, string>();
    for (const edge of neighbors.edges) {
      const ev = await get<EdgeEvidenceResponse>(
        `/api/edges/evidence?from=${enc(edge.from)}&to=${enc(edge.to)}&type=${edge.type}`,
      );
      expect(ev.edge).toEqual(edge);
      // one item per distinct sentence: every supporting article is the one shown or among its alsoIn
      const named = new Set(ev.evidence.flatMap((s) => [s.article.id, ...(s.alsoIn ?? []).map((a) => a.id)]));
      expect(named.size).toBe(edge.weight);
      expect(new Set(ev.evidence.map((s) => s.text)).size).toBe(ev.evidence.length);
      for (const s of ev.evidence) {
        if (!texts.has(s.article.id))
          texts.set(s.article.id, (await get<ArticleResponse>(`/api/articles/${s.article.id}`)).article.text);
        expect(texts.get(s.article.id)?.slice(s.start, s.start + s.text.length)).toBe(s.text);
        for (const h of s.highlights) expect(h.end).toBeLessThanOrEqual(s.text.length);
      }
    }
  });
});
