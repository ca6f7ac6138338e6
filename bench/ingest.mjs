// Ingest throughput, side by side in one run (issue 12):
//   1. writer: the same prepared rows written by the product's write path (pipeline + graph writer, with
//      incident resolution and duplicate detection, extraction served from a cache) and by a plain UNWIND
//      writer (25 articles a transaction, CREATE/MERGE only), each into an empty database: rows/s and the ratio;
//   2. end to end: `kg ingest FILE.jsonl` as a user runs it, into an empty database: articles/s, the time per
//      article in each interval (from the stored article count, polled), rows per article, peak RSS.
//   3. end to end, bulk: `kg ingest --bulk FILE.jsonl` (neo4j-admin import) into the emptied local instance,
//      its phases, and articles/s beside 2.
// Articles: real news sentences (bench/ingest-corpus.mjs, from ../shared/eval, read in place).
// The database at KG_NEO4J_PORT (or NEO4J_URI) is WIPED: the bench refuses one holding articles unless --wipe.
// usage: npm run build && KG_NEO4J_PORT=7720 npm run bench:ingest -- [--articles 5000] [--write-articles 2000]
//        [--interval 1000] [--workers N] [--skip-writer] [--skip-plain] [--skip-e2e] [--skip-bulk] [--wipe] [--profile] [--hash]
//        [--per-day N] [--warm-up N]
// --per-day N publishes N articles a day (a steady feed: the store grows in time at a constant density, as the
// per-article time from 10k to 200k stored articles is meant); without it, every corpus spreads over 120 days.
// --extract-cache FILE keeps the writer phase's extraction results in FILE (v8-serialised, by article, for one extractor
// revision; the articles not in it are extracted and added), so repeated writer runs skip extraction.
// --hash prints a hash of the product writer's graph (every node's labels and properties, every relationship's type,
// properties and ends; the database's clock values left out), to check that a change to the write path keeps the graph.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { asSource, generateArticles, loadSentencePool } from './ingest-corpus.mjs';
import { dist, flag, opt, root } from './cli-args.mjs';
import { readExtractCache, writeExtractCache } from './extract-cache.mjs';
import { graphHash } from './graph-hash.mjs';
import { packCpu, packedSize } from './packstream-size.mjs';

const N = Number(opt('--articles', 5000));
const W = Math.min(N, Number(opt('--write-articles', Math.min(N, 2000))));
const INTERVAL = Number(opt('--interval', 1000));
const workers = opt('--workers', undefined);
const PER_DAY = Number(opt('--per-day', 0));

const { loadConfig } = await dist('config.js');
const { openGraph, resolveUri } = await dist('graph/driver.js');
const { applySchema } = await dist('graph/schema.js');
const config = loadConfig();
const uri = resolveUri(config);

