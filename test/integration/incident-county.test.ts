// Cross-article incident resolution of local news placed in a county (issue #10, rule match/same-county), through the
// real ingest path (real extractor, real Neo4j): the sheriff's first report and a follow-up that gives no date, both
// placed in the county only, share one Incident; another shooting in that county three days earlier does not join them.
// Texts written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { articleIdOf, type TestArticle, useTempDirs, writeArticles } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';

const ARTICLES: Record<'first' | 'followUp' | 'other', TestArticle> = {
  // dated (Saturday = 2025-10-11), placed in the county through its sheriff's office
  first: {
    file: '2025-10-12-courier-routt.md',
    published: '2025-10-12',
    source: 'Valley Courier',
    title: 'Boy, 16, dies in accidental shooting',
    text:
      "A 16-year-old boy was killed in an accidental shooting on Saturday night in a barn outside a ranch house, the Routt County Sheriff's Office said.\n\n" +
      'Deputies said the boy and two cousins had been handling guns when the shot was fired. He was pronounced dead at the scene. His name has not been released.',
  },
  // three days on, no date of its own, few words in common: the county carries the match
  followUp: {
    file: '2025-10-14-radio-routt.md',
    published: '2025-10-14',
    source: 'Mountain Radio',
    title: "Coroner still looking into teen's death",
    text:
      'The Routt County coroner is still looking into the weekend death of a teenager who was shot.\n\n' +
      'Investigators believe it was an accident and no charges are expected, a spokeswoman said on Tuesday.',
  },
  // the same county, three days before the first (the Wednesday): another event
  other: {
    file: '2025-10-09-courier-routt-hunter.md',
    published: '2025-10-09',
    source: 'Valley Courier',
    title: 'Hunter wounded in Routt County',
    text:
      "An elk hunter was shot in the leg on Wednesday when a companion's rifle went off at a camp in Routt County, the sheriff's office said.\n\n" +
      'He was flown to a hospital in Denver and is expected to recover.',
  },
};

const Covered = z.object({ key: z.string(), articles: z.array(z.string()) });

async function incidentsOf(graph: Graph, id: string): Promise<Array<z.infer<typeof Covered>>> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (:Article {id: $id})-[:COVERS]->(i:Incident)
       RETURN i.key AS key, [(i)<-[:COVERS]-(a:Article) | a.id] AS articles ORDER BY key`,
      { id },
    );
    return res.records.map((r) => Covered.parse(r.toObject()));
  });
}

let graph: Graph;
let dir: string;
useTestGraph((g) => (graph = g), { reset: 'once' });
const tempDirs = useTempDirs('incident-county');
beforeAll(async () => {
  dir = await tempDirs.make();
  await writeArticles(dir, Object.values(ARTICLES));
});

describe('reports placed in one county', () => {
  it('gives the first report and its undated follow-up one Incident, and keeps another shooting apart', async () => {
    const summary = await ingestPaths(graph, [dir], { duplicates: true });
    expect(summary.failures).toEqual([]);
    expect(summary.articles.new).toBe(3);

    const first = await incidentsOf(graph, articleIdOf(ARTICLES.first));
    const followUp = await incidentsOf(graph, articleIdOf(ARTICLES.followUp));
    expect(first).toHaveLength(1);
    expect(followUp.map((i) => i.key)).toEqual([first[0]!.key]);
    expect([...first[0]!.articles].sort()).toEqual(
      [articleIdOf(ARTICLES.first), articleIdOf(ARTICLES.followUp)].sort(),
    );

    const other = await incidentsOf(graph, articleIdOf(ARTICLES.other));
    expect(other.length).toBeGreaterThan(0);
    for (const i of other) expect(i.articles).toEqual([articleIdOf(ARTICLES.other)]);
  });
});
