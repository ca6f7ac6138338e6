// The resource cache keeps a built gazetteer on disk between processes. It must never serve a wrong value: a stale,
// corrupt or unwritable cache costs a build, nothing else.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeGraph, encodeGraph } from '../../src/extract/resource-cache.js';
import {
  cachedBuild as cached,
  cachedTagger,
  DATA_DIR,
  deferredTagger,
  foldingsFileBytes,
  readFoldings,
  hashInputs,
  loadGazetteer,
  loadTagger,
  readDataFile,
} from '../../src/extract/resources.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { caseFoldedRegExp } from '../../src/case-folded-reg-exp.js';
import { GivenNamesFile } from '../../src/extract/lexicons.js';
import { WordListFile } from '../../src/extract/word-lists.js';
import { z } from 'zod';
import { MODEL_HEADER, TaggerModel } from '../../src/extract/tagger.js';
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

  it('keeps numbers, strings and flags exactly, and refuses bytes that are not an encoded graph', () => {
    const value = {
      n: [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1.5, -31.888, 1e300, Number.MIN_VALUE],
      s: ['', 'Düsseldorf', '\u{1F600}', '\uD800', '"quoted"\n'],
      b: [true, false, null],
      nested: new Map<unknown, unknown>([[1, new Set([[]])]]),
    };
    const bytes = encodeGraph(value);
    expect(decodeGraph(bytes)).toEqual(value);
    // a copy not aligned to eight bytes reads alike
    const shifted = Buffer.alloc(bytes.length + 1).subarray(1);
    bytes.copy(shifted);
    expect(decodeGraph(shifted)).toEqual(value);
    for (const bad of [Buffer.alloc(0), Buffer.from('[0,"x"]'), bytes.subarray(0, bytes.length - 1)])
      expect(() => decodeGraph(bad)).toThrow(/resource cache/);
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
    expect(readdirSync(dir).sort()).toEqual(['test-k1.bin', 'test-k2.bin']);
  });

  it('removes what other versions left of its own kind once it is a while old, and nothing of another kind', () => {
    const dir = tempDir();
    const key = (c: string) => c.repeat(64);
    const old = (name: string) => {
      writeFileSync(join(dir, name), 'x');
      const then = new Date(Date.now() - 20 * 60 * 1000);
      utimesSync(join(dir, name), then, then);
    };
    old(`test-${key('a')}.json`); // a file of the former (JSON) encoding
    old(`test-${key('f')}.bin`);
    old(`test-${key('d')}.bin.123.abcdef.tmp`);
    old(`test-caps-${key('c')}.bin`);
    writeFileSync(join(dir, `test-${key('b')}.bin`), 'x'); // a process of another version may be starting with it
    cached(dir, 'test', key('e'), sample);
    expect(readdirSync(dir).sort()).toEqual(
      [`test-${key('b')}.bin`, `test-${key('e')}.bin`, `test-caps-${key('c')}.bin`].sort(),
    );
  });

  it('rebuilds a corrupt or truncated file, and a file of another key, and writes it whole again', () => {
    const dir = tempDir();
    let builds = 0;
    const build = () => (builds++, sample());
    cached(dir, 'test', 'k', build);
    const file = join(dir, 'test-k.bin');
    const good = readFileSync(file);
    const at = good.indexOf('Lyon');
    expect(at).toBeGreaterThan(0);
    const letter = Buffer.from(good);
    letter[at + 3] = 'm'.charCodeAt(0); // one letter changed: still decodable, checksum wrong
    const code = Buffer.from(good);
    code[good.indexOf(10) + 1 + 40]! ^= 1; // one code of the structure changed
    const wrongKey = Buffer.from(good.toString('latin1').replace(/"key":"k"/, '"key":"x"'), 'latin1');
    for (const bad of [
      good.subarray(0, good.length >> 1), // truncated
      letter,
      code,
      wrongKey, // another key's file under this name
      Buffer.from('not a cache file'),
      Buffer.alloc(0),
    ]) {
      writeFileSync(file, bad);
      const before = builds;
      expect(cached(dir, 'test', 'k', build)).toEqual(sample());
      expect(builds).toBe(before + 1);
      expect(readFileSync(file).equals(good)).toBe(true);
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
    writeFileSync(join(dir, 'test-k.bin.999.abc.tmp'), 'half a file');
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
    for (const g of [stored, read]) expect(encodeGraph(g.state()).equals(encodeGraph(built.state()))).toBe(true);
    const words = tokenize(read['words'], 'Gunmen attacked a bus near Kano and the Gulf of Aden on Monday').map(
      (t) => t.text,
    );
    expect(read.match(words, false)).toEqual(built.match(words, false));
    expect(read.placesNamed('Salah al-Din')).toEqual(built.placesNamed('Salah al-Din'));
    expect(read.settlementGapRe.source).toBe(built.settlementGapRe.source);
  }, 180_000);

  it("keeps placesNamed's spelling indexes beside it, read when first needed, and rebuilds a damaged file", () => {
    const dir = (process.env.KG_RESOURCE_CACHE = tempDir());
    const read = loadGazetteer(DATA_DIR);
    /** a gazetteer of the same indexes that builds its spelling indexes itself */
    const fresh = () =>
      Gazetteer.fromState(read['words'], decodeGraph(encodeGraph(read.state())) as Record<string, unknown>);
    const built = fresh();
    const names = ['Salah ad-Din', 'Duesseldorf', 'El Geneina', 'Tromso', 'Zzyzxq'];
    const spellingFiles = () => readdirSync(dir).filter((f) => f.startsWith('gazetteer-spellings-'));
    expect(spellingFiles()).toHaveLength(0); // not needed yet
    const index = (g: Gazetteer) => [...g['placesBySpelling'], ...g['placesByBareSpelling']];
    for (const n of names) expect(read.placesNamed(n)).toEqual(built.placesNamed(n));
    expect(index(read)).toEqual(index(built));
    expect(spellingFiles()).toHaveLength(1);
    const file = join(dir, spellingFiles()[0]!);
    const good = readFileSync(file);
    for (const bytes of [good, good.subarray(0, good.length - 9), Buffer.from('not a cache file')]) {
      writeFileSync(file, bytes);
      const again = loadGazetteer(DATA_DIR);
      for (const n of names) expect(again.placesNamed(n)).toEqual(built.placesNamed(n));
      // the places are the gazetteer's own objects
      expect(again.placesNamed('Duesseldorf')[0]).toBe(again.placesByName.get('düsseldorf')![0]);
      expect(index(again)).toEqual(index(built));
      expect(readFileSync(file).equals(good)).toBe(true);
    }

    // indexes that do not fit the places (never from a sound file) are built instead
    const misfit = Gazetteer.fromState(
      read['words'],
      decodeGraph(encodeGraph(read.state())) as Record<string, unknown>,
      () => ({ spelling: { keys: ['salah al din'], places: [[1e9]] }, bare: { keys: [], places: [] } }),
    );
    expect(misfit.placesNamed('Salah ad-Din')).toEqual(built.placesNamed('Salah ad-Din'));
    expect(index(misfit)).toEqual(index(built));
  }, 180_000);
});

