// Candidate mentions: tagger spans reconciled with gazetteer matches and a few news-writing rules.
import type { Doc } from './document.js';
import { gazetteer, type GazEntry, type GazMatch } from './gazetteer.js';
import { groupWords, PERSON_TITLES, titleLexicon } from './lexicons.js';
import { docCasing, isAllCapsSentence } from './tagger-features.js';
import { decode, defaultModel } from './tagger.js';
import { tokenize, type Token } from './tokens.js';

export type MentionType = 'person' | 'organization' | 'place';

export interface Candidate {
  type: MentionType;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** gazetteer entries the exact span matched, if any */
  gaz: GazEntry[];
  source: 'tagger' | 'gazetteer' | 'rule';
  /** titles/roles found before or in apposition after a person mention */
  roles: string[];
}

interface Span { type: string; s: number; e: number; gaz: GazEntry[]; weak: boolean; source: Candidate['source'] }

const TAG_TYPE: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

function tagSpans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  tags.forEach((t, i) => {
    const type = TAG_TYPE[t.slice(2)] ?? '';
    if (t === 'O' || t.startsWith('B-') || (open && open.type !== type)) { if (open) out.push(open); open = null; }
    if (t !== 'O' && !open) open = { type, s: i, e: i + 1, gaz: [], weak: false, source: 'tagger' };
    else if (open) open.e = i + 1;
  });
  if (open) out.push(open);
  return out;
}

function gazType(entries: readonly GazEntry[]): string | null {
  if (entries.some((e) => e.kind === 'org')) return 'organization';
  if (entries.some((e) => e.kind === 'country' || e.kind === 'region' || e.kind === 'city')) return 'place';
  return null;
}

/** Tagger spans win, except where a strong gazetteer name covers them or the tagger saw nothing. */
function reconcile(tagged: Span[], matches: readonly GazMatch[]): Span[] {
  let spans = tagged.slice();
  for (const m of matches) {
    const type = gazType(m.entries);
    if (!type) continue;
    const over = spans.filter((t) => t.s < m.end && m.start < t.e);
    if (!over.length) {
      if (!m.weak) spans.push({ type, s: m.start, e: m.end, gaz: m.entries, weak: false, source: 'gazetteer' });
      continue;
    }
    const exact = over.find((t) => t.s === m.start && t.e === m.end);
    if (exact) {
      exact.gaz = m.entries;
      if (!m.weak && (exact.type === 'misc' || (exact.type === 'place' && type === 'organization'))) exact.type = type;
      continue;
    }
    if (!m.weak && over.every((t) => t.s >= m.start && t.e <= m.end)) {
      spans = spans.filter((t) => !over.includes(t));
      spans.push({ type, s: m.start, e: m.end, gaz: m.entries, weak: false, source: 'gazetteer' });
    }
  }
  return spans.sort((a, b) => a.s - b.s);
}

function labelsFrom(matches: readonly GazMatch[], n: number): string[] {
  const labels = new Array<string>(n).fill('');
  for (const m of matches) {
    const kinds = new Set(m.entries.map((e) => (e.kind === 'org' ? 'ORG' : e.kind === 'demonym' ? 'DEM' : e.kind === 'city' ? 'CITY' : 'LOC')));
    const label = [...kinds].sort().join('+') + (m.weak ? 'w' : '');
    for (let k = m.start; k < m.end; k++) labels[k] = label + (k === m.start ? '-B' : '-I');
  }
  return labels;
}

const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');

/** Longest title ending just before token `end` (exclusive), as [startIndex, text]. */
function titleBefore(words: readonly string[], end: number): [number, string] | null {
  const { set, maxWords } = titleLexicon();
  for (let n = Math.min(maxWords, end); n >= 1; n--) {
    const phrase = words.slice(end - n, end).map(lower).join(' ');
    if (set.has(phrase)) return [end - n, words.slice(end - n, end).join(' ')];
  }
  return null;
}

/** Longest title starting at token `start`. */
function titleAt(words: readonly string[], start: number): [number, string] | null {
  const { set, maxWords } = titleLexicon();
  for (let n = Math.min(maxWords, words.length - start); n >= 1; n--) {
    const phrase = words.slice(start, start + n).map(lower).join(' ');
    if (set.has(phrase)) return [start + n, words.slice(start, start + n).join(' ')];
  }
  return null;
}

const HAS_UPPER = /\p{Lu}/u;

/** "Muslims Planning Mass Casualty Attacks on West": most longer words capitalised, no full stop at the end. */
export function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (long.length < 4 || words[words.length - 1] === '.') return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}
const ORG_HEADS = new Set(['agency', 'ministry', 'police', 'service', 'army', 'navy', 'party', 'front', 'council', 'committee', 'court', 'university',
  'institute', 'association', 'union', 'corporation', 'company', 'inc', 'corp', 'ltd', 'plc', 'group', 'brigade', 'brigades', 'movement', 'organization',
  'organisation', 'commission', 'department', 'bureau', 'foundation', 'federation', 'league', 'club', 'authority', 'directorate', 'constabulary']);
