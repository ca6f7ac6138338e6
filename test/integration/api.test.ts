// The HTTP API against a real Neo4j, seeded with a small hand-made graph.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  ArticleResponse,
  DuplicatesResponse,
  EdgeEvidenceResponse,
  EntityResponse,
  HealthResponse,
  MapResponse,
  NeighborsResponse,
  PathsResponse,
  SearchResponse,
  SourcesResponse,
  StatsResponse,
  TimelineResponse,
} from '../../src/api/contract.js';
import type { Graph } from '../../src/graph/driver.js';
import { toLuceneQuery } from '../../src/graph/queries/search.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { writeFixture, type FixtureArticle, type FixtureEntity } from './api.fixture.js';

const MARA = 'person:mara voss';
const BRANDT = 'person:ilya brandt';
const POLICE = 'org:known:harbor-police';
const FRONT = 'org:crimson front';
const EASTBRIDGE = 'place:geo:9000001';
const SELDEN = 'place:geo:9000002';
const RAID = `incident:raid:${EASTBRIDGE}:2024-03-01`;

const entities: FixtureEntity[] = [
  { key: MARA, type: 'person', name: 'Mara Voss' },
  { key: BRANDT, type: 'person', name: 'Ilya Brandt' },
  {
    key: POLICE,
    type: 'organization',
    name: 'Harbor Police',
    aliases: ['Harbour Police Department', 'HPD'],
    props: { kind: 'agency', country: 'XX' },
  },
  { key: FRONT, type: 'organization', name: 'Crimson Front', props: { kind: 'armed_group', country: null } },
  {
    key: EASTBRIDGE,
    type: 'place',
    name: 'Eastbridge',
    props: { placeKind: 'city', country: 'XX', lat: 51.5, lon: -0.1, ambiguous: false },
  },
  {
    key: SELDEN,
    type: 'place',
    name: 'Port Selden',
    props: { placeKind: 'city', country: 'XX', lat: 50.1, lon: 1.2, ambiguous: false },
  },
  {
    key: RAID,
    type: 'incident',
    name: 'raid in Eastbridge',
    surfaces: ['raid in Eastbridge'],
    props: { kind: 'raid', date: '2024-03-01', placeName: 'Eastbridge', lat: 51.5, lon: -0.1, killed: 0, injured: 0 },
  },
];

const raidText =
  'Inspector Mara Voss of the Harbor Police said officers detained two men on Friday. ' +
  'Mara Voss said the HPD had watched a Crimson Front cell for months. ' +
  'The raid in Eastbridge, led by the Harbor Police, ended without injuries.';

const articles: FixtureArticle[] = [
  {
    id: 'a_0000000000000001',
    title: 'Police detain two in Eastbridge raid',
    source: 'Northern Ledger',
    published: '2024-03-02',
    text: raidText,
    covers: [RAID],
    relations: [
      { type: 'ROLE', from: MARA, to: POLICE, label: 'Inspector' },
      { type: 'PARTICIPATED_IN', from: POLICE, to: RAID, label: 'responder' },
      { type: 'LOCATED_IN', from: RAID, to: EASTBRIDGE },
    ],
  },
  {
    id: 'a_0000000000000002',
    title: 'Two detained after Eastbridge raid',
    source: 'Coast Daily',
    published: '2024-03-03',
    text: raidText.slice(0, raidText.lastIndexOf(' The raid')),
    covers: [RAID],
    relations: [{ type: 'ROLE', from: MARA, to: POLICE, label: 'Inspector' }],
  },
  {
    id: 'a_0000000000000003',
    title: 'Who leads the Crimson Front',
    source: 'Coast Daily',
    published: '2024-03-05',
    text:
      'Prosecutors said the Crimson Front planned further attacks. ' +
      'Commander Ilya Brandt leads the Crimson Front, according to the Harbor Police. ' +
      'Officers of the Harbor Police took part in the raid in Eastbridge last week.',
    covers: [RAID],
    relations: [
      { type: 'AFFILIATED_WITH', from: BRANDT, to: FRONT, label: 'Commander' },
      { type: 'CO_MENTIONED', from: BRANDT, to: POLICE },
      { type: 'PARTICIPATED_IN', from: POLICE, to: RAID, label: 'responder' },
    ],
  },
  {
    id: 'a_0000000000000004',
    title: 'Sighting in Port Selden',
    source: 'Valley Post',
    published: '2024-04-10',
    text: 'Residents said Ilya Brandt was seen in Port Selden. Nobody was hurt.',
    relations: [{ type: 'CO_MENTIONED', from: BRANDT, to: SELDEN }],
  },
];

