// Articles of real news sentences for bench/ingest.mjs, generated at run time from the dev data in
// ../shared/eval (CoNLL-2003 train: Reuters 1996; GMB: Voice of America), read in place and never copied
// into the project. Each article draws its sentences at random from the whole pool, so two articles share
// no run of sentences unless made a copy on purpose; a few are republished copies (whole or trimmed) of a
// recent article, so duplicate detection has real work. Deterministic for a given seed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { mulberry32, OUTLETS: ALL_OUTLETS } = await import(new URL('../dist/dedup/synthetic.js', import.meta.url).href);
/** the first ten of the generated-article outlets (the corpus a given seed gives stays what it was) */
const OUTLETS = ALL_OUTLETS.slice(0, 10);

/** Sentences of real news (at least 6 words, not a bare dateline or table row) from ../shared/eval. */
export async function loadSentencePool(shared) {
  const conll = join(shared, 'eval/conll.mjs');
  if (!existsSync(conll)) throw new Error(`bench:ingest needs the dev data in ${join(shared, 'eval')} (not found)`);
  const { loadConll } = await import(pathToFileURL(conll).href);
  const pool = [];
  for (const file of ['conll-train.conll', 'gmb-dev.conll']) {
    const path = join(shared, 'eval', file);
    if (!existsSync(path)) continue;
    for (const doc of loadConll(path)) {
      for (const s of doc.text.split('\n')) {
        const words = s.split(' ').length;
        if (words >= 6 && /[a-z]/.test(s) && /[.?!"']$/.test(s)) pool.push(s);
      }
    }
  }
  if (pool.length < 1000) throw new Error(`bench:ingest: only ${pool.length} sentences found under ${shared}/eval`);
  return pool;
}

/**
 * `total` articles of about `words` words. Published dates spread over `days` days in order, so incidents
 * meet candidates within the resolution window as in a real feed; with `perDay`, that many articles a day instead
 * (a feed of a steady rate: the store grows in time, not in density, and article i's date does not depend on `total`).
 */
export function* generateArticles(
  pool,
  total,
  { seed = 7, words = 465, days = 120, copyRate = 0.04, perDay = 0 } = {},
) {
  const rand = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const recent = [];
  for (let i = 0; i < total; i++) {
    const day = perDay > 0 ? Math.floor(i / perDay) : Math.floor((i * days) / Math.max(total, 1));
    const published = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    const source = pick(OUTLETS);
    let paragraphs;
    if (recent.length > 10 && rand() < copyRate) {
      const original = pick(recent);
      paragraphs = rand() < 0.5 ? original : original.slice(0, Math.max(2, original.length - 1));
    } else {
      paragraphs = [];
      let n = 0;
      while (n < words) {
        const k = 2 + Math.floor(rand() * 3);
        const p = [];
        for (let j = 0; j < k; j++) {
          const s = pick(pool);
          p.push(s);
          n += s.split(' ').length;
        }
        paragraphs.push(p.join(' '));
      }
      recent.push(paragraphs);
      if (recent.length > 200) recent.shift();
    }
    const title = paragraphs[0].split(' ').slice(0, 10).join(' ');
    yield { id: `bench-${i}`, title, source, published, text: paragraphs.join('\n\n') };
  }
}

/** A generated (or corpus-file) article as the ingest pipeline takes it: item `item` of `file`, no time or URL. */
export function asSource(a, file, item) {
  return {
    text: a.text,
    title: a.title,
    published: a.published,
    publishedAt: null,
    source: a.source,
    url: null,
    origin: { file, item },
  };
}
