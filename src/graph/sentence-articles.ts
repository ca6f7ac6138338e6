// Stores written before sentences were found by their `articleId` (cypher/schema.cypher sentence_article) link each
// article to its sentences with HAS_SENTENCE relationships: one row per sentence that says nothing `articleId` does
// not. Runs at start-up with the schema: sets `articleId` from the link where it is missing, then deletes the link, a
// batch per transaction; a store without the links costs one lookup of the relationship type.
import { runInBatches } from './batched-write.js';
import type { Graph } from './driver.js';

const BATCH = 10_000;

/** Replaces HAS_SENTENCE links by their article's id on the sentence; returns the number of links removed. */
export async function dropSentenceLinks(graph: Graph, batch = BATCH): Promise<number> {
  return runInBatches(
    graph,
    batch,
    `MATCH (a:Article)-[r:HAS_SENTENCE]->(s:Sentence)
       WITH a, r, s LIMIT $batch
       SET s.articleId = a.id
       DELETE r
       RETURN count(*) AS n`,
    {},
  );
}
