#!/usr/bin/env node
// Duplicate detection measured on seeds/ (read in place with the project's readers, from dist/):
//   near-duplicate pairs vs the README's "Near-duplicate pairs" table, the closest non-duplicate pair,
//   and same-story clusters vs the README's "Events and files" (pairwise precision/recall; also restricted to
//   pairs published within 7 days, the same-story window).
//   npm run build && node bench/duplicates-seeds.mjs [seeds-dir]
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = (p) => import(pathToFileURL(fileURLToPath(new URL(`../dist/${p}`, import.meta.url))).href);
const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../seeds/', import.meta.url)));
const { readSources } = await dist('sources/walk.js');
const { extract } = await dist('extract/index.js');
const res = (await dist('extract/resources.js')).loadResources();
const { DuplicateReportBuilder, fingerprint, similarity } = await dist('dedup/index.js');

const { articles } = await readSources([dir]);
// ids as the README names them: file name without extension, "#<line or item>" for multi-article files
const multi = new Set(articles.filter((a) => a.origin.item > 0).map((a) => a.origin.file));
const idOf = (a) =>
  basename(a.origin.file).replace(/\.\w+$/, '') + (multi.has(a.origin.file) ? `#${a.origin.item + 1}` : '');
const builder = new DuplicateReportBuilder(true, res.words);
const t0 = performance.now();
for (const a of articles) {
  const line = {
    id: idOf(a),
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.source ? { source: a.source } : {}),
    ...(a.published ? { published: a.published } : {}),
  };
  builder.add(line, extract(line, res));
}
const report = builder.build();
const seconds = (performance.now() - t0) / 1000;

const readme = readFileSync(`${dir}/README.md`, 'utf8');
const stem = (f) => f.replace(/\.\w+$/, '');
const table = readme.slice(readme.indexOf('## Near-duplicate pairs'));
const wantPairs = table
  .split('\n')
  .filter((l) => /^\|\s*`/.test(l))
  .map((l) =>
    [...l.matchAll(/`([^`]+)`/g)]
      .slice(0, 2)
      .map((m) => stem(m[1]))
      .sort()
      .join(' | '),
  );
const gotPairs = report.pairs.map((p) => [p.a, p.b].sort().join(' | '));
const hit = gotPairs.filter((p) => wantPairs.includes(p)).length;
console.log(`articles ${articles.length}, ${seconds.toFixed(1)} s with extraction`);
console.log(
  `near-duplicates: README pairs ${wantPairs.length}, found ${gotPairs.length}, correct ${hit} → precision ${(hit / Math.max(1, gotPairs.length)).toFixed(3)}, recall ${(hit / wantPairs.length).toFixed(3)}`,
);
for (const p of report.pairs) console.log(`  ${p.kind.padEnd(12)} ${p.score.toFixed(3)}  ${p.a}  ~  ${p.b}`);
const fps = articles.map((a) => fingerprint(res.words, a.text).shingles);
let closest = { c: 0 };
for (let i = 0; i < articles.length; i++)
  for (let j = i + 1; j < articles.length; j++) {
    if (wantPairs.includes([idOf(articles[i]), idOf(articles[j])].sort().join(' | '))) continue;
    const s = similarity(fps[i], fps[j]);
    if (s.containment > closest.c)
      closest = { c: s.containment, j: s.jaccard, a: idOf(articles[i]), b: idOf(articles[j]) };
  }
console.log(
  `closest non-duplicate: containment ${closest.c.toFixed(3)}, Jaccard ${closest.j?.toFixed(3)}  ${closest.a} ~ ${closest.b}`,
);

const events = readme.slice(readme.indexOf('## Events and files'), readme.indexOf('## Near-duplicate pairs'));
const eventOf = new Map();
let current = null;
for (const line of events.split('\n')) {
  const e = /^\s*\d+\.\s+\*\*(.+?)\*\*/.exec(line);
  if (e) current = e[1];
  const f = /^\s*-\s+`([^`]+)`(?:,\s*(?:line|item)\s+(\d+))?/.exec(line);
  if (f && current) eventOf.set(stem(f[1]) + (f[2] ? `#${f[2]}` : ''), current);
}
const storyOf = new Map();
report.stories.forEach((s, i) => s.articles.forEach((a) => storyOf.set(a.id, i)));
const published = new Map(articles.map((a) => [idOf(a), a.published]));
const ids = [...eventOf.keys()].filter((id) => published.has(id));
const count = (within) => {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]];
      if (within && !(Math.abs(Date.parse(published.get(a)) - Date.parse(published.get(b))) <= 7 * 864e5)) continue;
      const same = eventOf.get(a) === eventOf.get(b);
      const pred = storyOf.has(a) && storyOf.get(a) === storyOf.get(b);
      if (same && pred) tp++;
      else if (pred) fp++;
      else if (same) fn++;
    }
  return `precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
};
console.log(`stories: ${report.stories.length}; same-event article pairs: all ${count(false)}`);
console.log(`         published within 7 days: ${count(true)}`);
for (const s of report.stories)
  console.log(`  ${s.label}: ${s.articles.map((a) => `${a.id} [${a.source ?? '?'}]`).join(', ')}`);
