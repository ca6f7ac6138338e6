// /api/timeline and /api/map against a real Neo4j: date order through the incident_date index, limits and
// offset paging, filters, ranking by mentions; and the short response caches of map, timeline, search and
// neighbourhoods (served, then refreshed; misses not kept).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  MapResponse,
  NeighborsResponse,
  SearchResponse,
  TimelineResponse,
} from '../../src/api/contract.js';
import type { Graph } from '../../src/graph/driver.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { writeFixture, type FixtureArticle, type FixtureEntity } from './api.fixture.js';

// Five incidents on distinct days, in shuffled key order so that date order is not key order.
const DAYS = ['2023-05-04', '2021-01-10', '2024-07-30', '2022-11-02', '2021-01-09'];
const KINDS = ['raid', 'arrest', 'raid', 'bombing', 'raid'];
const incidents: FixtureEntity[] = DAYS.map((date, i) => ({
  key: `incident:test:${i}`,
  type: 'incident',
  name: `Incident number ${i}`,
  surfaces: [`Incident number ${i}`],
  props: { kind: KINDS[i], date, lat: 10 + i, lon: 20 + i },
}));
// Three places; Ardley is named in three articles, Brisk in two, Corran in one. An undated, unlocated incident
// that no article dates and a place without coordinates must stay off the timeline and the map; an undated incident
// first reported on a day stands on the timeline at that day, marked as such.
const places: FixtureEntity[] = ['Ardley', 'Brisk', 'Corran'].map((name, i) => ({
  key: `place:test:${i}`,
  type: 'place',
  name,
  props: { placeKind: 'city', country: 'XX', lat: 40 + i, lon: 5 + i },
}));
const unplaced: FixtureEntity[] = [
  { key: 'incident:test:undated', type: 'incident', name: 'Undated affair', props: { kind: 'raid' } },
  {
    key: 'incident:test:reported',
    type: 'incident',
    name: 'Reported affair',
    props: { kind: 'arrest', firstReported: '2022-11-02' },
  },
  { key: 'place:test:nowhere', type: 'place', name: 'Nowhereland', props: { placeKind: 'region' } },
];

const articles: FixtureArticle[] = [
  {
    text: 'Ardley and Brisk were named. Incident number 0 happened. Incident number 2 too.',
    covers: ['incident:test:0'],
  },
  { text: 'Ardley saw Incident number 2. Brisk was quiet. Nowhereland was mentioned.', covers: ['incident:test:2'] },
  { text: 'Ardley and Corran reported Incident number 2 and Incident number 1. Undated affair followed.', covers: [] },
  { text: 'Incident number 3 and Incident number 4 were reported.', covers: [] },
].map((a, i) => ({
  ...a,
  id: `a_ov${String(i).padStart(14, '0')}`,
  title: `Overview ${i}`,
  source: 'Test Wire',
  published: '2024-08-01',
}));

let graph: Graph;
const servers: RunningApi[] = [];

async function serve(overviewCacheMs: number, lookupCacheMs = 0, cacheClock?: () => number): Promise<string> {
  const api = await startApi(graph, { overviewCacheMs, lookupCacheMs, cacheClock });
  servers.push(api);
  return api.base;
}

async function get<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

