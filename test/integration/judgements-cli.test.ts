// `kg judgements export|import` through the built CLI: a database rebuilt from the articles plus the exported
// judgements is the same graph (entities with every property, overlay included, relationships and mentions).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { addJudgement, withdrawJudgement } from '../../src/graph/judgements.js';
import { entityGraphRows } from '../helpers/graph-hash.js';
import { resetDatabase, useTestGraph } from '../helpers/neo4j.js';
import { AL_HADDAD, COLE, FILES, FRONT, HADDAD, SUBJECT } from './judgements.fixture.js';
import { runKg } from '../helpers/kg-cli.js';

let graph: Graph;
let dir: string;
let outDir: string;
useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-judgements-cli-'));
  outDir = await mkdtemp(join(tmpdir(), 'kg-judgements-out-'));
  for (const [name, body] of Object.entries(FILES)) await writeFile(join(dir, name), body);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('kg judgements export | import', () => {
  it('rebuilds the same graph from the articles and the exported judgements', { timeout: 300_000 }, async () => {
    expect((await runKg(['ingest', '--no-progress', dir])).status).toBe(0);
    const who = 'analyst';
    const sentenceNaming = async (key: string, words: string) =>
      z
        .string()
        .parse(
          (
            await graph.read((tx) =>
              tx.run(
                'MATCH (s:Sentence)-[:MENTIONS]->(:Entity {key: $key}) WHERE s.text CONTAINS $words RETURN s.id AS id',
                { key, words },
              ),
            )
          ).records[0]?.get('id'),
        );
    await addJudgement(graph, {
      op: 'split',
      entity: HADDAD,
      sentences: [await sentenceNaming(HADDAD, 'had planned')],
      who,
      why: 'another Haddad',
    });
    await addJudgement(graph, {
      op: 'reject',
      mention: { sentenceId: await sentenceNaming(COLE, 'Whitfield'), entity: COLE },
      who,
      why: 'not her',
    });
    await addJudgement(graph, { op: 'merge', keep: HADDAD, merge: AL_HADDAD, who, why: 'same man' });
    await addJudgement(graph, { op: 'rename', entity: COLE, name: 'Sarah J. Cole', who, why: 'full name' });
    await addJudgement(graph, { op: 'retype', entity: FRONT, kind: 'armed_group', who, why: 'x' });
    await addJudgement(graph, {
      op: 'reject',
      link: { from: HADDAD, to: FRONT, type: 'AFFILIATED_WITH' },
      who,
      why: 'x',
    });
    const withdrawn = await addJudgement(graph, { op: 'reject', entity: SUBJECT, who, why: 'not a real entity' });
    await withdrawJudgement(graph, withdrawn.id, who);
    const before = await entityGraphRows(graph);

    const file = join(outDir, 'judgements.jsonl'); // not among the articles
    const exported = await runKg(['judgements', 'export', file]);
    expect(exported.status).toBe(0);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(7);

    await resetDatabase(graph);
    // imported before the articles: kept, reported as not applied
    const early = await runKg(['judgements', 'import', file]);
    expect(early.status).toBe(0);
    expect(early.stdout).toMatch(/judgements imported: 7/);
    expect(early.stdout).toMatch(/not applied[^\n]*: 6/);
    const ingested = await runKg(['ingest', '--no-progress', dir]);
    expect(ingested.status, ingested.stdout + ingested.stderr).toBe(0);
    expect(ingested.stdout).not.toMatch(/not applied/);
    expect(await entityGraphRows(graph)).toEqual(before);
    // importing again (stdin) changes nothing
    expect((await runKg(['judgements', 'import', '-'], { input: lines.join('\n') })).status).toBe(0);
    expect(await entityGraphRows(graph)).toEqual(before);
  });

  it('names every bad line and imports nothing', async () => {
    const res = await runKg(['judgements', 'import', '-'], {
      input: '{"op":"merge","keep":"a","who":"x","why":"y"}\nnot json\n',
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/line 1: .*merge/);
    expect(res.stderr).toMatch(/line 2: /);
  });
});
