// Lists the relations extraction finds between named entities, one line each, for review and for before/after
// comparisons of a change to the relation rules: type, from, label, to, the rules that found it, and the words of
// its first evidence. Inputs are article files or folders (read as `kg ingest` reads them) and CoNLL-2003 files
// (`.conll`, rebuilt into documents by the `conll.mjs` beside them, as in ../shared/eval; read in place).
// usage: npm run build && node scripts/list-relations.mjs [--types role,affiliation] [--dist DIR] [PATH…] > rels.tsv
//   PATH     article files or folders, or .conll files (default: the project's seeds/)
//   --types  relation types to list, comma-separated, or all (default: role,affiliation)
//   --dist   the build to run (default: this checkout's dist/), e.g. a copy of dist/ made before a change
// A count goes to stderr; a file that cannot be read is named there and the exit status is 1.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { types: { type: 'string', default: 'role,affiliation' }, dist: { type: 'string' } },
});
const dist = resolve(values.dist ?? join(root, 'dist'));
if (!existsSync(join(dist, 'extract/index.js'))) {
  console.error(`list-relations: no build in ${dist} (run npm run build)`);
  process.exit(1);
}
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const [{ extract }, { defaultResources }, { readSources }] = await Promise.all([
  load('extract/index.js'),
  load('extract/resources.js'),
  load('sources/walk.js'),
]);
const types = values.types === 'all' ? null : new Set(values.types.split(','));
const paths = positionals.length ? positionals : [join(root, 'seeds')];

/** @type {{ id: string, text: string, title?: string, published?: string, source?: string }[]} */
const docs = [];
let failed = false;
for (const path of paths) {
  if (path.endsWith('.conll')) {
    const loader = join(dirname(resolve(path)), 'conll.mjs');
    if (!existsSync(loader)) {
      console.error(`list-relations: ${path}: no conll.mjs beside it to read it with`);
      failed = true;
      continue;
    }
    const { loadConll } = await import(pathToFileURL(loader).href);
    loadConll(path).forEach((d, i) => docs.push({ id: `${basename(path)}#${i}`, text: d.text }));
    continue;
  }
  const { articles, failures } = await readSources([path]);
  for (const f of failures) console.error(`list-relations: ${f.file}: ${f.reason}`);
  if (failures.length) failed = true;
  for (const a of articles)
    docs.push({
      id: `${a.origin.file}#${a.origin.item}`,
      text: a.text,
      ...(a.title ? { title: a.title } : {}),
      ...(a.published ? { published: a.published } : {}),
      ...(a.source ? { source: a.source } : {}),
    });
}

const res = defaultResources();
const oneLine = (s) => s.replace(/\s+/g, ' ').slice(0, 200);
let n = 0;
for (const doc of docs) {
  const r = extract(doc, res);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  for (const rel of r.relations) {
    if (types && !types.has(rel.type)) continue;
    n++;
    const e = rel.evidence[0];
    const fields = [rel.type, name.get(rel.from), rel.label ?? '', name.get(rel.to), (rel.rules ?? []).join(',')];
    console.log([...fields, oneLine(doc.text.slice(e.start, e.end))].join('\t'));
  }
}
console.error(`${n} relations in ${docs.length} documents`);
process.exit(failed ? 1 : 0);
