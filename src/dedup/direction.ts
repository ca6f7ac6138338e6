// Which of two near-duplicate articles is the original, decided from the pair alone so that the answer does
// not depend on which one was ingested first. In order:
//   1. publication time: the earlier instant when both give a time of day, else the earlier calendar day;
//   2. containment: when one text is notably shorter and mostly inside the other (a brief, a trimmed copy),
//      the longer one is the original it was cut from;
//   3. agency credit: an article whose dateline credits its own outlet ("MILAN (Northline Wire) -"), or from a
//      wire agency, beats one that credits an agency, which beats none; "(…, from wire reports)" counts as none;
//   4. the smaller article id, so the answer is always the same.
import { COPY_SIZE_RATIO, MIN_CONTAINMENT, similarity } from './compare.js';
import type { WordLists } from '../extract/word-lists.js';
import { agencyCredit } from '../news/conventions.js';
import { ALL_RULES_ON, firstMatch, type Rule, type RuleSwitches } from '../rules/index.js';

export { agencyCredit };

export interface DatedArticle {
  id: string;
  /** ISO calendar day or null */
  published: string | null;
  /** ISO instant when the time of day is known */
  publishedAt?: string | null | undefined;
  source?: string | null | undefined;
  text: string;
}

export type DirectionReason = 'published time' | 'published date' | 'containment' | 'agency credit' | 'article id';

export interface Direction {
  original: string;
  copy: string;
  reason: DirectionReason;
  /** id of the rule that decided */
  rule: string;
}

function instant(a: DatedArticle): number | null {
  if (!a.publishedAt) return null;
  const ms = Date.parse(a.publishedAt);
  return Number.isFinite(ms) ? ms : null;
}

interface PairInput {
  a: DatedArticle;
  b: DatedArticle;
  shinglesA: Int32Array;
  shinglesB: Int32Array;
  /** the news conventions: which outlets are wire agencies, what a credit line says */
  words: WordLists;
}

type DirectionRule = Rule<PairInput, DatedArticle> & { label: DirectionReason };
const rule = (name: string, label: DirectionReason, reason: string, apply: DirectionRule['apply']): DirectionRule => ({
  id: `direction/${name}`,
  family: 'direction',
  label,
  reason,
  apply,
});

/** Tried in order; the first that decides names the original. The last always decides. */
export const DIRECTION_RULES: readonly DirectionRule[] = [
  rule(
    'published-time',
    'published time',
    'Of two copies with a time of day, the earlier instant was published first.',
    ({ a, b }) => {
      const ta = instant(a),
        tb = instant(b);
      return ta !== null && tb !== null && ta !== tb ? (ta < tb ? a : b) : null;
    },
  ),
  rule(
    'published-date',
    'published date',
    'Of two dated copies, the earlier calendar day was published first.',
    ({ a, b }) =>
      a.published && b.published && a.published !== b.published ? (a.published < b.published ? a : b) : null,
  ),
  rule(
    'containment',
    'containment',
    'A notably shorter text mostly inside the other is a brief or trimmed copy of it: the longer one is the original.',
    ({ a, b, shinglesA, shinglesB }) => {
      const sim = similarity(shinglesA, shinglesB);
      return sim.sizeRatio < COPY_SIZE_RATIO && sim.containment >= MIN_CONTAINMENT
        ? shinglesA.length > shinglesB.length
          ? a
          : b
        : null;
    },
  ),
  rule(
    'agency-credit',
    'agency credit',
    'An outlet crediting itself in its dateline (or a wire agency) wrote the story; one crediting an agency copied it; a closing credit is weaker still.',
    ({ a, b, words }) => {
      const ca = agencyCredit(words, a.text, a.source),
        cb = agencyCredit(words, b.text, b.source);
      return ca !== cb ? (ca > cb ? a : b) : null;
    },
  ),
  rule(
    'article-id',
    'article id',
    'Nothing else decides: the smaller article id, so the answer never depends on ingestion order.',
    ({ a, b }) => (a.id < b.id ? a : b),
  ),
];

/**
 * The original of a near-duplicate pair and the copy that should point at it. `shinglesA`/`shinglesB` are the
 * fingerprint shingle sets of `a` and `b` (src/dedup/fingerprint.ts), used for the containment step.
 */
export function duplicateDirection(
  a: DatedArticle,
  b: DatedArticle,
  shinglesA: Int32Array,
  shinglesB: Int32Array,
  words: WordLists,
  switches: RuleSwitches = ALL_RULES_ON,
): Direction {
  const hit = firstMatch(DIRECTION_RULES, { a, b, shinglesA, shinglesB, words }, switches);
  const original = hit?.out ?? (a.id < b.id ? a : b);
  const r = hit?.rule as DirectionRule | undefined;
  return {
    original: original.id,
    copy: original === a ? b.id : a.id,
    reason: r?.label ?? 'article id',
    rule: r?.id ?? 'direction/article-id',
  };
}
