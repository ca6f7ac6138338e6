// A built resource (the gazetteer's indexes) kept on disk between processes: building it from data/ is a tenth of a
// short `kg extract` run, reading it back a fraction of that. The cache is never trusted over the data: its file is
// named by a hash of every input (the data files and the code that builds from them), carries that key and a
// checksum of its body, and anything unreadable, corrupt or stale is rebuilt. The files are read and written by
// resources.ts (cachedBuild, cachedBytes); this module turns a value into a cache file's bytes and back.
import { createHash } from 'node:crypto';

/** bump when the encoding below changes */
export const CACHE_FORMAT = 2;

/**
 * A cache file: a header line (format, key, checksum of the body), padded with spaces so the bytes after
 * it start at a multiple of 8 (a reader can view them as typed arrays in place), then the bytes.
 */
export function cacheFileBytes(key: string, body: Buffer): Buffer {
  const line = header(key, body);
  return Buffer.concat([Buffer.from(`${line.padEnd(line.length + 7 - ((line.length + 8) % 8))}\n`, 'utf8'), body]);
}

/** The bytes a binary cache file holds, or undefined if it is not a whole, matching cache file of `key`. */
export function readCacheFileBytes(bytes: Buffer, key: string): Buffer | undefined {
  const nl = bytes.indexOf(10);
  if (nl < 0) return undefined;
  const body = bytes.subarray(nl + 1);
  return bytes.toString('utf8', 0, nl).trimEnd() === header(key, body) ? body : undefined;
}

function header(key: string, body: Buffer): string {
  return JSON.stringify({ format: CACHE_FORMAT, key, sha256: createHash('sha256').update(body).digest('hex') });
}

/*
 * The encoding: a graph of plain objects, arrays, Maps, Sets, RegExps, strings, finite numbers, booleans and null,
 * which keeps the order of keys and entries and which objects are one object (the gazetteer puts one entry in many
 * indexes, and code compares entries by identity). Anything else (a class instance, undefined, a number such as NaN
 * or -0) makes encoding throw, so such a value is never cached rather than cached wrong.
 *
 * Bytes, not JSON: reading the gazetteer back as JSON (parsing seven megabytes, numbers and all, then walking the
 * parsed arrays) was about a sixth of a short run's start-up. The value is a stream of 32-bit codes, the numbers that
 * are not small integers a column of doubles, and each distinct string once in one JSON array (a country code or a
 * kind is written once, not tens of thousands of times), so reading it is a walk over typed arrays. The body:
 *   8 uint32: MAGIC, the count of doubles, of codes, of shared objects, the byte length of the strings, 0, 0, 0
 *   the doubles (float64), the codes (int32), the offset in the codes of each shared object (int32),
 *   the strings: UTF-8 JSON [[keys of each object shape], [strings]].
 * A value in the codes: [STR, i] string i, [INT, n] a small integer, [NUM, i] double i, [NULL], [TRUE], [FALSE],
 * [ARRAY, n, ...n values], [MAP, n, ...n keys and values], [SET, n, ...n values], [REGEXP, source, flags] (string
 * indexes), [REF, i] shared object i (reached more than once: written once, after the root, in the order first
 * reached), [OBJECT + s, ...values] a plain object of shape s (its keys in order; tens of thousands of entries share
 * a handful of shapes).
 */
const STR = 0,
  INT = 1,
  NUM = 2,
  NULL = 3,
  TRUE = 4,
  FALSE = 5,
  ARRAY = 6,
  MAP = 7,
  SET = 8,
  REGEXP = 9,
  REF = 10,
  OBJECT = 11;
const MAGIC = 0x4b474731; // "KGG1"
const HEAD = 32;

