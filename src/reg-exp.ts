// Literal text inside a regular expression: every character that means something to RegExp escaped; and the matches
// of a global RegExp, read without a copy of it.

/** `s` as a regular-expression source that matches exactly `s` */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The matches of global `re` in `text`, one at a time, as `text.matchAll(re)` yields them (from `re.lastIndex`, past an
 * empty match by one character or code point), and `re.lastIndex` as it was before and between them.
 *
 * Why not matchAll: it copies `re` on every call, and V8 keeps a copy's compiled code only while the pattern is in its
 * compilation cache, which drops patterns unused for two garbage collections. A copy of a rule's long pattern then
 * compiles anew (tens of milliseconds for the role and casualty patterns), which on a long batch of articles cost a
 * fifth of extraction time. `re` itself keeps its code.
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`eachMatch: ${String(re)} is not global (matchAll would refuse it too)`);
  const saved = re.lastIndex;
  const unicode = re.unicode || re.flags.includes('v');
  let at = saved;
  for (;;) {
    // lastIndex is set before and restored after each exec, so the caller's loop may use `re` itself meanwhile
    re.lastIndex = at;
    const m = re.exec(text);
    at = re.lastIndex;
    re.lastIndex = saved;
    if (!m) return;
    if (m[0] === '') at += unicode && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}

/** an entry read as plain text: letters, digits, spaces, apostrophes and hyphens, no surrogate pair to split */
const PLAIN_ENTRY = /^[\p{L}\p{N} '’-]*$/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * `entries` (regular-expression sources, each a whole alternative) as one alternation, tried in their order, as
 * `entries.map((e) => `(?:${e})`).join('|')` would be, from a shorter source: neighbouring plain-text entries share
 * their common start ("abc|abd|ab" becomes "ab(?:c|d|)"), and a plain-text entry listed again is left out (it could
 * only fail where its first listing failed). Both keep every match and its order of preference.
 *
 * Why: one helper for the word-list alternations every pattern builder wrote alike, and shorter patterns that match
 * faster (a shared start is tried once, not once per entry: the case-insensitive patterns ran about 5% faster over
 * the CoNLL dev sentences, with the same matches). Compiling them takes as long as before: that cost is V8 closing
 * each \p{L} class over case, not the length of the word lists.
 */
export function alternatives(entries: readonly string[]): string {
  const out: string[] = [];
  const seenPlain = new Set<string>();
  let run: string[] = [];
  const endRun = () => {
    if (run.length) out.push(sharedStarts(run));
    run = [];
  };
  for (const e of entries) {
    if (PLAIN_ENTRY.test(e) && !SURROGATE.test(e)) {
      if (!seenPlain.has(e)) run.push(e);
      seenPlain.add(e);
      continue;
    }
    endRun();
    out.push(`(?:${e})`);
  }
  endRun();
  return out.join('|');
}

/** plain, distinct `words` as an alternation in their order, neighbours with one first character sharing their start */
function sharedStarts(words: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const first = words[i]!;
    let j = i + 1;
    if (first !== '') while (j < words.length && words[j]![0] === first[0]) j++;
    if (j - i === 1) out.push(first);
    else {
      const group = words.slice(i, j);
      let n = 1;
      while (group.every((w) => w.length > n && w[n] === first[n])) n++;
      out.push(`${first.slice(0, n)}(?:${sharedStarts(group.map((w) => w.slice(n)))})`);
    }
    i = j;
  }
  return out.join('|');
}