describe('the tagger models through the cache', () => {
  /** a binary model of `n` features whose weights depend on `seed` (enough rows that the key table is grown) */
  function modelFile(dir: string, n: number, seed: number): string {
    const lines = Array.from(
      { length: n },
      (_, i) => `w=word${i}\t${i % 9}:${(i * seed) % 7}.5\t${(i + seed) % 9}:-${i % 5}.25`,
    );
    const path = join(dir, `model-${n}-${seed}.bin.gz`);
    writeFileSync(path, gzipSync(TaggerModel.parse(`${MODEL_HEADER}\n${lines.join('\n')}\n`).toBinary()));
    return path;
  }
  function sameModel(a: TaggerModel, b: TaggerModel, n: number): void {
    expect(a.size).toBe(b.size);
    for (let i = 0; i < n + 5; i++) expect(a.row(`w=word${i}`)).toBe(b.row(`w=word${i}`));
    expect(Array.from(a.local)).toEqual(Array.from(b.local));
    expect(Array.from(a.global)).toEqual(Array.from(b.global));
  }
  const taggerFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('tagger-'));

  it('is the model read from its file, whether built or read back', () => {
    const path = modelFile(tempDir(), 1500, 3);
    const built = loadTagger(path);
    const dir = (process.env.KG_RESOURCE_CACHE = tempDir());
    const stored = cachedTagger(path); // builds and writes
    expect(taggerFiles(dir)).toHaveLength(1);
    const read = cachedTagger(path); // reads
    for (const m of [stored, read]) sameModel(m, built, 1500);
    expect(read.row('w=word1499')).toBeGreaterThanOrEqual(0);
    expect(read.row('w=word1500')).toBe(-1);
  });

  it('rebuilds a corrupt or truncated file and writes it whole again', () => {
    const path = modelFile(tempDir(), 300, 5);
    const built = loadTagger(path);
    const dir = (process.env.KG_RESOURCE_CACHE = tempDir());
    cachedTagger(path);
    const file = join(dir, taggerFiles(dir)[0]!);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3]! ^= 0x40; // one weight changed: checksum wrong
    const wrongKey = Buffer.from(good.toString('latin1').replace(/"key":"[0-9a-f]{4}/, '"key":"0000'), 'latin1');
    for (const bad of [
      good.subarray(0, good.length >> 1),
      flipped,
      wrongKey,
      Buffer.from('not a cache file'),
      Buffer.alloc(0),
    ]) {
      writeFileSync(file, bad);
      sameModel(cachedTagger(path), built, 300);
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  });

  it('serves a changed model file, not the model cached before it changed', () => {
    const dir = tempDir();
    const path = modelFile(dir, 200, 2);
    process.env.KG_RESOURCE_CACHE = tempDir();
    const before = cachedTagger(path);
    writeFileSync(path, readFileSync(modelFile(dir, 200, 4)));
    const after = cachedTagger(path);
    sameModel(after, loadTagger(path), 200);
    expect(Array.from(after.local)).not.toEqual(Array.from(before.local));
  });

  it('still fails on a missing or damaged model file, whatever the cache holds', () => {
    const path = modelFile(tempDir(), 200, 2);
    process.env.KG_RESOURCE_CACHE = tempDir();
    cachedTagger(path);
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, good.length - 10));
    expect(() => cachedTagger(path)).toThrow(path);
    rmSync(path);
    expect(() => cachedTagger(path)).toThrow(path);
  });

  it('defers reading a cached model to its first use, and reads an uncached one at once', () => {
    const path = modelFile(tempDir(), 200, 2);
    const dir = (process.env.KG_RESOURCE_CACHE = tempDir());
    // no cache file yet: built now, so a bad model file is an error at load time
    expect(() => deferredTagger(join(tempDir(), 'missing.txt'))).toThrow(/missing\.txt/);
    const first = deferredTagger(path);
    expect(taggerFiles(dir)).toHaveLength(1);
    sameModel(first(), loadTagger(path), 200);
    // cached: nothing read until asked, so a model removed in between (with its cache file) fails only then
    const later = deferredTagger(path);
    rmSync(join(dir, taggerFiles(dir)[0]!));
    const good = readFileSync(path);
    rmSync(path);
    expect(later).toThrow(path);
    writeFileSync(path, good);
    const again = deferredTagger(path);
    sameModel(again(), loadTagger(path), 200);
    expect(again()).toBe(again());
  });

  it('refuses an image that is not one', () => {
    const image = loadTagger(modelFile(tempDir(), 200, 2)).toImage();
    expect(() => TaggerModel.fromImage(image.subarray(0, image.length - 4))).toThrow(/wrong size/);
    const badSlot = Buffer.from(image);
    badSlot.writeInt32LE(1 << 20, 20); // the first slot (after five counts) names a row past the last
    expect(() => TaggerModel.fromImage(badSlot)).toThrow(/slot/);
    const badScheme = Buffer.from(image);
    badScheme.writeInt32LE(7, 16); // the fifth count: the tag scheme's place in TAG_SCHEMES
    expect(() => TaggerModel.fromImage(badScheme)).toThrow(/tag scheme/);
    sameModel(
      TaggerModel.fromImage(image),
      TaggerModel.fromImage(Buffer.concat([Buffer.alloc(1), image]).subarray(1)),
      200,
    );
  });
});

