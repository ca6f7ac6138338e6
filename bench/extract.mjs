// Throughput of the whole `kg extract --jsonl` (process start, model loading, all extractors) against
// compromise's own nlp(text) + people() + places() + organizations() on the same articles.
// Articles: the CoNLL dev documents and the seed articles, read in place from ../shared (never copied).
// usage: npm run build && npm run bench:extract [-- --repeat 2]
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArticles } from './articles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf('--repeat') + 1] || 1) || 1;

const texts = await benchArticles(root, 'bench:extract');
const articles = Array.from({ length: repeat }, () => texts).flat();
const words = articles.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const chars = articles.reduce((n, t) => n + t.length, 0);
console.log(`articles ${articles.length}, words ${words}, chars ${chars}`);

// compromise, in process (its best case: no process start, no output). Its loading is counted, as kg's is: importing
// compromise builds its lexicon and models (about half a second of CPU), the work kg's start-up does by reading data/,
// which a compromise user pays once per process as a kg user pays kg's. The figures without it are printed as well.
let t0 = performance.now();
const cpu0 = process.cpuUsage();
const { default: nlp } = await import('compromise');
const loadMs = performance.now() - t0;
const loadCpu = process.cpuUsage(cpu0);
const loadCpuMs = (loadCpu.user + loadCpu.system) / 1000;
let found = 0;
for (const t of articles) {
  const doc = nlp(t);
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
const compMs = performance.now() - t0;
const compCpu = process.cpuUsage(cpu0);
const compCpuMs = (compCpu.user + compCpu.system) / 1000;

// kg extract, as the scorers call it (one thread), and with one worker thread per core (--workers)
const input = articles.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n';
function runKg(workerArgs) {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      // as `npx kg` runs it: the flag of bin/kg.js's first line
      '--no-regexp-tier-up',
      '--import',
      join(root, 'bench/report-cpu.mjs'),
      join(root, 'bin/kg.js'),
      'extract',
      '--jsonl',
      ...workerArgs,
    ],
    { input, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = performance.now() - t;
  if (r.status !== 0) {
    console.error(r.stderr.slice(-2000));
    process.exit(1);
  }
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('{'));
  const entities = lines.reduce((n, l) => n + JSON.parse(l).entities.length, 0);
  const cpuMs = Number(/bench-cpu-ms (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, cpuMs, entities, results: lines.length };
}
const one = runKg([]);
const all = runKg(['--workers', String(availableParallelism())]);

const wps = (ms) => Math.round(words / (ms / 1000));
console.log(
  `compromise nlp+people+places+organizations: ${Math.round(compMs)} ms wall, ${Math.round(compCpuMs)} ms CPU, ${wps(compMs)} words/s (${found} matches; its import ${Math.round(loadMs)} ms wall, ${Math.round(loadCpuMs)} ms CPU, counted)`,
);
for (const { label, k } of [
  { label: 'kg extract --jsonl (one thread):       ', k: one },
  { label: `kg extract --jsonl --workers ${availableParallelism()}:      `, k: all },
])
  console.log(
    `${label}${Math.round(k.ms)} ms wall, ${k.cpuMs} ms CPU, ${wps(k.ms)} words/s (${k.entities} entities, ${k.results} results)`,
  );
if (one.entities !== all.entities) console.log('WARNING: the two kg runs found different entity counts');
// other load on the machine moves wall time more than CPU time; one thread's CPU ratio is the per-core speed
const best = Math.min(one.ms, all.ms);
console.log(
  `kg/compromise throughput ratio: wall ${(compMs / one.ms).toFixed(2)} (with workers ${(compMs / all.ms).toFixed(2)}), CPU of one thread ${(compCpuMs / one.cpuMs).toFixed(2)} (target >= 1) ${compMs / best >= 1 ? 'OK' : 'TOO SLOW'}`,
);
// the figures before compromise's import was counted (kg's side still counts its process start and loading)
console.log(
  `  without compromise's import: wall ${((compMs - loadMs) / one.ms).toFixed(2)}, CPU of one thread ${((compCpuMs - loadCpuMs) / one.cpuMs).toFixed(2)}`,
);
