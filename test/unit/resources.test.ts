// loadResources() is the only I/O of the extraction core: every file it needs is read once, validated, and a
// missing or malformed one is an error that names it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR, loadResources, loadTagger } from '../../src/extract/resources.js';

const dirs: string[] = [];
/** a copy of data/ to break */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-data-'));
  dirs.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('loadResources', () => {
  it('loads the project data', () => {
    const res = loadResources();
    expect(res.tagger.size).toBeGreaterThan(1000);
    expect(res.words.set('mentions.orgHeads').has('ministry')).toBe(true);
    expect(res.gazetteer.countries.get('FR')?.name).toBe('France');
  });

  it('refuses a missing tagger model instead of running on gazetteers alone', () => {
    expect(() => loadTagger('/nonexistent/ner-tagger.txt')).toThrow(/tagger model \/nonexistent\/ner-tagger\.txt/);
    const dir = dataCopy();
    writeFileSync(join(dir, 'models', 'ner-tagger.bin.gz'), '');
    expect(() => loadResources({ dataDir: dir })).toThrow(/tagger model .*ner-tagger\.bin\.gz: cannot read it/);
  });

  it('refuses a missing model for documents in capitals instead of reading them with the mixed-case one', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'models', 'ner-tagger-caps.bin.gz'));
    expect(() => loadResources({ dataDir: dir })).toThrow(/tagger model .*ner-tagger-caps\.bin\.gz: cannot read it/);
    expect(loadResources().taggerCaps.size).toBeGreaterThan(1000);
  });

  it('names a damaged word-cluster table', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'models', 'word-clusters.json.gz'), 'not gzip');
    expect(() => loadResources({ dataDir: dir })).toThrow(/word-clusters\.json\.gz: /);
  });

  it('names a corrupt lexicon file', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'lexicons', 'relation-cues.json'), '{ not json');
    expect(() => loadResources({ dataDir: dir })).toThrow(/relation-cues\.json: /);
  });

  it('names a word list that code needs and the file lacks, and a list file nobody declared', () => {
    const dir = dataCopy();
    const file = join(dir, 'lexicons', 'mentions.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { lists: Record<string, unknown> };
    delete data.lists.orgHeads;
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadResources({ dataDir: dir })).toThrow(/mentions\.json: missing list "orgHeads"/);
    const dir2 = dataCopy();
    writeFileSync(join(dir2, 'lexicons', 'stray.json'), JSON.stringify({ description: 'x', lists: {} }));
    expect(() => loadResources({ dataDir: dir2 })).toThrow(/stray\.json: a word-list file that word-lists\.ts/);
  });
  it('names the file and the row of a malformed gazetteer table row', () => {
    const dir = dataCopy();
    const file = join(dir, 'gazetteers', 'cities.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { rows: unknown[][] };
    data.rows[7]![3] = 'north'; // a latitude that is not a number
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadResources({ dataDir: dir })).toThrow(/cities\.json: rows\.7: expected a row \[number, string/);
    const dir2 = dataCopy();
    const towns = join(dir2, 'gazetteers', 'towns.json');
    const t = JSON.parse(readFileSync(towns, 'utf8')) as { rows: unknown[][] };
    t.rows[2] = t.rows[2]!.slice(0, 4); // a row cut short
    writeFileSync(towns, JSON.stringify(t));
    expect(() => loadResources({ dataDir: dir2 })).toThrow(/towns\.json: rows\.2: expected a row/);
  });
});
