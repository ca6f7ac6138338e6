// Non-local ("document-level") features for the tagger's second pass, after Ratinov & Roth (2009):
// what the first pass said about the same word elsewhere in the article. A surname alone, a headline in
// capitals or an ambiguous word ("Jordan") borrows the reading the article gives it where it is clearer.
import { PartCache, TextSink, type TokenFeatureSink } from './feature-hash.js';

/** Entity type of a BIO tag ("B-PER" -> "PER"), "O" for outside. */
const typeOf = (tag: string): string => (tag === 'O' ? 'O' : tag.slice(2));

export interface Seen {
  counts: Map<string, number>;
  /** type|role ("PER|L": last word of a longer name) -> count */ roles: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, (m.get(k) ?? 0) + by);

const OPENS = /^[BU]-/,
  CLOSES = /^[LU]-/,
  GOES_ON = /^[IL]-/;
/** Where token i sits in its first-pass span (BIO or BILOU tags): "S" alone, "F" first, "M" inside, "L" last; "" outside. */
function roleAt(tags: readonly string[], i: number): string {
  const t = tags[i]!;
  if (t === 'O') return '';
  const prev = i > 0 ? tags[i - 1]! : 'O',
    next = i + 1 < tags.length ? tags[i + 1]! : 'O';
  const starts = OPENS.test(t) || i === 0 || typeOf(prev) !== typeOf(t) || CLOSES.test(prev);
  const ends = CLOSES.test(t) || !GOES_ON.test(next) || typeOf(next) !== typeOf(t);
  return starts && ends ? 'S' : starts ? 'F' : ends ? 'L' : 'M';
}

const WORDLIKE = /^[\p{L}\p{N}]/u;

/** What the first pass said about each word (lower-cased) across the document. */
export type DocReadings = Map<string, Seen>;

export function docReadings(
  sentences: readonly (readonly string[])[],
  pass1: readonly (readonly string[])[],
): DocReadings {
  const seen: DocReadings = new Map();
  sentences.forEach((words, si) => {
    const tags = pass1[si]!;
    words.forEach((w, i) => {
      if (!(w.length > 1 && WORDLIKE.test(w))) return;
      const key = w.toLowerCase(),
        tag = tags[i]!,
        role = roleAt(tags, i);
      let e = seen.get(key);
      if (!e) seen.set(key, (e = { counts: new Map(), roles: new Map() }));
      bump(e.counts, typeOf(tag), 1);
      if (role) bump(e.roles, typeOf(tag) + '|' + role, 1);
    });
  });
  return seen;
}

const C = new PartCache();
const T = (s: string) => C.get(s);
const BAR = T('|'),
  F_NONE = T('nl=none'),
  F_P1 = T('p1='),
  F_P1P = T('p1-1|p1='),
  F_P1N = T('p1+1='),
  F_NL = T('nl=');
const F_MAJ = T('nlmaj='),
  F_MAJP1 = T('nlmaj|p1='),
  F_NLR = T('nlr=');

/**
 * Extra features per token of one sentence, into `sink`, from the first pass's tags of the whole document:
 * the token's own first-pass tag and its neighbours', the majority reading of the same word (case-blind)
 * at its other occurrences, each entity type it was given there and its role in those names.
 */
export function writeDocumentFeatures(
  seen: DocReadings,
  words: readonly string[],
  tags: readonly string[],
  sink: TokenFeatureSink,
): void {
  words.forEach((w, i) => {
    const wordlike = w.length > 1 && WORDLIKE.test(w);
    const e = wordlike ? seen.get(w.toLowerCase())! : undefined;
    const own = typeOf(tags[i]!),
      ownRole = e ? roleAt(tags, i) : '';
    let total = 0,
      best = '',
      bestN = 0;
    if (e) {
      for (const [t, c0] of e.counts) {
        const c = c0 - (t === own ? 1 : 0);
        if (c <= 0) continue;
        total += c;
        if (c > bestN) {
          best = t;
          bestN = c;
        }
      }
      if (!total) sink.add(F_NONE);
    }
    sink.add(F_P1, T(tags[i]!));
    sink.add(F_P1P, T(i > 0 ? tags[i - 1]! : '<s>'), BAR, T(tags[i]!));
    sink.add(F_P1N, T(i + 1 < tags.length ? tags[i + 1]! : '</s>'));
    if (e && total) {
      for (const [t, c0] of e.counts) if (c0 - (t === own ? 1 : 0) > 0 && t !== 'O') sink.add(F_NL, T(t));
      sink.add(F_MAJ, T(best + (bestN * 2 > total ? '' : '~')));
      sink.add(F_MAJP1, T(best), BAR, T(own));
      for (const [k, c0] of e.roles) {
        const c = c0 - (ownRole && k === own + '|' + ownRole ? 1 : 0);
        if (c > 0) sink.add(F_NLR, T(k));
      }
    }
    sink.endToken();
  });
}

/** The document features of every token of every sentence, as strings (for tests and reading a model). */
export function documentFeatures(
  sentences: readonly (readonly string[])[],
  pass1: readonly (readonly string[])[],
): string[][][] {
  const seen = docReadings(sentences, pass1);
  return sentences.map((words, si) => {
    const sink = new TextSink();
    writeDocumentFeatures(seen, words, pass1[si]!, sink);
    return sink.tokens();
  });
}
