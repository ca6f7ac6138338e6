// Analyst judgements over HTTP (issue 14). Reads are open; writes exist only when the server was started with a
// write token (KG_WRITE_TOKEN) and each carries it as `Authorization: Bearer <token>`: 403 when writes are off,
// 401 without the right token, and nothing is written in either case.
import { timingSafeEqual } from 'node:crypto';
import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Graph } from '../../graph/driver.js';
import { suggestDuplicates } from '../../graph/judgement-suggestions.js';
import {
  addJudgement,
  describeJudgement,
  exportJudgements,
  judgementsAbout,
  type LinkRef,
  JUDGEMENT_OPS,
  judgementKeys,
  JudgementConflict,
  listJudgements,
  splitKey,
  staleJudgements,
  withdrawJudgement,
  type Judgement,
} from '../../graph/judgements.js';
import { HttpError, notFound } from '../errors.js';
import { integer, parseQuery, query, text } from '../params.js';

export interface JudgementRouteOptions {
  /** the bearer token writes must carry; writes are refused (403) when unset or empty */
  writeToken?: string | undefined;
  /** called after every accepted write (cached read responses are dropped) */
  onChange?: () => void;
}

const ListQuery = z.object({
  op: z.enum(JUDGEMENT_OPS as [Judgement['op'], ...Array<Judgement['op']>]).optional(),
  who: text(100).optional(),
  key: text(500).optional(),
  status: z
    .enum(['active', 'withdrawn', 'all'])
    .optional()
    .transform((v) => v ?? 'all'),
  limit: integer(1, 5000, 500),
});

const IdParam = z.object({ id: text(60) });
const WithdrawBody = z.object({ who: z.string().trim().min(1).max(100).optional() }).strict();
const SuggestionsQuery = z.object({ limit: integer(1, 200, 50) });

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function requireWriteToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token)
      return next(
        new HttpError(403, 'judgements are read-only here: start the server with KG_WRITE_TOKEN to allow writes'),
      );
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !sameToken((match[1] ?? '').trim(), token)) {
      return next(new HttpError(401, 'a write needs the server\'s write token as "Authorization: Bearer <token>"'));
    }
    next();
  };
}

/** A judgement as the API returns it: with a sentence a person can read and the names of the entities it is about. */
export const judgementView = (j: Judgement, names: Map<string, string> = new Map()) => ({
  ...j,
  what: describeJudgement(j),
  /** the key of the entity a split made */
  created: j.op === 'split' ? splitKey(j) : null,
  names: Object.fromEntries(judgementKeys(j).flatMap((k) => (names.has(k) ? [[k, names.get(k) as string]] : []))),
});

/** display names of the entities the judgements are about (those still in the graph) */
async function namesOf(graph: Graph, judgements: Judgement[]): Promise<Map<string, string>> {
  const keys = [...new Set(judgements.flatMap(judgementKeys))];
  if (!keys.length) return new Map();
  return graph.read(async (tx) => {
    const res = await tx.run(
      'UNWIND $keys AS key MATCH (e:Entity {key: key}) RETURN key, coalesce(e.judgedName, e.name) AS name',
      { keys },
    );
    return new Map(res.records.map((r) => [String(r.get('key')), String(r.get('name'))]));
  });
}

/**
 * Active judgements that shape an entity (about its key, or a merge into it) or, given `link`, one edge (about
 * that link, or merging/renaming either end), for the evidence panel.
 */
export async function judgementsShaping(
  graph: Graph,
  keys: string[],
  link?: LinkRef,
): Promise<Array<ReturnType<typeof judgementView>>> {
  const about = await judgementsAbout(graph, keys);
  const shaping = about.filter((j) => {
    if (!link) return true;
    const l = j.op === 'reject' || j.op === 'confirm' ? j.link : undefined;
    if (l) return l.from === link.from && l.to === link.to && l.type === link.type;
    return j.op !== 'distinct';
  });
  const names = await namesOf(graph, shaping);
  return shaping.map((j) => judgementView(j, names));
}

function asHttpError(err: unknown): unknown {
  if (err instanceof z.ZodError) {
    const problems = err.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
    return new HttpError(
      400,
      problems.map((p) => `invalid judgement field "${p.field}": ${p.message}`).join('; '),
      problems,
    );
  }
  if (err instanceof JudgementConflict) return new HttpError(409, err.message);
  return err;
}

export function judgementRoutes(graph: Graph, options: JudgementRouteOptions = {}): Router {
  const router = Router();
  const writes = requireWriteToken(options.writeToken || undefined);
  const changed = () => options.onChange?.();

  router.get('/judgements', async (req, res) => {
    const f = query(ListQuery, req);
    const all = await listJudgements(graph);
    const list = all
      .filter((j) => (f.op ? j.op === f.op : true))
      .filter((j) => (f.who ? j.who === f.who : true))
      .filter((j) =>
        f.status === 'all' ? true : f.status === 'active' ? j.withdrawnAt === null : j.withdrawnAt !== null,
      )
      .filter((j) => (f.key ? judgementKeys(j).includes(f.key) : true))
      .reverse()
      .slice(0, f.limit);
    const names = await namesOf(graph, list);
    res.json({
      judgements: list.map((j) => judgementView(j, names)),
      stale: await staleJudgements(graph),
      writable: Boolean(options.writeToken),
    });
  });

  // the same JSON lines as `kg judgements export`, for `kg judgements import` elsewhere (withdrawn ones too)
  router.get('/judgements/export', async (_req, res) => {
    const lines = await exportJudgements(graph);
    res
      .type('application/x-ndjson')
      .attachment('judgements.jsonl')
      .send(lines.map((l) => `${l}\n`).join(''));
  });

  router.get('/judgements/suggestions', async (req, res) => {
    const { limit } = query(SuggestionsQuery, req);
    res.json({ suggestions: await suggestDuplicates(graph, limit) });
  });

  router.post('/judgements', writes, express.json({ limit: '64kb' }), async (req, res) => {
    const j = await addJudgement(graph, req.body).catch((err: unknown) => {
      throw asHttpError(err);
    });
    changed();
    res.status(201).json({ judgement: judgementView(j) });
  });

  router.delete('/judgements/:id', writes, express.json({ limit: '4kb' }), async (req, res) => {
    const { id } = parseQuery(IdParam, req.params);
    const body = parseQuery(WithdrawBody, req.body ?? {});
    const j = await withdrawJudgement(graph, id, body.who ?? 'analyst');
    if (!j) throw notFound(`judgement ${JSON.stringify(id)}`);
    changed();
    res.json({ judgement: judgementView(j) });
  });

  return router;
}
