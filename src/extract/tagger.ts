// Two-pass averaged-perceptron tagger, after Ratinov & Roth (2009). Pass 1 tags each sentence greedily, left to right, from local features (tagger-features.ts); pass 2 tags it again with the same features plus
// what pass 1 said about the same words elsewhere in the document (tagger-doc-features.ts). Each model decodes the tag
// scheme its file names (BIO or BILOU: TagScheme); callers always get BIO tags.
// Weights live in data/models/ner-tagger.bin.gz (mixed case) and data/models/ner-tagger-caps.bin.gz (documents in
// capitals), both trained by src/scripts/train-tagger.ts and read by resources.ts.
import { endianness } from 'node:os';
import { KeySink, KeyTable, Part, keyOf } from './feature-hash.js';
import { docReadings, writeDocumentFeatures } from './tagger-doc-features.js';
import {
  BIO,
  NEIGHBOURS,
  TAG_SCHEMES,
  clusteringsOf,
  edgeView,
  isAllCapsSentence,
  sentenceParts,
  tagPart,
  toBio,
  wordView,
  writeContextFeatures,
  writeNeighbourFeatures,
  writeSentenceFeatures,
  writeTagHistoryFeatures,
  writeWordFeatures,
  writeWordHistoryFeatures,
  type DocCasing,
  type TagScheme,
  type TaggerLexicons,
  type WordView,
} from './tagger-features.js';

/**
 * A model file's first line: `# ner-tagger 2 tags=…` (text) or `# ner-tagger 3 tags=…` (binary), the tags its weights
 * are for, in their order (a scheme of TAG_SCHEMES).
 * Text format: then `feature<TAB>tag:weight …<TAB>tag:weight …` (pass 1, pass 2) a line.
 * Binary format (what ships): then little-endian int32s: the feature count n, n keys of lane a, n keys of lane b
 * (feature-hash.ts), n×tags pass-1 weights, n×tags pass-2 weights, in thousandths.
 */
export const modelHeader = (scheme: TagScheme, binary: boolean): string =>
  `# ner-tagger ${binary ? 3 : 2} tags=${scheme.tags.join(',')}`;
/** The headers of a BIO model. */
export const MODEL_HEADER = modelHeader(BIO, false);
export const BINARY_MODEL_HEADER = modelHeader(BIO, true);
const WEIGHT_SCALE = 1000;

/** The scheme a model file's first line names, or an error naming `source`. */
function schemeOfHeader(line: string, binary: boolean, source: string): TagScheme {
  const scheme = TAG_SCHEMES.find((s) => line === modelHeader(s, binary));
  if (!scheme)
    throw new Error(
      `${source}: not a tagger model of this version (first line should be one of ${TAG_SCHEMES.map((s) => `"${modelHeader(s, binary)}"`).join(', ')})`,
    );
  return scheme;
}

export class TaggerModel {
  /** tags a row of weights (the scheme's) */
  readonly nt: number;

  /**
   * `table`: feature key -> row in both weight tables; `local`, `global`: pass-1 and pass-2 weights, a weight per
   * tag of `scheme` a row
   */
  constructor(
    readonly table: KeyTable = new KeyTable(),
    public local: Float32Array = new Float32Array(0),
    public global: Float32Array = new Float32Array(0),
    readonly scheme: TagScheme = BIO,
  ) {
    this.nt = scheme.tags.length;
  }

  get size(): number {
    return this.table.size;
  }

  /** Row of a feature given as its string ("w=Paris"), or -1. */
  row(feature: string): number {
    const [a, b] = keyOf(feature);
    return this.table.get(a, b);
  }

