// Which of two near-duplicate articles is the original, decided from the pair alone so that the answer does
// not depend on which one was ingested first. In order:
//   1. publication time: the earlier instant when both give a time of day, else the earlier calendar day;
//   2. containment: when one text is notably shorter and mostly inside the other (a brief, a trimmed copy),
//      the longer one is the original it was cut from;
//   3. agency credit: an article whose dateline credits its own outlet ("MILAN (Northline Wire) -"), or from a
//      wire agency, beats one that credits an agency, which beats none; "(…, from wire reports)" counts as none;
//   4. the smaller article id, so the answer is always the same.
import { COPY_SIZE_RATIO, MIN_CONTAINMENT, similarity } from './compare.js';
import { agencyCredit } from '../news/conventions.js';

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
}


function instant(a: DatedArticle): number | null {
  if (!a.publishedAt) return null;
  const ms = Date.parse(a.publishedAt);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The original of a near-duplicate pair and the copy that should point at it. `shinglesA`/`shinglesB` are the
 * fingerprint shingle sets of `a` and `b` (src/dedup/fingerprint.ts), used for the containment step.
 */
export function duplicateDirection(a: DatedArticle, b: DatedArticle, shinglesA: Int32Array, shinglesB: Int32Array): Direction {
  const first = (original: DatedArticle, reason: DirectionReason): Direction =>
    ({ original: original.id, copy: original === a ? b.id : a.id, reason });

  const ta = instant(a);
  const tb = instant(b);
  if (ta !== null && tb !== null && ta !== tb) return first(ta < tb ? a : b, 'published time');
  if (a.published && b.published && a.published !== b.published) return first(a.published < b.published ? a : b, 'published date');

  const sim = similarity(shinglesA, shinglesB);
  if (sim.sizeRatio < COPY_SIZE_RATIO && sim.containment >= MIN_CONTAINMENT) {
    return first(shinglesA.length > shinglesB.length ? a : b, 'containment');
  }

  const ca = agencyCredit(a.text, a.source);
  const cb = agencyCredit(b.text, b.source);
  if (ca !== cb) return first(ca > cb ? a : b, 'agency credit');

  return first(a.id < b.id ? a : b, 'article id');
}