const keys = (list: Array<{ key: string }>) => list.map((x) => x.key);
const enc = encodeURIComponent;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let base: string;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  await writeFixture(graph, { entities: [...incidents, ...places, ...unplaced], articles });
  base = await serve(0);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('GET /api/timeline', () => {
  it('lists incidents in date order with their article counts, undated ones at their first report', async () => {
    const res = await get<TimelineResponse>(base, '/api/timeline');
    expect(res.status).toBe(200);
    expect(res.body.incidents.map((i) => i.at)).toEqual([...DAYS, '2022-11-02'].sort());
    expect(keys(res.body.incidents)).toEqual([
      'incident:test:4',
      'incident:test:1',
      'incident:test:3',
      'incident:test:reported',
      'incident:test:0',
      'incident:test:2',
    ]);
    const reported = res.body.incidents.find((i) => i.key === 'incident:test:reported');
    expect(reported).toMatchObject({ date: null, at: '2022-11-02', dateBasis: 'first-report' });
    expect(res.body.incidents.filter((i) => i.key !== 'incident:test:reported').map((i) => i.dateBasis)).toEqual(
      Array(5).fill('event'),
    );
    expect(res.body.incidents.filter((i) => i.dateBasis === 'event').every((i) => i.at === i.date)).toBe(true);
    const byKey = new Map(res.body.incidents.map((i) => [i.key, i]));
    expect(byKey.get('incident:test:2')).toMatchObject({
      articles: 3,
      kind: 'raid',
      lat: 12,
      lon: 22,
      type: 'incident',
    });
    expect(byKey.get('incident:test:3')?.articles).toBe(1);
  });

  it('filters by inclusive dates and kinds', async () => {
    const range = await get<TimelineResponse>(base, '/api/timeline?from=2021-01-10&to=2023-05-04');
    expect(keys(range.body.incidents)).toEqual([
      'incident:test:1',
      'incident:test:3',
      'incident:test:reported',
      'incident:test:0',
    ]);
    const arrests = await get<TimelineResponse>(base, '/api/timeline?kinds=arrest');
    expect(keys(arrests.body.incidents)).toEqual(['incident:test:1', 'incident:test:reported']);
    const before = await get<TimelineResponse>(base, '/api/timeline?to=2022-11-01');
    expect(keys(before.body.incidents)).toEqual(['incident:test:4', 'incident:test:1']);
    const raids = await get<TimelineResponse>(base, '/api/timeline?kinds=raid&from=2021-01-01');
    expect(keys(raids.body.incidents)).toEqual(['incident:test:4', 'incident:test:0', 'incident:test:2']);
    const none = await get<TimelineResponse>(base, '/api/timeline?from=2025-01-01');
    expect(none.body.incidents).toEqual([]);
  });

  it('pages with limit and offset', async () => {
    const first = await get<TimelineResponse>(base, '/api/timeline?limit=2');
    const second = await get<TimelineResponse>(base, '/api/timeline?limit=2&offset=2');
    const third = await get<TimelineResponse>(base, '/api/timeline?limit=2&offset=4');
    const beyond = await get<TimelineResponse>(base, '/api/timeline?limit=2&offset=6');
    expect(keys(first.body.incidents)).toEqual(['incident:test:4', 'incident:test:1']);
    expect(keys(second.body.incidents)).toEqual(['incident:test:3', 'incident:test:reported']);
    expect(keys(third.body.incidents)).toEqual(['incident:test:0', 'incident:test:2']);
    expect(beyond.body.incidents).toEqual([]);
    const filtered = await get<TimelineResponse>(base, '/api/timeline?kinds=raid&limit=1&offset=1');
    expect(keys(filtered.body.incidents)).toEqual(['incident:test:0']);
  });

  it.each([
    ['/api/timeline?limit=0', 'limit'],
    ['/api/timeline?limit=5001', 'limit'],
    ['/api/timeline?offset=-1', 'offset'],
    ['/api/timeline?offset=x', 'offset'],
  ])('rejects %s naming %s', async (path, parameter) => {
    const res = await get<ApiError>(base, path);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(`"${parameter}"`);
  });
});