  static parse(text: string, source = 'tagger model'): TaggerModel {
    const lines = text.split('\n');
    const scheme = schemeOfHeader(lines[0]!, false, source),
      NT = scheme.tags.length;
    const m = new TaggerModel(
      new KeyTable(lines.length),
      new Float32Array(lines.length * NT),
      new Float32Array(lines.length * NT),
      scheme,
    );
    for (let n = 1; n < lines.length; n++) {
      const line = lines[n]!;
      if (!line) continue;
      const t2 = line.lastIndexOf('\t'),
        t1 = line.lastIndexOf('\t', t2 - 1);
      if (t1 <= 0) throw new Error(`${source}: line ${n + 1} is not "feature<TAB>weights<TAB>weights"`);
      const [a, b] = keyOf(line.slice(0, t1));
      const before = m.table.size;
      const id = m.table.put(a, b);
      if (id < before)
        throw new Error(
          `${source}: line ${n + 1}: feature "${line.slice(0, t1)}" repeats an earlier one (or its hash key)`,
        );
      readPairs(line.slice(t1 + 1, t2), m.local, id, NT, source, n);
      readPairs(line.slice(t2 + 1), m.global, id, NT, source, n);
    }
    if (!m.size) throw new Error(`${source}: no features`);
    return m;
  }

  /** The binary form (see modelHeader), not yet gzipped. */
  toBinary(): Buffer {
    const n = this.size,
      NT = this.nt;
    const head = Buffer.from(modelHeader(this.scheme, true) + '\n', 'latin1');
    const body = new Int32Array(1 + 2 * n + 2 * n * NT);
    body[0] = n;
    body.set(this.table.keysA.subarray(0, n), 1);
    body.set(this.table.keysB.subarray(0, n), 1 + n);
    const w = (a: Float32Array, at: number) => {
      for (let j = 0; j < n * NT; j++) body[at + j] = j < a.length ? Math.round(a[j]! * WEIGHT_SCALE) : 0;
    };
    w(this.local, 1 + 2 * n);
    w(this.global, 1 + 2 * n + n * NT);
    return Buffer.concat([head, Buffer.from(body.buffer, body.byteOffset, body.byteLength)]);
  }

