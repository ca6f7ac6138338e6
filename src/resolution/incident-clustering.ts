// Incident nodes as a function of the set of incident frames (what each article reports about an incident),
// never of the order they arrived in. Pure: no driver, no I/O.
//
// Two frames are linked when the scored matcher (incident-matcher.ts) says they are the same event with a score at
// or above the threshold; the score of a pair depends on the two frames only (its TF-IDF weights are counted over
// the pair), so the links, their connected components and the clusters below are the same whichever frames were
// stored first. Within a component, links are taken best first (ties by frame keys) and join two clusters unless a
// pair across them is ruled out (different places, dates or kinds; two incidents of one article unless nothing but
// the article's own split tells them apart, see siblings): a chain of links never joins two events the matcher
// tells apart. A reference to a past event ("the 2015 attacks", a trial
// piece) never founds or shapes an incident: it joins the cluster of the frame it matches best, or none.
// An incident's key comes from one member, the frame with the smallest (extracted key, article id), so it is unique
// (an article's frames have distinct keys) and stable while that frame stays in the cluster.
import { dayRange } from '../extract/dates.js';
import { isViolentKind } from '../ontology/index.js';
import {
  contentWords,
  kindEvidence,
  placeEvidence,
  pastEventDateBlock,
  scoreCandidate,
  type CandidateScore,
  type IncidentFacts,
  type MatcherOptions,
  MATCH_THRESHOLD,
  COMMON_WORD_WEIGHT,
  DATE_WINDOW_DAYS,
  REPORT_LAG_DAYS,
  streetAddresses,
  wordWeight,
} from './incident-matcher.js';

export { streetAddresses };

export interface IncidentFrame extends IncidentFacts {
  /** unique: `<articleId>|<extractedKey>` */
  key: string;
  articleId: string;
  /** the key the extractor gave the incident within its article */
  extractedKey: string;
  /** the extractor's name for it ("Shooting in Leeds (2025-03-02)") */
  name: string;
  reference: boolean;
}

/** a reference to a past event must reach this score with a frame to join its incident (kind and place carry it) */
export const REFERENCE_THRESHOLD = 2;
/**
 * ... and this much of it must come from evidence of that very event (its date, its people, names or words both
 * texts carry), not from kind and place alone: a city sees more than one massacre over the years, and a trial piece
 * filed from the capital refers to an event elsewhere that its dateline does not place
 */
export const REFERENCE_SPECIFIC_POINTS = 0.5;
/**
 * An undated report that no report near its publication matches may be about an earlier event the article does not
 * flag as past ("the murder in Woolwich" in a report published months later): it joins that event when it scores at
 * least this as a reference. The extractor did not say it was one, and a later piece shares its town's name and its
 * outlet's words with any earlier report from there, so the bar is half a point above an ordinary match's (on the
 * gun-violence dev set, 3 joined two later pieces to other shootings in their city; 3.5 none, and no fewer joins).
 */
export const UNDATED_REFERENCE_THRESHOLD = MATCH_THRESHOLD + 0.5;
/** names both articles carry add at most this (counted over the two compared frames only, so any shared name counts as rare) */
export const MAX_NAME_POINTS = 2.5;

export function frameKey(articleId: string, extractedKey: string): string {
  return `${articleId}|${extractedKey}`;
}

