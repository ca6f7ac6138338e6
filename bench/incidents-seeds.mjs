#!/usr/bin/env node
// Incident nodes of the seeds' graph, per real event of seeds/README.md ("Events and files"): for each event the
// Incident nodes its articles cover (reports and follow-ups apart), with date, place, country, coordinates and the
// perpetrators linked; then the incidents no event's article reports (invented ones) and a summary line.
//   npm run build && node bench/incidents-seeds.mjs [--ingest] [seeds-dir]
// --frames lists under each node the frames (one article's report) it is made of.
// --ingest WIPES the Neo4j of the environment (KG_NEO4J_PORT / NEO4J_URI) and ingests the folder first.
// Expected countries are the bench's own reading of the README's events (ISO 3166-1 alpha-2, in order).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = (p) => import(pathToFileURL(fileURLToPath(new URL(`../dist/${p}`, import.meta.url))).href);
const args = process.argv.slice(2);
const ingest = args.includes('--ingest');
const showFrames = args.includes('--frames');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../seeds/', import.meta.url)));
const COUNTRIES = ['US', 'GB', 'AU', 'FR', 'FR', 'BE', 'FR', 'DE', 'GB', 'GB', 'GB', 'NZ', 'LK', 'RU'];
const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const { readSources } = await dist('sources/walk.js');
const { normaliseText, contentHash, articleIdFromHash } = await dist('ingest/normalise.js');
const { openGraph } = await dist('graph/driver.js');
const { isResponseKind } = await dist('ontology/index.js');

const { articles } = await readSources([dir]);
const multi = new Set(articles.filter((a) => a.origin.item > 0).map((a) => a.origin.file));
const stem = (f) => f.replace(/\.\w+$/, '');
const nameOf = (a) => stem(basename(a.origin.file)) + (multi.has(a.origin.file) ? `#${a.origin.item + 1}` : '');
const idOfName = new Map(articles.map((a) => [nameOf(a), articleIdFromHash(contentHash(normaliseText(a.text)))]));