  static fromBinary(bytes: Buffer, source = 'tagger model'): TaggerModel {
    const nl = bytes.indexOf(10);
    const scheme = schemeOfHeader(nl < 0 ? '' : bytes.toString('latin1', 0, nl), true, source),
      NT = scheme.tags.length;
    if (endianness() !== 'LE')
      throw new Error(`${source}: the binary tagger model is little-endian; this machine is not`);
    const body = bytes.subarray(nl + 1);
    const n = body.length >= 4 ? body.readInt32LE(0) : -1;
    const want = 4 * (1 + 2 * n + 2 * n * NT);
    if (n <= 0 || body.length !== want)
      throw new Error(
        `${source}: truncated or damaged (${body.length} bytes after the header, ${n > 0 ? want : 'a positive feature count'} expected)`,
      );
    const ints = new Int32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length));
    const table = new KeyTable(n);
    for (let r = 0; r < n; r++) {
      if (table.put(ints[1 + r]!, ints[1 + n + r]!) !== r)
        throw new Error(`${source}: feature ${r} repeats the key of an earlier one`);
    }
    const weights = (at: number) => {
      const a = new Float32Array(n * NT);
      for (let j = 0; j < a.length; j++) a[j] = ints[at + j]! / WEIGHT_SCALE;
      return a;
    };
    return new TaggerModel(table, weights(1 + 2 * n), weights(1 + 2 * n + n * NT), scheme);
  }

  /**
   * The model as it is in memory, for the resource cache (resources.ts): int32 counts (slots, rows, pass-1 and pass-2
   * weights, the scheme's place in TAG_SCHEMES), then the key table's slots and keys and the float weights, little-endian. fromImage reads it back
   * without the binary model's inflating, hashing of keys and scaling of weights.
   */
  toImage(): Buffer {
    const { slots, keysA, keysB } = this.table.arrays();
    const parts = [
      new Int32Array([
        slots.length,
        keysA.length,
        this.local.length,
        this.global.length,
        TAG_SCHEMES.indexOf(this.scheme),
      ]),
      slots,
      keysA,
      keysB,
    ];
    return Buffer.concat(
      [...parts, this.local, this.global].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
    );
  }

  /** The model toImage wrote; bytes that are not such an image are an error. */
  static fromImage(bytes: Buffer): TaggerModel {
    if (endianness() !== 'LE') throw new Error('a tagger image is little-endian; this machine is not');
    if (bytes.length < 20) throw new Error('a tagger image too short');
    const counts = [0, 1, 2, 3, 4].map((i) => bytes.readInt32LE(4 * i));
    const [s, n, l, g, k] = counts as [number, number, number, number, number];
    const scheme = TAG_SCHEMES[k];
    if (!scheme) throw new Error('a tagger image of no known tag scheme');
    if (
      counts.some((c) => c < 0) ||
      bytes.length !== 4 * (5 + s + 2 * n + l + g) ||
      l < n * scheme.tags.length ||
      g !== l
    )
      throw new Error('a tagger image of the wrong size');
    // the bytes in place where they are aligned (and not shared with other buffers), else an aligned copy
    let buf: ArrayBuffer, at: number;
    if (bytes.byteOffset % 4 === 0 && bytes.buffer instanceof ArrayBuffer) {
      buf = bytes.buffer;
      at = bytes.byteOffset + 20;
    } else {
      buf = new ArrayBuffer(bytes.length);
      new Uint8Array(buf).set(bytes);
      at = 20;
    }
    const take = <A>(make: new (b: ArrayBuffer, at: number, len: number) => A, len: number): A => {
      const a = new make(buf, at, len);
      at += 4 * len;
      return a;
    };
    const table = KeyTable.fromArrays(take(Int32Array, s), take(Int32Array, n), take(Int32Array, n));
    return new TaggerModel(table, take(Float32Array, l), take(Float32Array, g), scheme);
  }

  /** Rows of the features in `sink`, per token (unknown features dropped). */
  rows(sink: KeySink): Int32Array[] {
    const out: Int32Array[] = [];
    // one buffer for all tokens, each token's rows a view of it (an array per token was a tenth of tagging time)
    const all = new Int32Array(sink.n);
    let from = 0,
      k = 0;
    for (const end of sink.ends) {
      const start = k;
      for (let j = from; j < end; j++) {
        const id = this.table.get(sink.a[j]!, sink.b[j]!);
        if (id >= 0) all[k++] = id;
      }
      out.push(all.subarray(start, k));
      from = end;
    }
    return out;
  }

  /** Adds the weights of the features in `sink` from `from` to `to` to `scores` (from its index `at` on). */
  addKeys(weights: Float32Array, sink: KeySink, from: number, to: number, scores: Float64Array, at = 0): void {
    const NT = this.nt;
    for (let j = from; j < to; j++) {
      const id = this.table.get(sink.a[j]!, sink.b[j]!);
      if (id < 0) continue;
      const base = id * NT;
      for (let t = 0; t < NT; t++) scores[at + t]! += weights[base + t]!;
    }
  }
}

function readPairs(text: string, into: Float32Array, id: number, NT: number, source: string, n: number): void {
  if (!text) return;
  for (const pair of text.split(' ')) {
    const c = pair.indexOf(':');
    const t = Number(pair.slice(0, c)),
      v = Number(pair.slice(c + 1));
    if (c <= 0 || !Number.isInteger(t) || t < 0 || t >= NT || !Number.isFinite(v))
      throw new Error(`${source}: line ${n + 1}: bad weight "${pair}"`);
    into[id * NT + t] = v;
  }
}

/** Adds the weight rows of `ids` to `into` (a score per tag: a row is as long). */
export function addRows(weights: Float32Array, ids: ArrayLike<number>, into: Float64Array): void {
  const NT = into.length;
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k]! * NT;
    for (let t = 0; t < NT; t++) into[t]! += weights[base + t]!;
  }
}