/** The Incident key of a cluster whose canonical member is `f`: its extracted key, made unique by its article. */
export function incidentKeyOf(f: Pick<IncidentFrame, 'articleId' | 'extractedKey'>): string {
  // the extractor's own per-article keys carry the article id as a slug ("incident:a-0123…:2")
  const slug = f.articleId.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  return f.extractedKey.includes(f.articleId) || f.extractedKey.includes(slug)
    ? f.extractedKey
    : `${f.extractedKey}:${f.articleId}`;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A describing text's words as pairSimilarity weighs them, computed once per frame: the words in order, their set, and
 * each distinct word (in the order first seen) with its sublinear term frequency (1 + log count) and its lexicon weight.
 */
interface TextTerms {
  words: string[];
  /** each distinct word's position in `distinct` */
  index: ReadonlyMap<string, number>;
  distinct: string[];
  tf: number[];
  weight: number[];
}

function textTerms(words: string[]): TextTerms {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const distinct = [...counts.keys()];
  return {
    words,
    index: new Map(distinct.map((w, i) => [w, i])),
    distinct,
    tf: distinct.map((w) => 1 + Math.log(counts.get(w)!)),
    weight: distinct.map(wordWeight),
  };
}

/** the idf factor of a word in one or both texts of a pair (log(1 + 2 / df), df counted over the pair) */
const IDF_ONE = Math.log(1 + 2 / 1);
const IDF_BOTH = Math.log(1 + 2 / 2);

const NO_PLACE_WORDS: ReadonlySet<string> = new Set();

/**
 * A describing text's terms per frame object, for every scorer (a frame's text is never changed in place): the stored
 * frames come back batch after batch, each batch with scorers of its own (issue 12)
 */
const termsOfFrame = new WeakMap<IncidentFacts, TextTerms>();

/**
 * TF-IDF cosine of two describing texts with weights counted over the pair, tokens cached per frame. The same
 * arithmetic, in the same order, as tfidfCosine over the pair's words (so the same bits), without building the
 * texts' vectors again for every pair (a neighbourhood scores hundreds of thousands). Nothing is built per pair but
 * the few shared words (issue 12: a set, a map and an array per pair were much of the writer's garbage).
 */
export function pairSimilarity(
  placeNamesApart = false,
): (a: IncidentFacts, b: IncidentFacts) => { cosine: number; shared: string[] } {
  const termsOf = (f: IncidentFacts) => {
    let t = termsOfFrame.get(f);
    if (!t) termsOfFrame.set(f, (t = textTerms(contentWords(f.text))));
    return t;
  };
  const placeNameWords = new Map<string, string[]>();
  const placeNameWordsOf = (name: string) => {
    let ws = placeNameWords.get(name);
    if (!ws) placeNameWords.set(name, (ws = contentWords(name)));
    return ws;
  };
  return (a, b) => {
    const ta = termsOf(a),
      tb = termsOf(b);
    if (!ta.words.length || !tb.words.length) return { cosine: 0, shared: [] };
    const sa = ta.index,
      sb = tb.index;
    // the places' names, scored already as place evidence, weigh as common words when asked
    const placeWords =
      placeNamesApart && a.place && b.place
        ? new Set([a, b].flatMap((f) => placeNameWordsOf(f.place!.name)))
        : NO_PLACE_WORDS;
    const weight = (w: string) => (placeWords.has(w) ? COMMON_WORD_WEIGHT : wordWeight(w));
    // tfidfCosine(wa, wb, idf) with idf(w) = weight(w) * log(1 + 2 / (words of the pair holding w))
    const idf = (t: TextTerms, i: number, w: string, inBoth: boolean) =>
      (placeWords.size && placeWords.has(w) ? COMMON_WORD_WEIGHT : t.weight[i]!) * (inBoth ? IDF_BOTH : IDF_ONE);
    let nb = 0;
    for (let j = 0; j < tb.distinct.length; j++) {
      const w = tb.distinct[j]!;
      const y = tb.tf[j]! * idf(tb, j, w, sa.has(w));
      nb += y * y;
    }
    let dot = 0,
      na = 0;
    const both: string[] = [];
    for (let i = 0; i < ta.distinct.length; i++) {
      const w = ta.distinct[i]!;
      const j = sb.get(w);
      const x = ta.tf[i]! * idf(ta, i, w, j !== undefined);
      na += x * x;
      if (j !== undefined) {
        both.push(w);
        // b's term as the loop over b computed it (the same operands, so the same bits)
        const y = tb.tf[j]! * idf(tb, j, w, true);
        if (y) dot += x * y;
      }
    }
    const shared =
      both.length > 1
        ? both.sort((x, y) => weight(y) - weight(x) || y.length - x.length || cmp(x, y)).slice(0, 4)
        : both;
    return { cosine: na && nb ? dot / Math.sqrt(na * nb) : 0, shared };
  };
}

/**
 * The member whose key names the incident: one placed and dated by its article (its key says kind, place and
 * date) before one keyed by its article, then the smallest extracted key, then article id.
 */
export function canonicalFrame<F extends Pick<IncidentFrame, 'extractedKey' | 'articleId' | 'date' | 'place'>>(
  members: readonly F[],
): F {
  const rank = (f: F) => (f.date && f.place ? 0 : 1);
  return [...members].sort(
    (x, y) => rank(x) - rank(y) || cmp(x.extractedKey, y.extractedKey) || cmp(x.articleId, y.articleId),
  )[0]!;
}

export interface PairScorer {
  (a: IncidentFrame, b: IncidentFrame): CandidateScore;
}

/**
 * Scores of pairs of frames kept from one neighbourhood to the next (src/graph/incident-frames.ts): a pair's score
 * depends on its two frames' contents only, and the stored frames around a busy place and time come back batch after
 * batch, so a pair of them already scored is not scored again (measured in the issue-12 bench: scoring stored pairs
 * again was most of the writer's time). `contents` gives the identity of a frame's contents (a number that is never
 * given to other contents), or undefined for a frame not to be kept (one not read from the store). Holds at most
 * `limit` pairs in two generations of half as many: when the newer is full, the older is dropped and the newer becomes
 * the older, and a pair found in the older is copied to the newer (rule incidents/pair-store-by-age: the pairs of the
 * busy places and weeks come back batch after batch and stay, those of frames read again with new contents age out;
 * emptying the whole store at the limit scored them all again). Only the time changes, never a score.
 * `weight` gives what a value costs against the limit (1 unless given): a pair score is weighed by what it holds, so a
 * blocked pair kept as the shared BLOCKED_PAIR costs far less than a full score with its reasons (pairScoreWeight, in
 * bytes).
 */
export class PairScoreStore<V = CandidateScore> {
  private newer = new Map<number, Map<number, V>>();
  private older = new Map<number, Map<number, V>>();
  private newerSize = 0;
  private olderSize = 0;
  private newerUnits = 0;
  private olderUnits = 0;
  private readonly half: number;
  /** times the older generation was dropped, and pairs given to the store (not those copied from the older) */
  dropped = 0;
  added = 0;
  constructor(
    readonly contents: (f: IncidentFrame) => number | undefined,
    readonly limit = 400_000,
    private readonly weight: (v: V) => number = () => 1,
  ) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  get(x: number, y: number): V | undefined {
    const s = this.newer.get(x)?.get(y);
    if (s !== undefined) return s;
    const old = this.older.get(x)?.get(y);
    if (old !== undefined) this.put(x, y, old);
    return old;
  }

  set(x: number, y: number, s: V): void {
    this.added++;
    this.put(x, y, s);
  }

  private put(x: number, y: number, s: V): void {
    if (this.newerUnits >= this.half) {
      this.older = this.newer;
      this.olderSize = this.newerSize;
      this.olderUnits = this.newerUnits;
      this.newer = new Map();
      this.newerSize = 0;
      this.newerUnits = 0;
      this.dropped++;
    }
    let row = this.newer.get(x);
    if (!row) this.newer.set(x, (row = new Map<number, V>()));
    const had = row.get(y);
    if (had === undefined) this.newerSize++;
    else this.newerUnits -= this.weight(had);
    this.newerUnits += this.weight(s);
    row.set(y, s);
  }

  /** pairs held (a pair copied from the older generation to the newer counts twice) */
  get pairs(): number {
    return this.newerSize + this.olderSize;
  }

  /** what the pairs held weigh against the limit (a pair copied from the older generation to the newer counts twice) */
  get units(): number {
    return this.newerUnits + this.olderUnits;
  }
}

/**
 * What a blocked pair is kept as in a PairScoreStore: one shared verdict, not the matcher's full score. A blocked pair
 * never links (linked, referenceLinked), its score is 0, and no one reads its reasons, its key or why it was blocked
 * (reasons are read for the pairs that merge only), so the stored frames' blocked pairs (most of a neighbourhood's)
 * cost a map entry each and the store holds several times as many pairs in the same memory (issue 12: the store
 * turned over 94 times in 2,000 articles and pairs dropped from it were scored again).
 */
export const BLOCKED_PAIR: CandidateScore = Object.freeze({
  key: '',
  score: 0,
  blocked: 'blocked (kept without its reason)',
  reasons: Object.freeze([]) as unknown as string[],
  kindPlacePoints: 0,
});

/** what a pair kept as BLOCKED_PAIR costs: its map entry (measured: 36 bytes a pair in a store of a million) */
export const PAIR_ENTRY_BYTES = 40;

/**
 * The memory the store of pair scores may hold, in bytes as pairScoreWeight estimates them (rule
 * incidents/pair-store-bytes, issue 12: counted in pairs, a full score as 8 blocked ones, the store grew the ingest
 * process by about 140 KB an article, its reasons' strings being most of it, and would have reached several hundred
 * MB at its limit; a heap snapshot of the growth bench put 56 MB of the 92 MB grown between 160 and 560 articles in it).
 */
export const PAIR_SCORES_BYTES = 96 * 1024 * 1024;

/**
 * What a kept pair score weighs in a PairScoreStore (its `weight`), in bytes, an estimate on the high side: a blocked
 * pair its map entry; a full score its entry, the object, its key and its reasons (each a string built by
 * concatenation: a node per piece, about two bytes a character).
 */
export function pairScoreWeight(s: CandidateScore): number {
  if (s === BLOCKED_PAIR) return PAIR_ENTRY_BYTES;
  let bytes = PAIR_ENTRY_BYTES + 96 + 2 * s.key.length + 16 + 8 * s.reasons.length;
  for (const r of s.reasons) bytes += 64 + 2 * r.length;
  if (s.blocked !== null) bytes += 32 + 2 * s.blocked.length;
  return bytes;
}

/** The store of pair scores kept across neighbourhoods: `limit` in bytes as pairScoreWeight estimates them. */
export function pairScoreStore(
  contents: (f: IncidentFrame) => number | undefined,
  limit = PAIR_SCORES_BYTES,
): PairScoreStore {
  return new PairScoreStore<CandidateScore>(contents, limit, pairScoreWeight);
}

/**
 * Pairs of frames handed to the matcher (scoreCandidate) by every pairScorer of this process, and pairs a
 * neighbourhood search asked storedMayLink about (for the ingest bench: counts, unlike seconds, do not move with the
 * machine's load).
 */
export const pairCounts = { scored: 0, asked: 0 };

/**
 * The matcher's verdict on two frames, the same whichever is passed first. With `store`, pairs of frames whose
 * contents it knows are taken from it and kept in it (for the plain scorer only: see FrameScorers).
 */
export function pairScorer(opts: MatcherOptions = {}, placeNamesApart = false, store?: PairScoreStore): PairScorer {
  const similarity = pairSimilarity(placeNamesApart);
  const options = { maxNamePoints: MAX_NAME_POINTS, ...opts, similarity };
  // kindsRuleOut speaks for the default lexicon's kinds only
  const defaultKinds = opts.families === undefined && opts.crossFamily === undefined && opts.generic === undefined;
  // by the smaller key, then the other: no key pair string built per call (a neighbourhood scores millions of pairs)
  const memo = new Map<string, Map<string, CandidateScore>>();
  // a reference scores as the incoming side: its date rules are the reference's
  const compute = (x: IncidentFrame, y: IncidentFrame) => {
    pairCounts.scored++;
    return y.reference && !x.reference ? scoreCandidate(y, x, [], options) : scoreCandidate(x, y, [], options);
  };
  return (a, b) => {
    const first = cmp(a.key, b.key) <= 0;
    const x = first ? a : b,
      y = first ? b : a;
    if (store) {
      // two stored frames: kept in the store only, not in this scorer's memo as well (a search asks millions of
      // stored pairs, and a memo row per pair was most of its garbage)
      const cx = store.contents(x);
      const cy = cx === undefined ? undefined : store.contents(y);
      if (cx !== undefined && cy !== undefined) {
        let s = store.get(cx, cy);
        if (!s) {
          // kept as BLOCKED_PAIR whatever the matcher would say of it: not scored (incidents/kinds-rule-out)
          s = defaultKinds && kindsRuleOut(x, y) ? BLOCKED_PAIR : compute(x, y);
          store.set(cx, cy, s.blocked === null ? s : BLOCKED_PAIR);
        }
        return s;
      }
    }
    let row = memo.get(x.key);
    if (!row) memo.set(x.key, (row = new Map<string, CandidateScore>()));
    let s = row.get(y.key);
    if (!s) row.set(y.key, (s = compute(x, y)));
    return s;
  };
}

/**
 * The two scorers a neighbourhood search uses (src/graph/incident-frames.ts). Clustering may take `score` (a
 * pairScorer, the same verdict whichever frame is passed first, so the pairs the search scored are not scored again)
 * but never `asRefScore`: the undated-reference scorer memoises a pair by its two keys whichever of the two was read
 * as the reference, so a scorer asked both ways first would give clustering the other direction's score (measured:
 * other clusters).
 */
export interface FrameScorers {
  score: PairScorer;
  asRefScore: PairScorer;
}

/**
 * `store`: pair scores kept across searches, for `score` only (`asRefScore`'s memo depends on which of a pair was asked
 * as the reference first, within one search).
 */
export function frameScorers(opts: MatcherOptions = {}, store?: PairScoreStore): FrameScorers {
  return { score: pairScorer(opts, false, store), asRefScore: undatedReferenceScorer(opts) };
}

/**
 * The scorer of an undated report read as a reference to an earlier event. Both placed, the town's name in both
 * texts says nothing the place evidence has not said, and any earlier report from that town shares it (a sister
 * event the next weekend): names, streets and details must carry the words' share.
 */
export function undatedReferenceScorer(opts: MatcherOptions = {}): PairScorer {
  return pairScorer({ referenceKinds: false, ...opts }, true);
}

/** Can the two frames be one event at all (and with a score at or above `threshold`)? */
export function linked(score: CandidateScore, threshold: number): boolean {
  return score.blocked === null && score.score >= threshold;
}

/**
 * The most days apart two reports' time spans (timeSpan) may be when the matcher's date evidence does not block them:
 * two dates DATE_WINDOW_DAYS apart; an undated report (or a date on its own publication day, read as one) published
 * REPORT_LAG_DAYS + 1 after the other's date or a day before it; two undated reports published REPORT_LAG_DAYS apart.
 */
export const REPORT_SPAN_SLACK_DAYS = Math.max(DATE_WINDOW_DAYS, REPORT_LAG_DAYS + 1);

const timeSpans = new WeakMap<IncidentFrame, readonly [number, number] | null>();

/**
 * The days a report (not a reference) can be matched at, as day numbers: its date's range and its publication day;
 * null when neither reads as a date (the matcher then has no date evidence to block on). Per frame object, computed
 * once.
 */
export function timeSpan(f: IncidentFrame): readonly [number, number] | null {
  let span = timeSpans.get(f);
  if (span === undefined) {
    const d = f.date ? dayRange(f.date) : null,
      p = f.published ? dayRange(f.published) : null;
    span = d && p ? [Math.min(d[0], p[0]), Math.max(d[1], p[1])] : (d ?? p);
    timeSpans.set(f, span);
  }
  return span;
}

/**
 * Two reports whose time spans lie more than REPORT_SPAN_SLACK_DAYS apart: the matcher's date evidence blocks them
 * (dateEvidence), so they are not scored at all. A neighbourhood holds thousands of frames and most of its pairs are
 * weeks or years apart.
 */
function reportsApart(a: IncidentFrame, b: IncidentFrame): boolean {
  const sa = timeSpan(a),
    sb = timeSpan(b);
  if (!sa || !sb) return false;
  return sb[0] - sa[1] > REPORT_SPAN_SLACK_DAYS || sa[0] - sb[1] > REPORT_SPAN_SLACK_DAYS;
}

/**
 * The pairs [i, j] (i < j) of `reports` that are not reportsApart: a sweep over their time spans sorted by start, so a
 * neighbourhood of thousands of reports over months pairs each only with those of its weeks, not with all the others
 * (reports without a span pair with every one). Each pair once, in no particular order.
 */
export function pairsNearInTime(reports: readonly IncidentFrame[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  eachPairNearInTime(reports, (i, j) => out.push([i, j]));
  return out;
}

/**
 * pairsNearInTime's pairs handed to `visit` one by one (i < j), none kept: a neighbourhood of thousands of reports has
 * millions of them, and an array of them was much of clustering's garbage (issue 12).
 */
export function eachPairNearInTime(reports: readonly IncidentFrame[], visit: (i: number, j: number) => void): void {
  // each report's span read once (the inner loop below runs once per pair near in time: millions in a busy batch)
  const spans = reports.map(timeSpan);
  const spanned: number[] = [];
  const unspanned: number[] = [];
  for (let i = 0; i < reports.length; i++) (spans[i] ? spanned : unspanned).push(i);
  spanned.sort((x, y) => spans[x]![0] - spans[y]![0]);
  const starts = spanned.map((i) => spans[i]![0]);
  for (let p = 0; p < spanned.length; p++) {
    const i = spanned[p]!;
    const end = spans[i]![1] + REPORT_SPAN_SLACK_DAYS;
    // later in the order, a span starts no earlier, so it lies within the slack before this one's start
    for (let q = p + 1; q < spanned.length && starts[q]! <= end; q++) {
      const j = spanned[q]!;
      if (i < j) visit(i, j);
      else visit(j, i);
    }
  }
  // two unspanned reports once, from the first of them
  const rank = new Map(unspanned.map((i, u) => [i, u]));
  for (let u = 0; u < unspanned.length; u++) {
    const i = unspanned[u]!;
    for (let k = 0; k < reports.length; k++) {
      if (k === i) continue;
      const v = rank.get(k);
      if (v !== undefined && v < u) continue;
      if (i < k) visit(i, k);
      else visit(k, i);
    }
  }
}

/**
 * frameLink's verdicts at MATCH_THRESHOLD on pairs of stored frames, kept from one clustering to the next by the two
 * frames' contents (a row per frame, then the other's contents: frameLink gives the same verdict whichever is passed
 * first). clusterFrames asks every reference about every incident of the neighbourhood and every two incidents near in
 * time, batch after batch, for about a thousand frames to place sixty new ones (issue 12): through the pair scorer each
 * such verdict cost a key comparison, two contents look-ups and a score store's two generations, most of clustering's
 * time once the scores were kept. Kept verdicts are never wrong, only held: at `limit` pairs all are dropped.
 */
export class LinkVerdicts {
  private rows = new Map<number, Map<number, boolean>>();
  private held = 0;
  /** times the verdicts were all dropped at the limit */
  dropped = 0;
  constructor(
    readonly contents: (f: IncidentFrame) => number | undefined,
    readonly limit = 3_000_000,
  ) {}

  /** the verdicts kept for the frame `f` against others, or undefined when its contents are not known */
  row(f: IncidentFrame): Map<number, boolean> | undefined {
    const c = this.contents(f);
    if (c === undefined) return undefined;
    let row = this.rows.get(c);
    if (!row) this.rows.set(c, (row = new Map<number, boolean>()));
    return row;
  }

  /** frameLink(score, a, b), from `row` (the verdicts of `a`, by row(a)) when `b`'s contents are known */
  link(row: Map<number, boolean> | undefined, score: PairScorer, a: IncidentFrame, b: IncidentFrame): boolean {
    return this.linkKnown(row, row === undefined ? undefined : this.contents(b), score, a, b);
  }

  /**
   * link(row, score, a, b) with `b`'s contents (this.contents(b)) given: clustering asks each frame about many, and
   * looks each frame's contents up once, not once per pair
   */
  linkKnown(
    row: Map<number, boolean> | undefined,
    cb: number | undefined,
    score: PairScorer,
    a: IncidentFrame,
    b: IncidentFrame,
  ): boolean {
    if (row === undefined || cb === undefined) return frameLink(score, a, b);
    let v = row.get(cb);
    if (v === undefined) {
      v = frameLink(score, a, b);
      if (this.held >= this.limit) {
        this.rows = new Map();
        this.held = 0;
        this.dropped++;
      }
      row.set(cb, v);
      this.held++;
    }
    return v;
  }

  /** verdicts held */
  get pairs(): number {
    return this.held;
  }
}

/** Whether `a` and `b` are linked: two incidents, or a reference and an incident, as the matcher scores them. */
export function frameLink(score: PairScorer, a: IncidentFrame, b: IncidentFrame, threshold = MATCH_THRESHOLD): boolean {
  if (!frameLinkScored(a, b)) return false;
  if (!(a.reference || b.reference)) return linked(score(a, b), threshold);
  return referenceLinked(score(a, b));
}

/**
 * Whether frameLink asks the scorer about `a` and `b` at all: two frames of other articles, not two references, both
 * anchored, and two reports not reportsApart. When it does not, they are not linked.
 */
function frameLinkScored(a: IncidentFrame, b: IncidentFrame): boolean {
  if (a.articleId === b.articleId || (a.reference && b.reference)) return false;
  if (!anchored(a) || !anchored(b)) return false;
  if (a.reference) return referenceDatesMayLink(a, b);
  if (b.reference) return referenceDatesMayLink(b, a);
  return !reportsApart(a, b);
}

/**
 * A necessary condition, from the two frames' dates alone, for the matcher not to block the reference `r` (the
 * incoming side, as pairScorer scores it) and the report `f`: scoreCandidate returns every pair dateEvidence blocks
 * as blocked. A dated reference's date rules are a report's (reportsApart); an undated one's are a past event's
 * (pastEventDateBlock). A neighbourhood search asks each reference about every frame it reads, and clustering about
 * every incident (issue 12): most of them were reported after the reference's article, or outside its month or year.
 */
export function referenceDatesMayLink(r: IncidentFrame, f: IncidentFrame): boolean {
  return r.date ? !reportsApart(r, f) : pastEventDateBlock(r, f) === null;
}

/** a reference and a report: the score reaches REFERENCE_THRESHOLD with REFERENCE_SPECIFIC_POINTS beyond kind and place */
export function referenceLinked(s: CandidateScore): boolean {
  return linked(s, REFERENCE_THRESHOLD) && s.score - (s.kindPlacePoints ?? 0) >= REFERENCE_SPECIFIC_POINTS;
}

/** an incident (not a reference) its article gives no date: it may be news of its day or an earlier event */
export function undatedReport(f: IncidentFrame): boolean {
  return !f.reference && !f.date;
}

/**
 * how many days before its publication a report's date may lie and still be the day of the news it reports (a
 * charge, an indictment, a death in hospital) rather than of the event it follows ("a man was indicted Tuesday in
 * the death of his stepdaughter", published Wednesday)
 */
export const FOLLOW_UP_DATED_DAYS = 2;

/**
 * A report that may follow an earlier incident: undated, or of a violent kind and dated on or at most
 * FOLLOW_UP_DATED_DAYS before its own publication (a day date), so its date may be the follow-up's and not the
 * event's. A follow-up of a kind of its own (a trial, an anniversary, dated on its day) is a node of its own that
 * points at the event (FOLLOW_UP_OF), never one more report of it.
 */
export function laterReport(f: IncidentFrame): boolean {
  let later = laterReports.get(f);
  if (later === undefined) laterReports.set(f, (later = isLaterReport(f)));
  return later;
}

/** laterReport per frame object (asked for every pair of a neighbourhood; a frame's facts are never changed in place) */
const laterReports = new WeakMap<IncidentFrame, boolean>();

function isLaterReport(f: IncidentFrame): boolean {
  if (undatedReport(f)) return true;
  if (f.reference || !f.date || !f.published || f.date.length !== 10) return false;
  if (f.kind && !isViolentKind(f.kind)) return false;
  const d = dayRange(f.date),
    p = dayRange(f.published);
  return !!d && !!p && p[0] - d[0] >= 0 && p[0] - d[0] <= FOLLOW_UP_DATED_DAYS;
}

const addressesOf = new WeakMap<IncidentFrame, ReadonlySet<string>>();

function frameAddresses(f: IncidentFrame): ReadonlySet<string> {
  let s = addressesOf.get(f);
  if (!s) addressesOf.set(f, (s = streetAddresses(f.text)));
  return s;
}

/**
 * the frame read as a reference to a past event (its date rules are a reference's): one object per frame object, so
 * what is computed once per frame (its words, time span, names) is not computed again for every pair it is read in
 */
function asReference(f: IncidentFrame): IncidentFrame {
  let r = asReferences.get(f);
  if (!r) asReferences.set(f, (r = { ...f, reference: true }));
  return r;
}
const asReferences = new WeakMap<IncidentFrame, IncidentFrame>();

/**
 * Whether `a` and `b` may be one incident: linked as reports or as a reference and a report, or one of them an
 * undated report that reads as a reference to the other (at UNDATED_REFERENCE_THRESHOLD).
 */
export function mayLink(
  score: PairScorer,
  asRefScore: PairScorer,
  a: IncidentFrame,
  b: IncidentFrame,
  threshold = MATCH_THRESHOLD,
): boolean {
  if (frameLink(score, a, b, threshold)) return true;
  if (undatedLink(asRefScore, a, b) || undatedLink(asRefScore, b, a)) return true;
  return personFollowUp(a, b) !== null || personFollowUp(b, a) !== null;
}

/**
 * Rule incidents/kinds-rule-out (issue 12): two frames whose kinds the default lexicon keeps apart (kindEvidence
 * blocks them, either way round) are never linked by mayLink with the default scorers, and need not be asked: every
 * score they are given is blocked, as personFollowUp is, unless one of them is a reference and both kinds are violent
 * (a reference may name the event in its own words: referenceKindEvidence). The kinds, not the frames, decide it, so
 * a neighbourhood search skips these pairs before any time, place or person is looked at.
 */
export function kindsRuleOut(a: IncidentFacts, b: IncidentFacts): boolean {
  if (!a.kind || !b.kind) return false;
  if (kindEvidence(a.kind, b.kind).blocked === null || kindEvidence(b.kind, a.kind).blocked === null) return false;
  return !((a.reference || b.reference) && isViolentKind(a.kind) && isViolentKind(b.kind));
}

/**
 * mayLink(score, asRefScore, a, b), kept in `store` (when given) from one neighbourhood search to the next for two
 * frames whose contents it knows (by `a`'s contents, then `b`'s: the verdict is asked in that order). A search asks each pair of
 * stored frames once, and the stored frames of a busy place and time are asked again batch after batch (issue 12:
 * most of the writer's time at 1,200 articles); the verdict depends on the two frames' contents only.
 */
export function storedMayLink(
  store: PairScoreStore<boolean> | undefined,
  /** scorers of the default lexicon (frameScorers without `families`, `crossFamily` or `generic`: kindsRuleOut) */
  score: PairScorer,
  asRefScore: PairScorer,
  a: IncidentFrame,
  b: IncidentFrame,
): boolean {
  pairCounts.asked++;
  if (kindsRuleOut(a, b)) return false;
  // most pairs a search asks (measured: three in four at 1,000 bench articles) are reports weeks apart in time that no
  // scorer is asked about: their verdict is personFollowUp's alone, found without a scorer, and is not kept (keeping
  // millions of them filled the store, and it started again empty every few batches)
  if (!frameLinkScored(a, b) && !undatedLinkScored(a, b) && !undatedLinkScored(b, a))
    return personFollowUp(a, b) !== null || personFollowUp(b, a) !== null;
  if (!store) return mayLink(score, asRefScore, a, b);
  const ca = store.contents(a),
    cb = store.contents(b);
  if (ca === undefined || cb === undefined) return mayLink(score, asRefScore, a, b);
  let v = store.get(ca, cb);
  if (v === undefined) store.set(ca, cb, (v = mayLink(score, asRefScore, a, b)));
  return v;
}

/**
 * A report that storedMayLink links to another such report only by their dates or by a person or an address they
 * share: not a reference, dated (so not an undated report), with a time span of at most BOUNDED_SPAN_DAYS. Two of them
 * reportsApart are linked by personFollowUp only (never scored as two reports, never read as an undated reference),
 * and that needs a person both name or an address both give.
 */
function timeBounded(f: IncidentFrame): boolean {
  if (f.reference || !f.date) return false;
  const span = timeSpan(f);
  return !!span && span[1] - span[0] <= BOUNDED_SPAN_DAYS;
}

/** spans wider than this (a date given as a year or a season) are asked about every frame, as before */
const BOUNDED_SPAN_DAYS = 31;

/** what personFollowUp may find two frames share: the people both name, the addresses both give */
function followUpTies(f: IncidentFrame): string[] {
  return [...[...namedPeople(f)].map((k) => `p\u0000${k}`), ...[...frameAddresses(f)].map((a) => `a\u0000${a}`)];
}

/**
 * The frames of a neighbourhood search's frontier that storedMayLink may link to a frame `f`, in frontier order (rule
 * incidents/frontier-by-time, issue 12). A search asks every frame it reads about every frame of its frontier, and
 * both grow with the reports of a busy month: the pairs grew as the square of them. Two timeBounded reports
 * reportsApart are linked only by a person or an address they share (personFollowUp), so for a timeBounded `f` the
 * timeBounded frames given are those of its weeks (a search in the frontier sorted by start) and those sharing a
 * person or an address with it, with every frame that is not timeBounded. Any other `f` is given the whole frontier.
 * The verdicts are those of asking every pair: only pairs that cannot link are left out, and the order is the
 * frontier's, so `some` stops at the same frame.
 */
export class FrontierIndex {
  /** indices of frames not timeBounded, ascending */
  private readonly others: number[] = [];
  /** timeBounded frames by span start: index, start, end */
  private readonly bounded: Array<{ i: number; start: number; end: number }> = [];
  /** timeBounded frames by each person they name and address they give (followUpTies) */
  private readonly tied = new Map<string, number[]>();
  constructor(readonly frontier: readonly IncidentFrame[]) {
    this.seen = new Uint32Array(frontier.length);
    frontier.forEach((x, i) => {
      if (!timeBounded(x)) {
        this.others.push(i);
        return;
      }
      const [start, end] = timeSpan(x)!;
      this.bounded.push({ i, start, end });
      for (const t of followUpTies(x)) {
        const at = this.tied.get(t);
        if (at) at.push(i);
        else this.tied.set(t, [i]);
      }
    });
    this.bounded.sort((a, b) => a.start - b.start || a.i - b.i);
  }

  /** the frontier's frames that may link to `f`, in frontier order */
  candidates(f: IncidentFrame): readonly IncidentFrame[] {
    const out: IncidentFrame[] = [];
    this.some(f, (x) => {
      out.push(x);
      return false;
    });
    return out.length === this.frontier.length ? this.frontier : out;
  }

  /** the timeBounded frames near `f` in time or tied to it, past `others` (indices, ascending), in `this.given` */
  private readonly given: number[] = [];
  /** per frontier index, the call of `some` that put it in `given` (no index twice) */
  private readonly seen: Uint32Array;
  private call = 0;

  /**
   * Whether `test` holds for one of candidates(f), asked in frontier order and stopping at the first that holds (as
   * candidates(f).some(test)), with no array built per call: a search asks it of every frame it reads (issue 12).
   */
  some(f: IncidentFrame, test: (x: IncidentFrame) => boolean): boolean {
    const frontier = this.frontier;
    if (!timeBounded(f) || !this.bounded.length) {
      for (const x of frontier) if (test(x)) return true;
      return false;
    }
    const [start, end] = timeSpan(f)!;
    // a bounded frame x is near when x.start <= end + slack and x.end >= start - slack; x.end <= x.start + the widest
    // bounded span, so every near one starts at or after start - slack - BOUNDED_SPAN_DAYS
    const low = start - REPORT_SPAN_SLACK_DAYS - BOUNDED_SPAN_DAYS;
    let lo = 0,
      hi = this.bounded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.bounded[mid]!.start < low) lo = mid + 1;
      else hi = mid;
    }
    const call = ++this.call;
    const given = this.given;
    given.length = 0;
    for (let k = lo; k < this.bounded.length; k++) {
      const b = this.bounded[k]!;
      if (b.start - end > REPORT_SPAN_SLACK_DAYS) break;
      if (start - b.end <= REPORT_SPAN_SLACK_DAYS && this.seen[b.i] !== call) {
        this.seen[b.i] = call;
        given.push(b.i);
      }
    }
    if (this.tied.size)
      for (const t of followUpTies(f))
        for (const i of this.tied.get(t) ?? [])
          if (this.seen[i] !== call) {
            this.seen[i] = call;
            given.push(i);
          }
    if (given.length > 1) given.sort((a, b) => a - b);
    // the two ascending lists merged: frames not timeBounded and the bounded ones given (never in both)
    const others = this.others;
    let p = 0,
      q = 0;
    while (p < others.length || q < given.length) {
      const i = q >= given.length || (p < others.length && others[p]! < given[q]!) ? others[p++]! : given[q++]!;
      if (test(frontier[i]!)) return true;
    }
    return false;
  }
}

