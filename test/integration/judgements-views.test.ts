// Analyst judgements in the whole-graph views and in the ingest's own transactions, on a real Neo4j: a rejected
// incident leaves the timeline and the map (a rejected place the map) and a retyped one is filtered by its new
// kind; and every ingest batch commits with the judgements already applied, so a run that dies after a batch
// leaves nothing for a later pass to fix.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { addJudgement, applyAllJudgements, withdrawJudgement } from '../../src/graph/judgements.js';
import { getArticle } from '../../src/graph/queries/articles.js';
import { getNeighbors } from '../../src/graph/queries/entities.js';
import { getMap, getTimeline } from '../../src/graph/queries/overview.js';
import { ingestArticles, ingestBatches } from '../../src/ingest/pipeline.js';
import type { SourceBatch } from '../../src/sources/walk.js';
import { parseFile } from '../../src/sources/index.js';
import { entityGraphRows } from '../helpers/graph-hash.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { AL_HADDAD, FILES, HADDAD, WHITFIELD } from './judgements.fixture.js';

const BOMBING = `---\ntitle: "Bomb in Leeds"\npublished: 2025-03-05\nsource: Gamma News\n---\nLEEDS (Gamma News) - A bomb exploded outside a bus station in Leeds on Tuesday, killing two people, police said. Detective Sarah Cole said the bombing in Leeds was being treated as terrorism.\n`;
const LEEDS = 'place:geo:2644688';
const who = 'test analyst';
const sourcesOf = (files: Record<string, string>) =>
  Object.entries(files).flatMap(([name, body]) => parseFile(name, new TextEncoder().encode(body)).articles);

let graph: Graph;
useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  const summary = await ingestArticles(graph, sourcesOf({ ...FILES, 'c.md': BOMBING }), [], {
    extractorVersion: 'views-1',
  });
  expect(summary.articles.new).toBe(3);
});

const timelineKeys = async (kinds?: string[]) =>
  (await getTimeline(graph, { limit: 100, offset: 0, kinds })).incidents.map((i) => i.key);
const mapKeys = async () => {
  const map = await getMap(graph, { limit: 100, offset: 0 });
  return { places: map.places.map((p) => p.key), incidents: map.incidents.map((i) => i.key) };
};
const articleIdOf = async (title: string) =>
  z
    .string()
    .parse(
      (
        await graph.read((tx) => tx.run('MATCH (a:Article {title: $title}) RETURN a.id AS id', { title }))
      ).records[0]?.get('id'),
    );

describe('judgements in the timeline and the map', { timeout: 300_000 }, () => {
  it('a rejected incident leaves the timeline, the map and its article; a rejected place leaves the map; withdrawn, they return', async () => {
    const dated = await timelineKeys();
    const bombing = dated.find((k) => k.startsWith('incident:bombing:'));
    expect(bombing, 'the bombing article gives a dated incident').toBeDefined();
    const incident = bombing as string;
    expect((await mapKeys()).incidents).toContain(incident);
    expect((await mapKeys()).places).toContain(LEEDS);
    const articleId = await articleIdOf('Bomb in Leeds');

    const rejected = await addJudgement(graph, { op: 'reject', entity: incident, who, why: 'not a real event (test)' });
    expect(await timelineKeys()).not.toContain(incident);
    expect((await mapKeys()).incidents).not.toContain(incident);
    expect((await getArticle(graph, articleId, 10))?.incidents.map((i) => i.key)).not.toContain(incident);
    await withdrawJudgement(graph, rejected.id, who);
    expect(await timelineKeys()).toContain(incident);
    expect((await mapKeys()).incidents).toContain(incident);

    const place = await addJudgement(graph, { op: 'reject', entity: LEEDS, who, why: 'test' });
    expect((await mapKeys()).places).not.toContain(LEEDS);
    await withdrawJudgement(graph, place.id, who);
    expect((await mapKeys()).places).toContain(LEEDS);
  });

  it('a retyped incident is filtered on the timeline by its judged kind', async () => {
    const incident = (await timelineKeys(['bombing']))[0] as string;
    expect(incident).toBeDefined();
    const retyped = await addJudgement(graph, { op: 'retype', entity: incident, kind: 'shooting', who, why: 'test' });
    expect(await timelineKeys(['shooting'])).toContain(incident);
    expect(await timelineKeys(['bombing'])).not.toContain(incident);
    await withdrawJudgement(graph, retyped.id, who);
    expect(await timelineKeys(['bombing'])).toContain(incident);
  });
});

describe('judgements are applied in each ingest batch', { timeout: 300_000 }, () => {
  it('a run that dies after writing a batch has committed that batch with the judgements applied', async () => {
    const merge = await addJudgement(graph, { op: 'merge', keep: HADDAD, merge: AL_HADDAD, who, why: 'same man' });
    const court = sourcesOf({ 'b.md': FILES['b.md'] as string });
    // one article per batch (batchRows 1), under a new extractor version so it is rewritten; then the reader fails
    async function* dying(): AsyncGenerator<SourceBatch> {
      yield { articles: court, failures: [], files: 1 };
      throw new Error('reader died');
    }
    await expect(ingestBatches(graph, dying(), { extractorVersion: 'views-2', batchRows: 1 })).rejects.toThrow(
      'reader died',
    );
    const version = await graph.read((tx) =>
      tx.run('MATCH (a:Article {title: $t}) RETURN a.extractorVersion AS v', { t: 'Court in Manchester' }),
    );
    expect(version.records[0]?.get('v')).toBe('views-2');

    // the rewritten article's mentions and links of al-Haddad are on Haddad already: applying again changes nothing
    const committed = await entityGraphRows(graph, { judgementLinks: true });
    await applyAllJudgements(graph);
    expect(await entityGraphRows(graph, { judgementLinks: true })).toEqual(committed);
    const around = (await getNeighbors(graph, WHITFIELD, { limit: 50, offset: 0 }))?.nodes.map((n) => n.key) ?? [];
    expect(around).toContain(HADDAD);
    expect(around).not.toContain(AL_HADDAD);
    await withdrawJudgement(graph, merge.id, who);
  });
});