let graph: Graph;
let api: RunningApi | undefined;
let base: string;
const clientDir = mkdtempSync(join(tmpdir(), 'kg-client-'));

async function get<T>(path: string): Promise<{ status: number; body: T; type: string }> {
  const res = await fetch(`${base}${path}`);
  const type = res.headers.get('content-type') ?? '';
  const body = (type.includes('json') ? await res.json() : await res.text()) as T;
  return { status: res.status, body, type };
}

const enc = encodeURIComponent;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  await writeFixture(graph, {
    entities,
    articles,
    duplicates: [{ newer: 'a_0000000000000002', older: 'a_0000000000000001', score: 0.93, kind: 'trimmed copy' }],
  });
  // The full-text index is eventually consistent; wait until it has caught up with the fixture.
  await graph.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>kg client</title>');
  api = await startApi(graph, { clientDir });
  base = api.base;
});

afterAll(async () => {
  await api?.close();
});

describe('bad parameters are rejected with 400 naming the parameter', () => {
  it.each([
    ['/api/search?q=voss&limit=abc', 'limit'],
    ['/api/search?q=voss&limit=51', 'limit'],
    ['/api/search?q=voss&type=spaceship', 'type'],
    ['/api/search', 'q'],
    ['/api/paths?from=a&to=b&max=99', 'max'],
    ['/api/paths?from=a&to=b&k=0', 'k'],
    ['/api/paths?from=a&to=b&rels=FRIEND_OF', 'rels'],
    [`/api/entities/${enc(POLICE)}/neighbors?types=spaceship`, 'types'],
    [`/api/entities/${enc(POLICE)}/neighbors?from=2024-13-45`, 'from'],
    [`/api/entities/${enc(POLICE)}/neighbors?from=2024-05-01&to=2024-01-01`, 'to'],
    [`/api/entities/${enc(POLICE)}/neighbors?offset=-1`, 'offset'],
    [`/api/edges/evidence?from=${enc(MARA)}&to=${enc(POLICE)}&type=LIKES`, 'type'],
    ['/api/timeline?kinds=picnic', 'kinds'],
  ])('%s', async (path, param) => {
    const res = await get<ApiError>(path);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(`"${param}"`);
  });
});

describe('search input becomes a safe Lucene query', () => {
  it.each([
    ['Harbour pol', '+harbour +(pol OR pol*)'],
    ['"voss (*:*~', '+(voss OR voss*)'],
    ['al-Shabaab', '+al +(shabaab OR shabaab*)'],
    ['NOT AND OR', '+not +and +(or OR or*)'],
    ['Zürich', '+(zürich OR zürich*)'],
  ])('%s', (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });
  it('gives nothing to search for input without letters or digits', () => {
    expect(toLuceneQuery(' *?: ')).toBeNull();
  });
});

