// `kg ingest --bulk` (src/ingest/bulk.ts) builds the graph online ingest builds, and online ingest builds the same
// graph whatever its write batches: the same seed articles (with incidents reported by several outlets, wire copies,
// follow-ups, a JSONL and an RSS file, and one broken file) and three written for this test (a person named by
// surname alone before and after the article that names him in full) are ingested online into the test database at
// the default batch size and one article per batch, and in bulk through neo4j-admin into an empty scratch instance;
// the graphs are compared whole (every node and relationship with its properties, clock times aside), by `kg stats`
// counts, and on a sample of nodes with their properties and relationship counts. Then bulk refuses the database it
// just filled. Real extractor (each article extracted once, the three ingests share it), real Neo4j, real
// neo4j-admin.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { openGraph, type Graph } from '../../src/graph/driver.js';
import { graphStats, type GraphStats } from '../../src/graph/stats.js';
import { bulkIngest, NotEmptyError, type BulkSummary } from '../../src/ingest/bulk.js';
import { ingestPaths, type IngestSummary } from '../../src/ingest/pipeline.js';
import { stop, uriFor, type InstanceOptions } from '../../src/neo4j-local/instance.js';
import { writeArticles } from '../helpers/articles.js';
import { freePort } from '../helpers/free-port.js';
import { BOOKKEEPING_PROPS, graphHash } from '../helpers/graph-hash.js';
import { memoExtract, type MemoExtract } from '../helpers/memo-extract.js';
import { openTestGraph, resetDatabase } from '../helpers/neo4j.js';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const FILES = [
  '2013-04-15-northline-wire-boston-marathon-blasts.md',
  '2013-04-20-meridian-post-boston-manhunt-watertown.md',
  '2015-04-08-harbour-courier-tsarnaev-convicted.md',
  '2015-04-08-northline-wire-tsarnaev-guilty.md',
  '2013-05-22-harbour-courier-woolwich-soldier-killed.md',
  '2013-12-19-eastgate-ledger-rigby-killers-convicted.md',
  '2014-02-26-crossroads-dispatch-rigby-sentencing.txt',
  '2016-07-15-crossroads-dispatch-nice-truck-attack.txt',
  '2016-07-15-northline-wire-nice-truck-attack.md',
  '2016-07-16-meridian-post-nice-isil-claim.md',
  '2022-12-13-lantern-daily-nice-trial-verdict.md',
  '2016-12-23-coastal-evening-star-amri-killed-milan.md',
  '2016-12-23-northline-wire-amri-killed-milan.md',
  '2017-05-23-meridian-post-manchester-arena-attack.md',
  '2017-05-23-northline-wire-manchester-arena-blast.md',
  '2020-08-20-harbour-courier-hashem-abedi-sentenced.md',
  '2023-04-15-coastal-evening-star-anniversary-briefs.jsonl',
  'northline-wire-security-feed.rss',
];

// A surname alone before the full name (joined when the full name arrives, src/graph/late-joins.ts) and after it
// (joined on arrival, src/graph/person-identity.ts): the stories share a police force and a district.
const WRITTEN = [
  {
    file: '2025-02-03-test-wire-govan-court.md',
    text: 'GLASGOW, Scotland — Mr Brannock appeared at the sheriff court in Govan on Monday, Police Scotland said. He made no plea.',
  },
  {
    file: '2025-02-10-test-wire-govan-charge.md',
    text: 'GLASGOW, Scotland — Police Scotland said Dermot Brannock, 41, was charged on Wednesday over a plot against a ferry terminal in Govan.',
  },
  {
    file: '2025-02-12-test-wire-govan-remand.md',
    text: 'GLASGOW, Scotland — Brannock was remanded in custody in Govan on Friday, Police Scotland said.',
  },
];

/** Every node's labels and properties (clock times aside) with its relationship counts by type and direction. */
async function sample(graph: Graph, keys: string[]): Promise<unknown[]> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `UNWIND $keys AS k
       MATCH (n) WHERE n.key = k OR n.id = k
       CALL (n) { MATCH (n)-[r]->() RETURN collect('out:' + type(r)) AS outs }
       CALL (n) { MATCH (n)<-[r]-() RETURN collect('in:' + type(r)) AS ins }
       RETURN k, labels(n) AS labels, properties(n) AS props, outs + ins AS rels ORDER BY k`,
      { keys },
    );
    return res.records.map((r) => {
      const props = { ...(r.get('props') as Record<string, unknown>) };
      for (const k of ['firstSeen', 'ingestedAt', ...BOOKKEEPING_PROPS]) delete props[k];
      const rels: Record<string, number> = {};
      for (const t of r.get('rels') as string[]) rels[t] = (rels[t] ?? 0) + 1;
      return { key: r.get('k') as string, labels: (r.get('labels') as string[]).sort(), props, rels };
    });
  });
}

