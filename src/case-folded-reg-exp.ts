// A case-insensitive Unicode pattern matched without the i flag: on a copy of the text with every character replaced
// by one representative of its case class (same length, so every index holds), by a pattern whose literals and
// classes were rewritten to those representatives. The matches, their indices and their text (read from the original
// text) are those of the /iu pattern.
//
// Why: V8 compiles a pattern on its first use, once per subject encoding, and the i flag makes that compile three to
// four times dearer (it closes every class, \p{L} among them, over case: crbug v8/6727). The extractor's long word-list
// patterns cost more to compile than to run over a whole batch of articles; without the flag they compile in about a
// third of the time and run no slower.
//
// The i flag is kept whenever the rewrite is not certain to match alike (a class whose case closure cannot be
// written as a class without i): such a source is compiled as it was.

/** a character's representative: every character of one /iu case class has the same one, of the same length */
const representatives = new Map<string, string>();

function representative(c: string): string {
  let r = representatives.get(c);
  if (r !== undefined) return r;
  r = c;
  for (const candidate of [c.toUpperCase().toLowerCase(), c.toLowerCase()])
    if (
      candidate.length === c.length &&
      [...candidate].length === 1 &&
      (candidate === c ||
        // an upper-case letter and its lower case that maps back to it are one case class (asking the pattern
        // engine for every letter would compile a pattern for each)
        (candidate === c.toLowerCase() && candidate.toUpperCase() === c) ||
        new RegExp(`^${escapeChar(c)}$`, 'iu').test(candidate))
    ) {
      r = candidate;
      break;
    }
  representatives.set(c, r);
  return r;
}

const ASCII = /^[\x00-\x7f]*$/;

/** `text` with each character replaced by its case representative (the same length) */
export function foldCase(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) out += representative(c);
  return out;
}

