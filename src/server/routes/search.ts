import { Router } from 'express';
import { z } from 'zod';
import type { FindResponse, SearchResponse } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
import { findEverything } from '../../graph/queries/find.js';
import { searchEntities } from '../../graph/queries/search.js';
import { integer, nodeTypeParam, query, text } from '../params.js';
import type { ResponseCache } from '../response-cache.js';

export const SEARCH_LIMIT_MAX = 50;
export const FIND_LIMIT_MAX = 30;

const FindQuery = z.object({ q: text(200), limit: integer(1, FIND_LIMIT_MAX, 8) });

const SearchQuery = z.object({
  q: text(200),
  type: nodeTypeParam.optional(),
  limit: integer(1, SEARCH_LIMIT_MAX, 10),
});

/** `cache` holds bodies for a few seconds per (q, type, limit); see response-cache.ts */
export function searchRoutes(graph: Graph, cache: ResponseCache): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, type, limit } = query(SearchQuery, req);
    const key = JSON.stringify(['search', q, type ?? null, limit]);
    const body = await cache.json(
      key,
      async () => ({ results: await searchEntities(graph, { q, type, limit }) }) satisfies SearchResponse,
    );
    res.type('application/json').send(body);
  });
  router.get('/find', async (req, res) => {
    const { q, limit } = query(FindQuery, req);
    const key = JSON.stringify(['find', q, limit]);
    const body = await cache.json(key, async () => (await findEverything(graph, { q, limit })) satisfies FindResponse);
    res.type('application/json').send(body);
  });
  return router;
}
