// Which of two near-duplicate articles is the original, decided from the pair alone so that the answer does
// not depend on which one was ingested first. In order:
//   1. publication time: the earlier instant when both give a time of day, else the earlier calendar day;
//   2. containment: when one text is notably shorter and mostly inside the other (a brief, a trimmed copy),
//      the longer one is the original it was cut from;
//   3. agency credit: an article whose dateline credits its own outlet ("MILAN (Northline Wire) -"), or from a
//      wire agency, beats one that credits an agency, which beats none; "(…, from wire reports)" counts as none;
//   4. the smaller article id, so the answer is always the same.
import { COPY_SIZE_RATIO, MIN_CONTAINMENT, similarity } from './compare.js';

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

/** "CITY[, Country] (Credit) - ": the credit in brackets of a dateline opening the text. */
const DATELINE_CREDIT = /^\s*[A-Z][\p{L}\p{N} .,'’-]{1,80}?\(([^()]{2,80})\)\s*[-–—]/u;
/** a byline before the dateline: "By Anna Keller\n" */
const BYLINE = /^\s*By [^\n]{1,100}\n/;
/** a credit that says the piece was put together from agency copy */
const FROM_WIRES = /\b(?:from|with)\s+(?:wire|agency|agencies|news agencies|wire services?)\b|\bwire reports\b|\bagencies\b/i;
const WIRE_OUTLET = /\b(?:wire|news agency|press agency|presse|press association|reuters|associated press|agence france|afp|dpa|xinhua|kyodo|ansa|efe|anadolu|upi|pa media)\b|^ap$/i;
/** a closing credit line: "(Reporting by …)", "(Reuters)", "© AFP 2016" */
const CLOSING_CREDIT = /(?:\(\s*reporting by\b|\(\s*(?:reuters|ap|afp)\s*\)|©\s*(?:reuters|ap|afp|the associated press))/i;

function outletName(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** 3: credits itself in its dateline, or is a wire outlet; 2: credits an agency; 1: a closing credit; 0: none. */
export function agencyCredit(text: string, source?: string | null): number {
  const credit = DATELINE_CREDIT.exec(text.replace(BYLINE, ''))?.[1]?.trim();
  if (credit && FROM_WIRES.test(credit)) return 0;
  if (credit && source && outletName(credit.split(/[,;]/)[0]!) === outletName(source)) return 3;
  if (source && WIRE_OUTLET.test(source.trim())) return 3;
  if (credit) return 2;
  return CLOSING_CREDIT.test(text.slice(-400)) ? 1 : 0;
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