describe('GET /api/map', () => {
  it('ranks located places and incidents by mentions and leaves out the unlocated', async () => {
    const res = await get<MapResponse>(base, '/api/map');
    expect(res.status).toBe(200);
    expect(keys(res.body.places)).toEqual(['place:test:0', 'place:test:1', 'place:test:2']);
    expect(res.body.places.map((p) => p.articles)).toEqual([3, 2, 1]);
    expect(res.body.places[0]).toMatchObject({ name: 'Ardley', lat: 40, lon: 5 });
    expect(keys(res.body.incidents)[0]).toBe('incident:test:2');
    expect(keys(res.body.incidents).sort()).toEqual(incidents.map((i) => i.key).sort());
  });

  it('pages with limit and offset', async () => {
    const first = await get<MapResponse>(base, '/api/map?limit=2');
    expect(keys(first.body.places)).toEqual(['place:test:0', 'place:test:1']);
    expect(first.body.incidents).toHaveLength(2);
    const rest = await get<MapResponse>(base, '/api/map?limit=2&offset=2');
    expect(keys(rest.body.places)).toEqual(['place:test:2']);
    const all = await get<MapResponse>(base, '/api/map');
    expect([...keys(first.body.incidents), ...keys(rest.body.incidents)]).toEqual(keys(all.body.incidents).slice(0, 4));
    expect((await get<ApiError>(base, '/api/map?limit=5001')).status).toBe(400);
  });
  it("says how precise each incident's place is: the centre of a country or region is not the spot", async () => {
    await graph.write(async (tx) => {
      await tx.run(
        `MATCH (i:Incident {key: 'incident:test:0'}), (p:Place {key: 'place:test:0'})
         SET i.placeKey = p.key, p.precision = 'country'`,
      );
      await tx.run(
        `MATCH (i:Incident {key: 'incident:test:1'}), (p:Place {key: 'place:test:1'})
         SET i.placeKey = p.key, p.precision = 'city'`,
      );
    });
    const res = await get<MapResponse>(base, '/api/map');
    const precision = new Map(res.body.incidents.map((i) => [i.key, i.placePrecision]));
    expect(precision.get('incident:test:0')).toBe('country');
    expect(precision.get('incident:test:1')).toBe('city');
    // an incident whose place is not stored: unknown, not guessed
    expect(precision.get('incident:test:2')).toBeNull();
    // an incident has no country of its own: it is in its place's country
    const country = new Map(res.body.incidents.map((i) => [i.key, i.country]));
    expect(country.get('incident:test:0')).toBe('XX');
    expect(country.get('incident:test:2')).toBeNull();
    expect(res.body.places.some((p) => 'placePrecision' in p)).toBe(false);
  });
});

