// Faults while `kg ingest` runs, through the real command (dist/) against the test Neo4j (issue 15):
//   - the ingest killed (SIGKILL) mid-run and run again: the graph equals a clean run's, by a hash of every node
//     and relationship with its properties;
//   - two ingests of overlapping inputs at once, on a fresh database: neither reports a failure, and the graph
//     equals one run's;
//   - Neo4j gone mid-run (connections cut; the real stop is opt-in): a summary naming the problem, exit 1, nothing
//     half-written, and a rerun completes the graph.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Graph } from '../../src/graph/driver.js';
import { start, stop } from '../../src/neo4j-local/instance.js';
import { generatedArticle } from '../helpers/generated-articles.js';
import { graphHash as hashOfGraph } from '../helpers/graph-hash.js';
import { currentLane, laneInstanceOptions } from '../helpers/neo4j-lanes.js';
import { openTestGraph, resetDatabase } from '../helpers/neo4j.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { runKg, type KgRun } from '../helpers/kg-cli.js';

let graph: Graph;
let dir: string;
let all: string;
let firstHalf: string;
let secondHalf: string;
let reversed: string;
/**
 * Enough articles for several batches before a fault (a fault strikes after the first stored batch): 20, and their 4
 * copies, about 43 rows each (src/graph/rows.ts rowCount), in batches of BATCH_ROWS rows: 3 articles to a batch, 8
 * batches a run. (It was 40 articles in batches of 200 rows, 5 to a batch: as many batches, each run twice as long.)
 */
const N = 20;
const BATCH_ROWS = '100';

/** The whole graph's fingerprint (test/helpers/graph-hash.ts), incidents included: they no longer depend on arrival order. */
const graphHash = () => hashOfGraph(graph);

/** Incident keys, sorted, with the articles covering each */
async function incidentKeys(): Promise<string[]> {
  return graph.read(async (tx) =>
    (
      await tx.run('MATCH (i:Incident) RETURN i.key AS k, [(x:Article)-[:COVERS]->(i) | x.id] AS ids ORDER BY k')
    ).records.map((r) => `${r.get('k') as string} <- ${(r.get('ids') as string[]).sort().join(' ')}`),
  );
}

async function incidentCount(): Promise<number> {
  return graph.read(
    async (tx) => (await tx.run('MATCH (i:Incident) RETURN count(i) AS n')).records[0]!.get('n') as number,
  );
}

