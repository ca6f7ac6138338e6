// Feature templates for the sequence tagger (BIO or BILOU tags). Shared by the training script and run-time decoding,
// so the two can never drift apart.
import { Part, PartCache, ScratchPart, TextSink, type FeatureSink, type TokenFeatureSink } from './feature-hash.js';
import type { NameLexicons } from './lexicons.js';

/** The name lexicons the tagger's features read. */
export type TaggerLexicons = Pick<NameLexicons, 'givenNames' | 'orgCues' | 'titles' | 'wordClusters'>;

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** The tags a model decodes; each model file names its scheme's tags in its first line (tagger.ts). */
export interface TagScheme {
  readonly name: 'BIO' | 'BILOU';
  readonly tags: readonly string[];
}

/** BIO tags: a name's first (B) and every further (I) word, and outside (O). */
export const BIO: TagScheme = { name: 'BIO', tags: ['O', ...TYPES.flatMap((t) => ['B-' + t, 'I-' + t])] };

/**
 * BILOU tags, after Ratinov & Roth (2009): a name's first (B), inner (I) and last (L) word, a one-word name (U), and
 * outside (O), so the tagger decides where a name ends as well as where it starts; callers still get BIO (toBio).
 */
export const BILOU: TagScheme = {
  name: 'BILOU',
  tags: ['O', ...TYPES.flatMap((t) => ['B-', 'I-', 'L-', 'U-'].map((p) => p + t))],
};

export const TAG_SCHEMES: readonly TagScheme[] = [BIO, BILOU];

/** BIO tags of BILOU ones: a last word is inside its name (I-), a one-word name begins one (B-). */
export function toBio(tags: readonly string[]): string[] {
  return tags.map((t) => (t.startsWith('L-') ? 'I-' + t.slice(2) : t.startsWith('U-') ? 'B-' + t.slice(2) : t));
}

/** BILOU tags of BIO ones (training data): a name's word that no I- of its type follows is its last (L-) or only (U-). */
export function toBilou(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (t === 'O') return t;
    const next = tags[i + 1];
    const continues = next !== undefined && next === 'I-' + t.slice(2);
    if (t.startsWith('B-')) return continues ? t : 'U-' + t.slice(2);
    return continues ? t : 'L-' + t.slice(2);
  });
}

/** Word shape: X for upper, x for lower, d for digit, runs collapsed ("McDonald" -> "XxXx"). */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const HAS_LOWER = /\p{Ll}/u;
const CAP_START = /^\p{Lu}/u;
const RUN_GLUE = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'al', '&', 'on', 'in']);
const HAS_UPPER = /\p{Lu}/u;

export function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0,
    lower = 0;
  for (const w of words) {
    if (HAS_LOWER.test(w)) lower++;
    else if (HAS_UPPER.test(w) && w.length > 1) upper++;
  }
  return upper >= 2 && lower === 0;
}

/** How a word is written elsewhere in the document, away from sentence starts and headlines. */
export type DocCasing = Map<string, { cap: number; low: number }>;