/** `undated`, an undated report read as a reference, links to the report `f` (scored by a scorer of its own: the
 * scores differ from the same pair's as two reports) */
function undatedLink(asRefScore: PairScorer, undated: IncidentFrame, f: IncidentFrame): boolean {
  return undatedLinkScored(undated, f) && linked(asRefScore(asReference(undated), f), UNDATED_REFERENCE_THRESHOLD);
}

/** Whether undatedLink asks its scorer about `undated` and `f` at all; when it does not, they are not linked. */
function undatedLinkScored(undated: IncidentFrame, f: IncidentFrame): boolean {
  if (!undatedReport(undated) || f.reference || undated.articleId === f.articleId) return false;
  // placed in the same country (what the graph's neighbourhood query fetches it by): a bare phrase is too weak
  if (!undated.place?.country || undated.place.country !== f.place?.country) return false;
  if (!anchored(undated) || !anchored(f)) return false;
  // read as a reference, its date rules are a past event's: a dated report after its publication, or outside its
  // month or year, is blocked (referenceDatesMayLink). Only for a dated `f`: the undated-reference scorer memoises a
  // pair whichever of the two was read as the reference, and a dated report is never read as one, so skipping the
  // pair never changes what the other direction is given
  return !f.date || pastEventDateBlock(undated, f) === null;
}

