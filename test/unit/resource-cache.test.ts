// The resource cache keeps a built gazetteer on disk between processes. It must never serve a wrong value: a stale,
// corrupt or unwritable cache costs a build, nothing else.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { decodeGraph, encodeGraph } from '../../src/extract/resource-cache.js';
import { cachedBuild as cached, DATA_DIR, hashInputs, loadGazetteer } from '../../src/extract/resources.js';
import { tokenize } from '../../src/extract/tokens.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cache-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const envBefore = process.env.KG_RESOURCE_CACHE;
afterEach(() => {
  if (envBefore === undefined) delete process.env.KG_RESOURCE_CACHE;
  else process.env.KG_RESOURCE_CACHE = envBefore;
});

/** a value like the gazetteer's: one entry held by several indexes, Maps and Sets in a given order */
function sample() {
  const paris = { kind: 'city', name: 'Paris', lat: 48.85, lon: 2.35, admin1: null, tags: ['capital'] };
  const lyon = { kind: 'city', name: 'Lyon', lat: 45.75, lon: 4.85, admin1: 'Auvergne' };
  return {
    byName: new Map([
      ['paris', [paris]],
      ['lyon', [lyon]],
    ]),
    byFirst: new Map([['P', [{ words: ['Paris'], entries: [paris], weak: false }]]]),
    order: new Set(['z', 'a', 'm']),
    gap: /^\s+town(?:\s*,\s*)?$/iu,
    paris,
  };
}

describe('encodeGraph/decodeGraph', () => {
  it('keeps values, order and which objects are one object', () => {
    const back = decodeGraph(encodeGraph(sample())) as ReturnType<typeof sample>;
    expect(back).toEqual(sample());
    expect([...back.order]).toEqual(['z', 'a', 'm']);
    expect([...back.byName.keys()]).toEqual(['paris', 'lyon']);
    expect(back.byName.get('paris')![0]).toBe(back.paris);
    expect(back.byFirst.get('P')![0]!.entries[0]).toBe(back.paris);
    expect(back.gap.test('  town, ')).toBe(true);
    expect(back.gap.flags).toBe('iu');
  });

  it('refuses what it cannot write back the same, instead of caching it wrong', () => {
    expect(() => encodeGraph({ a: undefined })).toThrow(/undefined/);
    expect(() => encodeGraph({ a: new Date(0) })).toThrow(/not plain/);
    expect(() => encodeGraph({ a: Number.NaN })).toThrow(/number/);
    expect(() => encodeGraph({ a: -0 })).toThrow(/number/);
    const loop: { self?: unknown } = {};
    loop.self = loop;
    expect(() => encodeGraph(loop)).toThrow(/cycle/);
  });
});

describe('cachedBuild', () => {
  it('builds once, then reads the value back from disk', () => {
    const dir = tempDir();
    let builds = 0;
    const build = () => (builds++, sample());
    const first = cached(dir, 'test', 'k1', build);
    const second = cached(dir, 'test', 'k1', build);
    expect(builds).toBe(1);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    // another key (other data or code) is another file, built anew
    cached(dir, 'test', 'k2', build);
    expect(builds).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['test-k1.json', 'test-k2.json']);
  });

  it('rebuilds a corrupt or truncated file, and a file of another key, and writes it whole again', () => {
    const dir = tempDir();
    let builds = 0;
    const build = () => (builds++, sample());
    cached(dir, 'test', 'k', build);
    const file = join(dir, 'test-k.json');
    const good = readFileSync(file, 'utf8');
    for (const bad of [
      good.slice(0, good.length >> 1), // truncated
      good.replace('Lyon', 'Lyom'), // one letter changed: still JSON, checksum wrong
      good.replace(/"key":"k"/, '"key":"x"'), // another key's file under this name
      'not a cache file',
      '',
    ]) {
      writeFileSync(file, bad);
      const before = builds;
      expect(cached(dir, 'test', 'k', build)).toEqual(sample());
      expect(builds).toBe(before + 1);
      expect(readFileSync(file, 'utf8')).toBe(good);
    }
  });

  it('builds when the folder cannot be written, and when there is no cache', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), '');
    let builds = 0;
    const build = () => (builds++, sample());
    // a path under a file: no folder can be made there
    expect(cached(join(dir, 'a-file', 'cache'), 'test', 'k', build)).toEqual(sample());
    expect(cached(join(dir, 'a-file', 'cache'), 'test', 'k', build)).toEqual(sample());
    expect(cached(null, 'test', 'k', build)).toEqual(sample());
    expect(builds).toBe(3);
  });

  it("leaves no temporary file and is not confused by another writer's", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'test-k.json.999.abc.tmp'), 'half a file');
    cached(dir, 'test', 'k', sample);
    expect(cached(dir, 'test', 'k', () => ({ other: true }))).toEqual(sample());
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') && !f.includes('.999.'))).toEqual([]);
  });
});

describe('hashInputs', () => {
  it('changes when a data file changes', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '[1]');
    const before = hashInputs([dir]);
    expect(hashInputs([dir])).toBe(before);
    writeFileSync(join(dir, 'a.json'), '[2]');
    expect(hashInputs([dir])).not.toBe(before);
  });
});

describe('the gazetteer through the cache', () => {
  it('is the gazetteer built from the data, whether built or read back', () => {
    process.env.KG_RESOURCE_CACHE = 'off';
    const built = loadGazetteer(DATA_DIR);
    process.env.KG_RESOURCE_CACHE = tempDir();
    const stored = loadGazetteer(DATA_DIR); // builds and writes
    const read = loadGazetteer(DATA_DIR); // reads
    expect(readdirSync(process.env.KG_RESOURCE_CACHE).filter((f) => f.startsWith('gazetteer-'))).toHaveLength(1);
    for (const g of [stored, read]) expect(encodeGraph(g.state())).toBe(encodeGraph(built.state()));
    const words = tokenize(read['words'], 'Gunmen attacked a bus near Kano and the Gulf of Aden on Monday').map(
      (t) => t.text,
    );
    expect(read.match(words, false)).toEqual(built.match(words, false));
    expect(read.placesNamed('Salah al-Din')).toEqual(built.placesNamed('Salah al-Din'));
    expect(read.settlementGapRe.source).toBe(built.settlementGapRe.source);
  });
});
