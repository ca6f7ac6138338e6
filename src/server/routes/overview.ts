import { Router } from 'express';
import { z } from 'zod';
import type { HealthResponse, MapResponse, SourcesResponse, StatsResponse, TimelineResponse } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
import { getMap, getSources, getStats, getTimeline, pingGraph } from '../../graph/queries/overview.js';
import { dateRange, incidentKinds, integer, isoDay, query } from '../params.js';

export const TIMELINE_LIMIT_MAX = 5000;
export const MAP_LIMIT_MAX = 5000;

const TimelineQuery = z
  .object({ from: isoDay.optional(), to: isoDay.optional(), kinds: incidentKinds, limit: integer(1, TIMELINE_LIMIT_MAX, 1000) })
  .superRefine(dateRange);

const MapQuery = z.object({ limit: integer(1, MAP_LIMIT_MAX, 2000) });

export function overviewRoutes(graph: Graph, version: string): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const neo4j = await pingGraph(graph);
    const body: HealthResponse = { ok: neo4j, neo4j, version };
    res.status(neo4j ? 200 : 503).json(body);
  });

  router.get('/timeline', async (req, res) => {
    res.json((await getTimeline(graph, query(TimelineQuery, req))) satisfies TimelineResponse);
  });

  router.get('/map', async (req, res) => {
    const { limit } = query(MapQuery, req);
    res.json((await getMap(graph, limit)) satisfies MapResponse);
  });

  router.get('/sources', async (_req, res) => {
    res.json((await getSources(graph)) satisfies SourcesResponse);
  });

  router.get('/stats', async (_req, res) => {
    res.json((await getStats(graph)) satisfies StatsResponse);
  });

  return router;
}