/**
 * how many days after an incident an undated report naming its victim or perpetrator may still be a follow-up of it (an
 * arrest, a charge, a funeral, a hearing months on; measured on the gun-violence dev set: follow-ups came 7 to 190 days
 * after the event)
 */
export const FOLLOW_UP_PERSON_DAYS = 366;

/** a person's key that names one person across articles: a full name (two words or more), not an article's own local key */
function namedPersonKey(key: string, name: string): boolean {
  return key.startsWith('person:') && !key.startsWith('person:local:') && name.trim().split(/\s+/).length >= 2;
}

// Per frame object, computed once: personFollowUp asks for them for every pair of a neighbourhood. A frame's
// participants and names are never changed in place (a changed frame is a new object).
const harmedOrHarmingOf = new WeakMap<IncidentFrame, ReadonlyMap<string, string>>();
const namedPeopleOf = new WeakMap<IncidentFrame, ReadonlySet<string>>();

/** the people a frame names in its incident's roles (victim, perpetrator), by key */
function harmedOrHarming(f: IncidentFrame): ReadonlyMap<string, string> {
  let m = harmedOrHarmingOf.get(f);
  if (!m) {
    m = new Map(
      f.participants
        .filter((p) => (p.role === 'victim' || p.role === 'perpetrator') && namedPersonKey(p.key, p.name))
        .map((p) => [p.key, `${p.name} (${p.role})`]),
    );
    harmedOrHarmingOf.set(f, m);
  }
  return m;
}

