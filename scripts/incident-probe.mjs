// The incident probe: every incident the extractor finds in a set of news documents, one block each, with the
// sentence of its first mention, so that a person can count true and false incidents by hand.
// usage: npm run build && node scripts/incident-probe.mjs [--conll FILE | --jsonl FILE] [--out FILE] [--all]
//   --conll FILE  a CoNLL-2003 style file (default: $KG_SHARED/eval/conll-dev.conll); each -DOCSTART- document is
//                 rebuilt as text by the shared loader (eval/conll.mjs, read in place) and run through the CLI
//   --jsonl FILE  documents already as `kg extract --jsonl` input lines ({"id", "text"})
//   --out FILE    also keep the raw extraction lines there (to compare two runs without extracting again)
//   --from FILE   read the extraction lines from FILE instead of running the CLI
//   --all         also print documents that made no incident, with their first line (to look for misses)
// Prints `doc | kind | name | place | date | killed/injured | participants` and the sentence under it, then a total.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.KG_SHARED ?? resolve(root, '../shared'));
const { values } = parseArgs({
  options: {
    conll: { type: 'string' },
    jsonl: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    all: { type: 'boolean' },
  },
});

/** @returns {Promise<Array<{ id: string, text: string }>>} */
async function readDocs() {
  if (values.jsonl) {
    return readFileSync(values.jsonl, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  }
  const file = values.conll ?? join(shared, 'eval/conll-dev.conll');
  const loader = join(shared, 'eval/conll.mjs');
  if (!existsSync(file) || !existsSync(loader)) {
    console.error(`incident-probe: ${existsSync(file) ? loader : file} not found (set KG_SHARED or pass --conll)`);
    process.exit(1);
  }
  const { loadConll } = await import(pathToFileURL(loader).href);
  return loadConll(file).map((d) => ({ id: d.id, text: d.text }));
}

const docs = await readDocs();
let lines;
if (values.from) {
  lines = readFileSync(values.from, 'utf8');
} else {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
  const run = spawnSync(process.execPath, [join(root, 'bin/kg.js'), 'extract', '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) {
    console.error(`incident-probe: kg extract failed (${run.status}): ${run.stderr}`);
    process.exit(1);
  }
  lines = run.stdout;
}
if (values.out) writeFileSync(values.out, lines);

const texts = new Map(docs.map((d) => [d.id, d.text]));
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
let incidents = 0;
let withIncident = 0;
for (const line of lines.split('\n')) {
  if (!line.startsWith('{')) continue;
  const out = JSON.parse(line);
  const text = texts.get(out.id) ?? '';
  const found = out.entities.filter((e) => e.type === 'incident');
  if (found.length) withIncident++;
  else if (values.all)
    console.log(`${out.id} | (none) | ${oneLine(text.slice(0, text.indexOf('\n') >>> 0)).slice(0, 120)}`);
  for (const e of found) {
    incidents++;
    const m = e.mentions?.[0];
    const s = m && out.sentences ? out.sentences[m.sentence] : undefined;
    const sentence = s ? text.slice(s.start, s.end) : m ? text.slice(m.start, m.end) : '';
    const parts = (e.participants ?? []).map((p) => `${p.role}:${p.name}`).join(', ');
    const date = `${e.date ?? '-'}${e.dateBasis ? `(${e.dateBasis})` : ''}${e.datePeriod ? ` ~${e.datePeriod}` : ''}`;
    console.log(
      `${out.id} | ${e.kind} | ${e.name} | place=${e.place ?? '-'} | date=${date} | k=${e.killed ?? '-'} i=${e.injured ?? '-'}${e.reference ? ' REF' : ''} | ${parts}`,
    );
    console.log(`    «${oneLine(sentence).slice(0, 300)}»`);
  }
}
console.log(`# ${incidents} incidents in ${withIncident} of ${docs.length} documents`);
