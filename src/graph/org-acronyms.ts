// Identity of organisations across articles, run in the write transaction beside person identity: a body an article
// names only by its acronym joins the one stored body (or body of an earlier article of the batch) that carries that
// acronym among its names, when the articles share another entity (src/resolution/acronym-join.ts). An acronym stored
// before its expansion ever was is joined when the expansion arrives (src/graph/late-joins.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import {
  ACRONYM_PATTERN,
  joinLoneAcronym,
  loneAcronymOf,
  meaningful,
  type AcronymCandidate,
} from '../resolution/acronym-join.js';
import { contextsByKeyWithin, decideReadingContexts, readContexts, withContext } from './entity-context.js';
import { rekeyRelations, type ArticleWrite } from './rows.js';

export interface OrgResolution {
  from: string;
  to: string;
  reason: string;
}

/**
 * acronymsText (src/resolution/acronym-join.ts) of a node's final aliases, in Cypher: those of an acronym's shape, each
 * between spaces; null (no property) for none. The writer sets it on every Organization it merges
 * (src/graph/writer.ts), the start-up backfill on those stored before (src/graph/acronyms-backfill.ts).
 */
export const ACRONYMS_OF = (aliases: string): string =>
  `reduce(s = null, x IN [a IN ${aliases} WHERE a =~ '${ACRONYM_PATTERN.replace(/\\/g, '\\\\')}'] | coalesce(s, ' ') + x + ' ')`;

// Organisations carrying one of the batch's lone acronyms as a name: a seek of the text index on their acronyms
// (cypher/schema.cypher organization_acronyms) per acronym, so the cost follows the bodies that carry those acronyms,
// not the number of bodies stored; the aliases themselves decide. Run only when the batch has one. A body's context
// (the other entities of its articles, a read that grows with every article naming it) is read by ORG_CONTEXTS only
// when a join compares on it, with the only body bearing the acronym (rule persons/context-on-demand), and only within
// the keys it is compared with (rule orgs/context-within-batch).
export const ACRONYM_BEARERS = `
UNWIND $acronyms AS acronym
MATCH (o:Organization) USING TEXT INDEX o:Organization(acronyms) WHERE o.acronyms CONTAINS ' ' + acronym + ' '
WITH DISTINCT o WHERE any(a IN $acronyms WHERE a IN coalesce(o.aliases, []) AND o.name <> a)
RETURN o.key AS key, o.name AS name, coalesce(o.aliases, []) AS aliases`;

/**
 * the contexts of stored bodies by key (coMentionedKeys), read on demand and cut to the keys of `$within`
 * (acronymContextScope): rule orgs/context-within-batch
 */
export const ORG_CONTEXTS = contextsByKeyWithin('Organization');

/**
 * Rule orgs/context-within-batch: the keys a stored body's context can share with what it is compared with, so the
 * store reads the context within them only (ORG_CONTEXTS `$within`). A stored body's context is used in one place:
 * joinLoneAcronym's `theirs`, asked only for the keys of the lone acronym's `context` (the shared entities, and
 * their number in the reason). That context is an article's of the batch (contextOf, decideBatchAcronyms) for a
 * forward join, a stored lone acronym's article's (LONE_ACRONYMS, src/graph/late-joins.ts) for a late one; given
 * every context the bodies are compared with, the cut context shares the same keys with each, so the joins and their
 * reasons are those of the whole. Countries never count as shared (`meaningful`) and are left out. Reading only these
 * spares reading the key of every other entity of every article of a much-named body (issue 12).
 */
export function acronymContextScope(contexts: Iterable<readonly string[]>): string[] {
  const keys = new Set<string>();
  for (const c of contexts) for (const k of c) if (meaningful(k)) keys.add(k);
  return [...keys].sort();
}

const Stored = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
});
/** a stored body as ACRONYM_BEARERS reads it, its context not read yet */
export type StoredBody = z.infer<typeof Stored>;

/**
 * Acronym candidates for joinLoneAcronym of the stored bodies: with their contexts where read, else a context that
 * names the body in `unread` when read (withContext).
 */
