// Shortest paths between two entities over entity-to-entity relationships.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { GraphEdge, PathsResponse } from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { ENTITY_REL_TYPES } from '../model.js';
import { ENTITY_REL_PATTERN } from './entities.js';
import { withArticleCounts } from './article-counts.js';
import { edgeId, edgeType, entityFields, reportOf, toEntityFields, toGraphEdge } from './mappers.js';

export const MAX_PATH_HOPS = 6;
/** how many paths (distinct by their entity sequence) may be asked for, and how many by default */
export const MAX_PATHS = 10;
export const DEFAULT_PATHS = 5;
/** breadth-first searches per request (Yen's spur searches); past it the best candidates found so far are returned */
const MAX_SEARCHES = 30;
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

/** the detours after the shortest paths are best effort: past this they are cut short, not failed */
const DETOURS_TIMEOUT_MS = 4_000;

async function readWithTimeout<T>(
  graph: Graph,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeout = PATHS_TIMEOUT_MS,
): Promise<T> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout });
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
 * Up to k short paths from `from` to `to` within `maxHops`, distinct by their sequence of entities, shortest first
 * (then by entity keys, so the order is stable and a link can name a path by its place in the list): every shortest
 * path, then the shortest detours around the entities on them (see below). Paths are simple (no entity twice). Parallel relationships (one per article) and several relationship types between the same
 * two entities are one path; its edges list every type that links each hop.
 */
