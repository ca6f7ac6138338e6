// The word lists and small helpers that the mention stage (mentions.ts) and its span rules (span-rules.ts) share.
import type { GazEntry } from './gazetteer.js';
import type { NameLexicons } from './lexicons.js';
import type { Resources } from './resources.js';

export interface Span {
  type: string;
  s: number;
  e: number;
  gaz: GazEntry[];
  weak: boolean;
  source: 'tagger' | 'gazetteer' | 'rule';
  /** ids of the span rules (span-rules.ts) that made or changed this span */
  rules?: string[];
}

export const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');

/** the text before a phrase's first space (all of it without one), and after its last */
const firstSegment = (s: string) => {
  const i = s.indexOf(' ');
  return i < 0 ? s : s.slice(0, i);
};
const lastSegment = (s: string) => s.slice(s.lastIndexOf(' ') + 1);

/** the first and last segments of every title: a phrase none of whose ends is one is no title (read once per set) */
const titleEnds = new WeakMap<ReadonlySet<string>, { first: Set<string>; last: Set<string> }>();
function titleEndsOf(set: ReadonlySet<string>): { first: Set<string>; last: Set<string> } {
  let ends = titleEnds.get(set);
  if (!ends) {
    ends = { first: new Set(), last: new Set() };
    for (const t of set) {
      ends.first.add(firstSegment(t));
      ends.last.add(lastSegment(t));
    }
    titleEnds.set(set, ends);
  }
  return ends;
}

/** Longest title ending just before token `end` (exclusive), as [startIndex, text]. */
export function titleBefore(names: NameLexicons, words: readonly string[], end: number): [number, string] | null {
  const { set, maxWords } = names.titles;
  // (most words end no title: a phrase ending in one is looked for no further)
  const last = words[end - 1];
  if (last !== undefined && !titleEndsOf(set).last.has(lastSegment(lower(last)))) return null;
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
export function titleAt(names: NameLexicons, words: readonly string[], start: number): [number, string] | null {
  const { set, maxWords } = names.titles;
  const first = words[start];
  if (first !== undefined && !titleEndsOf(set).first.has(firstSegment(lower(first)))) return null;
  for (let n = Math.min(maxWords, words.length - start); n >= 1; n--) {
    const phrase = words
      .slice(start, start + n)
      .map(lower)
      .join(' ');
    if (set.has(phrase)) return [start + n, words.slice(start, start + n).join(' ')];
  }
  return null;
}

export const HAS_UPPER = /\p{Lu}/u;

const OPENS_UPPER = /^\p{Lu}/u;
/**
 * `/^\p{Lu}/u.test(w)`: the word opens with a capital. An ASCII first letter is told by its code, the rest by the
 * pattern (the span rules ask it of word after word); no word (past the sentence's end) is read as the pattern reads
 * it, "undefined", which opens with none.
 */
export function opensUpper(w: string | undefined): boolean {
  if (w === undefined) return false;
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return OPENS_UPPER.test(w);
}

/** The word lists this module reads (data/lexicons/mentions.json), compiled once per loaded resources. */
export interface MentionWords {
  orgHeads: ReadonlySet<string>;
  /** "people", "workers": possessors inside a body's name ("New People's Army") */
  bodyPossessorWords: ReadonlySet<string>;
  /** "jews", "students": the members a body is named after with its country ("Central Council of Jews in Germany") */
  bodyMembersBeforeCountry: ReadonlySet<string>;
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
  /** holidays, feasts and festivals, lower case (mentions.holidays) */
  holidays: ReadonlySet<string>;
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
  adminAreaNounsOfKnownPlaces: ReadonlySet<string>;
  districtTails: ReadonlySet<string>;
  titledBodyHeads: ReadonlySet<string>;
  patronymicParticles: ReadonlySet<string>;
  companySuffixes: ReadonlySet<string>;
}

export function mentionWords(res: Resources): MentionWords {
  const w = res.words;
  return w.memo('mentions', () => ({
    orgHeads: w.set('mentions.orgHeads'),
    bodyPossessorWords: w.set('mentions.bodyPossessorWords'),
    bodyMembersBeforeCountry: w.set('mentions.bodyMembersBeforeCountry'),
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
    holidays: w.set('mentions.holidays'),
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
    adminAreaNounsOfKnownPlaces: w.set('mentions.adminAreaNounsOfKnownPlaces'),
    districtTails: w.set('mentions.districtTails'),
    titledBodyHeads: w.set('mentions.titledBodyHeads'),
    patronymicParticles: w.set('mentions.patronymicParticles'),
    companySuffixes: w.set('mentions.companySuffixes'),
  }));
}

/** Head word of a named venue ("Manchester Arena"). */
export function isVenueHead(W: MentionWords, word: string | undefined): boolean {
  return word !== undefined && W.venueHeads.has(word.toLowerCase());
}

export const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
export const ARABIC_SURNAME = /^(?:al|el|ad|ash|as|at|an|ar|az|ud|ul)-\p{Lu}\p{Ll}+$/u;
