import express, { Router } from 'express';
import { z } from 'zod';
import type { EvidenceBundleResponse } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
import { getEvidenceBundle } from '../../graph/queries/evidence-bundle.js';
import { edgeTypeParam, parseQuery } from '../params.js';

/** nodes and edges per request together; a client exporting a bigger view asks in several requests */
export const EVIDENCE_BUNDLE_ITEMS_MAX = 300;
export const EVIDENCE_BUNDLE_PER_ITEM_MAX = 100;
const EVIDENCE_BUNDLE_PER_ITEM_DEFAULT = 50;

const Key = z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters');
const BundleBody = z
  .object({
    nodes: z.array(Key).max(EVIDENCE_BUNDLE_ITEMS_MAX).default([]),
    edges: z
      .array(z.object({ from: Key, to: Key, type: edgeTypeParam }).strict())
      .max(EVIDENCE_BUNDLE_ITEMS_MAX)
      .default([]),
    perItem: z.number().int().min(1).max(EVIDENCE_BUNDLE_PER_ITEM_MAX).default(EVIDENCE_BUNDLE_PER_ITEM_DEFAULT),
  })
  .strict()
  .refine((b) => b.nodes.length + b.edges.length <= EVIDENCE_BUNDLE_ITEMS_MAX, {
    path: ['nodes'],
    message: `at most ${EVIDENCE_BUNDLE_ITEMS_MAX} nodes and edges together`,
  })
  .refine((b) => b.nodes.length + b.edges.length > 0, {
    path: ['nodes'],
    message: 'ask for at least one node or edge',
  });

export function evidenceBundleRoutes(graph: Graph): Router {
  const router = Router();
  // read-only, but its list of ids does not fit a URL: a JSON body
  router.post('/evidence', express.json({ limit: '256kb' }), async (req, res) => {
    const body = parseQuery(BundleBody, req.body);
    res.json((await getEvidenceBundle(graph, body)) satisfies EvidenceBundleResponse);
  });
  return router;
}
