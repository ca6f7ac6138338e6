// Layers depend one way: the client reads only the API contract and the ontology; the extraction core reads files
// only through resources.ts; nothing but the CLI depends on the ingest worker.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports of a file, as project paths without extension ("src/api/contract"). */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) =>
    relative(root, resolve(dirname(file), m[1]!)).replace(/\.(?:js|ts)$/, ''),
  );
}

const rel = (f: string) => relative(root, f);

describe('layers', () => {
  it('the client imports only the API contract and the ontology from src/', () => {
    const bad = tsFiles(join(root, 'client/src')).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith('src/') && i !== 'src/api/contract' && i !== 'src/ontology/index')
        .map((i) => `${rel(f)} → ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it('the pure layers (extract, ontology, news, rules, dedup) read no files, except resources.ts and the version stamp', () => {
    const pure = ['src/extract', 'src/ontology', 'src/news', 'src/rules', 'src/dedup'].flatMap((d) =>
      tsFiles(join(root, d)),
    );
    const allowed = new Set(['src/extract/resources.ts', 'src/extract/version.ts']);
    const bad = pure.filter(
      (f) =>
        !allowed.has(rel(f)) &&
        /from\s+['"]node:(?:fs|fs\/promises|path|child_process|net|http)['"]|process\.env/.test(
          readFileSync(f, 'utf8'),
        ),
    );
    expect(bad.map(rel)).toEqual([]);
  });

  it('the pure layers do not import graph, ingest, server or cli', () => {
    const pure = ['src/extract', 'src/ontology', 'src/news', 'src/rules', 'src/dedup', 'src/sources'].flatMap((d) =>
      tsFiles(join(root, d)),
    );
    const bad = pure.flatMap((f) =>
      importsOf(f)
        .filter((i) => /^src\/(?:graph|ingest|server|cli)\//.test(i))
        .map((i) => `${rel(f)} → ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it('nothing but the CLI imports the ingest worker (graph row types: being moved into src/graph on the ingest branch)', () => {
    const known = new Set(['src/graph/dedup-store.ts', 'src/graph/incident-resolution.ts', 'src/graph/writer.ts']);
    const bad = tsFiles(join(root, 'src'))
      .filter((f) => !rel(f).startsWith('src/ingest/') && !rel(f).startsWith('src/cli/') && !known.has(rel(f)))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('src/ingest/'))
          .map((i) => `${rel(f)} → ${i}`),
      );
    expect(bad).toEqual([]);
  });
});