/** Some keys of every label: spread over the sorted keys so the sample does not depend on the test's choice. */
async function sampleKeys(graph: Graph): Promise<string[]> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (n) WHERE n:Article OR n:Entity OR n:IncidentFrame OR n:Sentence
       WITH head(labels(n)) AS label, coalesce(n.key, n.id) AS k ORDER BY k
       WITH label, collect(k) AS ks
       UNWIND range(0, size(ks) - 1, toInteger(ceil(size(ks) / 6.0))) AS i
       RETURN ks[i] AS k`,
    );
    return res.records.map((r) => r.get('k') as string).sort();
  });
}

describe('kg ingest --bulk', () => {
  let dir: string;
  let home: string;
  let instance: InstanceOptions;
  let bulkConfig: Config;
  let online: Graph;
  let onlineSummary: IngestSummary;
  let bulkSummary: BulkSummary;
  let defaultBatches: Awaited<ReturnType<typeof graphHash>>;
  let extract: MemoExtract;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-bulk-corpus-'));
    for (const f of FILES) await copyFile(join(SEEDS, f), join(dir, f));
    await writeArticles(
      dir,
      WRITTEN.map((a) => ({ ...a, title: 'Court report' })),
    );
    // one unreadable item: it fails alone on both paths
    await writeFile(join(dir, 'broken.json'), '{"title": "cut short", "text": ');
    home = await mkdtemp(join(tmpdir(), 'kg-bulk-instance-'));
    const config = loadConfig();
    instance = {
      home,
      cacheRoot: resolve(process.env.KG_NEO4J_CACHE ?? resolve(import.meta.dirname, '../../.cache/neo4j')),
      port: await freePort(),
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      memory: { instance: 'test' },
    };
    bulkConfig = { ...config, NEO4J_URI: uriFor(instance.port) };

    online = await openTestGraph();
    await resetDatabase(online);
    // Each article is extracted once and the three ingests take that extraction: what they are compared on is what
    // they store. Bulk runs meanwhile: it starts, stops and imports into its own instance (JVMs), online ingest
    // extracts and writes here.
    extract = memoExtract();
    const bulkRun = bulkIngest([dir], { instance, config: bulkConfig, extract });
    bulkRun.catch(() => {}); // awaited below; its failure is reported there
    // the default write batches, then one article per batch: online resolves batch after batch, bulk once
    await ingestPaths(online, [dir], { duplicates: true, extract });
    defaultBatches = await graphHash(online);
    await resetDatabase(online);
    onlineSummary = await ingestPaths(online, [dir], { duplicates: true, batchRows: 1, extract });
    bulkSummary = await bulkRun;
  }, 900_000);

  afterAll(async () => {
    await online?.close();
    // a scratch instance, deleted next: nothing to shut down gracefully for (stop's SIGKILL after no wait)
    if (instance) await stop(instance, 0);
    if (home) await rm(home, { recursive: true, force: true });
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('reads, fails and counts articles as online ingest does', () => {
    // every article was extracted once, and each of the other two ingests took it from memory
    expect(extract.counts.extracted).toBeGreaterThan(20);
    expect(extract.counts.remembered).toBe(2 * extract.counts.extracted);
    expect(bulkSummary.bulk).not.toBeNull();
    expect(bulkSummary.articles).toEqual(onlineSummary.articles);
    expect(bulkSummary.articles.failed).toBe(1);
    expect(bulkSummary.failures.map((f) => f.file)).toEqual(onlineSummary.failures.map((f) => f.file));
    expect(bulkSummary.entities).toBe(onlineSummary.entities);
    expect(bulkSummary.relations).toBe(onlineSummary.relations);
  });

  it('stores the same graph online whatever the write batches, the surnames alone joined to the person', async () => {
    expect(await graphHash(online)).toEqual(defaultBatches);
    const res = await online.read((tx) =>
      tx.run(
        `MATCH (p:Person) WHERE p.name ENDS WITH 'Brannock'
         RETURN p.key AS key, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles, p.identity AS why`,
      ),
    );
    const people = res.records.map((r) => r.toObject() as { key: string; articles: number; why: string[] });
    expect(people.map((p) => [p.key, Number(p.articles)])).toEqual([['person:dermot brannock', 3]]);
    expect(
      people[0]!.why.filter((l) => l.includes('"Brannock" alone') || l.includes('"Mr Brannock" alone')),
    ).toHaveLength(2);
  });

  it('stores the same graph: kg stats, every node and relationship, and a sample of nodes', async () => {
    const bulk = await openGraph(bulkConfig);
    try {
      const a: GraphStats = await graphStats(online);
      const b: GraphStats = await graphStats(bulk);
      expect(b).toEqual(a);
      // the corpus exercises what crosses articles
      expect(a.nodes.Incident).toBeGreaterThan(0);
      expect(a.nodes.IncidentFrame).toBeGreaterThan(a.nodes.Incident!);
      expect(a.relationships.DUPLICATE_OF).toBeGreaterThan(0);
      expect(a.relationships.FOLLOW_UP_OF).toBeGreaterThan(0);
      expect(b.totals.nodes).toBe(bulkSummary.bulk!.nodes);

      const keys = await sampleKeys(online);
      expect(keys.length).toBeGreaterThan(20);
      const [sa, sb] = [await sample(online, keys), await sample(bulk, keys)];
      expect(sb).toEqual(sa);

      expect(await graphHash(bulk)).toEqual(await graphHash(online));
    } finally {
      await bulk.close();
    }
  });

  it('refuses a database that is not empty, naming the problem, and leaves it as it was', async () => {
    const bulk = await openGraph(bulkConfig);
    try {
      const before = await graphHash(bulk);
      const err = await bulkIngest([join(dir, FILES[0]!)], { instance, config: bulkConfig }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NotEmptyError);
      expect((err as Error).message).toMatch(/is not empty \(it holds \d+ nodes\)/);
      expect(await graphHash(bulk)).toEqual(before);
    } finally {
      await bulk.close();
    }
  });
});
