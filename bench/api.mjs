#!/usr/bin/env node
// API load benchmark: generates a synthetic graph of ~100k articles' worth of entities straight into Neo4j
// (UNWIND batches, skewed degree distribution), then drives /api/search, one-hop
// /api/entities/:key/neighbors, /api/map and /api/timeline (default parameters, and the timeline also with a
// random one-year range) with autocannon against a server in a child process on 127.0.0.1.
//
//   npm run build && npm run bench:api                 # Neo4j at NEO4J_URI, default bolt://127.0.0.1:7687
//   node bench/api.mjs --articles 20000                 # smaller graph
//   node bench/api.mjs --no-generate                    # benchmark what is already in the database
//   node bench/api.mjs --force                          # generate although the database is not empty
//   node bench/api.mjs --no-generate --endpoints map,timeline --connections 1,10
//   node bench/api.mjs --no-generate --no-cache         # every request answered by Neo4j (response caches off)
//   cp -r dist .dist-before && … && node bench/api.mjs --no-generate --dist .dist-before   # an earlier build
//
// The measured server runs without the per-client rate limit (one client would otherwise mostly get 429); a run
// where some responses were not 200 says so. With the caches on, map and the default timeline are one cached body.
//
// The generator refuses to write into a non-empty database unless --force is given (Community has a single
// database, and this must never mix synthetic entities into someone's real graph by accident).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { serveChild, startServerChild } from './server-child.mjs';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    /** comma-separated: one run per value (1 = latency without queueing, 10 = concurrent load) */
    connections: { type: 'string', default: '1,10' },
    /** comma-separated subset of search,neighbors,map,timeline */
    endpoints: { type: 'string', default: 'search,neighbors,map,timeline' },
    force: { type: 'boolean', default: false },
    'no-generate': { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    /** serve every request from Neo4j: the response caches off, so p95 is the queries' and not the cache's */
    'no-cache': { type: 'boolean', default: false },
    /** the build to measure (default dist/): a copy of an earlier build compares two builds on one graph */
    dist: { type: 'string' },
    /** internal: run only the API server and report its port to the parent */
    'serve-child': { type: 'boolean', default: false },
  },
});

const dist = args.dist ? pathToFileURL(`${resolve(args.dist)}/`) : new URL('../dist/', import.meta.url);
if (!existsSync(new URL('server/app.js', dist))) {
  console.error('bench/api: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const [{ loadConfig }, { openGraph }, { applySchema }, { createApp }, { mulberry32 }] = await Promise.all([
  import(new URL('config.js', dist).href),
  import(new URL('graph/driver.js', dist).href),
  import(new URL('graph/schema.js', dist).href),
  import(new URL('server/app.js', dist).href),
  import(new URL('dedup/synthetic.js', dist).href),
]);

if (args['serve-child']) {
  // The per-client rate limit would answer most of the load with 429 (one client here): off, it is not measured.
  await serveChild(await openGraph(loadConfig()), createApp, {
    rateLimitPerMinute: 0,
    ...(args['no-cache'] ? { overviewCacheMs: 0, lookupCacheMs: 0 } : {}),
  });
}

const ARTICLES = Number(args.articles);
const DURATION = Number(args.duration);
const CONNECTIONS = args.connections.split(',').map(Number);
if (CONNECTIONS.some((c) => !Number.isInteger(c) || c < 1))
  throw new Error('--connections must be positive integers, e.g. 1,10');
const ENDPOINTS = args.endpoints
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const KNOWN_ENDPOINTS = ['search', 'neighbors', 'map', 'timeline'];
if (ENDPOINTS.length === 0 || ENDPOINTS.some((e) => !KNOWN_ENDPOINTS.includes(e))) {
  throw new Error(`--endpoints must be among ${KNOWN_ENDPOINTS.join(',')}`);
}
if (!Number.isInteger(ARTICLES) || ARTICLES < 100) throw new Error('--articles must be an integer >= 100');
const scale = ARTICLES / 100_000;
const POOLS = {
  person: Math.round(50_000 * scale),
  organization: Math.round(20_000 * scale),
  place: Math.round(10_000 * scale),
  incident: Math.round(30_000 * scale),
};

