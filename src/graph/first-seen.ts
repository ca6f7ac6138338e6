// `firstSeen` for stores written before the writer recorded it (docs/graph-model.md): an article's is its
// `ingestedAt`, a link's is its article's, an entity's the earliest of the articles that mention or cover it.
// Runs at start-up with the schema; a store that has it everywhere costs one label scan.
import { z } from 'zod';
import { writeInBatches } from './batched-write.js';
import type { Graph } from './driver.js';
import { ENTITY_REL_TYPES } from './model.js';
import { cypherInt } from './queries/mappers.js';

const BATCH = 500;

/** Fills in `firstSeen` where it is missing, a batch of articles per transaction; returns the number of articles. */
export async function backfillFirstSeen(graph: Graph, batch = BATCH): Promise<number> {
  return writeInBatches(graph, batch, async (tx, n) => {
    const found = await tx.run(
      `MATCH (a:Article) WHERE a.firstSeen IS NULL AND a.ingestedAt IS NOT NULL
         WITH a LIMIT $batch RETURN a.id AS id, toString(a.ingestedAt) AS at`,
      { batch: cypherInt(n) },
    );
    const rows = found.records.map((r) => ({ id: z.string().parse(r.get('id')), at: z.string().parse(r.get('at')) }));
    if (rows.length === 0) return 0;
    for (const type of ENTITY_REL_TYPES) {
      await tx.run(
        `UNWIND $rows AS row MATCH ()-[r:${type}]->() WHERE r.articleId = row.id AND r.firstSeen IS NULL SET r.firstSeen = datetime(row.at)`,
        { rows },
      );
    }
    await tx.run(
      `UNWIND $rows AS row
         MATCH (:Article {id: row.id})-[:MENTIONS|COVERS]->(e:Entity)
         WITH e, min(datetime(row.at)) AS at
         SET e.firstSeen = CASE WHEN e.firstSeen IS NULL OR at < e.firstSeen THEN at ELSE e.firstSeen END`,
      { rows },
    );
    // last: an article without firstSeen is what marks its batch as still to do
    await tx.run('UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.firstSeen = a.ingestedAt', { rows });
    return rows.length;
  });
}
