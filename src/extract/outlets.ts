// News-writing furniture around an article's names: the outlet (dateline brackets, the article's own source),
// the byline, and the head words that make a name a venue.

export interface CharRange { start: number; end: number }

/** Head words of named venues: "Manchester Arena", "Al Noor Mosque", "Royal Artillery Barracks". */
const VENUE_HEADS = new Set(['arena', 'stadium', 'hall', 'bridge', 'market', 'square', 'station', 'airport', 'cafe', 'café', 'mosque', 'church',
  'cathedral', 'mall', 'theatre', 'theater', 'hotel', 'barracks', 'synagogue', 'temple', 'chapel', 'nightclub', 'concourse', 'terminal']);

export function isVenueHead(word: string | undefined): boolean {
  return word !== undefined && VENUE_HEADS.has(word.toLowerCase());
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "MANCHESTER, England (Northline Wire) -", "LONDON, 26 February 2014 (Wire) -": a place in capitals (optionally ", Region"
// or ", date"), the outlet in brackets, a dash
const DATELINE = /^[ \t*_]*(\p{Lu}{2,}[\p{Lu}.'’ -]*?)[ \t]*(?:,[ \t]*[\p{L}\p{N}][\p{L}\p{N}.'’ -]{0,30})?[ \t]*\(([^()\n]{2,80})\)[ \t]*[-–—:]/gmu;

/** An outlet's name without a leading "The" and without notes after a comma ("Wire, from wire reports"). */
function outletName(raw: string): string | null {
  const name = raw.split(/[,;(]|\s[-–—]\s/)[0]!.trim().replace(/^the\s+/i, '');
  return /^\p{Lu}/u.test(name) && /\p{L}{2}/u.test(name) && name.split(/\s+/).length <= 6 && !/\d/.test(name) ? name : null;
}

export interface Dateline { place: CharRange; outlet: string }

/** Datelines at the start of a line: where the place is written, and the outlet named in brackets. */
export function datelines(text: string): Dateline[] {
  const out: Dateline[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    const name = outletName(m[2]!);
    if (!name) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ place: { start, end: start + m[1]!.length }, outlet: name });
  }
  return out;
}

/** Names of the outlet: the article's source and the bracketed names after datelines. */
export function outletNames(text: string, source?: string): string[] {
  const names = new Set<string>();
  const src = source && source.length <= 120 ? outletName(source) : null;
  if (src) names.add(src);
  for (const d of datelines(text)) names.add(d.outlet);
  return [...names];
}

/** Every place the outlet is named in the text (whole words, any case but never all lower case), longest names first. */
export function outletOccurrences(text: string, source?: string): CharRange[] {
  const out: CharRange[] = [];
  const names = outletNames(text, source).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) {
      const r = { start: m.index, end: m.index + m[0].length };
      if (!/\p{Lu}/u.test(m[0]) || out.some((o) => o.start < r.end && r.start < o.end)) continue;
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NOT_A_NAME = /^(?:the|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|then|now|day|night|noon|midnight|dawn|late|early)$/i;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const BYLINE = new RegExp(String.raw`^[ \t*_]*By[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3})(?:[ \t]*(?:,|and|&)[ \t]*[^\n]{0,80})?[ \t*_]*$`, 'u');

/** The byline ("By Jane Doe, Security Correspondent") among the first lines of the text, if any. */
export function bylineRange(text: string): CharRange | null {
  let pos = 0, seen = 0;
  while (pos < text.length && seen < 4) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim()) {
      seen++;
      const m = BYLINE.exec(line);
      if (m && !m[1]!.split(/\s+/).some((w) => NOT_A_NAME.test(w)) && !/[.!?]["”]?\s*$/.test(line.replace(/\b\p{Lu}\.\s*$/u, ''))) return { start: pos, end };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}