/** I-X and L-X may only follow B-X or I-X (a name goes on only from a word that opened or continued it). */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-') && !tag.startsWith('L-')) return true;
  return (prev.startsWith('B-') || prev.startsWith('I-')) && prev.slice(2) === tag.slice(2);
}

/** allowed(prev, tag) for every tag of a scheme, by tag index, made once per `prev` (bestTag runs for every token) */
const ALLOWED_AFTER = new Map<TagScheme, Map<string, readonly boolean[]>>(TAG_SCHEMES.map((s) => [s, new Map()]));
function allowedAfter(scheme: TagScheme, prev: string): readonly boolean[] {
  const known = ALLOWED_AFTER.get(scheme)!;
  let ok = known.get(prev);
  if (!ok) known.set(prev, (ok = scheme.tags.map((tag) => allowed(prev, tag))));
  return ok;
}

/** Best allowed tag index (of `scheme`'s tags, one score each) for these scores after `prev`. */
export function bestTag(scores: Float64Array, prev: string, scheme: TagScheme): number {
  const ok = allowedAfter(scheme, prev),
    NT = scheme.tags.length;
  let best = 0,
    bestScore = -Infinity;
  for (let t = 0; t < NT; t++)
    if (scores[t]! > bestScore && ok[t]) {
      best = t;
      bestScore = scores[t]!;
    }
  return best;
}

const history = new KeySink();
const EDITORIAL_BRACKET = /^[[\]]$/;

/**
 * Rows of the tag-history features (writeTagHistoryFeatures) for every pair of tags before a token, at
 * `p1 * (NT + 1) + p2` (tag indices, NT the sentence start): looked up once per model rather than at every token. Made
 * again when the model has grown keys since (training adds features to the model it decodes with).
 */
const tagHistoryRows = new WeakMap<TaggerModel, { size: number; rows: Int32Array[] }>();
function tagHistoryRowsOf(model: TaggerModel): Int32Array[] {
  const known = tagHistoryRows.get(model);
  if (known && known.size === model.size) return known.rows;
  const names = [...model.scheme.tags, '<s>'];
  const sink = new KeySink();
  for (const p1 of names)
    for (const p2 of names) {
      writeTagHistoryFeatures(tagPart(p1), tagPart(p2), sink);
      sink.endToken();
    }
  const rows = model.rows(sink);
  tagHistoryRows.set(model, { size: model.size, rows });
  return rows;
}

/**
 * Greedy left-to-right decoding of one sentence with one weight table; `extra` are further feature rows per token,
 * `lower` the Parts of the lower-cased words if the caller has them (both passes read the same).
 */
export function greedy(
  model: TaggerModel,
  weights: Float32Array,
  words: readonly string[],
  feats: readonly Int32Array[],
  extra?: readonly Int32Array[],
  lower?: readonly Part[],
): string[] {
  const NT = model.nt;
  const base = new Float64Array(words.length * NT);
  for (let i = 0; i < words.length; i++) {
    const scores = base.subarray(i * NT, (i + 1) * NT);
    addRows(weights, feats[i]!, scores);
    if (extra) addRows(weights, extra[i]!, scores);
  }
  return greedyFrom(model, weights, words, base, lower);
}

/**
 * greedy, given each token's scores from its static and extra features (`base`, NT a token: their weights summed in
 * their order from zero, as greedy sums them first), so tagDocument can sum them for both passes at once. A token's
 * sum is that order's: the scores are doubles summed in a fixed order, and the tags read them to the last bit.
 */
