#!/usr/bin/env node
// Benchmark of the near-duplicate pipeline (the code path of `kg duplicates --jsonl --no-stories`):
// generates N synthetic ~600-word security stories plus republished variants (exact copies under a new
// headline/byline/dateline, trimmed copies, lightly edited copies, half-length briefs) at known rates,
// runs DuplicateReportBuilder from dist/, and prints time, peak RSS and precision/recall on the injected pairs.
//
//   npm run build && npm run bench:duplicates              # sizes 10000,30000,100000
//   node bench/duplicates.mjs 2000,5000                     # chosen sizes
//   node bench/duplicates.mjs --json 10000                  # one JSON line per size (with counts per kind)
// total_s is wall time of the pipeline (fingerprinting + LSH + exact check), excluding generating the texts;
// cpu_s is the CPU time of the same work, the fairer number when other processes share the machine (load).
// Each size runs in its own child process so peak RSS is that size's alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const child = args.indexOf('--child');

if (child === -1) {
  const json = args.includes('--json');
  const sizesArg = args.find((a) => /^\d[\d,_]*$/.test(a)) ?? '10000,30000,100000';
  const sizes = sizesArg.split(',').map((s) => Number(s.replace(/_/g, '')));
  const distIndex = fileURLToPath(new URL('../dist/dedup/index.js', import.meta.url));
  if (!existsSync(distIndex)) {
    process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
    process.exit(2);
  }
  if (!json)
    console.log(
      'articles  variants  gen_s  fingerprint_s  lsh+check_s  total_s  cpu_s  peak_rss_MB  candidates  pairs  precision  recall  load',
    );
  for (const n of sizes) {
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', String(n)],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (r.status !== 0) {
      process.stderr.write(`bench: size ${n} failed (exit ${r.status})\n`);
      process.exitCode = 1;
      continue;
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
    if (json) console.log(JSON.stringify(m));
    else
      console.log(
        [
          m.articles,
          m.variants,
          m.genSeconds,
          m.fingerprintSeconds,
          m.lshSeconds,
          m.totalSeconds,
          m.cpuSeconds,
          m.peakRssMB,
          m.candidates,
          m.pairs,
          m.precision,
          m.recall,
          m.loadAverage,
        ]
          .map((v, i) => String(v).padStart(i === 0 ? 8 : 9))
          .join(' '),
      );
  }
} else {
  const n = Number(args[child + 1]);
  const { DuplicateReportBuilder } = await import(
    pathToFileURL(fileURLToPath(new URL('../dist/dedup/index.js', import.meta.url))).href
  );
  const { generateCorpus } = await import(
    pathToFileURL(fileURLToPath(new URL('../dist/dedup/synthetic.js', import.meta.url))).href
  );
  const { defaultWordLists } = await import(
    pathToFileURL(fileURLToPath(new URL('../dist/extract/resources.js', import.meta.url))).href
  );
  const index = new DuplicateReportBuilder(false, defaultWordLists()); // what `kg duplicates --jsonl --no-stories` runs
  const family = []; // article index -> family id (source article index)
  let genNs = 0n;
  let fpNs = 0n;
  let variants = 0;
  let cpuPipeline = 0; // µs of CPU spent in the pipeline (not in generation): meaningful on a shared machine
  let t = process.hrtime.bigint();
  for (const article of generateCorpus(n, 0xbe7c4)) {
    const t1 = process.hrtime.bigint();
    genNs += t1 - t;
    const c0 = process.cpuUsage();
    index.add(article);
    cpuPipeline += process.cpuUsage(c0).user;
    family.push(article.family);
    if (article.variant) variants++;
    t = process.hrtime.bigint();
    fpNs += t - t1;
  }
  const t2 = process.hrtime.bigint();
  const c1 = process.cpuUsage();
  const result = index.build();
  const lshNs = process.hrtime.bigint() - t2;
  const lshCpu = process.cpuUsage(c1);
  cpuPipeline += lshCpu.user + lshCpu.system;
  // truth: every pair inside one family (a source and its republished variants)
  const familySize = new Map();
  for (const f of family) familySize.set(f, (familySize.get(f) ?? 0) + 1);
  let truePairs = 0;
  for (const s of familySize.values()) truePairs += (s * (s - 1)) / 2;
  const famOf = (id) => family[Number(id.slice(1))];
  let correct = 0;
  for (const p of result.pairs) if (famOf(p.a) === famOf(p.b)) correct++;
  const s = (ns) => Number((Number(ns) / 1e9).toFixed(2));
  console.log(
    JSON.stringify({
      articles: n,
      variants,
      genSeconds: s(genNs),
      fingerprintSeconds: s(fpNs),
      lshSeconds: s(lshNs),
      totalSeconds: s(fpNs + lshNs),
      cpuSeconds: Number((cpuPipeline / 1e6).toFixed(2)),
      loadAverage: Number(os.loadavg()[0].toFixed(1)),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      candidates: result.candidates,
      pairs: result.pairs.length,
      truePairs,
      precision: result.pairs.length ? Number((correct / result.pairs.length).toFixed(4)) : 1,
      recall: truePairs ? Number((correct / truePairs).toFixed(4)) : 1,
      byKind: result.pairs.reduce((acc, p) => ((acc[p.kind] = (acc[p.kind] ?? 0) + 1), acc), {}),
    }),
  );
}
