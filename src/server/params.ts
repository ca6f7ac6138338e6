// Query-parameter validation: one zod schema per route; failures become 400s naming the parameter.
import type { Request } from 'express';
import { z } from 'zod';
import {
  EDGE_TYPES,
  INCIDENT_KIND_VALUES,
  NODE_TYPES,
  ORGANIZATION_KINDS,
  type EdgeType,
  type NodeType,
} from '../api/contract.js';
import { isoDate } from '../sources/dates.js';
import { HttpError } from './errors.js';

/** Parses req.query (or params) with `schema`; the 400 message names every bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const name = i.path.length > 0 ? String(i.path[0]) : '(query)';
    return { parameter: name, message: i.message };
  });
  const message = problems.map((p) => `invalid parameter "${p.parameter}": ${p.message}`).join('; ');
  throw new HttpError(400, message, problems);
}

export const query = <S extends z.ZodType>(schema: S, req: Request): z.infer<S> => parseQuery(schema, req.query);

/** A single string; a repeated parameter is rejected rather than silently picking one. */
const single = z.string({ error: (i) => (i.input === undefined ? 'required' : 'must be given once, as a string') });

export const text = (max: number) => single.trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback);

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  // Date.parse rolls 2024-02-30 over into March; Neo4j's date() refuses it (that was a 500)
  .refine(
    (s) => isoDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null,
    'is not a real date',
  );

/** The items of a list given as `a,b` or as a repeated parameter (blank items dropped). */
const listItems = z.union([z.string(), z.array(z.string())]).transform((v) =>
  (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean),
);

/** A list given as `a,b` or as a repeated parameter; each item must be one of `values`. */
export function list<const T extends string>(values: readonly T[]) {
  return listItems
    .pipe(
      z
        .array(z.enum(values as [T, ...T[]], { error: () => `must be among ${values.join(', ')}` }))
        .min(1, 'must not be empty'),
    )
    .optional();
}

export const freeList = (maxItems: number) =>
  listItems
    .pipe(z.array(z.string().max(200)).min(1, 'must not be empty').max(maxItems, `at most ${maxItems} values`))
    .optional();

export const nodeTypeParam = z.enum(NODE_TYPES as [NodeType, ...NodeType[]], {
  error: () => `must be one of ${NODE_TYPES.join(', ')}`,
});
export const edgeTypeParam = z.enum(EDGE_TYPES as [EdgeType, ...EdgeType[]], {
  error: () => `must be one of ${EDGE_TYPES.join(', ')}`,
});
export const nodeTypes = list(NODE_TYPES);
export const edgeTypes = list(EDGE_TYPES);
export const kinds = list([...new Set<string>([...ORGANIZATION_KINDS, ...INCIDENT_KIND_VALUES])]);
export const incidentKinds = list(INCIDENT_KIND_VALUES);

/** rejects from > to */
export function dateRange<T extends { from?: string | undefined; to?: string | undefined }>(
  v: T,
  ctx: z.RefinementCtx,
): void {
  if (v.from !== undefined && v.to !== undefined && v.from > v.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before "from"' });
  }
}