function greedyFrom(
  model: TaggerModel,
  weights: Float32Array,
  words: readonly string[],
  base: Float64Array,
  lower?: readonly Part[],
): string[] {
  const NT = model.nt,
    { tags: names } = model.scheme;
  const tags: string[] = [];
  const scores = new Float64Array(NT);
  const tagRows = tagHistoryRowsOf(model);
  // the sentence start's place after the tags' in tagHistoryRows
  let t1 = NT,
    t2 = NT;
  for (let i = 0; i < words.length; i++) {
    for (let t = 0; t < NT; t++) scores[t] = base[i * NT + t]!;
    const p1 = i > 0 ? tags[i - 1]! : '<s>';
    // the history features in writeHistoryFeatures' order: the tags' (looked up once), then the word's
    addRows(weights, tagRows[t1 * (NT + 1) + t2]!, scores);
    history.clear();
    writeWordHistoryFeatures(tagPart(p1), lower?.[i] ?? new Part(words[i]!.toLowerCase()), history);
    model.addKeys(weights, history, 0, history.n, scores);
    // an editor's square brackets ("[TEXT]", "[WORDS INDISTINCT]" in transcripts) are never part of a name; the
    // capitals model, which never saw one in training, would open a name on them
    const w = words[i]!;
    const t = w.length === 1 && EDITORIAL_BRACKET.test(w) ? 0 : bestTag(scores, p1, model.scheme);
    tags.push(names[t]!);
    t2 = t1;
    t1 = t;
  }
  return tags;
}

/**
 * Both passes' weights of a model in one table, a row's pass-1 weights then its pass-2 weights (2·NT floats), so
 * summing a token's static features for both passes reads each row's weights from one place in memory. Made once per
 * model and pair of weight tables (training makes new tables for each model it decodes with).
 */
const pairedWeights = new WeakMap<TaggerModel, { local: Float32Array; global: Float32Array; both: Float32Array }>();
function pairedWeightsOf(model: TaggerModel): Float32Array {
  const { local, global, nt: NT } = model;
  const known = pairedWeights.get(model);
  if (known && known.local === local && known.global === global) return known.both;
  const rows = Math.min(local.length, global.length) / NT;
  const both = new Float32Array(rows * 2 * NT);
  for (let r = 0; r < rows; r++) {
    both.set(local.subarray(r * NT, (r + 1) * NT), r * 2 * NT);
    both.set(global.subarray(r * NT, (r + 1) * NT), r * 2 * NT + NT);
  }
  pairedWeights.set(model, { local, global, both });
  return both;
}

/**
 * Each token's static scores for pass 1 (`local`) and pass 2 (`global`), NT a token, from the feature keys in `sink`
 * (a sentence's, token by token): the rows of its known features summed in their order, as greedy sums them.
 */
function staticScores(model: TaggerModel, sink: KeySink): { local: Float64Array; global: Float64Array } {
  const both = pairedWeightsOf(model),
    NT = model.nt;
  const n = sink.ends.length;
  const local = new Float64Array(n * NT),
    global = new Float64Array(n * NT);
  let from = 0;
  for (let i = 0; i < n; i++) {
    const end = sink.ends[i]!,
      at = i * NT;
    for (let j = from; j < end; j++) {
      const id = model.table.get(sink.a[j]!, sink.b[j]!);
      if (id < 0) continue;
      const row = id * 2 * NT;
      for (let t = 0; t < NT; t++) {
        local[at + t]! += both[row + t]!;
        global[at + t]! += both[row + NT + t]!;
      }
    }
    from = end;
  }
  return { local, global };
}

/** Most weights a token's score adds up (static, document and history features; some hundred in fact). */
const MAX_TERMS = 1 << 10;

/**
 * Whether sums of these weights come out the same in doubles whatever their order, so that a decoder may add sums
 * made once (WordSums) and tag exactly as adding feature by feature does. Each weight is a float32: with e the least
 * exponent of one (not zero), every weight is a multiple of 2^(e−23), and a double holds every multiple of that up to
 * 2^(e+30); so any sum of up to MAX_TERMS weights of at most `max` is exact when MAX_TERMS·max ≤ 2^(e+30). The shipped
 * models (weights in thousandths from 0.02 to some 2500) have eight times room; averaged weights in training may not.
 */
