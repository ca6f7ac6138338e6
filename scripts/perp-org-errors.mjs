// Counts the perpetrator-organisation answers of a saved `kg extract --jsonl` output against MUC-4 gold by class, as
// events_score.mjs scores them (the document's perpetrators, named or described, deduplicated, against the gold
// perp_org fillers, by head word), so that work on who did it aims at the largest class.
// usage: npm run build && node bin/kg.js extract --jsonl < /tmp/muc-dev.jsonl > PRED.jsonl
//        node scripts/perp-org-errors.mjs GOLD.json PRED.jsonl [--list WORDS]
//   Right answers by what was output (an organisation, a person, a described phrase). Wrong answers by what was
//   output and why the gold has no place for it: the document has no gold incident, the gold has no organisation
//   for it, the phrase is one of the gold's described perpetrators (right for the perpetrator score, wrong here), or
//   the gold names other organisations. Misses by what the output holds of the gold organisation: no incident at
//   all, no name of it in the text, a participant in another role, an entity that is no participant, no entity; or
//   unmatchable, where every gold name loses its head word under the scorer ("ARMED FORCES": "armed" cuts it).
//   --list WORDS prints each answer of the classes whose name holds WORDS.
//   (KG_SHARED=DIR when the shared folder is not beside this checkout)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.KG_SHARED ?? resolve(root, '../shared'));
const { norm, head } = await import(pathToFileURL(join(shared, 'eval', 'events', 'events_score.mjs')).href);
const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'string' } } });
if (positionals.length !== 2) {
  console.error('usage: node scripts/perp-org-errors.mjs GOLD.json PRED.jsonl [--list WORDS]');
  process.exit(1);
}
const gold = JSON.parse(readFileSync(positionals[0], 'utf8'));
const pred = new Map(
  readFileSync(positionals[1], 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l))
    .map((o) => [o.id, o]),
);

const counts = new Map();
const examples = new Map();
const count = (cls, line) => {
  counts.set(cls, (counts.get(cls) ?? 0) + 1);
  if (!examples.has(cls)) examples.set(cls, []);
  examples.get(cls).push(line);
};
const sameHead = (a, b) => head(a) !== '' && head(a) === head(b);
let right = 0;
let answers = 0;
let wanted = 0;

for (const [id, doc] of Object.entries(gold.docs)) {
  if (doc.neutral) continue;
  const out = pred.get(id);
  const entities = new Map((out?.entities ?? []).map((e) => [e.id, e]));
  const incidents = (out?.entities ?? []).filter((e) => e.type === 'incident');
  const parts = incidents.flatMap((inc) => (inc.participants ?? []).map((p) => ({ ...p, inc })));
  const namesOf = (p) => {
    const e = p.entity ? entities.get(p.entity) : undefined;
    return [p.name, ...(e ? [e.name, ...(e.aliases ?? [])] : [])].filter(Boolean);
  };
  // the scorer's deduplication: one answer per set of names that share a normalised name
  const perps = [];
  for (const p of parts.filter((x) => x.role === 'perpetrator')) {
    const names = namesOf(p);
    if (!perps.some((q) => q.names.some((a) => names.some((b) => norm(a) === norm(b))))) perps.push({ p, names });
  }
  const orgs = [];
  for (const alts of doc.incidents.flatMap((g) => g.perp_org ?? [])) {
    const same = orgs.find((o) => o.some((a) => alts.some((b) => norm(a) === norm(b))));
    if (same) same.push(...alts.filter((b) => !same.includes(b)));
    else orgs.push([...alts]);
  }
  const described = doc.incidents.flatMap((g) => g.perpetrators ?? []);
  answers += perps.length;
  wanted += orgs.length;
  const used = new Set();
  for (const { p, names } of perps) {
    const e = p.entity ? entities.get(p.entity) : undefined;
    const what = e ? e.type : 'described';
    const line = `${id} "${names[0]}"${e ? ` [${e.type}${e.kind ? '/' + e.kind : ''}]` : ''} in ${p.inc.kind}`;
    const k = orgs.findIndex((o, i) => !used.has(i) && o.some((a) => names.some((x) => sameHead(x, a))));
    if (k >= 0) {
      used.add(k);
      right++;
      count(`right: ${what}`, line);
      continue;
    }
    const why = !doc.incidents.length
      ? 'the document has no gold incident'
      : described.some((g) => g.some((a) => names.some((x) => sameHead(x, a))))
        ? "one of the gold's described perpetrators"
        : orgs.length
          ? 'the gold names other organisations'
          : 'the gold has no organisation';
    count(`wrong: ${what}, ${why}`, line);
  }
  const text = doc.input.text.toUpperCase();
  orgs.forEach((o, i) => {
    if (used.has(i)) return;
    const entity = (out?.entities ?? []).find(
      (e) => e.type !== 'incident' && o.some((a) => [e.name, ...(e.aliases ?? [])].some((x) => sameHead(x, a))),
    );
    const other = parts.find((p) => p.role !== 'perpetrator' && o.some((a) => namesOf(p).some((x) => sameHead(x, a))));
    const why = !o.some((a) => head(a))
      ? 'unmatchable under the scorer'
      : !incidents.length
        ? 'no incident output'
        : !o.some((a) => text.includes(a.toUpperCase()))
          ? 'no gold name written in the text'
          : other
            ? `a participant as ${other.role}`
            : entity
              ? `an entity (${entity.type}), no participant`
              : 'no entity';
    count(`missed: ${why}`, `${id} ${JSON.stringify(o)}${entity ? ` (entity "${entity.name}")` : ''}`);
  });
}

const f = (x) => x.toFixed(3);
const P = answers ? right / answers : 0;
const R = wanted ? right / wanted : 0;
console.log(
  `perp_org: ${right} right of ${answers} answers, ${wanted} wanted: P ${f(P)} R ${f(R)} F1 ${f(P + R ? (2 * P * R) / (P + R) : 0)}`,
);
for (const cls of [...counts.keys()].sort()) console.log(`${String(counts.get(cls)).padStart(5)}  ${cls}`);
if (values.list)
  for (const cls of [...examples.keys()].sort())
    if (cls.includes(values.list)) console.log(`\n## ${cls}\n${examples.get(cls).join('\n')}`);
