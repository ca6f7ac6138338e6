// What compiling the extractor's dynamic regular expressions costs, and where that cost comes from.
// Records every RegExp built with the constructor (by the extractor or by chrono-node, which it calls) while it reads the bench:extract articles (CoNLL dev
// documents and seeds, read in place from ../shared), then compiles each recorded pattern afresh and times its first
// exec (V8 compiles on first use, once per subject encoding: a Latin-1 string and a two-byte one each pay it), as is
// and in ablations that are NOT equivalent and only say which part of the source costs what:
//   no-i       the same sources without the i flag (the cost of case-insensitivity)
//   narrow-L   \p{L} and \p{N} in case-insensitive sources replaced by Latin ranges (the cost of V8 closing those
//              classes over case, crbug v8/6727)
// usage: npm run build && node --no-regexp-tier-up bench/regexp-compile.mjs [--top 15]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchArticles } from './articles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1] || 15) || 15;

// record before the extractor's modules load, so every pattern they build goes through the recorder
const NativeRegExp = RegExp;
const recorded = new Map();
// the flags V8 compiles with (a case-folded pattern's own flags getter reports the flags it was asked for)
const nativeFlagsGetter = Object.getOwnPropertyDescriptor(NativeRegExp.prototype, 'flags')?.get;
if (!nativeFlagsGetter) throw new Error('RegExp.prototype.flags has no getter');
const nativeFlags = nativeFlagsGetter;
// and the source V8 compiles (a case-folded pattern's own getter reads fields its constructor has not yet set when the
// recorder sees it: a stand-in's source is then the empty group, its real patterns are recorded as they are made)
const nativeSourceGetter = Object.getOwnPropertyDescriptor(NativeRegExp.prototype, 'source')?.get;
if (!nativeSourceGetter) throw new Error('RegExp.prototype.source has no getter');
const nativeSource = nativeSourceGetter;
/** @param {RegExp} r */
const record = (r) => {
  const flags = String(nativeFlags.call(r));
  const source = String(nativeSource.call(r));
  const key = `${flags} ${source}`;
  if (!recorded.has(key))
    recorded.set(key, {
      source,
      flags,
      origin: new Error().stack?.includes('node_modules/chrono-node') ? 'chrono-node' : 'kg',
    });
  return r;
};
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (target, a, newTarget) => record(Reflect.construct(target, a, newTarget)),
  apply: (target, self, a) => record(Reflect.apply(target, self, a)),
});

const texts = await benchArticles(root, 'regexp-compile');
const { loadResources } = await import(pathToFileURL(join(root, 'dist/extract/resources.js')).href);
const { extract } = await import(pathToFileURL(join(root, 'dist/extract/index.js')).href);
const resources = loadResources();
texts.forEach((text, i) => extract({ id: `a${i}`, text }, resources));
globalThis.RegExp = NativeRegExp;

const patterns = [...recorded.values()];
const cpuMs = (f) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
const ONE_BYTE = 'The attack killed three people in the town.';
const TWO_BYTE = 'The attack killed three people in the town’s market.';
const LATIN = 'a-zA-Z\\u00C0-\\u024F';
const variants = {
  'as is': (p) => p,
  'no-i': (p) => ({ ...p, flags: p.flags.replace('i', '') }),
  'narrow-L': (p) =>
    p.flags.includes('i') ? { ...p, source: p.source.replaceAll('\\p{L}', LATIN).replaceAll('\\p{N}', '0-9') } : p,
};
const chars = (ps) => ps.reduce((n, p) => n + p.source.length, 0);
const ci = patterns.filter((p) => p.flags.includes('i'));
console.log(
  `${texts.length} articles: ${patterns.length} distinct dynamic patterns (${chars(patterns)} source characters), ` +
    `${ci.length} case-insensitive (${chars(ci)} characters)`,
);
const asIs = [];
for (const [name, change] of Object.entries(variants)) {
  let one = 0,
    two = 0;
  for (const p of patterns) {
    const { source, flags } = change(p);
    // an empty group at the end: a source V8's compilation cache has not seen (the extraction above compiled these)
    const re = new NativeRegExp(`${source}(?:)`, flags);
    const a = cpuMs(() => re.exec(ONE_BYTE));
    const b = cpuMs(() => re.exec(TWO_BYTE));
    one += a;
    two += b;
    if (name === 'as is') asIs.push({ ms: a, two: b, p });
  }
  console.log(
    `${name.padEnd(9)} compile CPU: Latin-1 subject ${Math.round(one)} ms, two-byte subject ${Math.round(two)} ms`,
  );
}
for (const origin of ['kg', 'chrono-node']) {
  const mine = asIs.filter((x) => x.p.origin === origin);
  const sum = (k) => Math.round(mine.reduce((n, x) => n + x[k], 0));
  console.log(`  as is, ${origin}: ${mine.length} patterns, Latin-1 ${sum('ms')} ms, two-byte ${sum('two')} ms`);
}
console.log(`costliest ${top} (Latin-1 subject, as is):`);
for (const { ms, p } of asIs.sort((x, y) => y.ms - x.ms).slice(0, top))
  console.log(
    `${ms.toFixed(1).padStart(7)} ms ${String(p.source.length).padStart(6)} chars /${p.flags} ${p.origin.padEnd(11)} ${p.source.slice(0, 70)}`,
  );