/** `c` as a pattern's literal (outside a class: a hyphen there needs no escape, and /u refuses one) */
function escapeChar(c: string): string {
  return /[\^$\\.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

const CASED = /[\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]/gu;

/**
 * Characters that have another of their /iu case class (the only ones a class can match differently with and
 * without the i flag), found once: every code point up to U+1FFFF (none beyond has case) run through one pattern.
 */
let casedCache: string[] | null = null;
function casedCharacters(): string[] {
  if (casedCache) return casedCache;
  const units = new Uint16Array(0xf800 + 0x20000);
  let n = 0;
  for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) units[n++] = cp;
  for (let cp = 0; cp <= 0xffff; cp++) {
    units[n++] = 0xd800 + (cp >> 10); // U+10000 + cp
    units[n++] = 0xdc00 + (cp & 0x3ff);
  }
  const all = new TextDecoder('utf-16le').decode(units);
  return (casedCache = all.match(CASED) ?? []);
}

/**
 * a class body of \p{L}, \p{N}, \s, \d, \w and characters without case (a hyphen only first or last, where it is
 * itself): the same with or without i on folded text
 */
const CASELESS_BODY = /^-?(?:\\p\{[LN]\}|\\[sdw]|\\[^pPkuxcbBdDsSwW\p{L}\p{N}]|[^\\\-\p{L}\p{N}]|-$)*$/u;

/** classes without the i flag that match on folded text as the source class does with it, by class source */
const classCache = new Map<string, string | null>();

/**
 * A class body (what stands between [ and ], without a leading ^) as one for folded text, or null when no class
 * without the i flag matches like it: it then must keep the flag.
 */
function foldedClassBody(body: string): string | null {
  let r = classCache.get(body);
  if (r !== undefined) return r;
  if (CASELESS_BODY.test(body)) {
    classCache.set(body, body);
    return body;
  }
  r = null;
  try {
    const plain = new RegExp(`^[${body}]$`, 'u');
    const folded = new RegExp(`^[${body}]$`, 'iu');
    const extra: string[] = [];
    let ok = true;
    for (const c of casedCharacters()) {
      if (representative(c) !== c) continue; // folded text never holds it
      const want = folded.test(c);
      if (want === plain.test(c)) continue;
      if (!want) {
        ok = false; // the class would have to lose a character: no class without i says that
        break;
      }
      extra.push(c === '-' ? '\\-' : escapeChar(c));
    }
    // the characters it gains go first (after a closing hyphen they would make a range of it); an opening hyphen,
    // which they would make a range of, is escaped
    if (ok) r = extra.join('') + (extra.length && body.startsWith('-') ? `\\-${body.slice(1)}` : body);
  } catch {
    r = null;
  }
  classCache.set(body, r);
  return r;
}

/**
 * The parts of a /u source: a property escape, a back reference by name, another escape, a class, a named group's
 * opening, a quantifier with braces, a run of other characters, or any one character.
 */
const PART =
  /\\[pP]\{[^}]*\}|\\k<[^>]*>|\\(?:[^]|$)|\[\^?(?:\\[^]|[^\]\\])*\]|\(\?<(?![=!])[^>]*>|\{\d+(?:,\d*)?\}|[^\\[({]+|[^]/gu;

/** the source as one for folded text without the i flag, or null when some part of it cannot be */
export function foldedSource(source: string): string | null {
  let out = '';
  for (const [part] of source.matchAll(PART)) {
    const c = part[0]!;
    if (c === '\\') {
      const e = part[1];
      if (e === undefined) return null;
      if (e === 'p' || e === 'P') {
        const folded = foldedClassBody(part);
        if (folded === null) return null;
        out += `[${folded}]`;
      } else if (e === 'k' || /[dsw0-9nrtfvb]/i.test(e)) {
        // \w and \b differ with i only for characters folded text never holds (ſ, the Kelvin sign); \W and \B do not
        if (e === 'W' || e === 'B') return null;
        out += part;
      } else if (e === 'u' || e === 'x' || e === 'c')
        return null; // a code written as an escape: not worth reading
      else out += escapeChar(representative(part.slice(1)));
    } else if (c === '[') {
      const negated = part[1] === '^';
      const body = part.slice(negated ? 2 : 1, -1);
      const folded = body === '' ? '' : foldedClassBody(body);
      if (folded === null) return null;
      out += `[${negated ? '^' : ''}${folded}]`;
    } else if ((c === '(' && part.length > 1) || (c === '{' && part.length > 1))
      out += part; // group name, quantifier
    else if (c === '{') return null;
    else if (ASCII.test(part))
      out += part.toLowerCase(); // no ASCII syntax character has case
    else for (const ch of part) out += representative(ch); // a syntax character is its own representative
  }
  return out;
}

/**
 * The small alphabet: Latin-1 and General Punctuation (U+2000–U+206F: curly quotes, dashes, the ellipsis, the odd
 * space), the characters of nearly every English article. No character of General Punctuation has case, is a letter
 * or a number.
 */
const SMALL_ALPHABET_TEXT = /^[\x00-\xff\u2000-\u206f]*$/;
const SMALL_ALPHABET_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0xff],
  [0x2000, 0x206f],
];

/** the last text folded, its folding, and whether the folding is of the small alphabet alone (a pattern runs many times over one text) */
let lastText = '';
let lastFolded = '';
let lastSmall = true;

function folded(text: string): string {
  if (text !== lastText) {
    lastFolded = foldCase(text);
    lastSmall = SMALL_ALPHABET_TEXT.test(lastFolded);
    lastText = text;
  }
  return lastFolded;
}

/** a property escape's characters of the small alphabet as a class body of \xHH and \uHHHH ranges, by escape */
const smallClasses = new Map<string, string>();

function smallClass(escape: string): string {
  let body = smallClasses.get(escape);
  if (body !== undefined) return body;
  const re = new RegExp(escape, 'u');
  body = '';
  const hex = (c: number) =>
    c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  for (const [from, to] of SMALL_ALPHABET_RANGES)
    for (let c = from; c <= to; c++) {
      if (!re.test(String.fromCharCode(c))) continue;
      let end = c;
      while (end < to && re.test(String.fromCharCode(end + 1))) end++;
      body += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
      c = end;
    }
  smallClasses.set(escape, body);
  return body;
}

/**
 * The source as one that matches a text of the small alphabet alone (Latin-1 and General Punctuation) as the source
 * does: each property escape (\p{L}, \P{N}) written as the characters of the small alphabet it holds; null when the
 * source has none. V8 compiles every property escape as all its ranges, whatever the text: \p{L}, \p{N} were about
 * two fifths of what the extractor's patterns cost to compile, and a text with one curly quote made every pattern
 * compile them.
 */
export function smallAlphabetSource(source: string): string | null {
  if (!/\\[pP]\{/.test(source)) return null;
  let out = '';
  for (const [part] of source.matchAll(PART)) {
    if (/^\\[pP]\{/.test(part)) out += `[${smallClass(part)}]`;
    else if (part.startsWith('[') && /\\[pP]\{/.test(part))
      out += part.replace(/\\\\|\\[pP]\{[^}]*\}|\\[^]/g, (e) => (/^\\[pP]\{/.test(e) ? smallClass(e) : e));
    else out += part;
  }
  return out;
}

/**
 * Whether a source (valid with the u flag) has a capturing group, named or not: a "(" not followed by "?", or a
 * named group's opening (escapes and classes are parts of their own, so a "(" in them is not read as a group).
 */
export function hasCaptureGroup(source: string): boolean {
  let open = false;
  for (const [part] of source.matchAll(PART)) {
    if (open && !part.startsWith('?')) return true;
    open = part === '(';
    if (part.startsWith('(?<') && part.length > 3) return true;
  }
  return open;
}

/**
 * A RegExp with flags i and u that matches on folded text without the i flag. Every matching method
 * (exec, String.prototype.match, replace, matchAll, split) reads it through exec; test reads the match on the folded
 * text alone (it needs no copy of the match from the original text).
 *
 * Without a capturing group the pattern runs without the d flag (unless it was asked for): a match's text is then
 * the original's slice at the match's index and length (folding keeps every index), and V8 has no indices to build.
 */
class CaseFoldedRegExp extends RegExp {
  readonly #withIndices: boolean;
  readonly #asGiven: string;
  /** the match is read from its indices (d flag): the pattern has groups, or indices were asked for */
  readonly #byIndices: boolean;

  /** the pattern for a folded text of the small alphabet (smallAlphabetSource), made on first use; null when it is the pattern itself */
  #small: RegExp | null | undefined;
  readonly #source: string;
  /**
   * the pattern on folded text, when this object's own is a stand-in (see caseFoldedRegExp's `small`): made on first
   * use by a text beyond the small alphabet, which most runs never have
   */
  #full: RegExp | undefined;
  readonly #standIn: boolean;

  /** `small`: the source's smallAlphabetSource, given when the pattern is to be made only when first needed (#fullPattern) */
  constructor(source: string, flags: string, asGiven: string, small?: string) {
    super(small === undefined ? source : '(?:)', flags);
    this.#source = source;
    this.#withIndices = asGiven.includes('d');
    this.#asGiven = asGiven;
    this.#byIndices = flags.includes('d');
    this.#standIn = small !== undefined;
    if (small !== undefined) this.#small = new RegExp(small, flags);
  }

  /** the pattern on folded text (this object's own, unless that is a stand-in) */
  #fullPattern(): RegExp | null {
    return this.#standIn ? (this.#full ??= new RegExp(this.#source, super.flags)) : null;
  }

  /** the match on the folded text, by the small alphabet's pattern when the text is of it (lastIndex read and set alike) */
  #execFolded(text: string): RegExpExecArray | null {
    const f = folded(text);
    if (lastSmall) {
      if (this.#small === undefined) {
        // (without the u flag, as chrono-node's patterns are, \p is a letter p)
        const source = this.unicode ? smallAlphabetSource(this.#source) : null;
        this.#small = source === null ? null : new RegExp(source, super.flags);
      }
      const re = this.#small;
      if (re) {
        re.lastIndex = this.lastIndex;
        const m = re.exec(f);
        this.lastIndex = re.lastIndex;
        return m;
      }
    }
    const full = this.#fullPattern();
    if (full) {
      full.lastIndex = this.lastIndex;
      const m = full.exec(f);
      this.lastIndex = full.lastIndex;
      return m;
    }
    return super.exec(f);
  }

  /** the folded source, as RegExp.prototype.source gives it (also for a stand-in) */
  override get source(): string {
    return this.#fullPattern()?.source ?? super.source;
  }

  /**
   * what split and matchAll work with: a RegExp copied from this one (its folded source, the flags asked for), as
   * their species copy made of this object's own pattern before it could be a stand-in
   */
  #copy(): RegExp {
    const re = new RegExp(this.#fullPattern() ?? this, this.#asGiven);
    re.lastIndex = this.lastIndex;
    return re;
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    return this.#copy()[Symbol.split](text, limit);
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    return this.#copy()[Symbol.matchAll](text);
  }

  static override get [Symbol.species]() {
    return RegExp;
  }

  override exec(text: string): RegExpExecArray | null {
    const m = this.#execFolded(String(text));
    if (!m) return null;
    const original = String(text);
    if (!this.#byIndices) {
      const out = [original.slice(m.index, m.index + m[0].length)] as unknown as RegExpExecArray;
      out.index = m.index;
      out.input = original;
      out.groups = undefined;
      return out;
    }
    const indices = m.indices!;
    const out = indices.map((at) => (at ? original.slice(at[0], at[1]) : undefined)) as unknown as RegExpExecArray;
    out.index = m.index;
    out.input = original;
    if (m.groups) {
      const groups: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [name, at] of Object.entries(indices.groups!))
        groups[name] = (at ? original.slice(at[0], at[1]) : undefined) as string;
      out.groups = groups;
    } else out.groups = undefined;
    if (this.#withIndices) out.indices = indices;
    return out;
  }

  /** as RegExp.prototype.test (lastIndex moves alike under g), without copying the match from the original text */
  override test(text: string): boolean {
    return this.#execFolded(String(text)) !== null;
  }

  /** the flags it was asked for (with i), as a copy of it made from source and flags must match alike */
  override get flags(): string {
    return this.#asGiven;
  }
}

/**
 * A /i pattern (no u, g or y flag: a library's, chrono-node's) that an ASCII text matches alike lowered, without the
 * flag: every letter it spells is lower case, every escape a class escape (\d, \s, \w, \b and their negations) or
 * an escaped character that is no letter or digit, every range in a class one of digits or of lower-case letters.
 * (Without the u flag, the i flag matches an ASCII character only with its ASCII other case.)
 */
function lowersAlike(source: string): boolean {
  const rest = source.replace(/\\[dDsSwWbB]|\\[^\p{L}\p{N}]/gu, '');
  if (rest.includes('\\') || /[A-Z]/.test(rest)) return false;
  // escapes outside classes are read past, so an escaped bracket opens no class
  for (const [cls] of source.matchAll(/\\[^]|\[(?:\\[^]|[^\]\\])*\]/g)) {
    if (cls[0] !== '[') continue;
    const body = cls.slice(cls[1] === '^' ? 2 : 1, -1);
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '\\') {
        i++;
        continue;
      }
      if (body[i] !== '-' || i === 0 || i === body.length - 1) continue;
      const [a, b] = [body[i - 1]!, body[i + 1]!];
      if (body[i - 2] === '\\' || !((/\d/.test(a) && /\d/.test(b)) || (/[a-z]/.test(a) && /[a-z]/.test(b))))
        return false;
    }
  }
  return true;
}

/**
 * ASCII and General Punctuation (U+2000–U+206F): no character of the latter has case, so a text of both matches such a
 * pattern alike lowered as an ASCII text does (a curly quote made an article's every date read by the flagged pattern)
 */
const ASCII_TEXT = /^[\x00-\x7f\u2000-\u206f]*$/;

/**
 * A /i pattern that reads an ASCII text (which may hold General Punctuation) lowered, without the i flag, and any
 * other text with the pattern as given.
 */
class AsciiFoldedRegExp extends CaseFoldedRegExp {
  readonly #asGiven: RegExp;

  constructor(source: string, flags: string, asGiven: RegExp) {
    super(source, flags, asGiven.flags);
    this.#asGiven = asGiven;
  }

  override exec(text: string): RegExpExecArray | null {
    const s = String(text);
    return ASCII_TEXT.test(s) ? super.exec(s) : this.#asGiven.exec(s);
  }

  override test(text: string): boolean {
    const s = String(text);
    return ASCII_TEXT.test(s) ? super.test(s) : this.#asGiven.test(s);
  }
}

/**
 * `re` (flag i, no u, g or y: they keep it as it is), or one that matches alike and reads an ASCII text lowered,
 * without the i flag, when its source allows (lowersAlike).
 *
 * Why: chrono-node's patterns are /i, and two of them (a count of time units before "ago" or "later") cost V8 about
 * 50 ms each to compile with the flag, a hundredth of that without it.
 */
export function asciiFoldedRegExp(re: RegExp): RegExp {
  const flags = re.flags;
  if (!flags.includes('i') || /[uvgy]/.test(flags) || !lowersAlike(re.source)) return re;
  const own = `${flags.replace('i', '')}${flags.includes('d') || !hasCaptureGroup(re.source) ? '' : 'd'}`;
  return new AsciiFoldedRegExp(re.source, own, re);
}

/**
 * `new RegExp(source, flags)` for flags with i and u, matching without the i flag when the source can be rewritten
 * for folded text (see the top of this file), else as given.
 */
export function caseFoldedRegExp(source: string, flags: string): RegExp {
  if (!flags.includes('i') || !flags.includes('u') || flags.includes('v') || flags.includes('y'))
    return new RegExp(source, flags);
  const { rewritten, small, groups } = folding(source);
  if (rewritten === null) return new RegExp(source, flags);
  const own = `${flags.replace('i', '')}${flags.includes('d') || !groups ? '' : 'd'}`;
  // with property escapes, the pattern itself is made when a text beyond the small alphabet first needs it: V8 parses a pattern
  // when it is made, and \p{L}, \p{N} were four fifths of what parsing the extractor's patterns cost (the small
  // alphabet's pattern, made now, still reports a wrong pattern at once)
  return new CaseFoldedRegExp(rewritten, own, flags, small ?? undefined);
}

/** what caseFoldedRegExp makes of a source: its folded source (or null), that one's smallAlphabetSource, whether it has groups */
export interface Folding {
  rewritten: string | null;
  small: string | null;
  groups: boolean;
}

/**
 * Foldings by source: those made in this process, and those read from a memo file (useFoldingMemo). Rewriting the
 * extractor's few hundred long sources (foldedSource, smallAlphabetSource) cost about a tenth of a short run's start-up.
 */
const foldings = new Map<string, Folding>();
/** the sources whose foldings this process used, and those read from a memo */
const used = new Set<string>();
const read = new Set<string>();

function folding(source: string): Folding {
  used.add(source);
  let f = foldings.get(source);
  if (!f) {
    const rewritten = foldedSource(source);
    f = {
      rewritten,
      small: rewritten === null ? null : smallAlphabetSource(rewritten),
      groups: rewritten !== null && hasCaptureGroup(rewritten),
    };
    foldings.set(source, f);
  }
  return f;
}

/**
 * Foldings made before, read back (resources.ts keeps them in the resource cache, in a file whose key holds this
 * code and the Node version, so the Unicode tables the foldings were made with): each is keyed by its whole source,
 * so an entry is never served for another source. Entries that are not foldings are refused whole (false).
 */
export function useFoldings(entries: unknown): boolean {
  if (!Array.isArray(entries)) return false;
  const entriesRead: [string, Folding][] = [];
  for (const e of entries) {
    if (!Array.isArray(e) || e.length !== 4) return false;
    const [source, rewritten, small, groups] = e as unknown[];
    if (typeof source !== 'string' || typeof groups !== 'boolean') return false;
    if (!(rewritten === null || typeof rewritten === 'string') || !(small === null || typeof small === 'string'))
      return false;
    entriesRead.push([source, { rewritten, small, groups }]);
  }
  for (const [source, f] of entriesRead) {
    if (!foldings.has(source)) foldings.set(source, f);
    read.add(source);
  }
  return true;
}

/** The foldings this process used, as useFoldings reads them, when one was not read from a memo (else null). */
export function foldingsToKeep(): [string, string | null, string | null, boolean][] | null {
  if ([...used].every((source) => read.has(source))) return null;
  return [...used].map((source) => {
    const f = foldings.get(source)!;
    return [source, f.rewritten, f.small, f.groups];
  });
}

/** whether each ASCII character is one a one-character pattern matches, by pattern */
const asciiTables = new WeakMap<RegExp, boolean[]>();

/** whether `re` (a pattern for one character, not global or sticky) matches the code point of `text` at `at` */
function oneCharacter(re: RegExp, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    let table = asciiTables.get(re);
    if (!table) asciiTables.set(re, (table = Array.from({ length: 0x80 }, (_, c) => re.test(String.fromCharCode(c)))));
    return table[code]!;
  }
  return re.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** the code point of `text` that ends at `at` starts at this index (-1 at the start) */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return at - 2;
  }
  return at - 1;
}

