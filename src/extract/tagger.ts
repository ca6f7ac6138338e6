// Two-pass averaged-perceptron BIO tagger, after Ratinov & Roth (2009). Pass 1 tags each sentence greedily,
// left to right, from local features (tagger-features.ts); pass 2 tags it again with the same features plus
// what pass 1 said about the same words elsewhere in the document (tagger-doc-features.ts).
// Weights live in data/models/ner-tagger.txt.gz (trained by src/scripts/train-tagger.ts), loaded once, lazily.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { documentFeatures } from './tagger-doc-features.js';
import { TAGS, historyFeatures, sentenceFeatures, type DocCasing } from './tagger-features.js';

const NT = TAGS.length;
export const MODEL_HEADER = '# ner-tagger 2 tags=' + TAGS.join(',');

export class TaggerModel {
  /** pass-1 (local) and pass-2 (local + document) weights, NT per feature */
  local: Float32Array;
  global: Float32Array;

  /** `index`: feature -> row in both weight tables */
  constructor(capacity = 1024, readonly index = new Map<string, number>()) {
    this.local = new Float32Array(capacity * NT);
    this.global = new Float32Array(capacity * NT);
  }

  /** `# ner-tagger 2 tags=…` then one feature a line: `feature<TAB>tag:weight …<TAB>tag:weight …` (pass 1, pass 2). */
  static parse(text: string, source = 'tagger model'): TaggerModel {
    const lines = text.split('\n');
    if (lines[0] !== MODEL_HEADER) throw new Error(`${source}: not a tagger model of this version (first line should be "${MODEL_HEADER}")`);
    const m = new TaggerModel(lines.length);
    for (let n = 1; n < lines.length; n++) {
      const line = lines[n]!;
      if (!line) continue;
      const t2 = line.lastIndexOf('\t'), t1 = line.lastIndexOf('\t', t2 - 1);
      if (t1 <= 0) throw new Error(`${source}: line ${n + 1} is not "feature<TAB>weights<TAB>weights"`);
      const id = m.index.size;
      m.index.set(line.slice(0, t1), id);
      readPairs(line.slice(t1 + 1, t2), m.local, id, source, n);
      readPairs(line.slice(t2 + 1), m.global, id, source, n);
    }
    if (!m.index.size) throw new Error(`${source}: no features`);
    return m;
  }

  /** Row ids of the features the model knows (unknown ones dropped). */
  ids(features: readonly string[]): Int32Array {
    const out = new Int32Array(features.length);
    let k = 0;
    for (const f of features) { const id = this.index.get(f); if (id !== undefined) out[k++] = id; }
    return out.subarray(0, k);
  }
}

function readPairs(text: string, into: Float32Array, id: number, source: string, n: number): void {
  if (!text) return;
  for (const pair of text.split(' ')) {
    const c = pair.indexOf(':');
    const t = Number(pair.slice(0, c)), v = Number(pair.slice(c + 1));
    if (c <= 0 || !Number.isInteger(t) || t < 0 || t >= NT || !Number.isFinite(v)) throw new Error(`${source}: line ${n + 1}: bad weight "${pair}"`);
    into[id * NT + t] = v;
  }
}

/** Adds the weight rows of `ids` to `into`. */
export function addRows(weights: Float32Array, ids: ArrayLike<number>, into: Float64Array): void {
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k]! * NT;
    for (let t = 0; t < NT; t++) into[t]! += weights[base + t]!;
  }
}

/** I-X may only follow B-X or I-X. */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev.length > 2 && prev.slice(2) === tag.slice(2);
}

/** Best allowed tag index for these scores after `prev`. */
export function bestTag(scores: Float64Array, prev: string): number {
  let best = 0, bestScore = -Infinity;
  for (let t = 0; t < NT; t++) if (scores[t]! > bestScore && allowed(prev, TAGS[t]!)) { best = t; bestScore = scores[t]!; }
  return best;
}

/** Greedy left-to-right decoding of one sentence with one weight table; `extra` are further feature ids per token. */
export function greedy(model: TaggerModel, weights: Float32Array, words: readonly string[], feats: readonly Int32Array[], extra?: readonly Int32Array[]): string[] {
  const tags: string[] = [];
  const scores = new Float64Array(NT);
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const p1 = i > 0 ? tags[i - 1]! : '<s>', p2 = i > 1 ? tags[i - 2]! : '<s>';
    addRows(weights, feats[i]!, scores);
    if (extra) addRows(weights, extra[i]!, scores);
    addRows(weights, model.ids(historyFeatures(p1, p2, words[i]!.toLowerCase())), scores);
    tags.push(TAGS[bestTag(scores, p1)]!);
  }
  return tags;
}

export interface TaggerSentence { words: readonly string[]; /** gazetteer label per word (gazetteer.labelsFromMatches) */ gaz: readonly string[] }

/** BIO tags for every sentence of one document: pass 1 per sentence, then pass 2 with document features. */
export function tagDocument(model: TaggerModel, sentences: readonly TaggerSentence[], casing: DocCasing): string[][] {
  const feats = sentences.map((s) => sentenceFeatures(s.words, s.gaz, casing).map((f) => model.ids(f)));
  const pass1 = sentences.map((s, i) => greedy(model, model.local, s.words, feats[i]!));
  const docFeats = documentFeatures(sentences.map((s) => s.words), pass1);
  return sentences.map((s, i) => greedy(model, model.global, s.words, feats[i]!, docFeats[i]!.map((f) => model.ids(f))));
}

/** One sentence on its own (no document around it). */
export function decode(model: TaggerModel, words: readonly string[], gaz: readonly string[], casing: DocCasing): string[] {
  return tagDocument(model, [{ words, gaz }], casing)[0]!;
}

/** Reads a model file (gzip if it ends in .gz). Throws an error naming the file if it is missing or malformed. */
export function loadTagger(path: string): TaggerModel {
  let text: string;
  try {
    const bytes = readFileSync(path);
    text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (e) {
    throw new Error(`tagger model ${path}: cannot read it (${(e as Error).message})`);
  }
  return TaggerModel.parse(text, `tagger model ${path}`);
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../data/models/ner-tagger.txt.gz', import.meta.url));

let cached: TaggerModel | undefined;

/** The shipped model, loaded once; throws (naming the file) when it is missing or unreadable. */
export function defaultModel(): TaggerModel {
  cached ??= loadTagger(DEFAULT_MODEL_PATH);
  return cached;
}
