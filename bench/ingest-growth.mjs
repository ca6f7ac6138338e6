// How the write path's cost grows with the store (issue 12: per-article time from 10k to 200k stored articles, flat
// within 15%; peak RSS flat). One streaming ingest (the product's pipeline and graph writer, duplicate detection on)
// of N articles into an empty database, with checkpoints (default 5k, 10k, 20k, 40k, …): at each, the figures of the
// interval since the last one, per article: Node CPU (this process: the pipeline, the writer, the driver), Neo4j
// CPU, wall time, rows (nodes + relationships) added; and at the checkpoint: store size on disk, this process's RSS
// and peak RSS, and server dbHits per article of a profiled sample (the next --sample articles' transactions run
// under PROFILE, per statement; left out of the interval figures). Counts (dbHits, rows, CPU) are what to compare on a
// shared machine; wall time is noisy.
//
// Extraction is out of the measure and out of the budget: --distinct K generated articles (real news sentences,
// bench/ingest-corpus.mjs) are extracted once (--extract-cache FILE keeps them between runs) and the corpus is
// made of copies of them. Copy c > 0 of an article has every lower-case letter outside the extracted mentions
// replaced through a permutation of the alphabet of its own (length kept, so the extraction's offsets hold): a text of
// its own (its own id; no near-duplicate of the original, whose words it shares only in names), the same entities
// (the same people and places keep being named, as in a feed), and its incidents keyed by its own article and
// dated by its own publication day (--per-day articles a day, a steady feed; copy c is published c·K/perDay days
// after the original). The republished copies the generator makes (a few per cent) stay near-duplicates within a copy.
//
// The database at KG_NEO4J_PORT (or NEO4J_URI) is WIPED: the bench refuses one holding articles unless --wipe.
// usage: npm run build && KG_HOME=… KG_NEO4J_PORT=… node bench/ingest-growth.mjs [--checkpoints 5000,10000,20000]
//        [--distinct 2000] [--per-day 250] [--sample 256] [--extract-cache FILE] [--minutes M] [--json FILE]
//        [--wipe] [--keep] [--hash] [--operators N]
// --minutes M stops at the first checkpoint after M minutes (the table so far is printed at every checkpoint, and
// again, with the sample being profiled, when the bench is stopped by SIGINT or SIGTERM).
// --operators N prints, for the N statements whose dbHits per article grew most, each operator of their plans (indented
// by depth) with its dbHits per article at each checkpoint: which seek or expansion grows.
// --keep leaves the store as written (for bench/api.mjs --no-generate at the largest size).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { asSource, generateArticles, loadSentencePool } from './ingest-corpus.mjs';
import { dist, flag, opt, root } from './cli-args.mjs';
import { readExtractCache, writeExtractCache } from './extract-cache.mjs';

