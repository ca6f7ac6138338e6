import { Router, type Response } from 'express';
import { z } from 'zod';
import type { HealthResponse, MapResponse, SourcesResponse, StatsResponse, TimelineResponse } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
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
export function overviewRoutes(graph: Graph, version: string, cache: ResponseCache): Router {
  const router = Router();
  const sendJson = (res: Response, body: string) => res.type('application/json').send(body);

  router.get('/health', async (_req, res) => {
    const neo4j = await pingGraph(graph);
    const body: HealthResponse = { ok: neo4j, neo4j, version };
    res.status(neo4j ? 200 : 503).json(body);
  });

  router.get('/timeline', async (req, res) => {
    const f = query(TimelineQuery, req);
    // kinds sorted so that `raid,arrest` and `arrest,raid` share an entry
    const key = JSON.stringify(['timeline', f.from ?? null, f.to ?? null, f.kinds ? [...new Set(f.kinds)].sort() : null, f.limit, f.offset]);
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
