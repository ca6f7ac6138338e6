// Shortest paths between two entities over entity-to-entity relationships.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { GraphEdge, PathsResponse } from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { ENTITY_REL_TYPES } from '../model.js';
import { withArticleCounts } from './article-counts.js';
import { edgeId, edgeType, entityFields, reportOf, toEntityFields, toGraphEdge } from './mappers.js';

export const MAX_PATH_HOPS = 6;
/** how many paths (distinct by their entity sequence) may be asked for, and how many by default */
export const MAX_PATHS = 10;
export const DEFAULT_PATHS = 5;
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

export interface PathOptions {
  /** at most this many paths, shortest first (default DEFAULT_PATHS) */
  k?: number;
  /** relationship types a path may use; empty or absent = all */
  rels?: readonly string[];
}

/**
 * The k shortest paths from `from` to `to` within `maxHops`, distinct by their sequence of entities, shortest first
 * (then by entity keys, so the order is stable and a link can name a path by its place in the list). Paths are
 * simple (no entity twice). Parallel relationships (one per article) and several relationship types between the same
 * two entities are one path; its edges list every type that links each hop.
 */
export async function findPaths(graph: Graph, from: string, to: string, maxHops: number, options: PathOptions = {}): Promise<PathsResult> {
  // Bounds and counts in a path pattern are inlined (not parameters); they are validated small integers.
  const hops = Math.trunc(maxHops);
  if (!(hops >= 1 && hops <= MAX_PATH_HOPS)) throw new Error(`max hops must be 1..${MAX_PATH_HOPS}`);
  const k = Math.trunc(options.k ?? DEFAULT_PATHS);
  if (!(k >= 1 && k <= MAX_PATHS)) throw new Error(`the number of paths must be 1..${MAX_PATHS}`);
  const allowed = options.rels?.length ? ENTITY_REL_TYPES.filter((t) => options.rels!.includes(t)) : [...ENTITY_REL_TYPES];
  if (allowed.length === 0) return { paths: [], nodes: [], edges: [] };
  // relationship types come from the fixed list, never from the request text
  const relPattern = allowed.join('|');
  return readWithTimeout(graph, async (tx) => {
    const ends = await tx.run(
      `UNWIND [$from, $to] AS key OPTIONAL MATCH (e:Entity {key: key}) RETURN key, e IS NOT NULL AS found`,
      { from, to },
    );
    const missing = ends.records.find((r) => r.get('found') !== true);
    if (missing) return { missing: String(missing.get('key')) };

    const raw = await tx.run(
      `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
       MATCH p = SHORTEST ${k} GROUPS (a)-[:${relPattern}]-{1,${hops}}(b)
       WHERE all(n IN nodes(p) WHERE n.hiddenBy IS NULL) AND all(r IN relationships(p) WHERE r.rejectedBy IS NULL)
         AND all(i IN range(0, length(p)) WHERE single(j IN range(0, length(p)) WHERE nodes(p)[j] = nodes(p)[i]))
       WITH p LIMIT ${RAW_PATHS_READ}
       WITH [n IN nodes(p) | n.key] AS keys,
            [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key}] AS steps
       WITH keys, collect(DISTINCT steps) AS variants
       RETURN keys, variants ORDER BY size(keys), keys LIMIT ${k}`,
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
       WHERE type(r) = s.type AND r.rejectedBy IS NULL
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