/** every person a frame's article names by full name, by key */
function namedPeople(f: IncidentFrame): ReadonlySet<string> {
  let s = namedPeopleOf.get(f);
  if (!s) {
    s = new Set([...(f.names ?? []), ...f.participants].filter((n) => namedPersonKey(n.key, n.name)).map((n) => n.key));
    namedPeopleOf.set(f, s);
  }
  return s;
}

/**
 * Rule incidents/follow-up-by-person. An undated report (a charge, a hearing, a funeral, "victim identified") that names
 * by full name the victim or the perpetrator of an earlier incident, with a kind and a place that do not rule it out
 * (its place unknown, or the same place or state), published on or after that incident and within
 * FOLLOW_UP_PERSON_DAYS of it, is a later report of it: local news follows one shooting for months and names the same
 * people, while the report's own words give no date to match. The name must be the incident's victim or perpetrator on
 * at least one side (a reporter's byline or a police spokesman is named in every story of an outlet).
 * Rule incidents/follow-up-by-address: the same street address in both describing texts ("the 2400 block of Seaman
 * Street") ties a later report to the incident as a shared name does. Either holds also for a report dated on or just
 * before its own publication (laterReport: "indicted Tuesday", "arrested Sunday"), whose date is the follow-up's.
 * Returns the reason, or null.
 */
