// Analyst judgements (issue 14): corrections stored as (:Judgement) nodes apart from extracted facts, and an
// overlay that applies them to the extracted graph without destroying it.
//
// The overlay never edits what extraction wrote except `searchText` (recomputed from name and aliases exactly as
// the writer does): renames, retypes and merged names live in `judged*` properties that reads prefer; whatever
// reads must skip carries `hiddenBy` (entities merged away or rejected; links rejected or moved; mentions rejected
// or split off; an article's MENTIONS/COVERS of an entity once none of its sentences names it any more); a merge
// copies the hidden member's relationships and mentions onto the kept entity, each copy marked `viaJudgement`; a
// split creates a new entity (`createdBy`) and copies the chosen mentions, and the links whose evidence lies in
// them, onto it; a link left with part of its evidence lists the rest in `judgedSentenceIds`; rejected and
// confirmed links carry `rejectedBy` / `confirmedBy`. Clearing the overlay (deleting copies and created entities,
// removing those properties) gives back exactly what extraction says, so withdrawing a judgement is: mark it
// withdrawn, clear, apply the rest again.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { ENTITY_TYPES, INCIDENT_KINDS, ORG_KINDS } from '../extract/types.js';
import type { Graph } from './driver.js';
import { ENTITY_LABEL, ENTITY_REL_TYPES, type EntityRelType } from './model.js';
import { forgetArticleCounts } from './queries/article-counts.js';
import { loneSurnameOf } from '../resolution/surname-join.js';

const Key = z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters');
const RelType = z.enum(ENTITY_REL_TYPES as [EntityRelType, ...EntityRelType[]]);
export const LinkRef = z.object({ from: Key, to: Key, type: RelType }).strict();
export type LinkRef = z.infer<typeof LinkRef>;
const MentionRef = z.object({ sentenceId: Key, entity: Key }).strict();
const SentenceIds = z
  .array(Key)
  .min(1, 'name at least one sentence')
  .max(1000, 'at most 1000 sentences')
  .refine((ids) => new Set(ids).size === ids.length, 'a sentence is named twice');

/** what every judgement says about itself; `id` and `at` are given by an import, made up otherwise */
const Meta = {
  id: z
    .string()
    .regex(/^j_[0-9a-f-]{8,40}$/, 'must look like j_<hex>')
    .optional(),
  who: z.string().trim().min(1, 'must not be empty').max(100, 'at most 100 characters'),
  why: z.string().trim().min(1, 'say why (free text)').max(2000, 'at most 2000 characters'),
  at: z.iso.datetime({ offset: true }).optional(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable().optional(),
  withdrawnBy: z.string().max(100).nullable().optional(),
};

export const JudgementInput = z
  .discriminatedUnion('op', [
    /** `merge` is the same real entity as `keep`; `keep`'s key, name and type stay */
    z.object({ op: z.literal('merge'), keep: Key, merge: Key, ...Meta }).strict(),
    /** never merge these two */
    z.object({ op: z.literal('distinct'), a: Key, b: Key, ...Meta }).strict(),
    /** the mentions of `entity` in `sentences` are another entity (named `name`, else as the first of them reads) */
    z
      .object({
        op: z.literal('split'),
        entity: Key,
        sentences: SentenceIds,
        name: z.string().trim().min(1).max(300).optional(),
        ...Meta,
      })
      .strict(),
    z.object({ op: z.literal('rename'), entity: Key, name: z.string().trim().min(1).max(300), ...Meta }).strict(),
    z
      .object({
        op: z.literal('retype'),
        entity: Key,
        type: z.enum(ENTITY_TYPES).optional(),
        kind: z.enum([...ORG_KINDS, ...INCIDENT_KINDS]).optional(),
        ...Meta,
      })
      .strict(),
    /** exactly one of entity (not a real entity), link (not supported by its evidence), mention (not this entity) */
    z
      .object({
        op: z.literal('reject'),
        entity: Key.optional(),
        link: LinkRef.optional(),
        mention: MentionRef.optional(),
        ...Meta,
      })
      .strict(),
    z.object({ op: z.literal('confirm'), link: LinkRef, ...Meta }).strict(),
  ])
  .superRefine((j, ctx) => {
    if (j.op === 'retype' && j.type === undefined && j.kind === undefined)
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'give a type or a kind' });
    if (j.op === 'reject' && [j.entity, j.link, j.mention].filter((x) => x !== undefined).length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['entity'], message: 'give exactly one of entity, link, mention' });
    }
    if (j.op === 'merge' && j.keep === j.merge)
      ctx.addIssue({ code: 'custom', path: ['merge'], message: 'cannot merge an entity with itself' });
    if (j.op === 'distinct' && j.a === j.b)
      ctx.addIssue({ code: 'custom', path: ['b'], message: 'an entity is not distinct from itself' });
  });