async function articleCount(): Promise<number> {
  return graph.read(
    async (tx) => (await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n') as number,
  );
}

/** Every stored article is whole: complete, its sentences attached, nothing pointing at a missing article. */
async function halfWritten(): Promise<Record<string, number>> {
  return graph.read(
    async (tx) =>
      (
        await tx.run(
          `RETURN COUNT { (a:Article) WHERE a.status <> 'complete' OR a.status IS NULL } AS incomplete,
            COUNT { (a:Article) WHERE NOT EXISTS { MATCH (s:Sentence) WHERE s.articleId = a.id } } AS withoutSentences,
            COUNT { (s:Sentence) WHERE NOT EXISTS { MATCH (a:Article) WHERE a.id = s.articleId } } AS orphanSentences,
            COUNT { ()-[r]->() WHERE r.articleId IS NOT NULL AND NOT EXISTS { MATCH (x:Article) WHERE x.id = r.articleId } } AS orphanRelations,
            COUNT { (e:Entity) WHERE NOT EXISTS { (e)<-[:MENTIONS|COVERS]-() } } AS unmentionedEntities`,
        )
      ).records[0]!.toObject() as Record<string, number>,
  );
}

/** what `halfWritten` finds in a store where every article is whole */
const WHOLE = { incomplete: 0, withoutSentences: 0, orphanSentences: 0, orphanRelations: 0, unmentionedEntities: 0 };

beforeAll(async () => {
  graph = await openTestGraph();
  dir = await mkdtemp(join(tmpdir(), 'kg-ingest-faults-'));
  const lines = Array.from({ length: N }, (_, i) => generatedArticle(i));
  // every fifth article is republished word for word by another outlet later in the file
  for (let i = 0; i < N; i += 5) {
    const a = JSON.parse(generatedArticle(i)) as { text: string };
    lines.push(JSON.stringify({ ...a, source: 'Copy Desk', text: `${a.text} This report was updated.` }));
  }
  all = join(dir, 'all.jsonl');
  reversed = join(dir, 'reversed.jsonl');
  await writeFile(reversed, [...lines].reverse().join('\n') + '\n');
  firstHalf = join(dir, 'first.jsonl');
  secondHalf = join(dir, 'second.jsonl');
  await writeFile(all, lines.join('\n') + '\n');
  // overlapping halves: together they hold every article once or twice
  await writeFile(firstHalf, lines.slice(0, Math.ceil(lines.length * 0.7)).join('\n') + '\n');
  await writeFile(
    secondHalf,
    lines
      .slice(Math.floor(lines.length * 0.3))
      .reverse()
      .join('\n') + '\n',
  );
});

afterAll(async () => {
  await graph?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('kg ingest under faults', () => {
  let clean: { hash: string; nodes: number; rels: number };
  let cleanIncidents: string[];

  it('a clean run, then a second run that changes nothing', async () => {
    await resetDatabase(graph);
    const r = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles).toMatchObject({ failed: 0 });
    clean = await graphHash();
    cleanIncidents = await incidentKeys();
    expect(await incidentCount()).toBe(cleanIncidents.length);
    expect(clean.nodes).toBeGreaterThan(N);
    const again = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all]);
    expect(JSON.parse(again.stdout).articles).toMatchObject({ new: 0, failed: 0 });
    expect(await graphHash()).toEqual(clean);
  }, 900_000);

  it('killed mid-run and run again: the same graph as the clean run', async () => {
    await resetDatabase(graph);
    let killedAt = 0;
    const killed = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all], {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          void articleCount().then((n) => {
            if (n > 0 && killedAt === 0) {
              killedAt = n;
              child.kill('SIGKILL');
              clearInterval(poll);
            }
          });
        }, 100);
        child.on('close', () => clearInterval(poll));
      },
    });
    expect(killed.status).toBeNull(); // killed, not finished
    expect(killedAt).toBeGreaterThan(0);
    const stored = await articleCount();
    expect(stored).toBeLessThan(N);
    expect(await halfWritten()).toEqual(WHOLE);
    const rerun = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(await graphHash()).toEqual(clean);
  }, 900_000);

  it('two ingests of overlapping inputs at once on a fresh database: no failures, the graph of one run, incidents included', async () => {
    // a fresh database: no schema either, so both processes create it at once
    await graph.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    const s = graph.driver.session({ database: graph.database });
    try {
      for (const name of (
        await s.run('SHOW INDEXES YIELD name, type WHERE type <> "LOOKUP" RETURN collect(name) AS names')
      ).records[0]!.get('names') as string[]) {
        const constraint = (
          await s.run('SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN count(*) AS n', { name })
        ).records[0]!.get('n') as number;
        await s.run(constraint ? `DROP CONSTRAINT ${name} IF EXISTS` : `DROP INDEX ${name} IF EXISTS`);
      }
    } finally {
      await s.close();
    }
    const [a, b] = await Promise.all([
      runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, firstHalf]),
      runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, secondHalf]),
    ]);
    expect(a.status, a.stderr + a.stdout).toBe(0);
    expect(b.status, b.stderr + b.stdout).toBe(0);
    expect(JSON.parse(a.stdout).failures).toEqual([]);
    expect(JSON.parse(b.stdout).failures).toEqual([]);
    expect(await halfWritten()).toEqual(WHOLE);
    expect(await incidentKeys()).toEqual(cleanIncidents);
    expect(await graphHash()).toEqual(clean);
  }, 900_000);

  it('the articles in reverse order, one per transaction: the same graph as the clean run', async () => {
    await resetDatabase(graph);
    const r = await runKg(['ingest', '--json', '--batch-rows', '1', '--workers', '1', reversed]);
    expect(r.status, r.stderr).toBe(0);
    expect(await incidentKeys()).toEqual(cleanIncidents);
    expect(await graphHash()).toEqual(clean);
  }, 900_000);

  // Neo4j going away mid-run, as the ingest sees it: the ingest talks to Neo4j through a loopback proxy that drops
  // every connection and refuses new ones once the first article is stored (what a stopped server does to its
  // clients: open transactions are lost, nothing answers). It runs in the normal suite; stopping the real
  // database instead (below, opt-in) also restarts it, which took over the 120 s start limit at load 20-30.
  it('Neo4j cut off mid-run: a summary naming the problem, exit 1, nothing half-written; a rerun completes the graph', async () => {
    await resetDatabase(graph);
    const target = new URL(process.env.NEO4J_URI ?? `bolt://127.0.0.1:${loadConfig().KG_NEO4J_PORT + 1}`);
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    let cut: Promise<void> | null = null;
    let r: KgRun;
    try {
      r = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all], {
        onSpawn: (child) => {
          const poll = setInterval(() => {
            void articleCount().then((n) => {
              if (n > 0 && !cut) {
                clearInterval(poll);
                cut = proxy.cut();
              }
            });
          }, 100);
          child.on('close', () => clearInterval(poll));
        },
        // a short retry window: the proxy never comes back, so the default 30 s of retries would only be waited out
        env: { NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, KG_INGEST_RETRY_SECONDS: '3' },
      });
      await cut;
    } finally {
      await proxy.close();
    }
    expect(cut).not.toBeNull();
    expect(r.status, r.stderr).toBe(1);
    const summary = JSON.parse(r.stdout) as {
      articles: { new: number; unchanged: number; failed: number };
      failures: Array<{ reason: string }>;
      unavailable?: string;
    };
    expect(summary.unavailable).toMatch(/Neo4j became unavailable/);
    expect(summary.articles.failed).toBeGreaterThan(0);
    for (const f of summary.failures)
      expect(f.reason).toMatch(/write failed, nothing stored|not attempted: Neo4j became unavailable/);
    // every article is accounted for: stored, or named as a failure
    const stored = await articleCount();
    expect(stored).toBeLessThan(N);
    expect(stored).toBeGreaterThanOrEqual(summary.articles.new);
    expect(await halfWritten()).toEqual(WHOLE);
    const rerun = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(await graphHash()).toEqual(clean);
  }, 900_000);

  // Opt-in (KG_TEST_FAULT_STOP=1): the real database stopped and restarted, which took over the 120 s start limit
  // on a machine at load 20-30; never run against a database this run did not start.
  it.skipIf(process.env.KG_TEST_FAULT_STOP !== '1' || process.env.KG_TEST_OWNS_DB !== '1')(
    'Neo4j stopped mid-run: a summary naming the problem, exit 1, nothing half-written; a rerun completes the graph',
    async () => {
      const options = laneInstanceOptions(loadConfig(), currentLane());
      await resetDatabase(graph);
      let stopped: Promise<unknown> | null = null;
      const r = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all], {
        onSpawn: (child) => {
          const poll = setInterval(() => {
            void articleCount()
              .then((n) => {
                if (n > 0 && !stopped) {
                  clearInterval(poll);
                  stopped = stop(options);
                }
              })
              .catch(() => {});
          }, 100);
          child.on('close', () => clearInterval(poll));
        },
      });
      await stopped;
      await start(options);
      await graph.close();
      graph = await openTestGraph();
      expect(r.status).toBe(1);
      const summary = JSON.parse(r.stdout) as {
        articles: { new: number; failed: number };
        failures: Array<{ reason: string }>;
      };
      expect(summary.articles.failed).toBeGreaterThan(0);
      expect(summary.failures[0]!.reason).toMatch(
        /write failed, nothing stored|not attempted: Neo4j became unavailable/,
      );
      expect(await articleCount()).toBeLessThan(N);
      expect(await halfWritten()).toEqual(WHOLE);
      const rerun = await runKg(['ingest', '--json', '--batch-rows', BATCH_ROWS, all]);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(await graphHash()).toEqual(clean);
    },
    400_000,
  );
});