// events: name, first and last day, country, article ids
const readme = readFileSync(`${dir}/README.md`, 'utf8');
const section = readme.slice(readme.indexOf('## Events and files'), readme.indexOf('## Near-duplicate pairs'));
const events = [];
for (const line of section.split('\n')) {
  const e = /^\s*\d+\.\s+\*\*(.+?)\*\*.*?(\d{1,2})(?:[–-](\d{1,2}))?\s+(\w{3})\w*\s+(\d{4})\s*$/.exec(line);
  if (e) {
    const [, name, d1, d2, mon, y] = e;
    const iso = (d) => `${y}-${String(MONTHS[mon.toLowerCase()]).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    events.push({ name, from: iso(d1), to: iso(d2 ?? d1), country: COUNTRIES[events.length], ids: new Set() });
    continue;
  }
  const f = /^\s*-\s+`([^`]+)`(?:,\s*(?:line|item)\s+(\d+))?/.exec(line);
  if (f && events.length) {
    const id = idOfName.get(stem(f[1]) + (f[2] ? `#${f[2]}` : ''));
    if (!id) throw new Error(`README names ${f[1]}${f[2] ? ` #${f[2]}` : ''}, which the readers did not read`);
    events[events.length - 1].ids.add(id);
  }
}
const nameOfId = new Map([...idOfName].map(([n, id]) => [id, n]));

if (ingest) {
  const g = await openGraph();
  for (;;) {
    const n = await g.write(async (tx) =>
      (await tx.run('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n')).records[0].get('n'),
    );
    if (!n) break;
  }
  await g.close();
  const bin = fileURLToPath(new URL('../bin/kg.js', import.meta.url));
  execFileSync(process.execPath, [bin, 'ingest', dir, '--json', '--no-progress'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const g = await openGraph();
const rows = await g.read(async (tx) =>
  (
    await tx.run(`
MATCH (i:Incident)
OPTIONAL MATCH (p:Place {key: i.placeKey})
CALL (i) { OPTIONAL MATCH (a:Article)-[c:COVERS]->(i) RETURN collect({id: a.id, ref: coalesce(c.reference, false)}) AS covers }
CALL (i) { OPTIONAL MATCH (x)-[r:PARTICIPATED_IN {label: 'perpetrator'}]->(i) RETURN collect(DISTINCT x.name) AS perps }
CALL (i) { OPTIONAL MATCH (i)-[:FOLLOW_UP_OF]->(o:Incident) RETURN collect(DISTINCT o.key) AS follows }
RETURN i.key AS key, i.name AS name, i.kind AS kind, i.date AS date, i.placeName AS place, p.country AS country,
       i.lat AS lat, i.lon AS lon, i.frames AS frames, covers, perps, follows,
       COLLECT { MATCH (f:IncidentFrame) WHERE f.incident = i.key RETURN f {.articleId, .extractedKey, .kind, .date, .placeLabel, .country, .reference,
        .published, .followUpCue} } AS frameRows
ORDER BY key`)
  ).records.map((r) => r.toObject()),
);
await g.close();

const fmt = (r) =>
  `${r.follows.length ? 'follow-up ' : ''}${r.kind} | ${r.date ?? 'undated'} | ${r.place ?? '-'} ${r.country ?? '-'} | ` +
  `${r.lat === null || r.lat === undefined ? 'no coords' : `${(+r.lat).toFixed(2)},${(+r.lon).toFixed(2)}`} | ` +
  `perps: ${r.perps.join(', ') || '-'} | frames ${r.frames} | ${r.name}` +
  (showFrames
    ? r.frameRows
        .map(
          (f) =>
            `\n      - ${nameOfId.get(f.articleId) ?? f.articleId}: ${f.reference ? 'reference ' : ''}${f.kind} ` +
            `${f.date ?? 'undated'} ${f.placeLabel ?? '-'} ${f.country ?? '-'} (${f.extractedKey})`,
        )
        .join('')
    : '');
let oneNode = 0,
  right = 0;
const claimed = new Set();
for (const e of events) {
  const mine = rows.filter((r) => r.covers.some((c) => c.id && e.ids.has(c.id)));
  for (const r of mine) claimed.add(r.key);
  // the event's own nodes (the harm done) apart from the police response (arrests, raids: events of their own)
  const reported = mine.filter((r) => !r.follows.length && r.covers.some((c) => e.ids.has(c.id) && !c.ref));
  const reports = reported.filter((r) => !isResponseKind(r.kind));
  const responses = reported.filter((r) => isResponseKind(r.kind));
  const follows = mine.filter((r) => r.follows.length);
  const refsOnly = mine.filter((r) => !r.follows.length && !reported.includes(r));
  const inWindow = (d) => d && d >= e.from && d <= e.to;
  const good =
    reports.length === 1 && inWindow(reports[0].date) && reports[0].country === e.country && reports[0].lat !== null;
  if (reports.length === 1) oneNode++;
  if (good) right++;
  console.log(
    `\n${e.name} (${e.from}${e.to !== e.from ? `..${e.to}` : ''}, ${e.country}): ${reports.length} incident node(s), ` +
      `${responses.length} response(s), ${follows.length} follow-up(s)` +
      `${refsOnly.length ? `, ${refsOnly.length} only referred to` : ''}${good ? '  OK' : ''}`,
  );
  for (const r of reports) console.log(`  ${inWindow(r.date) && r.country === e.country ? '✓' : '✗'} ${fmt(r)}`);
  for (const r of responses) console.log(`  ⚑ ${fmt(r)}`);
  for (const r of follows) console.log(`  ↳ ${fmt(r)}`);
  for (const r of refsOnly) console.log(`  ? ${fmt(r)}`);
}
const stray = rows.filter((r) => !claimed.has(r.key));
if (stray.length) console.log(`\nincidents no event's article covers: ${stray.length}`);
for (const r of stray) console.log(`  ! ${fmt(r)}`);
const followUps = rows.filter((r) => r.follows.length).length;
const responseNodes = rows.filter((r) => !r.follows.length && isResponseKind(r.kind)).length;
console.log(
  `\nincident nodes ${rows.length} (${rows.length - followUps - responseNodes} event, ${responseNodes} response, ` +
    `${followUps} follow-up) for ${events.length} events; ` +
    `one node ${oneNode}/${events.length}; one node dated in the window, right country, coordinates ${right}/${events.length}`,
);