/** CPU seconds the local Neo4j has used (from its pid file under KG_HOME), or NaN when it cannot be read */
const serverCpu = () => {
  try {
    const home = process.env.KG_HOME ?? '';
    const pid = readFileSync(join(home, 'main/run/neo4j.pid'), 'utf8').trim();
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
};
const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`;
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');

// ---------- corpus ----------
// ../shared beside the project (or beside its worktree folder), or KG_SHARED
const shared =
  process.env.KG_SHARED ??
  [resolve(root, '../shared'), resolve(root, '../../shared')].find((d) => existsSync(d)) ??
  resolve(root, '../shared');
const pool = await loadSentencePool(shared);
const file = join(tmpdir(), `kg-bench-ingest-${N}${PER_DAY ? `-${PER_DAY}-a-day` : ''}.jsonl`);
{
  const out = createWriteStream(file);
  let words = 0;
  for (const a of generateArticles(pool, N, { perDay: PER_DAY })) {
    words += a.text.split(/\s+/).length;
    if (!out.write(JSON.stringify(a) + '\n')) await new Promise((r) => out.once('drain', () => r(undefined)));
  }
  await new Promise((r) => out.end(() => r(undefined)));
  console.log(
    `corpus: ${N} articles, ${Math.round(words / N)} words each on average, from ${pool.length} real news sentences -> ${file}`,
  );
}

const graph = await openGraph(config);
const counts = async () => {
  const s = graph.driver.session({ database: graph.database });
  try {
    const n = (await s.run('MATCH (n) RETURN count(n) AS n')).records[0].get('n');
    const r = (await s.run('MATCH ()-[r]->() RETURN count(r) AS n')).records[0].get('n');
    const a = (await s.run('MATCH (a:Article) RETURN count(a) AS n')).records[0].get('n');
    return { nodes: n, rels: r, rows: n + r, articles: a };
  } finally {
    await s.close();
  }
};
const wipe = async () => {
  const s = graph.driver.session({ database: graph.database });
  try {
    await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await s.close();
  }
};
{
  const c = await counts();
  if (c.articles > 0 && !flag('--wipe')) {
    console.error(
      `bench:ingest: the database at ${uri} holds ${c.articles} articles; it would be wiped. Pass --wipe to allow.`,
    );
    process.exit(2);
  }
}
await wipe();
await applySchema(graph);

/**
 * Times every statement the product's write path runs (graph.write and graph.read wrapped while it runs): statements
 * per write transaction, and with --profile the time per statement, grouped by its text: wall time in this process and
 * the server's (until the result was available and consumed; the rest is the trip and this process's own work).
 */
function statementProfile(g, detail) {
  const { write, read } = g;
  const by = new Map();
  let transactions = 0;
  let statements = 0;
  // where a write transaction's wall time goes: statements (timed below), this process's work between them inside the
  // open transaction (the work function's time less its statements'), and the rest of executeWrite (session, begin,
  // commit, retries); reads (graph.read) apart; what is left of the run is the pipeline's work outside transactions
  let inWrites = 0;
  let inWork = 0;
  let inWriteStatements = 0;
  let inReads = 0;
  let current = null;
  const packed = { bytes: 0, us: 0 };
  /** CPU microseconds this profile spent measuring parameters (left out of the writer's CPU) */
  let measuring = 0;
  const timed = (tx) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop !== 'run') {
          const v = Reflect.get(target, prop, target);
          return typeof v === 'function' ? v.bind(target) : v;
        }
        return async (cypher, params) => {
          const t = performance.now();
          // parameter size (PackStream bytes, as the driver packs them): measured only with --profile
          const m = detail ? process.cpuUsage() : null;
          const bytes = detail ? packedSize(params ?? {}) : 0;
          // and the CPU the driver takes to pack them, packed once more apart (the trip's own packing is not counted)
          const packUs = detail ? packCpu(params ?? {}) : 0;
          if (m) {
            const d = process.cpuUsage(m);
            measuring += d.user + d.system;
          }
          let server = 0;
          try {
            const res = await target.run(cypher, params);
            server = Number(res.summary.resultAvailableAfter ?? 0) + Number(res.summary.resultConsumedAfter ?? 0);
            return res;
          } finally {
            const label = cypher
              .split('\n')
              .map((l) => l.trim())
              .filter((l) => l && !l.startsWith('CYPHER '))
              .slice(0, 3)
              .join(' ')
              .replace(/\s+/g, ' ')
              .slice(0, 100);
            const e = by.get(label) ?? { n: 0, ms: 0, server: 0, bytes: 0, pack: 0, first: server };
            e.n++;
            e.bytes += bytes;
            e.pack += packUs;
            packed.bytes += bytes;
            packed.us += packUs;
            e.ms += performance.now() - t;
            if (current === 'write') inWriteStatements += performance.now() - t;
            e.server += server;
            by.set(label, e);
            statements++;
          }
        };
      },
    });
  g.write = async (work) => {
    const t = performance.now();
    try {
      return await write(async (tx) => {
        transactions++;
        const w = performance.now();
        current = 'write';
        try {
          return await work(timed(tx));
        } finally {
          current = null;
          inWork += performance.now() - w;
        }
      });
    } finally {
      inWrites += performance.now() - t;
    }
  };
  g.read = async (work) => {
    const t = performance.now();
    try {
      return await read((tx) => work(timed(tx)));
    } finally {
      inReads += performance.now() - t;
    }
  };
  return {
    measuringCpu: () => measuring,
    stop() {
      g.write = write;
      g.read = read;
    },
    print(seconds, detail) {
      const total = [...by.values()].reduce((s, e) => s + e.ms, 0) / 1000;
      console.log(
        `  product: ${statements} statements in ${transactions} write transactions (${fmt(statements / Math.max(transactions, 1), 1)} each), ${fmt(total, 1)} s in statements, ${fmt(seconds - total, 1)} s outside them`,
      );
      console.log(
        `  product wall: write transactions ${fmt(inWrites / 1000, 1)} s = statements ${fmt(inWriteStatements / 1000, 1)} + Node work inside the transaction ${fmt((inWork - inWriteStatements) / 1000, 1)} + session/begin/commit ${fmt((inWrites - inWork) / 1000, 1)}; read transactions ${fmt(inReads / 1000, 1)} s; outside transactions ${fmt(seconds - (inWrites + inReads) / 1000, 1)} s`,
      );
      if (!detail) return;
      console.log(
        `  parameters: ${fmt(packed.bytes / 1048576, 2)} MB packed, ${fmt(packed.us / 1e6, 2)} s CPU to pack them (the driver's packer, measured apart)`,
      );
      // the first run of a statement is planned (steady-plan keeps that plan): its server time less the mean of the
      // later runs estimates the planning, a cost per process that a longer run spreads over more articles
      const planning = (e) => (e.n > 1 ? Math.max(0, e.first - (e.server - e.first) / (e.n - 1)) : e.first);
      console.log(`  ${'statement (first lines)'.padEnd(100)} count  seconds   server  planning~  params MB  pack s`);
      for (const [label, e] of [...by].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
        console.log(
          `  ${label.padEnd(100)} ${String(e.n).padStart(5)} ${fmt(e.ms / 1000, 2).padStart(8)} ${fmt(e.server / 1000, 2).padStart(8)} ${fmt(planning(e) / 1000, 2).padStart(10)} ${fmt(e.bytes / 1048576, 2).padStart(10)} ${fmt(e.pack / 1e6, 2).padStart(7)}`,
        );
      const all = [...by.values()];
      console.log(
        `  all ${all.length} statements: server ${fmt(all.reduce((s, e) => s + e.server, 0) / 1000, 1)} s, of which planning (first runs, estimated) ${fmt(all.reduce((s, e) => s + planning(e), 0) / 1000, 1)} s`,
      );
    },
  };
}