export type JudgementInput = z.infer<typeof JudgementInput>;
export type Judgement = JudgementInput & {
  id: string;
  at: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
};
export type JudgementOp = Judgement['op'];
export const JUDGEMENT_OPS: readonly JudgementOp[] = [
  'merge',
  'distinct',
  'split',
  'rename',
  'retype',
  'reject',
  'confirm',
];

/** The key of the entity a split creates: fixed by the judgement's id, so a rebuild from an export gives the same key. */
export function splitKey(j: { id: string }): string {
  return `split:${j.id}`;
}

/** entity keys a judgement is about (for lookups and for the overlay to clear); a split's includes the entity it creates */
export function judgementKeys(j: JudgementInput): string[] {
  switch (j.op) {
    case 'merge':
      return [j.keep, j.merge];
    case 'distinct':
      return [j.a, j.b];
    case 'split':
      return j.id ? [j.entity, splitKey({ id: j.id })] : [j.entity];
    case 'rename':
    case 'retype':
      return [j.entity];
    case 'reject':
      return j.entity ? [j.entity] : j.link ? [j.link.from, j.link.to] : j.mention ? [j.mention.entity] : [];
    case 'confirm':
      return [j.link.from, j.link.to];
  }
}

/** One line a person can read: "merged X into Y", "renamed X to N", … */
export function describeJudgement(j: JudgementInput): string {
  const link = (l: LinkRef) => `${l.type} ${l.from} → ${l.to}`;
  switch (j.op) {
    case 'merge':
      return `merged ${j.merge} into ${j.keep}`;
    case 'distinct':
      return `${j.a} and ${j.b} are different entities`;
    case 'split':
      return `split ${j.sentences.length} mention${j.sentences.length === 1 ? '' : 's'} off ${j.entity}${j.name ? ` as "${j.name}"` : ''}${j.id ? ` (${splitKey({ id: j.id })})` : ''}`;
    case 'rename':
      return `renamed ${j.entity} to "${j.name}"`;
    case 'retype':
      return `retyped ${j.entity} to ${[j.type, j.kind].filter(Boolean).join(' / ')}`;
    case 'reject':
      return j.entity
        ? `${j.entity} is not a real entity`
        : j.link
          ? `link not supported: ${link(j.link)}`
          : `mention in ${j.mention?.sentenceId ?? '?'} is not ${j.mention?.entity ?? '?'}`;
    case 'confirm':
      return `link confirmed: ${link(j.link)}`;
  }
}

const Stored = z.object({ id: z.string(), spec: z.string() });

function fromStored(row: unknown): Judgement {
  const { id, spec } = Stored.parse(row);
  const parsed = JudgementInput.parse(JSON.parse(spec));
  if (!parsed.at) throw new Error(`judgement ${id} has no date`);
  return {
    ...parsed,
    id,
    at: parsed.at,
    withdrawnAt: parsed.withdrawnAt ?? null,
    withdrawnBy: parsed.withdrawnBy ?? null,
  };
}

/** Every judgement (withdrawn ones too), oldest first. */
export async function listJudgements(graph: Graph): Promise<Judgement[]> {
  return graph.read((tx) => readAll(tx));
}

async function readAll(tx: ManagedTransaction): Promise<Judgement[]> {
  const res = await tx.run('MATCH (j:Judgement) RETURN j.id AS id, j.spec AS spec ORDER BY j.at, j.id');
  return res.records.map((r) => fromStored(r.toObject()));
}

export class JudgementConflict extends Error {}

/** Check a new judgement against the stored ones: a merge of two entities judged distinct (or the reverse) is refused. */
function conflictWith(j: JudgementInput, active: Judgement[]): string | null {
  const pair = (x: string, y: string) => [x, y].sort().join('\u0000');
  if (j.op === 'merge' || j.op === 'distinct') {
    const mine = j.op === 'merge' ? pair(j.keep, j.merge) : pair(j.a, j.b);
    for (const o of active) {
      if (j.op === 'merge' && o.op === 'distinct' && pair(o.a, o.b) === mine)
        return `judgement ${o.id} says these are different entities; withdraw it first`;
      if (j.op === 'distinct' && o.op === 'merge' && pair(o.keep, o.merge) === mine)
        return `judgement ${o.id} merged these; withdraw it first`;
    }
  }
  return null;
}