export function bodyCandidates(
  bodies: readonly (StoredBody & { context?: string[] | null })[],
  unread: Set<string>,
): AcronymCandidate[] {
  return bodies.map((b) => withContext({ key: b.key, name: b.name, names: [b.name, ...b.aliases] }, b, unread));
}

/** Stored bodies bearing one of `acronyms` (ACRONYM_BEARERS), their contexts unread. */
export async function acronymBearers(tx: Pick<ManagedTransaction, 'run'>, acronyms: string[]): Promise<StoredBody[]> {
  return (await tx.run(ACRONYM_BEARERS, { acronyms })).records.map((r) => Stored.parse(r.toObject()));
}

/** the keys of the other named entities of an article of the batch, as a lone acronym of it is compared by */
export const contextOf = (w: ArticleWrite): string[] =>
  [...w.entities.person, ...w.entities.organization, ...w.entities.place].map((r) => r.key);

/** Decide every lone-acronym organisation of the batch, article by article in batch order. */
export async function resolveBatchAcronyms(
  tx: ManagedTransaction,
  writes: readonly ArticleWrite[],
): Promise<OrgResolution[][]> {
  const acronyms = [...new Set(writes.flatMap((w) => w.entities.organization.flatMap((r) => loneAcronymOf(r) ?? [])))];
  if (!acronyms.length) return writes.map(() => []);
  const bodies = await acronymBearers(tx, acronyms.sort());
  return decideReadingContexts(
    (read, unread) => decideBatchAcronyms(writes, bodyCandidates(read, unread)),
    bodies,
    readContexts(tx, ORG_CONTEXTS, { within: acronymContextScope(writes.map(contextOf)) }),
  );
}

/**
 * The decisions of resolveBatchAcronyms given the stored bodies it read (none for an empty store, the bulk path),
 * article by article in batch order; `known` grows with each article's bodies.
 */
export function decideBatchAcronyms(writes: readonly ArticleWrite[], known: AcronymCandidate[]): OrgResolution[][] {
  return writes.map((w) => {
    const out: OrgResolution[] = [];
    const context = contextOf(w);
    for (const row of w.entities.organization) {
      const acronym = loneAcronymOf(row);
      if (!acronym) continue;
      const join = joinLoneAcronym(acronym, row.key, context, known, w.article.id);
      if (join) out.push({ from: row.key, to: join.to, reason: join.reason });
    }
    // this article's bodies are candidates for the articles after it in the batch
    for (const row of w.entities.organization)
      known.push({ key: row.key, name: row.name, names: [row.name, ...row.aliases], context });
    return out;
  });
}

/** The write with its lone acronyms under the keys decided for them, each with its reason. */
export function applyOrgResolutions(w: ArticleWrite, resolutions: readonly OrgResolution[]): ArticleWrite {
  if (!resolutions.length) return w;
  const map = new Map(resolutions.map((r) => [r.from, r]));
  const k = (key: string) => map.get(key)?.to ?? key;
  const relations = rekeyRelations(w, k);
  return {
    ...w,
    entities: {
      ...w.entities,
      organization: w.entities.organization.map((r) => {
        const m = map.get(r.key);
        return m ? { ...r, key: m.to, reasons: [...(r.reasons ?? []), m.reason] } : r;
      }),
    },
    sentenceMentions: w.sentenceMentions.map((m) => ({ ...m, key: k(m.key) })),
    // one Article→Entity row per key: a body the article also names in full counts its mentions once
    articleMentions: [
      ...w.articleMentions
        .reduce((acc, m) => {
          const into = acc.get(k(m.key)) ?? { count: 0, title: [] };
          into.count += m.count;
          for (let i = 0; i + 1 < (m.title?.length ?? 0); i += 2)
            if (!into.title.some((_, j) => j % 2 === 0 && into.title[j] === m.title![i]))
              into.title.push(m.title![i]!, m.title![i + 1]!);
          return acc.set(k(m.key), into);
        }, new Map<string, { count: number; title: number[] }>())
        .entries(),
    ].map(([key, { count, title }]) => ({ key, count, ...(title.length ? { title } : {}) })),
    relations,
  };
}