/** the last text whose folding a literal was looked for in, and that folding */
let lastLiteralText = '';
let lastLiteralFolded = '';

/**
 * The matches of `literal` in `text` as the global pattern `(?<!B)L(?!A)` with flag u (and i when `ignoreCase`)
 * finds them, L being the literal escaped and B, A the one-character patterns `notBefore`, `notAfter` (say
 * `/[\p{L}\p{N}]/iu`): each match's start and end, in order, none overlapping. No pattern is made for the literal.
 *
 * Why: a pattern made for each name of each article (to find it written again as a whole word) is compiled anew for
 * every name; with the i flag and \p{L}, \p{N} about a millisecond each, which over a batch of articles cost a fifth
 * of extraction time. Case-insensitively the literal is looked for in the folded text (foldCase: same length, one
 * character per case class), where /iu compares characters by their case class alike.
 */
export function* literalMatches(
  text: string,
  literal: string,
  notBefore: RegExp,
  notAfter: RegExp,
  ignoreCase: boolean,
): Generator<{ start: number; end: number }, void, undefined> {
  if (literal === '') throw new RangeError('literalMatches: an empty literal');
  let hay = text;
  let needle = literal;
  if (ignoreCase) {
    if (text !== lastLiteralText) {
      lastLiteralFolded = foldCase(text);
      lastLiteralText = text;
    }
    hay = lastLiteralFolded;
    needle = foldCase(literal);
  }
  for (let at = hay.indexOf(needle); at >= 0;) {
    const end = at + needle.length;
    const low = text.charCodeAt(at);
    const high = at > 0 ? text.charCodeAt(at - 1) : 0;
    // (a pattern with the u flag starts no match inside a surrogate pair)
    const inPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    const before = codePointBefore(text, at);
    if (
      !inPair &&
      (before < 0 || !oneCharacter(notBefore, text, before)) &&
      (end >= text.length || !oneCharacter(notAfter, text, end))
    ) {
      yield { start: at, end };
      at = hay.indexOf(needle, end);
    } else at = hay.indexOf(needle, at + 1);
  }
}
