// The properties the writer looks stored nodes up by, filled in at start-up for stores written before it recorded
// them (src/graph/schema.ts applySchema): an organisation's `acronyms` (src/graph/acronyms-backfill.ts) and an incident
// frame's `nameKeys` (src/graph/frame-name-keys.ts). The backfill gives each node what the writer gave it, and a
// store with them everywhere is left alone. Texts written for this test; real extractor, real Neo4j.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { backfillAcronyms } from '../../src/graph/acronyms-backfill.js';
import { backfillFrameNameKeys } from '../../src/graph/frame-name-keys.js';
import { applySchema } from '../../src/graph/schema.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { useTempDirs, writeArticles } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';

const ARTICLES = [
  {
    file: '2025-03-02-plot-cardiff.md',
    text: 'CARDIFF, Wales — South Wales Police said Dorian Velcott, 41, was arrested on Sunday over a bomb plot against a mosque in Splott. The Welsh Extremism Review Panel (WERP) said it had flagged the threat.',
  },
  {
    file: '2025-03-09-court-cardiff.md',
    text: 'CARDIFF, Wales — Dorian Velcott appeared in court on Monday charged with plotting the bombing of a mosque in Splott, South Wales Police said. The WERP said it would publish its review.',
  },
];

const Row = z.object({ key: z.string(), value: z.string().nullable() });

let graph: Graph;

/** `property` of every node with `label`, by key */
async function values(label: 'Organization' | 'IncidentFrame', property: 'acronyms' | 'nameKeys') {
  return graph.read(async (tx) =>
    (await tx.run(`MATCH (n:${label}) RETURN n.key AS key, n.${property} AS value ORDER BY key`)).records.map((r) =>
      Row.parse(r.toObject()),
    ),
  );
}

useTestGraph((g) => (graph = g), { reset: 'once' });
const tempDirs = useTempDirs('backfill');
beforeAll(async () => {
  const paths = await writeArticles(await tempDirs.make(), ARTICLES);
  const summary = await ingestPaths(graph, paths, { duplicates: false });
  expect(summary.failures).toEqual([]);
});

describe('start-up backfill of the lookup properties', () => {
  it('gives nodes written without them what the writer gives them', async () => {
    const acronyms = await values('Organization', 'acronyms');
    const nameKeys = await values('IncidentFrame', 'nameKeys');
    // the fixture exercises both: a body with its acronym, a frame naming its person
    expect(acronyms.filter((r) => r.value !== null).map((r) => r.value)).toContain(' WERP ');
    expect(nameKeys.some((r) => r.value?.includes('\tperson:dorian velcott\t'))).toBe(true);

    await graph.write((tx) =>
      tx.run('MATCH (n) WHERE n:Organization OR n:IncidentFrame REMOVE n.acronyms, n.nameKeys'),
    );
    await applySchema(graph);
    expect(await values('Organization', 'acronyms')).toEqual(acronyms);
    expect(await values('IncidentFrame', 'nameKeys')).toEqual(nameKeys);
  });

  it('sets nothing on a store that has them', async () => {
    expect(await backfillAcronyms(graph)).toBe(0);
    expect(await backfillFrameNameKeys(graph)).toBe(0);
  });
});
