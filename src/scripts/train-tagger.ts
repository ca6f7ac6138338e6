// Trains the averaged-perceptron BIO tagger on a CoNLL-2003 training file (read in place, never copied)
// and writes pruned weights to data/models/ner-tagger.txt. Tune epochs on the dev file; never train on it.
// usage: npm run train:tagger -- [--train ../shared/eval/conll-train.conll] [--dev ../shared/eval/conll-dev.conll] [--epochs 10] [--seeds 111,222,333]
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gazetteerLabels } from '../extract/gazetteer.js';
import { loadGazetteer } from '../extract/resources.js';
import { TAGS, docCasing, historyFeatures, isAllCapsSentence, sentenceFeatures } from '../extract/tagger-features.js';
import { TaggerModel, allowed, decode } from '../extract/tagger.js';
import { tokenize } from '../extract/tokens.js';

interface GoldSpan { type: string; start: number; end: number }
interface ConllDoc { id: string; text: string; gold: GoldSpan[] }
interface Sent { words: string[]; gaz: string[]; tags: string[]; feats: Int32Array[] | null; raw: string[][] }
type LoadConll = (path: string, opts?: { typeMap: Record<string, string> }) => ConllDoc[];

const NT = TAGS.length;
const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => { const i = args.indexOf('--' + name); return i >= 0 && args[i + 1] ? args[i + 1]! : dflt; };
const trainPath = resolve(arg('train', '../shared/eval/conll-train.conll'));
const devPath = resolve(arg('dev', '../shared/eval/conll-dev.conll'));
const epochs = Number(arg('epochs', '8'));
const prune = Number(arg('prune', '0.02'));
const out = resolve(arg('out', fileURLToPath(new URL('../../data/models/ner-tagger.txt', import.meta.url))));

const { loadConll } = (await import(pathToFileURL(resolve(dirname(trainPath), 'conll.mjs')).href)) as { loadConll: LoadConll };
const gazetteer = loadGazetteer();
const TYPE_MAP = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', GPE: 'MISC' };

function sentencesOf(doc: ConllDoc): Sent[] {
  const sents: Sent[] = [];
  let pos = 0;
  for (const line of doc.text.split('\n')) {
    const toks = tokenize(doc.text, pos, pos + line.length);
    const tags = toks.map((t) => {
      const g = doc.gold.find((s) => t.start >= s.start && t.end <= s.end);
      if (!g) return 'O';
      return (t.start === g.start ? 'B-' : 'I-') + g.type;
    });
    const words = toks.map((t) => t.text);
    if (words.length) sents.push({ words, gaz: gazetteerLabels(gazetteer, words, isAllCapsSentence(words)), tags, feats: null, raw: [] });
    pos += line.length + 1;
  }
  const casing = docCasing(sents.map((s) => s.words));
  for (const s of sents) s.raw = sentenceFeatures(s.words, s.gaz, casing);
  return sents;
}

const t0 = Date.now();
const train = loadConll(trainPath, { typeMap: TYPE_MAP }).flatMap(sentencesOf);
const devDocs = loadConll(devPath, { typeMap: TYPE_MAP });
console.log(`train sentences ${train.length}, dev docs ${devDocs.length} (${Date.now() - t0} ms)`);

// feature ids and growable weight arrays
const ids = new Map<string, number>();
let cap = 1 << 20;
let w = new Float32Array(cap * NT), tot = new Float64Array(cap * NT), ts = new Int32Array(cap * NT);
function idOf(f: string): number {
  let id = ids.get(f);
  if (id === undefined) {
    id = ids.size;
    ids.set(f, id);
    if (id >= cap) {
      cap *= 2;
      const w2 = new Float32Array(cap * NT); w2.set(w); w = w2;
      const t2 = new Float64Array(cap * NT); t2.set(tot); tot = t2;
      const s2 = new Int32Array(cap * NT); s2.set(ts); ts = s2;
    }
  }
  return id;
}
for (const s of train) { s.feats = s.raw.map((f) => Int32Array.from(f, idOf)); s.raw = []; }
console.log(`static features ${ids.size}`);

let clock = 1;
function update(fs: ArrayLike<number>, t: number, v: number) {
  for (let k = 0; k < fs.length; k++) {
    const j = fs[k]! * NT + t;
    tot[j]! += (clock - ts[j]!) * w[j]!;
    ts[j] = clock;
    w[j]! += v;
  }
}

function averaged(): TaggerModel {
  const m = new TaggerModel(ids.size);
  m.weights = new Float32Array(ids.size * NT);
  for (let j = 0; j < ids.size * NT; j++) m.weights[j] = (tot[j]! + (clock - ts[j]!) * w[j]!) / clock;
  for (const [f, id] of ids) m.index.set(f, id);
  return m;
}

