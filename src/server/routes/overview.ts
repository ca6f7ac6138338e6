import { Router, type Response } from 'express';
import { z } from 'zod';
import type {
  HealthResponse,
  MapResponse,
  SourcesResponse,
  StatsResponse,
  TimelineResponse,
} from '../../api/contract.js';
import { within, type GuardedGraph } from '../db-circuit.js';
import { getMap, getSources, getStats, getTimeline, pingGraph } from '../../graph/queries/overview.js';
import { dateRange, incidentKinds, integer, isoDay, query } from '../params.js';
import type { ResponseCache } from '../response-cache.js';

// Pages: /api/timeline returns at most `limit` incidents (default TIMELINE_LIMIT_DEFAULT) in date order and
// /api/map at most `limit` places and `limit` incidents (default MAP_LIMIT_DEFAULT) by mentions; a full page
// means there may be more, fetched with `offset`.
export const TIMELINE_LIMIT_DEFAULT = 1000;
export const TIMELINE_LIMIT_MAX = 5000;
export const MAP_LIMIT_DEFAULT = 2000;
export const MAP_LIMIT_MAX = 5000;
const OFFSET_MAX = 1_000_000;
/** /api/health answers within this, with the database state */
export const HEALTH_TIMEOUT_MS = 800;

const TimelineQuery = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    kinds: incidentKinds,
    limit: integer(1, TIMELINE_LIMIT_MAX, TIMELINE_LIMIT_DEFAULT),
    offset: integer(0, OFFSET_MAX, 0),
  })
  .superRefine(dateRange);

const MapQuery = z.object({ limit: integer(1, MAP_LIMIT_MAX, MAP_LIMIT_DEFAULT), offset: integer(0, OFFSET_MAX, 0) });

/** `cache` holds the map and timeline bodies for a few seconds (see response-cache.ts) */
export function overviewRoutes(graph: GuardedGraph, version: string, cache: ResponseCache): Router {
  const router = Router();
  const sendJson = (res: Response, body: string) => res.type('application/json').send(body);

  // within HEALTH_TIMEOUT_MS whatever the database does; the ping goes through the circuit breaker, so while it
  // is open the answer is immediate, and a ping after the cool-down is what closes it again
  router.get('/health', async (_req, res) => {
    const neo4j = await within(pingGraph(graph), HEALTH_TIMEOUT_MS, false);
    const body: HealthResponse = { ok: neo4j, neo4j, version, circuit: graph.circuit() };
    res.status(neo4j ? 200 : 503).json(body);
  });

  router.get('/timeline', async (req, res) => {
    const f = query(TimelineQuery, req);
    // kinds sorted so that `raid,arrest` and `arrest,raid` share an entry
    const key = JSON.stringify([
      'timeline',
      f.from ?? null,
      f.to ?? null,
      f.kinds ? [...new Set(f.kinds)].sort() : null,
      f.limit,
      f.offset,
    ]);
    sendJson(res, await cache.json(key, async () => (await getTimeline(graph, f)) satisfies TimelineResponse));
  });

  router.get('/map', async (req, res) => {
    const page = query(MapQuery, req);
    const key = JSON.stringify(['map', page.limit, page.offset]);
    sendJson(res, await cache.json(key, async () => (await getMap(graph, page)) satisfies MapResponse));
  });

  router.get('/sources', async (_req, res) => {
    res.json((await getSources(graph)) satisfies SourcesResponse);
  });

  router.get('/stats', async (_req, res) => {
    res.json((await getStats(graph)) satisfies StatsResponse);
  });

  return router;
}
