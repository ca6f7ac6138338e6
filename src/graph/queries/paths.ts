// Shortest paths between two entities over entity-to-entity relationships.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { GraphEdge, PathsResponse } from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { ENTITY_REL_PATTERN } from './entities.js';
import { withArticleCounts } from './article-counts.js';
import { edgeId, edgeType, entityFields, reportOf, toEntityFields, toGraphEdge } from './mappers.js';

export const MAX_PATH_HOPS = 6;
/** how many shortest paths (distinct by their entity sequence and relationship types) to return */
const PATHS_RETURNED = 5;
/** parallel relationships (one per article) multiply the raw paths; read at most this many */
const RAW_PATHS_READ = 1000;

const Step = z.object({ type: edgeType, from: z.string(), to: z.string() });
const Variants = z.array(z.array(Step));
const RawPath = z.object({ keys: z.array(z.string()), steps: z.array(Step) });

/** path search through hubs can explode; it is cut off after this long */
export const PATHS_TIMEOUT_MS = 10_000;

export type PathsResult = PathsResponse | { missing: string };

export class PathsTimeout extends Error {
  constructor() {
    super(`path search took longer than ${PATHS_TIMEOUT_MS / 1000} s; try a smaller max`);
  }
}

async function readWithTimeout<T>(graph: Graph, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: PATHS_TIMEOUT_MS });
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /TransactionTimedOut/.test(code)) throw new PathsTimeout();
    throw err;
  } finally {
    await session.close();
  }
}

export async function findPaths(graph: Graph, from: string, to: string, maxHops: number): Promise<PathsResult> {
  // Variable-length bounds cannot be query parameters; the value is a validated small integer.
  const hops = Math.trunc(maxHops);
  if (!(hops >= 1 && hops <= MAX_PATH_HOPS)) throw new Error(`max hops must be 1..${MAX_PATH_HOPS}`);
  return readWithTimeout(graph, async (tx) => {
    const ends = await tx.run(
      `UNWIND [$from, $to] AS key OPTIONAL MATCH (e:Entity {key: key}) RETURN key, e IS NOT NULL AS found`,
      { from, to },
    );
    const missing = ends.records.find((r) => r.get('found') !== true);
    if (missing) return { missing: String(missing.get('key')) };

    const raw = await tx.run(
      `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
       MATCH p = allShortestPaths((a)-[:${ENTITY_REL_PATTERN}*..${hops}]-(b))
       WHERE all(n IN nodes(p) WHERE n.hiddenBy IS NULL) AND all(r IN relationships(p) WHERE r.hiddenBy IS NULL)
       WITH p LIMIT ${RAW_PATHS_READ}
       WITH [n IN nodes(p) | n.key] AS keys,
            [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key}] AS steps
       WITH keys, collect(DISTINCT steps) AS variants
       RETURN keys, variants LIMIT ${PATHS_RETURNED}`,
      { from, to },
    );
    // A path is a distinct sequence of entities; every relationship type linking its hops is listed in its edges.
    const paths = raw.records.map((r) => {
      const variants = Variants.parse(r.get('variants'));
      const steps = new Map<string, z.infer<typeof Step>>();
      for (const v of variants) for (const st of v) steps.set(`${st.type}:${st.from}:${st.to}`, st);
      return RawPath.parse({ keys: r.get('keys'), steps: [...steps.values()] });
    });
    const nodeKeys = [...new Set(paths.flatMap((p) => p.keys))];
    const stepById = new Map<string, z.infer<typeof Step>>();
    for (const p of paths) for (const s of p.steps) stepById.set(`${s.type}:${s.from}:${s.to}`, s);

    const nodesResult = await tx.run(
      `UNWIND $keys AS key MATCH (e:Entity {key: key}) RETURN ${entityFields('e')} AS entity`,
      { keys: nodeKeys },
    );
    const edgesResult = await tx.run(
      `UNWIND $steps AS s
       MATCH (a:Entity {key: s.from})-[r]->(b:Entity {key: s.to})
       WHERE type(r) = s.type AND r.hiddenBy IS NULL
       RETURN s.type AS type, s.from AS from, s.to AS to, count(DISTINCT r.articleId) AS weight,
              count(DISTINCT ${reportOf('r.articleId')}) AS independent, count(DISTINCT r.source) AS outlets, head(collect(r.label)) AS label`,
      { steps: [...stepById.values()] },
    );
    const edges: GraphEdge[] = edgesResult.records.map((r) => toGraphEdge(r.toObject()));
    return {
      paths: paths.map((p) => ({
        nodes: p.keys,
        edges: p.steps.map((s) => edgeId(s.type, s.from, s.to)),
      })),
      nodes: await withArticleCounts(tx, graph, nodesResult.records.map((r) => toEntityFields(r.get('entity')))),
      edges,
    };
  });
}
