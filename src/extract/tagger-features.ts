// Feature templates for the BIO sequence tagger. Shared by the training script and run-time decoding,
// so the two can never drift apart.
import { givenNames, orgCues, titleLexicon } from './lexicons.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

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
  let upper = 0, lower = 0;
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

/**
 * Static (tag-independent) features of every token in one sentence.
 * `gaz` holds a gazetteer label per token ("LOC-B", "ORG-I", "" …).
 */
export function sentenceFeatures(words: readonly string[], gaz: readonly string[], casing: DocCasing): string[][] {
  const n = words.length;
  const caps = isAllCapsSentence(words);
  const lw = words.map((w) => w.toLowerCase());
  const sh = words.map(shape);
  const at = (arr: readonly string[], i: number, pad: string) => (i < 0 ? '<s>' : i >= n ? '</s>' : arr[i] ?? pad);
  // runs of capitalised words ("Kenya Wildlife Protection Agency", "Bank of England"): their head word types them
  const runOf = new Array<[number, number] | null>(n).fill(null);
  if (!caps) {
    const cap = (k: number) => k < n && CAP_START.test(words[k]!);
    for (let i = 0; i < n; ) {
      if (!cap(i)) { i++; continue; }
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
  const lex = lexiconFlags(lw);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!, l = lw[i]!, s = sh[i]!;
    const f: string[] = ['b', 'l=' + l, 'sh=' + s];
    const run = runOf[i];
    if (run && run[1] - run[0] > 1) {
      const [a, b] = run;
      const pos = i === a ? 'B' : i === b - 1 ? 'E' : 'I';
      f.push('rl=' + lw[b - 1], 'rp=' + pos + Math.min(b - a, 4));
      if (i !== a) f.push('rf=' + lw[a]);
    }
    if (!caps) f.push('w=' + w);
    else f.push('uc', 'ucl=' + l);
    if (i === 0) f.push('first|' + s);
    const len = l.length;
    for (let k = 1; k <= 4 && k < len; k++) {
      f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(len - k)}`);
    }
    if (l.includes('-')) f.push('hy');
    const pl = at(lw, i - 1, ''), nl = at(lw, i + 1, '');
    f.push('l-1=' + pl, 'l+1=' + nl, 'l-2=' + at(lw, i - 2, ''), 'l+2=' + at(lw, i + 2, ''));
    f.push('sh-1=' + at(sh, i - 1, ''), 'sh+1=' + at(sh, i + 1, ''));
    f.push('sh-1|sh|sh+1=' + at(sh, i - 1, '') + '|' + s + '|' + at(sh, i + 1, ''));
    f.push('l-1|l=' + pl + '|' + l, 'l|l+1=' + l + '|' + nl);
    const dc = casing.get(l);
    if (dc && /^\p{L}/u.test(w)) {
      const d = dc.cap > 0 && dc.low === 0 ? 'C' : dc.low > 0 && dc.cap === 0 ? 'l' : 'm';
      f.push('dc=' + d, 'dc|sh=' + d + '|' + s);
    } else f.push('dc=none|' + s);
    const g = gaz[i] ?? '';
    const gp = i > 0 ? gaz[i - 1] ?? '' : '<s>', gn = i + 1 < n ? gaz[i + 1] ?? '' : '</s>';
    if (g) f.push('gz=' + g, 'gz|sh=' + g + '|' + s);
    if (gp) f.push('gz-1=' + gp);
    if (gn) f.push('gz+1=' + gn);
    // lexicon membership, case-blind so all-caps copy reads the same: given names, titles before, organisation head words
    const lx = lex[i]!, lxp = i > 0 ? lex[i - 1]! : '', lxn = i + 1 < n ? lex[i + 1]! : '';
    if (lx) f.push('lx=' + lx, 'lx|sh=' + lx + '|' + s);
    if (lxp) f.push('lx-1=' + lxp);
    if (lxn) f.push('lx+1=' + lxn);
    if (caps) f.push('uc|sh-1|sh+1=' + at(sh, i - 1, '') + '|' + at(sh, i + 1, ''));
    out.push(f);
  }
  return out;
}

/**
 * Per token: "G" a known given name, "T" the last word of a title ("minister" in "Foreign Minister"),
 * "C" an organisation head word ("ministry", "bank"); joined when several apply.
 */
function lexiconFlags(lw: readonly string[]): string[] {
  const given = givenNames(), cues = orgCues(), { set: titles, maxWords } = titleLexicon();
  const keys = lw.map((l) => (l.length > 1 && l.endsWith('.') ? l.slice(0, -1) : l));
  return keys.map((l, i) => {
    let flags = '';
    if (given.has(l)) flags += 'G';
    for (let k = 1; k <= maxWords && k <= i + 1; k++) {
      if (titles.has(k === 1 ? l : keys.slice(i - k + 1, i + 1).join(' '))) { flags += 'T'; break; }
    }
    if (cues.has(l)) flags += 'C';
    return flags;
  });
}

/** Tag-dependent features, from the tags already chosen to the left. */
export function historyFeatures(prev1: string, prev2: string, lw: string): string[] {
  return ['t-1=' + prev1, 't-2|t-1=' + prev2 + '|' + prev1, 't-1|l=' + prev1 + '|' + lw];
}
