// Candidate mentions: tagger spans reconciled with gazetteer matches and a few news-writing rules.
import type { Doc } from './document.js';
import { labelsFromMatches, type GazEntry, type GazMatch } from './gazetteer.js';
import { docCasing, isAllCapsSentence } from './tagger-features.js';
import { tagDocument } from './tagger.js';
import type { NameLexicons } from './lexicons.js';
import type { Resources } from './resources.js';
import { tokenize, type Token } from './tokens.js';
import { bylineRange, datelines, outletOccurrences } from '../news/conventions.js';
import { sentenceAt } from './document.js';
import { applyEntityRules } from './entity-rules.js';

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
  /** the type is certain (a personal title stands right before the name) */
  sure?: boolean;
  /** a news outlet: the article's own source or the name in brackets after a dateline */
  media?: boolean;
  /** a named venue ("Manchester Arena"): a place of kind 'site' */
  venue?: boolean;
  /** ids of the entity rules (entity-rules.ts) that changed this mention's span or type, for the evidence panel */
  rules?: string[];
}

interface Span {
  type: string;
  s: number;
  e: number;
  gaz: GazEntry[];
  weak: boolean;
  source: Candidate['source'];
}

const TAG_TYPE: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

function tagSpans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  tags.forEach((t, i) => {
    const type = TAG_TYPE[t.slice(2)] ?? '';
    if (t === 'O' || t.startsWith('B-') || (open && open.type !== type)) {
      if (open) out.push(open);
      open = null;
    }
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
      // a gazetteer place the tagger read as a person ("left Basra") is the place; entities.ts turns it back
      // into a person when the article also gives a full name containing it ("Michael Jordan" ... "Jordan")
      // "Pyongyang would impose no conditions": a capital speaking for its government is still the place (GUIDE.md)
      if (
        !m.weak &&
        exact.type === 'organization' &&
        type === 'place' &&
        m.end - m.start === 1 &&
        m.entries.every(
          (e) =>
            e.kind === 'country' ||
            (e.kind === 'city' && e.capital) ||
            (e.kind === 'region' && e.lat === null && e.placeKind === 'other'),
        )
      )
        exact.type = 'place';
      if (
        !m.weak &&
        (exact.type === 'misc' ||
          (exact.type === 'place' && type === 'organization') ||
          (exact.type === 'person' && type === 'place') ||
          (exact.type === 'person' && type === 'organization'))
      )
        exact.type = type;
      continue;
    }
    if (!m.weak && over.every((t) => t.s >= m.start && t.e <= m.end)) {
      spans = spans.filter((t) => !over.includes(t));
      spans.push({ type, s: m.start, e: m.end, gaz: m.entries, weak: false, source: 'gazetteer' });
    }
  }
  return spans.sort((a, b) => a.s - b.s);
}

/**
 * In all-caps text ("NATO WARNS TALIBAN") the tagger has no casing to tell where a name ends and may run one span
 * over two known names and the word between them. A span that holds two or more separate strong gazetteer names
 * with uncovered words between them is those names, not one.
 */
function splitAtGazetteerNames(tagged: Span[], matches: readonly GazMatch[]): Span[] {
  const out: Span[] = [];
  for (const sp of tagged) {
    const inside = matches
      .filter((m) => !m.weak && gazType(m.entries) && sp.s <= m.start && m.end <= sp.e)
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
    const covered = inside.reduce((n, m) => n + (m.end - m.start), 0);
    if (inside.length < 2 || covered === sp.e - sp.s) {
      out.push(sp);
      continue;
    }
    for (const m of inside)
      out.push({ type: gazType(m.entries)!, s: m.start, e: m.end, gaz: m.entries, weak: false, source: 'gazetteer' });
  }
  return out;
}

const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');

/** Longest title ending just before token `end` (exclusive), as [startIndex, text]. */
function titleBefore(names: NameLexicons, words: readonly string[], end: number): [number, string] | null {
  const { set, maxWords } = names.titles;
  for (let n = Math.min(maxWords, end); n >= 1; n--) {
    const phrase = words
      .slice(end - n, end)
      .map(lower)
      .join(' ');
    if (set.has(phrase)) return [end - n, words.slice(end - n, end).join(' ')];
  }
  return null;
}

/** Longest title starting at token `start`. */
function titleAt(names: NameLexicons, words: readonly string[], start: number): [number, string] | null {
  const { set, maxWords } = names.titles;
  for (let n = Math.min(maxWords, words.length - start); n >= 1; n--) {
    const phrase = words
      .slice(start, start + n)
      .map(lower)
      .join(' ');
    if (set.has(phrase)) return [start + n, words.slice(start, start + n).join(' ')];
  }
  return null;
}

const HAS_UPPER = /\p{Lu}/u;

