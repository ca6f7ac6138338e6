// Non-local ("document-level") features for the tagger's second pass, after Ratinov & Roth (2009):
// what the first pass said about the same word elsewhere in the article. A surname alone, a headline in
// capitals or an ambiguous word ("Jordan") borrows the reading the article gives it where it is clearer.

/** Entity type of a BIO tag ("B-PER" -> "PER"), "O" for outside. */
const typeOf = (tag: string): string => (tag === 'O' ? 'O' : tag.slice(2));

interface Seen { counts: Map<string, number>; /** type|role ("PER|L": last word of a longer name) -> count */ roles: Map<string, number> }

const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, (m.get(k) ?? 0) + by);

/** Where token i sits in its first-pass span: "S" alone, "F" first, "M" inside, "L" last; "" outside. */
function roleAt(tags: readonly string[], i: number): string {
  const t = tags[i]!;
  if (t === 'O') return '';
  const starts = t.startsWith('B-') || i === 0 || typeOf(tags[i - 1]!) !== typeOf(t);
  const ends = i + 1 >= tags.length || !tags[i + 1]!.startsWith('I-') || typeOf(tags[i + 1]!) !== typeOf(t);
  return starts && ends ? 'S' : starts ? 'F' : ends ? 'L' : 'M';
}

const WORDLIKE = /^[\p{L}\p{N}]/u;

/**
 * Extra features per token of every sentence, from the first pass's tags of the whole document:
 * the token's own first-pass tag and its neighbours', the majority reading of the same word (case-blind)
 * at its other occurrences, each entity type it was given there and its role in those names.
 */
export function documentFeatures(sentences: readonly (readonly string[])[], pass1: readonly (readonly string[])[]): string[][][] {
  const seen = new Map<string, Seen>();
  const visit = (fn: (key: string, tag: string, role: string) => void) => {
    sentences.forEach((words, si) => {
      const tags = pass1[si]!;
      words.forEach((w, i) => { if (w.length > 1 && WORDLIKE.test(w)) fn(w.toLowerCase(), tags[i]!, roleAt(tags, i)); });
    });
  };
  visit((key, tag, role) => {
    let e = seen.get(key);
    if (!e) seen.set(key, (e = { counts: new Map(), roles: new Map() }));
    bump(e.counts, typeOf(tag), 1);
    if (role) bump(e.roles, typeOf(tag) + '|' + role, 1);
  });
  return sentences.map((words, si) => {
    const tags = pass1[si]!;
    return words.map((w, i) => {
      const f = ['p1=' + tags[i], 'p1-1|p1=' + (i > 0 ? tags[i - 1] : '<s>') + '|' + tags[i], 'p1+1=' + (i + 1 < tags.length ? tags[i + 1] : '</s>')];
      if (!(w.length > 1 && WORDLIKE.test(w))) return f;
      const e = seen.get(w.toLowerCase())!;
      const own = typeOf(tags[i]!), ownRole = roleAt(tags, i);
      let total = 0, best = '', bestN = 0;
      for (const [t, c0] of e.counts) {
        const c = c0 - (t === own ? 1 : 0);
        if (c <= 0) continue;
        total += c;
        if (c > bestN) { best = t; bestN = c; }
        if (t !== 'O') f.push('nl=' + t);
      }
      if (!total) return ['nl=none', ...f];
      f.push('nlmaj=' + best + (bestN * 2 > total ? '' : '~'), 'nlmaj|p1=' + best + '|' + own);
      for (const [k, c0] of e.roles) {
        const c = c0 - (ownRole && k === own + '|' + ownRole ? 1 : 0);
        if (c > 0) f.push('nlr=' + k);
      }
      return f;
    });
  });
}