describe('a data file checked once', () => {
  const markers = (dir: string) => readdirSync(dir).filter((f) => /^valid-[0-9a-f]{64}\.ok$/.test(f));

  it('is read as it was checked, and checked again when its bytes change', () => {
    const dir = (process.env.KG_RESOURCE_CACHE = tempDir());
    const file = join(tempDir(), 'names.json');
    writeFileSync(file, JSON.stringify({ names: ['ana', 'yusuf'] }));
    expect(readDataFile(file, GivenNamesFile)).toEqual({ names: ['ana', 'yusuf'] });
    expect(markers(dir)).toHaveLength(1);
    expect(readDataFile(file, GivenNamesFile)).toEqual({ names: ['ana', 'yusuf'] }); // by its marker
    // new bytes: checked, so a broken file is still an error that names it
    writeFileSync(file, JSON.stringify({ names: ['ana', 7] }));
    expect(() => readDataFile(file, GivenNamesFile)).toThrow(/names\.json: names\.1: /);
    writeFileSync(file, '{ "names": ');
    expect(() => readDataFile(file, GivenNamesFile)).toThrow(/names\.json: /);
    expect(markers(dir)).toHaveLength(1);
  });

  it('keeps no marker for a file its schema changes (a key dropped), nor for a schema not named for it', () => {
    const dir = (process.env.KG_RESOURCE_CACHE = tempDir());
    const file = join(tempDir(), 'names.json');
    writeFileSync(file, JSON.stringify({ note: 'a note', names: ['ana'] }));
    for (let i = 0; i < 2; i++) expect(readDataFile(file, GivenNamesFile)).toEqual({ names: ['ana'] });
    const own = z.object({ names: z.array(z.string()) }).strict();
    writeFileSync(file, JSON.stringify({ names: ['ana'] }));
    expect(readDataFile(file, own)).toEqual({ names: ['ana'] });
    expect(markers(dir)).toHaveLength(0);
    // the marker of one schema is not another's: the stricter one still refuses what the first let through
    writeFileSync(file, JSON.stringify({ names: [] }));
    expect(readDataFile(file, GivenNamesFile)).toEqual({ names: [] });
    expect(markers(dir)).toHaveLength(1);
    expect(() => readDataFile(file, WordListFile)).toThrow(/names\.json: /);
  });

  it('is checked every time without a resource cache', () => {
    process.env.KG_RESOURCE_CACHE = 'off';
    const file = join(tempDir(), 'names.json');
    writeFileSync(file, JSON.stringify({ names: ['ana'] }));
    expect(readDataFile(file, GivenNamesFile)).toEqual({ names: ['ana'] });
  });
});

