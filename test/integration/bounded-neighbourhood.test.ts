// Rule incidents/bounded-neighbourhood (src/graph/incident-frames.ts, neighbourhood()), against a real Neo4j and the
// real extractor: a batch's own new frames search the stored frames by date window, country and people; the stored
// clusters they find are completed (every frame of their Incident node read), but those stored frames do not search
// in turn. Stored clusters B (a shooting in Hamburg) and C (a memorial of an old bombing in Marseille) lie within the
// search of a stored Lyon shooting A (B in its date window, C's reference in its country after its window's start),
// not within the search of a new report of A written days later: the new report's batch reads A and never B or C,
// and leaves them as they were. Texts written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';
import { incidentWriterStats } from '../../src/graph/incident-frames.js';
import { articleIdOf, ingestOneByOne, type TestArticle, useTempDirs } from '../helpers/articles.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { spiedGraph } from '../helpers/spied-graph.js';

const HAMBURG: TestArticle = {
  file: '2025-02-26-hamburg.md',
  title: 'Guards shot outside Hamburg warehouse',
  source: 'Elbe Post',
  text: 'HAMBURG, Germany — A gunman shot and wounded two security guards outside a warehouse in Hamburg on Wednesday, police said.\n\nThe suspect was arrested at the scene.',
};
const MARSEILLE: TestArticle = {
  file: '2025-02-26-marseille.md',
  title: 'Marseille remembers port bombing',
  source: 'Provence Herald',
  text: "MARSEILLE, France — Hundreds of residents gathered in Marseille on Wednesday to remember the victims of a bombing at the city's old port years ago.\n\nThe mayor laid a wreath at the memorial.",
};
const LYON: TestArticle = {
  file: '2025-03-02-lyon.md',
  title: 'Gunman kills man at Lyon cafe',
  source: 'Rhone Wire',
  text: 'LYON, France — A gunman opened fire at a cafe in Lyon on Sunday, killing one man and wounding three other customers, police said.\n\nOfficers said the attacker fled on a motorbike.',
};
// four days on, without the day of the shooting: dated on its publication, so its window starts after Hamburg's day
const LYON_LATER: TestArticle = {
  file: '2025-03-06-lyon.md',
  title: 'Lyon police hunt cafe gunman',
  source: 'Saone Daily',
  text: 'Police in Lyon are still hunting the gunman who killed a man and wounded three customers at a cafe in Lyon, officers said.\n\nThe attacker fled on a motorbike, witnesses told investigators.',
};

let graph: Graph;
let dir: string;
/** the frame keys each neighbour search of the spied batches returned, one list per search round */
let rounds: string[][] = [];

const spied = () =>
  spiedGraph(graph, (cypher, _params, result) => {
    if (/UNWIND \$(?:p\.)?windows AS w/.test(cypher))
      rounds.push(result.records.map((r) => z.string().parse(r.get('key'))));
  });

const FrameRow = z.object({ key: z.string(), incident: z.string().nullable(), rev: z.string().nullable() });

/** the article's frames as stored: key, Incident key and revision */
async function framesOf(a: TestArticle): Promise<Array<z.infer<typeof FrameRow>>> {
  return graph.read(async (tx) =>
    (
      await tx.run(
        'MATCH (f:IncidentFrame {articleId: $id}) RETURN f.key AS key, f.incident AS incident, f.rev AS rev ORDER BY key',
        { id: articleIdOf(a) },
      )
    ).records.map((r) => FrameRow.parse(r.toObject())),
  );
}

/** the Incident nodes the frames are attached to, with their properties, as sorted lines */
async function incidentNodes(keys: readonly string[]): Promise<string[]> {
  return graph.read(async (tx) =>
    (await tx.run('MATCH (i:Incident) WHERE i.key IN $keys RETURN properties(i) AS p', { keys })).records
      .map((r) =>
        JSON.stringify(Object.entries(r.get('p') as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))),
      )
      .sort(),
  );
}

useTestGraph((g) => (graph = g), { reset: 'once' });
const tempDirs = useTempDirs('bounded-neighbourhood');
beforeAll(async () => {
  dir = await tempDirs.make();
});

describe('rule incidents/bounded-neighbourhood', () => {
  it('completes the stored cluster a new frame finds, and searches no further from it', async () => {
    await ingestOneByOne(graph, dir, [HAMBURG, MARSEILLE], { duplicates: false });
    rounds = [];
    await ingestOneByOne(spied(), dir, [LYON], { duplicates: false });
    const lyonSearch = rounds[0] ?? [];
    const lyon = await framesOf(LYON);
    const others = [...(await framesOf(HAMBURG)), ...(await framesOf(MARSEILLE))];
    expect(lyon).toHaveLength(1);
    expect(lyon[0]!.incident).not.toBeNull();
    // A's own search (its batch's first round) returned frames of B and of C
    expect((await framesOf(HAMBURG)).filter((f) => lyonSearch.includes(f.key))).not.toEqual([]);
    expect((await framesOf(MARSEILLE)).filter((f) => lyonSearch.includes(f.key))).not.toEqual([]);
    const before = { frames: others, nodes: await incidentNodes(others.flatMap((f) => f.incident ?? [])) };
    const stats = incidentWriterStats();

    rounds = [];
    await ingestOneByOne(spied(), dir, [LYON_LATER], { duplicates: false });
    const later = await framesOf(LYON_LATER);
    expect(later.length).toBeGreaterThan(0);
    // the new report is the Lyon shooting: it joins A's node
    expect(later.map((f) => f.incident)).toContain(lyon[0]!.incident);
    const own = rounds[0] ?? [];
    // its own search finds A, and not the frames of B and C that A's search found
    expect(own).toContain(lyon[0]!.key);
    const onlyThroughLyon = others.map((f) => f.key).filter((k) => lyonSearch.includes(k) && !own.includes(k));
    expect(onlyThroughLyon.length).toBeGreaterThanOrEqual(2);
    // the rule: A's frames complete A's cluster and search nothing themselves, so no round of the batch returns them
    expect(rounds.flat().filter((k) => onlyThroughLyon.includes(k))).toEqual([]);
    // the batch read what its own search returned and nothing more (A's node has no frames its search missed)
    const newKeys = later.map((f) => f.key);
    expect(incidentWriterStats().neighbourFramesRead! - stats.neighbourFramesRead!).toBe(
      own.filter((k) => !newKeys.includes(k)).length,
    );
    // B and C are as they were: frames on the same nodes at the same revisions, nodes unchanged
    const after = await Promise.all([framesOf(HAMBURG), framesOf(MARSEILLE)]);
    expect(after.flat()).toEqual(before.frames);
    expect(await incidentNodes(before.frames.flatMap((f) => f.incident ?? []))).toEqual(before.nodes);
  }, 180_000);
});