export function exactSums(...tables: Float32Array[]): boolean {
  let max = 0,
    min = Infinity;
  for (const a of tables)
    for (let j = 0; j < a.length; j++) {
      const x = Math.abs(a[j]!);
      if (x > max) max = x;
      if (x > 0 && x < min) min = x;
    }
  if (!Number.isFinite(max)) return false;
  if (!max) return true;
  return MAX_TERMS * max <= 2 ** (Math.floor(Math.log2(min)) + 30);
}

/** sums a word holds: its own features' in a sentence in mixed case and in capitals, then as each neighbour */
const OWN = 0,
  OWN_CAPS = 1,
  SLOTS = 2 + NEIGHBOURS.length;
/** 2 + NEIGHBOURS.indexOf(d) */
const neighbourSlot = (d: (typeof NEIGHBOURS)[number]) => (d < 0 ? 4 + d : 3 + d);
/** words a WordSums holds before it starts again (some 14 MB of sums) */
const MAX_WORDS = 1 << 14;

/**
 * The summed weights (both passes) of the features that read one word alone, per word: its own
 * (writeWordFeatures) and those it gives each neighbour (writeNeighbourFeatures), some forty of a token's seventy
 * static features, so that a word met again costs a few additions of sums rather than forty lookups in a table too
 * large for the cache. Only for weights whose sums are exact in any order (exactSums). Entries 0 and 1 are the
 * sentence's start and end as neighbours.
 */
class WordSums {
  private readonly index = new Map<string, number>();
  private readonly views: WordView[] = [];
  /** which own sums an entry has: 1 << OWN, 1 << OWN_CAPS */
  private made = new Uint8Array(256);
  /** both passes' weights a row (pairedWeightsOf) */
  private readonly w2: number;
  sums: Float64Array;
  private readonly sink = new KeySink();

  constructor(
    private readonly model: TaggerModel,
    private readonly both: Float32Array,
    private readonly names: TaggerLexicons,
    private readonly clusterings: number,
  ) {
    this.w2 = 2 * model.nt;
    this.sums = new Float64Array(256 * SLOTS * this.w2);
    this.reset();
  }

  private reset(): void {
    this.index.clear();
    this.views.length = 0;
    this.add(edgeView(false));
    this.add(edgeView(true));
  }

