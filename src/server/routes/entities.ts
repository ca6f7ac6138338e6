import { Router } from 'express';
import { z } from 'zod';
import type { EdgeEvidenceResponse, EntityResponse, NeighborsResponse, PathsResponse } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
import { getEdgeEvidence, getEntity, getNeighbors } from '../../graph/queries/entities.js';
import { DEFAULT_PATHS, findPaths, MAX_PATH_HOPS, MAX_PATHS, PathsTimeout } from '../../graph/queries/paths.js';
import { HttpError, notFound } from '../errors.js';
import { judgementsShaping } from './judgements.js';
import type { ResponseCache } from '../response-cache.js';
import {
  dateRange,
  edgeTypeParam,
  edgeTypes,
  freeList,
  integer,
  isoDay,
  kinds,
  nodeTypes,
  parseQuery,
  query,
  text,
} from '../params.js';

export const NEIGHBORS_LIMIT_MAX = 500;
export const EVIDENCE_LIMIT_MAX = 500;
const ENTITY_EVIDENCE = 20;
const ENTITY_ARTICLES = 50;

const KeyParam = z.object({ key: text(500) });
const EntityQuery = z.object({
  evidenceOffset: integer(0, 1_000_000, 0),
  evidenceLimit: integer(1, EVIDENCE_LIMIT_MAX, ENTITY_EVIDENCE),
});

const NeighborsQuery = z
  .object({
    limit: integer(1, NEIGHBORS_LIMIT_MAX, 50),
    offset: integer(0, 1_000_000, 0),
    types: nodeTypes,
    kinds,
    rels: edgeTypes,
    from: isoDay.optional(),
    to: isoDay.optional(),
    sources: freeList(50),
  })
  .superRefine(dateRange);

const EvidenceQuery = z.object({
  from: text(500),
  to: text(500),
  type: edgeTypeParam,
  limit: integer(1, EVIDENCE_LIMIT_MAX, 100),
  offset: integer(0, 1_000_000, 0),
});

const PathsQuery = z
  .object({
    from: text(500),
    to: text(500),
    max: integer(1, MAX_PATH_HOPS, 4),
    k: integer(1, MAX_PATHS, DEFAULT_PATHS),
    rels: edgeTypes,
  })
  .refine((v) => v.from !== v.to, { path: ['to'], message: 'must differ from "from"' });

/** `cache` holds neighbourhood bodies for a few seconds per key and filters; see response-cache.ts */
export function entityRoutes(graph: Graph, cache: ResponseCache): Router {
  const router = Router();

  router.get('/entities/:key', async (req, res) => {
    const { key } = parseQuery(KeyParam, req.params);
    const { evidenceOffset, evidenceLimit } = query(EntityQuery, req);
    const found = await getEntity(graph, key, { evidence: evidenceLimit, evidenceOffset, articles: ENTITY_ARTICLES });
    if (!found) throw notFound(`entity ${JSON.stringify(key)}`);
    res.json({ ...(found satisfies EntityResponse), judgements: await judgementsShaping(graph, [key]) });
  });

  router.get('/entities/:key/neighbors', async (req, res) => {
    const { key } = parseQuery(KeyParam, req.params);
    const filters = query(NeighborsQuery, req);
    const sorted = (list: string[] | undefined) => (list ? [...new Set(list)].sort() : null);
    const cacheKey = JSON.stringify([
      'neighbors',
      key,
      filters.limit,
      filters.offset,
      sorted(filters.types),
      sorted(filters.kinds),
      sorted(filters.rels),
      filters.from ?? null,
      filters.to ?? null,
      sorted(filters.sources),
    ]);
    // A missing entity is not cached (the computation throws): it may be ingested the next moment.
    const body = await cache.json(cacheKey, async () => {
      const found = await getNeighbors(graph, key, filters);
      if (!found) throw notFound(`entity ${JSON.stringify(key)}`);
      return found satisfies NeighborsResponse;
    });
    res.type('application/json').send(body);
  });

  router.get('/edges/evidence', async (req, res) => {
    const { from, to, type, limit, offset } = query(EvidenceQuery, req);
    const found = await getEdgeEvidence(graph, { from, to, type }, limit, offset);
    if (!found) throw notFound(`${type} relationship from ${JSON.stringify(from)} to ${JSON.stringify(to)}`);
    res.json({
      ...(found satisfies EdgeEvidenceResponse),
      judgements: await judgementsShaping(graph, [from, to], { from, to, type }),
    });
  });

  router.get('/paths', async (req, res) => {
    const { from, to, max, k, rels } = query(PathsQuery, req);
    const found = await findPaths(graph, from, to, max, { k, rels }).catch((err: unknown) => {
      throw err instanceof PathsTimeout ? new HttpError(504, err.message) : err;
    });
    if ('missing' in found) throw new HttpError(404, `entity ${JSON.stringify(found.missing)} not found`);
    res.json(found satisfies PathsResponse);
  });

  return router;
}
