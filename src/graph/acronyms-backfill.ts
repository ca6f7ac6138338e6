// `acronyms` for stores written before the writer recorded it on organisations (src/graph/org-acronyms.ts
// ACRONYMS_OF, the text index organization_acronyms in cypher/schema.cypher that acronym joins look bodies up by).
// Runs at start-up with the schema, a batch per transaction; a store that has it everywhere costs one label scan.
import { ACRONYM_PATTERN } from '../resolution/acronym-join.js';
import { runInBatches } from './batched-write.js';
import type { Graph } from './driver.js';
import { ACRONYMS_OF } from './org-acronyms.js';

const BATCH = 10_000;

/** Sets `acronyms` on the bodies that carry one among their aliases and lack it; returns the number set. */
export async function backfillAcronyms(graph: Graph, batch = BATCH): Promise<number> {
  return runInBatches(
    graph,
    batch,
    `MATCH (o:Organization) WHERE o.acronyms IS NULL AND any(x IN coalesce(o.aliases, []) WHERE x =~ $pattern)
       WITH o LIMIT $batch
       SET o.acronyms = ${ACRONYMS_OF('coalesce(o.aliases, [])')}
       RETURN count(*) AS n`,
    { pattern: ACRONYM_PATTERN },
  );
}
