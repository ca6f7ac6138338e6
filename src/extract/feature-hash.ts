// Integer keys for tagger features, without building feature strings on the hot path.
// A feature is a sequence of parts ("l-1|l=", "paris", "|", "france"); its key is a polynomial hash of the
// concatenated text in two 32-bit lanes (about 64 bits, so collisions among a few million features are
// improbable). The hash composes: H(x + y) = H(x)·P^|y| + H(y), so each part is hashed once per token and a
// feature's key costs two multiply-adds per part. A feature's string (Part.text) hashes to the same key,
// which is how a model of named features converts to keys.

const PA = 0x01000193;
const PB = 0x5bd1e995 | 0;

/** A piece of feature text with its hash (h) and P^length (m) in both lanes. */
export class Part {
  a = 0;
  b = 0;
  ma = 1;
  mb = 1;
  private source = '';
  private start = 0;
  private end = 0;

  /** `text.slice(start, end)`, hashed without slicing. */
  constructor(source: string, start = 0, end = source.length) {
    this.hash(source, start, end);
  }

  protected hash(source: string, start: number, end: number): void {
    let a = 0,
      b = 0,
      ma = 1,
      mb = 1;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      a = (Math.imul(a, PA) + c) | 0;
      b = (Math.imul(b, PB) + c) | 0;
      ma = Math.imul(ma, PA);
      mb = Math.imul(mb, PB);
    }
    this.a = a;
    this.b = b;
    this.ma = ma;
    this.mb = mb;
    this.source = source;
    this.start = start;
    this.end = end;
  }

  get text(): string {
    return this.start === 0 && this.end === this.source.length ? this.source : this.source.slice(this.start, this.end);
  }
}

/**
 * A Part made again for each feature (`of`), so the features of each token cost no object apiece: a sink reads its
 * parts when it is given them, so one scratch part serves one place in every feature added.
 */
export class ScratchPart extends Part {
  constructor() {
    super('');
  }

  of(source: string, start = 0, end = source.length): this {
    this.hash(source, start, end);
    return this;
  }
}

/** Receives features as parts, token by token. */
export interface FeatureSink {
  add(p0: Part, p1?: Part, p2?: Part, p3?: Part, p4?: Part, p5?: Part): void;
}

/** Parts for a fixed set of strings (templates, tags, gazetteer labels), made once. */
export class PartCache {
  private readonly m = new Map<string, Part>();
  get(s: string): Part {
    let p = this.m.get(s);
    if (!p) this.m.set(s, (p = new Part(s)));
    return p;
  }
}

/** Receives features token by token. */
export interface TokenFeatureSink extends FeatureSink {
  endToken(): void;
}

/** Feature keys of one token after another: lanes `a` and `b`; token t's keys end at `ends[t]`. */
export class KeySink implements TokenFeatureSink {
  a = new Int32Array(256);
  b = new Int32Array(256);
  n = 0;
  ends: number[] = [];

  endToken(): void {
    this.ends.push(this.n);
  }

  add(p0: Part, p1?: Part, p2?: Part, p3?: Part, p4?: Part, p5?: Part): void {
    let a = p0.a,
      b = p0.b;
    if (p1) {
      a = (Math.imul(a, p1.ma) + p1.a) | 0;
      b = (Math.imul(b, p1.mb) + p1.b) | 0;
    }
    if (p2) {
      a = (Math.imul(a, p2.ma) + p2.a) | 0;
      b = (Math.imul(b, p2.mb) + p2.b) | 0;
    }
    if (p3) {
      a = (Math.imul(a, p3.ma) + p3.a) | 0;
      b = (Math.imul(b, p3.mb) + p3.b) | 0;
    }
    if (p4) {
      a = (Math.imul(a, p4.ma) + p4.a) | 0;
      b = (Math.imul(b, p4.mb) + p4.b) | 0;
    }
    if (p5) {
      a = (Math.imul(a, p5.ma) + p5.a) | 0;
      b = (Math.imul(b, p5.mb) + p5.b) | 0;
    }
    if (this.n === this.a.length) {
      const a2 = new Int32Array(this.n * 2);
      a2.set(this.a);
      this.a = a2;
      const b2 = new Int32Array(this.n * 2);
      b2.set(this.b);
      this.b = b2;
    }
    this.a[this.n] = a;
    this.b[this.n] = b;
    this.n++;
  }

  clear(): void {
    this.n = 0;
    // (setting an array's length is a call into the runtime: a sink for one token, as decoding's history, ends none)
    if (this.ends.length) this.ends.length = 0;
  }
}

/** Feature strings per token, for tests and for reading what a model knows. */
export class TextSink implements TokenFeatureSink {
  out: string[][] = [];
  constructor() {
    this.endToken();
  }
  add(...parts: (Part | undefined)[]): void {
    this.out[this.out.length - 1]!.push(parts.map((p) => p?.text ?? '').join(''));
  }
  endToken(): void {
    this.out.push([]);
  }
  /** features of each finished token */
  tokens(): string[][] {
    return this.out.slice(0, -1);
  }
}

