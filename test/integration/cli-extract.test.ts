// The `kg extract` contract the shared scorers rely on, through the real command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const kg = (args: string[], input: string) =>
  spawnSync(process.execPath, ['bin/kg.js', ...args], { input, encoding: 'utf8' });

const article = [
  'LONDON, March 3 - Police in London arrested two men on Tuesday after a stabbing near Westminster, the Metropolitan Police said.',
  'Commander Dean Haydon, head of the Counter Terrorism Command, said the attack was being treated as terrorism.',
  'Officers from MI5 and the FBI were consulted, according to a statement issued in Paris.',
].join(' ');

describe('kg extract --jsonl', () => {
  const r = kg(
    ['extract', '--jsonl'],
    `${JSON.stringify({ id: 'a1', text: article })}\nnot json\n${JSON.stringify({ id: 'a3', text: '' })}\n`,
  );
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes one line per input line, in order, even for bad lines', () => {
    expect(r.status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a1', 'line2', 'a3']);
    expect(lines[1]!.error).toMatch(/line 2: not JSON/);
    expect(r.stderr).toMatch(/line 2/);
  });

  it('gives mentions whose offsets slice back to their text', () => {
    const entities = lines[0]!.entities as Array<{
      type: string;
      name: string;
      mentions: Array<{ start: number; end: number; text: string }>;
    }>;
    expect(entities.length).toBeGreaterThan(3);
    for (const e of entities) {
      expect(['person', 'organization', 'place', 'incident']).toContain(e.type);
      for (const m of e.mentions) expect(article.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('finds each of the four types in a plain news paragraph', () => {
    const entities = lines[0]!.entities as Array<{ type: string; name: string }>;
    const types = new Set(entities.map((e) => e.type));
    expect([...types].sort()).toEqual(['incident', 'organization', 'person', 'place']);
    expect(entities.some((e) => e.type === 'place' && e.name === 'London')).toBe(true);
  });
});

describe('kg extract --jsonl --workers', () => {
  const texts = [
    article,
    'KABUL, May 9 - A roadside bomb killed four soldiers in Helmand province on Monday, officials said.',
    'The council approved a new budget for the harbour on Tuesday.',
  ];
  const input = [
    ...texts.map((text, i) => JSON.stringify({ id: `t${i}`, text, published: '2024-05-10' })),
    '{"id": 7}',
    JSON.stringify({ id: 't4', text: texts[1] }),
  ].join('\n');

  it('writes from worker threads exactly what one thread writes, in input order', () => {
    const one = kg(['extract', '--jsonl'], input);
    const two = kg(['extract', '--jsonl', '--workers', '2'], input);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const lines = two.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; error?: string; entities: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['t0', 't1', 't2', 'line4', 't4']);
    expect(lines[3]!.error).toMatch(/line 4: text/);
    expect(lines[1]!.entities.length).toBeGreaterThan(1);
  });

  it('refuses a worker count that is not a positive whole number', () => {
    const r = kg(['extract', '--jsonl', '--workers', '0'], input);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--workers must be a positive whole number, got "0"/);
  });
});

describe('kg extract FILE', () => {
  it('prints one pretty JSON document for a single article', () => {
    const r = kg(['extract', '-'], article);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { entities: unknown[] };
    expect(r.stdout).toContain('\n  "entities"');
    expect(doc.entities.length).toBeGreaterThan(0);
  });

  it('reads an article file as ingest does: front matter is not text, its date anchors the article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
    const file = join(dir, 'story.md');
    writeFileSync(
      file,
      `---\ntitle: "Two men held after stabbing"\npublished: 2021-03-03\nsource: Test Wire\n---\n${article}\n`,
    );
    const r = kg(['extract', file], '');
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      id: string;
      entities: Array<{ type: string; date?: string; mentions: Array<{ text: string }> }>;
    };
    expect(doc.id).toMatch(/^a_[0-9a-f]{16}$/);
    const texts = doc.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts.some((t) => /published|source|title/.test(t))).toBe(false);
    // "on Tuesday" resolves against the front matter's date, 2021-03-03 (a Wednesday)
    expect(doc.entities.find((e) => e.type === 'incident')?.date).toBe('2021-03-02');
  });

  it('names a missing file', () => {
    const r = kg(['extract', 'no/such/file.txt'], '');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no\/such\/file\.txt/);
  });
});
