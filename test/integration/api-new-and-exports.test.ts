// Issue 13, items 13 and 14, on the real seeds through the real pipeline: GET /api/new (what the graph first held
// after an instant, with the articles that brought it; unchanged by re-ingesting) and POST /api/evidence (the
// evidence of many nodes and links at once, with its sources named).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type {
  EdgeEvidenceResponse,
  EntityResponse,
  EvidenceBundleResponse,
  NeighborsResponse,
  WhatsNewEntity,
  WhatsNewLink,
  WhatsNewResponse,
} from '../../src/api/contract.js';
import type { Graph } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { cachedExtract } from '../helpers/extraction-cache.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const EARLIER = [
  '2017-05-23-meridian-post-manchester-arena-attack.md',
  '2017-05-23-northline-wire-manchester-arena-blast.md',
  '2015-11-14-northline-wire-paris-attacks.md',
].map((f) => SEEDS + f);
const LATER = [
  '2019-04-21-northline-wire-sri-lanka-easter-bombings.md',
  '2019-04-26-meridian-post-sri-lanka-toll-revised-ntj.md',
  '2024-03-23-harbour-courier-crocus-city-hall-attack.md',
  '2023-03-02-pennant-review-arena-inquiry-mi5.md',
].map((f) => SEEDS + f);

let graph: Graph;
let api: RunningApi | undefined;
let base: string;
/** the database's clock between the two ingests */
let between: string;