const HAS_LETTER = /\p{L}/u;

export function findCandidates(doc: Doc): Candidate[] {
  const gaz = gazetteer();
  const model = defaultModel();
  const west = gaz.placesByName.get('the west') ?? [];
  const sents: { toks: Token[]; words: string[] }[] = doc.sentences.map((s) => {
    const toks = tokenize(doc.text, s.start, s.end);
    return { toks, words: toks.map((t) => t.text) };
  });
  const casing = docCasing(sents.map((s) => s.words));
  const out: Candidate[] = [];
  sents.forEach(({ toks, words }, si) => {
    if (!words.length) return;
    // a Title Case headline carries no casing signal; the tagger reads it like an all-caps one
    const headline = !isAllCapsSentence(words) && isTitleCase(words);
    const view = headline ? words.map((w) => w.toUpperCase()) : words;
    const allCaps = headline || isAllCapsSentence(words);
    const matches = gaz.match(view, allCaps);
    const tagged = model ? tagSpans(decode(model, view, labelsFrom(matches, words.length), casing)) : [];
    const spans = reconcile(tagged, matches);
    // "the West" as a place: only with the article and not followed by a capitalised name ("the West Bank")
    for (let i = 1; i < words.length; i++) {
      if (words[i] !== 'West' || !/^the$/i.test(words[i - 1]!) || !west.length) continue;
      if (i + 1 < words.length && HAS_UPPER.test(words[i + 1]![0] ?? '')) continue;
      const over = spans.filter((t) => t.s <= i && i < t.e);
      if (over.some((t) => t.e - t.s > 1 || t.type === 'person' || t.type === 'organization')) continue;
      for (const o of over) spans.splice(spans.indexOf(o), 1);
      spans.push({ type: 'place', s: i, e: i + 1, gaz: west, weak: false, source: 'rule' });
    }
    for (const sp of spans) {
      if (sp.type === 'misc' || !sp.type) continue;
      let s = sp.s;
      const roles: string[] = [];
      // "Mr. Bush", "President Obama": a person whatever the tagger thought, unless a lexicon knows the name
      if (sp.type !== 'person' && !sp.gaz.length && true) {
        const t = titleBefore(words, sp.s);
        if (t && PERSON_TITLES.has(t[1].toLowerCase().replace(/\.$/, '')) && HAS_UPPER.test(words[t[0]]![0]!)) sp.type = 'person';
      }
      if (sp.type === 'person') {
        // titles inside the span ("President Clinton" tagged whole) move to roles
        for (let t = titleAt(words, s); t && t[0] < sp.e; t = titleAt(words, s)) { roles.push(t[1].replace(/\.$/, '')); s = t[0]; }
        const before = titleBefore(words, s);
        if (before && (HAS_UPPER.test(words[before[0]]![0]!) || s === sp.s)) roles.unshift(before[1].replace(/\.$/, ''));
        // apposition: "Andrew Parker, the Director General of ..."
        let k = sp.e;
        if (words[k] === ',') {
          k++;
          if (/^(the|a|an)$/i.test(words[k] ?? '')) k++;
          const t = k < words.length ? titleAt(words, k) : null;
          if (t) roles.push(t[1]);
        }
      }
      const start = toks[s]!.start, end = toks[sp.e - 1]!.end;
      const text = doc.input.text.slice(start, end);
      if (text !== doc.text.slice(start, end)) continue; // a name broken by markup
      if (!HAS_LETTER.test(text)) continue;
      if (!HAS_UPPER.test(text) && !sp.gaz.length) continue;
      if (groupWords().has(text.toLowerCase().replace(/['’]s$/u, ''))) continue;
      // a lone title word ("The Head of MI5") is a role, not a name
      if (sp.e - s === 1 && !sp.gaz.length && titleLexicon().set.has(lower(words[s]!))) continue;
      // "Kenya Wildlife Protection Agency": a head word that only bodies have makes it an organisation
      if (sp.type !== 'organization' && !sp.gaz.length && sp.e - s > 1 && ORG_HEADS.has(lower(words[sp.e - 1]!))) sp.type = 'organization';
      // "the Security Chief", "the Army Commander": a role description, not a body
      if (sp.type === 'organization' && !sp.gaz.length && sp.e - s > 1 && titleLexicon().set.has(lower(words[sp.e - 1]!)) && !/^(council|court|office|guard|assembly)$/i.test(words[sp.e - 1]!)) continue;
      if (sp.type === 'place' && gaz.demonyms.has(text.toLowerCase()) && !gaz.placesByName.has(text.toLowerCase())) continue;
      out.push({ type: sp.type as MentionType, start, end, text, sentence: si, gaz: sp.gaz, source: sp.source, roles });
    }
  });
  return out;
}
