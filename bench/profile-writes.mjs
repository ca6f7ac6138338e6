// Where the graph writer's time goes, statement by statement (issue 12): writes `--base` generated articles into an
// empty database, then `--profile` more through the same write path with every statement of the write transactions
// run under PROFILE, and prints per statement: runs, rows, dbHits, server time. Counts (dbHits, rows, round trips)
// are what to compare on a shared machine; the times are noisy.
// The database at KG_NEO4J_PORT (or NEO4J_URI) is WIPED: the script refuses one holding articles unless --wipe.
// usage: npm run build && KG_NEO4J_PORT=7720 node bench/profile-writes.mjs [--base 3000] [--profile 300] [--wipe]
//        [--json FILE] [--per-day N] [--extract-cache FILE]
// --grow N --every K: instead, write N articles into the empty database with every statement profiled from the first
// batch on (so each statement runs on the plan the product would have cached), and print dbHits per article of each
// statement in every interval of K stored articles: how each statement's cost grows with the store.
// --per-day N publishes N articles a day (a steady feed; see bench/ingest-corpus.mjs).
// --extract-cache FILE keeps extraction results between runs (by article id, for one extractor revision and --per-day).
// --hash prints a hash of the graph at the end (bench/graph-hash.mjs), to check a change to the write path keeps it;
// --dump FILE writes the graph's sorted lines the hash is made of.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asSource, generateArticles, loadSentencePool } from './ingest-corpus.mjs';
import { dist, flag, opt, root } from './cli-args.mjs';
import { readExtractCache, writeExtractCache } from './extract-cache.mjs';

const BASE = Number(opt('--base', 3000));
const PROFILED = Number(opt('--profile', 300));
// --keep: the database already holds the base (a copy of an earlier run's store): profile only, from article FROM
const KEEP = flag('--keep');
const FROM = Number(opt('--from', BASE));
const GROW = Number(opt('--grow', 0));
const EVERY = Number(opt('--every', 1000));
const PER_DAY = Number(opt('--per-day', 0));

const { loadConfig } = await dist('config.js');
const { openGraph } = await dist('graph/driver.js');
const { applySchema } = await dist('graph/schema.js');
const { extract } = await dist('extract/index.js');
const { defaultResources } = await dist('extract/resources.js');
const { articleIdFromHash, contentHash, extractionInput, normaliseText } = await dist('ingest/normalise.js');
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
const sources = [...generateArticles(pool, GROW || Math.max(BASE, FROM) + PROFILED, { perDay: PER_DAY })].map(
  (a, item) => asSource(a, 'generated', item),
);
const res = defaultResources();
const { EXTRACTION_REVISION } = await dist('extract/version.js');
const cacheFile = opt('--extract-cache', undefined);
const cacheKey = `revision ${EXTRACTION_REVISION} per-day ${PER_DAY}`;
const cache = readExtractCache(cacheFile, cacheKey);
const cachedBefore = cache.size;
const saveCache = () => {
  if (cache.size > cachedBefore) writeExtractCache(cacheFile, cacheKey, cache);
};
const extractFrom = (input) => {
  let r = cache.get(input.id);
  if (!r) {
    r = extract(input, res);
    cache.set(input.id, r);
  }
  return r;
};
/** extract every article first (or read it from the cache), so the profiled time is the write's */
const warm = (list) => {
  for (const s of list) {
    const text = normaliseText(s.text);
    extractFrom(extractionInput(articleIdFromHash(contentHash(text)), text, s));
  }
  saveCache();
};

// ---- profiling: every statement of the write transactions under PROFILE, summed by statement into `stats` ----
let stats = new Map();
let transactions = 0;
const sumHits = (p) => (p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + sumHits(c), 0) : 0);
/** a statement's name: the first line that says what it does */
const nameOf = (q) => {
  const lines = q
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('CYPHER'));
  return lines.slice(0, 3).join(' ').replace(/\s+/g, ' ').slice(0, 140);
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