// ---------- 1. writer: product vs plain UNWIND on the same rows ----------
const results = {};
if (!flag('--skip-writer')) {
  const { extract } = await dist('extract/index.js');
  const { defaultResources } = await dist('extract/resources.js');
  const res = defaultResources();
  const { articleIdFromHash, contentHash, normaliseText } = await dist('ingest/normalise.js');
  const { prepareArticleWrite } = await dist('ingest/prepare.js');
  const { ingestArticles } = await dist('ingest/pipeline.js');
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, W)
    .map((l) => JSON.parse(l));
  const sources = lines.map((a, item) => asSource(a, file, item));
  let t0 = performance.now();
  const { EXTRACTION_REVISION } = await dist('extract/version.js');
  const cacheFile = opt('--extract-cache', undefined);
  // results by article id (a hash of its text) for one extractor revision: any articles of an earlier run are served
  // from it (the first 400 of a 1,200-article corpus too), the others extracted and added
  // (publication dates differ with --per-day, and extraction reads them)
  const cacheKey = `revision ${EXTRACTION_REVISION}${PER_DAY ? ` per-day ${PER_DAY}` : ''}`;
  const cache = readExtractCache(cacheFile, cacheKey);
  const before = cache.size;
  let extracted = 0;
  const writes = [];
  const ids = new Set();
  for (const s of sources) {
    const text = normaliseText(s.text);
    const hash = contentHash(text);
    const id = articleIdFromHash(hash);
    if (ids.has(id)) continue;
    ids.add(id);
    let result = cache.get(id);
    if (!result) {
      result = extract({ id, text, title: s.title, published: s.published, source: s.source }, res);
      extracted++;
    }
    cache.set(id, result);
    writes.push(prepareArticleWrite(s, { id, text, contentHash: hash, extractorVersion: 'bench' }, result));
  }
  const extractSeconds = (performance.now() - t0) / 1000;
  if (cache.size > before) writeExtractCache(cacheFile, cacheKey, cache);
  console.log(
    !extracted
      ? `writer phase: ${W} articles' extraction read from ${cacheFile} in ${fmt(extractSeconds, 1)} s`
      : `writer phase: ${extracted} of ${W} articles extracted in ${fmt(extractSeconds, 1)} s (${fmt((extractSeconds * 1000) / extracted, 1)} ms/article, one thread)`,
  );

  // The product writer is measured first: on a freshly started server it would pay for planning its statements and
  // the JVM's warm-up, which the plain writer after it does not. --warm-up N (default 100; 0 for none) first writes N
  // of the articles with `kg ingest` in a separate process (no state of this one is touched), then empties the store.
  const WARM_UP = Math.min(W, Number(opt('--warm-up', 100)));
  if (WARM_UP > 0) {
    const warmFile = join(tmpdir(), `kg-bench-warm-up-${process.pid}.jsonl`);
    writeFileSync(
      warmFile,
      `${lines
        .slice(0, WARM_UP)
        .map((l) => JSON.stringify(l))
        .join('\n')}\n`,
    );
    const warm0 = performance.now();
    const warmServer0 = serverCpu();
    const run = spawnSync(process.execPath, [join(root, 'bin/kg.js'), 'ingest', warmFile, '--no-progress'], {
      env: { ...process.env, NEO4J_URI: uri },
      encoding: 'utf8',
    });
    rmSync(warmFile, { force: true });
    if (run.status !== 0) {
      console.error(`bench:ingest: the warm-up ingest failed (exit ${run.status}):\n${run.stderr}`);
      process.exit(1);
    }
    await wipe();
    await applySchema(graph);
    console.log(
      `warm-up: ${WARM_UP} articles through kg ingest in a separate process, then wiped: ${fmt((performance.now() - warm0) / 1000, 1)} s, ${fmt(serverCpu() - warmServer0, 1)} s CPU in Neo4j`,
    );
  }

  // product: the whole write path, extraction served from the cache; every statement timed (--profile lists them)
  const profile = statementProfile(graph, flag('--profile'));
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const server0 = serverCpu();
  // the time at every INTERVAL articles written (or skipped), for the per-article time as the store grows
  const steps = [];
  let ticks = 0;
  const summary = await ingestArticles(graph, sources, [], {
    extract: (input) => cache.get(input.id),
    duplicates: true,
    extractorVersion: 'bench',
    progress: {
      total: () => {},
      tick: () => {
        if (++ticks % INTERVAL === 0 || ticks === sources.length)
          steps.push({ n: ticks, t: (performance.now() - t0) / 1000 });
      },
    },
  });
  const productSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // less what --profile spent measuring parameters (sizes, packing them once more)
  const productCpu = { user: cpu.user - profile.measuringCpu(), system: cpu.system };
  const productServerCpu = serverCpu() - server0;
  profile.stop();
  const product = await counts();
  console.log(
    `product writer: ${fmt(productSeconds, 1)} s wall, ${fmt((productCpu.user + productCpu.system) / 1e6, 1)} s CPU in this process, ${fmt(productServerCpu, 1)} s CPU in Neo4j`,
  );
  if (flag('--hash')) console.log(`product graph hash: ${await graphHash(graph)}`);
  const { incidentWriterStats } = await dist('graph/incident-frames.js');
  if (incidentWriterStats)
    console.log(
      `product incident writer: ${Object.entries(incidentWriterStats())
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  if (summary.failures.length)
    console.log(`product writer: ${summary.failures.length} failures, first: ${summary.failures[0].reason}`);

  // plain UNWIND writer on the same rows (--skip-plain: the product writer alone, its profile and hash)
  if (!flag('--skip-plain')) {
    await wipe();
    await applySchema(graph);
    const { ENTITY_LABEL, ENTITY_REL_TYPES } = await dist('graph/model.js');
    const labels = ['person', 'organization', 'place', 'incident'];
    t0 = performance.now();
    const plainCpu0 = process.cpuUsage();
    const plainServer0 = serverCpu();
    for (let i = 0; i < writes.length; i += 25) {
      const batch = writes.slice(i, i + 25);
      await graph.write(async (tx) => {
        await tx.run(
          `UNWIND $rows AS r CREATE (a:Article) SET a = r.article, a.status = 'complete'
           WITH a, r UNWIND r.sentences AS s CREATE (:Sentence {id: s.id, articleId: r.article.id, index: s.index, start: s.start, end: s.end, text: s.text, textHash: s.textHash})`,
          { rows: batch.map((w) => ({ article: w.article, sentences: w.sentences })) },
        );
        for (const t of labels) {
          const rows = batch.flatMap((w) =>
            w.entities[t].map((e) => ({ key: e.key, name: e.name, aliases: e.aliases })),
          );
          if (rows.length)
            await tx.run(
              `UNWIND $rows AS r MERGE (e:Entity {key: r.key}) ON CREATE SET e:${ENTITY_LABEL[t]}, e.type = '${t}', e.name = r.name, e.aliases = r.aliases`,
              { rows },
            );
        }
        await tx.run(
          `UNWIND $rows AS r MATCH (s:Sentence {id: r.sentenceId}) MATCH (e:Entity {key: r.key}) CREATE (s)-[:MENTIONS {start: r.start, end: r.end, text: r.text}]->(e)`,
          { rows: batch.flatMap((w) => w.sentenceMentions) },
        );
        await tx.run(
          `UNWIND $rows AS r MATCH (a:Article {id: r.id}) MATCH (e:Entity {key: r.key}) CREATE (a)-[:MENTIONS {count: r.count}]->(e)`,
          { rows: batch.flatMap((w) => w.articleMentions.map((m) => ({ ...m, id: w.article.id }))) },
        );
        await tx.run(
          `UNWIND $rows AS r MATCH (a:Article {id: r.id}) MATCH (e:Entity {key: r.key}) CREATE (a)-[:COVERS]->(e)`,
          { rows: batch.flatMap((w) => w.covers.map((key) => ({ key, id: w.article.id }))) },
        );
        for (const t of ENTITY_REL_TYPES) {
          const rows = batch.flatMap((w) => (w.relations[t] ?? []).map((r) => ({ ...r, id: w.article.id })));
          if (rows.length) {
            await tx.run(
              `UNWIND $rows AS r MATCH (x:Entity {key: r.from}) MATCH (y:Entity {key: r.to}) CREATE (x)-[:${t} {articleId: r.id, sentenceIds: r.sentenceIds, evidence: r.evidence, label: r.label}]->(y)`,
              { rows },
            );
          }
        }
      });
    }
    const plainSeconds = (performance.now() - t0) / 1000;
    const plainCpu = process.cpuUsage(plainCpu0);
    const plainServerCpu = serverCpu() - plainServer0;
    const plain = await counts();
    const productRate = product.rows / productSeconds;
    const plainRate = plain.rows / plainSeconds;
    results.writer = {
      articles: writes.length,
      product: { ...product, seconds: productSeconds },
      plain: { ...plain, seconds: plainSeconds },
    };
    console.log(`\nwriter, ${writes.length} articles into an empty database      product      plain UNWIND`);
    console.log(
      `  seconds                                          ${fmt(productSeconds, 1).padStart(8)}      ${fmt(plainSeconds, 1).padStart(8)}`,
    );
    console.log(
      `  CPU s, this process / Neo4j                      ${`${fmt((productCpu.user + productCpu.system) / 1e6, 1)} / ${fmt(productServerCpu, 1)}`.padStart(12)}  ${`${fmt((plainCpu.user + plainCpu.system) / 1e6, 1)} / ${fmt(plainServerCpu, 1)}`.padStart(12)}`,
    );
    console.log(
      `  rows (nodes + relationships)                     ${String(product.rows).padStart(8)}      ${String(plain.rows).padStart(8)}`,
    );
    console.log(
      `  rows per article                                 ${fmt(product.rows / writes.length, 1).padStart(8)}      ${fmt(plain.rows / writes.length, 1).padStart(8)}`,
    );
    console.log(
      `  rows/s                                           ${fmt(productRate).padStart(8)}      ${fmt(plainRate).padStart(8)}`,
    );
    console.log(
      `  articles/s (write only)                          ${fmt(writes.length / productSeconds, 1).padStart(8)}      ${fmt(writes.length / plainSeconds, 1).padStart(8)}`,
    );
    console.log(`  product / plain rows/s: ${fmt(productRate / plainRate, 2)} (target >= 0.8)`);
    console.log(`  product writer, articles handed over    ms per article in the interval`);
    let prevStep = { n: 0, t: 0 };
    for (const s of steps) {
      if (s.n > prevStep.n)
        console.log(`  ${String(s.n).padStart(36)}    ${fmt(((s.t - prevStep.t) * 1000) / (s.n - prevStep.n), 1)}`);
      prevStep = s;
    }
  }
  profile.print(productSeconds, flag('--profile'));
  await wipe();
  await applySchema(graph);
}

// ---------- 2. end to end: kg ingest FILE ----------
if (!flag('--skip-e2e')) {
  const cli = [
    join(root, 'bin/kg.js'),
    'ingest',
    file,
    '--json',
    '--no-progress',
    ...(workers ? ['--workers', workers] : []),
  ];
  const env = { ...process.env, NEO4J_URI: uri };
  const t0 = performance.now();
  const child = spawn(process.execPath, cli, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let peakRss = 0;
  const samples = [];
  let next = INTERVAL;
  const exited = new Promise((r) => child.on('exit', (code) => r(code)));
  let done = false;
  exited.then(() => (done = true));
  while (!done) {
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) peakRss = Math.max(peakRss, Number(hwm[1]) * 1024);
    } catch {
      /* exited */
    }
    const s = graph.driver.session({ database: graph.database });
    try {
      const n = (await s.run('MATCH (a:Article) RETURN count(a) AS n')).records[0].get('n');
      const t = (performance.now() - t0) / 1000;
      if (n >= next || done) {
        samples.push({ n, t });
        while (next <= n) next += INTERVAL;
      }
    } finally {
      await s.close();
    }
  }
  const code = await exited;
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0 && !stdout) {
    console.error(stderr.slice(-3000));
    console.error(`kg ingest failed: exit ${code}`);
    process.exit(1);
  }
  const summary = JSON.parse(stdout);
  const c = await counts();
  console.log(
    `\nend to end: kg ingest of ${N} articles into an empty database${workers ? ` (--workers ${workers})` : ''}`,
  );
  console.log(
    `  ${fmt(seconds, 1)} s, ${fmt(N / seconds, 1)} articles/s; new ${summary.articles.new}, unchanged ${summary.articles.unchanged}, failed ${summary.articles.failed}; exit ${code}`,
  );
  console.log(
    `  rows ${c.rows} (${c.nodes} nodes, ${c.rels} relationships), ${fmt(c.rows / Math.max(c.articles, 1), 1)} rows per article`,
  );
  console.log(`  peak RSS of the ingest process ${peakRss ? mb(peakRss) : 'not measured (no /proc)'}`);
  console.log('  stored articles    ms per article in the interval');
  let prev = { n: 0, t: 0 };
  for (const s of samples) {
    if (s.n > prev.n)
      console.log(`  ${String(s.n).padStart(15)}    ${fmt(((s.t - prev.t) * 1000) / (s.n - prev.n), 1)}`);
    prev = s;
  }
  results.e2e = { articles: N, seconds, rows: c.rows, peakRss, samples, exit: code };
}
// ---------- 3. end to end, bulk: kg ingest --bulk FILE (neo4j-admin import into the emptied database) ----------
// Needs the local instance (`kg db start` on KG_NEO4J_PORT, no NEO4J_URI): it is stopped for the import and
// started again. The database is wiped first (bulk refuses one holding anything).
let g = graph;
if (!flag('--skip-bulk')) {
  if (process.env.NEO4J_URI) {
    console.log('\nbulk: skipped (NEO4J_URI is set; kg ingest --bulk imports into the local instance only)');
  } else {
    await wipe();
    await g.close();
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [
        join(root, 'bin/kg.js'),
        'ingest',
        '--bulk',
        file,
        '--json',
        '--no-progress',
        ...(workers ? ['--workers', workers] : []),
      ],
      { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((r) => child.on('exit', (c) => r(c)));
    const seconds = (performance.now() - t0) / 1000;
    if (!stdout) {
      console.error(stderr.slice(-3000));
      console.error(`kg ingest --bulk failed: exit ${code}`);
      process.exit(1);
    }
    const summary = JSON.parse(stdout);
    g = await openGraph(config);
    const c = await (async () => {
      const s = g.driver.session({ database: g.database });
      try {
        const n = (await s.run('MATCH (n) RETURN count(n) AS n')).records[0].get('n');
        const r = (await s.run('MATCH ()-[r]->() RETURN count(r) AS n')).records[0].get('n');
        return { nodes: n, rels: r, rows: n + r };
      } finally {
        await s.close();
      }
    })();
    const b = summary.bulk?.seconds ?? {};
    const write = seconds - (b.extract ?? 0);
    console.log(
      `\nend to end, bulk: kg ingest --bulk of ${N} articles into an empty database${workers ? ` (--workers ${workers})` : ''}`,
    );
    console.log(
      `  ${fmt(seconds, 1)} s, ${fmt(N / seconds, 1)} articles/s; new ${summary.articles.new}, unchanged ${summary.articles.unchanged}, failed ${summary.articles.failed}; exit ${code}`,
    );
    console.log(`  rows ${c.rows} (${c.nodes} nodes, ${c.rels} relationships)`);
    console.log(
      `  phases (s): ${Object.entries(b)
        .map(([k, v]) => `${k} ${fmt(v, 1)}`)
        .join(', ')}`,
    );
    console.log(`  after extraction: ${fmt(write, 1)} s, ${fmt(N / write, 1)} articles/s written`);
    if (results.e2e)
      console.log(
        `  online vs bulk, articles/s end to end: ${fmt(N / results.e2e.seconds, 1)} vs ${fmt(N / seconds, 1)} (bulk/online ${fmt(results.e2e.seconds / seconds, 2)})`,
      );
    results.bulk = { articles: N, seconds, rows: c.rows, phases: b, exit: code };
  }
}
await g.close();
if (flag('--json')) console.log(JSON.stringify(results));