  /** The entries of a sentence's words, made where new (the table starts again when full, never in mid-sentence). */
  entries(words: readonly string[]): Int32Array {
    if (this.views.length + words.length > MAX_WORDS) this.reset();
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let e = this.index.get(w);
      if (e === undefined) {
        const own = ownCopy(w);
        this.index.set(own, (e = this.add(wordView(own, this.names))));
      }
      out[i] = e;
    }
    return out;
  }

  /** Where entry `e`'s own sums are in `sums`, made on first use. */
  own(e: number, caps: boolean): number {
    const slot = caps ? OWN_CAPS : OWN;
    if (!(this.made[e]! & (1 << slot))) {
      this.sink.clear();
      writeWordFeatures(this.views[e]!, caps, this.clusterings, this.sink);
      this.sum(e, slot);
      this.made[e]! |= 1 << slot;
    }
    return (e * SLOTS + slot) * this.w2;
  }

  /** Where the sums are of what a token takes from entry `e` standing `d` places from it (0 before the sentence, 1 after). */
  neighbour(e: number, d: (typeof NEIGHBOURS)[number]): number {
    return (e * SLOTS + neighbourSlot(d)) * this.w2;
  }

  private add(v: WordView): number {
    const e = this.views.length;
    this.views.push(v);
    if (e >= this.made.length) {
      const made = new Uint8Array(this.made.length * 2);
      made.set(this.made);
      this.made = made;
      const sums = new Float64Array(this.sums.length * 2);
      sums.set(this.sums);
      this.sums = sums;
    }
    this.made[e] = 0;
    this.sums.fill(0, e * SLOTS * this.w2, (e + 1) * SLOTS * this.w2);
    for (const d of NEIGHBOURS) {
      this.sink.clear();
      writeNeighbourFeatures(v, d, this.clusterings, this.sink);
      this.sum(e, neighbourSlot(d));
    }
    return e;
  }

  /** Adds the weights of the features in the sink to entry `e`'s sums in `slot`. */
  private sum(e: number, slot: number): void {
    const { sink, both, sums, w2: W2 } = this,
      table = this.model.table,
      at = (e * SLOTS + slot) * W2;
    for (let j = 0; j < sink.n; j++) {
      const id = table.get(sink.a[j]!, sink.b[j]!);
      if (id < 0) continue;
      const row = id * W2;
      for (let t = 0; t < W2; t++) sums[at + t]! += both[row + t]!;
    }
  }

  /**
   * staticScores of one sentence, from its words' sums and its other features (writeContextFeatures, into `sink`),
   * with the words' views.
   */
  staticScores(
    s: TaggerSentence,
    casing: DocCasing,
    sink: KeySink,
  ): { local: Float64Array; global: Float64Array; views: readonly WordView[] } {
    const { words } = s,
      n = words.length;
    const entries = this.entries(words);
    const views = Array.from(entries, (e) => this.views[e]!);
    const parts = sentenceParts(words, s.gaz, casing, this.names, views);
    sink.clear();
    for (let i = 0; i < n; i++) {
      writeContextFeatures(parts, i, sink);
      sink.endToken();
    }
    const { both, sums, w2: W2 } = this,
      table = this.model.table,
      NT = this.model.nt;
    const local = new Float64Array(n * NT),
      global = new Float64Array(n * NT);
    const addSums = (from: number, at: number) => {
      for (let t = 0; t < NT; t++) {
        local[at + t]! += sums[from + t]!;
        global[at + t]! += sums[from + NT + t]!;
      }
    };
    let from = 0;
    for (let i = 0; i < n; i++) {
      const at = i * NT;
      addSums(this.own(entries[i]!, parts.caps), at);
      for (const d of NEIGHBOURS) {
        const k = i + d;
        addSums(this.neighbour(k < 0 ? 0 : k >= n ? 1 : entries[k]!, d), at);
      }
      const end = sink.ends[i]!;
      for (let j = from; j < end; j++) {
        const id = table.get(sink.a[j]!, sink.b[j]!);
        if (id < 0) continue;
        const row = id * W2;
        for (let t = 0; t < NT; t++) {
          local[at + t]! += both[row + t]!;
          global[at + t]! += both[row + NT + t]!;
        }
      }
      from = end;
    }
    return { local, global, views };
  }
}

/**
 * A word the table keeps, copied if it may be a slice of a longer string (V8 slices substrings of 13 characters or
 * more, as a tokenizer's words, rather than copying them): kept as it is, it would keep its whole article alive.
 */
const ownCopy = (w: string): string => (w.length < 13 ? w : w.split('').join(''));

const wordSums = new WeakMap<
  TaggerModel,
  { local: Float32Array; global: Float32Array; size: number; names: TaggerLexicons; sums: WordSums | undefined }
>();
/**
 * The model's WordSums for these lexicons, or undefined when its weights' sums depend on their order (exactSums). Made
 * again when the weights, the model's keys or the lexicons have changed since (training decodes with models
 * that grow).
 */
function wordSumsOf(model: TaggerModel, names: TaggerLexicons): WordSums | undefined {
  const { local, global, size } = model;
  const known = wordSums.get(model);
  if (known && known.local === local && known.global === global && known.size === size && known.names === names)
    return known.sums;
  const sums = exactSums(local, global)
    ? new WordSums(model, pairedWeightsOf(model), names, clusteringsOf(names))
    : undefined;
  wordSums.set(model, { local, global, size, names, sums });
  return sums;
}

export interface TaggerSentence {
  words: readonly string[];
  /** gazetteer label per word (gazetteer.labelsFromMatches) */ gaz: readonly string[];
}

