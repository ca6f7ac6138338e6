// Runs the extraction scorers from ../shared/eval against the built CLI and prints their last lines.
// usage: npm run build && npm run eval [-- --entities] [--upper] [--lower] [--slice FILE|--slice-split]
//   (KG_SHARED=DIR when the shared folder is not beside this checkout, e.g. from a git worktree elsewhere)
//   --entities     also score distinct entities per article (score_entities.mjs) on the CoNLL-style sets
//   --upper        also score copies of CoNLL dev and GMB dev in capitals (each word upper-cased, tags kept): the
//                  shape of all-caps wire copy
//   --lower        also score copies of CoNLL dev and GMB dev without capitals (each word lower-cased, tags kept): the
//                  shape of a post or message typed without capitals
//   --mixed        also score copies of CoNLL dev and GMB dev where each document has one stretch recased (tags kept),
//                  chosen with a fixed seed (--seed N, default 44) so the copy is the same on every run: its headline
//                  in capitals or without capitals, its body without capitals under a cased headline, or a run of
//                  about a third of its sentences without capitals or in capitals
//   --slice FILE   also score the held-out slice of the training split (its last 15% of documents), read with the
//                  tagger model FILE, which must be trained on the other 85% only (rules were never tuned on the
//                  slice, so it stands in for unseen news). --slice-split writes the two parts and prints the
//                  command that trains such a model.
//   --only WORD    score only the sets whose name holds WORD ("mixed", "gmb-dev", "seed")
// Copies and slices are written to a folder under the system's temporary directory, never into the project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// the built project's seeded generator, imported by URL so that typechecking the scripts does not read dist/ as source
const { mulberry32 } = await import(new URL('../dist/dedup/synthetic.js', import.meta.url).href);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.KG_SHARED ?? resolve(root, '../shared'));
const evalDir = join(shared, 'eval');
if (!existsSync(join(evalDir, 'score_ner.mjs'))) {
  console.error(`eval: scorers not found in ${evalDir} (set KG_SHARED to the folder holding eval/ and seeds/)`);
  process.exit(1);
}
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const value = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sliceModel = value('slice');
if (args.includes('--slice') && (!sliceModel || sliceModel.startsWith('--'))) {
  console.error('eval: --slice needs the tagger model file trained without the slice (see --slice-split)');
  process.exit(1);
}
const work = join(tmpdir(), 'kg-eval');
mkdirSync(work, { recursive: true });

/** Where a recased copy of a CoNLL-style file is written: its name with `.TAG` before `.conll`. */
function copyPath(file, tag) {
  return join(
    work,
    file
      .split('/')
      .pop()
      .replace(/\.conll$/, `.${tag}.conll`),
  );
}

/** One CoNLL-style line with its word upper-cased or lower-cased (document marks, blank lines and tags untouched). */
function recaseLine(line, casing) {
  if (!line || line.startsWith('-DOCSTART-')) return line;
  const parts = line.split(' ');
  parts[0] = casing === 'upper' ? parts[0].toUpperCase() : parts[0].toLowerCase();
  return parts.join(' ');
}

/** CoNLL-style lines with every word upper-cased or lower-cased. */
function caseCopy(file, casing) {
  const out = copyPath(file, casing);
  const lines = readFileSync(file, 'utf8').split('\n');
  writeFileSync(out, lines.map((l) => recaseLine(l, casing)).join('\n'));
  return out;
}

/** The ways a document is recased by --mixed: which sentences (by index, of n) take which case. */
const MIXES = [
  { name: 'headline in capitals', pick: () => ({ from: 0, to: 1, casing: 'upper' }) },
  { name: 'headline without capitals', pick: () => ({ from: 0, to: 1, casing: 'lower' }) },
  { name: 'body without capitals', pick: (n) => ({ from: 1, to: n, casing: 'lower' }) },
  ...['lower', 'upper'].map((casing) => ({
    name: `a stretch ${casing === 'lower' ? 'without capitals' : 'in capitals'}`,
    pick: (n, rnd) => {
      const len = Math.max(1, Math.round(n / 3));
      const from = 1 + Math.floor(rnd() * Math.max(1, n - len));
      return { from, to: Math.min(n, from + len), casing };
    },
  })),
];

