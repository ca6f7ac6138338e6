// Node counts by label and relationship counts by type. Fixed, parameter-free queries, each answered from
// Neo4j's count store; the label and type lists are the fixed vocabulary, never read from input.
import { z } from 'zod';
import type { Graph } from './driver.js';
import { NODE_LABELS, REL_TYPES } from './model.js';

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totals: { nodes: number; relationships: number };
}

const Count = z.number().int().nonnegative();

export async function graphStats(graph: Graph): Promise<GraphStats> {
  return graph.read(async (tx) => {
    const one = async (cypher: string) => Count.parse((await tx.run(cypher)).records[0]?.get('c'));
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    for (const label of NODE_LABELS) nodes[label] = await one(`MATCH (n:${label}) RETURN count(n) AS c`);
    for (const type of REL_TYPES) relationships[type] = await one(`MATCH ()-[r:${type}]->() RETURN count(r) AS c`);
    const totals = {
      nodes: await one('MATCH (n) RETURN count(n) AS c'),
      relationships: await one('MATCH ()-[r]->() RETURN count(r) AS c'),
    };
    return { nodes, relationships, totals };
  });
}

export function formatStats(s: GraphStats): string {
  const width = Math.max(
    ...[...Object.keys(s.nodes), ...Object.keys(s.relationships), 'relationships'].map((k) => k.length),
  );
  const rows = (title: string, counts: Record<string, number>, total: number) => [
    title,
    ...Object.entries(counts).map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(9)}`),
    `  ${'total'.padEnd(width)}  ${String(total).padStart(9)}`,
  ];
  return (
    [
      ...rows('nodes', s.nodes, s.totals.nodes),
      '',
      ...rows('relationships', s.relationships, s.totals.relationships),
    ].join('\n') + '\n'
  );
}
