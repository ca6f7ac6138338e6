// `surname` for stores written before the writer recorded it on people (src/graph/writer.ts, the index
// person_surname in cypher/schema.cypher that surname joins look people up by). Runs at start-up with the schema;
// a store that has it everywhere costs one label scan.
import { z } from 'zod';
import { personSurname } from '../resolution/surname-join.js';
import type { Graph } from './driver.js';

/** Sets `surname` where it is missing and the key has one; returns the number of people set. */
export async function backfillSurnames(graph: Graph): Promise<number> {
  return graph.write(async (tx) => {
    const res = await tx.run('MATCH (p:Person) WHERE p.surname IS NULL RETURN p.key AS key');
    const rows = res.records
      .map((r) => z.string().parse(r.get('key')))
      .flatMap((key) => {
        const surname = personSurname(key);
        return surname ? [{ key, surname }] : [];
      });
    if (rows.length)
      await tx.run('UNWIND $rows AS row MATCH (p:Person {key: row.key}) SET p.surname = row.surname', { rows });
    return rows.length;
  });
}