/** CoNLL-style lines where each document (of two sentences or more) has one stretch recased, by a seeded choice. */
function mixedCopy(file, seed) {
  const out = copyPath(file, `mixed${seed}`);
  const rnd = mulberry32(seed);
  const docs = readFileSync(file, 'utf8').split(/^(?=-DOCSTART-)/m);
  const counts = new Map();
  const changed = docs.map((doc) => {
    // sentences are runs of lines between blank lines; the -DOCSTART- line stands alone
    const blocks = doc.split(/\n\n/);
    const sentenceAt = blocks.map((b, i) => (b.trim() && !b.startsWith('-DOCSTART-') ? i : -1)).filter((i) => i >= 0);
    const n = sentenceAt.length;
    if (n < 2) return doc;
    const mix = MIXES[Math.floor(rnd() * MIXES.length)];
    const { from, to, casing } = mix.pick(n, rnd);
    counts.set(mix.name, (counts.get(mix.name) ?? 0) + 1);
    for (let k = from; k < to; k++) {
      const i = sentenceAt[k];
      blocks[i] = blocks[i]
        .split('\n')
        .map((l) => recaseLine(l, casing))
        .join('\n');
    }
    return blocks.join('\n\n');
  });
  writeFileSync(out, changed.join(''));
  if (process.env.VERBOSE) console.log(`${out}: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return out;
}

/** The training split in two: its first 85% of documents to train on, its last 15% to score. */
function splitTraining() {
  const text = readFileSync(join(evalDir, 'conll-train.conll'), 'utf8');
  const docs = text.split(/^(?=-DOCSTART-)/m).filter((d) => d.startsWith('-DOCSTART-'));
  const cut = Math.floor(docs.length * 0.85);
  const train = join(work, 'conll-train85.conll');
  const slice = join(work, 'conll-train-slice.conll');
  writeFileSync(train, docs.slice(0, cut).join(''));
  writeFileSync(slice, docs.slice(cut).join(''));
  // train-tagger.ts reads the CoNLL loader beside its training file
  const loader = join(work, 'conll.mjs');
  if (!existsSync(loader)) symlinkSync(join(evalDir, 'conll.mjs'), loader);
  return { train, slice, docs: docs.length - cut };
}

if (flag('slice-split')) {
  const { train, slice, docs } = splitTraining();
  console.log(`slice: ${docs} documents in ${slice}; train a model without them with:`);
  console.log(`  npm run train:tagger -- --train ${train} --out ${join(work, 'ner-tagger-85.bin.gz')}`);
  console.log(`then: node scripts/eval.mjs --slice ${join(work, 'ner-tagger-85.bin.gz')}`);
  process.exit(0);
}

const kg = [process.execPath, join(root, 'bin/kg.js'), 'extract', '--jsonl'];
/** @type {Array<{ name: string, gold: string, env?: Record<string, string> }>} */
const sets = [
  { name: 'conll-dev', gold: join(evalDir, 'conll-dev.conll') },
  { name: 'gmb-dev', gold: join(evalDir, 'gmb-dev.conll') },
];
for (const casing of ['upper', 'lower'])
  if (flag(casing)) {
    sets.push({ name: `conll-dev ${casing}`, gold: caseCopy(join(evalDir, 'conll-dev.conll'), casing) });
    sets.push({ name: `gmb-dev ${casing}`, gold: caseCopy(join(evalDir, 'gmb-dev.conll'), casing) });
  }
if (flag('mixed')) {
  const seed = Number(value('seed') ?? 44);
  sets.push({ name: `conll-dev mixed`, gold: mixedCopy(join(evalDir, 'conll-dev.conll'), seed) });
  sets.push({ name: `gmb-dev mixed`, gold: mixedCopy(join(evalDir, 'gmb-dev.conll'), seed) });
}
if (sliceModel) {
  if (!existsSync(sliceModel)) {
    console.error(`eval: no tagger model at ${sliceModel}`);
    process.exit(1);
  }
  sets.push({ name: 'train slice', gold: splitTraining().slice, env: { KG_TAGGER_MODEL: resolve(sliceModel) } });
}

const only = value('only');
const chosen = (name) => !only || name.includes(only);
let failed = false;
const run = (name, argv, env = {}) => {
  const r = spawnSync(process.execPath, argv, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });
  const lines = (r.stdout || '').trim().split('\n');
  if (process.env.VERBOSE) console.log(lines.slice(0, -1).join('\n'));
  console.log(`${name}: ${lines[lines.length - 1]}`);
  if (r.status !== 0) {
    failed = true;
    console.error(r.stderr);
  }
};
for (const { name, gold, env } of sets.filter((s) => chosen(s.name))) {
  run(name, [join(evalDir, 'score_ner.mjs'), gold, '--', ...kg], env);
  if (flag('entities')) run(`${name} entities`, [join(evalDir, 'score_entities.mjs'), gold, '--', ...kg], env);
}
if (chosen('seed'))
  run('seed', [
    join(evalDir, 'score_seed.mjs'),
    join(shared, 'seeds/000_7b80e0e88ed1ed17.txt'),
    join(evalDir, 'seed-gold.json'),
    '--',
    ...kg,
  ]);
process.exit(failed ? 1 : 0);
