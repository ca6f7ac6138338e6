// A built resource (the gazetteer's indexes) kept on disk between processes: building it from data/ is a tenth of a
// short `kg extract` run, reading it back a fraction of that. The cache is never trusted over the data: its file is
// named by a hash of every input (the data files and the code that builds from them), carries that key and a
// checksum of its body, and anything unreadable, corrupt or stale is rebuilt. The files are read and written by
// resources.ts (cachedBuild); this module turns a value into a cache file's text and back.
import { createHash } from 'node:crypto';

/** bump when the encoding below changes */
export const CACHE_FORMAT = 1;

/** A cache file's text: a header line (format, key, checksum of the body), then the encoded value. */
export function cacheFileText(key: string, value: unknown): string {
  const body = encodeGraph(value);
  return `${header(key, body)}\n${body}`;
}

/** The value a cache file holds, or undefined if the text is not a whole, matching cache file of `key`. */
export function readCacheFileText(text: string, key: string): unknown {
  try {
    const nl = text.indexOf('\n');
    if (nl < 0) return undefined;
    const body = text.slice(nl + 1);
    if (text.slice(0, nl) !== header(key, body)) return undefined;
    return decodeGraph(body);
  } catch {
    return undefined;
  }
}

/**
 * A binary cache file (a value with its own byte form): the same header line, padded with spaces so the bytes after
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

function header(key: string, body: string | Buffer): string {
  return JSON.stringify({ format: CACHE_FORMAT, key, sha256: createHash('sha256').update(body).digest('hex') });
}

/*
 * The encoding: JSON of a graph of plain objects, arrays, Maps, Sets, RegExps and JSON's primitives, which keeps the
 * order of keys and entries and which objects are one object (the gazetteer puts one entry in many indexes, and code
 * compares entries by identity). Every object is an array whose first cell says what it is: [0, ...items] an array,
 * [1, key, value, key, value, ...] a Map, [2, ...items] a Set, [3, source, flags] a RegExp, [4, i] the object at
 * index i of the table of objects reached more than once, [5 + s, ...values] a plain object whose keys are shape s
 * of the table of shapes (tens of thousands of entries share a handful of shapes: arrays parse faster than objects).
 * Anything else (a class instance, undefined, a number JSON cannot write) makes encoding throw, so such a value is
 * never cached rather than cached wrong.
 */
type Json = null | boolean | number | string | Json[];
const ARRAY = 0,
  MAP = 1,
  SET = 2,
  REGEXP = 3,
  REF = 4,
  OBJECT = 5;

export function encodeGraph(value: unknown): string {
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
  const shared = new Map<object, number>();
  const table: Json[] = [];
  const shapes = new Map<string, number>();
  const enc = (v: unknown, top = false): Json => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`resource cache: the number ${v}`);
      return v;
    }
    if (typeof v !== 'object') throw new Error(`resource cache: a value of type ${typeof v}`);
    if (!top && (seen.get(v) ?? 0) > 1) {
      let i = shared.get(v);
      if (i === undefined) {
        i = table.length;
        shared.set(v, i);
        table.push(null);
        table[i] = enc(v, true);
      }
      return [REF, i];
    }
    if (v instanceof Map) {
      const out: Json[] = [MAP];
      for (const [k, x] of v) out.push(enc(k), enc(x));
      return out;
    }
    if (v instanceof Set) return [SET, ...[...v].map((x) => enc(x))];
    if (v instanceof RegExp) return [REGEXP, v.source, v.flags];
    if (Array.isArray(v)) {
      const out: Json[] = [ARRAY];
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) throw new Error('resource cache: a sparse array');
        out.push(enc(v[i]));
      }
      return out;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype) throw new Error('resource cache: an object that is not plain');
    if (Object.getOwnPropertySymbols(v).length) throw new Error('resource cache: a symbol key');
    const keys = Object.keys(v);
    if (keys.includes('__proto__')) throw new Error('resource cache: the key __proto__');
    const shape = JSON.stringify(keys);
    let s = shapes.get(shape);
    if (s === undefined) shapes.set(shape, (s = shapes.size));
    const out: Json[] = [OBJECT + s];
    for (const k of keys) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) throw new Error(`resource cache: ${k} is undefined`);
      out.push(enc(x));
    }
    return out;
  };
  const root = enc(value);
  return JSON.stringify([[...shapes.keys()].map((k) => JSON.parse(k) as string[]), table, root]);
}

export function decodeGraph(text: string): unknown {
  const [shapes, table, root] = JSON.parse(text) as [string[][], Json[], Json];
  const done: unknown[] = new Array(table.length);
  const dec = (j: Json): unknown => {
    if (!Array.isArray(j)) return j;
    const tag = j[0] as number;
    const n = j.length;
    switch (tag) {
      case ARRAY: {
        const out = new Array<unknown>(n - 1);
        for (let i = 1; i < n; i++) out[i - 1] = dec(j[i]!);
        return out;
      }
      case MAP: {
        const map = new Map<unknown, unknown>();
        for (let i = 1; i < n; i += 2) map.set(dec(j[i]!), dec(j[i + 1]!));
        return map;
      }
      case SET: {
        const set = new Set<unknown>();
        for (let i = 1; i < n; i++) set.add(dec(j[i]!));
        return set;
      }
      case REGEXP:
        return new RegExp(j[1] as string, j[2] as string);
      case REF: {
        const i = j[1] as number;
        if (done[i] === undefined) {
          if (!(i in table)) throw new Error('resource cache: a reference out of range');
          done[i] = dec(table[i]!);
        }
        return done[i];
      }
      default: {
        const keys = shapes[tag - OBJECT];
        if (!keys || keys.length !== n - 1) throw new Error('resource cache: an object of no known shape');
        const out: Record<string, unknown> = {};
        for (let i = 1; i < n; i++) out[keys[i - 1]!] = dec(j[i]!);
        return out;
      }
    }
  };
  return dec(root);
}