export function personFollowUp(undated: IncidentFrame, f: IncidentFrame): string | null {
  if (!laterReport(undated) || f.reference || undated.articleId === f.articleId) return null;
  const pub = undated.published ? dayRange(undated.published) : null;
  const when = f.date ?? f.published;
  const at = when ? dayRange(when) : null;
  if (!pub || !at) return null;
  const lag = pub[0] - at[0];
  if (lag < 0 || lag > FOLLOW_UP_PERSON_DAYS) return null;
  // a report dated around its publication is a follow-up only past the matcher's window and of the same kind or
  // family: within the window the matcher has judged the two as reports of their days (the hostage-taking two days
  // after the shooting, by an accomplice, named with the shooters, is another attack)
  // and only of a dated incident (an undated one may have happened after it)
  if (undated.date) {
    const d = dayRange(undated.date)!;
    if (!f.date || d[0] - at[1] <= DATE_WINDOW_DAYS || kindEvidence(undated.kind, f.kind).points < 0.6) return null;
  }
  const mine = namedPeople(undated),
    theirs = namedPeople(f);
  // asked for every pair of a neighbourhood, nearly all sharing no one: nothing is built until a person or an address
  // is shared (the report's role wins over the incident's for one person in both)
  const ownRoles = harmedOrHarming(undated),
    theirRoles = harmedOrHarming(f);
  const shared: string[] = [];
  for (const k of ownRoles.keys()) if (mine.has(k) && theirs.has(k)) shared.push(k);
  for (const k of theirRoles.keys()) if (!ownRoles.has(k) && mine.has(k) && theirs.has(k)) shared.push(k);
  shared.sort(cmp);
  const addresses: string[] = [];
  if (!shared.length) {
    const own = frameAddresses(undated);
    if (own.size) {
      const theirAddresses = frameAddresses(f);
      for (const a of own) if (theirAddresses.has(a)) addresses.push(a);
      addresses.sort(cmp);
    }
  }
  if (!shared.length && !addresses.length) return null;
  const role = (k: string) => ownRoles.get(k) ?? theirRoles.get(k);
  if (kindEvidence(undated.kind, f.kind).blocked || placeEvidence(undated.place, f.place).blocked) return null;
  const what = undated.date
    ? `a later report (dated ${undated.date}, around its publication)`
    : 'an undated later report';
  const days = `${lag} day${lag === 1 ? '' : 's'} after`;
  if (!shared.length) return `${what} giving the same address (${addresses.join(', ')}), ${days}`;
  return `${what} naming the same ${shared.map(role).join(', ')}, ${days}`;
}

/** a frame with neither a date nor a publication date cannot be placed in time: it stays on its own */
export function anchored(f: IncidentFacts): boolean {
  return !!(f.date ?? f.published);
}

/**
 * Two frames of one article that nothing but the article's own split tells apart: kinds, places and dates agree
 * (one may lack a place or a date). They are never linked to each other, but other articles' reports linking each
 * of them may put them in one cluster (an article that told one event twice: "the shooting" and "the attack in
 * Bridgeport"). A reference and a report of one article stay apart (a past event beside the news).
 */
export function siblings(x: IncidentFrame, y: IncidentFrame): boolean {
  if (x.reference !== y.reference) return false;
  // the article's own words name both places of its two incidents: that tells nothing of which is which
  return (
    scoreCandidate({ ...x, articleIds: [] }, { ...y, articleIds: [] }, [], { namedPlaces: false }).blocked === null
  );
}