export async function findPaths(
  graph: Graph,
  from: string,
  to: string,
  maxHops: number,
  options: PathOptions = {},
): Promise<PathsResult> {
  // The hop bound cannot be a parameter; it is a validated small integer. Everything else is a parameter, so the
  // query text (one per bound) is planned once: planning a path query costs seconds on a busy machine.
  const hops = Math.trunc(maxHops);
  if (!(hops >= 1 && hops <= MAX_PATH_HOPS)) throw new Error(`max hops must be 1..${MAX_PATH_HOPS}`);
  const k = Math.trunc(options.k ?? DEFAULT_PATHS);
  if (!(k >= 1 && k <= MAX_PATHS)) throw new Error(`the number of paths must be 1..${MAX_PATHS}`);
  const rels = options.rels?.length ? ENTITY_REL_TYPES.filter((t) => options.rels!.includes(t)) : [...ENTITY_REL_TYPES];
  if (rels.length === 0) return { paths: [], nodes: [], edges: [] };
  return readWithTimeout(graph, async (tx) => {
    const ends = await tx.run(
      `UNWIND [$from, $to] AS key OPTIONAL MATCH (e:Entity {key: key}) RETURN key, e IS NOT NULL AS found`,
      { from, to },
    );
    const missing = ends.records.find((r) => r.get('found') !== true);
    if (missing) return { missing: String(missing.get('key')) };

    // Yen's k shortest simple paths over entities: every shortest path first, then, for each accepted path and each
    // entity on it (the spur), the shortest way on from the spur that leaves the path's earlier entities out and does
    // not take a next step an accepted path with the same beginning already took; the shortest such candidate is
    // accepted next. Each search is allShortestPaths with conditions on every node and link, which Neo4j runs as its
    // fast bidirectional breadth-first search and which never returns an entity twice. (Cypher's SHORTEST k GROUPS
    // enumerates trails, which through parallel relationships explode before the simple paths are picked: it timed
    // out on a 20-entity fixture at 6 hops.)
    // Every search uses the request's bound, so one query text is planned per bound (planning costs seconds on a busy
    // machine); a spur that makes the whole path too long is dropped afterwards.
    type Found = z.infer<typeof RawPath> & { spurAt: number };
    let searches = 0;
    let currentTx = tx;
    /** one query for several spur searches (round trips cost more than the searches on a busy machine) */
    const searchAll = async (
      specs: Array<{ start: string; avoid: string[]; next: string[] }>,
    ): Promise<Array<Array<z.infer<typeof RawPath>>>> => {
      searches += specs.length;
      const raw = await currentTx.run(
        `UNWIND range(0, size($specs) - 1) AS i
         WITH i, $specs[i] AS spec
         MATCH (s:Entity {key: spec.start}), (b:Entity {key: $to})
         MATCH p = allShortestPaths((s)-[:${ENTITY_REL_PATTERN}*..${hops}]-(b))
         WHERE all(n IN nodes(p) WHERE n.hiddenBy IS NULL AND NOT n.key IN spec.avoid)
           AND all(r IN relationships(p) WHERE r.hiddenBy IS NULL AND type(r) IN $rels
             AND NOT ((startNode(r).key = spec.start AND endNode(r).key IN spec.next) OR (endNode(r).key = spec.start AND startNode(r).key IN spec.next)))
         WITH i, p LIMIT ${RAW_PATHS_READ}
         WITH i, [n IN nodes(p) | n.key] AS keys,
              [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key}] AS steps
         WITH i, keys, collect(DISTINCT steps) AS variants
         RETURN i, keys, variants ORDER BY i, keys`,
        { specs, to, rels },
      );
      const out: Array<Array<z.infer<typeof RawPath>>> = specs.map(() => []);
      // A path is a distinct sequence of entities; every relationship type linking its hops is listed in its edges.
      for (const r of raw.records) {
        const variants = Variants.parse(r.get('variants'));
        const steps = new Map<string, z.infer<typeof Step>>();
        for (const v of variants) for (const st of v) steps.set(`${st.type}:${st.from}:${st.to}`, st);
        const list = out[Number(r.get('i'))];
        if (list && list.length < k) list.push(RawPath.parse({ keys: r.get('keys'), steps: [...steps.values()] }));
      }
      return out;
    };
    const seqOf = (keys: string[]) => keys.join('\u0000');
    const shorter = (x: Found, y: Found) => x.keys.length - y.keys.length || (seqOf(x.keys) < seqOf(y.keys) ? -1 : 1);
    const accepted: Found[] = (await searchAll([{ start: from, avoid: [], next: [] }]))[0]!
      .map((p) => ({ ...p, spurAt: 0 }))
      .sort(shorter)
      .slice(0, k);
    const candidates = new Map<string, Found>();
    const seen = new Set(accepted.map((p) => seqOf(p.keys)));
    let expanded = 0;
    // The shortest paths are the answer's core (a timeout is a 504); the detours run in a transaction of their own,
    // and when it times out (a busy machine, a dense graph) the answer keeps the paths accepted so far.
    const detours = async (): Promise<void> => {
      while (accepted.length < k) {
        for (; expanded < accepted.length && searches < MAX_SEARCHES; expanded++) {
          const path = accepted[expanded]!;
          // spurs before the entity this path branched off at were searched for its parent already (Lawler)
          const specs: Array<{ start: string; avoid: string[]; next: string[]; i: number }> = [];
          for (let i = path.spurAt; i < path.keys.length - 1; i++) {
            const root = path.keys.slice(0, i + 1);
            const rootSeq = seqOf(root);
            const next = accepted
              .filter((q) => q.keys.length > i + 1 && seqOf(q.keys.slice(0, i + 1)) === rootSeq)
              .map((q) => q.keys[i + 1]!);
            specs.push({ start: root[i]!, avoid: root.slice(0, i), next, i });
          }
          const results = await searchAll(specs.map(({ start, avoid, next }) => ({ start, avoid, next })));
          specs.forEach(({ i }, n) => {
            const root = path.keys.slice(0, i + 1);
            const rootSteps = path.steps.filter((st) =>
              root.some(
                (u, j) =>
                  j < i && ((st.from === u && st.to === root[j + 1]) || (st.to === u && st.from === root[j + 1])),
              ),
            );
            for (const spur of results[n]!) {
              if (i + spur.keys.length - 1 > hops) continue;
              const whole: Found = {
                keys: [...root.slice(0, i), ...spur.keys],
                steps: [...rootSteps, ...spur.steps],
                spurAt: i,
              };
              const seq = seqOf(whole.keys);
              if (!seen.has(seq)) {
                seen.add(seq);
                candidates.set(seq, whole);
              }
            }
          });
        }
        const best = [...candidates.values()].sort(shorter)[0];
        if (!best) break;
        candidates.delete(seqOf(best.keys));
        accepted.push(best);
      }
    };
    if (accepted.length > 0 && accepted.length < k) {
      try {
        await readWithTimeout(
          graph,
          async (detourTx) => {
            currentTx = detourTx;
            await detours();
          },
          DETOURS_TIMEOUT_MS,
        );
      } catch (err) {
        if (!(err instanceof PathsTimeout)) throw err;
      } finally {
        currentTx = tx;
      }
    }
    const paths = accepted.map(({ keys, steps }) => ({ keys, steps }));
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
      nodes: await withArticleCounts(
        tx,
        graph,
        nodesResult.records.map((r) => toEntityFields(r.get('entity'))),
      ),
      edges,
    };
  });
}