describe("the case-folded patterns' foldings through the cache", () => {
  it('are kept keyed by their source, read back, and passed over when the file is not sound', () => {
    const dir = tempDir();
    const file = join(dir, 'foldings-k.bin');
    // a source no other test makes: this process has not read it from a file, so it is to be kept
    const source = String.raw`(?<![\p{L}])(?:zorblax|quuxite)s?(?![\p{L}])`;
    const made = caseFoldedRegExp(source, 'giu');
    const bytes = foldingsFileBytes('k');
    expect(bytes).not.toBeNull();
    writeFileSync(file, bytes!);
    expect(readFoldings(file, 'k')).toBe(true);
    expect(foldingsFileBytes('k')).toBeNull(); // every folding used is now one read
    const again = caseFoldedRegExp(source, 'giu');
    expect('The ZORBLAX and quuxites.'.match(again)).toEqual('The ZORBLAX and quuxites.'.match(made));
    expect(again.source).toBe(made.source);
    for (const bad of [
      bytes!.subarray(0, bytes!.length >> 1),
      Buffer.from('not a cache file'),
      Buffer.from(bytes!.toString('latin1').replace('"key":"k"', '"key":"x"'), 'latin1'),
    ]) {
      writeFileSync(file, bad);
      expect(readFoldings(file, 'k')).toBe(false);
    }
    expect(readFoldings(join(dir, 'none.bin'), 'k')).toBe(false);
  });
});