/** whether an undated report no report of its days matched links to a frame, as clusterFrames asks it (loneLink) */
export interface LoneLinks {
  /** as an undated report of an earlier event (undatedLink) */
  undated?: boolean;
  /** as a later report naming its victim or perpetrator (personFollowUp) */
  person?: boolean;
}

/**
 * `compute()`, whether the undated report `r` links to `f` one way or the other, kept in `store` from one clustering
 * to the next for two frames whose contents it knows (by `r`'s contents, then `f`'s). Clustering asks it of every
 * lone undated report against every incident of the neighbourhood, batch after batch (issue 12); each pair is asked
 * with the report as the reference only, and the verdict depends on the two frames' contents only.
 */
function loneLink(
  store: PairScoreStore<LoneLinks> | undefined,
  way: keyof LoneLinks,
  r: IncidentFrame,
  f: IncidentFrame,
  compute: () => boolean,
): boolean {
  const cr = store?.contents(r),
    cf = store?.contents(f);
  if (cr === undefined || cf === undefined) return compute();
  let row = store!.get(cr, cf);
  if (!row) store!.set(cr, cf, (row = {}));
  return (row[way] ??= compute());
}

export interface ClusterMerge {
  /** the two frames whose link joined their clusters */
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

export interface IncidentCluster {
  key: string;
  /** frame keys, sorted; references included */
  members: string[];
  /** the links that built it, in the order they were taken; a reference's link to the frame it matched */
  merges: ClusterMerge[];
}

/** Frame `merge.a` joins CLUSTER by its link MERGE to a frame of it. */
function joinCluster(cluster: IncidentCluster, merge: ClusterMerge): void {
  cluster.members = [...cluster.members, merge.a].sort(cmp);
  cluster.merges.push(merge);
}

export interface Clustering {
  /** frame key → incident key, or null for a reference that matched no incident */
  assignment: Map<string, string | null>;
  incidents: IncidentCluster[];
}

/**
 * Cluster a closed set of frames: every frame linked to one of them is in the set (the caller's neighbourhood).
 * The result depends on the set only, not on its order.
 */
export function clusterFrames(
  frames: readonly IncidentFrame[],
  opts: MatcherOptions & {
    threshold?: number;
    score?: PairScorer;
    loneLinks?: PairScoreStore<LoneLinks>;
    /** frameLink's verdicts kept across clusterings (used at MATCH_THRESHOLD only) */
    links?: LinkVerdicts;
    /** a reference that is an incident of its own when it matches none (incidents/followed-reference-stands-alone) */
    standsAlone?: (f: IncidentFrame) => boolean;
  } = {},
): Clustering {
  const threshold = opts.threshold ?? MATCH_THRESHOLD;
  // a pairScorer made with the same options (a neighbourhood search's, its pairs scored once), or a new one
  const { score: shared, loneLinks, standsAlone, links: kept, ...matcherOpts } = opts;
  const score = shared ?? pairScorer(matcherOpts);
  const all = [...frames].sort((a, b) => cmp(a.key, b.key));
  const events = all.filter((f) => !f.reference);
  const refs = all.filter((f) => f.reference);
  // frameLink at the threshold, through the kept verdicts when there are any (`row`: the first frame's, by kept.row)
  const verdicts = threshold === MATCH_THRESHOLD ? kept : undefined;
  const noRow = () => undefined;
  const rowOf = verdicts ? (f: IncidentFrame) => verdicts.row(f) : noRow;
  // the contents of each event, looked up once (verdicts.contents per pair was much of clustering's time)
  const eventContents = verdicts ? events.map((f) => verdicts.contents(f)) : [];
  /** frameLink(a, events[j]) (`row`: a's verdicts) */
  const linkEvent = (row: Map<number, boolean> | undefined, a: IncidentFrame, j: number) =>
    verdicts
      ? verdicts.linkKnown(row, row === undefined ? undefined : eventContents[j], score, a, events[j]!)
      : frameLink(score, a, events[j]!, threshold);

  // candidate links between incidents (not references), best first
  const edges: Array<{ a: IncidentFrame; b: IncidentFrame; s: CandidateScore }> = [];
  const eventRows = events.map(rowOf);
  eachPairNearInTime(events, (i, j) => {
    const a = events[i]!;
    if (linkEvent(eventRows[i], a, j)) {
      const b = events[j]!;
      edges.push({ a, b, s: score(a, b) });
    }
  });
  edges.sort((x, y) => y.s.score - x.s.score || cmp(x.a.key, y.a.key) || cmp(x.b.key, y.b.key));

  const clusterOf = new Map<string, IncidentFrame[]>(events.map((f) => [f.key, [f]]));
  const mergesOf = new Map<IncidentFrame[], ClusterMerge[]>(events.map((f) => [clusterOf.get(f.key)!, []]));
  // (rule incidents/follow-up-not-ruled-out) a later report that names the victim or perpetrator of an earlier
  // incident (personFollowUp) is a report of it whatever its publication lag: the lag that blocks the pair as two
  // reports of their days does not keep it out of a cluster that other reports tie it to (a charge story that joined
  // the report of the day before it, and the shooting both follow)
  const followUp = (x: IncidentFrame, y: IncidentFrame): string | null =>
    (loneLink(loneLinks, 'person', x, y, () => personFollowUp(x, y) !== null) ? personFollowUp(x, y) : null) ??
    (loneLink(loneLinks, 'person', y, x, () => personFollowUp(y, x) !== null) ? personFollowUp(y, x) : null);
  const ruledOut = (x: IncidentFrame, y: IncidentFrame) =>
    !anchored(x) ||
    !anchored(y) ||
    (x.articleId === y.articleId ? !siblings(x, y) : score(x, y).blocked !== null && followUp(x, y) === null);
  for (const { a, b, s } of edges) {
    const ca = clusterOf.get(a.key)!,
      cb = clusterOf.get(b.key)!;
    if (ca === cb) continue;
    if (ca.some((x) => cb.some((y) => ruledOut(x, y)))) continue;
    // pairs across the two that their dates alone keep apart: joined as a later report of the other, said beside the link
    const followed = ca.flatMap((x) =>
      cb
        .filter((y) => y.articleId !== x.articleId && score(x, y).blocked !== null)
        .map((y) => `${x.extractedKey} and ${y.extractedKey}: ${followUp(x, y)!} (incidents/follow-up-not-ruled-out)`),
    );
    const [into, from] = cmp(ca[0]!.key, cb[0]!.key) <= 0 ? [ca, cb] : [cb, ca];
    // two frames of one article brought together by other articles' reports: say so beside the link
    const split = ca.flatMap((x) => cb.filter((y) => y.articleId === x.articleId).map((y) => [x, y] as const));
    into.push(...from);
    into.sort((x, y) => cmp(x.key, y.key));
    const merges = [
      ...mergesOf.get(into)!,
      ...mergesOf.get(from)!,
      {
        a: a.key,
        b: b.key,
        score: s.score,
        reasons: [
          ...s.reasons.filter(Boolean),
          ...split.map(
            ([x, y]) =>
              `also joins two reports of one article (${x.extractedKey}, ${y.extractedKey}): other articles tie them and nothing tells them apart`,
          ),
          ...followed.map((why) => `also joins ${why}`),
        ],
      },
    ];
    mergesOf.delete(from);
    mergesOf.set(into, merges);
    for (const f of from) clusterOf.set(f.key, into);
  }

  const clusters = [...new Set(clusterOf.values())].sort((x, y) => cmp(x[0]!.key, y[0]!.key));
  const keyOfCluster = new Map<IncidentFrame[], string>();
  const out: IncidentCluster[] = [];
  const byKey = new Map<string, IncidentCluster>();
  for (const c of clusters) {
    const canonical = canonicalFrame(c);
    const key = incidentKeyOf(canonical);
    keyOfCluster.set(c, key);
    const cluster: IncidentCluster = { key, members: c.map((f) => f.key), merges: mergesOf.get(c) ?? [] };
    out.push(cluster);
    byKey.set(key, cluster);
  }

  const assignment = new Map<string, string | null>();
  for (const f of events) assignment.set(f.key, keyOfCluster.get(clusterOf.get(f.key)!)!);

  // undated reports that no report of their days matched, in key order: each may be an earlier event the article
  // names without a date, and then joins that event's incident as a reference would (never one its article covers)
  const covered = new Map<string, Set<string>>();
  for (const f of events) {
    const k = assignment.get(f.key)!;
    if (!covered.has(f.articleId)) covered.set(f.articleId, new Set());
    covered.get(f.articleId)!.add(k);
  }
  // the number of frames an incident holds so far, and the best frame for a reference (both used by the undated
  // reports below and by the references after them)
  const size = (f: IncidentFrame) => byKey.get(assignment.get(f.key)!)!.members.length;
  function bestFrame(
    r: IncidentFrame,
    candidates: IncidentFrame[],
    scorer: PairScorer,
    /** whether `r` links to `f`, the candidate at `i` */
    links: (r: IncidentFrame, f: IncidentFrame, i: number) => boolean,
    coveredBest: 'next' | 'none' = 'next',
  ) {
    // the best-scoring frame; on a tie, the incident more articles report, then the smaller frame key. An incident
    // the article already covers is passed over for the next best ('next'), or, when it is the best, means the
    // frame is one more mention of it and joins nothing ('none')
    let best: { f: IncidentFrame; s: CandidateScore } | null = null;
    for (let i = 0; i < candidates.length; i++) {
      const f = candidates[i]!;
      if (!links(r, f, i)) continue;
      if (coveredBest === 'next' && covered.get(r.articleId)?.has(assignment.get(f.key)!)) continue;
      const s = scorer(r, f);
      if (
        !best ||
        s.score > best.s.score ||
        (s.score === best.s.score &&
          (size(f) > size(best.f) || (size(f) === size(best.f) && cmp(f.key, best.f.key) < 0)))
      )
        best = { f, s };
    }
    if (best && covered.get(r.articleId)?.has(assignment.get(best.f.key)!)) return null;
    return best;
  }
  const asRefScore = undatedReferenceScorer(matcherOpts);
  // (rule incidents/undated-follow-up-chain) in publication order, so that a later undated report (a hearing months
  // on) may join an earlier one no report of its days matched either (the charge, naming the same people): the
  // earlier is placed first, and a report only ever joins one published no later than itself
  const lone = events
    .filter((f) => laterReport(f) && byKey.get(assignment.get(f.key)!)!.members.length === 1)
    .sort((a, b) => cmp(a.published ?? '', b.published ?? '') || cmp(a.key, b.key));
  const loneKeys = new Set(lone.map((f) => f.key));
  const placed = new Set<string>();
  // (rule incidents/lone-candidates, issue 12) each lone report is asked only about the events that can link to it, in
  // the events' order, so the best is the one asking all of them finds: as an undated report of an earlier event
  // (undatedLinkScored) only those of its country, as a later report (personFollowUp) only those naming one of its
  // people or giving one of its addresses. Asking every event grew as lone reports times events.
  const byCountry = new Map<string, number[]>();
  const byTie = new Map<string, number[]>();
  const indexed = (m: Map<string, number[]>, k: string, i: number) => {
    const at = m.get(k);
    if (at) at.push(i);
    else m.set(k, [i]);
  };
  events.forEach((f, i) => {
    if (f.place?.country) indexed(byCountry, f.place.country, i);
    if (lone.length) for (const t of new Set(followUpTies(f))) indexed(byTie, t, i);
  });
  const eventsOf = (r: IncidentFrame, at: Iterable<number>) =>
    [...new Set(at)]
      .sort((a, b) => a - b)
      .map((i) => events[i]!)
      .filter((f) => f.key !== r.key && (!loneKeys.has(f.key) || placed.has(f.key)));
  for (const r of lone) {
    placed.add(r.key);
    let best = bestFrame(
      r,
      eventsOf(r, undatedReport(r) && r.place?.country ? (byCountry.get(r.place.country) ?? []) : []),
      (x, f) => asRefScore(asReference(x), f),
      // a pair undatedLink does not score is not linked, and not kept
      (x, f) => undatedLinkScored(x, f) && loneLink(loneLinks, 'undated', x, f, () => undatedLink(asRefScore, x, f)),
    );
    let why = 'an undated report of an earlier event';
    if (!best) {
      // none scores as a report of that event: a later report naming its victim or perpetrator still is one
      best = bestFrame(
        r,
        eventsOf(
          r,
          followUpTies(r).flatMap((t) => byTie.get(t) ?? []),
        ),
        (x, f) => asRefScore(asReference(x), f),
        (x, f) => loneLink(loneLinks, 'person', x, f, () => personFollowUp(x, f) !== null),
      );
      if (best) why = personFollowUp(r, best.f)!;
    }
    if (!best) continue;
    const own = assignment.get(r.key)!;
    const key = assignment.get(best.f.key)!;
    const idx = out.findIndex((c) => c.key === own);
    out.splice(idx, 1);
    byKey.delete(own);
    covered.get(r.articleId)!.delete(own);
    assignment.set(r.key, key);
    joinCluster(byKey.get(key)!, {
      a: r.key,
      b: best.f.key,
      score: best.s.score,
      reasons: [why, ...best.s.reasons.filter(Boolean)],
    });
    covered.get(r.articleId)!.add(key);
  }

  // references, in key order: each joins the incident of its best-scoring frame, never one its article already covers
  for (const r of refs) {
    // a second reference of one article whose best match its first already took is the same past event, split by
    // the extractor: it does not go to the next best incident (a trial piece's second mention of the attack is no
    // other attack of that city)
    const row = rowOf(r);
    const best = bestFrame(r, events, score, (x, _f, j) => linkEvent(row, x, j), 'none');
    const key = best ? assignment.get(best.f.key)! : null;
    assignment.set(r.key, key);
    if (best && key) {
      joinCluster(byKey.get(key)!, {
        a: r.key,
        b: best.f.key,
        score: best.s.score,
        reasons: ['a reference to an earlier event', ...best.s.reasons.filter(Boolean)],
      });
      if (!covered.has(r.articleId)) covered.set(r.articleId, new Set());
      covered.get(r.articleId)!.add(key);
    } else if (standsAlone?.(r)) {
      // (rule incidents/followed-reference-stands-alone) the past event a trial or inquest piece follows, which no
      // report in the graph matches, is an incident of its own (only referred to), so that the follow-up has an
      // incident to follow; a later report of it takes it in (the reference then joins that report's incident)
      const own = incidentKeyOf(r);
      if (!byKey.has(own)) {
        const cluster: IncidentCluster = { key: own, members: [r.key], merges: [] };
        out.push(cluster);
        byKey.set(own, cluster);
        assignment.set(r.key, own);
      }
    }
  }
  return { assignment, incidents: out };
}
