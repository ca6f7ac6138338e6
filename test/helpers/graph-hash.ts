// A fingerprint of the whole stored graph, for tests that compare two runs: sha256 over every node (labels,
// properties but the clock times ingestedAt and firstSeen and the writers' bookkeeping) and relationship (type, ends,
// properties but firstSeen).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Graph } from '../../src/graph/driver.js';

/** when a run happened to write something, not what it wrote */
const CLOCK_PROPS = ['ingestedAt', 'firstSeen'];
/**
 * which write batch stored a node, not what it says: the batch numbers of frames and of the incidents lock and the
 * lock's epoch (src/graph/person-frame-index.ts) differ with the batches and with the bulk import
 */
export const BOOKKEEPING_PROPS = ['writeSeq', 'epoch'];
const withoutClock = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !CLOCK_PROPS.includes(k)));
const sorted = (o: Record<string, unknown>) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
const ident = (v: string) => `coalesce(${v}.id, ${v}.key, elementId(${v}))`;

/** `withoutIncidents`: Incident nodes and their relationships left out (their keys may depend on arrival order). */
export async function graphHash(
  graph: Graph,
  withoutIncidents = false,
): Promise<{ hash: string; nodes: number; rels: number }> {
  return graph.read(async (tx) => {
    const skip = withoutIncidents ? 'WHERE NOT n:Incident' : '';
    const skipRel = withoutIncidents ? 'WHERE NOT a:Incident AND NOT b:Incident' : '';
    const nodes = (await tx.run(`MATCH (n) ${skip} RETURN labels(n) AS labels, properties(n) AS props`)).records.map(
      (r) => {
        const props = { ...(r.get('props') as Record<string, unknown>) };
        for (const clock of [...CLOCK_PROPS, ...BOOKKEEPING_PROPS]) delete props[clock];
        return JSON.stringify([(r.get('labels') as string[]).sort(), sorted(props)]);
      },
    );
    const rels = (
      await tx.run(
        `MATCH (a)-[r]->(b) ${skipRel} RETURN type(r) AS type, ${ident('a')} AS from, ${ident('b')} AS to, properties(r) AS props`,
      )
    ).records.map((r) =>
      JSON.stringify([
        r.get('type'),
        r.get('from'),
        r.get('to'),
        sorted(withoutClock(r.get('props') as Record<string, unknown>)),
      ]),
    );
    const hash = createHash('sha256')
      .update([...nodes.sort(), ...rels.sort()].join('\n'))
      .digest('hex');
    return { hash, nodes: nodes.length, rels: rels.length };
  });
}

const EntityRows = z.array(z.tuple([z.string(), z.string(), z.record(z.string(), z.unknown())]));
/** a property value as text: lists and plain values as JSON, driver objects (integers, dates) by their string form */
const propText = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? String(v) : JSON.stringify(v);

/**
 * The entity graph as sorted, readable rows (a failing comparison shows what differs): every entity with its
 * properties, and every relationship into an entity with its properties, clock properties left out. Links from
 * Judgement nodes are left out unless `judgementLinks` (they record corrections, not what the graph says).
 */
export async function entityGraphRows(graph: Graph, { judgementLinks = false } = {}): Promise<string[]> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `
      CALL () { MATCH (e:Entity) RETURN collect(['node', e.key, properties(e)]) AS a }
      CALL () { MATCH (x)-[r]->(e:Entity) WHERE $judgementLinks OR NOT x:Judgement
                RETURN collect([type(r), coalesce(x.key, x.id) + '>' + e.key, properties(r)]) AS b }
      RETURN a + b AS rows`,
      { judgementLinks },
    );
    const props = (p: Record<string, unknown>) =>
      JSON.stringify(sorted(withoutClock(p)).map(([k, v]) => [k, propText(v)]));
    return EntityRows.parse(res.records[0]?.get('rows'))
      .map(([type, id, p]) => `${type}|${id}|${props(p)}`)
      .sort();
  });
}
