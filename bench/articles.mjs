// The articles the extraction benchmarks read: the CoNLL dev documents and the seed articles, read in place from
// ../shared beside the project (or beside its worktree folder), or KG_SHARED; never copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** the bench articles' texts; exits with a message naming the bench when ../shared holds none */
export async function benchArticles(root, bench) {
  const shared =
    process.env.KG_SHARED ??
    [resolve(root, '../shared'), resolve(root, '../../shared')].find((d) => existsSync(d)) ??
    resolve(root, '../shared');
  const texts = [];
  const conll = join(shared, 'eval/conll.mjs');
  if (existsSync(conll)) {
    const { loadConll } = await import(pathToFileURL(conll).href);
    for (const d of loadConll(join(shared, 'eval/conll-dev.conll'))) texts.push(d.text);
  }
  const seeds = join(shared, 'seeds');
  if (existsSync(seeds))
    for (const f of readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      texts.push(readFileSync(join(seeds, f), 'utf8'));
  if (!texts.length) {
    console.error(`${bench}: no articles found under ${shared}`);
    process.exit(1);
  }
  return texts;
}