function complete(input: JudgementInput, now = new Date()): Judgement {
  return {
    ...input,
    id: input.id ?? `j_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    at: input.at ?? now.toISOString(),
    withdrawnAt: input.withdrawnAt ?? null,
    withdrawnBy: input.withdrawnBy ?? null,
  };
}

async function store(tx: ManagedTransaction, j: Judgement): Promise<void> {
  await tx.run(
    `MERGE (j:Judgement {id: $id})
     SET j.op = $op, j.who = $who, j.at = $at, j.why = $why, j.keys = $keys, j.spec = $spec, j.withdrawnAt = $withdrawnAt`,
    {
      id: j.id,
      op: j.op,
      who: j.who,
      at: j.at,
      why: j.why,
      keys: judgementKeys(j),
      spec: JSON.stringify(j),
      withdrawnAt: j.withdrawnAt,
    },
  );
}

/** The keys a judgement needs in the graph (a split's own entity is made by applying it, so it is not one). */
function targetKeys(j: JudgementInput): string[] {
  return j.op === 'split' ? [j.entity] : judgementKeys(j);
}

/** The sentences among `ids` where extraction (not a merge's copy) says `entity` is mentioned. */
async function sentencesNaming(tx: ManagedTransaction, entity: string, ids: string[]): Promise<string[]> {
  const res = await tx.run(
    `MATCH (s:Sentence)-[m:MENTIONS]->(:Entity {key: $entity}) WHERE s.id IN $ids AND m.viaJudgement IS NULL
     RETURN collect(DISTINCT s.id) AS ids`,
    { entity, ids },
  );
  return z.array(z.string()).parse(res.records[0]?.get('ids') ?? []);
}

/**
 * What a judgement needs and the graph lacks; empty when it can be applied. A split is applied while at least
 * one of its sentences still names the entity (`strict`: every one must, as when an analyst makes it).
 */
async function missingTargets(tx: ManagedTransaction, j: JudgementInput, strict = false): Promise<string[]> {
  const keys = targetKeys(j);
  const res = await tx.run(
    'UNWIND $keys AS key OPTIONAL MATCH (e:Entity {key: key}) RETURN key, e IS NOT NULL AS found',
    { keys },
  );
  const missing = res.records.filter((r) => r.get('found') !== true).map((r) => `entity ${String(r.get('key'))}`);
  if (missing.length) return missing;
  const link = j.op === 'confirm' ? j.link : j.op === 'reject' ? j.link : undefined;
  if (link) {
    const found = await tx.run(
      `MATCH (a:Entity {key: $from})-[r:${RelType.parse(link.type)}]->(b:Entity {key: $to}) RETURN count(r) AS n`,
      { from: link.from, to: link.to },
    );
    if (Number(found.records[0]?.get('n') ?? 0) === 0) return [`link ${link.type} ${link.from} → ${link.to}`];
  }
  if (j.op === 'reject' && j.mention) {
    const found = await sentencesNaming(tx, j.mention.entity, [j.mention.sentenceId]);
    if (found.length === 0) return [`mention of ${j.mention.entity} in ${j.mention.sentenceId}`];
  }
  if (j.op === 'split') {
    const found = new Set(await sentencesNaming(tx, j.entity, j.sentences));
    const gone = j.sentences.filter((id) => !found.has(id));
    if (found.size === 0 || (strict && gone.length)) return gone.map((id) => `mention of ${j.entity} in ${id}`);
  }
  return [];
}

export interface AddOptions {
  /** imports keep judgements whose targets are gone (they are reported as stale); the API refuses them */
  allowMissing?: boolean;
}

/** Validate, store and apply one judgement. Throws ZodError on bad input, JudgementConflict on a clash. */
export async function addJudgement(graph: Graph, input: unknown, options: AddOptions = {}): Promise<Judgement> {
  const j = complete(JudgementInput.parse(input));
  // stored and applied in one transaction: the graph never holds a judgement that is not applied
  await graph.write(async (tx) => {
    const active = (await readAll(tx)).filter((o) => o.withdrawnAt === null && o.id !== j.id);
    const conflict = j.withdrawnAt === null ? conflictWith(j, active) : null;
    if (conflict) throw new JudgementConflict(conflict);
    if (!options.allowMissing) {
      const missing = await missingTargets(tx, j, true);
      if (missing.length) throw new JudgementConflict(`not found: ${missing.join(', ')}`);
    }
    await store(tx, j);
    await applyJudgementsIn(tx);
  });
  forgetArticleCounts(graph);
  return j;
}

/** Mark a judgement withdrawn (it stays in the history) and give the graph back to extraction there. */
export async function withdrawJudgement(graph: Graph, id: string, who: string): Promise<Judgement | null> {
  const found = await graph.write(async (tx) => {
    const all = await readAll(tx);
    const j = all.find((o) => o.id === id);
    if (!j) return null;
    if (j.withdrawnAt !== null) return j;
    const withdrawn: Judgement = { ...j, withdrawnAt: new Date().toISOString(), withdrawnBy: who };
    await store(tx, withdrawn);
    await applyJudgementsIn(tx);
    return withdrawn;
  });
  forgetArticleCounts(graph);
  return found;
}

export interface JudgementReport {
  /** active judgements applied */
  applied: number;
  /** active judgements whose target is not in the graph: kept, not applied */
  stale: Array<{ id: string; op: JudgementOp; what: string; missing: string[] }>;
}

/** Props the overlay sets on entities, all removed when it is cleared. */
const OVERLAY_PROPS = [
  'judgedName',
  'judgedType',
  'judgedKind',
  'judgedAliases',
  'hiddenBy',
  'mergedInto',
  'rejectedBy',
  'judgedCopies',
];
/** Props the overlay sets on relationships (links, mentions, coverage), all removed when it is cleared. */
const OVERLAY_REL_PROPS = ['rejectedBy', 'confirmedBy', 'hiddenBy', 'judgedSentenceIds'];

/** Clear the overlay around `keys` (the targets of every judgement): afterwards the graph is what extraction wrote. */
async function clearOverlay(tx: ManagedTransaction, keys: string[]): Promise<void> {
  if (!keys.length) return;
  await tx.run(`UNWIND $keys AS key MATCH (e:Entity {key: key})-[r]-() WHERE r.viaJudgement IS NOT NULL DELETE r`, {
    keys,
  });
  // entities a split made exist only in the overlay
  await tx.run('UNWIND $keys AS key MATCH (e:Entity {key: key}) WHERE e.createdBy IS NOT NULL DETACH DELETE e', {
    keys,
  });
  await tx.run(
    `UNWIND $keys AS key MATCH (e:Entity {key: key})-[r]-()
     WHERE ${OVERLAY_REL_PROPS.map((p) => `r.${p} IS NOT NULL`).join(' OR ')}
     REMOVE ${OVERLAY_REL_PROPS.map((p) => `r.${p}`).join(', ')}`,
    { keys },
  );
  // An entity kept alive only by copied mentions (extraction no longer names it) goes, as the writer would have done.
  await tx.run(
    `UNWIND $keys AS key MATCH (e:Entity {key: key})
     WHERE e.judgedCopies IS NOT NULL AND NOT EXISTS { (e)<-[:MENTIONS|COVERS]-() }
     DETACH DELETE e`,
    { keys },
  );
  await tx.run(
    `UNWIND $keys AS key MATCH (e:Entity {key: key})
     REMOVE ${OVERLAY_PROPS.map((p) => `e.${p}`).join(', ')}
     SET e.searchText = reduce(s = e.name, x IN coalesce(e.aliases, []) | s + ' ' + x)`,
    { keys },
  );
}

/** Union-find over active merges: every merged key → the key kept for its group, with the judgement that hid it. */
function mergeGroups(
  merges: Array<Extract<Judgement, { op: 'merge' }>>,
): Map<string, { canonical: string; by: string }> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    return root;
  };
  const hiddenBy = new Map<string, string>();
  for (const m of merges) {
    const keep = find(m.keep);
    const gone = find(m.merge);
    if (keep === gone) continue;
    parent.set(gone, keep);
    hiddenBy.set(m.merge, m.id);
    if (gone !== m.merge) hiddenBy.set(gone, m.id);
  }
  const out = new Map<string, { canonical: string; by: string }>();
  for (const [k, by] of hiddenBy) out.set(k, { canonical: find(k), by });
  return out;
}

/**
 * Copy a hidden member's links and mentions onto its group's kept entity, each copy marked with the judgement
 * (`viaMerge` too: a split's copies are copied like extracted ones, a merge's never twice). A copy keeps the
 * original's properties, `hiddenBy` included, so what is hidden on the member stays hidden on the kept entity.
 */
async function copyOntoCanonical(
  tx: ManagedTransaction,
  canon: Record<string, string>,
  members: Array<{ key: string; by: string }>,
): Promise<void> {
  for (const type of ENTITY_REL_TYPES) {
    // Outgoing links of hidden members always; incoming ones only from visible entities (else the other side copies them).
    await tx.run(
      `UNWIND $members AS m
       MATCH (x:Entity {key: m.key})-[r:${type}]->(y:Entity)
       WHERE r.viaMerge IS NULL
       WITH m, r, coalesce($canon[x.key], x.key) AS fromKey, coalesce($canon[y.key], y.key) AS toKey
       WHERE fromKey <> toKey
       MATCH (a:Entity {key: fromKey}), (b:Entity {key: toKey})
       CREATE (a)-[c:${type}]->(b) SET c = properties(r), c.viaJudgement = m.by, c.viaMerge = true
       RETURN count(c) AS n`,
      { members, canon },
    );
    await tx.run(
      `UNWIND $members AS m
       MATCH (y:Entity)-[r:${type}]->(x:Entity {key: m.key})
       WHERE r.viaMerge IS NULL AND $canon[y.key] IS NULL
       WITH m, r, y, coalesce($canon[x.key], x.key) AS toKey
       WHERE y.key <> toKey
       MATCH (b:Entity {key: toKey})
       CREATE (y)-[c:${type}]->(b) SET c = properties(r), c.viaJudgement = m.by, c.viaMerge = true
       RETURN count(c) AS n`,
      { members, canon },
    );
  }
  await tx.run(
    `UNWIND $members AS m
     MATCH (x:Entity {key: m.key}), (k:Entity {key: $canon[m.key]})
     CALL (x, k, m) {
       MATCH (src)-[r:MENTIONS|COVERS]->(x) WHERE r.viaMerge IS NULL
       WITH src, r, k, m, type(r) AS t
       FOREACH (_ IN CASE WHEN t = 'MENTIONS' THEN [1] ELSE [] END | CREATE (src)-[c:MENTIONS]->(k) SET c = properties(r), c.viaJudgement = m.by, c.viaMerge = true)
       FOREACH (_ IN CASE WHEN t = 'COVERS' THEN [1] ELSE [] END | CREATE (src)-[c:COVERS]->(k) SET c = properties(r), c.viaJudgement = m.by, c.viaMerge = true)
       RETURN count(*) AS copied
     }
     SET x.hiddenBy = m.by, x.mergedInto = k.key, k.judgedCopies = true
     WITH k, x
     WITH k, collect(x.name) + reduce(acc = [], x2 IN collect(coalesce(x.aliases, [])) | acc + x2) AS names
     WITH k, [n IN coalesce(k.judgedAliases, k.aliases, []) + names WHERE n <> coalesce(k.judgedName, k.name)] AS pool
     WITH k, reduce(acc = [], n IN pool | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS aliases
     SET k.judgedAliases = aliases, k.searchText = reduce(s = coalesce(k.judgedName, k.name), n IN aliases | s + ' ' + n)`,
    { members, canon },
  );
}

const EntityTypeName = z.enum(ENTITY_TYPES);

/** Make the entity a split creates: the split entity's properties (type, kind, place, date…) under its own key and name. */
async function createSplitEntity(tx: ManagedTransaction, j: Extract<Judgement, { op: 'split' }>): Promise<void> {
  const found = await tx.run(
    `MATCH (a:Entity {key: $entity})
     OPTIONAL MATCH (s:Sentence {id: $first})-[m:MENTIONS]->(a)
     WITH a, collect(m.text) AS texts
     RETURN a.type AS type, coalesce($name, head(texts), a.name) AS name`,
    { entity: j.entity, first: j.sentences[0] ?? null, name: j.name ?? null },
  );
  const row = found.records[0];
  if (!row) return;
  const label = ENTITY_LABEL[EntityTypeName.parse(row.get('type'))];
  await tx.run(
    `MATCH (a:Entity {key: $entity})
     CREATE (b:Entity:${label} {key: $key})
     SET b = a {.*, key: $key, name: $name, aliases: [], searchText: $name, createdBy: $id, splitFrom: a.key}
     REMOVE b.mergedFrom, ${OVERLAY_PROPS.map((p) => `b.${p}`).join(', ')}`,
    { entity: j.entity, key: splitKey(j), name: z.string().parse(row.get('name')), id: j.id },
  );
}

/**
 * Take the mentions of `entity` in `sentenceIds` away from it (hidden, and for a split copied onto `into`), with
 * everything that rests on them: a link whose evidence lies only in those sentences is hidden (and copied), one
 * with other evidence keeps the rest in `judgedSentenceIds`; an article none of whose sentences names the entity
 * any more no longer mentions or covers it; an entity left with no mention is hidden.
 */
async function disownMentions(
  tx: ManagedTransaction,
  j: { id: string; entity: string; sentenceIds: string[]; into: string | null; rejected: boolean },
): Promise<void> {
  const params = { id: j.id, entity: j.entity, ids: j.sentenceIds, into: j.into, rejected: j.rejected };
  const taken = await tx.run(
    `MATCH (s:Sentence)-[m:MENTIONS]->(a:Entity {key: $entity})
     WHERE s.id IN $ids AND m.viaJudgement IS NULL AND m.hiddenBy IS NULL
     CALL (s, m) {
       MATCH (b:Entity {key: $into})
       CREATE (s)-[c:MENTIONS]->(b) SET c = properties(m), c.viaJudgement = $id
     }
     SET m.hiddenBy = $id, m.rejectedBy = CASE WHEN $rejected THEN $id ELSE m.rejectedBy END
     RETURN collect(DISTINCT s.id) AS sentences, collect(DISTINCT s.articleId) AS articles`,
    params,
  );
  const sentences = z.array(z.string()).parse(taken.records[0]?.get('sentences') ?? []);
  const articles = z.array(z.string()).parse(taken.records[0]?.get('articles') ?? []);
  if (!sentences.length) return;
  for (const type of ENTITY_REL_TYPES) {
    await tx.run(
      `MATCH (a:Entity {key: $entity})-[r:${type}]-(o:Entity)
       WHERE o <> a AND r.hiddenBy IS NULL AND r.viaJudgement IS NULL
       WITH r, o, startNode(r) = a AS out, coalesce(r.judgedSentenceIds, r.sentenceIds, []) AS current
       WITH r, o, out, [x IN current WHERE x IN $sentences] AS moved, [x IN current WHERE NOT x IN $sentences] AS rest
       WHERE size(moved) > 0
       CALL (r, o, out, moved) {
         MATCH (b:Entity {key: $into})
         FOREACH (_ IN CASE WHEN out THEN [1] ELSE [] END |
           CREATE (b)-[c:${type}]->(o) SET c = properties(r), c.sentenceIds = moved, c.viaJudgement = $id REMOVE c.judgedSentenceIds)
         FOREACH (_ IN CASE WHEN out THEN [] ELSE [1] END |
           CREATE (o)-[c:${type}]->(b) SET c = properties(r), c.sentenceIds = moved, c.viaJudgement = $id REMOVE c.judgedSentenceIds)
       }
       SET r.hiddenBy = CASE WHEN size(rest) = 0 THEN $id ELSE null END,
           r.judgedSentenceIds = CASE WHEN size(rest) = 0 THEN r.judgedSentenceIds ELSE rest END`,
      { ...params, sentences },
    );
  }
  // article level: the split entity is mentioned (and, an incident, covered) where its sentences are
  await tx.run(
    `UNWIND $articles AS articleId
     MATCH (art:Article {id: articleId})-[am:MENTIONS|COVERS]->(a:Entity {key: $entity})
     WHERE am.hiddenBy IS NULL AND am.viaJudgement IS NULL
     WITH art, am, a, type(am) AS t,
          COUNT { (:Sentence {articleId: art.id})-[m:MENTIONS]->(a) WHERE m.hiddenBy IS NULL } AS left,
          COUNT { (:Sentence {articleId: art.id})-[m:MENTIONS]->(a) WHERE m.hiddenBy = $id } AS moved
     CALL (art, am, t, moved) {
       MATCH (b:Entity {key: $into})
       FOREACH (_ IN CASE WHEN t = 'MENTIONS' THEN [1] ELSE [] END | CREATE (art)-[c:MENTIONS]->(b) SET c = properties(am), c.count = moved, c.viaJudgement = $id)
       FOREACH (_ IN CASE WHEN t = 'COVERS' THEN [1] ELSE [] END | CREATE (art)-[c:COVERS]->(b) SET c = properties(am), c.viaJudgement = $id)
     }
     WITH am, left WHERE left = 0
     SET am.hiddenBy = $id`,
    { ...params, articles },
  );
  await tx.run(
    `MATCH (a:Entity {key: $entity}) WHERE a.hiddenBy IS NULL
       AND NOT EXISTS { (:Sentence)-[m:MENTIONS]->(a) WHERE m.hiddenBy IS NULL }
     SET a.hiddenBy = $id`,
    params,
  );
}

/** The judgement with every entity key it names passed through `to` (a split's own key is fixed by its id). */
function rekeyJudgement(j: Judgement, to: (key: string) => string): Judgement {
  const link = (l: LinkRef): LinkRef => ({ ...l, from: to(l.from), to: to(l.to) });
  switch (j.op) {
    case 'merge':
      return { ...j, keep: to(j.keep), merge: to(j.merge) };
    case 'distinct':
      return { ...j, a: to(j.a), b: to(j.b) };
    case 'split':
    case 'rename':
    case 'retype':
      return { ...j, entity: to(j.entity) };
    case 'reject':
      return {
        ...j,
        ...(j.entity ? { entity: to(j.entity) } : {}),
        ...(j.link ? { link: link(j.link) } : {}),
        ...(j.mention ? { mention: { ...j.mention, entity: to(j.mention.entity) } } : {}),
      };
    case 'confirm':
      return { ...j, link: link(j.link) };
  }
}

// A surname-only person ("person:local:<scope>:<surname>") is deleted when its article's mentions join the one
// person of that surname (src/graph/person-identity.ts, src/graph/late-joins.ts), which records it in
// `surnameJoins` ("<article>\t<lone key>"): a seek of the surname index.
const JOINED_LONE_SURNAMES = `
UNWIND $rows AS row
MATCH (p:Person {surname: row.surname}) USING INDEX SEEK p:Person(surname)
WHERE any(x IN coalesce(p.surnameJoins, []) WHERE x ENDS WITH '\t' + row.key)
  AND NOT EXISTS { MATCH (:Entity {key: row.key}) }
WITH row, collect(p.key) AS to WHERE size(to) = 1
RETURN row.key AS key, to[0] AS to`;

/**
 * Judgements naming a surname-only key that has since joined a person follow it: they apply to that person, as
 * they would have applied to the surname's mentions (the judgement itself keeps the key the analyst named).
 */
async function followSurnameJoins(tx: ManagedTransaction, judgements: Judgement[]): Promise<Judgement[]> {
  const rows = [...new Set(judgements.flatMap(judgementKeys))].flatMap((key) => {
    const surname = loneSurnameOf(key);
    return surname ? [{ key, surname }] : [];
  });
  if (!rows.length) return judgements;
  const res = await tx.run(JOINED_LONE_SURNAMES, { rows });
  const moved = new Map(res.records.map((r) => [z.string().parse(r.get('key')), z.string().parse(r.get('to'))]));
  return moved.size ? judgements.map((j) => rekeyJudgement(j, (k) => moved.get(k) ?? k)) : judgements;
}

/** Clear the overlay and apply every active judgement again, oldest first (merges before the rest). */
export async function applyAllJudgements(graph: Graph): Promise<JudgementReport> {
  const report = await graph.write((tx) => applyJudgementsIn(tx));
  forgetArticleCounts(graph);
  return report;
}

/**
 * Clear the overlay and apply every active judgement again, inside `tx`: the ingest writer calls this in each
 * batch's own transaction, so no committed state ever holds extraction without the judgements over it.
 * Order: splits and rejected mentions (on what extraction wrote), then merges, then the rest, each group oldest
 * first; a judgement's targets are checked when its turn comes, so one about a split's entity finds it.
 */
export async function applyJudgementsIn(tx: ManagedTransaction): Promise<JudgementReport> {
  const stored = await readAll(tx);
  if (!stored.length) return { applied: 0, stale: [] };
  const all = await followSurnameJoins(tx, stored);
  await clearOverlay(tx, [...new Set([...stored, ...all].flatMap(judgementKeys))]);
  const report: JudgementReport = { applied: 0, stale: [] };
  const active = all.filter((j) => j.withdrawnAt === null);
  const usable = async (j: Judgement): Promise<boolean> => {
    const missing = await missingTargets(tx, j);
    if (missing.length) report.stale.push({ id: j.id, op: j.op, what: describeJudgement(j), missing });
    else report.applied++;
    return missing.length === 0;
  };
  const onMentions = active.filter((j) => j.op === 'split' || (j.op === 'reject' && j.mention !== undefined));
  for (const j of onMentions) {
    if (!(await usable(j))) continue;
    if (j.op === 'split') {
      await createSplitEntity(tx, j);
      await disownMentions(tx, {
        id: j.id,
        entity: j.entity,
        sentenceIds: j.sentences,
        into: splitKey(j),
        rejected: false,
      });
    } else if (j.op === 'reject' && j.mention) {
      await disownMentions(tx, {
        id: j.id,
        entity: j.mention.entity,
        sentenceIds: [j.mention.sentenceId],
        into: null,
        rejected: true,
      });
    }
  }
  const merges: Array<Extract<Judgement, { op: 'merge' }>> = [];
  for (const j of active) if (j.op === 'merge' && (await usable(j))) merges.push(j);
  const groups = mergeGroups(merges);
  if (groups.size) {
    const canon = Object.fromEntries([...groups].map(([k, g]) => [k, g.canonical]));
    await copyOntoCanonical(
      tx,
      canon,
      [...groups].map(([key, g]) => ({ key, by: g.by })),
    );
  }
  for (const j of active) {
    if (j.op === 'merge' || onMentions.includes(j) || !(await usable(j))) continue;
    if (j.op === 'rename') {
      await tx.run(
        `MATCH (e:Entity {key: $key})
         WITH e, [n IN coalesce(e.judgedAliases, e.aliases, []) + [e.name] WHERE n <> $name] AS pool
         WITH e, reduce(acc = [], n IN pool | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS aliases
         SET e.judgedName = $name, e.judgedAliases = aliases, e.searchText = reduce(s = $name, n IN aliases | s + ' ' + n)`,
        { key: j.entity, name: j.name },
      );
    } else if (j.op === 'retype') {
      await tx.run(
        'MATCH (e:Entity {key: $key}) SET e.judgedType = coalesce($type, e.judgedType), e.judgedKind = coalesce($kind, e.judgedKind)',
        {
          key: j.entity,
          type: j.type ?? null,
          kind: j.kind ?? null,
        },
      );
    } else if (j.op === 'reject' && j.entity) {
      await tx.run('MATCH (e:Entity {key: $key}) SET e.hiddenBy = $id, e.rejectedBy = $id', {
        key: j.entity,
        id: j.id,
      });
    } else if ((j.op === 'reject' || j.op === 'confirm') && j.link) {
      const set = j.op === 'reject' ? 'r.rejectedBy = $id, r.hiddenBy = $id' : 'r.confirmedBy = $id';
      await tx.run(
        `MATCH (a:Entity {key: $from})-[r:${RelType.parse(j.link.type)}]->(b:Entity {key: $to}) SET ${set}`,
        { from: j.link.from, to: j.link.to, id: j.id },
      );
    }
  }
  return report;
}

/** Stale judgements (targets gone) without changing anything: for the API. */
export async function staleJudgements(graph: Graph): Promise<JudgementReport['stale']> {
  return graph.read(async (tx) => {
    const out: JudgementReport['stale'] = [];
    for (const j of await followSurnameJoins(tx, await readAll(tx))) {
      if (j.withdrawnAt !== null) continue;
      const missing = await missingTargets(tx, j);
      if (missing.length) out.push({ id: j.id, op: j.op, what: describeJudgement(j), missing });
    }
    return out;
  });
}

/** Active judgements about any of `keys` (the panel's "merged with X by analyst, date: reason"). */
export async function judgementsAbout(graph: Graph, keys: string[]): Promise<Judgement[]> {
  if (!keys.length) return [];
  return graph.read(async (tx) => {
    const res = await tx.run(
      `MATCH (j:Judgement) WHERE j.withdrawnAt IS NULL AND any(k IN j.keys WHERE k IN $keys)
       RETURN j.id AS id, j.spec AS spec ORDER BY j.at, j.id`,
      { keys },
    );
    return res.records.map((r) => fromStored(r.toObject()));
  });
}

/** Keys merged into `key` by judgement (hidden members), and the entity a hidden key was merged into. */
export async function mergedMembers(graph: Graph, key: string): Promise<{ into: string | null; members: string[] }> {
  return graph.read(async (tx) => {
    const res = await tx.run(
      `OPTIONAL MATCH (e:Entity {key: $key})
       OPTIONAL MATCH (m:Entity) WHERE m.mergedInto = $key
       RETURN e.mergedInto AS into, collect(m.key) AS members`,
      { key },
    );
    const r = res.records[0];
    return {
      into: z
        .string()
        .nullable()
        .parse(r?.get('into') ?? null),
      members: z.array(z.string()).parse(r?.get('members') ?? []),
    };
  });
}

/** Write judgements from an export (JSON lines), keeping their ids and dates; existing ids are overwritten. */
export async function importJudgements(
  graph: Graph,
  lines: Iterable<string>,
): Promise<{ imported: number; errors: string[] }> {
  const errors: string[] = [];
  const valid: Judgement[] = [];
  let n = 0;
  for (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      const parsed = JudgementInput.parse(JSON.parse(line));
      if (!parsed.id || !parsed.at) throw new Error('an exported judgement has an id and a date');
      valid.push(complete(parsed));
    } catch (err) {
      errors.push(
        `line ${n}: ${err instanceof z.ZodError ? z.prettifyError(err).replace(/\n/g, '; ') : err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  if (errors.length) return { imported: 0, errors };
  await graph.write(async (tx) => {
    for (const j of valid) await store(tx, j);
    await applyJudgementsIn(tx);
  });
  forgetArticleCounts(graph);
  return { imported: valid.length, errors };
}

/** JSON lines of every judgement, withdrawn ones included, oldest first. */
export async function exportJudgements(graph: Graph): Promise<string[]> {
  return (await listJudgements(graph)).map((j) => JSON.stringify(j));
}