describe('API', () => {
  it('reports health with the database reachable', async () => {
    const res = await get<HealthResponse>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, neo4j: true });
    expect(typeof res.body.version).toBe('string');
  });

  it('finds an entity by an alias, a prefix of a word, and with Lucene syntax in the input', async () => {
    const byAlias = await get<SearchResponse>('/api/search?q=HPD');
    expect(byAlias.body.results.map((r) => r.key)).toContain(POLICE);
    const byPrefix = await get<SearchResponse>('/api/search?q=harbour%20pol');
    expect(byPrefix.body.results[0]?.key).toBe(POLICE);
    expect(byPrefix.body.results[0]).toMatchObject({ type: 'organization', kind: 'agency', articles: 3 });
    const weird = await get<SearchResponse>(`/api/search?q=${enc('"voss (*:*~')}`);
    expect(weird.status).toBe(200);
    expect(weird.body.results.map((r) => r.key)).toEqual([MARA]);
    const typed = await get<SearchResponse>('/api/search?q=e&type=place');
    expect(typed.body.results.map((r) => r.key)).toEqual([EASTBRIDGE]);
  });

  it('returns an entity with its evidence and articles, and 404 for an unknown key', async () => {
    const res = await get<EntityResponse>(`/api/entities/${enc(RAID)}`);
    expect(res.status).toBe(200);
    expect(res.body.entity).toMatchObject({
      key: RAID,
      type: 'incident',
      kind: 'raid',
      date: '2024-03-01',
      articles: 2,
    });
    expect(res.body.entity.extra).toMatchObject({ placeName: 'Eastbridge', killed: 0 });
    expect(res.body.articles.map((a) => a.id).sort()).toEqual(['a_0000000000000001', 'a_0000000000000003']);
    for (const ev of res.body.evidence) {
      expect(ev.highlights.map((h) => ev.text.slice(h.start, h.end))).toEqual(['raid in Eastbridge']);
    }
    const broken = await get<ApiError>('/api/entities/%E0%A4%A');
    expect(broken.status).toBe(400);
    expect(typeof broken.body.error).toBe('string');
    const missing = await get<ApiError>(`/api/entities/${enc('person:nobody')}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/not found/);
  });

  it('lists neighbours with weights (articles) and outlets, filters and pages them', async () => {
    const res = await get<NeighborsResponse>(`/api/entities/${enc(POLICE)}/neighbors`);
    expect(res.status).toBe(200);
    expect(res.body.center.key).toBe(POLICE);
    expect(res.body.total).toBe(3);
    expect(res.body.nodes.map((n) => n.key).sort()).toEqual([RAID, BRANDT, MARA].sort());
    const edge = (id: string) => res.body.edges.find((e) => e.id === id);
    expect(edge(`ROLE:${MARA}:${POLICE}`)).toMatchObject({
      type: 'ROLE',
      from: MARA,
      to: POLICE,
      weight: 2,
      outlets: 2,
      label: 'Inspector',
    });
    expect(edge(`PARTICIPATED_IN:${POLICE}:${RAID}`)).toMatchObject({ weight: 2, outlets: 2 });
    expect(edge(`CO_MENTIONED:${BRANDT}:${POLICE}`)).toMatchObject({ weight: 1, outlets: 1 });

    const people = await get<NeighborsResponse>(`/api/entities/${enc(POLICE)}/neighbors?types=person`);
    expect(people.body.nodes.map((n) => n.key).sort()).toEqual([BRANDT, MARA].sort());

    const later = await get<NeighborsResponse>(`/api/entities/${enc(POLICE)}/neighbors?from=2024-03-04`);
    expect(later.body.total).toBe(2);
    expect(later.body.edges.find((e) => e.type === 'PARTICIPATED_IN')?.weight).toBe(1);

    const oneOutlet = await get<NeighborsResponse>(
      `/api/entities/${enc(POLICE)}/neighbors?sources=${enc('Northern Ledger')}`,
    );
    expect(oneOutlet.body.nodes.map((n) => n.key).sort()).toEqual([RAID, MARA].sort());
    expect(oneOutlet.body.edges.every((e) => e.weight === 1)).toBe(true);

    const none = await get<NeighborsResponse>(`/api/entities/${enc(POLICE)}/neighbors?sources=${enc('Valley Post')}`);
    expect(none.body).toMatchObject({ center: { key: POLICE, articles: 3 }, nodes: [], edges: [], total: 0 });
    expect((await get<ApiError>(`/api/entities/${enc('person:nobody')}/neighbors`)).status).toBe(404);

    const page1 = await get<NeighborsResponse>(`/api/entities/${enc(POLICE)}/neighbors?limit=2`);
    const page2 = await get<NeighborsResponse>(`/api/entities/${enc(POLICE)}/neighbors?limit=2&offset=2`);
    expect(page1.body.total).toBe(3);
    expect(page1.body.nodes).toHaveLength(2);
    expect(page2.body.nodes.map((n) => n.key)).toEqual([BRANDT]);
  });

  it('returns every supporting sentence of an edge with both mentions highlighted', async () => {
    const res = await get<EdgeEvidenceResponse>(`/api/edges/evidence?from=${enc(MARA)}&to=${enc(POLICE)}&type=ROLE`);
    expect(res.status).toBe(200);
    expect(res.body.edge).toMatchObject({ id: `ROLE:${MARA}:${POLICE}`, weight: 2, outlets: 2 });
    // The fixture's sentences have no textHash (as if stored before it existed): the copy's identical sentences are
    // not grouped with the original's but stand alone, each naming no other article.
    expect(res.body.evidence.map((e) => e.article.source).sort()).toEqual([
      'Coast Daily',
      'Coast Daily',
      'Northern Ledger',
      'Northern Ledger',
    ]);
    expect(res.body.evidence.map((e) => e.alsoIn)).toEqual([[], [], [], []]);
    for (const ev of res.body.evidence) {
      const marked = ev.highlights.map((h) => ev.text.slice(h.start, h.end));
      expect(marked).toContain('Mara Voss');
      expect(marked.some((m) => m === 'Harbor Police' || m === 'HPD')).toBe(true);
      expect(ev.article.published).toMatch(/^2024-03-0[23]/);
    }
    const none = await get<ApiError>(`/api/edges/evidence?from=${enc(POLICE)}&to=${enc(MARA)}&type=ROLE`);
    expect(none.status).toBe(404);
  });

  it('finds shortest paths and respects the hop limit', async () => {
    const res = await get<PathsResponse>(`/api/paths?from=${enc(MARA)}&to=${enc(SELDEN)}&max=6`);
    expect(res.status).toBe(200);
    // the shortest first; any alternatives after it are no shorter, distinct and never visit an entity twice
    expect(res.body.paths[0]).toEqual({
      nodes: [MARA, POLICE, BRANDT, SELDEN],
      edges: [`ROLE:${MARA}:${POLICE}`, `CO_MENTIONED:${BRANDT}:${POLICE}`, `CO_MENTIONED:${BRANDT}:${SELDEN}`],
    });
    for (const p of res.body.paths) {
      expect(p.nodes.length).toBeGreaterThanOrEqual(4);
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
    }
    expect(new Set(res.body.paths.map((p) => p.nodes.join('|'))).size).toBe(res.body.paths.length);
    const one = await get<PathsResponse>(`/api/paths?from=${enc(MARA)}&to=${enc(SELDEN)}&max=6&k=1`);
    expect(one.body.paths).toEqual(res.body.paths.slice(0, 1));
    // the only way there runs through co-mentions: without them there is none
    const typed = await get<PathsResponse>(
      `/api/paths?from=${enc(MARA)}&to=${enc(SELDEN)}&max=6&rels=ROLE,AFFILIATED_WITH,LOCATED_IN,PARTICIPATED_IN,SPOKE_AT`,
    );
    expect(typed.status).toBe(200);
    for (const p of typed.body.paths) for (const id of p.edges) expect(id.startsWith('CO_MENTIONED:')).toBe(false);
    expect(res.body.nodes.map((n) => n.key).sort()).toEqual([MARA, POLICE, BRANDT, SELDEN].sort());
    expect(res.body.edges.find((e) => e.type === 'ROLE')?.weight).toBe(2);
    const short = await get<PathsResponse>(`/api/paths?from=${enc(MARA)}&to=${enc(SELDEN)}&max=2`);
    expect(short.body.paths).toEqual([]);
    const missing = await get<ApiError>(`/api/paths?from=${enc(MARA)}&to=nobody`);
    expect(missing.status).toBe(404);
  });

  it('returns an article with mentions, incidents, copies and same-story articles', async () => {
    const res = await get<ArticleResponse>('/api/articles/a_0000000000000001');
    expect(res.status).toBe(200);
    expect(res.body.article).toMatchObject({
      id: 'a_0000000000000001',
      source: 'Northern Ledger',
      published: '2024-03-02',
      text: raidText,
    });
    for (const m of res.body.mentions) expect(raidText.slice(m.start, m.end)).toBeTruthy();
    expect(res.body.mentions.map((m) => raidText.slice(m.start, m.end))).toEqual([
      'Mara Voss',
      'Harbor Police',
      'Mara Voss',
      'HPD',
      'Crimson Front',
      'raid in Eastbridge',
      'Eastbridge',
      'Harbor Police',
    ]);
    expect(res.body.incidents.map((i) => i.key)).toEqual([RAID]);
    expect(res.body.copies).toEqual([
      expect.objectContaining({ id: 'a_0000000000000002', score: 0.93, kind: 'trimmed copy' }),
    ]);
    expect(res.body.sameStory.map((a) => a.id)).toEqual(['a_0000000000000002', 'a_0000000000000003']);
    expect(res.body.sameStory[1]?.incidents).toEqual([RAID]);

    const copy = await get<ArticleResponse>('/api/articles/a_0000000000000002');
    expect(copy.body.copies.map((c) => c.id)).toEqual(['a_0000000000000001']);
    expect((await get<ApiError>('/api/articles/a_nope')).status).toBe(404);
  });

  it('groups duplicates into copies and same-story clusters, filtered by outlet', async () => {
    const res = await get<DuplicatesResponse>('/api/duplicates');
    const copies = res.body.clusters.filter((c) => c.kind === 'copies');
    const stories = res.body.clusters.filter((c) => c.kind === 'same story');
    expect(copies).toHaveLength(1);
    expect(copies[0]?.articles.map((a) => [a.id, a.score])).toEqual([
      ['a_0000000000000001', null],
      ['a_0000000000000002', 0.93],
    ]);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.label).toContain('raid in Eastbridge');
    expect(stories[0]?.label).toContain('2024-03-01');
    expect(stories[0]?.articles.map((a) => a.id)).toEqual([
      'a_0000000000000001',
      'a_0000000000000002',
      'a_0000000000000003',
    ]);
    // the first report, the same-day copy of it, and a piece four days after the raid: two independent reports
    expect(stories[0]?.articles.map((a) => [a.role, a.copyOf])).toEqual([
      ['original', null],
      ['copy', 'a_0000000000000001'],
      ['follow-up', null],
    ]);
    expect(stories[0]).toMatchObject({ incident: RAID, independent: 2 });
    expect(copies[0]?.articles.map((a) => a.role)).toEqual(['original', 'copy']);
    expect(copies[0]?.independent).toBe(1);
    const coast = await get<DuplicatesResponse>(`/api/duplicates?source=${enc('Coast Daily')}`);
    expect(coast.body.clusters.map((c) => [c.kind, c.articles.length])).toEqual([
      ['copies', 2],
      ['same story', 3],
    ]);
    const later = await get<DuplicatesResponse>('/api/duplicates?from=2024-03-04');
    expect(later.body.clusters.map((c) => c.kind)).toEqual(['same story']);
    const elsewhere = await get<DuplicatesResponse>(`/api/duplicates?source=${enc('Valley Post')}`);
    expect(elsewhere.body.clusters).toEqual([]);
  });

  it('serves timeline, map, sources and stats', async () => {
    const timeline = await get<TimelineResponse>('/api/timeline?from=2024-01-01&to=2024-12-31&kinds=raid,arrest');
    expect(timeline.body.incidents.map((i) => i.key)).toEqual([RAID]);
    expect((await get<TimelineResponse>('/api/timeline?from=2025-01-01')).body.incidents).toEqual([]);
    const map = await get<MapResponse>('/api/map');
    expect(map.body.places.map((p) => p.key).sort()).toEqual([EASTBRIDGE, SELDEN].sort());
    expect(map.body.incidents[0]).toMatchObject({ key: RAID, lat: 51.5, lon: -0.1 });
    const sources = await get<SourcesResponse>('/api/sources');
    expect(sources.body.sources).toEqual([
      { name: 'Coast Daily', articles: 2 },
      { name: 'Northern Ledger', articles: 1 },
      { name: 'Valley Post', articles: 1 },
    ]);
    const stats = await get<StatsResponse>('/api/stats');
    expect(stats.body.nodes).toMatchObject({
      Article: 4,
      Person: 2,
      Organization: 2,
      Place: 2,
      Incident: 1,
      Entity: 7,
    });
    expect(stats.body.relationships).toMatchObject({ DUPLICATE_OF: 1, ROLE: 2, COVERS: 3 });
  });

  it('answers unknown API paths with JSON 404 and other paths with the client page', async () => {
    const api = await get<ApiError>('/api/nothing-here');
    expect(api.status).toBe(404);
    expect(api.type).toContain('application/json');
    const page = await get<string>('/entity/some-deep-link');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>kg client</title>');
  });
});