const enc = encodeURIComponent;
async function get<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, `${path} → ${res.status} ${res.status === 200 ? '' : await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}
async function post(body: unknown): Promise<Response> {
  return fetch(`${base}/api/evidence`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function dbNow(): Promise<string> {
  return graph.read(async (tx) =>
    z.string().parse((await tx.run('RETURN toString(datetime()) AS now')).records[0]?.get('now')),
  );
}

/** article ids of the files, read back by their titles' order of ingestion: the ids stored by each ingest */
async function articleIds(): Promise<Array<{ id: string; firstSeen: string }>> {
  return graph.read(async (tx) =>
    (await tx.run('MATCH (a:Article) RETURN a.id AS id, toString(a.firstSeen) AS firstSeen ORDER BY id')).records.map(
      (r) => ({ id: z.string().parse(r.get('id')), firstSeen: z.string().parse(r.get('firstSeen')) }),
    ),
  );
}

/** Every page of one section, through the API's paging. */
async function all<K extends 'entities' | 'incidents' | 'links'>(
  section: K,
  since: string,
): Promise<WhatsNewResponse[K]> {
  const out: Array<WhatsNewEntity | WhatsNewLink> = [];
  for (let offset = 0; ; offset += 40) {
    const page = await get<WhatsNewResponse>(
      `/api/new?since=${enc(since)}&section=${section}&limit=40&offset=${offset}`,
    );
    out.push(...page[section]);
    if (page[section].length < 40) break;
  }
  return out as WhatsNewResponse[K];
}

let earlierIds: Set<string>;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  const first = await ingestPaths(graph, EARLIER, { duplicates: true, extract: cachedExtract });
  expect(first.failures).toEqual([]);
  earlierIds = new Set((await articleIds()).map((a) => a.id));
  await new Promise((r) => setTimeout(r, 20));
  between = await dbNow();
  await new Promise((r) => setTimeout(r, 20));
  const second = await ingestPaths(graph, LATER, { duplicates: true, extract: cachedExtract });
  expect(second.failures).toEqual([]);
  api = await startApi(graph, { lookupCacheMs: 0, overviewCacheMs: 0 });
  base = api.base;
}, 300_000);

afterAll(async () => {
  await api?.close();
});

/** What the articles say is new, computed from which articles mention or cover what (not from firstSeen). */
async function expectedNew(): Promise<{ entities: Set<string>; incidents: Set<string>; links: Set<string> }> {
  return graph.read(async (tx) => {
    const ents = await tx.run(
      `MATCH (e:Entity) WHERE e.hiddenBy IS NULL
       WITH e, [(a:Article)-[:MENTIONS|COVERS]->(e) | a.id] AS ids
       WHERE size(ids) > 0 AND none(id IN ids WHERE id IN $earlier)
       RETURN e.key AS key, e.type = 'incident' AS incident`,
      { earlier: [...earlierIds] },
    );
    const links = await tx.run(
      `MATCH (x:Entity)-[r]->(y:Entity) WHERE r.articleId IS NOT NULL
       WITH x, y, type(r) AS type, collect(r.articleId) AS ids
       WHERE none(id IN ids WHERE id IN $earlier)
       RETURN type + ':' + x.key + ':' + y.key AS id`,
      { earlier: [...earlierIds] },
    );
    const keys = ents.records.map((r) => ({
      key: z.string().parse(r.get('key')),
      incident: r.get('incident') === true,
    }));
    return {
      entities: new Set(keys.filter((k) => !k.incident).map((k) => k.key)),
      incidents: new Set(keys.filter((k) => k.incident).map((k) => k.key)),
      links: new Set(links.records.map((r) => z.string().parse(r.get('id')))),
    };
  });
}

describe('GET /api/new: what the graph first held since an instant', () => {
  it('lists exactly the entities, incidents and links only the later articles brought, with those articles', async () => {
    const expected = await expectedNew();
    expect(expected.entities.size).toBeGreaterThan(5);
    expect(expected.incidents.size).toBeGreaterThan(0);
    expect(expected.links.size).toBeGreaterThan(5);

    const head = await get<WhatsNewResponse>(`/api/new?since=${enc(between)}&limit=0`);
    expect(head.counts).toEqual({
      entities: expected.entities.size,
      incidents: expected.incidents.size,
      links: expected.links.size,
      articles: LATER.length,
    });
    expect(head.entities).toEqual([]);
    expect(Date.parse(head.now)).toBeGreaterThan(Date.parse(between));

    const entities = await all('entities', between);
    const incidents = await all('incidents', between);
    const links = await all('links', between);
    expect(new Set(entities.map((e) => e.key))).toEqual(expected.entities);
    expect(entities.length).toBe(expected.entities.size);
    expect(new Set(incidents.map((e) => e.key))).toEqual(expected.incidents);
    expect(new Set(links.map((e) => e.id))).toEqual(expected.links);

    for (const item of [...entities, ...incidents, ...links]) {
      expect(Date.parse(item.firstSeen)).toBeGreaterThanOrEqual(Date.parse(between));
      expect(item.broughtBy.length).toBeGreaterThan(0);
      expect(item.broughtByTotal).toBeGreaterThanOrEqual(item.broughtBy.length);
      for (const a of item.broughtBy) {
        expect(earlierIds.has(a.id)).toBe(false);
        expect(a.title.length).toBeGreaterThan(0);
        expect(a.url).toMatch(/^https?:|^$/);
      }
    }
    // newest first, then the most reported
    const seen = entities.map((e) => Date.parse(e.firstSeen));
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    const link = links.find((l) => l.weight > 1) ?? links[0]!;
    expect(link.fromName.length).toBeGreaterThan(0);
    expect(link.independent).toBeLessThanOrEqual(link.weight);
  }, 180_000);

  it('sees everything since before the first ingest, nothing since now; the articles section lists the later articles', async () => {
    const everything = await get<WhatsNewResponse>('/api/new?since=2000-01-01&limit=200&section=articles');
    expect(everything.counts.articles).toBe(EARLIER.length + LATER.length);
    expect(everything.articles.length).toBe(EARLIER.length + LATER.length);
    expect(everything.articles.every((a) => typeof a.outlet === 'string' || a.outlet === null)).toBe(true);
    const later = await get<WhatsNewResponse>(`/api/new?since=${enc(between)}&section=articles&limit=200`);
    expect(later.articles.map((a) => a.id).filter((id) => earlierIds.has(id))).toEqual([]);
    expect(later.entities).toEqual([]);
    const none = await get<WhatsNewResponse>(`/api/new?since=${enc(await dbNow())}`);
    expect(none.counts).toEqual({ entities: 0, incidents: 0, links: 0, articles: 0 });
  });

  it('re-ingesting and re-extracting the earlier articles moves nothing: their firstSeen and what is new stay', async () => {
    const before = await articleIds();
    const lists = async () => ({
      entities: (await all('entities', between)).map((e) => `${e.key}@${e.firstSeen}`).sort(),
      incidents: (await all('incidents', between)).map((e) => `${e.key}@${e.firstSeen}`).sort(),
      links: (await all('links', between)).map((e) => `${e.id}@${e.firstSeen}`).sort(),
    });
    const was = await lists();
    const again = await ingestPaths(graph, EARLIER, { duplicates: true, extract: cachedExtract });
    expect(again.articles.unchanged).toBe(EARLIER.length);
    const redone = await ingestPaths(graph, [...EARLIER, LATER[0]!], {
      duplicates: true,
      reextract: true,
      extract: cachedExtract,
    });
    expect(redone.failures).toEqual([]);
    expect(redone.reextracted).toBe(EARLIER.length + 1);
    expect(await articleIds()).toEqual(before);
    expect(await lists()).toEqual(was);
    const earliest = await graph.read(async (tx) =>
      (await tx.run('MATCH (e:Entity) WHERE e.firstSeen IS NULL RETURN count(e) AS n')).records[0]?.get('n'),
    );
    expect(earliest).toBe(0);
  }, 180_000);

  it('a store written before firstSeen existed gets it at start-up: from ingestedAt, an entity the earliest of its articles', async () => {
    await graph.write((tx) =>
      tx.run(
        'MATCH (n) WHERE n:Article OR n:Entity REMOVE n.firstSeen WITH count(*) AS _ MATCH ()-[r]->() REMOVE r.firstSeen',
      ),
    );
    await applySchema(graph);
    const wrong = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (a:Article) WHERE a.firstSeen IS NULL OR a.firstSeen <> a.ingestedAt RETURN 'article ' + a.id AS what
       UNION ALL
       MATCH (e:Entity) WHERE e.firstSeen IS NULL OR e.firstSeen <> COLLECT { MATCH (a:Article)-[:MENTIONS|COVERS]->(e) RETURN min(a.ingestedAt) }[0]
       RETURN 'entity ' + e.key AS what
       UNION ALL
       MATCH (x)-[r]->(y) WHERE r.articleId IS NOT NULL AND (r.firstSeen IS NULL OR r.firstSeen <> COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a.ingestedAt }[0])
       RETURN 'link ' + type(r) + ' ' + x.key + ' ' + y.key AS what`,
        )
      ).records.map((r) => r.get('what') as string),
    );
    expect(wrong).toEqual([]);
  });

  it('refuses bad parameters with a message naming them', async () => {
    for (const [q, name] of [
      ['', 'since'],
      ['since=yesterday', 'since'],
      ['since=2024-02-30', 'since'],
      ['since=2024-01-01&section=people', 'section'],
      ['since=2024-01-01&limit=201', 'limit'],
      ['since=2024-01-01&offset=-1', 'offset'],
      ['since=2024-01-01T10:00:00', 'since'],
    ] as const) {
      const res = await fetch(`${base}/api/new?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: string }).error).toContain(`"${name}"`);
    }
  });
});

describe('POST /api/evidence: the evidence of a whole view at once', () => {
  it('gives each node and link the same sentences and totals as its own evidence page, and names every source once', async () => {
    const [hub] = (await all('entities', '2000-01-01'))
      .filter((e) => e.type === 'organization')
      .sort((a, b) => b.articles - a.articles);
    const around = await get<NeighborsResponse>(`/api/entities/${enc(hub!.key)}/neighbors?limit=12`);
    const nodes = [around.center.key, ...around.nodes.map((n) => n.key)];
    const edges = around.edges.map((e) => ({ from: e.from, to: e.to, type: e.type }));
    const res = await post({ nodes, edges, perItem: 20 });
    expect(res.status).toBe(200);
    const bundle = (await res.json()) as EvidenceBundleResponse;
    expect(bundle.missing).toEqual([]);
    expect(bundle.nodes.map((n) => n.key).sort()).toEqual([...new Set(nodes)].sort());
    expect(bundle.edges.map((e) => e.id).sort()).toEqual(around.edges.map((e) => e.id).sort());

    const sourceIds = new Set(bundle.sources.map((s) => s.id));
    expect(sourceIds.size).toBe(bundle.sources.length);
    for (const s of bundle.sources) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.url).toMatch(/^https?:\/\//);
    }
    expect(bundle.sources.some((s) => s.outlet)).toBe(true);

    for (const n of bundle.nodes) {
      const page = await get<EntityResponse>(`/api/entities/${enc(n.key)}?evidenceLimit=20`);
      expect(n.evidenceTotal).toBe(page.evidenceTotal);
      expect(n.evidence.map((s) => s.sentenceId)).toEqual(page.evidence.map((s) => s.sentenceId));
      expect(n.evidence.map((s) => s.highlights)).toEqual(page.evidence.map((s) => s.highlights));
    }
    for (const e of bundle.edges) {
      const page = await get<EdgeEvidenceResponse>(
        `/api/edges/evidence?from=${enc(e.from)}&to=${enc(e.to)}&type=${e.type}&limit=20`,
      );
      expect(e.evidenceTotal).toBe(page.evidenceTotal);
      expect(e.evidence.map((s) => s.text)).toEqual(page.evidence.map((s) => s.text));
    }
    for (const s of [...bundle.nodes, ...bundle.edges].flatMap((i) => i.evidence)) {
      expect(sourceIds.has(s.articleId)).toBe(true);
      for (const id of s.alsoIn) expect(sourceIds.has(id)).toBe(true);
      for (const h of s.highlights) expect(h.end).toBeLessThanOrEqual(s.text.length);
    }
    expect(bundle.nodes.find((n) => n.key === hub!.key)!.evidence.length).toBeGreaterThan(0);
  }, 180_000);

  it('caps each item at perItem while saying the total, finds a symmetric link asked the other way round, and names what is missing', async () => {
    const [hub] = (await all('entities', '2000-01-01')).sort((a, b) => b.articles - a.articles);
    const around = await get<NeighborsResponse>(`/api/entities/${enc(hub!.key)}/neighbors?limit=30&rels=CO_MENTIONED`);
    const co = around.edges[0]!;
    const res = await post({
      nodes: [hub!.key, 'person:nobody at all'],
      edges: [
        { from: co.to, to: co.from, type: co.type },
        { from: 'a', to: 'b', type: 'ROLE' },
      ],
      perItem: 1,
    });
    const bundle = (await res.json()) as EvidenceBundleResponse;
    expect(bundle.nodes[0]!.evidence.length).toBe(1);
    expect(bundle.nodes[0]!.evidenceTotal).toBeGreaterThan(1);
    expect(bundle.edges).toHaveLength(1);
    expect(bundle.edges[0]!.evidence.length).toBe(1);
    expect(bundle.missing.sort()).toEqual(['ROLE:a:b', 'person:nobody at all']);
  });

  it('refuses an empty, oversized or malformed request with a message naming the problem', async () => {
    const keys = Array.from({ length: 301 }, (_, i) => `person:x${i}`);
    for (const [body, name] of [
      [{}, 'nodes'],
      [{ nodes: keys }, 'nodes'],
      [{ nodes: ['x'], perItem: 1000 }, 'perItem'],
      [{ edges: [{ from: 'a', to: 'b', type: 'LIKES' }] }, 'edges'],
      [{ nodes: ['x'], extra: 1 }, '(query)'],
    ] as const) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const error = ((await res.json()) as { error: string }).error;
      expect(error).toContain(name);
    }
    const broken = await fetch(`${base}/api/evidence`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"nodes": [',
    });
    expect(broken.status).toBe(400);
  });
});
