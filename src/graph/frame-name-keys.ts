// The keys of the people an incident frame names, as one string (`nameKeys`: each key between tabs), from which
// each process's index of the frames naming a person is read (src/graph/person-frame-index.ts). A function of the
// frame's `names` ("key\tname"), set wherever they are.
import { runInBatches } from './batched-write.js';
import type { Graph } from './driver.js';

/** nameKeys of a frame's `names` list, in Cypher (null, no property, for none) */
export const NAME_KEYS_OF = (names: string): string =>
  `CASE WHEN size(coalesce(${names}, [])) = 0 THEN null ELSE reduce(s = '\t', x IN ${names} | s + split(x, '\t')[0] + '\t') END`;

/** nameKeys of a frame's names, as NAME_KEYS_OF gives it (the bulk import's frames) */
export function nameKeysOf(names: readonly { key: string }[]): string | null {
  return names.length ? `\t${names.map((n) => n.key).join('\t')}\t` : null;
}

const BATCH = 10_000;

/** Sets nameKeys on the frames stored before the writer recorded it; returns the number set. */
export async function backfillFrameNameKeys(graph: Graph, batch = BATCH): Promise<number> {
  return runInBatches(
    graph,
    batch,
    `MATCH (f:IncidentFrame) WHERE f.nameKeys IS NULL AND size(coalesce(f.names, [])) > 0
       WITH f LIMIT $batch
       SET f.nameKeys = ${NAME_KEYS_OF('f.names')}
       RETURN count(*) AS n`,
    {},
  );
}
