// Sentence texts as the graph writer stores them (src/graph/writer.ts sentenceRows: the text taken from the article's
// in the statement where Cypher's offsets are JavaScript's): every sentence's text is its article's text between its
// offsets, in a text with characters beyond the Basic Multilingual Plane too, and so is every mention's (mentionRows).
// Texts written for this test.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { useTestGraph } from '../helpers/neo4j.js';

let graph: Graph;
let dir: string;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-writer-sentences-'));
}, 120_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const Row = z.object({ text: z.string(), start: z.number(), end: z.number(), sentence: z.string() });

describe('stored sentences', () => {
  it("hold their article's text between their offsets, with or without astral characters", async () => {
    const texts = {
      'plain.md':
        'LYON, France — Police arrested two men in Lyon on Monday over a planned attack on a café, prosecutors said. The men were held overnight.',
      'astral.md':
        'LYON, France — A post with a \u{1F4A3} sign warned of an attack in Lyon on Monday, police said. Officers searched a flat in the city. Two men were held \u{1F6A8} overnight.',
    };
    for (const [name, text] of Object.entries(texts))
      await writeFile(join(dir, name), `---\ntitle: "Lyon"\npublished: 2025-05-05\nsource: Test Wire\n---\n${text}\n`);
    const summary = await ingestPaths(graph, [dir], { duplicates: false });
    expect(summary.failures).toEqual([]);
    const rows = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (a:Article) MATCH (s:Sentence {articleId: a.id})
           RETURN a.text AS text, s.start AS start, s.end AS end, s.text AS sentence ORDER BY a.id, s.index`,
        )
      ).records.map((r) => Row.parse(r.toObject())),
    );
    expect(new Set(rows.map((r) => r.text)).size).toBe(2);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r.sentence).toBe(r.text.slice(r.start, r.end));
    // a mention's text, sent only where the statement cannot take it from its sentence, is the article's between its offsets
    const mentions = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (a:Article)-[:MENTIONS]->(e) MATCH (s:Sentence {articleId: a.id})-[m:MENTIONS]->(e)
           RETURN a.text AS text, m.start AS start, m.end AS end, m.text AS sentence`,
        )
      ).records.map((r) => Row.parse(r.toObject())),
    );
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) expect(m.sentence).toBe(m.text.slice(m.start, m.end));
  }, 120_000);
});
