// Cross-article incident resolution through the real ingest path (real extractor, real Neo4j): outlets that
// report one event in different words share one Incident; a later anniversary piece and another city's attack
// on the same day do not.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { getArticle } from '../../src/graph/queries/articles.js';
import { getDuplicates } from '../../src/graph/queries/duplicates.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { articleIdOf, type TestArticle, useTempDirs, writeArticles } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';

const ARTICLES: Record<'lyonDay1' | 'lyonDay2' | 'anniversary' | 'lille' | 'toulouse', TestArticle> = {
  // dated incident (Friday = 2025-05-09)
  lyonDay1: {
    file: '2025-05-09-alpha-lyon.md',
    published: '2025-05-09',
    source: 'Alpha Wire',
    title: 'Bomb at Lyon market kills three',
    text: 'LYON (Alpha Wire) - A bomb exploded at a crowded market in Lyon on Friday morning, killing three people and wounding 14 others, police said.\n\nThe device was hidden in a bag near a flower stall, according to the prefect of the Rhone region. Investigators have not named a suspect.',
  },
  // a day later, other words, no date for the incident: resolved by its publication date
  lyonDay2: {
    file: '2025-05-10-beta-lyon.md',
    published: '2025-05-10',
    source: 'Beta Post',
    title: 'Lyon hunts market bombers',
    text: 'Detectives in Lyon are searching for whoever planted the explosive device that tore through a busy street market, leaving three dead.\n\nThe bombing in Lyon was the deadliest attack in the city for decades. Shop owners laid flowers near the damaged stalls.',
  },
  // a year later, undated incident: its publication date must not tie it to anything
  anniversary: {
    file: '2026-05-09-gamma-lyon.md',
    published: '2026-05-09',
    source: 'Gamma Review',
    title: 'A year on, Lyon remembers',
    text: 'Residents of Lyon gathered to remember the victims of the market bombing in Lyon, which killed three people.\n\nThe mayor said the city would never forget. A memorial plaque was unveiled beside the rebuilt flower stall.',
  },
  // the same day, the same kind, another city
  lille: {
    file: '2025-05-09-alpha-lille.md',
    published: '2025-05-09',
    source: 'Alpha Wire',
    title: 'Bomb hits Lille station',
    text: 'LILLE (Alpha Wire) - A bomb exploded outside the main railway station in Lille on Friday, wounding six people, police said.\n\nOfficers sealed off the square and a helicopter circled overhead. Nobody has claimed the blast.',
  },
  // the same day, a compatible kind (shooting vs bombing), another city
  toulouse: {
    file: '2025-05-10-delta-toulouse.md',
    published: '2025-05-10',
    source: 'Delta Times',
    title: 'Gunman kills two in Toulouse',
    text: 'A gunman opened fire outside a cafe in Toulouse on Friday, killing two men, police said.\n\nOfficers sealed off the street. The attacker fled on a scooter.',
  },
};

const Covered = z.object({
  key: z.string(),
  kind: z.string(),
  date: z.string().nullable(),
  mergedFrom: z.array(z.string()).nullable(),
  articles: z.array(z.string()),
});

