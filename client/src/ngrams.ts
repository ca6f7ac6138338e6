// Shared passages between two texts: word n-grams present in both, merged into character spans.

export interface Span {
  start: number;
  end: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function gramKeys(tokens: Token[], n: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++)
    keys.push(
      tokens
        .slice(i, i + n)
        .map((t) => t.word)
        .join(' '),
    );
  return keys;
}

function spansOf(tokens: Token[], keys: string[], shared: Set<string>, n: number): Span[] {
  const covered = new Uint8Array(tokens.length);
  keys.forEach((k, i) => {
    if (shared.has(k)) covered.fill(1, i, i + n);
  });
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!covered[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && covered[j + 1]) j++;
    spans.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    i = j;
  }
  return spans;
}

/** Passages of at least `n` consecutive words that occur in both texts, as spans in each, plus the share of words covered. */
export function sharedPassages(
  a: string,
  b: string,
  n = 6,
): { a: Span[]; b: Span[]; coverageA: number; coverageB: number } {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const ka = gramKeys(ta, n);
  const kb = gramKeys(tb, n);
  const setB = new Set(kb);
  const shared = new Set(ka.filter((k) => setB.has(k)));
  const sa = spansOf(ta, ka, shared, n);
  const sb = spansOf(tb, kb, shared, n);
  const words = (tokens: Token[], spans: Span[]) =>
    tokens.filter((t) => spans.some((s) => t.start >= s.start && t.end <= s.end)).length;
  return {
    a: sa,
    b: sb,
    coverageA: ta.length ? words(ta, sa) / ta.length : 0,
    coverageB: tb.length ? words(tb, sb) / tb.length : 0,
  };
}