/** The word lists this module reads (data/lexicons/mentions.json), compiled once per loaded resources. */
interface MentionWords {
  orgHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  directionalPrefixes: ReadonlySet<string>;
  placeFirstWords: ReadonlySet<string>;
  closedClass: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  honorificOrRank: ReadonlySet<string>;
  venueHeads: ReadonlySet<string>;
  monthsRe: RegExp;
  connectedHeadsRe: RegExp;
  weekdaysRe: RegExp;
  bodyNounsRe: RegExp;
  areaNounsRe: RegExp;
  siteNounsRe: RegExp;
  governmentTailsRe: RegExp;
  holidaysRe: RegExp;
  eventTailsRe: RegExp;
  nameGlueRe: RegExp;
  partyWordsRe: RegExp;
  locativePrepositionsRe: RegExp;
  directionalStateRe: RegExp;
  bodyConnectorsRe: RegExp;
  leaderEraNounsRe: RegExp;
  governmentNouns: ReadonlySet<string>;
  lowerCaseBodyHeads: ReadonlySet<string>;
  placeNounsBeforeOfRe: RegExp;
  unknownPlacePrepositions: ReadonlySet<string>;
  knownPlacePrepositions: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  adminAreaNouns: ReadonlySet<string>;
  districtTails: ReadonlySet<string>;
  titledBodyHeads: ReadonlySet<string>;
  patronymicParticles: ReadonlySet<string>;
}

function mentionWords(res: Resources): MentionWords {
  const w = res.words;
  return w.memo('mentions', () => ({
    orgHeads: w.set('mentions.orgHeads'),
    placeHeads: w.set('mentions.placeHeads'),
    directionalPrefixes: w.set('mentions.directionalPrefixes'),
    placeFirstWords: w.set('mentions.placeFirstWords'),
    closedClass: w.set('mentions.closedClass'),
    honorifics: w.set('mentions.honorifics'),
    honorificOrRank: w.set('mentions.honorificOrRank'),
    venueHeads: w.set('mentions.venueHeads'),
    monthsRe: new RegExp(`^${w.alt('mentions.months')}$`),
    connectedHeadsRe: new RegExp(`^${w.alt('mentions.connectedHeads')}$`),
    weekdaysRe: new RegExp(`^${w.alt('mentions.weekdays')}$`),
    bodyNounsRe: new RegExp(`^${w.alt('mentions.bodyNouns')}$`),
    areaNounsRe: new RegExp(`^${w.alt('mentions.areaNouns')}$`),
    siteNounsRe: new RegExp(`^${w.alt('mentions.siteNouns')}$`),
    governmentTailsRe: new RegExp(`\\s${w.alt('mentions.governmentTails')}$`),
    holidaysRe: new RegExp(`^${w.alt('mentions.holidays')}$`),
    eventTailsRe: new RegExp(`^${w.alt('mentions.eventTails')}$`),
    nameGlueRe: new RegExp(`^${w.alt('mentions.nameGlue')}$`),
    partyWordsRe: new RegExp(`^${w.alt('mentions.partyWords')}$`),
    locativePrepositionsRe: new RegExp(`^${w.alt('mentions.locativePrepositions')}$`, 'i'),
    directionalStateRe: new RegExp(`^(?:${w.alt('mentions.directionAdjectives')} )?${w.alt('mentions.areaKinds')}\\b`),
    bodyConnectorsRe: new RegExp(`^${w.alt('mentions.bodyConnectors')}$`),
    leaderEraNounsRe: new RegExp(`^${w.alt('mentions.leaderEraNouns')}$`),
    governmentNouns: w.set('mentions.governmentNouns'),
    lowerCaseBodyHeads: w.set('mentions.lowerCaseBodyHeads'),
    placeNounsBeforeOfRe: new RegExp(`^${w.alt('mentions.placeNounsBeforeOf')}$`),
    unknownPlacePrepositions: w.set('mentions.unknownPlacePrepositions'),
    knownPlacePrepositions: w.set('mentions.knownPlacePrepositions'),
    placePrepositions: w.set('mentions.placePrepositions'),
    adminAreaNouns: w.set('mentions.adminAreaNouns'),
    districtTails: w.set('mentions.districtTails'),
    titledBodyHeads: w.set('mentions.titledBodyHeads'),
    patronymicParticles: w.set('mentions.patronymicParticles'),
  }));
}

/** Head word of a named venue ("Manchester Arena"). */
function isVenueHead(W: MentionWords, word: string | undefined): boolean {
  return word !== undefined && W.venueHeads.has(word.toLowerCase());
}

/** "Muslims Planning Mass Casualty Attacks on West": most longer words capitalised, no full stop at the end. */
export function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (long.length < 4 || words[words.length - 1] === '.') return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}
const HAS_LETTER = /\p{L}/u;