if (GROW) {
  // ---- growth: every statement profiled from the empty store on, summed per interval of EVERY stored articles ----
  let t = performance.now();
  warm(sources);
  console.log(`extraction: ${GROW} articles ready in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  /** per interval: statement → totals, and the articles written in it */
  const intervals = [];
  let ticks = 0;
  /** the last transaction's interval and the tick count at its start: its articles are ticked after its commit */
  let open = null;
  const pendingClose = () => {
    if (open) open.interval.articles += ticks - open.startTicks;
    open = null;
  };
  const growing = {
    ...graph,
    write: (work) => {
      const was = open?.interval;
      pendingClose();
      const k = Math.floor(ticks / EVERY);
      if (was && was.from !== k * EVERY) report();
      intervals[k] ??= { from: k * EVERY, articles: 0, transactions: 0, stats: new Map() };
      const interval = intervals[k];
      open = { interval, startTicks: ticks };
      return graph.write((tx) => {
        interval.transactions++;
        stats = interval.stats;
        return work(profiled(tx));
      });
    },
  };
  /** the table so far (printed, and written with --json, as each interval closes: a long run leaves what it measured) */
  const report = () => {
    const names = new Map();
    for (const iv of intervals.filter(Boolean))
      for (const [k, s] of iv.stats) names.set(k, (names.get(k) ?? 0) + s.dbHits);
    const order = [...names.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    const cols = intervals.filter((c) => c?.articles);
    console.log(
      `dbHits per article, by stored articles at the write (intervals of ${EVERY}); last column: last / first interval`,
    );
    console.log(`  ${cols.map((c) => String(c.from).padStart(9)).join('')}   ratio  statement`);
    const per = (c, k) => (c.stats.get(k)?.dbHits ?? 0) / Math.max(c.articles, 1);
    const total = (c) => [...c.stats.values()].reduce((n, s) => n + s.dbHits, 0) / Math.max(c.articles, 1);
    for (const k of order) {
      const first = per(cols[0], k);
      const last = per(cols[cols.length - 1], k);
      console.log(
        `  ${cols.map((c) => String(Math.round(per(c, k))).padStart(9)).join('')}  ${(first ? last / first : 0).toFixed(2).padStart(6)}  ${k}`,
      );
    }
    const f = total(cols[0]);
    const l = total(cols[cols.length - 1]);
    console.log(
      `  ${cols.map((c) => String(Math.round(total(c))).padStart(9)).join('')}  ${(l / f).toFixed(2).padStart(6)}  all statements`,
    );
    console.log(`  ${cols.map((c) => String(c.articles).padStart(9)).join('')}          articles in the interval`);
    const json = opt('--json', undefined);
    if (json)
      writeFileSync(
        json,
        JSON.stringify(
          cols.map((c) => ({
            from: c.from,
            articles: c.articles,
            transactions: c.transactions,
            statements: Object.fromEntries(c.stats),
          })),
          null,
          1,
        ),
      );
  };
  t = performance.now();
  const summary = await ingestArticles(growing, sources, [], {
    extract: extractFrom,
    duplicates: true,
    progress: { total: () => {}, tick: () => void ticks++ },
  });
  pendingClose();
  console.log(
    `grow: ${GROW} articles (new ${summary.articles.new}, failed ${summary.articles.failed}) in ${((performance.now() - t) / 1000).toFixed(1)} s, every statement profiled`,
  );
  report();
  if (flag('--hash')) {
    const { graphHash } = await import('./graph-hash.mjs');
    console.log(`graph hash: ${await graphHash(graph, opt('--dump', undefined))}`);
  }
  await graph.close();
  process.exit(0);
}

let t0 = performance.now();
if (!KEEP) {
  await ingestArticles(graph, sources.slice(0, BASE), [], { extract: extractFrom, duplicates: true });
  console.log(
    `base: ${BASE} articles written in ${((performance.now() - t0) / 1000).toFixed(1)} s (extraction included)`,
  );
} else console.log(`base: the stored ${stored} articles`);

const wrapped = {
  ...graph,
  write: (work) =>
    graph.write((tx) => {
      transactions++;
      return work(profiled(tx));
    }),
};
// warm the extraction cache first so the profiled time is the write's
warm(sources.slice(FROM, FROM + PROFILED));
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
