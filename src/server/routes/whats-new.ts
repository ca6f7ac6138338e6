import { Router } from 'express';
import { z } from 'zod';
import { WHATS_NEW_SECTIONS, type WhatsNewResponse, type WhatsNewSection } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
import { getWhatsNew } from '../../graph/queries/whats-new.js';
import { integer, isoDay, query } from '../params.js';

export const WHATS_NEW_LIMIT_MAX = 200;
const WHATS_NEW_LIMIT_DEFAULT = 25;

/** a day (its start, UTC) or an instant with its offset; normalised to an ISO instant */
const since = z.union(
  [
    isoDay.transform((d) => `${d}T00:00:00Z`),
    z.iso.datetime({ offset: true, error: 'must be a date (YYYY-MM-DD) or an ISO date-time with its offset' }),
  ],
  { error: 'must be a date (YYYY-MM-DD) or an ISO date-time with its offset, e.g. 2026-11-30T09:00:00Z' },
);

const WhatsNewQuery = z.object({
  since,
  section: z
    .enum(WHATS_NEW_SECTIONS as [WhatsNewSection, ...WhatsNewSection[]], {
      error: () => `must be one of ${WHATS_NEW_SECTIONS.join(', ')}`,
    })
    .optional(),
  // 0: the counts only (the explorer's "what is new" badge)
  limit: integer(0, WHATS_NEW_LIMIT_MAX, WHATS_NEW_LIMIT_DEFAULT),
  offset: integer(0, 1_000_000, 0),
});

export function whatsNewRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/new', async (req, res) => {
    const q = query(WhatsNewQuery, req);
    const body = await getWhatsNew(graph, {
      since: q.since,
      offset: q.offset,
      limit: q.limit,
      sections: q.section ? [q.section] : undefined,
    });
    res.json(body satisfies WhatsNewResponse);
  });
  return router;
}