export function encodeGraph(value: unknown): Buffer {
  const seen = new Map<object, number>(); // times reached
  const onPath = new Set<object>();
  const count = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (onPath.has(v)) throw new Error('resource cache: a cycle');
    const n = seen.get(v) ?? 0;
    seen.set(v, n + 1);
    if (n) return;
    onPath.add(v);
    if (v instanceof Map)
      for (const [k, x] of v) {
        count(k);
        count(x);
      }
    else if (v instanceof Set || Array.isArray(v)) for (const x of v as Iterable<unknown>) count(x);
    else if (!(v instanceof RegExp)) for (const x of Object.values(v)) count(x);
    onPath.delete(v);
  };
  count(value);
  const codes: number[] = [];
  const doubles: number[] = [];
  const strings = new Map<string, number>();
  const str = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const shapes = new Map<string, number>();
  const shared = new Map<object, number>();
  const pending: object[] = [];
  const enc = (v: unknown, top = false): void => {
    if (v === null) codes.push(NULL);
    else if (typeof v === 'string') codes.push(STR, str(v));
    else if (typeof v === 'boolean') codes.push(v ? TRUE : FALSE);
    else if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`resource cache: the number ${v}`);
      if ((v | 0) === v) codes.push(INT, v);
      else codes.push(NUM, doubles.push(v) - 1);
    } else if (typeof v !== 'object') throw new Error(`resource cache: a value of type ${typeof v}`);
    else if (!top && (seen.get(v) ?? 0) > 1) {
      let i = shared.get(v);
      if (i === undefined) {
        shared.set(v, (i = pending.length));
        pending.push(v);
      }
      codes.push(REF, i);
    } else if (v instanceof Map) {
      codes.push(MAP, v.size);
      for (const [k, x] of v) {
        enc(k);
        enc(x);
      }
    } else if (v instanceof Set) {
      codes.push(SET, v.size);
      for (const x of v) enc(x);
    } else if (v instanceof RegExp) codes.push(REGEXP, str(v.source), str(v.flags));
    else if (Array.isArray(v)) {
      codes.push(ARRAY, v.length);
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) throw new Error('resource cache: a sparse array');
        enc(v[i]);
      }
    } else {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype) throw new Error('resource cache: an object that is not plain');
      if (Object.getOwnPropertySymbols(v).length) throw new Error('resource cache: a symbol key');
      const keys = Object.keys(v);
      if (keys.includes('__proto__')) throw new Error('resource cache: the key __proto__');
      const shape = JSON.stringify(keys);
      let s = shapes.get(shape);
      if (s === undefined) shapes.set(shape, (s = shapes.size));
      codes.push(OBJECT + s);
      for (const k of keys) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined) throw new Error(`resource cache: ${k} is undefined`);
        enc(x);
      }
    }
  };
  enc(value);
  const offsets: number[] = [];
  for (let i = 0; i < pending.length; i++) {
    offsets.push(codes.length);
    enc(pending[i], true);
  }
  const text = Buffer.from(
    JSON.stringify([[...shapes.keys()].map((k) => JSON.parse(k) as string[]), [...strings.keys()]]),
    'utf8',
  );
  const body = Buffer.alloc(HEAD + 8 * doubles.length + 4 * (codes.length + offsets.length) + text.length);
  const head = new Uint32Array(body.buffer, body.byteOffset, HEAD / 4);
  head.set([MAGIC, doubles.length, codes.length, offsets.length, text.length]);
  let at = HEAD;
  new Float64Array(body.buffer, body.byteOffset + at, doubles.length).set(doubles);
  at += 8 * doubles.length;
  new Int32Array(body.buffer, body.byteOffset + at, codes.length).set(codes);
  at += 4 * codes.length;
  new Int32Array(body.buffer, body.byteOffset + at, offsets.length).set(offsets);
  at += 4 * offsets.length;
  text.copy(body, at);
  return body;
}

/** The value encodeGraph wrote in `bytes`; throws on bytes that are not such a value. */
export function decodeGraph(bytes: Buffer): unknown {
  // typed arrays need aligned bytes: a body that is not (a copy made elsewhere) is copied once
  const body = bytes.byteOffset % 8 ? Buffer.from(bytes) : bytes;
  if (body.length < HEAD) throw new Error('resource cache: too short');
  const [magic, nDoubles, nCodes, nShared, nText] = new Uint32Array(body.buffer, body.byteOffset, 5) as unknown as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (magic !== MAGIC) throw new Error('resource cache: not an encoded graph');
  let at = HEAD;
  if (at + 8 * nDoubles + 4 * (nCodes + nShared) + nText !== body.length)
    throw new Error('resource cache: lengths that do not add up');
  const doubles = new Float64Array(body.buffer, body.byteOffset + at, nDoubles);
  at += 8 * nDoubles;
  const codes = new Int32Array(body.buffer, body.byteOffset + at, nCodes);
  at += 4 * nCodes;
  const offsets = new Int32Array(body.buffer, body.byteOffset + at, nShared);
  at += 4 * nShared;
  const [shapes, strings] = JSON.parse(body.toString('utf8', at, at + nText)) as [string[][], string[]];
  const done: unknown[] = new Array(nShared);
  let p = 0;
  const string = (i: number): string => {
    const s = strings[i];
    if (typeof s !== 'string') throw new Error('resource cache: a string out of range');
    return s;
  };
  const dec = (): unknown => {
    if (p >= nCodes) throw new Error('resource cache: codes run out');
    const tag = codes[p++]!;
    switch (tag) {
      case STR:
        return string(codes[p++]!);
      case INT:
        return codes[p++]!;
      case NUM: {
        const i = codes[p++]!;
        if (i < 0 || i >= nDoubles) throw new Error('resource cache: a number out of range');
        return doubles[i]!;
      }
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case ARRAY: {
        const n = codes[p++]!;
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = dec();
        return out;
      }
      case MAP: {
        const n = codes[p++]!;
        const map = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) {
          const k = dec();
          map.set(k, dec());
        }
        return map;
      }
      case SET: {
        const n = codes[p++]!;
        const set = new Set<unknown>();
        for (let i = 0; i < n; i++) set.add(dec());
        return set;
      }
      case REGEXP: {
        const source = string(codes[p++]!);
        return new RegExp(source, string(codes[p++]!));
      }
      case REF: {
        const i = codes[p++]!;
        if (done[i] === undefined) {
          if (!(i >= 0 && i < nShared)) throw new Error('resource cache: a reference out of range');
          const back = p;
          p = offsets[i]!;
          done[i] = dec();
          p = back;
        }
        return done[i];
      }
      default: {
        const keys = shapes[tag - OBJECT];
        if (!keys) throw new Error('resource cache: an object of no known shape');
        const out: Record<string, unknown> = {};
        for (const k of keys) out[k] = dec();
        return out;
      }
    }
  };
  const root = dec();
  return root;
}