const CHECKPOINTS = String(opt('--checkpoints', '5000,10000,20000,40000,80000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const N = CHECKPOINTS[CHECKPOINTS.length - 1];
const K = Number(opt('--distinct', 2000));
const PER_DAY = Number(opt('--per-day', 250));
const SAMPLE = Number(opt('--sample', 256));
const MINUTES = Number(opt('--minutes', 0));
if (K % PER_DAY !== 0) {
  console.error('ingest-growth: --distinct must be a multiple of --per-day (copies then start on a day boundary)');
  process.exit(2);
}

const { loadConfig } = await dist('config.js');
const { openGraph } = await dist('graph/driver.js');
const { applySchema } = await dist('graph/schema.js');
const { extract } = await dist('extract/index.js');
const { defaultResources } = await dist('extract/resources.js');
const { EXTRACTION_REVISION } = await dist('extract/version.js');
const { articleIdFromHash, contentHash, extractionInput, normaliseText } = await dist('ingest/normalise.js');
const { ingestArticles } = await dist('ingest/pipeline.js');
const { mulberry32 } = await dist('dedup/synthetic.js');
const graph = await openGraph(loadConfig());

const one = async (q) => {
  const s = graph.driver.session({ database: graph.database });
  try {
    return Number((await s.run(q)).records[0]?.get(0) ?? 0);
  } finally {
    await s.close();
  }
};
const KEEP_STORE = flag('--keep');
if ((await one('MATCH (a:Article) RETURN count(a)')) > 0 && !flag('--wipe')) {
  console.error('ingest-growth: the database holds articles; it would be wiped. Pass --wipe to allow.');
  process.exit(2);
}
await one('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS RETURN 0');
await applySchema(graph);

// ---------- the K distinct articles, extracted once ----------
const shared =
  process.env.KG_SHARED ??
  [resolve(root, '../shared'), resolve(root, '../../shared')].find((d) => existsSync(d)) ??
  resolve(root, '../shared');
const pool = await loadSentencePool(shared);
const bases = [...generateArticles(pool, K, { perDay: PER_DAY })].map((a, i) => {
  const text = normaliseText(asSource(a, 'generated', i).text);
  /** kept: which characters are inside an extracted mention (set once extracted) */
  return { a, text, id: articleIdFromHash(contentHash(text)), index: i, kept: new Uint8Array(0) };
});
const v8 = await import('node:v8');
const cacheFile = opt('--extract-cache', undefined);
const cacheKey = `revision ${EXTRACTION_REVISION} per-day ${PER_DAY}`;
let cache = readExtractCache(cacheFile, cacheKey);
{
  const t = performance.now();
  const res = defaultResources();
  let extracted = 0;
  for (const b of bases) {
    if (cache.has(b.id)) continue;
    cache.set(b.id, extract(extractionInput(b.id, b.text, asSource(b.a, 'generated', 0)), res));
    extracted++;
  }
  if (extracted) writeExtractCache(cacheFile, cacheKey, cache);
  console.log(
    `extraction: ${K} distinct articles (${extracted} extracted, the rest from the cache) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}
const baseResults = bases.map((b) => cache.get(b.id));
cache = new Map();

// ---------- copies ----------
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** copy c's alphabet: a permutation of a–z of its own (c = 0: the original) */
const alphabetOf = (c) => {
  const rand = mulberry32(1000 + c);
  const xs = [...LOWER];
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
};
/** per base: which characters are inside an extracted mention (kept as they are in every copy) */
const keptOf = (text, result) => {
  const kept = new Uint8Array(text.length);
  for (const e of result.entities) for (const m of e.mentions ?? []) kept.fill(1, m.start, m.end);
  return kept;
};
const encipher = (text, kept, alphabet) => {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const k = ch >= 'a' && ch <= 'z' && !kept[i] ? alphabet[ch.charCodeAt(0) - 97] : ch;
    out += k;
  }
  return out;
};
const addDays = (iso, days) => {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) + iso.slice(10);
};
const ISO_DAY = /\b(\d{4}-\d{2}-\d{2})\b/g;
/** the base's result for copy `id`: its own id in keys, its incidents' dates moved by `days`, its sentences' texts */
const resultFor = (base, copyText, id, days) => {
  const from = base.id.slice(2);
  const to = id.slice(2);
  const walk = (v, dated) => {
    if (typeof v === 'string') {
      let s = v.includes(from) ? v.split(from).join(to) : v;
      if (dated && days) s = s.replace(ISO_DAY, (d) => addDays(d, days));
      return s;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, dated));
    if (v && typeof v === 'object') {
      const o = {};
      for (const [k, x] of Object.entries(v)) o[k] = walk(x, dated || (k === 'type' ? false : v.type === 'incident'));
      return o;
    }
    return v;
  };
  const r = walk(baseResults[base.index], false);
  r.id = id;
  for (const s of r.sentences) s.text = copyText.slice(s.start, s.end);
  return r;
};
for (const b of bases) b.kept = keptOf(b.text, baseResults[b.index]);

/** articles to hand over: up to the last checkpoint and its sample (a stop by --minutes lowers it) */
let limit = N + SAMPLE;
/** results of the articles handed to the pipeline and not yet extracted, by id */
const pending = new Map();
/** CPU (µs) this process spent making copies and their results: the bench's own work, left out of Node CPU */
let benchCpu = 0;
function* corpus() {
  for (let i = 0; i < limit; i++) {
    const m = process.cpuUsage();
    const c = Math.floor(i / K);
    const base = bases[i % K];
    const days = (c * K) / PER_DAY;
    const text = c === 0 ? base.text : encipher(base.text, base.kept, alphabetOf(c));
    const id = c === 0 ? base.id : articleIdFromHash(contentHash(text));
    if (normaliseText(text) !== text) throw new Error(`copy ${c} of article ${i % K}: normalising changes its text`);
    const published = addDays(base.a.published, days);
    pending.set(id, () => resultFor(base, text, id, days));
    const title = text.split(/\s+/).slice(0, 10).join(' ');
    const d = process.cpuUsage(m);
    benchCpu += d.user + d.system;
    yield asSource({ ...base.a, id: `growth-${i}`, title, published, text }, 'generated', i);
  }
}
const extractFrom = (input) => {
  const m = process.cpuUsage();
  const make = pending.get(input.id);
  if (!make) throw new Error(`no result for ${input.id}`);
  pending.delete(input.id);
  const r = make();
  const d = process.cpuUsage(m);
  benchCpu += d.user + d.system;
  return r;
};

// ---------- measures ----------
/** CPU seconds the local Neo4j has used (its pid file under KG_HOME), NaN when it cannot be read */
const serverCpu = () => {
  try {
    const pid = readFileSync(join(process.env.KG_HOME ?? '', 'main/run/neo4j.pid'), 'utf8').trim();
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
};
/** bytes under a folder */
const du = (dir) => {
  let n = 0;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) n += du(p);
      else if (e.isFile()) n += statSync(p).size;
    }
  } catch {
    /* gone or unreadable */
  }
  return n;
};
const dataDir = join(process.env.KG_HOME ?? '', 'main/data');
const storeBytes = () => ({
  store: du(join(dataDir, 'databases/neo4j')),
  logs: du(join(dataDir, 'transactions/neo4j')),
});
const rssOf = () => {
  try {
    const s = readFileSync('/proc/self/status', 'utf8');
    return {
      rss: Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) * 1024,
      peak: Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0) * 1024,
    };
  } catch {
    return { rss: NaN, peak: NaN };
  }
};
// the live heap at a checkpoint: heapUsed after a full collection (without one, heapUsed counts garbage not yet
// collected and rises and falls with the collector's pace)
v8.setFlagsFromString('--expose-gc');
const gc = (await import('node:vm')).runInNewContext('gc');
const rows = async () => (await one('MATCH (n) RETURN count(n)')) + (await one('MATCH ()-[r]->() RETURN count(r)'));
const mark = (ticks) => {
  const c = process.cpuUsage();
  return {
    ticks,
    wall: performance.now(),
    cpu: c.user + c.system - benchCpu,
    server: serverCpu(),
  };
};

// ---------- profiling a sample: every statement of its transactions (writes and reads) under PROFILE ----------
const sumHits = (p) => (p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + sumHits(c), 0) : 0);
/** --operators N: for the N statements whose dbHits per article grew most, the plan's operators with theirs */
const OPERATORS = Number(opt('--operators', 0));
/** a plan's dbHits by operator (its place in the plan, type and details), added to `ops` */
const addOperators = (ops, p, path = '') => {
  if (!p) return;
  const details = String(p.arguments?.Details ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 120);
  const key = `${path}${p.operatorType.replace(/@.*$/, '')} ${details}`;
  ops.set(key, (ops.get(key) ?? 0) + (p.dbHits ?? 0));
  for (const c of p.children ?? []) addOperators(ops, c, `${path}  `);
};
const nameOf = (q) =>
  q
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('CYPHER'))
    .slice(0, 3)
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 110);
const profiled = (tx, stats) =>
  new Proxy(tx, {
    get(target, prop) {
      if (prop === 'run')
        return async (q, params) => {
          const prefix = /^(CYPHER[^\n]*\n)?/.exec(q)?.[0] ?? '';
          const r = await target.run(`${prefix}PROFILE ${q.slice(prefix.length)}`, params);
          const key = nameOf(q);
          const s = stats.get(key) ?? { runs: 0, rows: 0, dbHits: 0 };
          s.runs++;
          s.rows += r.records.length;
          s.dbHits += sumHits(r.summary.profile);
          if (OPERATORS) addOperators((s.ops ??= new Map()), r.summary.profile);
          stats.set(key, s);
          return r;
        };
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });

let ticks = 0;
/** ticks arrive after each transaction's commit; the checkpoint being read (writes wait for it) */
let checking = Promise.resolve();
/**
 * the sample being profiled: from the checkpoint's tick to SAMPLE articles later (whole transactions)
 * @type {{ at: number, startTicks: number, stats: Map<string, any>, transactions: number, closed: boolean, articles?: number } | null}
 */
let sample = null;
const samples = [];
const inSample = () => [0, ...CHECKPOINTS].some((cp) => ticks >= cp && ticks < cp + SAMPLE);
const open = (run) => async (work) => {
  // a checkpoint's counts are read between transactions
  await checking;
  if (!inSample()) {
    closeSample();
    return run((tx) => work(tx));
  }
  if (!sample || sample.closed) {
    sample = { at: ticks, startTicks: ticks, stats: new Map(), transactions: 0, closed: false };
    samples.push(sample);
  }
  const s = sample;
  return run((tx) => {
    s.transactions++;
    return work(profiled(tx, s.stats));
  });
};
const growing = { ...graph, write: open((w) => graph.write(w)), read: open((w) => graph.read(w)) };

const intervals = [];
let last = null;
const checkpoints = [0, ...CHECKPOINTS];
let nextCheckpoint = 1;
const stopAt = MINUTES ? performance.now() + MINUTES * 60_000 : Infinity;
let stopped = false;
const t0 = performance.now();

function closeSample() {
  if (!sample || sample.closed) return;
  sample.closed = true;
  sample.articles = ticks - sample.startTicks;
  // the interval's figures start after the sample
  last = { ...mark(ticks), rows: null };
}

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const mbs = (b) => fmt(b / 1048576, 0);
/** dbHits per article of a sample, by statement */
const perArticle = (s, k) => (s.stats.get(k)?.dbHits ?? 0) / Math.max(s.articles ?? 0, 1);
const totalOf = (s) => [...s.stats.values()].reduce((n, x) => n + x.dbHits, 0) / Math.max(s.articles ?? 0, 1);

function report() {
  console.log(
    `\ncheckpoint: stored articles; per article in the interval before it (the profiled samples left out): Node CPU ms (pipeline+writer+driver; bench's own copying left out), Neo4j CPU ms, wall ms, rows added; at the checkpoint: rows per article, store MB (+ tx logs), RSS / peak RSS MB of this process, heap used MB and live heap MB (after a full collection), dbHits per article of the sample profiled at the interval's start (stored count after @)`,
  );
  console.log(
    '  stored  articles  nodeCPU  neoCPU     wall  rows+/a   rows/a   store MB  txlog MB   RSS  peak  heap  live  dbHits/a(sample@)',
  );
  for (const iv of intervals) {
    const sm = samples.find((s) => s.closed && s.at >= iv.from && s.at < iv.from + SAMPLE);
    console.log(
      `  ${String(iv.to).padStart(6)} ${String(iv.articles).padStart(9)} ${fmt(iv.nodeCpu, 1).padStart(8)} ${fmt(iv.neoCpu, 1).padStart(7)} ${fmt(iv.wall, 1).padStart(8)} ${fmt(iv.rowsAdded, 1).padStart(8)} ${fmt(iv.rowsPer, 1).padStart(8)} ${mbs(iv.store).padStart(10)} ${mbs(iv.logs).padStart(9)} ${mbs(iv.rss).padStart(5)} ${mbs(iv.peak).padStart(5)} ${mbs(iv.heap).padStart(5)} ${mbs(iv.liveHeap).padStart(5)}  ${sm ? `${fmt(totalOf(sm))} (@${sm.at})` : '-'}`,
    );
  }
  const closed = samples.filter((s) => s.closed && s.articles);
  if (closed.length > 1) {
    const names = new Map();
    for (const s of closed) for (const [k, x] of s.stats) names.set(k, (names.get(k) ?? 0) + x.dbHits);
    const order = [...names.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    console.log('dbHits per article of each statement in the sample at each stored count; ratio: last / first');
    console.log(`  ${closed.map((s) => String(s.at).padStart(9)).join('')}   ratio  statement`);
    for (const k of order) {
      const f = perArticle(closed[0], k);
      const l = perArticle(closed[closed.length - 1], k);
      console.log(
        `  ${closed.map((s) => fmt(perArticle(s, k)).padStart(9)).join('')}  ${(f ? l / f : 0).toFixed(2).padStart(6)}  ${k}`,
      );
    }
    console.log(`  ${closed.map((s) => String(s.articles).padStart(9)).join('')}          articles in the sample`);
    const growth = (k) => perArticle(closed[closed.length - 1], k) - perArticle(closed[0], k);
    for (const k of order
      .filter((k) => growth(k) > 0)
      .sort((a, b) => growth(b) - growth(a))
      .slice(0, OPERATORS)) {
      console.log(`operators of: ${k}`);
      const keys = new Set(closed.flatMap((s) => [...(s.stats.get(k)?.ops?.keys() ?? [])]));
      for (const op of keys)
        console.log(
          `  ${closed.map((s) => fmt((s.stats.get(k)?.ops?.get(op) ?? 0) / Math.max(s.articles ?? 0, 1)).padStart(9)).join('')}  ${op}`,
        );
    }
  }
  const json = opt('--json', undefined);
  if (json)
    writeFileSync(
      json,
      JSON.stringify(
        {
          distinct: K,
          perDay: PER_DAY,
          intervals,
          samples: closed.map((s) => ({
            at: s.at,
            articles: s.articles,
            transactions: s.transactions,
            statements: Object.fromEntries(
              [...s.stats].map(([k, x]) => [k, { ...x, ops: x.ops ? Object.fromEntries(x.ops) : undefined }]),
            ),
          })),
        },
        null,
        1,
      ),
    );
}

async function checkpoint(cp) {
  const m = mark(ticks);
  const heap = process.memoryUsage().heapUsed;
  gc();
  const liveHeap = process.memoryUsage().heapUsed;
  const r = await rows();
  const { store, logs } = storeBytes();
  const { rss, peak } = rssOf();
  const from = intervals.length ? intervals[intervals.length - 1].to : 0;
  const prevRows = intervals.length ? intervals[intervals.length - 1].rows : 0;
  const n = m.ticks - last.ticks;
  intervals.push({
    from,
    to: cp,
    articles: n,
    nodeCpu: (m.cpu - last.cpu) / 1000 / n,
    neoCpu: ((m.server - last.server) * 1000) / n,
    wall: (m.wall - last.wall) / n,
    rows: r,
    rowsAdded: (r - prevRows) / Math.max(cp - from, 1),
    rowsPer: r / cp,
    store,
    logs,
    rss,
    peak,
    heap,
    liveHeap,
    minutes: (m.wall - t0) / 60_000,
  });
  report();
  if (performance.now() > stopAt && !stopped) {
    stopped = true;
    limit = Math.min(limit, cp + SAMPLE);
  }
}

last = mark(0);
// stopped from outside (kill PID): the sample being profiled closes and the table so far is printed, so a run cut
// short still reports the dbHits of the last checkpoint it reached
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    closeSample();
    report();
    process.exit(130);
  });
const summary = await ingestArticles(growing, corpus(), [], {
  extract: extractFrom,
  duplicates: true,
  extractorVersion: 'bench',
  progress: {
    total: () => {},
    tick: () => {
      ticks++;
      if (nextCheckpoint < checkpoints.length && ticks >= checkpoints[nextCheckpoint]) {
        const cp = checkpoints[nextCheckpoint++];
        checking = checking.then(() => checkpoint(cp));
      }
    },
  },
});
await checking;
closeSample();
report();
console.log(
  `\ningest: ${summary.articles.new} new, ${summary.articles.unchanged} unchanged, ${summary.articles.failed} failed in ${((performance.now() - t0) / 60_000).toFixed(1)} min${stopped ? ' (stopped by --minutes)' : ''}`,
);
if (flag('--hash')) {
  const { graphHash } = await import('./graph-hash.mjs');
  console.log(`graph hash: ${await graphHash(graph)}`);
}
if (!KEEP_STORE) console.log('(store left as written; wipe it before other benches)');
await graph.close();