export function docCasing(sentences: readonly (readonly string[])[]): DocCasing {
  const m: DocCasing = new Map();
  for (const words of sentences) {
    if (isAllCapsSentence(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!/^\p{L}/u.test(w)) continue;
      const prev = words[i - 1]!;
      if (/^[.!?:"“‘'(]$/.test(prev)) continue;
      const lw = w.toLowerCase();
      let e = m.get(lw);
      if (!e) m.set(lw, (e = { cap: 0, low: 0 }));
      if (HAS_UPPER.test(w[0]!)) e.cap++;
      else e.low++;
    }
  }
  return m;
}

const C = new PartCache();
const T = (s: string) => C.get(s);
const BAR = T('|'),
  START = T('<s>'),
  STOP = T('</s>');
const F_B = T('b'),
  F_L = T('l='),
  F_SH = T('sh='),
  F_RL = T('rl='),
  F_RF = T('rf='),
  F_W = T('w='),
  F_UC = T('uc'),
  F_UCL = T('ucl=');
const F_FIRST = T('first|'),
  F_HY = T('hy'),
  F_LM1 = T('l-1='),
  F_LP1 = T('l+1='),
  F_LM2 = T('l-2='),
  F_LP2 = T('l+2=');
const F_SHM1 = T('sh-1='),
  F_SHP1 = T('sh+1='),
  F_SH3 = T('sh-1|sh|sh+1='),
  F_LL = T('l-1|l='),
  F_LLN = T('l|l+1=');
const F_DC = T('dc='),
  F_DCSH = T('dc|sh='),
  F_DCNONE = T('dc=none|'),
  F_GZ = T('gz='),
  F_GZSH = T('gz|sh='),
  F_GZM1 = T('gz-1='),
  F_GZP1 = T('gz+1=');
const F_LX = T('lx='),
  F_LXSH = T('lx|sh='),
  F_LXM1 = T('lx-1='),
  F_LXP1 = T('lx+1='),
  F_UCSH = T('uc|sh-1|sh+1=');
const F_PRE = [1, 2, 3, 4].map((k) => T(`p${k}=`)),
  F_SUF = [1, 2, 3, 4].map((k) => T(`s${k}=`));
/** Templates of word-cluster features of clustering j: "c2=" for the first, "c:1:2=" for the second … */
const clusterTemplates = (j: number) => {
  const c = j ? `c:${j}:` : 'c';
  return {
    own: [1, 2, 3, 4].map((k) => T(`${c}${k}=`)),
    prev: [2, 4].map((k) => T(`${c}${k}-1=`)),
    next: [2, 4].map((k) => T(`${c}${k}+1=`)),
    shape: T(`${c}2|sh=`),
  };
};
const F_CLS: ReturnType<typeof clusterTemplates>[] = [];
const clusterTemplatesOf = (j: number) => (F_CLS[j] ??= clusterTemplates(j));
const F_CLNONE = T('c=none|'),
  NO_CLUSTER: readonly string[] = [];
/** the one part of a feature made from a word or code in place (ScratchPart) */
const X = new ScratchPart();
const F_RP = new Map(['B', 'I', 'E'].flatMap((pos) => [2, 3, 4].map((n) => [pos + n, T('rp=' + pos + n)] as const)));

/** Static features of every token in one sentence, as strings (for tests and reading a model). */
export function sentenceFeatures(
  words: readonly string[],
  gaz: readonly string[],
  casing: DocCasing,
  lex: TaggerLexicons,
): string[][] {
  const sink = new TextSink();
  writeSentenceFeatures(words, gaz, casing, lex, sink);
  return sink.tokens();
}

/** What the static features read of one word wherever it stands: its lower case and shape as parts, its cluster codes. */
export interface WordView {
  readonly word: string;
  readonly lower: string;
  readonly L: Part;
  readonly S: Part;
  /** its code in each clustering of the word-cluster table ("" where it has none), none if the table lacks it */
  readonly codes: readonly string[];
  /** "<s>" or "</s>" for the sentence's edge seen as a neighbour (edgeView) */
  readonly edge?: string;
  /** what lexiconFlags reads of the word alone: its lower case without a final full stop ("gen." → "gen") … */
  readonly lexKey: string;
  /** … whether that is a given name, an organisation head word, a title (1) or the end of one only (2) or neither (0) */
  readonly given: boolean;
  readonly orgCue: boolean;
  readonly title: 0 | 1 | 2;
}

export function wordView(word: string, names: TaggerLexicons): WordView {
  const lower = word.toLowerCase();
  const lexKey = lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return {
    word,
    lower,
    L: new Part(lower),
    S: new Part(shape(word)),
    codes: names.wordClusters.get(lower) ?? NO_CLUSTER,
    lexKey,
    given: names.givenNames.has(lexKey),
    orgCue: names.orgCues.has(lexKey),
    title: names.titles.set.has(lexKey) ? 1 : titleEndings(names.titles.set).has(lexKey) ? 2 : 0,
  };
}

const EDGE = { word: '', lower: '', codes: NO_CLUSTER, lexKey: '', given: false, orgCue: false, title: 0 } as const;
const EDGE_BEFORE: WordView = { ...EDGE, L: START, S: START, edge: '<s>' },
  EDGE_AFTER: WordView = { ...EDGE, L: STOP, S: STOP, edge: '</s>' };
/** The sentence's start (`after` false) or end as the neighbour of a token near it. */
export const edgeView = (after: boolean): WordView => (after ? EDGE_AFTER : EDGE_BEFORE);

/** How many clusterings the lexicons' word-cluster table holds. */
export const clusteringsOf = (names: TaggerLexicons): number => clusteringCount(names.wordClusters);

/**
 * The features of a token that read its own word alone (and whether its sentence is in capitals), whatever the
 * words around it: a decoder may sum their weights once per word.
 */
export function writeWordFeatures(v: WordView, caps: boolean, clusterings: number, sink: FeatureSink): void {
  const { word: w, lower: l, L, S, codes } = v;
  sink.add(F_B);
  sink.add(F_L, L);
  sink.add(F_SH, S);
  if (!caps) sink.add(F_W, X.of(w));
  else {
    sink.add(F_UC);
    sink.add(F_UCL, L);
  }
  const len = l.length;
  for (let k = 1; k <= 4 && k < len; k++) {
    sink.add(F_PRE[k - 1]!, X.of(l, 0, k));
    sink.add(F_SUF[k - 1]!, X.of(l, len - k, len));
  }
  if (l.includes('-')) sink.add(F_HY);
  // word clusters (from word vectors), in each clustering: the word's cluster at each depth
  if (!codes.length && /\p{L}/u.test(w)) sink.add(F_CLNONE, S);
  for (let j = 0; j < clusterings; j++) {
    const F = clusterTemplatesOf(j);
    const c = codes[j] ?? '';
    if (!c) continue;
    for (let k = 1; k <= 4 && k <= c.length; k++) sink.add(F.own[k - 1]!, X.of(c, 0, k));
    sink.add(F.shape, X.of(c, 0, Math.min(2, c.length)), BAR, S);
  }
}

/**
 * The features a token takes from the word `offset` places from it (-2, -1, 1 or 2; edgeView past the sentence's
 * ends), which read that word alone: its lower case, its shape and, next to the token, its clusters at two depths.
 */
export function writeNeighbourFeatures(
  v: WordView,
  offset: -2 | -1 | 1 | 2,
  clusterings: number,
  sink: FeatureSink,
): void {
  if (offset === -2 || offset === 2) {
    sink.add(offset < 0 ? F_LM2 : F_LP2, v.L);
    return;
  }
  const before = offset < 0;
  sink.add(before ? F_LM1 : F_LP1, v.L);
  sink.add(before ? F_SHM1 : F_SHP1, v.S);
  for (let j = 0; j < clusterings; j++) {
    const F = clusterTemplatesOf(j),
      feats = before ? F.prev : F.next;
    const cj = v.edge ?? v.codes[j] ?? '';
    if (!cj) continue;
    sink.add(feats[0]!, X.of(cj, 0, Math.min(2, cj.length)));
    if (cj.length > 2 && cj[0] !== '<') sink.add(feats[1]!, X.of(cj));
  }
}

/** A sentence read for its static features (sentenceParts). */
export interface SentenceParts {
  readonly words: readonly string[];
  readonly gaz: readonly string[];
  readonly casing: DocCasing;
  readonly views: readonly WordView[];
  /** no word in lower case (isAllCapsSentence) */
  readonly caps: boolean;
  readonly clusterings: number;
  /** each word's run of capitalised words [first, end), null outside one */
  readonly runOf: readonly ([number, number] | null)[];
  /** each word's lexicon flags (lexiconFlags) */
  readonly lex: readonly string[];
}

/** A sentence read for its static features; `views` (wordView of each word) may come from a cache. */
export function sentenceParts(
  words: readonly string[],
  gaz: readonly string[],
  casing: DocCasing,
  names: TaggerLexicons,
  views: readonly WordView[] = words.map((w) => wordView(w, names)),
): SentenceParts {
  const n = words.length;
  const caps = isAllCapsSentence(words);
  const lw = views.map((v) => v.lower);
  // runs of capitalised words ("Kenya Wildlife Protection Agency", "Bank of England"): their head word types them
  const runOf = new Array<[number, number] | null>(n).fill(null);
  if (!caps) {
    const cap = (k: number) => k < n && CAP_START.test(words[k]!);
    for (let i = 0; i < n;) {
      if (!cap(i)) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (cap(j)) j++;
        else if (j + 1 < n && RUN_GLUE.has(lw[j]!) && cap(j + 1)) j += 2;
        else break;
      }
      for (let k = i; k < j; k++) runOf[k] = [i, j];
      i = j;
    }
  }
  return {
    words,
    gaz,
    casing,
    views,
    caps,
    clusterings: clusteringCount(names.wordClusters),
    runOf,
    lex: lexiconFlags(views, names),
  };
}

/**
 * The static features of token `i` that neither writeWordFeatures nor writeNeighbourFeatures write: those that read
 * more than one word (pairs and triples of words or shapes, runs of capitals), its place, the document's casing of
 * its word, and the gazetteer's and lexicons' labels.
 */
export function writeContextFeatures(s: SentenceParts, i: number, sink: FeatureSink): void {
  const { words, views, gaz, caps } = s,
    n = words.length;
  const w = words[i]!,
    v = views[i]!,
    L = v.L,
    S = v.S;
  const at = (k: number) => (k < 0 ? EDGE_BEFORE : k >= n ? EDGE_AFTER : views[k]!);
  const run = s.runOf[i];
  if (run && run[1] - run[0] > 1) {
    const [a, b] = run;
    const pos = i === a ? 'B' : i === b - 1 ? 'E' : 'I';
    sink.add(F_RL, views[b - 1]!.L);
    sink.add(F_RP.get(pos + Math.min(b - a, 4))!);
    if (i !== a) sink.add(F_RF, views[a]!.L);
  }
  if (i === 0) sink.add(F_FIRST, S);
  const prev = at(i - 1),
    next = at(i + 1);
  sink.add(F_SH3, prev.S, BAR, S, BAR, next.S);
  sink.add(F_LL, prev.L, BAR, L);
  sink.add(F_LLN, L, BAR, next.L);
  const dc = s.casing.get(v.lower);
  if (dc && /^\p{L}/u.test(w)) {
    const d = T(dc.cap > 0 && dc.low === 0 ? 'C' : dc.low > 0 && dc.cap === 0 ? 'l' : 'm');
    sink.add(F_DC, d);
    sink.add(F_DCSH, d, BAR, S);
  } else sink.add(F_DCNONE, S);
  const g = gaz[i] ?? '';
  const gp = i > 0 ? (gaz[i - 1] ?? '') : '<s>',
    gn = i + 1 < n ? (gaz[i + 1] ?? '') : '</s>';
  if (g) {
    sink.add(F_GZ, T(g));
    sink.add(F_GZSH, T(g), BAR, S);
  }
  if (gp) sink.add(F_GZM1, T(gp));
  if (gn) sink.add(F_GZP1, T(gn));
  // lexicon membership, case-blind so all-caps copy reads the same: given names, titles before, organisation head words
  const lx = s.lex[i]!,
    lxp = i > 0 ? s.lex[i - 1]! : '',
    lxn = i + 1 < n ? s.lex[i + 1]! : '';
  if (lx) {
    sink.add(F_LX, T(lx));
    sink.add(F_LXSH, T(lx), BAR, S);
  }
  if (lxp) sink.add(F_LXM1, T(lxp));
  if (lxn) sink.add(F_LXP1, T(lxn));
  if (caps) sink.add(F_UCSH, prev.S, BAR, next.S);
}

/** The neighbours writeNeighbourFeatures reads, by offset. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/**
 * Static (tag-independent) features of every token in one sentence, into `sink` token by token: the word's own
 * (writeWordFeatures), its neighbours' (writeNeighbourFeatures) and the rest (writeContextFeatures).
 * `gaz` holds a gazetteer label per token ("LOC-B", "ORG-I", "" …). Returns the sentence as it read it.
 */
export function writeSentenceFeatures(
  words: readonly string[],
  gaz: readonly string[],
  casing: DocCasing,
  names: TaggerLexicons,
  sink: TokenFeatureSink,
): SentenceParts {
  const s = sentenceParts(words, gaz, casing, names);
  const n = words.length;
  for (let i = 0; i < n; i++) {
    writeWordFeatures(s.views[i]!, s.caps, s.clusterings, sink);
    for (const d of NEIGHBOURS) {
      const k = i + d;
      writeNeighbourFeatures(k < 0 ? EDGE_BEFORE : k >= n ? EDGE_AFTER : s.views[k]!, d, s.clusterings, sink);
    }
    writeContextFeatures(s, i, sink);
    sink.endToken();
  }
  return s;
}

const clusteringCounts = new WeakMap<ReadonlyMap<string, readonly string[]>, number>();
/** How many clusterings a word-cluster table holds (every word has a code, maybe "", in each). */
function clusteringCount(table: ReadonlyMap<string, readonly string[]>): number {
  let k = clusteringCounts.get(table);
  if (k === undefined) {
    k = 0;
    for (const codes of table.values()) {
      k = codes.length;
      break;
    }
    clusteringCounts.set(table, k);
  }
  return k;
}

/**
 * Per token: "G" a known given name, "T" the last word of a title ("minister" in "Foreign Minister"),
 * "C" an organisation head word ("ministry", "bank"); joined when several apply.
 */
function lexiconFlags(views: readonly WordView[], names: TaggerLexicons): string[] {
  const { set: titles, maxWords } = names.titles;
  const ends = titleEndings(titles);
  return views.map((v, i) => {
    let flags = v.given ? 'G' : '';
    // the title ending here in k words, grown a word to the left at a time (not sliced and joined per k), while the
    // words so far end some title
    if (maxWords >= 1 && v.title === 1) flags += 'T';
    else if (v.title === 2) {
      let title = v.lexKey;
      for (let k = 2; k <= maxWords && k <= i + 1; k++) {
        title = `${views[i - k + 1]!.lexKey} ${title}`;
        if (titles.has(title)) {
          flags += 'T';
          break;
        }
        if (!ends.has(title)) break;
      }
    }
    if (v.orgCue) flags += 'C';
    return flags;
  });
}

const titleEndingSets = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
/**
 * Every ending of a title at a space ("minister", "foreign minister" of "deputy foreign minister"), the titles
 * included: words that are no such ending are the end of no title however many words before them are added.
 */
export function titleEndings(titles: ReadonlySet<string>): ReadonlySet<string> {
  let ends = titleEndingSets.get(titles);
  if (!ends) {
    const out = new Set<string>();
    for (const t of titles) {
      out.add(t);
      for (let j = t.indexOf(' '); j >= 0; j = t.indexOf(' ', j + 1)) out.add(t.slice(j + 1));
    }
    titleEndingSets.set(titles, (ends = out));
  }
  return ends;
}

const F_T1 = T('t-1='),
  F_T21 = T('t-2|t-1='),
  F_T1L = T('t-1|l=');
/** Part for a tag or the sentence start, for history features. */
export const tagPart = (tag: string): Part => T(tag);

/** Tag-dependent features, from the tags already chosen to the left; `lw` is the lower-cased word. */
export function writeHistoryFeatures(prev1: Part, prev2: Part, lw: Part, sink: FeatureSink): void {
  writeTagHistoryFeatures(prev1, prev2, sink);
  writeWordHistoryFeatures(prev1, lw, sink);
}

/**
 * The history features that read only the two tags before a token (the first of writeHistoryFeatures'): a decoder
 * can look their rows up once per pair of tags rather than once per token.
 */
export function writeTagHistoryFeatures(prev1: Part, prev2: Part, sink: FeatureSink): void {
  sink.add(F_T1, prev1);
  sink.add(F_T21, prev2, BAR, prev1);
}

/** The history features that read the token's word as well (the rest of writeHistoryFeatures'). */
export function writeWordHistoryFeatures(prev1: Part, lw: Part, sink: FeatureSink): void {
  sink.add(F_T1L, prev1, BAR, lw);
}
