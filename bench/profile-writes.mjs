// Where the graph writer's time goes, statement by statement (issue 12): writes `--base` generated articles into an
// empty database, then `--profile` more through the same write path with every statement of the write transactions
// run under PROFILE, and prints per statement: runs, rows, dbHits, server time. Counts (dbHits, rows, round trips)
// are what to compare on a shared machine; the times are noisy.
// The database at KG_NEO4J_PORT (or NEO4J_URI) is WIPED: the script refuses one holding articles unless --wipe.
// usage: npm run build && KG_NEO4J_PORT=7720 node bench/profile-writes.mjs [--base 3000] [--profile 300] [--wipe]
//        [--json FILE]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { generateArticles, loadSentencePool } from './ingest-corpus.mjs';
import { dist, flag, opt, root } from './cli-args.mjs';

const BASE = Number(opt('--base', 3000));
const PROFILED = Number(opt('--profile', 300));
// --keep: the database already holds the base (a copy of an earlier run's store): profile only, from article FROM
const KEEP = flag('--keep');
const FROM = Number(opt('--from', BASE));

const { loadConfig } = await dist('config.js');
const { openGraph } = await dist('graph/driver.js');
const { applySchema } = await dist('graph/schema.js');
const { extract } = await dist('extract/index.js');
const { defaultResources } = await dist('extract/resources.js');
const { articleIdFromHash, contentHash, normaliseText } = await dist('ingest/normalise.js');
const { ingestArticles } = await dist('ingest/pipeline.js');
const graph = await openGraph(loadConfig());

const one = async (q) => {
  const s = graph.driver.session({ database: graph.database });
  try {
    return (await s.run(q)).records[0]?.get(0);
  } finally {
    await s.close();
  }
};
if (!KEEP && (await one('MATCH (a:Article) RETURN count(a)')) > 0 && !flag('--wipe')) {
  console.error('profile-writes: the database holds articles; it would be wiped. Pass --wipe to allow.');
  process.exit(2);
}
if (!KEEP) await one('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS RETURN 0');
await applySchema(graph);
const stored = await one('MATCH (a:Article) RETURN count(a)');

const shared =
  process.env.KG_SHARED ??
  [resolve(root, '../shared'), resolve(root, '../../shared')].find((d) => existsSync(d)) ??
  resolve(root, '../shared');
const pool = await loadSentencePool(shared);
const sources = [...generateArticles(pool, Math.max(BASE, FROM) + PROFILED)].map((a, item) => ({
  text: a.text,
  title: a.title,
  published: a.published,
  publishedAt: null,
  source: a.source,
  url: null,
  origin: { file: 'generated', item },
}));
const res = defaultResources();
const cache = new Map();
const extractFrom = (input) => {
  let r = cache.get(input.id);
  if (!r) {
    r = extract(input, res);
    cache.set(input.id, r);
  }
  return r;
};

let t0 = performance.now();
if (!KEEP) {
  await ingestArticles(graph, sources.slice(0, BASE), [], { extract: extractFrom, duplicates: true });
  console.log(
    `base: ${BASE} articles written in ${((performance.now() - t0) / 1000).toFixed(1)} s (extraction included)`,
  );
} else console.log(`base: the stored ${stored} articles`);

// ---- profiled part ----
const stats = new Map();
let transactions = 0;
const sumHits = (p) => (p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + sumHits(c), 0) : 0);
/** a statement's name: the first line that says what it does */
const nameOf = (q) => {
  const lines = q
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('CYPHER'));
  return lines.slice(0, 2).join(' ').slice(0, 110);
};
const profiled = (tx) =>
  new Proxy(tx, {
    get(target, prop) {
      if (prop === 'run')
        return async (q, params) => {
          const prefix = /^(CYPHER[^\n]*\n)?/.exec(q)?.[0] ?? '';
          const text = `${prefix}PROFILE ${q.slice(prefix.length)}`;
          const t = performance.now();
          const r = await target.run(text, params);
          const ms = performance.now() - t;
          const p = r.summary.profile;
          const key = nameOf(q);
          const s = stats.get(key) ?? { runs: 0, rows: 0, dbHits: 0, ms: 0, updates: 0 };
          s.runs++;
          s.rows += r.records.length;
          s.dbHits += sumHits(p);
          s.ms += ms;
          const c = r.summary.counters.updates();
          s.updates += Object.values(c).reduce((a, b) => a + b, 0);
          stats.set(key, s);
          return r;
        };
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
const wrapped = {
  ...graph,
  write: (work) =>
    graph.write((tx) => {
      transactions++;
      return work(profiled(tx));
    }),
};
// warm the extraction cache first so the profiled time is the write's
for (const s of sources.slice(FROM, FROM + PROFILED)) {
  const text = normaliseText(s.text);
  extractFrom({
    id: articleIdFromHash(contentHash(text)),
    text,
    title: s.title,
    published: s.published,
    source: s.source,
  });
}
t0 = performance.now();
const summary = await ingestArticles(wrapped, sources.slice(FROM, FROM + PROFILED), [], {
  extract: extractFrom,
  duplicates: true,
});
const seconds = (performance.now() - t0) / 1000;
const rows = [...stats.entries()].sort((a, b) => b[1].dbHits - a[1].dbHits);
const total = rows.reduce(
  (t, [, s]) => ({
    runs: t.runs + s.runs,
    dbHits: t.dbHits + s.dbHits,
    ms: t.ms + s.ms,
    updates: t.updates + s.updates,
  }),
  { runs: 0, dbHits: 0, ms: 0, updates: 0 },
);
console.log(
  `profiled: ${PROFILED} articles onto ${KEEP ? stored : BASE} (new ${summary.articles.new}, failed ${summary.articles.failed}) in ${transactions} write transactions, ${seconds.toFixed(1)} s`,
);
console.log(
  `  statements ${total.runs} (${(total.runs / transactions).toFixed(1)} per transaction), dbHits ${total.dbHits}, updates ${total.updates}, statement time ${(total.ms / 1000).toFixed(1)} s`,
);
console.log('     runs   rows returned        dbHits   dbHits/tx    updates      ms  statement');
for (const [k, s] of rows)
  console.log(
    `  ${String(s.runs).padStart(7)} ${String(s.rows).padStart(7)} ${String(s.dbHits).padStart(20)} ${String(Math.round(s.dbHits / transactions)).padStart(11)} ${String(s.updates).padStart(10)} ${String(Math.round(s.ms)).padStart(7)}  ${k}`,
  );
const json = opt('--json', undefined);
if (json)
  writeFileSync(
    json,
    JSON.stringify(
      { base: BASE, profiled: PROFILED, transactions, seconds, total, statements: Object.fromEntries(rows) },
      null,
      1,
    ),
  );
await graph.close();