describe('response cache', () => {
  it('serves a body for at most the cache time, then the current graph', async () => {
    // the caches age by a clock the test moves (the server's cacheClock), so neither a loaded machine nor a wait
    // of real time decides what is within the cache time
    const cacheMs = 10_000;
    let clock = Date.now();
    const cached = await serve(cacheMs, 0, () => clock);
    const before = await get<MapResponse>(cached, '/api/map');
    expect(keys(before.body.places)).not.toContain('place:test:new');
    await graph.write((tx) =>
      tx.run(
        `CREATE (:Entity:Place {key: 'place:test:new', type: 'place', name: 'Newport', aliases: [], lat: 1.0, lon: 2.0})`,
      ),
    );
    // within the cache time: the stored body; an uncached server sees the new place at once
    expect(keys((await get<MapResponse>(cached, '/api/map')).body.places)).not.toContain('place:test:new');
    expect(keys((await get<MapResponse>(base, '/api/map')).body.places)).toContain('place:test:new');
    // a different parameter set is its own entry
    expect(keys((await get<MapResponse>(cached, '/api/map?limit=10')).body.places)).toContain('place:test:new');
    clock += cacheMs;
    expect(keys((await get<MapResponse>(cached, '/api/map')).body.places)).toContain('place:test:new');
    await graph.write((tx) => tx.run(`MATCH (p:Place {key: 'place:test:new'}) DETACH DELETE p`));
  });

  it('answers concurrent identical requests alike', async () => {
    const cached = await serve(60_000);
    const bodies = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${cached}/api/timeline?limit=3`).then((r) => r.text())),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(keys((JSON.parse(bodies[0] as string) as TimelineResponse).incidents)).toEqual([
      'incident:test:4',
      'incident:test:1',
      'incident:test:3',
    ]);
  });

  it('serves search and neighbourhood bodies for at most the lookup cache time, and never caches a 404', async () => {
    // aged by a clock the test moves, as above
    const cacheMs = 15_000;
    let clock = Date.now();
    const cached = await serve(0, cacheMs, () => clock);
    const ARDLEY = enc('place:test:0');
    expect((await get<SearchResponse>(cached, '/api/search?q=harbo')).body.results).toEqual([]);
    expect((await get<NeighborsResponse>(cached, `/api/entities/${ARDLEY}/neighbors`)).body.total).toBe(0);
    expect((await get<ApiError>(cached, `/api/entities/${enc('place:test:later')}/neighbors`)).status).toBe(404);
    await graph.write(async (tx) => {
      await tx.run(`CREATE (:Entity:Place {key: 'place:test:later', type: 'place', name: 'Harbourton', aliases: [],
                    searchText: 'Harbourton', lat: 3.0, lon: 4.0})`);
      await tx.run(`MATCH (a:Place {key: 'place:test:0'}), (b:Place {key: 'place:test:later'})
                    CREATE (a)-[:CO_MENTIONED {articleId: 'a_ov00000000000000', sentenceIds: [], source: 'Test Wire', published: '2024-08-01'}]->(b)`);
    });
    await graph.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
    // the 404 was not kept; the two bodies were
    expect(
      (await get<NeighborsResponse>(cached, `/api/entities/${enc('place:test:later')}/neighbors`)).body.total,
    ).toBe(1);
    expect((await get<NeighborsResponse>(cached, `/api/entities/${ARDLEY}/neighbors`)).body.total).toBe(0);
    expect((await get<NeighborsResponse>(base, `/api/entities/${ARDLEY}/neighbors`)).body.total).toBe(1);
    clock += cacheMs;
    expect((await get<NeighborsResponse>(cached, `/api/entities/${ARDLEY}/neighbors`)).body.total).toBe(1);
    // full-text search may lag the write a little on its own; poll until the uncached server finds it
    for (let i = 0; i < 20 && (await get<SearchResponse>(base, '/api/search?q=harbo')).body.results.length === 0; i++)
      await sleep(250);
    expect(keys((await get<SearchResponse>(cached, '/api/search?q=harbo')).body.results)).toEqual(['place:test:later']);
    await graph.write((tx) => tx.run(`MATCH (p:Place {key: 'place:test:later'}) DETACH DELETE p`));
  });
});

describe('article counts of hubs', () => {
  it('are exact whether counted in the query (few mentions) or through the count cache (over 200 mentions)', async () => {
    // 130 articles each name the hub once (130 article + 130 sentence mentions) and 3 of them also name Brisk.
    await graph.write((tx) =>
      tx.run(
        `CREATE (h:Entity:Place {key: 'place:test:hub', type: 'place', name: 'Zendaborough', aliases: [], searchText: 'Zendaborough', lat: 0.5, lon: 0.5})
         WITH h MATCH (b:Place {key: 'place:test:1'})
         UNWIND range(1, 130) AS i
         CREATE (a:Article {id: 'a_hub' + i, title: 'Hub ' + i, source: 'Hub Wire', published: '2024-09-01'})
         CREATE (s:Sentence {id: 'a_hub' + i + ':0', articleId: 'a_hub' + i, index: 0, start: 0, end: 12, text: 'Zendaborough'})
         CREATE (a)-[:MENTIONS {count: 1}]->(h), (s)-[:MENTIONS {start: 0, end: 12, text: 'Zendaborough'}]->(h)
         FOREACH (_ IN CASE WHEN i <= 3 THEN [1] ELSE [] END |
           CREATE (a)-[:MENTIONS {count: 1}]->(b)
           CREATE (h)-[:CO_MENTIONED {articleId: 'a_hub' + i, sentenceIds: [], source: 'Hub Wire', published: '2024-09-01'}]->(b))`,
      ),
    );
    await graph.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
    const fresh = await serve(0, 0);
    for (let i = 0; i < 20 && (await get<SearchResponse>(fresh, '/api/search?q=zendab')).body.results.length === 0; i++)
      await sleep(250);
    const found = await get<SearchResponse>(fresh, '/api/search?q=zendab');
    expect(found.body.results.map((r) => [r.key, r.articles])).toEqual([['place:test:hub', 130]]);
    const around = await get<NeighborsResponse>(fresh, `/api/entities/${enc('place:test:1')}/neighbors`);
    expect(around.body.center.articles).toBe(5);
    expect(around.body.nodes.map((n) => [n.key, n.articles])).toEqual([['place:test:hub', 130]]);
    const hub = await get<NeighborsResponse>(fresh, `/api/entities/${enc('place:test:hub')}/neighbors`);
    expect([hub.body.center.articles, hub.body.nodes.map((n) => [n.key, n.articles])]).toEqual([
      130,
      [['place:test:1', 5]],
    ]);
    await graph.write((tx) =>
      tx.run(`MATCH (n) WHERE n.key = 'place:test:hub' OR n.id STARTS WITH 'a_hub' DETACH DELETE n`),
    );
  });
});