async function incidentsOf(graph: Graph, id: string): Promise<Array<z.infer<typeof Covered>>> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (:Article {id: $id})-[:COVERS]->(i:Incident)
       RETURN i.key AS key, i.kind AS kind, i.date AS date, i.mergedFrom AS mergedFrom,
              [(i)<-[:COVERS]-(a:Article) | a.id] AS articles ORDER BY key`,
      { id },
    );
    return res.records.map((r) => Covered.parse(r.toObject()));
  });
}

async function count(graph: Graph, cypher: string): Promise<number> {
  return graph.read(async (tx) => z.number().parse((await tx.run(cypher)).records[0]?.get('n')));
}

let graph: Graph;
let dir: string;
useTestGraph((g) => (graph = g), { reset: 'once' });
const tempDirs = useTempDirs('incident-resolution');
beforeAll(async () => {
  dir = await tempDirs.make();
  await writeArticles(dir, Object.values(ARTICLES));
});

describe('incident resolution at ingestion', () => {
  it('gives two outlets one Incident and keeps the anniversary piece and other cities apart', async () => {
    const summary = await ingestPaths(graph, [dir], { duplicates: true });
    expect(summary.failures).toEqual([]);
    expect(summary.articles.new).toBe(5);

    const [day1] = await incidentsOf(graph, articleIdOf(ARTICLES.lyonDay1));
    const [day2] = await incidentsOf(graph, articleIdOf(ARTICLES.lyonDay2));
    expect(day1).toBeDefined();
    expect(day2?.key).toBe(day1!.key);
    // the two reports, and the anniversary piece that refers to it
    expect([...day1!.articles].sort()).toEqual(
      [articleIdOf(ARTICLES.lyonDay1), articleIdOf(ARTICLES.lyonDay2), articleIdOf(ARTICLES.anniversary)].sort(),
    );
    expect(day1!.kind).toBe('bombing');
    expect(day1!.date).toBe('2025-05-09');
    expect(day1!.mergedFrom?.some((m) => m.includes(articleIdOf(ARTICLES.lyonDay2)) && /score \d/.test(m))).toBe(true);

    // the anniversary piece refers to the bombing: it covers the stored incident and an anniversary of its own day
    // that follows it (FOLLOW_UP_OF), never a copy of the bombing
    const anniversary = await incidentsOf(graph, articleIdOf(ARTICLES.anniversary));
    expect(anniversary.map((i) => i.key)).toContain(day1!.key);
    const followUps = anniversary.filter((i) => i.key !== day1!.key);
    expect(followUps.map((i) => [i.kind, i.date])).toEqual([['anniversary', '2026-05-09']]);
    const links = await graph.read(async (tx) =>
      (
        await tx.run(
          'MATCH (f:Incident)-[r:FOLLOW_UP_OF]->(t:Incident) RETURN f.key AS f, t.key AS t, r.articleId AS a, r.label AS label',
        )
      ).records.map((r) => r.toObject()),
    );
    expect(links).toEqual([
      { f: followUps[0]!.key, t: day1!.key, a: articleIdOf(ARTICLES.anniversary), label: 'A year on' },
    ]);
    // the follow-up's evidence is its cue where the article says it, the title: its page shows it and counts the article
    const said = await graph.read(async (tx) =>
      (
        await tx.run('MATCH (a:Article)-[m:MENTIONS]->(:Incident {key: $key}) RETURN a.id AS a, m.title AS title', {
          key: followUps[0]!.key,
        })
      ).records.map((r) => [r.get('a'), z.array(z.unknown()).parse(r.get('title')).map(Number)]),
    );
    expect(said).toEqual([[articleIdOf(ARTICLES.anniversary), [0, 9]]]);
    expect(
      await count(
        graph,
        "MATCH (i:Incident) WHERE i.date STARTS WITH '2026' AND i.kind <> 'anniversary' RETURN count(i) AS n",
      ),
    ).toBe(0);
    for (const other of [ARTICLES.lille, ARTICLES.toulouse]) {
      const found = await incidentsOf(graph, articleIdOf(other));
      expect(found.length).toBeGreaterThan(0);
      for (const i of found) expect(i.articles).toEqual([articleIdOf(other)]);
    }

    // the API's same-story lists follow the shared node
    const page = await getArticle(graph, articleIdOf(ARTICLES.lyonDay1), 20);
    expect(page?.sameStory.map((a) => a.id)).toEqual([articleIdOf(ARTICLES.lyonDay2)]);
    const dups = await getDuplicates(graph, { limit: 20 });
    const stories = dups.clusters.filter((c) => c.kind === 'same story');
    expect(stories.map((c) => c.articles.map((a) => a.id).sort())).toEqual([
      [articleIdOf(ARTICLES.lyonDay1), articleIdOf(ARTICLES.lyonDay2)].sort(),
    ]);
  });

  it('changes nothing when the same articles are ingested again', async () => {
    const before = await count(graph, 'MATCH (i:Incident) RETURN count(i) AS n');
    const coversBefore = await count(graph, 'MATCH ()-[c:COVERS]->() RETURN count(c) AS n');
    const summary = await ingestPaths(graph, [dir], { duplicates: true });
    expect(summary.articles).toEqual({ new: 0, unchanged: 5, failed: 0 });
    expect(await count(graph, 'MATCH (i:Incident) RETURN count(i) AS n')).toBe(before);
    expect(await count(graph, 'MATCH ()-[c:COVERS]->() RETURN count(c) AS n')).toBe(coversBefore);
  });
});