/** The key of a whole feature string (same as adding its parts). */
export function keyOf(feature: string): [number, number] {
  const p = new Part(feature);
  return [p.a, p.b];
}

/** murmur3's finaliser: spreads a lane's bits for table indexing. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Int32s per slot of KeyTable's probe array: the key's first lane and the row (-1: empty). The second lane is read from
 * keysB where the first matches: cells of 8 bytes fit twice as many in the cache as cells holding both lanes (and
 * padding to 16 bytes), and keysB (4 bytes a row) mostly stays there.
 */
const CELL = 2;

/** Open-addressing table from feature keys (two lanes) to rows 0..n-1. */
export class KeyTable {
  private slots: Int32Array;
  /**
   * The slots again with each row's first lane beside it (CELL int32s a slot): `get` reads one 8-byte cell per probe
   * where it read the slot and then the keys of its row, so a lookup costs one cache miss rather than two (the tagger
   * looks up features in tables too large for the cache).
   */
  private cells: Int32Array;
  private mask: number;
  keysA: Int32Array;
  keysB: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    let s = 1024;
    while (s < capacity * 2) s *= 2;
    this.slots = new Int32Array(s).fill(-1);
    this.cells = KeyTable.emptyCells(s);
    this.mask = s - 1;
    this.keysA = new Int32Array(Math.max(capacity, 16));
    this.keysB = new Int32Array(Math.max(capacity, 16));
  }

  private static emptyCells(slots: number): Int32Array {
    const cells = new Int32Array(slots * CELL);
    for (let i = 1; i < cells.length; i += CELL) cells[i] = -1;
    return cells;
  }

  /** The table as it is in memory (slots, then the keys of its rows), to make the same table with fromArrays. */
  arrays(): { slots: Int32Array; keysA: Int32Array; keysB: Int32Array } {
    return { slots: this.slots, keysA: this.keysA.subarray(0, this.size), keysB: this.keysB.subarray(0, this.size) };
  }

  /** The table `arrays()` gave, without placing its keys again; arrays that cannot be such a table are an error. */
  static fromArrays(slots: Int32Array, keysA: Int32Array, keysB: Int32Array): KeyTable {
    const n = keysA.length;
    if (slots.length < 1024 || slots.length & (slots.length - 1) || keysB.length !== n || n * 2 > slots.length)
      throw new Error('a key table of the wrong size');
    let used = 0;
    for (const r of slots) {
      if (r < -1 || r >= n) throw new Error('a key table slot out of range');
      if (r >= 0) used++;
    }
    if (used !== n) throw new Error('a key table whose slots do not hold each row once');
    const t = new KeyTable(0);
    t.slots = slots;
    t.cells = KeyTable.emptyCells(slots.length);
    t.mask = slots.length - 1;
    t.keysA = keysA;
    t.keysB = keysB;
    t.size = n;
    for (let i = 0; i < slots.length; i++) if (slots[i]! >= 0) t.fill(i, slots[i]!);
    return t;
  }

  /** Row of a key, or -1. */
  get(a: number, b: number): number {
    const cells = this.cells,
      mask = this.mask;
    for (let i = mix32(a) & mask; ; i = (i + 1) & mask) {
      const c = i * CELL;
      const r = cells[c + 1]!;
      if (r < 0) return -1;
      if (cells[c] === a && this.keysB[r] === b) return r;
    }
  }

  /** Row of a key, adding it as the next row if new. */
  put(a: number, b: number): number {
    const found = this.get(a, b);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    if (this.size === this.keysA.length) {
      const a2 = new Int32Array(this.size * 2);
      a2.set(this.keysA);
      this.keysA = a2;
      const b2 = new Int32Array(this.size * 2);
      b2.set(this.keysB);
      this.keysB = b2;
    }
    const r = this.size++;
    this.keysA[r] = a;
    this.keysB[r] = b;
    this.place(r);
    return r;
  }

  private place(r: number): void {
    let i = mix32(this.keysA[r]!) & this.mask;
    while (this.slots[i]! >= 0) i = (i + 1) & this.mask;
    this.slots[i] = r;
    this.fill(i, r);
  }

  /** slot `i`'s cell: row `r` and its key */
  private fill(i: number, r: number): void {
    const c = i * CELL;
    this.cells[c] = this.keysA[r]!;
    this.cells[c + 1] = r;
  }

  private rehash(s: number): void {
    this.slots = new Int32Array(s).fill(-1);
    this.cells = KeyTable.emptyCells(s);
    this.mask = s - 1;
    for (let r = 0; r < this.size; r++) this.place(r);
  }
}