export function findCandidates(doc: Doc): Candidate[] {
  const res = doc.res;
  const names = res.names;
  const W = mentionWords(res);
  const gaz = res.gazetteer;
  const model = res.tagger;
  const west = gaz.placesByName.get('the west') ?? [];
  const sents: { toks: Token[]; words: string[] }[] = doc.sentences.map((s) => {
    const toks = tokenize(doc.text, s.start, s.end);
    return { toks, words: toks.map((t) => t.text) };
  });
  const casing = docCasing(sents.map((s) => s.words));
  const views = sents.map(({ words }) => {
    // a Title Case headline carries no casing signal; the tagger reads it like an all-caps one
    const headline = !isAllCapsSentence(words) && isTitleCase(words);
    const view = headline ? words.map((w) => w.toUpperCase()) : words;
    const allCaps = headline || isAllCapsSentence(words);
    const matches = gaz.match(view, allCaps);
    return { view, allCaps, matches, gaz: labelsFromMatches(matches, view) };
  });
  // the whole article at once: the tagger's second pass reads how each word was tagged elsewhere in it
  const docTags = tagDocument(
    model,
    views.map((v) => ({ words: v.view, gaz: v.gaz })),
    casing,
    names,
  );
  const out: Candidate[] = [];
  sents.forEach(({ toks, words }, si) => {
    if (!words.length) return;
    const { allCaps, matches } = views[si]!;
    const tagged = tagSpans(docTags[si]!);
    const spans = reconcile(allCaps ? splitAtGazetteerNames(tagged, matches) : tagged, matches);
    // "the West" as a place: only with the article and not followed by a capitalised name ("the West Bank")
    for (let i = 1; i < words.length; i++) {
      if (words[i] !== 'West' || !/^the$/i.test(words[i - 1]!) || !west.length) continue;
      if (i + 1 < words.length && HAS_UPPER.test(words[i + 1]![0] ?? '')) continue;
      const over = spans.filter((t) => t.s <= i && i < t.e);
      if (over.some((t) => t.e - t.s > 1 || t.type === 'person' || t.type === 'organization')) continue;
      for (const o of over) spans.splice(spans.indexOf(o), 1);
      spans.push({ type: 'place', s: i, e: i + 1, gaz: west, weak: false, source: 'rule' });
    }
    // "Mr. Bush" the tagger missed: capitalised words right after an honorific name a person
    for (let i = 0; i + 1 < words.length; i++) {
      if (!W.honorifics.has(lower(words[i]!)) || !/^\p{Lu}/u.test(words[i]!)) continue;
      let j = i + 1;
      while (j < words.length && j - i <= 3 && /^\p{Lu}\p{Ll}/u.test(words[j]!)) j++;
      if (j === i + 1 || spans.some((t) => t.s < j && i + 1 < t.e && t.type !== 'misc')) continue;
      for (const t of spans.filter((t) => t.s < j && i + 1 < t.e)) spans.splice(spans.indexOf(t), 1);
      spans.push({ type: 'person', s: i + 1, e: j, gaz: [], weak: false, source: 'rule' });
    }
    // "Ayman al-Zawahiri", "Sharon Hudson-Dean" the tagger missed: a known given name followed by one or two surnames
    for (let i = 0; i + 1 < words.length; i++) {
      if (!/^\p{Lu}\p{Ll}/u.test(words[i]!) || !names.givenNames.has(lower(words[i]!))) continue;
      let j = i + 1;
      while (
        j < words.length &&
        j - i <= 2 &&
        (SURNAME.test(words[j]!) || ARABIC_SURNAME.test(words[j]!)) &&
        !W.orgHeads.has(lower(words[j]!)) &&
        !W.placeHeads.has(lower(words[j]!)) &&
        !names.groupWords.has(lower(words[j]!)) &&
        !names.titles.set.has(lower(words[j]!)) &&
        !W.weekdaysRe.test(words[j]!) &&
        !W.partyWordsRe.test(words[j]!)
      )
        j++;
      if (j === i + 1 || spans.some((t) => t.s < j && i < t.e && (t.type !== 'misc' || t.gaz.length))) continue;
      if (j < words.length && /^\p{Lu}/u.test(words[j]!)) continue; // a longer capitalised run is something else ("John Paul II Hospital")
      for (const t of spans.filter((t) => t.s < j && i < t.e)) spans.splice(spans.indexOf(t), 1);
      spans.push({ type: 'person', s: i, e: j, gaz: [], weak: false, source: 'rule' });
      i = j - 1;
    }
    // "Center for a Free Cuba", "Committee to Protect Journalists": a body's head word, "for"/"on"/"to" and a capitalised name are one body
    for (let i = 0; i + 2 < words.length; i++) {
      if (!W.connectedHeadsRe.test(words[i]!) || !W.bodyConnectorsRe.test(words[i + 1]!)) continue;
      let k = i + 2;
      if (/^(a|the)$/.test(words[k]!)) k++;
      let j = k;
      while (
        j < words.length &&
        j - k < 4 &&
        /^\p{Lu}\p{Ll}/u.test(words[j]!) &&
        !W.weekdaysRe.test(words[j]!) &&
        !W.monthsRe.test(words[j]!)
      )
        j++;
      if (j === k) continue;
      const tail = words.slice(k, j).join(' ').toLowerCase();
      if (words[i + 1] === 'to' && (gaz.placesByName.has(tail) || gaz.orgsByName.has(tail))) continue; // "sent the Commission to Iraq"
      let s = i;
      while (
        s > 0 &&
        /^\p{Lu}/u.test(words[s - 1]!) &&
        !/-based$/i.test(words[s - 1]!) &&
        !W.closedClass.has(words[s - 1]!.toLowerCase()) &&
        !(s - 1 === 0 && /^The$/.test(words[0]!))
      )
        s--;
      const over = spans.filter((t) => t.s < j && s < t.e);
      if (over.some((t) => t.gaz.some((e) => e.kind === 'org') && (t.s < s || t.e > j))) continue;
      if (over.some((t) => t.e > j || (t.s < s && t.gaz.length))) continue;
      // "New York-based Committee ...": a tagged run reaching in from the left keeps only its part before the body
      for (const t of over) {
        if (t.s < s) t.e = s;
        else spans.splice(spans.indexOf(t), 1);
      }
      spans.push({ type: 'organization', s, e: j, gaz: [], weak: false, source: 'rule' });
      i = j - 1;
    }
    // "Federal Reserve Chairman Paul Volcker" tagged as one span: body, role, person
    for (const sp of spans.slice()) {
      if (sp.gaz.length || sp.type === 'misc' || sp.e - sp.s < 3) continue;
      for (let k = sp.s + 1; k < sp.e - 1; k++) {
        if (!HAS_UPPER.test(words[k]![0]!)) continue;
        const t = titleAt(names, words, k);
        if (!t || t[0] >= sp.e || !words.slice(t[0], sp.e).every((w) => HAS_UPPER.test(w[0]!))) continue;
        if (W.honorificOrRank.has(lower(words[k]!)) && k === sp.s) continue;
        spans.splice(
          spans.indexOf(sp),
          1,
          { ...sp, type: sp.type === 'place' ? 'place' : 'organization', e: k },
          { type: 'person', s: k, e: sp.e, gaz: [], weak: false, source: sp.source },
        );
        break;
      }
    }
    // "Hamas and Hezbollah" tagged as one name: two known names joined by "and" or a comma are two mentions
    for (const sp of spans.slice()) {
      if (sp.gaz.length || sp.e - sp.s < 3) continue;
      for (let k = sp.s + 1; k < sp.e - 1; k++) {
        if (words[k] !== 'and' && words[k] !== ',') continue;
        const left = words.slice(sp.s, k).join(' ').toLowerCase(),
          right = words
            .slice(k + 1, sp.e)
            .join(' ')
            .toLowerCase();
        const typeOf = (n: string) =>
          gaz.orgsByName.has(n)
            ? 'organization'
            : gaz.placesByName.get(n)?.some((e) => e.kind !== 'city')
              ? 'place'
              : null;
        const lt = typeOf(left),
          rt = typeOf(right);
        if (!lt || !rt) continue;
        spans.splice(
          spans.indexOf(sp),
          1,
          { type: lt, s: sp.s, e: k, gaz: [], weak: false, source: sp.source },
          { type: rt, s: k + 1, e: sp.e, gaz: [], weak: false, source: sp.source },
        );
        break;
      }
    }
    // "Ayman al-Zawahiri": a lower-case Arabic article with a capitalised name continues a person's name
    for (const sp of spans) {
      if (sp.type !== 'person') continue;
      while (sp.e < words.length && ARABIC_SURNAME.test(words[sp.e]!)) {
        const next = spans.find((o) => o.s === sp.e);
        if (next && (next.gaz.some((e) => e.kind === 'org') || next.e - next.s > 1)) break;
        if (next) spans.splice(spans.indexOf(next), 1);
        sp.e++;
      }
    }
    if (!allCaps) {
      bodyRuns(names, W, words, spans);
      joinPatronymics(names, W, words, spans);
    }
    // "Manchester Arena" where the tagger saw only "Manchester": a capitalised venue head word right after a name joins it
    for (const sp of spans) {
      if (sp.type === 'misc' || !sp.type || spans.some((o) => o.s === sp.e)) continue;
      if (sp.type === 'person' && names.givenNames.has(lower(words[sp.s]!))) continue;
      if (isVenueHead(W, words[sp.e]) && /^\p{Lu}/u.test(words[sp.e]!)) {
        sp.e += 1;
        sp.gaz = [];
      }
    }
    // "Crocus City Hall" the tagger missed: capitalised words ending in a venue head word
    for (let i = 1; i < words.length; i++) {
      const named = (k: number) => spans.some((t) => t.s <= k && k < t.e && t.type !== 'misc');
      if (!isVenueHead(W, words[i]) || !/^\p{Lu}/u.test(words[i]!) || named(i)) continue;
      let j = i;
      while (
        j > 0 &&
        /^\p{Lu}/u.test(words[j - 1]!) &&
        !named(j - 1) &&
        !W.closedClass.has(words[j - 1]!.toLowerCase())
      )
        j--;
      if (j === i) continue;
      for (const t of spans.filter((t) => t.s < i + 1 && j < t.e)) spans.splice(spans.indexOf(t), 1);
      spans.push({ type: 'place', s: j, e: i + 1, gaz: [], weak: false, source: 'rule' });
    }
    for (const sp of spans) {
      // "the Reagan administration" read as a descriptor: a lone name between "the" and a word for a leader's
      // government is the leader (unless it is a nationality or a known place: "the Iraqi government")
      if (
        sp.type === 'misc' &&
        sp.e - sp.s === 1 &&
        W.leaderEraNounsRe.test(words[sp.e] ?? '') &&
        /^the$/i.test(words[sp.s - 1] ?? '') &&
        !gaz.demonyms.has(words[sp.s]!.toLowerCase()) &&
        !gaz.placesByName.get(words[sp.s]!.toLowerCase())?.length
      )
        sp.type = 'person';
      if (sp.type === 'misc' || !sp.type) continue;
      // "the Rose Garden Monday": a trailing weekday is the date, not part of the name
      // "the Tora Kalay area", "China Daily quotes": a lower-case word the tagger ran on into is not part of the name
      // (a body's own head word is: "Foreign ministry")
      while (
        sp.e - sp.s > 1 &&
        !sp.gaz.length &&
        /^\p{Ll}+$/u.test(words[sp.e - 1]!) &&
        !(sp.type === 'organization' && W.lowerCaseBodyHeads.has(words[sp.e - 1]!))
      ) {
        if (W.areaNounsRe.test(words[sp.e - 1]!) && sp.type !== 'organization') sp.type = 'place';
        sp.e--;
      }
      while (sp.e - sp.s > 1 && (W.weekdaysRe.test(words[sp.e - 1]!) || W.holidaysRe.test(words[sp.e - 1]!))) sp.e--;
      // "Younis 9-0-54-1", "Schiavone 04-Jan": scores and spreadsheet-mangled dates after a name are not part of it
      while (sp.e - sp.s > 1 && SCORE_OR_DATE.test(words[sp.e - 1]!)) sp.e--;
      if (sp.e - sp.s === 1 && SCORE_OR_DATE.test(words[sp.s]!)) continue;
      let s = sp.s;
      const roles: string[] = [];
      let sure = false;
      // "a Justice Ministry spokesman" tagged only "Ministry": a capitalised word right before a lone body head word
      // opens the body's name (a title word there is part of the name, not a person's title)
      if (
        sp.type !== 'person' &&
        sp.e - sp.s === 1 &&
        W.orgHeads.has(lower(words[sp.s]!)) &&
        sp.s > 0 &&
        /^\p{Lu}\p{Ll}/u.test(words[sp.s - 1]!) &&
        !spans.some((o) => o !== sp && o.s < sp.s && sp.s - 1 < o.e)
      ) {
        s = --sp.s;
        sp.type = 'organization';
        sp.gaz = [];
      }
      // "Mr. Bush", "President Obama": a person whatever the tagger thought, unless a lexicon names a body or country there
      const strongGaz = sp.gaz.some((e) => e.kind !== 'city');
      const orgGaz = sp.gaz.some((e) => e.kind === 'org');
      if (!orgGaz) {
        const t = titleBefore(names, words, sp.s);
        if (
          t &&
          (strongGaz ? W.honorifics.has(lower(t[1])) : names.personTitles.has(lower(t[1]))) &&
          HAS_UPPER.test(words[t[0]]![0]!)
        ) {
          sp.type = 'person';
          sure = true;
        }
      }
      // "a Justice Ministry spokesman": a title word at the start of a body's name is not a title
      const bodyHead = sp.e - sp.s > 1 && W.orgHeads.has(lower(words[sp.e - 1]!));
      if (!strongGaz && !bodyHead) {
        const inside = titleAt(names, words, sp.s);
        if (inside && inside[0] < sp.e && names.personTitles.has(lower(inside[1]))) {
          sp.type = 'person';
          sure = true;
        }
      }
      // "the Bush administration" tagged whole: the leader's name is the mention
      if (sp.type !== 'person' && sp.e - sp.s >= 2 && sp.e - sp.s <= 3 && W.leaderEraNounsRe.test(words[sp.e - 1]!)) {
        const head = words
          .slice(sp.s, sp.e - 1)
          .join(' ')
          .toLowerCase();
        if (
          !gaz.placesByName.get(head)?.some((e) => e.kind !== 'city') &&
          !gaz.demonyms.has(head) &&
          !gaz.orgsByName.has(head) &&
          /^the$/i.test(words[sp.s - 1] ?? '')
        ) {
          sp.e--;
          sp.gaz = [];
          sp.type = 'person';
        }
      }
      // "the town of Jenin", "the province of Helmand": a settlement or area noun before "of" makes a place
      if (
        sp.type !== 'place' &&
        !orgGaz &&
        words[sp.s - 1] === 'of' &&
        W.placeNounsBeforeOfRe.test(words[sp.s - 2] ?? '')
      )
        sp.type = 'place';
      // "the Bush administration": a leader's name
      if (
        sp.type !== 'person' &&
        !strongGaz &&
        sp.e - sp.s === 1 &&
        (W.leaderEraNounsRe.test(words[sp.e] ?? '') || W.governmentNouns.has(words[sp.e] ?? '')) &&
        /^the$/i.test(words[sp.s - 1] ?? '') &&
        !gaz.placesByName.get(words[sp.s]!.toLowerCase())?.some((e) => e.kind === 'country')
      )
        sp.type = 'person';
      // "the German firm Bilfinger Berger", "the militant group Jundollah": a name right after a noun for a body is that body
      if (sp.type === 'person' && !sure && !strongGaz && W.bodyNounsRe.test(words[s - 1] ?? ''))
        sp.type = 'organization';
      if (sp.type === 'person') {
        // titles inside the span ("President Clinton" tagged whole) move to roles
        for (let t = titleAt(names, words, s); t && t[0] < sp.e; t = titleAt(names, words, s)) {
          roles.push(t[1].replace(/\.$/, ''));
          s = t[0];
          sure = true;
        }
        const before = titleBefore(names, words, s);
        if (before && (HAS_UPPER.test(words[before[0]]![0]!) || s === sp.s))
          roles.unshift(before[1].replace(/\.$/, ''));
        // apposition: "Andrew Parker, the Director General of ..."
        let k = sp.e;
        if (words[k] === ',') {
          k++;
          if (/^(the|a|an)$/i.test(words[k] ?? '')) k++;
          const t = k < words.length ? titleAt(names, words, k) : null;
          if (t) roles.push(t[1]);
        }
      }
      // "Krystle Campbell": a given name followed by capitalised names, with no body or place head word
      if (
        sp.type !== 'person' &&
        !sp.gaz.length &&
        sp.e - s >= 2 &&
        sp.e - s <= 3 &&
        names.givenNames.has(lower(words[s]!)) &&
        words
          .slice(s + 1, sp.e)
          .every(
            (w) =>
              /^\p{Lu}\p{Ll}/u.test(w) &&
              !W.orgHeads.has(lower(w)) &&
              !W.placeHeads.has(lower(w)) &&
              !W.partyWordsRe.test(w),
          )
      )
        sp.type = 'person';
      // "Greater Manchester", "Northern Kenya": a direction word before a known place is a place
      if (
        sp.type !== 'place' &&
        !sp.gaz.length &&
        sp.e - s >= 2 &&
        W.directionalPrefixes.has(lower(words[s]!)) &&
        gaz.placesByName.has(
          words
            .slice(s + 1, sp.e)
            .join(' ')
            .toLowerCase(),
        )
      )
        sp.type = 'place';
      // "Bayelsa State", "Nuristan Province", "River Thames", "Palace of Westminster": head words only places have
      if (
        sp.type !== 'place' &&
        !sp.gaz.length &&
        sp.e - s > 1 &&
        (W.placeHeads.has(lower(words[sp.e - 1]!)) || W.placeFirstWords.has(lower(words[s]!)))
      )
        sp.type = 'place';
      // "in Judaidah", "near Dimona": a lone unknown word after a locative preposition is a place, not a person
      if (
        sp.type === 'person' &&
        !sure &&
        !sp.gaz.length &&
        sp.e - s === 1 &&
        W.unknownPlacePrepositions.has(words[s - 1] ?? '') &&
        !/^['’]s?$/.test(words[sp.e] ?? '') &&
        !names.givenNames.has(lower(words[s]!))
      )
        sp.type = 'place';
      // "Charles De Gaulle airport", "Abu Ghraib prison": a name before a lower-case word for a site is that site
      if (sp.type !== 'place' && !sure && !orgGaz && W.siteNounsRe.test(words[sp.e] ?? '')) sp.type = 'place';
      // "United States House of Representatives", "Kenyan Government": a place's government body is an organisation
      if (
        sp.type === 'place' &&
        !sp.gaz.length &&
        sp.e - s > 1 &&
        W.governmentTailsRe.test(words.slice(s, sp.e).join(' '))
      )
        sp.type = 'organization';
      // "the Kani Wam area", "Ninh Binh province": a name before a lower-case area noun is a place
      if (
        sp.type !== 'place' &&
        !sure &&
        !orgGaz &&
        ((/^the$/i.test(words[s - 1] ?? '') && W.areaNounsRe.test(words[sp.e] ?? '')) ||
          W.adminAreaNouns.has(words[sp.e] ?? ''))
      )
        sp.type = 'place';
      // "Sadr City", "Green Zone": a district named after something else ("Manchester City", a club, keeps its type)
      if (
        sp.type !== 'place' &&
        !sp.gaz.length &&
        sp.e - s >= 2 &&
        W.districtTails.has(words[sp.e - 1]!) &&
        !gaz.placesByName.has(
          words
            .slice(s, sp.e - 1)
            .join(' ')
            .toLowerCase(),
        )
      )
        sp.type = 'place';
      // "in Nablus", "near Khost": a known place name after a locative preposition
      // "Miami in the southeastern state of Florida", "Cleveland, Ohio": a known place name followed by its state or country
      const placeGaz = !sp.gaz.length || sp.gaz.every((e) => e.kind !== 'org');
      if (
        sp.type === 'organization' &&
        placeGaz &&
        sp.e - s === 1 &&
        gaz.placesByName.has(words[s]!.toLowerCase()) &&
        ((sp.gaz.length ? W.knownPlacePrepositions : W.placePrepositions).has((words[s - 1] ?? '').toLowerCase()) ||
          isPlaceAfterComma(res, words, sp.e) ||
          (/^in$/.test(words[sp.e] ?? '') &&
            /^the$/.test(words[sp.e + 1] ?? '') &&
            W.directionalStateRe.test(words.slice(sp.e + 2, sp.e + 5).join(' '))))
      )
        sp.type = 'place';
      const start = toks[s]!.start,
        end = toks[sp.e - 1]!.end;
      const text = doc.input.text.slice(start, end);
      if (/[<>]/.test(text) && text !== doc.text.slice(start, end)) continue; // a name broken by markup
      if (sp.e - s === 1 && W.closedClass.has(words[s]!.toLowerCase())) continue;
      if (!HAS_LETTER.test(text)) continue;
      if (!HAS_UPPER.test(text) && !sp.gaz.length) continue;
      if (names.groupWords.has(text.toLowerCase().replace(/['’]s$/u, ''))) continue;
      // "Summer Olympics", "Fed Cup", "Texas Open": sporting and cultural events are not bodies, people or places
      if (sp.e - s > 1 && !orgGaz && W.eventTailsRe.test(words[sp.e - 1]!)) continue;
      // a lone title ("The Head of MI5", "the Director General said") is a role, not a name
      if (!sp.gaz.length && names.titles.set.has(words.slice(s, sp.e).map(lower).join(' '))) continue;
      // "Kenya Wildlife Protection Agency": a head word that only bodies have makes it an organisation
      if (
        sp.type !== 'organization' &&
        !sp.gaz.length &&
        sp.e - s > 1 &&
        (W.orgHeads.has(lower(words[sp.e - 1]!)) ||
          words.slice(s, sp.e - 1).some((w, k) => W.orgHeads.has(lower(w)) && words[s + k + 1] === 'of'))
      )
        sp.type = 'organization';
      // "the Security Chief", "the Army Commander": a role description, not a body
      if (
        sp.type === 'organization' &&
        !sp.gaz.length &&
        sp.e - s > 1 &&
        names.titles.set.has(lower(words[sp.e - 1]!)) &&
        !W.titledBodyHeads.has(words[sp.e - 1]!.toLowerCase())
      )
        continue;
      if (sp.type === 'place' && gaz.demonyms.has(text.toLowerCase()) && !gaz.placesByName.has(text.toLowerCase()))
        continue;
      // "Manchester Arena", "Al Noor Mosque", "Royal Artillery Barracks": a venue is a place whatever the tagger said
      // "Victoria station", "the Orsolina bar": a name right before a lower-case site noun is that site, not the region or town it is named after
      const siteByNoun =
        !sure &&
        !sp.gaz.some((e) => e.kind === 'org' || e.kind === 'country' || e.kind === 'city') &&
        W.siteNounsRe.test(words[sp.e] ?? '') &&
        /^\p{Ll}/u.test(words[sp.e] ?? '');
      const venue =
        siteByNoun || (!sp.gaz.some((e) => e.kind === 'org') && isVenue(names, W, words, s, sp.e, sp.type, sure));
      if (venue) sp.type = 'place';
      out.push({
        type: sp.type as MentionType,
        start,
        end,
        text,
        sentence: si,
        gaz: sp.gaz,
        source: sp.source,
        roles,
        ...(sure ? { sure } : {}),
        ...(venue ? { venue } : {}),
      });
    }
  });
  return applyOutletsAndByline(doc, out);
}

/** "Azahari bin Husin", "Abdullah ibn Saud": a patronymic particle between capitalised names joins them into one person */
function joinPatronymics(names: NameLexicons, W: MentionWords, words: readonly string[], spans: Span[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (
      !W.patronymicParticles.has(words[i]!) ||
      !/^\p{Lu}\p{Ll}/u.test(words[i - 1]!) ||
      !/^\p{Lu}\p{Ll}/u.test(words[i + 1]!)
    )
      continue;
    const left = spans.find((t) => t.s <= i - 1 && i - 1 < t.e),
      right = spans.find((t) => t.s <= i + 1 && i + 1 < t.e);
    if ([left, right].some((t) => t && (t.gaz.some((g) => g.kind === 'org') || t.s < i - 3 || t.e > i + 4))) continue;
    let s = left?.s ?? i - 1;
    const e = right?.e ?? i + 2;
    while (s > 0 && !left && /^\p{Lu}\p{Ll}/u.test(words[s - 1]!) && names.givenNames.has(lower(words[s - 1]!))) s--;
    for (const t of [left, right]) if (t && spans.includes(t)) spans.splice(spans.indexOf(t), 1);
    spans.push({ type: 'person', s, e, gaz: [], weak: false, source: 'rule' });
    i = e;
  }
  spans.sort((a, b) => a.s - b.s);
}

const SCORE_OR_DATE = /^(?:\d+(?:[-/]\d+)+|\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|FY\d{2,4})$/;

/**
 * "Australian Trade Commission", "Asia Pacific Economic Cooperation Business Advisory Council": a run of capitalised words
 * ending in a head word only bodies have is one organisation, whatever pieces the tagger saw inside it.
 */
function bodyRuns(names: NameLexicons, W: MentionWords, words: readonly string[], spans: Span[]): void {
  const cap = (k: number) => k < words.length && /^\p{Lu}/u.test(words[k]!);
  for (let i = 0; i < words.length; i++) {
    if (!cap(i)) continue;
    let j = i + 1;
    for (;;) {
      if (cap(j)) j++;
      else if (
        j + 1 < words.length &&
        W.nameGlueRe.test(words[j]!) &&
        cap(j + 1) &&
        !(words[j] === 'and' && W.orgHeads.has(lower(words[j - 1]!)))
      )
        j += 2;
      else break;
    }
    let s = i;
    while (
      s < j &&
      (/^(?:The|A|An)$/.test(words[s]!) ||
        W.weekdaysRe.test(words[s]!) ||
        W.monthsRe.test(words[s]!) ||
        /-based$/i.test(words[s]!))
    )
      s++;
    const e = j;
    i = j - 1;
    if (e - s < 2 || !W.orgHeads.has(lower(words[e - 1]!))) continue;
    const over = spans.filter((t) => t.s < e && s < t.e);
    // only where the tagger missed the body's head: a body or place it already ends there ("West Bank", "Foreign Ministry"),
    // a person inside, two bodies side by side, a name reaching outside the run or a known body inside it keep their reading
    if (
      over.some(
        (t) =>
          (t.e === e && (t.type === 'organization' || t.gaz.length)) ||
          t.type === 'person' ||
          t.s < s ||
          t.e > e ||
          t.gaz.some((g) => g.kind === 'org'),
      )
    )
      continue;
    if (over.filter((t) => t.type === 'organization').length > 1) continue;
    if (words.slice(s, e).some((w) => names.titles.set.has(lower(w)) && !W.orgHeads.has(lower(w)))) continue;
    for (const t of over) spans.splice(spans.indexOf(t), 1);
    spans.push({ type: 'organization', s, e, gaz: [], weak: false, source: 'rule' });
  }
  spans.sort((a, b) => a.s - b.s);
}

const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const ARABIC_SURNAME = /^(?:al|el|ad|ash|as|at|an|ar|az|ud|ul)-\p{Lu}\p{Ll}+$/u;

/**
 * A surname of a person named in full earlier in the article ("Jean-Bertrand Aristide" ... "Aristide opponents")
 * that the tagger left untagged is that person again.
 */
function surnamesAgain(doc: Doc, cands: Candidate[]): void {
  const gaz = doc.res.gazetteer;
  const names = doc.res.names;
  const first = new Map<string, number>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    const parts = c.text.replace(/['’]s$/u, '').split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    if (!/^(?:\p{Lu}\p{Ll}{2,}|(?:al|el)-\p{Lu}\p{Ll}+)$/u.test(last)) continue;
    const l = last.toLowerCase();
    if (gaz.placesByName.has(l) || gaz.orgsByName.has(l) || names.givenNames.has(l) || names.titles.set.has(l))
      continue;
    if (!first.has(last) || first.get(last)! > c.end) first.set(last, c.end);
  }
  for (const [name, after] of first) {
    // "Liu Jianchao" ... "Liu said": the tagger's other reading of the surname, where no lexicon backs it, is the person
    for (const c of cands)
      if (
        c.type !== 'person' &&
        c.start >= after &&
        !c.gaz.length &&
        !c.media &&
        !c.venue &&
        c.text.replace(/['’]s$/u, '') === name
      )
        c.type = 'person';
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`,
      'gu',
    );
    for (const m of doc.text.matchAll(re)) {
      const start = m.index,
        end = start + m[0].length;
      if (start < after || cands.some((c) => c.start < end && start < c.end)) continue;
      cands.push({
        type: 'person',
        start,
        end,
        text: doc.input.text.slice(start, end),
        sentence: sentenceAt(doc.sentences, start),
        gaz: [],
        source: 'rule',
        roles: [],
      });
    }
  }
}

/** "Cleveland, Ohio": a country, region or state right after a comma */
function isPlaceAfterComma(res: Resources, words: readonly string[], e: number): boolean {
  if (words[e] !== ',') return false;
  const gaz = res.gazetteer;
  for (const n of [2, 1]) {
    const name = words
      .slice(e + 1, e + 1 + n)
      .join(' ')
      .toLowerCase();
    if (gaz.placesByName.get(name)?.some((p) => p.kind === 'country' || p.kind === 'region')) return true;
  }
  return false;
}

/** The venue head ends a longer name; bare "City Hall" (also the council) is the building only after a locative preposition. */
function isVenue(
  names: NameLexicons,
  W: MentionWords,
  words: readonly string[],
  s: number,
  e: number,
  type: string,
  sure: boolean,
): boolean {
  if (e - s < 2 || !isVenueHead(W, words[e - 1])) return false;
  // "John Hall", "Inspector Church": a person whose surname is a venue word
  if (type === 'person' && (sure || names.givenNames.has(lower(words[s]!)))) return false;
  if (e - s > 2 || !/^(city|town)$/i.test(words[s]!) || !/^hall$/i.test(words[e - 1]!)) return true;
  const prev = /^the$/i.test(words[s - 1] ?? '') ? words[s - 2] : words[s - 1];
  return W.locativePrepositionsRe.test(prev ?? '');
}

/**
 * Outlet names (the article's source, and names in brackets after a dateline) are media organisations wherever
 * they appear; the byline's author is not an entity of the article.
 */
function applyOutletsAndByline(doc: Doc, cands: Candidate[]): Candidate[] {
  const outlets = outletOccurrences(doc.text, doc.input.source);
  const byline = bylineRange(doc.text);
  // the outlet and the agencies it credits belong to the article (ExtractionResult.article), never to the entity graph
  const out = cands.filter(
    (c) =>
      !outlets.some((o) => o.start < c.end && c.start < o.end) &&
      !(byline && byline.start <= c.start && c.end <= byline.end),
  );
  applyEntityRules(doc, out);
  // storms are named like people but are not entities: "Hurricane Katrina", and "Katrina" later in the article
  const storms = new Set<string>();
  const stormWords = doc.res.words.alt('mentions.stormWords');
  for (const m of doc.text.matchAll(new RegExp(String.raw`\b${stormWords}\s+(\p{Lu}\p{Ll}+)`, 'gu'))) storms.add(m[1]!);
  if (storms.size) {
    const stormText = (t: string) =>
      storms.has(t.replace(/['’]s$/u, '')) ||
      [...storms].some((n) => new RegExp(`^${stormWords}\\s+${n}(?:['’]s)?$`, 'u').test(t));
    for (let i = out.length - 1; i >= 0; i--) if (stormText(out[i]!.text)) out.splice(i, 1);
  }
  surnamesAgain(doc, out);
  // the place of a dateline ("PARIS (Reuters) -") is a place, never an abbreviation of the outlet after it
  const places = datelines(doc.text).map((d) => d.place);
  for (const c of out)
    if (c.type !== 'place' && places.some((p) => p.start <= c.start && c.end <= p.end)) c.type = 'place';
  // one name, one type: every mention written like a venue is that venue
  const venues = new Set(out.filter((c) => c.venue).map((c) => c.text.toLowerCase()));
  for (const c of out)
    if (!c.venue && venues.has(c.text.toLowerCase()) && !c.gaz.some((e) => e.kind === 'org')) {
      c.type = 'place';
      c.venue = true;
    }
  return out.sort((a, b) => a.start - b.start);
}