// Deterministic PRNG so two runs build the same graph.
const random = mulberry32(Number(args.seed));
/** skewed pick in [0, n): a few hubs, a long tail (index = n·u^2.5) */
const skewed = (n) => Math.min(n - 1, Math.floor(n * random() ** 2.5));
const uniform = (n) => Math.floor(random() * n);
const pick = (list) => list[uniform(list.length)];

const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'len',
  'tas',
  'vor',
  'el',
  'an',
  'dru',
  'sel',
  'mir',
  'ob',
  'ha',
  'zen',
  'qui',
  'lo',
  'bar',
  'ne',
  'sta',
  'fi',
  'gor',
  'u',
  'pel',
  'ran',
  'to',
  'vik',
  'sha',
  'del',
  'mun',
  'ce',
];
const word = () => {
  let w = '';
  for (let i = 0, n = 2 + uniform(2); i < n; i++) w += pick(SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
};
const ORG_KINDS = ['agency', 'armed_group', 'institution', 'media', 'company', 'other'];
const ORG_SUFFIX = ['Police', 'Front', 'Ministry', 'Brigade', 'Council', 'Service', 'Movement', 'Agency'];
const INCIDENT_KINDS = ['shooting', 'bombing', 'stabbing', 'arrest', 'raid', 'attack', 'foiled plot', 'kidnapping'];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${word()} ${i}`);
/**
 * Typed relations by (from type, to type), as the writer stores them (docs/graph-model.md): a pair whose types admit
 * none of these is only CO_MENTIONED. PARTICIPATED_IN and SPOKE_AT carry labels.
 */
const TYPED_RELS = {
  'person>organization': ['ROLE', 'AFFILIATED_WITH', 'SPOKE_AT'],
  'organization>organization': ['AFFILIATED_WITH'],
  'organization>place': ['LOCATED_IN'],
  'place>place': ['LOCATED_IN'],
  'incident>place': ['LOCATED_IN'],
  'person>incident': ['PARTICIPATED_IN', 'SPOKE_AT'],
  'organization>incident': ['PARTICIPATED_IN'],
  'person>place': ['SPOKE_AT'],
  'person>person': ['RELATIVE_OF'],
};
const REL_TYPES = [...new Set(Object.values(TYPED_RELS).flat()), 'FOLLOW_UP_OF'];
const PARTICIPANT_ROLES = ['perpetrator', 'victim', 'responder', 'suspect', 'target', 'other'];
/** share of articles that are near-duplicates (wire copies) of an earlier article: DUPLICATE_OF, repeated sentences */
const COPY_SHARE = 0.08;
/** share of incidents without a date: the timeline places them at their first report */
const UNDATED_SHARE = 0.15;

function makeEntities() {
  const people = Array.from({ length: POOLS.person }, (_, i) => {
    const name = `${word()} ${word()}`;
    return { key: `person:bench:${i}`, type: 'person', name, aliases: [name.split(' ')[1]] };
  });
  const orgs = Array.from({ length: POOLS.organization }, (_, i) => {
    const name = `${word()} ${pick(ORG_SUFFIX)}`;
    const acronym =
      name
        .split(' ')
        .map((w) => w[0])
        .join('') + String(i % 100);
    return {
      key: `org:bench:${i}`,
      type: 'organization',
      name,
      aliases: [acronym],
      kind: pick(ORG_KINDS),
      country: 'XX',
    };
  });
  const places = Array.from({ length: POOLS.place }, (_, i) => ({
    key: `place:bench:${i}`,
    type: 'place',
    name: word(),
    aliases: [],
    placeKind: 'city',
    precision: 'city',
    country: 'XX',
    lat: -60 + random() * 130,
    lon: -170 + random() * 340,
    ambiguous: false,
  }));
  const incidents = Array.from({ length: POOLS.incident }, (_, i) => {
    const place = places[skewed(places.length)];
    const kind = pick(INCIDENT_KINDS);
    const day = uniform(3650);
    const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const firstReported = new Date(Date.UTC(2015, 0, 1) + (day + uniform(3)) * 86_400_000).toISOString().slice(0, 10);
    const undated = random() < UNDATED_SHARE;
    return {
      key: `incident:bench:${i}`,
      type: 'incident',
      name: `${kind} in ${place.name}`,
      aliases: [],
      kind,
      date: undated ? null : date,
      firstReported,
      placeKey: place.key,
      placeName: place.name,
      lat: place.lat,
      lon: place.lon,
      killed: uniform(5),
      injured: uniform(10),
    };
  });
  return { people, orgs, places, incidents };
}

/** sentence text → its textHash (the writer's hash of the words; any stable digest serves here) */
const textHash = (text) => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
};

/** Relationship type and label for an ordered pair of entities in one sentence, or CO_MENTIONED (stored in key order). */
function relFor(a, b) {
  const forward = TYPED_RELS[`${a.type}>${b.type}`];
  const backward = TYPED_RELS[`${b.type}>${a.type}`];
  if ((forward || backward) && random() < 0.4) {
    const [from, to, types] = forward ? [a, b, forward] : [b, a, backward];
    const type = pick(types);
    const label = type === 'PARTICIPATED_IN' ? pick(PARTICIPANT_ROLES) : type === 'SPOKE_AT' ? 'said' : null;
    return { type, from: from.key, to: to.key, label };
  }
  const [from, to] = a.key < b.key ? [a, b] : [b, a];
  return { type: 'CO_MENTIONED', from: from.key, to: to.key, label: null };
}

function makeArticle(i, pools, previous) {
  // A wire copy repeats an earlier article's entities and sentences under another outlet.
  if (previous && random() < COPY_SHARE) return copyOf(i, previous);
  const entities = new Map();
  const add = (list, n) => {
    for (let k = 0; k < n; k++) {
      const e = list[skewed(list.length)];
      entities.set(e.key, e);
    }
  };
  add(pools.people, 2 + uniform(3));
  add(pools.orgs, 1 + uniform(3));
  add(pools.places, 1 + uniform(2));
  add(pools.incidents, 1);
  const ents = [...entities.values()];
  const id = `a_bench${String(i).padStart(9, '0')}`;
  const published = new Date(Date.UTC(2015, 0, 1) + uniform(3650) * 86_400_000).toISOString().slice(0, 10);
  const source = OUTLETS[skewed(OUTLETS.length)];
  // Four sentences; each entity is named in one of them.
  /** @type {(typeof ents)[]} */
  const sentences = [[], [], [], []];
  ents.forEach((e, k) => sentences[k % 4].push(e));
  let text = '';
  const sentenceRows = [];
  const mentions = [];
  sentences.forEach((members, index) => {
    const start = text.length;
    let s = 'Officials said';
    for (const e of members) {
      s += ' ';
      mentions.push({
        key: e.key,
        sentenceId: `${id}:${index}`,
        start: start + s.length,
        end: start + s.length + e.name.length,
        text: e.name,
      });
      s += e.name;
    }
    s += ' were named in the report.';
    sentenceRows.push({ id: `${id}:${index}`, index, start, end: start + s.length, text: s, textHash: textHash(s) });
    text += `${s} `;
  });
  // Relationships: one typed relation and co-mentions between entities of the same sentence.
  const rels = [];
  for (const [index, members] of sentences.entries()) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        // two incidents of one article are not linked (either may move to another node)
        if (members[a].type === 'incident' && members[b].type === 'incident') continue;
        rels.push({ ...relFor(members[a], members[b]), sentenceIds: [`${id}:${index}`] });
      }
    }
  }
  // every incident is located at its place, and every so often follows another incident (a trial, an arrest)
  const incidentKeys = ents.filter((e) => e.type === 'incident');
  for (const inc of incidentKeys) {
    rels.push({ type: 'LOCATED_IN', from: inc.key, to: inc.placeKey, sentenceIds: [`${id}:0`], label: null });
    if (random() < 0.05) {
      const other = pools.incidents[skewed(pools.incidents.length)];
      if (other.key !== inc.key)
        rels.push({ type: 'FOLLOW_UP_OF', from: inc.key, to: other.key, sentenceIds: [`${id}:0`], label: 'trial' });
    }
  }
  return {
    id,
    title: `Report ${i}: ${ents[0].name}`,
    url: `https://bench.invalid/${id}`,
    source,
    published,
    text: text.trim(),
    sentences: sentenceRows,
    mentions,
    incidents: incidentKeys.map((e) => e.key),
    frames: incidentKeys.map((e) => frameOf(id, e, published, source)),
    rels: [...onePerPair(rels).values()],
    copyOf: null,
  };
}

