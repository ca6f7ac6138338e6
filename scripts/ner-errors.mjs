// Lists the misses and false positives of a saved `kg extract --jsonl` output against CoNLL-style gold (CoNLL dev,
// GMB dev), matched as score_ner.mjs's overlap score matches them, by type and cause, with each one's context.
// usage: npm run build && node bin/kg.js extract --jsonl < INPUT.jsonl > PRED.jsonl
//        node scripts/ner-errors.mjs GOLD.conll PRED.jsonl [--type person|organization|place] [--counts]
//        [--reference OTHER.conll]
//   INPUT.jsonl holds the gold documents as score_ner.mjs sends them ({"id":"doc0","text":...}; the ids are docN).
//   Causes: a miss is "missed" (nothing predicted over it) or "mistyped as T"; a false positive has "no gold" over it
//   or "gold T". "likely inconsistent gold" counts errors where the predicted type is the type the gold gives the same
//   words most often elsewhere in the set: on GMB, whose tags are partly automatic, these are mostly annotation noise.
//   --reference OTHER.conll (an independently annotated set, e.g. CoNLL train beside GMB dev) also counts each error by
//   the type that set gives the same words most often (MISC included): "as predicted" marks a difference of tagging
//   convention between the two sets (GMB's "China says" an organisation, CoNLL's a place), not a wrong prediction;
//   "as gold" an error both annotations agree is one.
//   (KG_SHARED=DIR when the shared folder is not beside this checkout)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.KG_SHARED ?? resolve(root, '../shared'));
const { loadConll } = await import(join(shared, 'eval', 'conll.mjs'));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { type: { type: 'string' }, counts: { type: 'boolean' }, reference: { type: 'string' } },
});
if (positionals.length !== 2) {
  console.error('usage: node scripts/ner-errors.mjs GOLD.conll PRED.jsonl [--type T] [--counts]');
  process.exit(1);
}
const docs = loadConll(positionals[0]);
const pred = new Map(
  readFileSync(positionals[1], 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => {
      const o = JSON.parse(l);
      return [o.id, o];
    }),
);
const types = ['person', 'organization', 'place'];
const ov = (a, b) => a.start < b.end && b.start < a.end;

/** the type the gold gives each string most often */
const tally = new Map();
for (const d of docs)
  for (const g of d.gold) {
    const t = d.text.slice(g.start, g.end);
    const m = tally.get(t) ?? {};
    m[g.type] = (m[g.type] ?? 0) + 1;
    tally.set(t, m);
  }
/** the type a tally gives a string most often, or null */
const mostOften = (tallies, t) => {
  const m = tallies.get(t);
  return m ? Object.entries(m).sort((a, b) => b[1] - a[1])[0][0] : null;
};
const usualType = (t) => mostOften(tally, t);

