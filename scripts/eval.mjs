// Runs the three extraction scorers from ../shared/eval against the built CLI and prints their last lines.
// usage: npm run build && npm run eval   (KG_SHARED=DIR when the shared folder is not beside this checkout, e.g. from
// a git worktree elsewhere)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.KG_SHARED ?? resolve(root, '../shared'));
const evalDir = join(shared, 'eval');
if (!existsSync(join(evalDir, 'score_ner.mjs'))) {
  console.error(`eval: scorers not found in ${evalDir} (set KG_SHARED to the folder holding eval/ and seeds/)`);
  process.exit(1);
}
const kg = ['--', process.execPath, join(root, 'bin/kg.js'), 'extract', '--jsonl'];
/** @type {Array<[string, string[]]>} */
const runs = [
  ['conll-dev', [join(evalDir, 'score_ner.mjs'), join(evalDir, 'conll-dev.conll'), ...kg]],
  ['gmb-dev', [join(evalDir, 'score_ner.mjs'), join(evalDir, 'gmb-dev.conll'), ...kg]],
  [
    'seed',
    [
      join(evalDir, 'score_seed.mjs'),
      join(shared, 'seeds/000_7b80e0e88ed1ed17.txt'),
      join(evalDir, 'seed-gold.json'),
      ...kg,
    ],
  ],
];
let failed = false;
for (const [name, args] of runs) {
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env },
  });
  const lines = (r.stdout || '').trim().split('\n');
  if (process.env.VERBOSE) console.log(lines.slice(0, -1).join('\n'));
  console.log(`${name}: ${lines[lines.length - 1]}`);
  if (r.status !== 0) {
    failed = true;
    console.error(r.stderr);
  }
}
process.exit(failed ? 1 : 0);