/** an article's relationships, one per (type, from, to) with the sentences of all its mentions */
function onePerPair(rels) {
  const byPair = new Map();
  for (const r of rels) {
    const id = `${r.type}|${r.from}|${r.to}`;
    const seen = byPair.get(id);
    if (seen) seen.sentenceIds = [...new Set([...seen.sentenceIds, ...r.sentenceIds])];
    else byPair.set(id, { ...r });
  }
  return byPair;
}

/** one article's view of one incident (IncidentFrame), as the writer keeps it beside the Incident node */
function frameOf(articleId, incident, published, source) {
  return {
    key: `${articleId}|${incident.key}`,
    articleId,
    extractedKey: incident.key,
    incident: incident.key,
    name: incident.name,
    kind: incident.kind,
    date: incident.date,
    published,
    placeKey: incident.placeKey,
    placeName: incident.placeName,
    lat: incident.lat,
    lon: incident.lon,
    source,
  };
}

function copyOf(i, original) {
  const id = `a_bench${String(i).padStart(9, '0')}`;
  const swap = (s) => s.replace(original.id, id);
  const source = OUTLETS[skewed(OUTLETS.length)];
  return {
    ...original,
    id,
    url: `https://bench.invalid/${id}`,
    source,
    sentences: original.sentences.map((s) => ({ ...s, id: swap(s.id) })),
    mentions: original.mentions.map((m) => ({ ...m, sentenceId: swap(m.sentenceId) })),
    frames: original.frames.map((f) => frameOf(id, { ...f, key: f.incident }, original.published, source)),
    rels: original.rels.map((r) => ({ ...r, sentenceIds: r.sentenceIds.map(swap) })),
    copyOf: original.id,
  };
}