/** the type an independently annotated set gives each string most often (MISC kept as 'misc') */
const reference = new Map();
if (values.reference)
  for (const d of loadConll(values.reference, {
    typeMap: { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc', GPE: 'ignore' },
  }))
    for (const g of d.gold) {
      const m = reference.get(g.text) ?? {};
      m[g.type] = (m[g.type] ?? 0) + 1;
      reference.set(g.text, m);
    }
/** how the reference set types an error's words: like the prediction, like the gold, otherwise, or not at all */
const referenceSays = (text, predicted, goldType) => {
  const r = mostOften(reference, text);
  if (!r) return 'unknown to reference';
  if (r === predicted) return 'reference types it as predicted';
  if (r === goldType) return 'reference types it as gold';
  return `reference types it ${r}`;
};

let matched = 0;
/** @type {{ miss: any[], fp: any[] }} */
const errors = { miss: [], fp: [] };
for (const d of docs) {
  const p = pred.get(d.id);
  const ignore = d.gold.filter((g) => g.type === 'ignore');
  const gold = d.gold.filter((g) => types.includes(g.type));
  const seen = new Set();
  const ps = [];
  const all = [];
  for (const e of p?.entities ?? [])
    for (const m of e.mentions ?? []) {
      all.push({ type: e.type, start: m.start, end: m.end });
      if (!types.includes(e.type)) continue;
      const k = `${e.type}:${m.start}:${m.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const span = { type: e.type, start: m.start, end: m.end };
      if (ignore.some((g) => ov(g, span)) && !gold.some((g) => ov(g, span))) continue;
      ps.push(span);
    }
  const ctx = (s) =>
    (
      d.text.slice(Math.max(0, s.start - 40), s.start) +
      '[[' +
      d.text.slice(s.start, s.end) +
      ']]' +
      d.text.slice(s.end, s.end + 40)
    ).replace(/\n/g, ' ');
  const used = new Set();
  for (const g of gold) {
    const i = ps.findIndex((s, j) => !used.has(j) && s.type === g.type && ov(s, g));
    if (i >= 0) {
      used.add(i);
      matched++;
      continue;
    }
    const text = d.text.slice(g.start, g.end);
    const over = all.filter((s) => types.includes(s.type) && ov(s, g));
    const cause = over.length ? `mistyped as ${over[0].type}` : 'missed';
    const noise = over.length > 0 && usualType(text) === over[0].type;
    const ref = referenceSays(text, over[0]?.type ?? null, g.type);
    errors.miss.push({ type: g.type, text, cause, noise, ref, ctx: ctx(g), doc: d.id });
  }
  ps.forEach((s, j) => {
    if (used.has(j)) return;
    const text = d.text.slice(s.start, s.end);
    const over = d.gold.filter((g) => ov(g, s));
    const cause = over.length ? `gold ${over[0].type}` : 'no gold';
    const ref = referenceSays(text, s.type, over[0]?.type ?? null);
    errors.fp.push({ type: s.type, text, cause, noise: usualType(text) === s.type, ref, ctx: ctx(s), doc: d.id });
  });
}

for (const [kind, rows] of Object.entries(errors)) {
  const noisy = rows.filter((r) => r.noise).length;
  console.log(
    `==== ${kind === 'miss' ? 'misses' : 'false positives'} ${rows.length} (likely inconsistent gold ${noisy})`,
  );
  for (const t of types) {
    const mine = rows.filter((r) => r.type === t && (!values.type || values.type === t));
    if (!mine.length) continue;
    const byCause = {};
    for (const r of mine) byCause[r.cause] = (byCause[r.cause] ?? 0) + 1;
    console.log(`-- ${t} ${mine.length} ${JSON.stringify(byCause)}`);
    if (values.reference) {
      const byReference = {};
      for (const r of mine) byReference[`${r.cause}, ${r.ref}`] = (byReference[`${r.cause}, ${r.ref}`] ?? 0) + 1;
      for (const [k, n] of Object.entries(byReference).sort((a, b) => b[1] - a[1])) console.log(`   ${n}\t${k}`);
    }
    if (values.counts) continue;
    for (const r of mine)
      console.log(
        `  ${r.text}\t${r.cause}${r.noise ? ' (usual gold type)' : ''}${values.reference ? `; ${r.ref}` : ''}\t${r.doc}\t${r.ctx}`,
      );
  }
}

if (values.reference && !values.type) {
  // the overlap score again with each error whose words the reference set types as predicted counted as no error: a
  // mistyped gold span a match, a false positive gone; what the set would score under the reference's convention
  const f1 = (tp, fp, fn) => (2 * tp) / (2 * tp + fp + fn);
  const asPredicted = (r) => r.ref === 'reference types it as predicted';
  const retyped = errors.miss.filter((r) => asPredicted(r)).length;
  const fp = errors.fp.filter((r) => !asPredicted(r)).length;
  console.log(
    `overlap micro F1 ${f1(matched, errors.fp.length, errors.miss.length).toFixed(3)}; with the reference's convention ` +
      `${f1(matched + retyped, fp, errors.miss.length - retyped).toFixed(3)} (${retyped} mistyped gold spans and ` +
      `${errors.fp.length - fp} false positives typed as the reference types the same words)`,
  );
}
