#!/usr/bin/env node
// Load benchmark of the API under many connections: search and one-hop neighbours, at 50 and 200 concurrent
// connections for 60 s each (bounded, loopback only), against the graph already in the configured Neo4j.
// Prints p50/p99 latency, requests, non-2xx and errors, and the server's RSS before and after.
//
//   npm run build && npm run bench:load                   # 60 s per run, 4 runs
//   node bench/load.mjs --duration 10 --connections 50    # shorter
//   node bench/load.mjs --rate-limit 1200                 # with the API's per-client limit (default: off here,
//                                                         # since every request comes from 127.0.0.1)
import { serveChild, startServerChild } from './server-child.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.BENCH_SECONDS ?? '60' },
    connections: { type: 'string', default: '50,200' },
    endpoints: { type: 'string', default: 'search,neighbors' },
    'rate-limit': { type: 'string', default: '0' },
    'serve-child': { type: 'boolean', default: false },
  },
});

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('server/app.js', dist))) throw new Error('dist/ is missing: run `npm run build` first');
const [{ loadConfig }, { openGraph, SERVER_TIMEOUTS }, { createApp }] = await Promise.all([
  import(new URL('config.js', dist).href),
  import(new URL('graph/driver.js', dist).href),
  import(new URL('server/app.js', dist).href),
]);

if (args['serve-child']) {
  await serveChild(await openGraph(loadConfig(), SERVER_TIMEOUTS), createApp, {
    rateLimitPerMinute: Number(args['rate-limit']),
  });
}

const DURATION = Number(args.duration);
const CONNECTIONS = args.connections.split(',').map(Number);
if (!(DURATION >= 1 && DURATION <= 600)) throw new Error('--duration must be 1..600 seconds');
if (CONNECTIONS.some((c) => !Number.isInteger(c) || c < 1 || c > 1000))
  throw new Error('--connections must be integers 1..1000');

const { child, port } = await startServerChild(new URL(import.meta.url), ['--rate-limit', args['rate-limit']], 'ipc');
const base = `http://127.0.0.1:${port}`;
const rssMb = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

// what to ask: names and keys of entities in the graph, by mentions
const graph = await openGraph(loadConfig());
const rows = await graph.read((tx) =>
  tx.run('MATCH (e:Entity) WHERE e.name IS NOT NULL RETURN e.key AS key, e.name AS name LIMIT 500'),
);
await graph.close();
const entities = rows.records.map((r) => ({ key: r.get('key'), name: r.get('name') }));
if (entities.length === 0) throw new Error('the graph is empty: ingest something first (npx kg ingest seeds)');
let i = 0;
const next = () => entities[i++ % entities.length];
const PATHS = {
  search: () => `/api/search?q=${encodeURIComponent(next().name.slice(0, 4))}`,
  neighbors: () => `/api/entities/${encodeURIComponent(next().key)}/neighbors?limit=50`,
};

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

async function run(endpoint, connections) {
  const latencies = [];
  let non2xx = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: DURATION,
    requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: PATHS[endpoint]() }) }],
  });
  instance.on('response', (_c, status, _b, ms) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) non2xx++;
  });
  const r = await instance;
  latencies.sort((a, b) => a - b);
  return {
    endpoint,
    connections,
    seconds: DURATION,
    requests: latencies.length,
    'req/s': Math.round(r.requests.average),
    'p50 ms': +percentile(latencies, 50).toFixed(1),
    'p99 ms': +percentile(latencies, 99).toFixed(1),
    non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

const before = rssMb();
const results = [];
try {
  for (const endpoint of args.endpoints.split(',')) {
    if (!PATHS[endpoint]) throw new Error(`unknown endpoint ${endpoint} (search, neighbors)`);
    for (const c of CONNECTIONS) {
      const row = await run(endpoint, c);
      row['server RSS MB'] = rssMb();
      results.push(row);
      console.error(
        `${endpoint} @ ${c}: p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms, ${row.requests} requests, ${row.non2xx} non-2xx, ${row.errors} errors`,
      );
    }
  }
} finally {
  const after = rssMb();
  child.disconnect();
  console.table(results);
  console.log(
    `server RSS: ${before} MB before, ${after} MB after; ${entities.length} entities asked about; rate limit ${args['rate-limit'] === '0' ? 'off' : `${args['rate-limit']}/min`}`,
  );
}