async function generate(graph) {
  const pools = makeEntities();
  const t0 = Date.now();
  const write = (cypher, rows) => graph.write((tx) => tx.run(cypher, { rows }));
  const batches = async (rows, size, cypher) => {
    for (let i = 0; i < rows.length; i += size) await write(cypher, rows.slice(i, i + size));
  };
  const common =
    'n.key = r.key, n.type = r.type, n.name = r.name, n.aliases = r.aliases, n.searchText = reduce(s = r.name, a IN r.aliases | s + "\\n" + a)';
  await batches(pools.people, 10_000, `UNWIND $rows AS r CREATE (n:Entity:Person) SET ${common}`);
  await batches(
    pools.orgs,
    10_000,
    `UNWIND $rows AS r CREATE (n:Entity:Organization) SET ${common}, n.kind = r.kind, n.country = r.country`,
  );
  await batches(
    pools.places,
    10_000,
    `UNWIND $rows AS r CREATE (n:Entity:Place) SET ${common}, n.placeKind = r.placeKind, n.precision = r.precision, n.country = r.country, n.lat = r.lat, n.lon = r.lon, n.ambiguous = r.ambiguous`,
  );
  await batches(
    pools.incidents,
    10_000,
    `UNWIND $rows AS r CREATE (n:Entity:Incident) SET ${common}, n.kind = r.kind, n.date = r.date, n.dateValue = date(r.date),
     n.firstReported = date(r.firstReported), n.placeKey = r.placeKey, n.placeName = r.placeName, n.lat = r.lat,
     n.lon = r.lon, n.killed = r.killed, n.injured = r.injured`,
  );
  console.log(
    `entities: ${Object.values(POOLS).reduce((a, b) => a + b, 0)} in ${((Date.now() - t0) / 1000).toFixed(1)}s`,
  );

  const BATCH = 2500;
  for (let start = 0; start < ARTICLES; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(ARTICLES, start + BATCH); i++) rows.push(makeArticle(i, pools, rows.at(-1)));
    await graph.write(async (tx) => {
      await tx.run(
        `UNWIND $rows AS r
         CREATE (a:Article {id: r.id, title: r.title, url: r.url, source: r.source, published: r.published,
                 publishedDate: date(r.published), text: r.text, status: 'complete'})
         WITH a, r UNWIND r.sentences AS s
         CREATE (:Sentence {id: s.id, articleId: r.id, index: toInteger(s.index),
                 start: toInteger(s.start), end: toInteger(s.end), text: s.text, textHash: s.textHash})`,
        { rows },
      );
      await tx.run(
        `UNWIND $rows AS r WITH r WHERE r.copyOf IS NOT NULL
         MATCH (c:Article {id: r.id}), (o:Article {id: r.copyOf}) CREATE (c)-[:DUPLICATE_OF {score: 1.0, kind: 'copy'}]->(o)`,
        { rows },
      );
      await tx.run(
        `UNWIND $rows AS r UNWIND r.frames AS f
         CREATE (:IncidentFrame {key: f.key, articleId: f.articleId, extractedKey: f.extractedKey, incident: f.incident,
                 name: f.name, kind: f.kind, date: f.date, published: f.published,
                 anchor: coalesce(date(f.date), date(f.published)), placeKey: f.placeKey, placeName: f.placeName,
                 country: 'XX', lat: f.lat, lon: f.lon, source: f.source, participants: [], names: [], nameKeys: ''})`,
        { rows },
      );
      await tx.run(
        `UNWIND $rows AS r UNWIND r.mentions AS m
         MATCH (s:Sentence {id: m.sentenceId}), (e:Entity {key: m.key})
         CREATE (s)-[:MENTIONS {start: toInteger(m.start), end: toInteger(m.end), text: m.text}]->(e)
         WITH r, e, count(*) AS c
         MATCH (a:Article {id: r.id})
         CREATE (a)-[:MENTIONS {count: c}]->(e)`,
        { rows },
      );
      await tx.run(
        `UNWIND $rows AS r UNWIND r.incidents AS key
         MATCH (a:Article {id: r.id}), (i:Incident {key: key}) CREATE (a)-[:COVERS]->(i)`,
        { rows },
      );
      // One statement per relationship type: types cannot be parameters.
      for (const type of [...REL_TYPES, 'CO_MENTIONED']) {
        // stored once per (from, to, type, article), like the writer's MERGE
        const rels = rows.flatMap((r) =>
          r.rels
            .filter((x) => x.type === type)
            .map((x) => ({ ...x, articleId: r.id, source: r.source, published: r.published })),
        );
        if (rels.length === 0) continue;
        await tx.run(
          `UNWIND $rels AS x
           MATCH (f:Entity {key: x.from}), (t:Entity {key: x.to})
           CREATE (f)-[:${type} {articleId: x.articleId, sentenceIds: x.sentenceIds, evidence: [], label: x.label,
                   source: x.source, published: x.published}]->(t)`,
          { rels },
        );
      }
    });
    if ((start / BATCH) % 4 === 3 || start + BATCH >= ARTICLES) {
      const done = Math.min(ARTICLES, start + BATCH);
      console.log(`articles: ${done}/${ARTICLES} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
    }
  }
  await graph.read((tx) => tx.run('CALL db.awaitIndexes(600)'));
  console.log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(name, base, nextPath, connections, duration = DURATION) {
  const latencies = [];
  const statuses = new Map();
  let bytes = 0;
  // distinct paths asked: the server caches some responses for seconds, so repeats are cheaper
  const paths = new Set();
  const instance = autocannon({
    url: base,
    connections,
    duration,
    requests: [
      {
        setupRequest: (req) => {
          const path = nextPath();
          paths.add(path);
          return { ...req, method: 'GET', path };
        },
      },
    ],
  });
  instance.on('response', (_client, status, resBytes, ms) => {
    latencies.push(ms);
    bytes += resBytes;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const row = {
    endpoint: name,
    connections,
    requests: latencies.length,
    'req/s': Math.round(result.requests.average),
    'p50 ms': +percentile(latencies, 50).toFixed(1),
    'p95 ms': +percentile(latencies, 95).toFixed(1),
    'p99 ms': +percentile(latencies, 99).toFixed(1),
    'max ms': +(latencies.at(-1) ?? NaN).toFixed(1),
    'distinct paths': paths.size,
    'KB/resp': latencies.length > 0 ? +(bytes / latencies.length / 1024).toFixed(1) : NaN,
    statuses: [...statuses].map(([s, n]) => `${s}:${n}`).join(' '),
    errors: result.errors + result.timeouts,
    failed: latencies.length - (statuses.get(200) ?? 0),
  };
  return row;
}

const config = loadConfig();
const graph = await openGraph(config);
try {
  await applySchema(graph);
  const count = (q) => graph.read((tx) => tx.run(q)).then((r) => Number(r.records[0].get(0)));
  const nodes = await count('MATCH (n) RETURN count(n)');
  if (!args['no-generate']) {
    if (nodes > 0 && !args.force) {
      console.error(
        `bench/api: the database at ${config.NEO4J_URI ?? `bolt://127.0.0.1:${config.KG_NEO4J_PORT}`} holds ${nodes} nodes; ` +
          'refusing to add synthetic data. Use an empty database, --no-generate to benchmark it as is, or --force.',
      );
      process.exit(2);
    }
    console.log(`generating ${ARTICLES} articles; pools ${JSON.stringify(POOLS)}`);
    await generate(graph);
  }
  const stats = {
    articles: await count('MATCH (a:Article) RETURN count(a)'),
    entities: await count('MATCH (e:Entity) RETURN count(e)'),
    relationships: await count('MATCH ()-[r]->() RETURN count(r)'),
  };
  console.log(`graph: ${JSON.stringify(stats)}`);

  // Request mixes: search prefixes of real names; neighbours of entities picked with the same skew as the
  // generator (hubs are clicked more often) plus uniformly random ones.
  const sample = await graph.read((tx) =>
    tx.run('MATCH (e:Entity) RETURN e.key AS key, e.name AS name ORDER BY e.key'),
  );
  const all = sample.records.map((r) => ({ key: r.get('key'), name: r.get('name') }));
  const byType = (p) =>
    all
      .filter((e) => e.key.startsWith(p))
      .sort((a, b) => Number(a.key.split(':').at(-1)) - Number(b.key.split(':').at(-1)));
  const pools = ['person:', 'org:', 'place:', 'incident:'].map(byType).filter((p) => p.length > 0);
  const anyEntity = () => {
    const pool = pick(pools);
    return random() < 0.5 ? pool[skewed(pool.length)] : pool[uniform(pool.length)];
  };
  const searchPath = () => {
    const words = anyEntity().name.split(' ');
    const last = words.at(-1);
    const q = [...words.slice(0, -1), last.slice(0, Math.max(2, Math.ceil(last.length / 2)))].join(' ');
    return `/api/search?q=${encodeURIComponent(q)}&limit=10`;
  };
  const neighborsPath = () => `/api/entities/${encodeURIComponent(anyEntity().key)}/neighbors?limit=50`;
  // The generator dates incidents and articles in 2015-2024; a one-year window starting on a random day.
  const rangePath = () => {
    const start = Date.UTC(2015, 0, 1) + uniform(3285) * 86_400_000;
    const day = (t) => new Date(t).toISOString().slice(0, 10);
    return `/api/timeline?from=${day(start)}&to=${day(start + 365 * 86_400_000)}`;
  };
  /** name → [label, path generator, target p95 ms] */
  const MIXES = {
    search: [['GET /api/search', searchPath, 50]],
    neighbors: [['GET /api/entities/:key/neighbors', neighborsPath, 50]],
    map: [['GET /api/map', () => '/api/map', 200]],
    timeline: [
      ['GET /api/timeline', () => '/api/timeline', 200],
      ['GET /api/timeline?from&to (1 year)', rangePath, 200],
    ],
  };
  const mixes = ENDPOINTS.flatMap((e) => MIXES[e]);

  const { child, port } = await startServerChild(new URL(import.meta.url).pathname, [
    ...(args['no-cache'] ? ['--no-cache'] : []),
    ...(args.dist ? ['--dist', args.dist] : []),
  ]);
  const base = `http://127.0.0.1:${port}`;
  // warm-up: page cache and query plans
  for (const [name, path] of mixes) await load(`warm-up ${name}`, base, path, 2, 3);
  const rows = [];
  const targets = new Map(mixes.map(([name, , target]) => [name, target]));
  for (const connections of CONNECTIONS) {
    for (const [name, path] of mixes) rows.push(await load(name, base, path, connections));
  }
  console.table(rows);
  for (const r of rows) {
    const target = targets.get(r.endpoint);
    console.log(
      `${r.endpoint} (${r.connections} conn): p50 ${r['p50 ms']} ms, p95 ${r['p95 ms']} ms ${r['p95 ms'] < target ? 'meets' : 'MISSES'} the ${target} ms target` +
        (r.failed > 0 ? ` (NOT VALID: ${r.failed} of ${r.requests} responses were not 200)` : ''),
    );
  }
  const [load1, load5] = (await import('node:os')).loadavg();
  console.log(
    `load average during the run: ${load1.toFixed(1)} (1 min), ${load5.toFixed(1)} (5 min) on ${(await import('node:os')).cpus().length} CPUs`,
  );
  child.disconnect();
} finally {
  await graph.close();
}