function evaluate(m: TaggerModel): string {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of ['PER', 'ORG', 'LOC']) c[t] = { tp: 0, fp: 0, fn: 0 };
  for (const doc of devDocs) {
    const sents = sentencesOf(doc);
    const casing = docCasing(sents.map((s) => s.words));
    const spans = (tags: string[]) => {
      const r = new Set<string>();
      let open: { type: string; s: number; e: number } | null = null;
      tags.forEach((t, i) => {
        if (t === 'O' || t.startsWith('B-') || (open && open.type !== t.slice(2))) { if (open) r.add(`${open.type}:${open.s}:${open.e}`); open = null; }
        if (t.startsWith('B-') || (t.startsWith('I-') && !open)) open = { type: t.slice(2), s: i, e: i };
        else if (open) open.e = i;
      });
      if (open) { const o = open as { type: string; s: number; e: number }; r.add(`${o.type}:${o.s}:${o.e}`); }
      return r;
    };
    sents.forEach((s, si) => {
      const p = spans(decode(m, s.words, s.gaz, casing)), g = spans(s.tags);
      for (const x of p) { const t = x.split(':')[0]!; if (c[t]) c[t][g.has(x) ? 'tp' : 'fp']++; }
      for (const x of g) { const t = x.split(':')[0]!; if (c[t] && !p.has(x)) c[t].fn++; }
      void si;
    });
  }
  const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn || 1);
  const all = Object.values(c).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  return `micro ${f1(all).toFixed(4)} PER ${f1(c.PER!).toFixed(3)} ORG ${f1(c.ORG!).toFixed(3)} LOC ${f1(c.LOC!).toFixed(3)}`;
}

// --seeds 111,222,333 trains one model per shuffle order and averages them (less variance than one run)
const seeds = arg('seeds', arg('seed', '12345')).split(',').map(Number);
const scores = new Float64Array(NT);
let sum: Float64Array | null = null;
for (const s0 of seeds) {
  let seed = s0;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  w.fill(0); tot.fill(0); ts.fill(0); clock = 1;
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = train.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [train[i], train[j]] = [train[j]!, train[i]!]; }
    let errors = 0, n = 0;
    for (const s of train) {
      const pred: string[] = [];
      for (let i = 0; i < s.words.length; i++) {
        const p1 = i > 0 ? pred[i - 1]! : '<s>', p2 = i > 1 ? pred[i - 2]! : '<s>';
        const hist = Int32Array.from(historyFeatures(p1, p2, s.words[i]!.toLowerCase()), idOf);
        const fs = s.feats![i]!;
        scores.fill(0);
        for (const arr of [fs, hist]) for (let k = 0; k < arr.length; k++) { const b = arr[k]! * NT; for (let t = 0; t < NT; t++) scores[t]! += w[b + t]!; }
        let best = 0, bs = -Infinity;
        for (let t = 0; t < NT; t++) if (scores[t]! > bs && allowed(p1, TAGS[t]!)) { best = t; bs = scores[t]!; }
        const gold = TAGS.indexOf(s.tags[i] as (typeof TAGS)[number]);
        if (best !== gold) {
          errors++;
          update(fs, gold, 1); update(fs, best, -1);
          update(hist, gold, 1); update(hist, best, -1);
        }
        clock++; n++;
        pred.push(TAGS[best]!);
      }
    }
    const evalNow = ep === epochs || seeds.length === 1;
    console.log(`seed ${s0} epoch ${ep}: token errors ${(errors / n * 100).toFixed(2)}%${evalNow ? '  dev ' + evaluate(averaged()) : ''}  (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  const one = averaged();
  if (!sum || sum.length < one.weights.length) { const grown = new Float64Array(one.weights.length); if (sum) grown.set(sum); sum = grown; }
  for (let j = 0; j < one.weights.length; j++) sum[j]! += one.weights[j]! / seeds.length;
}
function final(): TaggerModel {
  const m = averaged();
  m.weights = Float32Array.from(sum!.subarray(0, m.weights.length));
  return m;
}

const m = final();
const lines: string[] = [];
for (const [f, id] of m.index) {
  const parts: string[] = [];
  for (let t = 0; t < NT; t++) {
    const v = m.weights[id * NT + t]!;
    if (Math.abs(v) >= prune) parts.push(`${t}:${+v.toFixed(3)}`);
  }
  if (parts.length && !f.includes('\n') && !f.includes('\t')) lines.push(`${f}\t${parts.join(' ')}`);
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${lines.length} features to ${out}`);
const pruned = TaggerModel.parse(lines.join('\n'));
console.log(`dev after pruning: ${evaluate(pruned)}`);
