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