/**
 * One model for each way a document is written: `caps` (trained on the training documents written wholly in capitals)
 * for a document with no lower-case letter at all (old wire copy, telexes), `mixed` for the rest, headlines in
 * capitals included: in a mixed-case article the mixed model reads a shouted headline better, borrowing what its
 * second pass saw in the body (CoNLL dev, whose articles open with one: strict 0.935 with the mixed model on the
 * headlines, 0.929 with the capitals model).
 */
export interface TaggerModels {
  mixed: TaggerModel;
  caps: TaggerModel;
}

const LOWER = /\p{Ll}/u;
/** No word of any sentence has a lower-case letter. */
export function documentInCapitals(sentences: readonly { words: readonly string[] }[]): boolean {
  return (
    sentences.some((s) => isAllCapsSentence(s.words)) && !sentences.some((s) => s.words.some((w) => LOWER.test(w)))
  );
}

const modelFor = (models: TaggerModel | TaggerModels, sentences: readonly TaggerSentence[]): TaggerModel =>
  models instanceof TaggerModel ? models : documentInCapitals(sentences) ? models.caps : models.mixed;

/** Static feature rows of every token of every sentence. */
export function staticRows(
  model: TaggerModel,
  sentences: readonly TaggerSentence[],
  casing: DocCasing,
  names: TaggerLexicons,
): Int32Array[][] {
  const sink = new KeySink();
  return sentences.map((s) => {
    sink.clear();
    writeSentenceFeatures(s.words, s.gaz, casing, names, sink);
    return model.rows(sink);
  });
}

/**
 * BIO tags for every sentence of one document: pass 1 per sentence, then pass 2 with document features (both decode
 * the model's tag scheme; pass 2's tags are returned as BIO).
 */
export function tagDocument(
  models: TaggerModel | TaggerModels,
  sentences: readonly TaggerSentence[],
  casing: DocCasing,
  names: TaggerLexicons,
): string[][] {
  const model = modelFor(models, sentences);
  const sink = new KeySink();
  const sums = wordSumsOf(model, names);
  const base = sentences.map((s) => {
    if (sums) return sums.staticScores(s, casing, sink);
    sink.clear();
    const { views } = writeSentenceFeatures(s.words, s.gaz, casing, names, sink);
    return { ...staticScores(model, sink), views };
  });
  const lower = base.map((b) => b.views.map((v) => v.L));
  const pass1 = sentences.map((s, i) => greedyFrom(model, model.local, s.words, base[i]!.local, lower[i]));
  const seen = docReadings(
    sentences.map((s) => s.words),
    pass1,
  );
  return sentences.map((s, i) => {
    sink.clear();
    writeDocumentFeatures(seen, s.words, pass1[i]!, sink);
    // the document features' weights after the static ones', token by token (greedy's `extra`)
    const scores = base[i]!.global;
    let from = 0;
    sink.ends.forEach((end, t) => {
      model.addKeys(model.global, sink, from, end, scores, t * model.nt);
      from = end;
    });
    return toBio(greedyFrom(model, model.global, s.words, scores, lower[i]));
  });
}

/** One sentence on its own (no document around it). */
export function decode(
  model: TaggerModel | TaggerModels,
  words: readonly string[],
  gaz: readonly string[],
  casing: DocCasing,
  names: TaggerLexicons,
): string[] {
  return tagDocument(model, [{ words, gaz }], casing, names)[0]!;
}

/** A model from a file's bytes (already gunzipped), binary or text; errors name `source`. */
export function modelFromBytes(bytes: Buffer, source: string): TaggerModel {
  if (bytes.subarray(0, BINARY_MODEL_HEADER.length).toString('latin1').startsWith('# ner-tagger 3 '))
    return TaggerModel.fromBinary(bytes, source);
  return TaggerModel.parse(bytes.toString('utf8'), source);
}
