import { Router } from 'express';
import { z } from 'zod';
import type { SearchResponse } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
import { searchEntities } from '../../graph/queries/search.js';
import { integer, nodeTypeParam, query, text } from '../params.js';

export const SEARCH_LIMIT_MAX = 50;

const SearchQuery = z.object({
  q: text(200),
  type: nodeTypeParam.optional(),
  limit: integer(1, SEARCH_LIMIT_MAX, 10),
});

export function searchRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, type, limit } = query(SearchQuery, req);
    const body: SearchResponse = { results: await searchEntities(graph, { q, type, limit }) };
    res.json(body);
  });
  return router;
}
