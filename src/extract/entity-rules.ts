// Rules that decide whether a candidate mention names a real entity, and what kind of place it is (issue 11).
// Each rule is a named unit with an id and a reason a reader can check; the words it needs are lists in
// data/lexicons/entities.json. They run over the candidates of one article after tagging and typing.
import type { Doc } from './document.js';
import { letterCase, sentenceAt } from './document.js';
import type { Candidate } from './mentions.js';
import { inlineRule, isOn, type Rule } from '../rules/index.js';
import { placesInStated, statedSubdivision, WEAK_POPULATION } from './geocode.js';
import {
  cityOfNamedCounty,
  knownLocalPlace,
  largeCity,
  largeCityOfNamedCountry,
  largeCityOfNamedState,
  writtenAsPlace,
} from './local-place.js';
import { ruleCandidate } from './rule-candidate.js';
import type { WordListName } from './word-lists.js';
import { escapeRegExp, eachMatch } from '../reg-exp.js';
import { titleCase } from '../title-case.js';
import type { GazEntry } from './gazetteer.js';
import { isCallSign } from './outlet-country.js';
import { literalMatches } from '../case-folded-reg-exp.js';

/** what a whole name found again may not follow (a letter, digit, apostrophe or hyphen) and may not precede */
const NAME_LETTER_OR_APOSTROPHE = /[\p{L}\p{N}'’-]/iu;
const NAME_LETTER = /[\p{L}\p{N}-]/iu;

/**
 * head words that end the name of a building or street: venues ("Arena", "Street") and sites ("Hospital", "Prison"),
 * less the heads bodies share with buildings ("Centre": entities.ambiguousSiteHeads)
 */
function buildingHeads(doc: Doc): ReadonlySet<string> {
  return doc.res.words.memo('entity-rules.buildingHeads', () => {
    const shared = doc.res.words.set('entities.ambiguousSiteHeads');
    return new Set(
      [...doc.res.words.set('mentions.venueHeads'), ...doc.res.words.set('entities.siteHeads')].filter(
        (w) => !shared.has(w),
      ),
    );
  });
}

/** head words of bodies, places and venues, which no person's name holds, and the extra lists a rule adds */
export function nameHeadWords(doc: Doc, ...extra: WordListName[]): ReadonlySet<string>[] {
  return (['mentions.orgHeads', 'mentions.placeHeads', 'mentions.venueHeads', ...extra] as const).map((l) =>
    doc.res.words.set(l),
  );
}

export interface EntityRuleInput {
  doc: Doc;
  cands: Candidate[];
}

/** Runs over all candidates of an article, changing them in place; `apply` returns null (nothing to report). */
export interface EntityRule extends Rule<EntityRuleInput, never> {
  run(doc: Doc, cands: Candidate[]): void;
}

/** `run` gets the rule's full id, to record it on the candidates it changes (Candidate.rules). */
/**
 * Whether a lower-case word is a word of English and not a name: ordinary words (english.commonWords), verbs and
 * function words, and the words news writes small after a name (mentions.smallWordsAfterNames).
 */
export function englishWordOf(doc: Doc): (word: string) => boolean {
  const sets = [
    doc.res.names.commonWords,
    doc.res.words.set('english.verbAndFunctionWords'),
    doc.res.words.set('mentions.smallWordsAfterNames'),
  ];
  return (word) => sets.some((s) => s.has(word));
}

/**
 * Whether a name starting at a position stands right after a noun of a creative work or a slogan (entities.workNouns):
 * "the film Secrets & Lies", "the album Endless Wire"; a capitalised word or two the name finder left out may open
 * the title ("the song Let It Be").
 */
export function afterWorkNoun(doc: Doc): (start: number) => boolean {
  const before = doc.res.words.memo(
    'entities.workNouns.re',
    () =>
      new RegExp(
        String.raw`(?<![\p{L}-])(?:${doc.res.words.alt('entities.workNouns')})[ \t]+["“]?[ \t]?(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}$`,
        'u',
      ),
  );
  return (start) => before.test(doc.text.slice(Math.max(0, start - 30), start));
}

/**
 * Whether a lower-case word is an inflected form of a word of English ("described", "escaped", "hopes", "openly"):
 * english.commonWords lists stems and english.verbAndFunctionWords only some forms, so the regular endings of verbs,
 * plurals and adverbs are taken off and the stem looked up (with a final "e" put back, a doubled consonant undone
 * before a vowel ending, a "y" restored).
 */
export function inflectedEnglish(doc: Pick<Doc, 'res'>, word: string): boolean {
  const known = (w: string) =>
    w.length >= 3 && (doc.res.names.commonWords.has(w) || doc.res.words.set('english.verbAndFunctionWords').has(w));
  const endings = doc.res.words.memo(
    'entity-rules.inflectionEndings',
    () => new RegExp(`(?=(${doc.res.words.alt('entities.inflectionEndings')})$)`, 'gu'),
  );
  for (const m of eachMatch(endings, word)) {
    const stem = word.slice(0, m.index);
    if (stem.length < 2) continue;
    const stems = [stem, `${stem}e`];
    // "carried", "hurries", "happily": the "y" the ending took
    if (m[1]!.startsWith('i')) stems.push(`${stem}y`);
    // "stopped", "running": a consonant doubles only before an ending that opens with a vowel ("Notts" is no "not")
    if (/^[aeiou]/u.test(m[1]!) && /(\p{L})\1$/u.test(stem)) stems.push(stem.slice(0, -1));
    if (stems.some(known)) return true;
  }
  return false;
}

/** The names of days and months in lower case (mentions.weekdays, mentions.months): words of a date, never of a name. */
export function calendarWordsOf(doc: Pick<Doc, 'res'>): ReadonlySet<string> {
  const w = doc.res.words;
  return w.memo(
    'entity-rules.calendarWords',
    () => new Set([...w.list('mentions.weekdays'), ...w.list('mentions.months')].map((d) => d.toLowerCase())),
  );
}

export function rule(id: string, reason: string, run: (doc: Doc, cands: Candidate[], id: string) => void): EntityRule {
  const full = `entities/${id}`;
  const go = (doc: Doc, cands: Candidate[]) => run(doc, cands, full);
  return {
    id: full,
    family: 'entities',
    reason,
    run: go,
    apply: ({ doc, cands }) => {
      go(doc, cands);
      return null;
    },
  };
}

/** Records that rule `id` decided something about `c`. */
export function mark(c: Candidate, id: string): void {
  const r = (c.rules ??= []);
  if (!r.includes(id)) r.push(id);
}

export function retype(c: Candidate, type: Candidate['type'], id: string): void {
  if (c.type === type) return;
  c.type = type;
  mark(c, id);
}

/** Moves a candidate's span, keeping its text the input's. */
export function respan(doc: Doc, c: Candidate, start: number, end: number, id: string): void {
  c.start = start;
  c.end = end;
  c.text = doc.input.text.slice(start, end);
  mark(c, id);
}

const lastWord = (text: string) =>
  text
    .replace(/['’]s?$/u, '')
    .split(/\s+/)
    .pop()!
    .toLowerCase();
const firstWord = (text: string) => text.split(/\s+/)[0]!;
const orgBacked = (c: Candidate) => c.gaz.some((e) => e.kind === 'org');

/** Candidates in text order that form lists ("A, B and C"): each list with two or more members (`caseless`: "A, B AND C" too). */
export function lists(doc: Doc, cands: readonly Candidate[], caseless = false): Candidate[][] {
  const sorted = cands.slice().sort((a, b) => a.start - b.start);
  const out: Candidate[][] = [];
  let cur: Candidate[] = [];
  const joint = caseless ? /^\s*(?:,|and|,\s*and|&)\s*$/i : /^\s*(?:,|and|,\s*and|&)\s*$/;
  for (const c of sorted) {
    const prev = cur[cur.length - 1];
    if (prev && joint.test(doc.text.slice(prev.end, c.start)) && prev.end <= c.start) cur.push(c);
    else {
      if (cur.length > 1) out.push(cur);
      cur = [c];
    }
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function remove(cands: Candidate[], drop: (c: Candidate) => boolean): void {
  for (let i = cands.length - 1; i >= 0; i--) if (drop(cands[i]!)) cands.splice(i, 1);
}

/**
 * One candidate for a span a rule has read whole: of the candidates overlapping it (`over`), the one on exactly the
 * span (or the first) is kept, set to the span and the type, and the others removed; with none, a new one is made.
 * Returns the candidate and whether it was one that was there.
 */
export function takeSpan(
  doc: Doc,
  cands: Candidate[],
  over: readonly Candidate[],
  span: { start: number; end: number },
  type: Candidate['type'],
  id: string,
): { cand: Candidate; kept: boolean } {
  const { start, end } = span;
  const keep = over.find((c) => c.start === start && c.end === end) ?? over[0];
  remove(cands, (c) => over.includes(c) && c !== keep);
  if (!keep) {
    const made = ruleCandidate(doc, type, start, end, id);
    cands.push(made);
    return { cand: made, kept: false };
  }
  if (keep.start !== start || keep.end !== end) {
    respan(doc, keep, start, end, id);
    keep.gaz = [];
  }
  retype(keep, type, id);
  return { cand: keep, kept: true };
}

/**
 * Stretches `c` over the run `r` (which holds it or follows it), taking the place of the candidates read inside the
 * run, unless one of them `blocks` it (it reaches out of the run, or a lexicon backs it). Returns whether it did.
 */
function stretchOver(
  doc: Doc,
  cands: Candidate[],
  c: Candidate,
  r: { start: number; end: number },
  id: string,
  blocks: (o: Candidate) => boolean,
): boolean {
  const over = cands.filter((o) => o !== c && overlaps(o, r));
  if (over.some(blocks)) return false;
  remove(cands, (o) => over.includes(o));
  respan(doc, c, Math.min(c.start, r.start), Math.max(c.end, r.end), id);
  return true;
}

interface EntityWords {
  notEntities: ReadonlySet<string>;
  lawTitle: RegExp;
  lawTitleOf: RegExp;
  eventName: RegExp;
  siteStreet: RegExp;
  siteFirst: RegExp;
  pluralSiteNoun: RegExp;
  regionalAdjective: RegExp;
  titleQualifier: RegExp;
  personNounBefore: RegExp;
  aliasBefore: RegExp;
  streetHeads: ReadonlySet<string>;
  saintPrefixes: ReadonlySet<string>;
}

function entityWords(doc: Doc): EntityWords {
  const w = doc.res.words;
  return w.memo('entity-rules', () => {
    const particles = w.alt('entities.nameParticles');
    const name = String.raw`\p{Lu}[\p{L}'’-]*`;
    // a name after a head: particles and capitalised words ("de la Loi", "des Anglais", "Primo Maggio", "du Corbillon")
    const tail = String.raw`(?:(?:${particles})\s+|(?:d|l)['’])*${name}(?:\s+(?:(?:${particles})\s+|(?:d|l)['’])*${name}){0,3}`;
    return {
      notEntities: new Set([...w.list('entities.notEntities'), ...w.list('mentions.holidays')]),
      lawTitle: new RegExp(
        String.raw`(?:\b\p{Lu}[\p{L}'’-]*\s+|\([^()\n]{1,160}\)\s*)+${w.alt('entities.lawTails')}\b(?!\s+\p{Lu})`,
        'gu',
      ),
      // "the Treaty of Utrecht", "the Declaration of Principles": the word first, then "of" and a name
      lawTitleOf: new RegExp(
        String.raw`(?<![\p{L}])${w.alt('entities.lawTails')}\s+of\s+(?:the\s+)?${name}(?:\s+${name}){0,3}`,
        'gu',
      ),
      eventName: new RegExp(String.raw`\s(?:${w.alt('mentions.eventTails')})$`, 'u'),
      siteStreet: new RegExp(String.raw`(?<![\p{L}])${w.alt('entities.streetHeadsLower')}\s+${tail}`, 'gu'),
      siteFirst: new RegExp(String.raw`(?<![\p{L}])${w.alt('entities.siteFirstWordsForeign')}\s+${tail}`, 'gu'),
      pluralSiteNoun: new RegExp(String.raw`^\s+(?:and\s+other\s+)?${w.alt('entities.pluralSiteNouns')}\b`),
      regionalAdjective: new RegExp(String.raw`(?:^|\s)${w.alt('entities.regionalAdjectives')}$`),
      titleQualifier: new RegExp(String.raw`^\s+${w.alt('entities.titleAfterQualifier')}\s+\p{Lu}`, 'u'),
      personNounBefore: new RegExp(String.raw`(?:^|[^\p{L}])${w.alt('entities.personNouns')},?\s+(?:as\s+)?$`, 'u'),
      aliasBefore: new RegExp(String.raw`,\s+${w.alt('entities.aliasCues')}\s+["“‘']?$`, 'u'),
      streetHeads: w.set('entities.streetHeads'),
      saintPrefixes: w.set('entities.saintPrefixes'),
    };
  });
}

/**
 * A dateline at the start of a line: capitals (group 1, 3 or 5) with an optional ", Region" (group 2, 4 or 6), then a
 * dash ("BOSTON —", "PORTLAND, Ore. -- "), or a date closing the line ("MONTE CARLO 1996-08-30", "LIMA, Peru Aug 31").
 */
/**
 * Rule entities/call-sign-no-dateline. A word in capitals before a dash that is a US broadcaster's call sign
 * (news.usBroadcastOutlets: "KATU", "WQOW") and no place the gazetteer knows ("WACO" is Waco) is the outlet's name on
 * a line of page furniture ("MORE MEDIA KATU - clip"), not a dateline's town: the dateline rule does not make it a place.
 */
function callSign(doc: Doc, text: string): boolean {
  return isCallSign(doc.res.words, doc.res.gazetteer, text);
}

function datelineLine(doc: Doc): RegExp {
  const w = doc.res.words;
  return w.memo('entity-rules.datelineLine', () => {
    // "MADRID (SPAIN), 26 JAN 89 (EFE) --": wire copy may name the country in brackets after the place
    const place = String.raw`(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*)(?:\s*\(\p{Lu}[\p{L}. ]{1,30}\))?(,\s*[\p{L}. ]{1,30}?)?`;
    const months = w.list('news.datelineMonths').map((m) => m.charAt(0).toUpperCase() + m.slice(1));
    // "Jan", "January" and, in wire copy set in capitals, "JAN", "JANUARY"
    const month = `(?:(?:${months.join('|')})[a-z]*|(?:${months.map((m) => m.toUpperCase()).join('|')})[A-Z]*)\\.?`;
    // "3 JAN 90": old wire copy writes the year in two digits after the day and month
    const date = String.raw`(?:\d{4}-\d{2}-\d{2}|${month} \d{1,2}(?:,? \d{4})?|\d{1,2} ${month}(?: \d{4}| \d{2})?)`;
    // "LYON, 4 May 2024 -", "PARIS, Jan 8 (Reuters) -", "LIMA, 3 JAN 90 --": a date after the place's comma, before
    // the credit and dash
    const dated = String.raw`(?:,[ \t]*${date})?`;
    return new RegExp(
      String.raw`^[ \t*_]*${place}${dated}\s*(?:\([^)\n]{1,80}\))?\s*[—–]|^[ \t*_]*${place}${dated}(?:\s*\([^)\n]{1,80}\)\s*|\s+)-{1,2}\s|^[ \t*_]*${place}[ \t]+${date}[ \t]*$`,
      'gmu',
    );
  });
}

/**
 * A press digest's heading line (group 1): one to five words in capitals alone on a line, followed by a story line
 * that opens with a dash, or preceded by a separator line of dashes. No digits (a dateline has its date) and no
 * spaced dash (a desk slug: "SOCCER - RESULTS").
 */
const DIGEST_NAME = String.raw`(\p{Lu}[\p{Lu}\p{M}'’&.]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’&.]*){0,4})`;
const PRESS_DIGEST_HEAD = new RegExp(
  String.raw`^[ \t]*${DIGEST_NAME}[ \t]*(?=\n[ \t]*-{1,2}[ \t]*\p{L})|(?<=^[ \t]*(?:-[ \t]*){3,}\n)[ \t]*${DIGEST_NAME}[ \t]*$`,
  'gmu',
);

/** A candidate at the start of its sentence, of a quote, or right after a dateline's dash. */
function opensSentence(doc: Doc, c: Candidate): boolean {
  const s = doc.sentences[c.sentence];
  if (!s) return false;
  const before = doc.text.slice(s.start, c.start);
  return (
    /^[\s"“‘'(*_—–-]*$/.test(before) ||
    /^[\s*_]*\p{Lu}[\p{Lu}\p{M}.'’ -]*(?:,\s*[\p{L}. ]{1,30})?\s*(?:\([^)\n]{1,80}\))?\s*[—–-]{1,2}\s*$/u.test(before)
  );
}

/** The candidate's sentence is written in capitals (a headline, old wire copy): case says nothing there. */
export function inCaps(doc: Doc, sentence: number): boolean {
  let known = capsSentences.get(doc);
  if (!known) capsSentences.set(doc, (known = new Map()));
  const seen = known.get(sentence);
  if (seen !== undefined) return seen;
  const s = doc.sentences[sentence];
  const t = s ? doc.text.slice(s.start, s.end) : '';
  const { upper, lower } = letterCase(t);
  const caps = upper > 3 * lower;
  known.set(sentence, caps);
  return caps;
}
const capsSentences = new WeakMap<Doc, Map<number, boolean>>();

/**
 * Rules acronym-in-brackets (`caps` false: sentences in mixed case) and caps-acronym-in-brackets (`caps` true:
 * sentences in capitals): the words before a bracketed acronym whose initials spell it are one name, and the acronym
 * the same entity. In capitals every word opens with a capital, so the small words of names are told by the list alone
 * and only an exact spelling of three letters or more counts.
 */
function acronymsInBrackets(doc: Doc, cands: Candidate[], id: string, caps: boolean): void {
  const skip = doc.res.words.set('entities.initialsSkip');
  const gaz = doc.res.gazetteer;
  for (const m of eachMatch(/\((\p{Lu}[\p{Lu}&]{1,7})\)/gu, doc.text)) {
    const acro = m[1]!.replace(/&/g, '');
    if (inCaps(doc, sentenceAt(doc.sentences, m.index)) !== caps || (caps && acro.length < 3)) continue;
    const before = doc.text.slice(Math.max(0, m.index - 160), m.index);
    const words = [...eachMatch(/[\p{L}][\p{L}'’.-]*/gu, before)];
    // walk back over capitalised words and the small words inside names, and find the start whose initials spell the acronym
    let best: { start: number; exact: boolean } | null = null;
    let initials = '';
    for (let k = words.length - 1; k >= 0 && words.length - k <= 10; k--) {
      const w = words[k]![0];
      const gapAfter = before.slice(
        words[k]!.index! + w.length,
        k + 1 < words.length ? words[k + 1]!.index : before.length,
      );
      if (!/^\s*$/.test(gapAfter)) break;
      // a hyphenated name spells one letter for each capitalised part ("Jamaat-ul-Mujahideen" JM, "al-Sham" S)
      // in capitals the small words of names are known by the list alone ("ORGANISATION FOR SECURITY", "AL-QAIDA")
      const letters = w
        .split('-')
        .filter((p) => /^\p{Lu}/u.test(p) && !(caps && skip.has(p.toLowerCase())))
        .map((p) => p[0]!)
        .join('');
      if (letters) initials = letters + initials;
      else if (!skip.has(w.toLowerCase())) break;
      else continue;
      if (initials === acro) best = { start: k, exact: true };
      else if (!caps && !best && acro.length - initials.length <= 2 && initials.length >= 2 && acro.endsWith(initials))
        best = { start: k, exact: false };
      if (initials.length >= acro.length) break;
    }
    if (!best) continue;
    const off = Math.max(0, m.index - 160);
    let start = off + words[best.start]!.index!;
    if (/^The$/i.test(words[best.start]![0])) continue;
    // a possessive closing the name is no part of it ("the World Trade Organization's (WTO) summit")
    const last = words[words.length - 1]![0];
    const end = off + words[words.length - 1]!.index! + last.length - (/['’]s$/iu.test(last) ? 2 : 0);
    if (end - start < 3) continue;
    const full = { start, end };
    const over = cands.filter((c) => overlaps(c, full));
    if (over.some((c) => c.start < full.start || c.end > full.end || (c.type === 'person' && c.sure))) continue;
    const name = doc.text.slice(start, end).toLowerCase();
    const type: Candidate['type'] =
      gaz.placesByName.has(name) ||
      over.some((c) => c.start === start && c.end === end && c.type === 'place' && c.gaz.length)
        ? 'place'
        : 'organization';
    const taken = takeSpan(doc, cands, over, { start, end }, type, id);
    start = m.index + 1;
    const a = { start, end: start + m[1]!.length };
    const ac = cands.find((c) => c.start === a.start && c.end === a.end);
    if (ac) {
      retype(ac, type, id);
      // "Australian Federal Police (AFP)": the name the brackets spell out decides what the letters stand for here,
      // not another body the lexicon knows by the same letters (the French news agency)
      const named = taken.kept ? taken.cand.gaz : [];
      if (named.length && ac.gaz.length && !ac.gaz.some((e) => named.includes(e))) {
        ac.gaz = named.slice();
        mark(ac, id);
      }
    } else if (!cands.some((c) => overlaps(c, a))) cands.push(ruleCandidate(doc, type, a.start, a.end, id));
  }
}

const PLURAL = /^\p{Lu}\p{Ll}+(?:s|men)$/u;

/**
 * A word shaped like a plural ("Witnesses", "Gunmen", "Protesters") whose singular is a noun ordinary English writes
 * small (english.commonWords), a title ("Doctors"), a noun for a person (entities.personNouns), a group word, a
 * people ("Poles"), or a
 * doer of a common word ("protester" of "protest", "organiser" of "organise"). A surname that only ends like a
 * plural ("Rogers", "Jones", "Panayiotopoulos") is none of these.
 */
function pluralOfCommonNoun(doc: Doc, word: string): boolean {
  const l = word.toLowerCase();
  const names = doc.res.names;
  const persons = doc.res.words.set('entities.personNouns');
  const doerRe = doc.res.words.memo(
    'entity-rules.doer',
    () => new RegExp(String.raw`^(\p{Ll}{3,}?)(?:${doc.res.words.alt('entities.doerSuffixes')})$`, 'u'),
  );
  const singulars = l.endsWith('men')
    ? [l.slice(0, -3) + 'man']
    : [
        l.slice(0, -1),
        ...(l.endsWith('es') ? [l.slice(0, -2)] : []),
        ...(l.endsWith('ies') ? [l.slice(0, -3) + 'y'] : []),
      ];
  const known = (w: string) =>
    names.commonWords.has(w) || names.titles.set.has(w) || persons.has(w) || names.groupWords.has(w);
  // "Poles", "Swedes": a people's name (a demonym, or a plural of people by nationality that is none)
  if (doc.res.gazetteer.demonyms.has(l) || singulars.some((w) => doc.res.gazetteer.demonyms.has(w))) return true;
  const nationalityPlural = doc.res.words.memo(
    'entity-rules.nationalityPeople',
    () => new RegExp(`^(?:${doc.res.words.alt('incident-roles.nationalityPeople')})$`, 'u'),
  );
  if (nationalityPlural.test(l)) return true;
  return singulars.some((w) => {
    if (known(w)) return true;
    const doer = doerRe.exec(w);
    return !!doer && (known(doer[1]!) || known(doer[1]! + 'e'));
  });
}

/**
 * The words of the article's names of two words or more, lower-cased: a lone word among them may be the short form of
 * that name ("WOODS" after "TIGER WOODS"). A word that many names share (mentions.commonWordsInNames, counted on
 * mixed-case news: "NEW" of "NEW YORK", "BANK" of "WORLD BANK", "INTERNATIONAL" of "AMNESTY INTERNATIONAL") says
 * nothing of a name a gazetteer knows, whose short forms the gazetteer lists itself, and is left out of such a name;
 * the words of names only the tagger read stay ("UNITED" of a club read whole once). Only for text in capitals
 * (inCapitals), where case no longer tells such a word from the name.
 */
function nameWordsOfLongerNames(doc: Doc, cands: readonly Candidate[], inCapitals = true): Set<string> {
  const shared: ReadonlySet<string> = inCapitals ? doc.res.words.set('mentions.commonWordsInNames') : new Set();
  return new Set(
    cands
      .filter((c) => /\s/.test(c.text.trim()))
      .flatMap((c) =>
        c.text
          .toLowerCase()
          .split(/[\s-]+/)
          .filter((w) => !c.gaz.length || !shared.has(w)),
      ),
  );
}

/**
 * The words a longer name of the article is written short with: a person's surname, any word after the first ("TIGER
 * WOODS" … "WOODS"), or a body's or place's last word, its head ("AL AQSA MARTYRS' BRIGADES" … "BRIGADES"). Not the
 * first word: "NEW" is no short form of "NEW YORK", nor "BROKER" of a broker's name the tagger ran the word into (a
 * given name is kept as a given name).
 * The exemption of rule caps-common-word.
 */
function shortFormWords(doc: Doc, cands: readonly Candidate[]): Set<string> {
  const shared = doc.res.words.set('mentions.commonWordsInNames');
  return new Set(
    cands
      .filter((c) => /\s/.test(c.text.trim()))
      .flatMap((c) => {
        const words = c.text
          .toLowerCase()
          .split(/[\s-]+/)
          .filter((w) => w && (!c.gaz.length || !shared.has(w)));
        // a person is written short by a surname, and a Spanish one by the first of two ("CABALLERO" of "CARLOS
        // CABALLERO ARGAEZ"): any word after the first
        return c.type === 'person' ? words.slice(1) : words.slice(-1);
      }),
  );
}

/**
 * A lower-case word ordinary English writes small (english.commonWords) that nothing else names in this article: no
 * given name, no place, town or body of the gazetteer, no word of a longer name among the candidates (that name's
 * short form). The test of rules caps-common-word and common-word-alone.
 */
function bareCommonWord(
  doc: Doc,
  cands: readonly Candidate[],
  inCapitals = true,
  wordsOfLongerNames: ReadonlySet<string> = nameWordsOfLongerNames(doc, cands, inCapitals),
): (lower: string) => boolean {
  const common = doc.res.names.commonWords;
  const given = doc.res.names.givenNamesWide;
  const gaz = doc.res.gazetteer;
  return (l) =>
    common.has(l) &&
    !given.has(l) &&
    !gaz.placesByName.has(l) &&
    !gaz.townsByName.has(l) &&
    !gaz.orgsByName.has(l) &&
    !wordsOfLongerNames.has(l);
}

/**
 * Word clusters group words by the contexts they stand in, and people's names stand in the same contexts: a coarse
 * cluster (its code's first NAME_CLUSTER_LEVEL letters) in which at least NAME_CLUSTER_SHARE of the words are given
 * names is a cluster of names, and a word of it that is no word of English is most likely a name too (a surname the
 * clusters know: "ABRAMS", "COSTELLO"). A test of rule caps-given-name-then-surname.
 */
const NAME_CLUSTER_LEVEL = 2;
/** about twice to five times the share of given names in other coarse clusters (0.02 to 0.06) */
const NAME_CLUSTER_SHARE = 0.1;

export function inNameCluster(doc: Doc): (lower: string) => boolean {
  const names = doc.res.names;
  const rich = doc.res.words.memo('entity-rules.nameClusters', () => {
    const tally = new Map<string, { words: number; given: number }>();
    for (const [w, codes] of names.wordClusters) {
      const code = codes[0];
      if (!code) continue;
      const k = code.slice(0, NAME_CLUSTER_LEVEL);
      const t = tally.get(k) ?? { words: 0, given: 0 };
      t.words++;
      if (names.givenNamesWide.has(w)) t.given++;
      tally.set(k, t);
    }
    return new Set([...tally].filter(([, t]) => t.given >= NAME_CLUSTER_SHARE * t.words).map(([k]) => k));
  });
  return (l) => {
    const code = names.wordClusters.get(l)?.[0];
    return !!code && rich.has(code.slice(0, NAME_CLUSTER_LEVEL));
  };
}

/** whether the article has a word of sport anywhere (entities.sportArticleWords, in title or text): a loose test */
function mentionsSport(doc: Doc): boolean {
  const sport = doc.res.words.memo(
    'entity-rules.sportArticleWords',
    () => new RegExp(String.raw`(?<![\p{L}])(?:${doc.res.words.alt('entities.sportArticleWords')})(?![\p{L}])`, 'iu'),
  );
  return sport.test(`${doc.input.title ?? ''}\n${doc.text}`);
}

/** how many distinct words of sport (entities.sportArticleWords) sports copy holds besides the name of its sport */
const SPORT_COPY_WORDS = 3;

/**
 * Whether the article is sports copy, a stricter test than mentionsSport (stories of politics also "win" a "title"): a
 * line opening with a sport desk in capitals before a dash ("SOCCER - ..."), or the name of a sport (news.deskSlugs,
 * less the word "sport" itself) with SPORT_COPY_WORDS distinct words of sport.
 */
export function sportCopy(doc: Doc): boolean {
  const w = doc.res.words;
  const { desk, sportName, sportWord } = w.memo('entity-rules.sportCopy', () => {
    const slugs = w.alt('news.deskSlugs');
    return {
      desk: new RegExp(String.raw`^[ \t*_]*(${slugs})[ \t]+[-–—]{1,2}[ \t]`, 'imu'),
      sportName: new RegExp(String.raw`(?<![\p{L}])(?!sports?(?![\p{L}]))(?:${slugs})(?![\p{L}])`, 'iu'),
      sportWord: new RegExp(String.raw`(?<![\p{L}])(?:${w.alt('entities.sportArticleWords')})(?![\p{L}])`, 'giu'),
    };
  });
  const text = `${doc.input.title ?? ''}\n${doc.text}`;
  const m = desk.exec(text);
  if (m && m[1] === m[1]!.toUpperCase()) return true;
  if (!sportName.test(text)) return false;
  const seen = new Set<string>();
  for (const x of eachMatch(sportWord, text)) {
    seen.add(x[0].toLowerCase());
    if (seen.size >= SPORT_COPY_WORDS) return true;
  }
  return false;
}

/**
 * Whether lower-case words spell an acronym (both lower case) in order: each word gives the next one or more letters,
 * the first its own first letter, the others from later in the word ("kilovolt" KV, "hard red winter" HRW).
 */
export function spellsAcronym(words: readonly string[], acro: string): boolean {
  const from = (wi: number, ai: number): boolean => {
    if (wi === words.length) return ai === acro.length;
    const word = words[wi]!;
    if (ai >= acro.length || word[0] !== acro[ai]) return false;
    let pos = 0;
    for (let aj = ai + 1; ; aj++) {
      if (from(wi + 1, aj)) return true;
      if (aj >= acro.length) return false;
      pos = word.indexOf(acro[aj]!, pos + 1);
      if (pos < 0) return false;
    }
  };
  return words.length > 0 && from(0, 0);
}

export const COORDINATED_FIRMS = inlineRule(
  'entities/coordinated-firms',
  'Rule coordinated-names splits a body\'s span at "and" where each half is a body; a half is one too where it is the opening words of a longer body the article names ("Commerce" of "Commerce Bancshares Inc", in "analysts looked at Commerce and Roosevelt") or where it holds a firm\'s suffix (mentions.companySuffixes: "Life Insurance Co of Georgia and Southland Life Insurance Co" is two insurers). A longer name that opens with the same words and "and" ("Procter and Gamble" beside "Procter and Gamble Co") is the one firm and counts for neither',
);

/** Whether a half of a span split at "and" is a body by rule coordinated-firms (see there). */
function coordinatedFirm(doc: Doc, cands: readonly Candidate[]): (half: string) => boolean {
  const suffixes = doc.res.words.set('mentions.companySuffixes');
  const bodies = cands.filter((c) => c.type === 'organization').map((c) => c.text.replace(/['’]s$/u, ''));
  return (half) => {
    const words = half.split(/\s+/u);
    if (words.length > 1 && words.some((w) => suffixes.has(w.replace(/\.$/u, '').toLowerCase()))) return true;
    const opening = `${half} `;
    return bodies.some((b) => b.startsWith(opening) && !/^and\s/u.test(b.slice(opening.length)));
  };
}

/**
 * Whether a place fields a national side, so that sports copy names the place, not a club, by it: a country, or a
 * region or territory that plays as one (entities.nationsWithSides: "England", "Hong Kong").
 */
function nationalSide(doc: Doc, c: Candidate): boolean {
  const lower = c.text.toLowerCase();
  return (
    c.gaz.some((e) => e.kind === 'country') ||
    !!doc.res.gazetteer.placesByName.get(lower)?.some((e) => e.kind === 'country') ||
    doc.res.words.set('entities.nationsWithSides').has(lower)
  );
}

export const ENTITY_RULES: readonly EntityRule[] = [
  rule(
    'numbered-unit-name',
    '"Unit 8200", "Brigade 17", "SEAL Team 6", "Densus 88, the police counter-terrorism squad": a unit of a force is named with a number after its name, and the number is part of the name; the tagger stops before the digits and may read the word left over as a person. A name followed by a bare number is one body with it where its last word is a unit noun (entities.unitNamesWithNumber), where a description of a body or unit follows ("Densus 88, the ... squad"), or where the article writes the name two times or more and always with that number, and no noun follows it ("the Boeing 727 plane" is a model). An abbreviation ("No. 5") is no such name. A capitalised unit noun and a number the tagger left out make such a body too. Not in sports copy ("Division 2", "Team 1", results)',
    (doc, cands, id) => {
      if (sportCopy(doc)) return;
      const w = doc.res.words;
      const units = w.set('entities.unitNamesWithNumber');
      const { numberAfter, described, unitAlone } = w.memo('entity-rules.numberedUnit', () => {
        const unitAlt = w.alt('entities.unitNamesWithNumber');
        const capitalised = w
          .list('entities.unitNamesWithNumber')
          .map((u) => escapeRegExp(u.replace(/(^|\s)\p{Ll}/gu, (x) => x.toUpperCase())))
          .join('|');
        return {
          // a bare number: no decimal, time, range, date or unit of measure after it
          numberAfter: /^[ \t]+(?:No\.?[ \t]*)?(\d{1,5})(?![\p{L}\p{N}]|[.,:/-]\p{N}|-|[ \t]*%)/u,
          described: new RegExp(
            String.raw`^,[ \t]+(?:an?|the)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:${w.alt('mentions.bodyNouns')}|${unitAlt})(?![\p{L}])`,
            'u',
          ),
          unitAlone: new RegExp(
            String.raw`(?<![\p{L}\p{N}'’-])(?:${capitalised})[ \t]+(?:No\.?[ \t]*)?\d{1,5}(?![\p{L}\p{N}]|[.,:/-]\p{N}|-|[ \t]*%)`,
            'gu',
          ),
        };
      });
      const common = doc.res.names.commonWords;
      const verbs = w.set('english.verbAndFunctionWords');
      const bare = (c: Candidate) => c.text.replace(/['’]s$/u, '');
      const numberOf = (c: Candidate) => numberAfter.exec(doc.text.slice(c.end, c.end + 12));
      // how often the article writes each name, and how often with the same number after it
      const seen = new Map<string, { all: number; numbered: Map<string, number> }>();
      for (const c of cands) {
        if (/['’]s$/u.test(c.text)) continue;
        const k = c.text.toLowerCase();
        const e = seen.get(k) ?? { all: 0, numbered: new Map<string, number>() };
        e.all++;
        const n = numberOf(c)?.[1];
        if (n) e.numbered.set(n, (e.numbered.get(n) ?? 0) + 1);
        seen.set(k, e);
      }
      for (const c of cands.slice()) {
        if (!cands.includes(c) || c.media || /['’]s$/u.test(c.text) || c.gaz.some((e) => e.kind !== 'org')) continue;
        // "No. 5": an abbreviation before the number is no name
        if (!/\p{L}{2}$/u.test(c.text)) continue;
        const m = numberOf(c);
        if (!m) continue;
        const end = c.end + m[0].length;
        const e = seen.get(c.text.toLowerCase())!;
        // "the Boeing 727 plane": a name and number before a noun name a model, not a body
        const noun = /^[ \t]+(\p{L}+)/u.exec(doc.text.slice(end, end + 30))?.[1]?.toLowerCase();
        const beforeNoun = !!noun && common.has(noun) && !verbs.has(noun) && !inflectedEnglish(doc, noun);
        const always = e.all >= 2 && e.numbered.get(m[1]!) === e.all && !beforeNoun;
        if (!units.has(lastWord(bare(c))) && !described.test(doc.text.slice(end, end + 80)) && !always) continue;
        const r = { start: c.start, end };
        if (!stretchOver(doc, cands, c, r, id, (o) => o.start < r.start || o.end > r.end)) continue;
        retype(c, 'organization', id);
        c.sure = false;
        c.roles = [];
      }
      // "Brigade 17" where the tagger read nothing
      for (const m of eachMatch(unitAlone, doc.text)) {
        const r = { start: m.index, end: m.index + m[0].length };
        if (cands.some((o) => overlaps(o, r))) continue;
        // "the Fifth Brigade 2 ..." is the unit noun of a longer name this rule does not know
        if (/\p{Lu}[\p{L}'’-]*(?<!['’]s)[ \t]+$/u.test(doc.text.slice(Math.max(0, r.start - 30), r.start))) continue;
        cands.push(ruleCandidate(doc, 'organization', r.start, r.end, id));
      }
    },
  ),
  rule(
    'titled-name-continues',
    '"Justice Cameron Mander", "Judge George O\'Toole": after a title, the capitalised words that follow the first name are the rest of the name',
    (doc, cands) => {
      for (const c of cands) {
        if (c.type !== 'person' || !c.sure || /\s/.test(c.text)) continue;
        const m = /^\s(?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:Jr|Sr)\.?)?(?![\p{L}'’])/u.exec(
          doc.text.slice(c.end, c.end + 40),
        );
        if (!m) continue;
        const r = { start: c.end, end: c.end + m[0].length };
        if (cands.some((o) => o !== c && overlaps(o, r))) continue;
        const word = m[0].trim().split(/\s/)[0]!.toLowerCase();
        const w = doc.res.words;
        if ([...w.list('mentions.weekdays'), ...w.list('mentions.months')].some((d) => d.toLowerCase() === word))
          continue;
        c.end = r.end;
        c.text = doc.input.text.slice(c.start, c.end);
      }
    },
  ),
  rule(
    'particle-opens-surname',
    '"Osama bin Laden" ... "bin Laden said", "Jan van Dijk" ... "van Dijk": where the article names a person in full with a lower-case particle before the surname (mentions.patronymicParticles, entities.surnameParticles), the particle written before that surname alone opens the surname mention; the mention is that particle and surname, not the last word only',
    (doc, cands, id) => {
      const w = doc.res.words;
      const particles = new Set([...w.list('mentions.patronymicParticles'), ...w.list('entities.surnameParticles')]);
      // "bin Laden" of every person named in three or more words whose surname follows a particle
      const tails = new Set<string>();
      for (const c of cands) {
        if (c.type !== 'person') continue;
        const parts = c.text.replace(/['’]s$/u, '').split(/\s+/);
        for (let k = 1; k + 1 < parts.length; k++)
          for (const n of [2, 1])
            if (k + n < parts.length && particles.has(parts.slice(k, k + n).join(' ')))
              tails.add(parts.slice(k).join(' '));
      }
      if (!tails.size) return;
      for (const c of cands) {
        if (c.type !== 'person' || /\s/.test(c.text.trim())) continue;
        const surname = c.text.replace(/['’]s$/u, '');
        const before = doc.text.slice(Math.max(0, c.start - 12), c.start);
        for (const n of [2, 1]) {
          const m = new RegExp(String.raw`(?:^|[^\p{L}])((?:\p{Ll}+\s+){${n}})$`, 'u').exec(before);
          if (!m) continue;
          const particle = m[1]!.trim().split(/\s+/).join(' ');
          if (!particles.has(particle) || !tails.has(`${particle} ${surname}`)) continue;
          respan(doc, c, c.start - m[1]!.length, c.end, id);
          break;
        }
      }
    },
  ),
  rule(
    'arabic-article-continues-place',
    '"Sharm el-Sheikh", "Ras al-Ain", "Wadi as-Sir": Arabic place names join a capitalised word to the next with a lower-case article and a hyphen (entities.arabicArticles), where the tagger stops at the small letter; a place the gazetteer does not list as a country, followed by such an article and a capitalised word, runs on over them, and a piece read on the second part alone joins it',
    (doc, cands, id) => {
      const re = doc.res.words.memo(
        'entity-rules.arabicArticleAfter',
        () =>
          new RegExp(String.raw`^ (?:${doc.res.words.alt('entities.arabicArticles')})-\p{Lu}\p{Ll}+(?![\p{L}-])`, 'u'),
      );
      for (const c of cands.slice()) {
        if (c.type !== 'place' || c.gaz.some((e) => e.kind === 'country') || /['’]s$/u.test(c.text)) continue;
        const m = re.exec(doc.text.slice(c.end, c.end + 30));
        if (!m) continue;
        const r = { start: c.end, end: c.end + m[0].length };
        // a piece read on the article and its word alone ("al-Ain") is the second part of this place
        const blocks = (o: Candidate) => o.type === 'person' || o.start < r.start + 1 || o.end > r.end;
        if (!stretchOver(doc, cands, c, r, id, blocks)) continue;
        c.gaz = [];
      }
    },
  ),
  rule(
    'coordinated-first-name',
    '"Yusuf and Idris Benali", "Said and Cherif Kouachi": a lone capitalised word joined by "and" to a full name of a person is a person sharing that surname (entities.ts gives it the surname)',
    (doc, cands) => {
      const sorted = cands.slice().sort((a, b) => a.start - b.start);
      for (let i = 0; i + 1 < sorted.length; i++) {
        const c = sorted[i]!,
          next = sorted[i + 1]!;
        if (c.type === 'person' || next.type !== 'person' || /\s/.test(c.text) || !/\s/.test(next.text)) continue;
        if (
          c.gaz.some((e) => e.kind === 'org' || e.kind === 'country') ||
          !/^\s+and\s+$/.test(doc.text.slice(c.end, next.start))
        )
          continue;
        if (
          !doc.res.names.givenNames.has(c.text.toLowerCase()) &&
          !doc.res.names.givenNames.has(next.text.split(/\s+/)[0]!.toLowerCase())
        )
          continue;
        c.type = 'person';
        c.gaz = [];
      }
    },
  ),
  rule(
    'state-abbreviation-after-place',
    'the state or province abbreviation news writes after a town ("Macon, Ga., on Sunday", "Fresno, Calif.") names that division: a place, read as the division itself ("Calif." is California), never a place of its own name',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      for (const p of cands) {
        if (p.type !== 'place') continue;
        const stated = statedSubdivision(gaz, doc.text, p.end);
        if (!stated) continue;
        const full = new Set(stated.readings.map((r) => r.admin1.toLowerCase()));
        // the division as the gazetteer keeps it, when the abbreviation has one reading
        const r = stated.readings.length === 1 ? stated.readings[0]! : null;
        const division = r
          ? [
              ...(gaz.placesByName.get(r.admin1.toLowerCase()) ?? []),
              ...(gaz.divisionsNamedLikeCountries.get(r.admin1.toLowerCase()) ?? []),
            ].find((e) => e.kind === 'region' && e.country === r.country)
          : undefined;
        for (let i = cands.length - 1; i >= 0; i--) {
          const c = cands[i]!;
          if (c === p || c.start < p.end || c.end > stated.end + 1 || full.has(c.text.toLowerCase())) continue;
          if (!division) {
            cands.splice(i, 1);
            continue;
          }
          c.type = 'place';
          c.gaz = [division];
          delete c.venue;
          // the abbreviation's full stop is part of it ("Calif."), even where it also ends the sentence
          if (c.end === stated.end - 1 && doc.text.charAt(c.end) === '.') {
            c.end = stated.end;
            c.text = doc.text.slice(c.start, c.end);
          }
          mark(c, id);
        }
      }
    },
  ),
  rule(
    'dateline-place',
    'the capitals opening a line before a dash ("BOSTON —", "PORTLAND, Ore. —", "LYON, 4 May 2024 -", whose date names no one) or before the date on a line of their own ("MONTE CARLO 1996-08-30", "LA CORUNA, Spain Aug 31") are the dateline (at most five words, none a verb or function word of English but a particle of names: in capitals a whole sentence may stand before a dash): a place, and its state abbreviation is no entity; when the tagger left a dateline the gazetteer knows untagged ("GRANITE FALLS, N.C. (WBTV) –"), it is added as that place, and when it tagged only a part of one ("SPRINGS" of "BOILING SPRINGS —"), the whole name replaces the part',
    (doc, cands, id) => {
      const verbs = doc.res.words.set('english.verbAndFunctionWords');
      const particles = doc.res.words.set('entities.nameParticles');
      for (const m of eachMatch(datelineLine(doc), doc.text)) {
        const placeText = m[1] ?? m[3] ?? m[5]!;
        // text in capitals puts any sentence before a dash in the shape of a dateline ("SUPPORTERS OF THE LEADER
        // IVAN PETROV -- WHO DIED IN 1990 -- MET"): a place's name is at most five words, none a verb or a function
        // word of English other than a particle of names ("RIO DE JANEIRO")
        const placeWords = placeText
          .toLowerCase()
          .split(/[\s.]+/u)
          .filter(Boolean);
        if (placeWords.length > 5 || placeWords.some((w) => verbs.has(w) && !particles.has(w))) continue;
        const start = m.index + m[0].indexOf(placeText);
        const place = { start, end: start + placeText.length };
        for (const c of cands) {
          if (c.start < place.start || c.end > place.end) continue;
          // (rule entities/call-sign-no-dateline) a broadcaster's call sign before the dash ("KATU - clip", "WQOW -")
          // is the outlet, not where the story was filed: unless the gazetteer knows a place of that name ("WACO")
          if (callSign(doc, c.text)) continue;
          c.type = 'place';
          // where a story was filed is a town, not a building its name may sound like ("FALLS CHURCH, Va. —")
          delete c.venue;
          mark(c, id);
        }
        // the tagger may read only part of a dateline's name ("BOILING SPRINGS —": an everyday word in capitals is
        // dropped, leaving "SPRINGS", a town in South Africa): the dateline is one name, and when the gazetteer knows the
        // whole of it, its parts are that one place
        const inside = cands.filter((c) => c.start >= place.start && c.end <= place.end);
        if (
          inside.length &&
          !inside.some((c) => c.start === place.start && c.end === place.end) &&
          !callSign(doc, placeText) &&
          knownLocalPlace(doc, placeText.toLowerCase())
        ) {
          for (const c of inside) cands.splice(cands.indexOf(c), 1);
          cands.push(ruleCandidate(doc, 'place', place.start, place.end, id));
        }
        if (
          !callSign(doc, placeText) &&
          !cands.some((c) => overlaps(c, place)) &&
          (doc.res.gazetteer.placesByName.has(placeText.toLowerCase()) || knownLocalPlace(doc, placeText.toLowerCase()))
        )
          cands.push(ruleCandidate(doc, 'place', place.start, place.end, id));
        // the date after the place's comma ("PARIS, Jan 8 (Reuters) -", "MADRID (SPAIN), 26 JAN 89 (EFE) --") is the
        // dateline's date: "Jan" is no one
        const dated = /^(\s*\([^)\n]{1,40}\))?(,[ \t]*[^(\n—–]*?)(?=\s*(?:\(|[—–]|-{1,2}\s))/u.exec(
          m[0].slice(m[0].indexOf(placeText) + placeText.length),
        );
        if (!m[2] && !m[4] && dated && /\d/.test(dated[2]!)) {
          const ds = place.end + (dated[1]?.length ?? 0),
            de = ds + dated[2]!.length;
          remove(cands, (c) => c.start >= ds && c.end <= de);
        }
        const region = m[2] ?? m[4] ?? m[6];
        if (region) {
          const rs = place.end,
            re = place.end + region.length;
          // "Mass.", "Ore.": an abbreviated state is the dateline's, already known from the city
          remove(
            cands,
            (c) =>
              c.start >= rs &&
              c.end <= re &&
              /\.$|^\p{Lu}\p{Ll}{0,4}$/u.test(doc.text.slice(c.start, c.end + 1).trim()) &&
              c.gaz.length === 0,
          );
        }
      }
    },
  ),
  rule(
    'desk-slug',
    'a wire headline opens with its desk or sport in capitals before a dash ("CRICKET - ENGLAND BEAT PAKISTAN", "SOCCER - ..."): that label is a section of the paper, never a person, body or place',
    (doc, cands) => {
      const re = doc.res.words.memo(
        'entity-rules.deskSlug',
        () => new RegExp(String.raw`^[ \t*_]*(${doc.res.words.alt('news.deskSlugs')})[ \t]+[-–—]{1,2}[ \t]`, 'gimu'),
      );
      for (const m of eachMatch(re, doc.text)) {
        if (m[1] !== m[1]!.toUpperCase()) continue;
        const start = m.index + m[0].indexOf(m[1]!);
        const slug = { start, end: start + m[1]!.length };
        remove(cands, (c) => c.start >= slug.start && c.end <= slug.end);
      }
    },
  ),
  rule(
    'press-digest-outlet',
    'a press digest lists stories by the papers that ran them: in an article with two or more such lines, a line holding only a name in capitals ("LE TEMPS", "MEDIA INDONESIA"), right before a dash-led story line ("- Trade talks …") or right after a line of dashes ("- - - -"), is that newspaper, a media organisation, not a place or a person named in it',
    (doc, cands, id) => {
      const heads = [...eachMatch(PRESS_DIGEST_HEAD, doc.text)]
        .map((m) => {
          const name = (m[1] ?? m[2])!;
          const start = m.index + m[0].indexOf(name);
          return { name, start, end: start + name.length };
        })
        .filter((h) => /\p{Lu}{2}/u.test(h.name));
      // a digest names several papers; one capitalised line before a dash list is a heading of another kind
      if (heads.length < 2) return;
      for (const head of heads) {
        remove(cands, (c) => overlaps(c, head));
        const c = ruleCandidate(doc, 'organization', head.start, head.end, id);
        c.media = true;
        cands.push(c);
      }
    },
  ),
  rule(
    'caps-run-over-words',
    'in a sentence written in capitals the tagger has no case to see where a name ends and may run a span over the headline\'s own words ("POLICE SAY GUNMAN KILLED THREE AT MALL", "TEAMS OPEN ON ROAD"): a span no lexicon knows that holds a preposition, auxiliary or pronoun (entities.capsRunWords) is cut there; a piece the gazetteer knows as a place or body is kept as that, the rest is no entity',
    (doc, cands, id) => {
      const runWords = doc.res.words.set('entities.capsRunWords');
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      const gaz = doc.res.gazetteer;
      for (const c of cands.slice()) {
        if (c.gaz.length || c.sure || c.media || !inCaps(doc, c.sentence)) continue;
        const words = [...eachMatch(/\S+/gu, c.text)].map((m) => ({ w: m[0], start: c.start + m.index }));
        const breaks = words.map(
          ({ w }, k) =>
            runWords.has(w.toLowerCase()) &&
            !(/^(?:on|to)$/i.test(w) && k > 0 && orgHeads.has(words[k - 1]!.w.toLowerCase())),
        );
        if (words.length < 2 || !breaks.some(Boolean)) continue;
        remove(cands, (x) => x === c);
        let from = 0;
        for (let k = 0; k <= words.length; k++) {
          if (k < words.length && !breaks[k]) continue;
          if (k > from) {
            const start = words[from]!.start,
              end = words[k - 1]!.start + words[k - 1]!.w.length;
            const name = doc.text.slice(start, end).toLowerCase();
            const places = gaz.placesByName.get(name) ?? [],
              orgs = gaz.orgsByName.get(name) ?? [];
            // a small town is no evidence in a headline (some town is called "ROAD")
            const known = orgs.length
              ? orgs
              : places.filter((p) => p.kind !== 'city' || p.capital || p.population >= WEAK_POPULATION);
            if (known.length && !cands.some((x) => overlaps(x, { start, end }))) {
              const piece = ruleCandidate(doc, orgs.length ? 'organization' : 'place', start, end, id);
              piece.gaz = known;
              cands.push(piece);
            }
          }
          from = k + 1;
        }
      }
    },
  ),
  rule(
    'caps-known-name-runs-on',
    'in a sentence in capitals the tagger may run a name the article writes elsewhere on into the words after it ("BRUNO LOST THREE FIGHTS", "THE JONES STOCK CLOSED", "A MOSCOW STREET VENDOR"), which mixed case would write small (a word of English, also with a regular ending: "HAMAS DOMINATED", "SINGAPORE DEALERS" (entities.inflectionEndings), or a day or month: "MEKDAD INSISTED WEDNESDAY"): where the words before such a tail are a name the article has as a mention of its own, and no word of the tail is a name (a given name, a place or body of the gazetteer, a word of another name in the article, a word written with a capital in mixed-case text) nor a head word that belongs to a name ("COUNTY", "CITY", a company suffix), the name ends before the tail and takes the type the article gives it',
    (doc, cands, id) => {
      const names = doc.res.names;
      const gaz = doc.res.gazetteer;
      const english = englishWordOf(doc);
      const keep = [
        doc.res.words.set('mentions.commonWordsInNames'),
        doc.res.words.set('mentions.placeHeads'),
        doc.res.words.set('mentions.areaKinds'),
        doc.res.words.set('mentions.companySuffixes'),
        doc.res.words.set('mentions.industryWords'),
      ];
      const bodyHeads = [doc.res.words.set('mentions.orgHeads'), names.orgCues];
      // a day named after a name is the sentence's date ("MEKDAD INSISTED WEDNESDAY"), never a word of the name
      const calendar = calendarWordsOf(doc);
      // a team is named by its town and a plural ("CLEVELAND INDIANS", "BRADFORD BULLS")
      const teams = mentionsSport(doc);
      const norm = (s: string) =>
        s
          .replace(/['’]s?$/u, '')
          .replace(/\s+/gu, ' ')
          .trim()
          .toLowerCase();
      for (const c of cands.slice()) {
        if (c.source !== 'tagger' || c.gaz.length || c.sure || c.media || c.venue || !inCaps(doc, c.sentence)) continue;
        const ws = [...eachMatch(/\S+/gu, c.text)];
        if (ws.length < 2) continue;
        // a name that ends in a body's head word ("FREEDOM FRONT PARTY", "CHINA DAILY") is left to the body rules
        const last = ws[ws.length - 1]![0].toLowerCase();
        if (bodyHeads.some((h) => h.has(last)) || (teams && c.type === 'organization' && /[^s]s$/u.test(last)))
          continue;
        const others = cands.filter((o) => o !== c && !overlaps(o, c));
        const otherWords = new Set(others.flatMap((o) => o.text.toLowerCase().split(/\s+/u)));
        // a name written elsewhere, itself no name run on into a word ("TOKYO STOCK" is no evidence for "TOKYO STOCK
        // EXCHANGE")
        const written = new Set(
          others
            .filter((o) => o.gaz.length || !/\s/u.test(o.text.trim()) || !english(lastWord(o.text)))
            .map((o) => norm(o.text)),
        );
        // a person's surname the article writes in the full name ("FRANK BRUNO" … "BRUNO LOST")
        const surnames = new Set(
          others.filter((o) => o.type === 'person' && /\s/u.test(o.text.trim())).map((o) => lastWord(o.text)),
        );
        const tailWord = (w: string) => {
          const l = w.toLowerCase();
          return (
            /^\p{Lu}+$/u.test(w) &&
            (english(l) || inflectedEnglish(doc, l) || calendar.has(l)) &&
            !names.givenNamesWide.has(l) &&
            !gaz.placesByName.has(l) &&
            !gaz.orgsByName.has(l) &&
            !otherWords.has(l) &&
            !keep.some((s) => s.has(l)) &&
            !new RegExp(String.raw`[\p{Ll},;] ${escapeRegExp(w.charAt(0) + l.slice(1))}\b`, 'u').test(doc.text)
          );
        };
        // one word runs on: two ("STOCK EXCHANGE") are more often a name of their own
        const k = ws.length - 1;
        if (!tailWord(ws[k]![0])) continue;
        const head = norm(
          ws
            .slice(0, k)
            .map((m) => m[0])
            .join(' '),
        );
        // a word of English before it is no evidence of a name ("ALL BLACKS" where "ALL" was read alone)
        if (english(head) && !gaz.placesByName.has(head) && !gaz.orgsByName.has(head)) continue;
        const known = written.has(head) || (c.type === 'person' && k === 1 && surnames.has(head));
        if (!known) continue;
        respan(doc, c, c.start, c.start + ws[k - 1]!.index! + ws[k - 1]![0].length, id);
        const same = others.find((o) => norm(o.text) === head);
        if (same) {
          retype(c, same.type, id);
          c.gaz = same.gaz;
        }
      }
    },
  ),
  rule(
    'caps-given-name-then-surname',
    'in a sentence in capitals the tagger may end a person\'s name at the given name and leave the surname after it untyped ("COACH FABIO CAPELLO LAST SEASON", "PRESIDENT BASHAR AL-ASSAD HAD AGREED"): after a one-word person that a lexicon knows as a given name, one or two words in capitals that are no word of English (english.commonWords, english.verbAndFunctionWords, mentions.smallWordsAfterNames), no place or body of the gazetteer, no nationality and no title, and either too rare for the word clusters (a foreign name: "AL-ASSAD", "SONGO\'O") or a word of another person\'s full name in the article, and that no other mention holds, are the rest of the name',
    (doc, cands, id) => {
      const names = doc.res.names;
      const gaz = doc.res.gazetteer;
      const english = englishWordOf(doc);
      const personWords = new Set(
        cands
          .filter((c) => c.type === 'person' && /\s/u.test(c.text.trim()))
          .flatMap((c) => c.text.toLowerCase().split(/\s+/u)),
      );
      const nameCluster = inNameCluster(doc);
      const surname = (w: string) => {
        const l = w.toLowerCase();
        return (
          /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w) &&
          !english(l) &&
          !gaz.placesByName.has(l) &&
          !gaz.orgsByName.has(l) &&
          !gaz.demonyms.has(l) &&
          !names.titles.set.has(l) &&
          // a word too rare for the word clusters (a foreign name), one the article names a person with elsewhere, or
          // one whose word cluster is a cluster of people's names ("PENROSE", "ABRAMS")
          (!names.wordClusters.has(l) || personWords.has(l) || (l.length > 2 && nameCluster(l)))
        );
      };
      for (const c of cands) {
        if (c.type !== 'person' || c.media || !inCaps(doc, c.sentence)) continue;
        if (!/^\p{Lu}+$/u.test(c.text) || !names.givenNamesWide.has(c.text.toLowerCase())) continue;
        let end = c.end;
        for (let k = 0; k < 2; k++) {
          const m = /^[ \t]+([\p{L}'’-]+)/u.exec(doc.text.slice(end, end + 40));
          if (!m || !surname(m[1]!)) break;
          const next = { start: end + m[0].length - m[1]!.length, end: end + m[0].length };
          if (cands.some((o) => o !== c && overlaps(o, next))) break;
          end = next.end;
        }
        if (end > c.end) respan(doc, c, c.start, end, id);
      }
    },
  ),
  rule(
    'caps-foreign-name-then-surname',
    'in a sentence in capitals the tagger may end a person\'s name at a first word no given-name lexicon knows ("SPOKESMAN LIU JIANCHAO SAID", "AMBASSADOR FAYSSAL MEKDAD INSISTED") and leave the next word untyped, which rule caps-given-name-then-surname does not reach: after a one-word person the tagger read, itself no word of English, where no punctuation stands between, one word in capitals that is no word of English (also with a regular ending: entities.inflectionEndings; nor a preposition, auxiliary or pronoun: entities.capsRunWords), no weekday or month, neither a word that is also a name (english.wordsAlsoNames) nor one with the ending of a verb form or plural ("MILLER DEFENDS", "MA UNSEATED": entities.wordFormEndings) unless a given-name lexicon or its word cluster reads it as a name, no place, body or nationality of the gazetteer and no title, that no other mention holds and that the article never writes alone as a mention of another type, is the rest of the name',
    (doc, cands, id) => {
      const names = doc.res.names;
      const gaz = doc.res.gazetteer;
      const english = englishWordOf(doc);
      const calendar = calendarWordsOf(doc);
      const runWords = doc.res.words.set('entities.capsRunWords');
      const alsoNames = doc.res.words.set('english.wordsAlsoNames');
      const endings = doc.res.words.list('entities.wordFormEndings');
      const nameCluster = inNameCluster(doc);
      const wordOfEnglish = (l: string) => english(l) || inflectedEnglish(doc, l) || calendar.has(l) || runWords.has(l);
      // a word that is also a name ("RICE", "LEFT") or that ends like a verb form or plural ("DEFENDS", "UNSEATED":
      // the word lists hold stems, not every verb) is a surname only when a lexicon or its word cluster says names
      const nameLike = (l: string) => names.givenNamesWide.has(l) || nameCluster(l);
      const surname = (l: string) =>
        !wordOfEnglish(l) &&
        (!alsoNames.has(l) || nameLike(l)) &&
        (!endings.some((e) => l.length > e.length + 2 && l.endsWith(e)) || nameLike(l) || !names.wordClusters.has(l));
      const known = (l: string) =>
        gaz.placesByName.has(l) || gaz.orgsByName.has(l) || gaz.demonyms.has(l) || names.titles.set.has(l);
      // a word the article reads alone as a place or body elsewhere is that, not a surname
      const otherTyped = new Set(
        cands.filter((o) => o.type !== 'person' && !/\s/u.test(o.text.trim())).map((o) => o.text.toLowerCase()),
      );
      for (const c of cands) {
        if (c.type !== 'person' || c.source !== 'tagger' || c.media || !inCaps(doc, c.sentence)) continue;
        const first = c.text.toLowerCase();
        if (!/^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(c.text) || names.givenNamesWide.has(first)) continue;
        if (wordOfEnglish(first) || known(first)) continue;
        const m = /^[ \t]+(\p{Lu}[\p{Lu}'’-]*\p{Lu})(?![\p{L}.])/u.exec(doc.text.slice(c.end, c.end + 40));
        if (!m) continue;
        const l = m[1]!.toLowerCase();
        if (!surname(l) || known(l) || otherTyped.has(l)) continue;
        const next = { start: c.end + m[0].length - m[1]!.length, end: c.end + m[0].length };
        if (cands.some((o) => o !== c && overlaps(o, next))) continue;
        respan(doc, c, c.start, next.end, id);
      }
    },
  ),
  rule(
    'caps-given-name-written-alone',
    'in capitals a body named after a person or a first name ("ATALANTA", "SOMERSET") looks like a given name, and mentions/given-name-opens-person-in-capitals reads it with the word after it as a person ("ATALANTA REUNITES LENTINI", "BEAT SOMERSET INSIDE TWO DAYS"); where the article writes that first word alone as a body or a place, the span is that body or place, and the word after it is the sentence\'s own',
    (doc, cands, id) => {
      const capsPerson = 'mentions/given-name-opens-person-in-capitals';
      for (const c of cands) {
        if (!c.rules?.includes(capsPerson) || c.type !== 'person') continue;
        const first = firstWord(c.text);
        if (first.length === c.text.length) continue;
        const alone = cands.find(
          (o) =>
            o !== c &&
            (o.type === 'organization' || o.type === 'place') &&
            !o.rules?.includes(capsPerson) &&
            o.text.toLowerCase() === first.toLowerCase(),
        );
        if (!alone) continue;
        respan(doc, c, c.start, c.start + first.length, id);
        retype(c, alone.type, id);
        c.gaz = alone.gaz;
      }
    },
  ),
  rule(
    'caps-person-glued-to-place',
    'a headline in capitals sets names side by side with nothing between them ("MORALES BOLIVIA TALKS", "KREMLIN AIDE PETROV UKRAINE VISIT"), and with no case to tell where one ends the tagger reads the pair as one person; where one part is a person the article names in full (the surname or the whole name of a person mention elsewhere) and the other part is a country or region the gazetteer knows whole (not a town, not a body\'s short name: both share their spelling with name parts), the span is those two names',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      const particles = doc.res.words.set('entities.nameParticles');
      const people = cands.filter((o) => o.type === 'person' && /\s/u.test(o.text.trim()));
      // a person named elsewhere by this part, in a full name that does not hold the other part ("VAN DORN" is one
      // name wherever the article writes it so)
      const known = (c: Candidate, part: string, other: string) =>
        people.some(
          (o) =>
            o !== c &&
            !overlaps(o, c) &&
            (o.text.toLowerCase() === part || lastWord(o.text) === part) &&
            !o.text
              .toLowerCase()
              .split(/\s+/u)
              .some((w) => other.split(' ').includes(w)),
        );
      // a country or region: a town or a body's short name shares its spelling with too many surnames and name parts
      // ("VAN", "OGUN", the "UN" of "KIM JONG UN")
      const gazetteered = (part: string): { type: Candidate['type']; gaz: GazEntry[] } | null => {
        if (part.split(' ').some((w) => particles.has(w))) return null;
        const places = (gaz.placesByName.get(part) ?? []).filter((e) => e.kind !== 'city');
        return places.length && !gaz.orgsByName.has(part) ? { type: 'place', gaz: places } : null;
      };
      for (const c of cands.slice()) {
        if (c.type !== 'person' || c.sure || c.media || !inCaps(doc, c.sentence)) continue;
        const ws = [...eachMatch(/\S+/gu, c.text)];
        if (ws.length < 2 || ws.length > 4) continue;
        for (let k = 1; k < ws.length; k++) {
          const cut = c.start + ws[k]!.index!;
          const leftEnd = c.start + ws[k - 1]!.index! + ws[k - 1]![0].length;
          const left = doc.text.slice(c.start, leftEnd).toLowerCase();
          const right = doc.text.slice(cut, c.end).toLowerCase();
          // person first ("LEBED CHECHNYA") or the place or body first ("CHECHNYA LEBED")
          const [personPart, otherPart] = known(c, left, right)
            ? [left, right]
            : known(c, right, left)
              ? [right, left]
              : [];
          if (!personPart || !otherPart) continue;
          const other = gazetteered(otherPart);
          // a word a lexicon knows as a given name may open the full name itself ("GEORGIA SMITH")
          if (!other || (otherPart === left && doc.res.names.givenNamesWide.has(left))) continue;
          const [ps, pe, os, oe] =
            personPart === left ? [c.start, leftEnd, cut, c.end] : [cut, c.end, c.start, leftEnd];
          respan(doc, c, ps, pe, id);
          const o = ruleCandidate(doc, other.type, os, oe, id);
          o.gaz = other.gaz;
          cands.push(o);
          break;
        }
      }
    },
  ),
  rule(
    'caps-city-name-read-as-person',
    'in capitals the tagger cannot tell a one-word surname or given name from the town the gazetteer knows by it ("FERRIS", "NANCY", "CARSON") and reads it as the place; the article says it is a person where it names a person in full with it as the last word ("JUDGE ANNA FERRIS … FERRIS ADJOURNED") or writes a title or a kinship noun right before it ("COACH FERRIS", "HIS WIFE, NANCY,"). Then every one-word mention of it read as a place, or as a body where the gazetteer knows the town, is the person; a country, a region, a capital (they speak for governments) and a dateline are left as places',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      // a title used as a verb ("TO COACH NICE", "WILL CAPTAIN LEEDS") says nothing of the name after it
      const verbMarks = doc.res.words.set('entities.wordsMakingTitleAVerb');
      const inPlace = doc.res.words.set('mentions.knownPlacePrepositions');
      const titles = doc.res.names.titles.set;
      const kin = doc.res.words.set('entities.kinshipNouns');
      const townOnly = (c: Candidate) => {
        const l = c.text.toLowerCase();
        const entries = [...(gaz.placesByName.get(l) ?? []), ...c.gaz];
        return entries.every((e) => e.kind === 'city' && !e.capital) && !gaz.orgsByName.has(l) && !gaz.demonyms.has(l);
      };
      // a body read on it only where the gazetteer knows a town of that name: an unknown firm may be named after its
      // founder ("HENRY VOSS" … "VOSS POSTED A LOSS")
      const townKnown = (c: Candidate) => gaz.placesByName.has(c.text.toLowerCase()) || c.gaz.length > 0;
      const eligible = (c: Candidate) =>
        (c.type === 'place' || (c.type === 'organization' && townKnown(c))) &&
        /^\p{Lu}[\p{Lu}'’-]+$/u.test(c.text) &&
        !c.sure &&
        !c.media &&
        !c.venue &&
        !c.rules?.includes('entities/dateline-place') &&
        inCaps(doc, c.sentence) &&
        townOnly(c);
      const surnames = new Set(
        cands
          .filter((o) => o.type === 'person' && /\s/u.test(o.text.trim()) && o.text.trim().split(/\s+/u).length <= 3)
          .map((o) => lastWord(o.text)),
      );
      // a title ("COACH", "PRIME MINISTER") or a kinship noun, with a comma at most, right before the mention
      const titled = (c: Candidate) => {
        const before = doc.text
          .slice(Math.max(0, c.start - 40), c.start)
          .replace(/,?\s*$/u, '')
          .toLowerCase()
          .split(/\s+/u);
        for (let n = 1; n <= 3 && n < before.length; n++) {
          const w = before.slice(before.length - n).join(' ');
          if (n === 1 && kin.has(w)) return true;
          if (titles.has(w) && !verbMarks.has(before[before.length - n - 1]!)) return true;
        }
        return false;
      };
      // the article also writes it as the place: a dateline, or after "in" or "near" ("IN NANCY")
      const placed = new Set(
        cands
          .filter(
            (c) =>
              c.rules?.includes('entities/dateline-place') ||
              inPlace.has(
                doc.text
                  .slice(Math.max(0, c.start - 12), c.start)
                  .trim()
                  .split(/\s+/u)
                  .pop()!
                  .toLowerCase(),
              ),
          )
          .map((c) => c.text.toLowerCase()),
      );
      const persons = new Set<string>();
      for (const c of cands) {
        if (!eligible(c)) continue;
        const l = c.text.toLowerCase();
        if (!placed.has(l) && (surnames.has(l) || titled(c))) persons.add(l);
      }
      for (const c of cands) if (eligible(c) && persons.has(c.text.toLowerCase())) retype(c, 'person', id);
    },
  ),
  rule(
    'second-surname-continues-name',
    'Spanish and Portuguese names carry two surnames, often joined by a particle ("Julio Mendez Arbelo", "Luis Herrera de la Fuente", "Ana Robles y Vega"), and the tagger may end the name at the first surname: after a person named with two or more words, a capitalised word (a particle of entities.surnameParticles may stand before it) that is no word of English, no title, no nationality, month or weekday, no head word of a body, place or venue and no body the gazetteer knows continues the name; with no particle, an untagged word only where the article writes the two surnames together again or the word is too rare for the word clusters (a verb runs on after a name in capitals: "CRISTIANI REAFFIRMED"). A span the tagger gave that word alone joins the name when it is a person, or a town (no capital, country or region) the article writes nowhere else but right after a person: news never sets a place right after a name with nothing between them. After a particle, a person the tagger read on the words that follow ("DE" + "LA FUENTE") joins too. At most two surnames are added; later, the first surname written alone and followed by the same second one ("MENDEZ ARBELO") is read the same way',
    (doc, cands, id) => {
      const names = doc.res.names;
      const gaz = doc.res.gazetteer;
      const w = doc.res.words;
      const english = englishWordOf(doc);
      const verbs = w.set('english.verbAndFunctionWords');
      const auxiliaries = w.set('entities.auxiliariesBeforeVerb');
      const particles = w.set('entities.surnameParticles');
      const heads = nameHeadWords(doc);
      const calendar = calendarWordsOf(doc);
      const wordsOf = (t: string) => t.trim().split(/\s+/u);
      // a word that may be a surname: capitalised as the sentence writes names, and no word of another kind
      const surnameWord = (word: string, caps: boolean, afterParticle: boolean) => {
        const shape = caps ? /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u : /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
        if (!shape.test(word) || !/[aeiouyáéíóú]/iu.test(word)) return false;
        const l = word.toLowerCase();
        // after a particle the word is a name's whatever English makes of it ("DE JESUS", "DE LA FUENTE")
        if (afterParticle ? verbs.has(l) : english(l) || auxiliaries.has(l) || inflectedEnglish(doc, l)) return false;
        return (
          !names.titles.set.has(l) &&
          !gaz.demonyms.has(l) &&
          !calendar.has(l) &&
          !gaz.orgsByName.has(l) &&
          !heads.some((h) => h.has(l)) &&
          !particles.has(l)
        );
      };
      // a person mention ends right before the candidate, with only spaces between
      const personBefore = (x: Candidate) =>
        cands.some((p) => p.type === 'person' && p.end < x.start && /^[ \t]+$/u.test(doc.text.slice(p.end, x.start)));
      const townAfterName = (o: Candidate) =>
        o.type === 'place' &&
        [...(gaz.placesByName.get(o.text.toLowerCase()) ?? []), ...o.gaz].every(
          (e) => e.kind === 'city' && !e.capital,
        ) &&
        !cands.some((x) => x !== o && x.text.toLowerCase() === o.text.toLowerCase() && !personBefore(x));
      // an untagged word after the name, with no particle before it, may be the verb or the word the sentence goes
      // on with ("CRISTIANI REAFFIRMED", "PERON LEFT"), which no word list holds in every form: the article backs it as
      // a name where it writes the pair of surnames again, or the word is too rare for the word clusters (a foreign
      // name); another person's name holding the word is no backing, the tagger runs names on into verbs too
      const backed = (c: Candidate, end: number, word: string) => {
        const l = word.toLowerCase();
        if (!names.wordClusters.has(l)) return true;
        const before = wordsOf(doc.text.slice(c.start, end)).pop()!;
        const pair = new RegExp(
          String.raw`(?<![\p{L}'’-])${escapeRegExp(before)}[ \t]+${escapeRegExp(word)}(?![\p{L}'’-])`,
          'giu',
        );
        return [...eachMatch(pair, doc.text)].length > 1;
      };
      const gone = new Set<Candidate>();
      // where one more surname after `end` ends, and the candidate it takes in, if any
      const nextSurname = (c: Candidate, end: number) => {
        const caps = inCaps(doc, c.sentence);
        const toks: { start: number; end: number; text: string }[] = [];
        const re = /[ \t]+(\p{L}+(?:['’-]\p{L}+)*)(?![\p{L}'’-])/uy;
        re.lastIndex = end;
        for (let m = re.exec(doc.text); m && toks.length < 3; m = re.exec(doc.text)) {
          const text = m[1]!.replace(/['’][sS]$/u, '');
          const start = m.index + m[0].length - m[1]!.length;
          toks.push({ start, end: start + text.length, text });
          if (text.length < m[1]!.length) break;
        }
        const particleOf = (n: number) => {
          const p = toks.slice(0, n).map((t) => t.text);
          return (
            p.length === n &&
            particles.has(p.join(' ').toLowerCase()) &&
            (caps || p.every((x) => x === x.toLowerCase()))
          );
        };
        const p = particleOf(2) ? 2 : particleOf(1) ? 1 : 0;
        const t = toks[p];
        if (!t) return null;
        const over = cands.filter((o) => o !== c && !gone.has(o) && o.start < t.end && toks[0]!.start < o.end);
        if (!over.length)
          return surnameWord(t.text, caps, p > 0) && (p > 0 || backed(c, end, t.text))
            ? { stop: t.end, swallow: null }
            : null;
        const o = over[0]!;
        if (over.length > 1 || o.media || o.venue || o.sure || o.rules?.includes('entities/dateline-place'))
          return null;
        // "DE" + "LA FUENTE": the tagger read the rest of the name as a person of its own
        if (p > 0 && o.type === 'person' && o.start >= toks[0]!.start && o.end >= t.end && wordsOf(o.text).length <= 3)
          return { stop: o.end, swallow: o };
        const lone = o.start === t.start && o.end === t.end;
        if (lone && (o.type === 'person' || townAfterName(o)) && surnameWord(t.text, caps, p > 0))
          return { stop: t.end, swallow: o };
        return null;
      };
      const seconds = new Set<string>();
      const norm = (s: string) => s.replace(/\s+/gu, ' ').toLowerCase();
      for (const c of cands) {
        if (c.type !== 'person' || c.media || gone.has(c) || wordsOf(c.text).length < 2) continue;
        const taken: Candidate[] = [];
        let end = c.end;
        for (let k = 0; k < 2; k++) {
          const next = nextSurname(c, end);
          if (!next) break;
          if (next.swallow) taken.push(next.swallow);
          end = next.stop;
        }
        if (end === c.end) continue;
        for (const o of taken) gone.add(o);
        seconds.add(norm(`${wordsOf(c.text).pop()!}${doc.text.slice(c.end, end)}`));
        respan(doc, c, c.start, end, id);
      }
      // the first surname alone, then the same second one as a full name the article gives
      for (const c of cands) {
        if (c.type !== 'person' || c.media || gone.has(c) || /\s/u.test(c.text.trim())) continue;
        const next = nextSurname(c, c.end);
        if (!next || !seconds.has(norm(doc.text.slice(c.start, next.stop)))) continue;
        if (next.swallow) gone.add(next.swallow);
        respan(doc, c, c.start, next.stop, id);
      }
      for (let i = cands.length - 1; i >= 0; i--) if (gone.has(cands[i]!)) cands.splice(i, 1);
    },
  ),
  rule(
    'title-word-surname',
    '"John Major ... Major said", "Billie Jean King ... said King": a surname that is also a title word is dropped as a lone role where it stands alone; once the article names a person in full with it as the last word, the word written alone, capitalised, not after an article ("the King") and followed by a verb, a function word or a mark ("Major said", "King is", "forced King to"), not by a name ("King Abdullah"), is that person (not in capitals)',
    (doc, cands, id) => {
      const titles = doc.res.names.titles.set;
      const verbs = doc.res.words.set('english.verbAndFunctionWords');
      const dets = doc.res.words.set('mentions.determinersOpeningNoName');
      const surnames = new Set<string>();
      for (const c of cands) {
        if (c.type !== 'person' || !/\s/.test(c.text) || inCaps(doc, c.sentence)) continue;
        const last = c.text
          .replace(/['’]s$/u, '')
          .split(/\s+/)
          .pop()!;
        if (/^\p{Lu}\p{Ll}+$/u.test(last) && titles.has(last.toLowerCase())) surnames.add(last);
      }
      for (const word of surnames) {
        for (const m of eachMatch(new RegExp(`(?<![\\p{L}\\d'’.-])${word}(?![\\p{L}\\d-])`, 'gu'), doc.text)) {
          const run = { start: m.index, end: m.index + word.length };
          if (cands.some((o) => overlaps(o, run)) || inCaps(doc, sentenceAt(doc.sentences, run.start))) continue;
          const prev = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(0, run.start - 20), run.start))?.[1]?.toLowerCase();
          if (prev === 'the' || (prev && dets.has(prev))) continue;
          const next = /^(?:['’]s)?\s*([\p{L}]+|[^\s\p{L}]|$)/u.exec(doc.text.slice(run.end, run.end + 30))?.[1] ?? '';
          if (next && /^\p{L}/u.test(next) && !verbs.has(next)) continue;
          cands.push(ruleCandidate(doc, 'person', run.start, run.end, id));
        }
      }
    },
  ),
  rule(
    'outlet-reporter',
    '"VOA\'s Carol Pearson reports", "the BBC\'s Jane Ashdown in Kabul": two or three capitalised words right after the possessive of a news outlet the lexicon knows name one of its reporters, a person, not a body or a place (the tagger may have cut the name or typed it as the outlet); no word of it may be a head word of a body, place or venue or a word for a programme ("NBC\'s Today Show"), and a name a lexicon knows keeps its type',
    (doc, cands, id) => {
      const heads = nameHeadWords(doc, 'entities.programmeWords');
      for (const c of cands.slice()) {
        if (!c.gaz.some((e) => e.kind === 'org' && e.orgKind === 'media')) continue;
        const m = /^['’]s?[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2})(?![\p{L}\d'’-])/u.exec(
          doc.text.slice(c.end, c.end + 80),
        );
        if (!m) continue;
        const name = m[1]!.replace(/['’]s$/u, '');
        if (name.split(/\s+/).some((w) => heads.some((h) => h.has(w.toLowerCase())))) continue;
        const start = c.end + m[0].indexOf(m[1]!);
        const run = { start, end: start + name.length };
        const over = cands.filter((o) => o !== c && overlaps(o, run));
        if (over.some((o) => o.gaz.length || o.media || o.venue || o.start < run.start || o.end > run.end)) continue;
        if (over.length === 1 && over[0]!.type === 'person' && over[0]!.start === run.start) continue;
        remove(cands, (o) => over.includes(o));
        cands.push(ruleCandidate(doc, 'person', run.start, run.end, id));
      }
    },
  ),
  rule(
    'quoted-nickname',
    '"Stanley \\"Tookie\\" Williams", "Hector \\"Macho\\" Camacho": a capitalised word, a nickname in quotes and a surname are one person\'s name, written whole, when the first word is a given name or the article writes the surname again on its own; the tagger reads the quotes as breaks and types the pieces as anything',
    (doc, cands, id) => {
      const given = doc.res.names.givenNamesWide;
      const re =
        /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)[ \t]+["“][ \t]?\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*)?[ \t]?["”][ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?(?![\p{L}'’-])/gu;
      for (const m of eachMatch(re, doc.text)) {
        const run = { start: m.index, end: m.index + m[0].replace(/['’]s$/u, '').length };
        // the first word a given name, or the surname written again on its own ("Camacho took the decision")
        const surname = doc.text.slice(run.start, run.end).split(/\s+/).pop()!;
        const again = [...eachMatch(new RegExp(`(?<![\\p{L}'’-])${surname}(?![\\p{L}-])`, 'gu'), doc.text)].some(
          (x) => x.index < run.start || x.index >= run.end,
        );
        if (!given.has(m[1]!.toLowerCase()) && !again) continue;
        const over = cands.filter((o) => overlaps(o, run));
        if (over.some((o) => o.gaz.some((e) => e.kind === 'org') || o.start < run.start || o.end > run.end)) continue;
        remove(cands, (o) => over.includes(o));
        cands.push(ruleCandidate(doc, 'person', run.start, run.end, id));
      }
    },
  ),
  rule(
    'bracketed-name-part',
    '"James Leander (Leo) Nichols", "Alan John Percivale (A.J.P.) Taylor", a quote with the given name put in by the editor "he saw (Tom) Seaver pitch": a given name or initials in brackets between a person\'s given names and a surname, or in brackets right before a surname, is part of one person\'s name, written whole; the tagger reads the brackets as breaks and types the pieces as anything. The first word must be a given name (the lexicons), the bracket hold initials or a given name that names no place, and the surname be no word of English, no country, region or body a gazetteer knows',
    (doc, cands, id) => {
      const given = doc.res.names.givenNamesWide;
      const english = englishWordOf(doc);
      const gaz = doc.res.gazetteer;
      const re =
        /(?<![\p{L}\p{N}'’.-])(?<!\p{Lu}[\p{L}'’.-]*[ \t]+)((?:\p{Lu}\p{L}+[ \t]+){0,3})\(((?:\p{Lu}\.){1,4}|\p{Lu}\p{L}+)\)[ \t]+(\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}'’-])/gu;
      for (const m of eachMatch(re, doc.text)) {
        const before = m[1]!.trim().split(/\s+/).filter(Boolean);
        const inside = m[2]!;
        const surname = m[3]!.toLowerCase();
        // a given name opens the name: the first word before the brackets, or the word inside them when none comes before
        const opener = before[0] ?? inside;
        if (!given.has(opener.toLowerCase())) continue;
        // the brackets hold initials or a given name, never a place or body ("Erik Dekker (Netherlands) Rabobank")
        const initials = /\./.test(inside);
        const insideLower = inside.toLowerCase();
        if (
          initials
            ? !before.length
            : !given.has(insideLower) || gaz.placesByName.has(insideLower) || gaz.orgsByName.has(insideLower)
        )
          continue;
        if (
          english(surname) ||
          // a town may share a surname ("Taylor"); a country or region may not
          (gaz.placesByName.get(surname) ?? []).some((e) => e.kind !== 'city') ||
          gaz.orgsByName.has(surname) ||
          before.some((w) => english(w.toLowerCase()) && !given.has(w.toLowerCase()))
        )
          continue;
        const run = { start: m.index, end: m.index + m[0].length };
        const over = cands.filter((o) => overlaps(o, run));
        if (over.some((o) => o.gaz.some((e) => e.kind === 'org') || o.start < run.start || o.end > run.end)) continue;
        remove(cands, (o) => over.includes(o));
        cands.push(ruleCandidate(doc, 'person', run.start, run.end, id));
      }
    },
  ),
  rule(
    'coordinated-untagged-given-name',
    '"Saïd and Chérif Kouachi", "Tamerlan and Dzhokhar Tsarnaev": news names siblings or spouses by their given names joined by "and" before the surname they share, written once; where the tagger left the first given name untagged (it is also an English word, "Said"), a capitalised word inside a sentence right before "and" and a full name that starts with a given name is a person (coordinated-first-name retypes one the tagger did tag), and the people step gives it the shared surname; a title, a month or weekday, a head word of a body or place, or a name a lexicon knows is no given name',
    (doc, cands, id) => {
      const given = doc.res.names.givenNamesWide;
      const gaz = doc.res.gazetteer;
      const titles = doc.res.names.titles.set;
      const heads = nameHeadWords(doc);
      const calendar = [doc.res.words.set('mentions.weekdays'), doc.res.words.set('mentions.months')];
      for (const c of cands.slice()) {
        const parts = c.text.replace(/['’]s$/u, '').split(/\s+/);
        if (c.type !== 'person' || parts.length < 2 || parts.length > 3) continue;
        if (!given.has(parts[0]!.toLowerCase())) continue;
        const m = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)[ \t]+(?:and|&)[ \t]+$/u.exec(
          doc.text.slice(Math.max(0, c.start - 40), c.start),
        );
        if (!m) continue;
        const start = c.start - m[0].length;
        const run = { start, end: start + m[1]!.length };
        const word = m[1]!.toLowerCase();
        // inside a sentence: a capitalised first word of a sentence or line says nothing
        const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
        if (!sentence || !doc.text.slice(sentence.start, start).trim() || /\n\s*$/.test(doc.text.slice(0, start)))
          continue;
        if (titles.has(word) || heads.some((h) => h.has(word)) || calendar.some((l) => l.has(m[1]!))) continue;
        if (gaz.placesByName.has(word) || gaz.orgsByName.has(word) || gaz.demonyms.has(word)) continue;
        if (cands.some((o) => overlaps(o, run))) continue;
        cands.push(ruleCandidate(doc, 'person', run.start, run.end, id));
      }
    },
  ),
  rule(
    'line-broken-name',
    '"Mike Sullivan, Willie\\nWood, Loren Roberts": wire lists of people wrap at the end of a line, splitting a name; a lone given name closing a line inside a list (after a comma, a bracket or the line start) and one capitalised word opening the next line before a comma, a bracket, "and" or the line end are one person (the people step joins them); a word a lexicon knows as a place or body, or a head word, is no surname',
    (doc, cands, id) => {
      const given = doc.res.names.givenNamesWide;
      const gaz = doc.res.gazetteer;
      const heads = nameHeadWords(doc);
      for (const c of cands.slice()) {
        if (c.type !== 'person' || /\s/.test(c.text) || !given.has(c.text.toLowerCase())) continue;
        if (!/(?:^|\n|,|\()[ \t]*$/.test(doc.text.slice(Math.max(0, c.start - 3), c.start))) continue;
        const m =
          /^[ \t]*\n[ \t]*((?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[,(;]|\n|$|and[ \t]))/u.exec(
            doc.text.slice(c.end, c.end + 60),
          );
        if (!m) continue;
        const start = c.end + m[0].length - m[1]!.length;
        const run = { start, end: start + m[1]!.length };
        const word = m[1]!.toLowerCase();
        if (gaz.placesByName.has(word) || gaz.orgsByName.has(word) || heads.some((h) => h.has(word))) continue;
        const over = cands.filter((o) => overlaps(o, run));
        if (over.some((o) => o.start !== run.start || o.end !== run.end || o.gaz.length || o.sure)) continue;
        const piece = over[0] ?? ruleCandidate(doc, 'person', run.start, run.end, id);
        if (!over.length) cands.push(piece);
        piece.type = 'person';
        mark(piece, id);
        mark(c, id);
      }
    },
  ),
  rule(
    'sentence-final-stop',
    '"... a deal with Lear Corp.": where a name ending in a shortened word ("Corp.", "Inc.", "& Co.") closes its sentence at the end of a line, the one full stop writes both the abbreviation and the end of the sentence; the name is written without it, as it is where the sentence goes on ("Lear Corp said"); initials ("U.S.", "D.C.") keep theirs',
    (doc, cands) => {
      for (const c of cands) {
        if (!/[^\p{L}.]\p{L}{2,}\.$/u.test(' ' + c.text) || /(?:^|[^\p{L}])\p{L}\.\p{L}{1,2}\.$/u.test(c.text))
          continue;
        if (!/^[ \t]*["'”’)\]]*[ \t]*(?:\n|$)/.test(doc.text.slice(c.end, c.end + 8))) continue;
        c.end -= 1;
        c.text = doc.input.text.slice(c.start, c.end);
      }
    },
  ),
  rule(
    'led-body',
    '"the Saudi-led coalition", "NATO-led forces", "an African Union-led mission": a name joined by "-led" to a noun for a body (mentions.ledBodyHeads) names that body, one the article goes on to treat as a doer ("the jets belonged to the Saudi-led coalition"); the whole is an organisation, not the place or body that leads it (which rule hyphenated-modifier would drop)',
    (doc, cands, id) => {
      const w = doc.res.words;
      const led = w.memo('entity-rules.ledBody', () => {
        // the head as written in running text or in a title ("coalition", "Coalition")
        const heads = w
          .list('mentions.ledBodyHeads')
          .flatMap((h) => [h, h.charAt(0).toUpperCase() + h.slice(1)])
          .map(escapeRegExp)
          .join('|');
        // a word of the leader's name: a full stop inside it or before the hyphen ("U.S.-led"), never one that ends a
        // sentence ("on Monday. The Saudi-led coalition" names no "Monday")
        const word = String.raw`\p{Lu}(?:[\p{L}\p{N}'’]|\.(?![ \t]))*`;
        return new RegExp(
          String.raw`(?<![\p{L}\p{N}.'’-])(?!(?:The|A|An)\s)${word}(?:[ \t]+(?!(?:The|A|An)\s)${word}){0,2}-[Ll]ed[ \t]+(?:${heads})(?![\p{L}\p{N}-])`,
          'gu',
        );
      });
      for (const m of eachMatch(led, doc.text)) {
        const run = { start: m.index, end: m.index + m[0].length };
        const over = cands.filter((c) => overlaps(c, run));
        // a candidate that reaches out of the run is a longer name the run is part of: leave it
        if (over.some((c) => c.start < run.start || c.end > run.end)) continue;
        const keep = over[0] ?? ruleCandidate(doc, 'organization', run.start, run.end, id);
        remove(cands, (c) => c !== keep && over.includes(c));
        if (!over.length) cands.push(keep);
        keep.gaz = [];
        keep.sure = true;
        retype(keep, 'organization', id);
        respan(doc, keep, run.start, run.end, id);
      }
    },
  ),
  rule(
    'person-from-town',
    '"a 34-year-old man from Burnley", "two teenagers from Luton": a town the gazetteer knows, alone after a noun of people (incident-roles.plainPersonHeads) and "from", is where they live, a place; the tagger reads such a town as a body (its football club) when no locative stands before it. Not a name the gazetteer knows as a body',
    (doc, cands, id) => {
      const w = doc.res.words;
      const gaz = doc.res.gazetteer;
      const before = w.memo(
        'entity-rules.personFrom',
        () => new RegExp(String.raw`(?<![\p{L}])${w.alt('incident-roles.plainPersonHeads')},?[ \t]+from[ \t]+$`, 'iu'),
      );
      for (const c of cands) {
        if (c.type !== 'organization' || c.sure || c.media || /\s/.test(c.text)) continue;
        const lower = c.text.toLowerCase();
        if (gaz.orgsByName.has(lower) || c.gaz.some((e) => e.kind === 'org')) continue;
        if (!(gaz.placesByName.get(lower) ?? []).some((e) => e.kind === 'city')) continue;
        if (!before.test(doc.text.slice(Math.max(0, c.start - 40), c.start))) continue;
        if (!/^[ \t]*(?:[,.;:)]|and\s|who\s|has\s|had\s|was\s|is\s|$)/u.test(doc.text.slice(c.end, c.end + 8)))
          continue;
        retype(c, 'place', id);
      }
    },
  ),
  rule(
    'hyphenated-modifier',
    '"U.S.-led forces", "a Hong Kong-listed company", "U.N.-backed talks", "the Houthi-run administration": a name joined by a hyphen to a participle makes an adjective that describes something else; it is not a mention of a person, body or place (a hyphenated syllable of a name, "Kim Jong-il", is no participle)',
    (doc, cands) => {
      // a regular participle, or one of mentions.hyphenParticiples ("the Houthi-run administration", "Somali-born")
      const { inName, after } = doc.res.words.memo('entity-rules.hyphenatedModifier', () => {
        const participle = `(?:\\p{Ll}+(?:ed|ing)|${doc.res.words.alt('mentions.hyphenParticiples')})`;
        return { inName: new RegExp(`-${participle}$`, 'u'), after: new RegExp(`^-${participle}(?![\\p{L}-])`, 'u') };
      });
      remove(cands, (c) => inName.test(c.text) || after.test(doc.text.slice(c.end, c.end + 30)));
    },
  ),
  rule(
    'letter-or-weekday',
    'a lone letter ("B", "N."), as in "Rad (B)" or "N / A", or a weekday alone ("Monday") names no person, body or place; a body the lexicon knows by one letter keeps it',
    (doc, cands) => {
      const weekdays = doc.res.words.set('mentions.weekdays');
      remove(
        cands,
        (c) =>
          !c.gaz.some((e) => e.kind === 'org') &&
          (/^\p{Lu}\.?$/u.test(c.text) || weekdays.has(c.text.replace(/['’]s$/u, ''))),
      );
    },
  ),
  rule(
    'firm-of-country',
    'wire copy names a club or firm by the country it is from ("Benetton of Italy beat Dinamo of Russia", "Kia Motor Corp of South Korea"): "of" and a country after a company suffix, or after a one-word name the article also writes alone, close the name, and the country is a place of its own ("Bank of England", "Rally of Turkey", "Sultanate of Brunei" keep their "of")',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      const suffixes = doc.res.words.set('mentions.companySuffixes');
      const alone = new Set(cands.map((c) => c.text.toLowerCase().replace(/['’]s$/u, '')));
      for (const c of cands.slice()) {
        if (c.type !== 'organization' || c.gaz.length) continue;
        const m = /^(\p{Lu}.*?)\s+of\s+(\p{Lu}.*)$/u.exec(c.text);
        if (!m) continue;
        const country = (gaz.placesByName.get(m[2]!.toLowerCase()) ?? []).filter((e) => e.kind === 'country');
        if (!country.length) continue;
        const head = m[1]!;
        const last = head.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '');
        if (!suffixes.has(last) && (/\s/.test(head) || !alone.has(head.toLowerCase()))) continue;
        const placeStart = c.start + c.text.length - m[2]!.length;
        const end = c.end;
        respan(doc, c, c.start, c.start + head.length, id);
        cands.push({ ...ruleCandidate(doc, 'place', placeStart, end, id), gaz: country });
      }
    },
  ),
  rule(
    'coordinated-names',
    'one span the tagger read as a body, split at "and" into two names: two bodies when the article also names each on its own or the gazetteer knows them ("analysts looked at Mercantile, Commerce and Roosevelt"; "Test and County Cricket Board", only ever whole, stays whole), two places when each half is a town or country of the gazetteer and no gazetteer lists the span whole ("flats in Cardiff, Aberystwyth and Swansea")',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      const alone = new Set(cands.map((c) => c.text.toLowerCase().replace(/['’]s$/u, '')));
      const known = (n: string) => alone.has(n.toLowerCase()) || gaz.orgsByName.has(n.toLowerCase());
      // rule entities/coordinated-firms: the short form of a longer body the article names, or a firm's own name
      const firms = isOn(doc.res.rules, COORDINATED_FIRMS) ? coordinatedFirm(doc, cands) : () => false;
      const body = (n: string) => known(n) || firms(n);
      const town = (n: string) =>
        (gaz.placesByName.get(n.toLowerCase()) ?? []).filter((e) => e.kind === 'city' || e.kind === 'country');
      const oneWord = /^\p{Lu}[\p{L}'’-]*$/u;
      for (const c of cands.slice()) {
        if (c.type !== 'organization' || c.gaz.length) continue;
        const m = /^(\p{Lu}[^,]*?)\s+and\s+(\p{Lu}.*)$/u.exec(c.text);
        if (!m) continue;
        const [a, b] = [m[1]!, m[2]!];
        const places = oneWord.test(a) && oneWord.test(b) ? [town(a), town(b)] : [[], []];
        const asBodies = body(a) && body(b);
        if (!asBodies && (!places[0]!.length || !places[1]!.length)) continue;
        const end = c.end;
        respan(doc, c, c.start, c.start + a.length, id);
        if (asBodies) {
          cands.push(ruleCandidate(doc, 'organization', end - b.length, end, id));
          continue;
        }
        retype(c, 'place', id);
        c.gaz = places[0]!;
        cands.push({ ...ruleCandidate(doc, 'place', end - b.length, end, id), gaz: places[1]! });
      }
    },
  ),
  rule(
    'city-outside-sport',
    'the tagger learnt from sports wire that a large city\'s name alone is often its club ("Marseille beat Lyon"); in an article with no word of sport (entities.sportArticleWords) such a name is the city ("the men came from Marseille"); a name the gazetteer lists as a body stays one, and a name before an agency word ("Milwaukee police") is left to the agency rules',
    (doc, cands, id) => {
      if (mentionsSport(doc)) return;
      const gaz = doc.res.gazetteer;
      const agencyWords = doc.res.words.set('gazetteer.agencyNounsAfterPlace');
      for (const c of cands) {
        if (c.type !== 'organization' || c.sure || c.media || /\s/u.test(c.text)) continue;
        const lower = c.text.toLowerCase();
        if (gaz.orgsByName.has(lower) || !largeCity(doc, lower)) continue;
        // "Milwaukee police": the agency rules decide what a name before an agency word is
        const next = /^[ \t]+([\p{L}'’]+)/u.exec(doc.text.slice(c.end, c.end + 24))?.[1]?.toLowerCase();
        if (next && agencyWords.has(next)) continue;
        retype(c, 'place', id);
        c.gaz = (gaz.placesByName.get(lower) ?? []).filter((e) => e.kind === 'city');
      }
    },
  ),
  rule(
    'common-word-opening',
    'a single capitalised plural word ("Witnesses", "Survivors", "Gunmen") opening a sentence or following a dateline is a common noun; names have a gazetteer entry, a title or a full form. A word that only ends like a plural, whose singular is no common or person noun, is a surname ("Rogers also said"), kept',
    (doc, cands) => {
      const lowerWords = new Set(doc.text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
      const given = doc.res.names.givenNames;
      const fullNameParts = new Set(
        cands.filter((c) => c.type === 'person' && /\s/.test(c.text)).flatMap((c) => c.text.toLowerCase().split(/\s+/)),
      );
      remove(
        cands,
        (c) =>
          !c.gaz.length &&
          !c.sure &&
          !/\s/.test(c.text) &&
          !fullNameParts.has(c.text.toLowerCase()) &&
          !given.has(c.text.toLowerCase()) &&
          opensSentence(doc, c) &&
          ((PLURAL.test(c.text) && pluralOfCommonNoun(doc, c.text)) || lowerWords.has(c.text.toLowerCase())),
      );
    },
  ),
  rule(
    'unknown-place-opening',
    '"Long queues formed at …": a one-word place the tagger found at the start of a sentence, right before a lower-case word, that no gazetteer lists and the article writes nowhere else, is the sentence\'s capitalised first word, not a place (a place that opens a sentence is a known one, or named again)',
    (doc, cands) => {
      const gaz = doc.res.gazetteer;
      remove(cands, (c) => {
        if (c.type !== 'place' || c.source !== 'tagger' || c.gaz.length || c.venue || c.media || c.sure) return false;
        if (/\s/.test(c.text) || !opensSentence(doc, c) || inCaps(doc, c.sentence)) return false;
        if (!/^[ \t]+\p{Ll}/u.test(doc.text.slice(c.end, c.end + 3))) return false;
        const key = c.text.toLowerCase();
        if (gaz.placesByName.has(key) || gaz.townsByName.has(key) || gaz.orgsByName.has(key)) return false;
        const escaped = escapeRegExp(c.text);
        const again = new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])`, 'gu');
        return (doc.text.match(again) ?? []).length < 2;
      });
    },
  ),
  rule(
    'plural-person',
    'a person is never a plural common noun ("Heroes", "Witnesses"): a one-word person ending like a plural of a common or person noun, which no full name contains, is dropped; a surname that only ends so ("Jones", "Hughes") is kept',
    (doc, cands) => {
      const fullNameParts = new Set(
        cands.filter((c) => c.type === 'person' && /\s/.test(c.text)).flatMap((c) => c.text.toLowerCase().split(/\s+/)),
      );
      const given = doc.res.names.givenNames;
      remove(
        cands,
        (c) =>
          c.type === 'person' &&
          !c.sure &&
          !c.gaz.length &&
          /^\p{Lu}\p{Ll}+(?:ies|es|men)$/u.test(c.text) &&
          pluralOfCommonNoun(doc, c.text) &&
          !fullNameParts.has(c.text.toLowerCase()) &&
          !given.has(c.text.toLowerCase()),
      );
    },
  ),
  rule(
    'article-then-nationality',
    '"An Israeli air strike", "a Briton was among the dead", "the Frenchman": an article (incident-cues.articles, incident-cues.determiners) before a single nationality word makes a common noun phrase that describes someone by where they are from; it names no person, body or place (the tagger reads it as a name most often after a dateline, where the article is capitalised)',
    (doc, cands) => {
      const articles = doc.res.words.set('incident-cues.articles');
      const determiners = doc.res.words.set('incident-cues.determiners');
      const demonyms = doc.res.gazetteer.demonyms;
      remove(cands, (c) => {
        if (c.sure || c.gaz.length) return false;
        const words = c.text.toLowerCase().split(/\s+/);
        if (words.length !== 2) return false;
        const [first, second] = words as [string, string];
        return (articles.has(first) || determiners.has(first)) && demonyms.has(second);
      });
    },
  ),
  rule(
    'work-title',
    '"the film Secrets & Lies", "his novel Bertillon 166", "the album Endless Wire": capitalised words right after a noun of a creative work or a slogan (entities.workNouns), in quotes or not and whether or not the name finder kept its first word, are its title, which is no person, body or place; a full name opening with a given name ("the film Steven Spielberg directed") and a name a lexicon knows keep their type',
    (doc, cands) => {
      const titled = afterWorkNoun(doc);
      const given = doc.res.names.givenNamesWide;
      remove(
        cands,
        (c) =>
          titled(c.start) &&
          !c.gaz.length &&
          !(c.type === 'person' && /\s/.test(c.text) && given.has(c.text.split(/\s+/)[0]!.toLowerCase())),
      );
    },
  ),
  rule(
    'vessel-name',
    '"the aircraft carrier Carl Vinson", "the tanker Front Altair", "the hospital ship, Mercy": capitalised words right after a lower-case noun for a ship or boat (entities.vesselNouns) name the vessel, which is no person, body or place; after a plural noun so is the name joined to it by "and" or a comma ("the carriers Vinson and Enterprise"), and so are the vessel\'s mentions in the same words elsewhere in the article; a name a lexicon knows as a country, region or body keeps its type (a town\'s name is often a ship\'s: "Enterprise")',
    (doc, cands) => {
      const before = doc.res.words.memo(
        'entities.vesselNouns.re',
        () =>
          new RegExp(
            String.raw`(?<![\p{L}-])(${doc.res.words.alt('entities.vesselNouns')}),?[ \t]+(?:the[ \t]+)?["“]?[ \t]?$`,
            'u',
          ),
      );
      // a name a lexicon knows as a country, region or body, or one the tagger is sure of, keeps its type (a town's
      // name is often a ship's: "Enterprise")
      const known = (c: Candidate) => c.sure || c.gaz.some((e) => e.kind !== 'city');
      const sorted = cands.slice().sort((a, b) => a.start - b.start);
      const vessels = new Set<string>();
      const drop = new Set<Candidate>();
      sorted.forEach((c, i) => {
        const m = before.exec(doc.text.slice(Math.max(0, c.start - 40), c.start));
        if (!m || known(c) || drop.has(c)) return;
        drop.add(c);
        vessels.add(c.text);
        if (!/s$/u.test(m[1]!)) return;
        for (let k = i + 1, prev = c; k < sorted.length; k++) {
          const next = sorted[k]!;
          if (!/^(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)$/u.test(doc.text.slice(prev.end, next.start))) break;
          if (known(next)) break;
          drop.add(next);
          vessels.add(next.text);
          prev = next;
        }
      });
      remove(cands, (c) => drop.has(c) || (vessels.has(c.text) && !known(c)));
    },
  ),
  rule(
    'month-in-date',
    '"11 MAR 89", "3 Jan 90": a short month name between a day and a year, as datelines and wire copy write dates, is part of the date, never a body or place (in capitals "MAR" or "DEC" look like acronyms)',
    (doc, cands) => {
      const re = doc.res.words.memo(
        'entities.monthAbbreviations.re',
        () =>
          new RegExp(
            String.raw`(?<![\p{L}\d])\d{1,2}[ \t]+(${doc.res.words.alt('entities.monthAbbreviations')})\.?[ \t]+\d{2,4}(?![\p{L}\d])`,
            'giu',
          ),
      );
      for (const m of eachMatch(re, doc.text)) {
        const start = m.index + m[0].indexOf(m[1]!, 1);
        const r = { start, end: start + m[1]!.length };
        remove(cands, (c) => overlaps(c, r) && c.end - c.start <= r.end - r.start + 1);
      }
    },
  ),
  rule(
    'transcript-note',
    '"[WORDS INDISTINCT]", "[BEGIN RECORDING]", "[PASSAGE OMITTED]": monitoring services and wire copy put their editorial notes in square brackets inside a transcript; the words of such a note (entities.transcriptNotes) name nothing',
    (doc, cands) => {
      const notes = doc.res.words.set('entities.transcriptNotes');
      for (const m of eachMatch(/\[([^[\]\n]{1,40})\]/gu, doc.text)) {
        if (!notes.has(m[1]!.trim().toLowerCase().replace(/\s+/g, ' '))) continue;
        const r = { start: m.index + 1, end: m.index + m[0].length - 1 };
        remove(cands, (c) => c.start >= r.start && c.end <= r.end);
      }
    },
  ),
  rule(
    'law-title',
    'titles of laws and bills ("Terrorism Suppression Act", "the Arms (…) Amendment Bill") are not people, bodies or places, nor are the words inside them',
    (doc, cands) => {
      const W = entityWords(doc);
      const titles = [
        ...[...eachMatch(W.lawTitle, doc.text)].filter((m) => m[0].trim().split(/\s+/).length >= 2),
        ...eachMatch(W.lawTitleOf, doc.text),
      ];
      for (const m of titles) {
        const r = { start: m.index, end: m.index + m[0].length };
        remove(cands, (c) => c.start >= r.start && c.end <= r.end && !c.gaz.some((e) => e.kind !== 'city'));
      }
    },
  ),
  rule(
    'event-name',
    'a name of two words or more that ends in the word of a contest, prize, festival, war or rising (mentions.eventTails: "the Seoul Open", "the Gulf War", "the Easter Rising") names an event, not a person, body or place; read in any case, so a headline in capitals ("SEOUL OPEN RESULTS") is no place; a body the gazetteer knows by such a name stays',
    (doc, cands) => {
      const W = entityWords(doc);
      remove(cands, (c) => {
        if (c.media || orgBacked(c)) return false;
        const name = c.text.replace(/['’]s?$/u, '').trim();
        return W.eventName.test(name) || (!/\p{Ll}/u.test(name) && W.eventName.test(titleCase(name)));
      });
    },
  ),
  rule(
    'not-an-entity-word',
    'words of faith ("Allah", "God"), the network everyone uses ("the Internet", "the Web") the names of holidays ("Yom Kippur", "Ramadan") and everyday abbreviations ("DNA", "HIV", "GDP") are never a person, body or place of the graph',
    (doc, cands) => {
      const W = entityWords(doc);
      remove(cands, (c) => W.notEntities.has(c.text.toLowerCase().replace(/['’]s$/u, '')));
    },
  ),
  rule(
    'named-day',
    'a name followed by "Day" ("Patriots\' Day", "One Boston Day") is a day, not a body or a person',
    (doc, cands) => {
      remove(
        cands,
        (c) =>
          !c.gaz.length && (/^['’]?s?['’]?\s+Day\b/u.test(doc.text.slice(c.end, c.end + 8)) || /\sDay$/u.test(c.text)),
      );
    },
  ),
  rule(
    'regional-adjective',
    '"Central Asian migrants", "West African states": a name ending in a regional adjective describes, it names nothing; a firm named with an acronym or a body\'s head word before the adjective ("CITIC Pacific", "Union Pacific") is a name, and so is a region the gazetteer knows written as a noun, right after "the" ("the Caribbean", "the Atlantic") and before a verb or function word ("in the Caribbean thanks to oil", "over the Atlantic on Monday") or a noun for an area ("the Mediterranean area", "the Pacific coast")',
    (doc, cands) => {
      const W = entityWords(doc);
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      const named = (c: Candidate) =>
        c.text
          .split(/\s+/)
          .slice(0, -1)
          .some((w) => /^\p{Lu}[\p{Lu}\d&]+$/u.test(w) || orgHeads.has(w.toLowerCase()));
      const functionWords = doc.res.words.set('english.verbAndFunctionWords');
      const areaNoun = doc.res.words.memo(
        'entity-rules.regionalAdjective.areaNoun',
        () =>
          new RegExp(
            `^(?:${doc.res.words.alt('mentions.areaNouns')}|${doc.res.words.alt('mentions.placeHeads')})$`,
            'u',
          ),
      );
      const regionAsNoun = (c: Candidate) => {
        if (
          !c.gaz.some((e) => e.kind === 'region') ||
          !/(?:^|\s)the\s+$/iu.test(doc.text.slice(Math.max(0, c.start - 5), c.start))
        )
          return false;
        const next = /^\s+(\p{Ll}+)/u.exec(doc.text.slice(c.end, c.end + 40))?.[1];
        return next !== undefined && (functionWords.has(next) || areaNoun.test(next));
      };
      remove(
        cands,
        (c) =>
          !c.gaz.some((e) => e.kind === 'org') &&
          W.regionalAdjective.test(c.text) &&
          /^\s+\p{Ll}/u.test(doc.text.slice(c.end, c.end + 3)) &&
          !named(c) &&
          !regionAsNoun(c),
      );
    },
  ),
  rule(
    'title-qualifier',
    '"U.S. District Judge", "Federal Prosecutor", "Inspector General of Police": the words before or making up a title are part of the role, not a place or body',
    (doc, cands) => {
      const W = entityWords(doc);
      const titles = doc.res.names.titles.set;
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      remove(
        cands,
        (c) =>
          c.type !== 'person' &&
          !c.gaz.length &&
          !orgHeads.has(c.text.split(/\s+/).pop()!.toLowerCase()) &&
          (W.titleQualifier.test(doc.text.slice(c.end, c.end + 40)) ||
            titles.has(c.text.toLowerCase()) ||
            titles.has(c.text.toLowerCase().replace(/\s+of\s+(?:the\s+)?police$/, ''))),
      );
    },
  ),
  rule(
    'street-name',
    'a street or square written with its head ("rue de la Loi", "Piazza Primo Maggio", "Promenade des Anglais", "Stade de France") is one place of kind site, not its parts; a head English also writes as a preposition (entities.streetHeadsAlsoPrepositions: "via Mexico") before a country, region or town the gazetteer lists is that preposition, and the place is the name alone',
    (doc, cands) => {
      const W = entityWords(doc);
      const found: { start: number; end: number }[] = [];
      for (const re of [W.siteStreet, W.siteFirst])
        for (const m of eachMatch(re, doc.text)) {
          let end = m.index + m[0].length;
          const text = doc.text.slice(m.index, end).replace(/['’]s$/u, '');
          end = m.index + text.length;
          if (found.some((f) => overlaps(f, { start: m.index, end }))) continue;
          found.push({ start: m.index, end });
        }
      const gaz = doc.res.gazetteer;
      const prepositionHeads = doc.res.words.set('entities.streetHeadsAlsoPrepositions');
      for (const r of found) {
        // "Ile de France" written with spaces: a name the gazetteer lists as a town or region is that, not a site
        const listed = gaz.placesByName.get(doc.text.slice(r.start, r.end).toLowerCase()) ?? [];
        if (listed.some((e) => e.kind !== 'region' || e.placeKind !== 'site')) continue;
        // "via Mexico": a head English also writes as a preposition, before a place the gazetteer lists, is that
        // preposition
        const [head, ...rest] = doc.text.slice(r.start, r.end).split(/\s+/);
        const after = gaz.placesByName.get(rest.join(' ').toLowerCase()) ?? [];
        if (prepositionHeads.has(head!) && after.some((e) => e.kind !== 'region' || e.placeKind !== 'site')) continue;
        const over = cands.filter((c) => overlaps(c, r));
        if (over.some((c) => c.gaz.some((e) => e.kind === 'org') || c.start < r.start || c.end > r.end)) continue;
        remove(cands, (c) => over.includes(c));
        cands.push({ ...ruleCandidate(doc, 'place', r.start, r.end), venue: true });
      }
    },
  ),
  rule(
    'compound-street-name',
    '"Seitenstettengasse", "Drottninggatan", "Damstraat": one capitalised word ending in a street or square ending of German, Dutch or a Scandinavian language (entities.compoundStreetSuffixes) is a street, a place of kind site, unless the gazetteer lists it as a town or body',
    (doc, cands, id) => {
      const re = doc.res.words.memo(
        'compound-street',
        () => new RegExp(String.raw`^\p{Lu}\p{L}{3,}(?:${doc.res.words.alt('entities.compoundStreetSuffixes')})$`, 'u'),
      );
      const gaz = doc.res.gazetteer;
      for (const c of cands) {
        if (c.venue || c.gaz.length || !re.test(c.text) || gaz.placesByName.has(c.text.toLowerCase())) continue;
        retype(c, 'place', id);
        mark(c, id);
        c.venue = true;
      }
    },
  ),
  rule(
    'list-before-site-noun',
    '"the Palm Court, Lotus Garden and Harbourview hotels": every name of a list before a plural site noun is such a site',
    (doc, cands) => {
      const W = entityWords(doc);
      const sorted = cands.slice().sort((a, b) => a.start - b.start);
      for (let i = sorted.length - 1; i >= 0; i--) {
        const last = sorted[i]!;
        if (!W.pluralSiteNoun.test(doc.text.slice(last.end, last.end + 30)) || last.gaz.some((e) => e.kind === 'org'))
          continue;
        const members = [last];
        for (let k = i - 1; k >= 0; k--) {
          const gap = doc.text.slice(sorted[k]!.end, members[0]!.start);
          if (!/^\s*(?:,|and|,\s*and)\s*$/.test(gap)) break;
          members.unshift(sorted[k]!);
        }
        if (members.length < 2) continue;
        for (const c of members) {
          c.type = 'place';
          c.venue = true;
          c.gaz = [];
        }
      }
    },
  ),
  rule(
    'contraction-or-pronoun',
    'a pronoun or a contraction ("We\'re", "They\'ll") at the start of a sentence is capitalised but names nothing',
    (doc, cands) => {
      const closed = doc.res.words.set('mentions.closedClass');
      remove(
        cands,
        (c) =>
          !c.gaz.length &&
          (/['’](?:re|ve|ll|d|m)$/iu.test(c.text) ||
            /n['’]t$/iu.test(c.text) ||
            closed.has(c.text.toLowerCase().replace(/['’]s$/u, ''))),
      );
    },
  ),
  rule(
    'saint-prefix-joins-name',
    '"the St. Augustine neighborhood", "St. Mary\'s Hospital", "a robbery in St. Paul": a saint\'s prefix the tagger typed alone is the start of the name after it; the capitalised words that follow join it, and so does a name the tagger typed on its own within them (the saint\'s given name read as a person), unless a lexicon is sure of it; a name the gazetteer knows as a town is that place',
    (doc, cands, id) => {
      const W = entityWords(doc);
      for (const c of cands.slice()) {
        if (!cands.includes(c) || c.sure || c.media || !W.saintPrefixes.has(c.text)) continue;
        const m = /^[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?/u.exec(doc.text.slice(c.end, c.end + 40));
        if (!m) continue;
        const r = { start: c.start, end: c.end + m[0].length };
        const others = cands.filter((o) => o !== c && overlaps(o, r));
        if (others.some((o) => o.sure || o.media || o.start < r.start || o.end > r.end)) continue;
        remove(cands, (o) => others.includes(o));
        respan(doc, c, r.start, r.end, id);
        c.gaz = [];
        if (knownLocalPlace(doc, c.text.toLowerCase())) retype(c, 'place', id);
      }
    },
  ),
  rule(
    'saint-prefix-place',
    '"San Giovanni", "St Anthony": a name opening with a saint\'s prefix is a place or a site named after the saint, never a person alone; right after a place name ("Sesto San Giovanni") it ends that name',
    (doc, cands, id) => {
      const W = entityWords(doc);
      for (const c of cands.slice()) {
        if (
          !cands.includes(c) ||
          c.type !== 'person' ||
          c.sure ||
          !/\s/.test(c.text) ||
          !W.saintPrefixes.has(firstWord(c.text))
        )
          continue;
        retype(c, 'place', id);
        c.gaz = [];
        const prev = cands.find(
          (o) => o !== c && o.type === 'place' && o.end < c.start && /^ $/.test(doc.text.slice(o.end, c.start)),
        );
        if (prev && !prev.gaz.some((e) => e.kind === 'country')) {
          respan(doc, c, prev.start, c.end, id);
          remove(cands, (o) => o === prev);
        }
      }
    },
  ),
  rule(
    'name-before-venue-head',
    '"St Thomas\' Hospital", "John Wilson Street", "Martin Place": a name followed (with or without a possessive) by a capitalised head word of a venue or street is that venue, a place of kind site, even when it is named after a person',
    (doc, cands, id) => {
      const W = entityWords(doc);
      const venue = doc.res.words.set('mentions.venueHeads');
      const siteHeads = doc.res.words.set('entities.siteHeads');
      const given = doc.res.names.givenNames;
      for (const c of cands.slice()) {
        if (
          !cands.includes(c) ||
          c.sure ||
          c.media ||
          c.gaz.some((e) => e.kind === 'org' || e.kind === 'country') ||
          inCaps(doc, c.sentence)
        )
          continue;
        const m = /^(['’]s?)?[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u.exec(doc.text.slice(c.end, c.end + 40));
        if (!m) continue;
        const head = m[2]!.toLowerCase();
        const street = W.streetHeads.has(head);
        if (!street && !venue.has(head) && !siteHeads.has(head)) continue;
        // "Hall Street Station": a capitalised word after the head makes a longer name this rule does not know
        if (/^[ \t]+\p{Lu}/u.test(doc.text.slice(c.end + m[0].length, c.end + m[0].length + 3))) continue;
        // "John Hall": a lone given name before a venue word is a person's name, unless a possessive or a street head says otherwise
        if (c.type === 'person' && !street && !m[1] && !/\s/.test(c.text) && given.has(c.text.toLowerCase())) continue;
        const r = { start: c.start, end: c.end + m[0].length };
        if (!stretchOver(doc, cands, c, r, id, (o) => o.start < r.start || o.end > r.end || orgBacked(o))) continue;
        retype(c, 'place', id);
        c.venue = true;
        c.gaz = [];
      }
    },
  ),
  rule(
    'community-centre-is-site',
    '"the Linwood Islamic Centre", "a Jewish Community Center": a name ending in a head shared by bodies and buildings, after a word for worship, community or trade, is the building (a place of kind site), unless a mention of it acts as a body ("the Centre said", "has condemned")',
    (doc, cands, id) => {
      const modifiers = doc.res.words.set('entities.communitySiteModifiers');
      const heads = doc.res.words.set('entities.ambiguousSiteHeads');
      const acts = doc.res.words.memo(
        'community-centre-acts',
        () =>
          new RegExp(
            String.raw`^(?:['’]s)?,?[ \t]+(?:${doc.res.words.alt('entities.auxiliariesBeforeVerb')}[ \t]+)*(?:${doc.res.words.alt('entities.bodyActsVerbs')})(?![\p{L}])`,
            'iu',
          ),
      );
      const placedBefore = doc.res.words.memo(
        'community-centre-placed',
        () =>
          new RegExp(
            String.raw`(?:^|[^\p{L}])(?:${doc.res.words.alt('mentions.locativePrepositions')})[ \t]+(?:the[ \t]+)?$`,
            'iu',
          ),
      );
      for (const c of cands) {
        if (c.type !== 'organization' || c.media || orgBacked(c)) continue;
        const words = c.text.split(/\s+/);
        if (words.length < 3) continue;
        if (!heads.has(lastWord(c.text)) || !modifiers.has(words[words.length - 2]!.toLowerCase())) continue;
        // any mention of the same name that acts makes it a body; after "at", "outside" it is where someone else
        // acts ("worshippers at the X Centre said")
        const actsSomewhere = cands.some(
          (o) =>
            o.text === c.text &&
            acts.test(doc.input.text.slice(o.end, o.end + 60)) &&
            !placedBefore.test(doc.input.text.slice(Math.max(0, o.start - 20), o.start)),
        );
        if (actsSomewhere) continue;
        retype(c, 'place', id);
        c.venue = true;
      }
    },
  ),
  rule(
    'name-ends-in-venue-head',
    '"Martin Place", "John Joseph Moakley United States Courthouse", "Gary Methodist Hospital": a name ending in a street head word, or a longer name ending in a head word of a venue or site (a building: buildingHeads), is that street or venue (a place of kind site), even when it opens with a given name',
    (doc, cands, id) => {
      const W = entityWords(doc);
      const venue = buildingHeads(doc);
      for (const c of cands) {
        if (c.type === 'place' || c.sure || c.media || orgBacked(c)) continue;
        const n = c.text.split(/\s+/).length;
        const head = lastWord(c.text);
        if (!/\p{Lu}/u.test(c.text.split(/\s+/).pop()![0]!)) continue;
        if ((n >= 2 && W.streetHeads.has(head)) || (n >= 3 && c.type === 'person' && venue.has(head))) {
          retype(c, 'place', id);
          c.venue = true;
        }
      }
    },
  ),
  rule(
    'called-settlement-everywhere',
    '"the village of Kessin", "Kessin, a farming village near the border", "Kessin village": a name the article itself calls a settlement (entities.townOfBefore before it, a settlement noun of gazetteer.settlementNouns written small after it or in an apposition) is that place wherever the article writes it, so its other mentions the tagger read as a body ("gunmen stormed Kessin"), or as a one-word person that is no given name, are the place too. Not a name the gazetteer knows as a body, nor a person a title makes sure, nor in sports copy (where a town\'s name stands for its club)',
    (doc, cands, id) => {
      if (sportCopy(doc)) return;
      const w = doc.res.words;
      const { before, after, apposition } = w.memo('entity-rules.calledSettlement', () => {
        const nouns = w.alt('gazetteer.settlementNouns');
        return {
          before: new RegExp(String.raw`(?:^|[^\p{L}])${w.alt('entities.townOfBefore')}[ \t]+$`, 'iu'),
          after: new RegExp(String.raw`^[ \t]+${nouns}(?![\p{L}])`, 'u'),
          apposition: new RegExp(
            String.raw`^[ \t]*,[ \t]*(?:a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?${nouns}(?![\p{L}])`,
            'iu',
          ),
        };
      });
      const given = doc.res.names.givenNamesWide;
      const key = (c: Candidate) => c.text.replace(/['’]s$/u, '').toLowerCase();
      const called = new Set<string>();
      for (const c of cands) {
        if (c.media || c.venue || orgBacked(c)) continue;
        if (
          before.test(doc.text.slice(Math.max(0, c.start - 24), c.start)) ||
          after.test(doc.text.slice(c.end, c.end + 30)) ||
          apposition.test(doc.text.slice(c.end, c.end + 60))
        )
          called.add(key(c));
      }
      if (!called.size) return;
      for (const c of cands) {
        if (c.type === 'place' || c.media || c.sure || orgBacked(c) || !called.has(key(c))) continue;
        if (c.type === 'person' && (/\s/u.test(c.text.trim()) || given.has(key(c)))) continue;
        retype(c, 'place', id);
      }
    },
  ),
  rule(
    'article-before-named-building',
    '"the Indonesian Christian Church", "the Clara Temple", "the Grace School": English writes no article before a person\'s name, so a name after "the" (and the capitalised words it opens, which no title is) that ends in the head word of a building (buildingHeads) or of an institution (a head word of mentions.orgHeads or org-cues.json) is the building, a place of kind site, or the body, though it opens with a given name the tagger took for a person. Not where a common noun follows ("the Charlotte Church concert": the name is a modifier) nor a name a title makes sure',
    (doc, cands, id) => {
      const building = buildingHeads(doc);
      const bodies = [doc.res.words.set('mentions.orgHeads'), doc.res.names.orgCues];
      const titles = doc.res.names.titles.set;
      const common = doc.res.names.commonWords;
      const verbs = doc.res.words.set('english.verbAndFunctionWords');
      for (const c of cands.slice()) {
        if (!cands.includes(c) || c.type !== 'person' || c.sure || c.media || orgBacked(c)) continue;
        const words = c.text.replace(/['’]s$/u, '').split(/\s+/u);
        const head = words[words.length - 1]!;
        if (words.length < 2 || !/^\p{Lu}/u.test(head) || inCaps(doc, c.sentence)) continue;
        const site = building.has(head.toLowerCase());
        if (!site && !bodies.some((b) => b.has(head.toLowerCase()))) continue;
        const opens = doc.sentences[c.sentence]?.start ?? 0;
        const m = /(?:^|[^\p{L}])[Tt]he((?:[ \t]+\p{Lu}[\p{L}'’-]*)*)[ \t]+$/u.exec(doc.text.slice(opens, c.start));
        if (!m) continue;
        const modifiers = m[1]!.trim().split(/\s+/u).filter(Boolean);
        if (modifiers.some((x) => titles.has(x.toLowerCase()))) continue;
        // "the Charlotte Church concert": a noun after the name makes it a modifier of that noun
        const next = /^[ \t]+(\p{Ll}+)/u.exec(doc.text.slice(c.end, c.end + 30))?.[1];
        if (next && common.has(next) && !verbs.has(next) && !inflectedEnglish(doc, next)) continue;
        const start = c.start - m[1]!.length;
        const r = { start, end: c.end };
        if (
          start < c.start &&
          !stretchOver(doc, cands, c, r, id, (o) => o.start < r.start || o.end > r.end || orgBacked(o))
        )
          continue;
        retype(c, site ? 'place' : 'organization', id);
        if (site) c.venue = true;
        c.gaz = [];
      }
    },
  ),
  rule(
    'venue-head-reaches-back',
    '"Massachusetts General Hospital" where the tagger saw only "Hospital": a lone venue head word takes the capitalised words before it into one venue name',
    (doc, cands, id) => {
      const heads = [doc.res.words.set('mentions.venueHeads'), doc.res.words.set('entities.siteHeads')];
      const closed = doc.res.words.set('mentions.closedClass');
      for (const c of cands) {
        // a rank before it ("General Hospital") made the tagger's lone head word a "sure" person; a head word is no person
        if (c.gaz.length || /\s/.test(c.text) || !heads.some((h) => h.has(c.text.toLowerCase()))) continue;
        if (inCaps(doc, c.sentence)) continue;
        // a name never runs over the end of a sentence ("on Monday. Gates' trip"): it reaches back no further than the
        // start of its own
        const opens = doc.sentences[c.sentence]?.start ?? 0;
        let start = c.start;
        for (;;) {
          const m = /(?:^|[ \t])(\p{Lu}[\p{L}'’.-]*)[ \t]+$/u.exec(doc.text.slice(Math.max(opens, start - 40), start));
          if (!m || closed.has(m[1]!.toLowerCase()) || /^The$/.test(m[1]!)) break;
          const s = start - (m[0].length - m[0].indexOf(m[1]!));
          const over = cands.filter((o) => o !== c && o.start < start && o.end > s);
          // "Massachusetts General Hospital": a place name inside the venue's name is part of it
          if (over.some((o) => (o.type !== 'place' && (o.sure || /\s/.test(o.text))) || orgBacked(o) || o.start < s))
            break;
          remove(cands, (o) => over.includes(o));
          start = s;
        }
        if (start === c.start) continue;
        respan(doc, c, start, c.end, id);
        retype(c, 'place', id);
        c.venue = true;
        c.sure = false;
        c.roles = [];
      }
    },
  ),
  rule(
    'body-apposition',
    '"Amaq, a news agency used by the group", "the magazine Inspire": a name in apposition to, or right after, a noun for a body is that body',
    (doc, cands, id) => {
      const body = doc.res.words.memo(
        'entity-rules.bodyNoun',
        () =>
          new RegExp(
            String.raw`^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}${doc.res.words.alt('mentions.bodyNouns')}\b`,
            'u',
          ),
      );
      const bodyBefore = doc.res.words.memo(
        'entity-rules.bodyNounBefore',
        () => new RegExp(String.raw`(?:^|[^\p{L}])${doc.res.words.alt('mentions.bodyNouns')},?\s+$`, 'u'),
      );
      for (const c of cands) {
        if (c.type === 'organization' || c.sure || c.gaz.length || c.venue) continue;
        if (
          body.test(doc.text.slice(c.end, c.end + 60)) ||
          (c.type === 'place' && bodyBefore.test(doc.text.slice(Math.max(0, c.start - 30), c.start)))
        )
          retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'caps-body-called-name',
    'in a sentence in capitals the tagger has no case to find a body\'s name after "A GROUP CALLED", "A BAND KNOWN AS THE" (mentions.bodyNouns, mentions.bodyNamingWords) and may leave it untagged or read only part of it: the words right after, up to a comma, a bracket or a word that ends a name (english.verbAndFunctionWords: "WERE", "THAT", "AND"), at most six, with no other mention over them, are that body\'s name (rule entities/body-called-name types a name the tagger did find)',
    (doc, cands, id) => {
      const w = doc.res.words;
      const called = w.memo(
        'entity-rules.capsBodyCalled',
        () =>
          new RegExp(
            String.raw`(?<![\p{L}])AN?\s+(?:[\p{L}'’-]+\s+){0,3}(?:${w.alt('mentions.bodyNouns')})\s+(?:${w.alt('mentions.bodyNamingWords')})\s+(?:THE\s+)?(?=\p{Lu})`,
            'giu',
          ),
      );
      const ends = w.set('english.verbAndFunctionWords');
      const heads = w.set('mentions.orgHeads');
      const english = englishWordOf(doc);
      for (const m of eachMatch(called, doc.text)) {
        const at = m.index + m[0].length;
        if (!inCaps(doc, sentenceAt(doc.sentences, at))) continue;
        // the words of the name: letters, digits, apostrophes and hyphens, on one line
        const words = [...eachMatch(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\p{L}\p{N}\s]|\n/gu, doc.text.slice(at, at + 120))];
        let end = at;
        let n = 0;
        let headed = false;
        for (const x of words) {
          const word = x[0];
          const l = word.replace(/['’]s$/iu, '').toLowerCase();
          if (!/^[\p{L}\p{N}]/u.test(word) || ends.has(l) || n === 6) break;
          // after the body's head word ("... COMMANDO UNIT") a word of English is the sentence's own ("TONIGHT")
          if (headed && english(l)) break;
          headed = heads.has(l);
          end = at + x.index + word.length;
          n++;
        }
        if (end === at) continue;
        const r = { start: at, end };
        // the name as the tagger found it is left to rule entities/body-called-name; a piece of it ("CHILE" of "CHILE'S
        // INDEPENDENCE MOVEMENT") is no name of its own there
        if (cands.some((c) => c.start === at && c.end === end)) continue;
        remove(cands, (c) => !c.media && c.start >= at && c.end <= end);
        if (cands.some((c) => overlaps(c, r))) continue;
        cands.push(ruleCandidate(doc, 'organization', r.start, r.end, id));
      }
    },
  ),
  rule(
    'body-called-name',
    '"a group called Rumbo Propio", "an armed faction known as the Red Hand", "a Sunni militant group, Jundollah, said": a name right after an indefinite noun for a body and a naming word (mentions.bodyNamingWords), or set off by commas right after a noun for a body, is that body, though the tagger read it as a person or a place. Not a name the gazetteer knows, one a title makes sure, nor one that opens with a given name ("the party, William Lara, said" names its leader)',
    (doc, cands, id) => {
      const w = doc.res.words;
      const called = w.memo(
        'entity-rules.bodyCalled',
        () =>
          new RegExp(
            String.raw`(?:^|[^\p{L}])an?\s+(?:[\p{L}'’-]+\s+){0,3}${w.alt('mentions.bodyNouns')}\s+${w.alt('mentions.bodyNamingWords')}\s+(?:the\s+)?$`,
            // case-blind: wire copy in capitals names its groups the same way ("A GROUP CALLED ...")
            'iu',
          ),
      );
      const commaBefore = w.memo(
        'entity-rules.bodyCommaBefore',
        () => new RegExp(String.raw`(?:^|[^\p{L}])${w.alt('mentions.bodyNouns')},\s+$`, 'iu'),
      );
      const given = doc.res.names.givenNames;
      const givenWide = doc.res.names.givenNamesWide;
      for (const c of cands) {
        if (c.type === 'organization' || c.sure || c.gaz.length || c.venue || c.media) continue;
        // in capitals no case shows a person's name: the wide list of given names tells it
        const first = c.text.split(/\s+/u)[0]!.toLowerCase();
        if ((inCaps(doc, c.sentence) ? givenWide : given).has(first)) continue;
        const before = doc.text.slice(Math.max(0, c.start - 80), c.start);
        // "THE HEAD OF THE ATOMIC ENERGY ORGANIZATION, NAME,": a body noun that ends another name is no noun for this one
        const comma = c.start - (/,\s*$/u.exec(before)?.[0].length ?? 0) - 1;
        const apposition =
          commaBefore.test(before) &&
          /^,/u.test(doc.text.slice(c.end, c.end + 1)) &&
          !cands.some((o) => o !== c && o.start <= comma && comma < o.end);
        if (apposition || called.test(before)) retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'body-name-over-of',
    '"the band Eagles of Death Metal", "the campaign group Friends of the Earth": a body\'s name right after a noun for a body runs over "of" and the capitalised words after it; the tagger may stop at "of" and read the rest as a person',
    (doc, cands, id) => {
      const bodyBefore = doc.res.words.memo(
        'entity-rules.bodyNounBefore',
        () => new RegExp(String.raw`(?:^|[^\p{L}])${doc.res.words.alt('mentions.bodyNouns')},?\s+$`, 'u'),
      );
      for (const c of cands.slice()) {
        if (!cands.includes(c) || c.type !== 'organization' || c.gaz.length || c.media || c.venue) continue;
        if (!bodyBefore.test(doc.text.slice(Math.max(0, c.start - 30), c.start))) continue;
        const m =
          /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}(?![\p{L}\p{N}])/u.exec(
            doc.text.slice(c.end, c.end + 60),
          );
        if (!m) continue;
        const r = { start: c.start, end: c.end + m[0].length };
        stretchOver(doc, cands, c, r, id, (o) => o.end > r.end || !!o.gaz.length || !!o.media || !!o.venue || !!o.sure);
      }
    },
  ),
  rule(
    'bare-head-word',
    'a head word alone ("Hospital", "Church", "Street", a body\'s head after an ordinal: "the 2nd Battalion") is a common noun left over from a name the tagger split; a person\'s surname that is also such a word ("Hall") stays when a full name in the article ends with it',
    (doc, cands) => {
      const W = entityWords(doc);
      const heads = [
        doc.res.words.set('mentions.venueHeads'),
        doc.res.words.set('mentions.placeHeads'),
        W.streetHeads,
        doc.res.words.set('entities.siteHeads'),
      ];
      const personParts = new Set(
        cands.filter((c) => c.type === 'person' && /\s/.test(c.text)).flatMap((c) => c.text.toLowerCase().split(/\s+/)),
      );
      const units = doc.res.words.set('entities.numberedUnits');
      // a head word the gazetteer knows as a place, right after a preposition that places ("a flat in Forest", a
      // district of Brussels) or right before a noun for an area ("the Forest district"), is that place
      const inPlace = doc.res.words.set('mentions.knownPlacePrepositions');
      const areaAfter = new RegExp(`^\\s+(?:${doc.res.words.alt('mentions.areaNouns')})\\b`, 'u');
      const placed = (c: Candidate) =>
        c.type === 'place' &&
        doc.res.gazetteer.placesByName.has(c.text.toLowerCase()) &&
        (areaAfter.test(doc.text.slice(c.end, c.end + 20)) ||
          inPlace.has(
            (/(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(0, c.start - 12), c.start))?.[1] ?? '').toLowerCase(),
          ));
      remove(
        cands,
        (c) =>
          !c.gaz.length &&
          !/\s/.test(c.text) &&
          !placed(c) &&
          (heads.some((h) => h.has(c.text.toLowerCase())) ||
            // "the 2nd Battalion", "a 3rd Division": a unit's number and head word, without the name of the force it belongs to
            (units.has(c.text.toLowerCase()) &&
              /\b\d+(?:st|nd|rd|th)\s+$/.test(doc.text.slice(Math.max(0, c.start - 8), c.start)))) &&
          !(c.type === 'person' && personParts.has(c.text.toLowerCase())),
      );
    },
  ),
  rule(
    'acronym-in-brackets',
    '"Joint Terrorism Analysis Centre (JTAC)", "Security Intelligence Service (NZSIS)": capitalised words whose initials the bracketed acronym spells are one name, and the acronym is the same entity (an organisation unless the name is a known place)',
    (doc, cands, id) => acronymsInBrackets(doc, cands, id, false),
  ),
  rule(
    'caps-acronym-in-brackets',
    '"WORLD BOXING COUNCIL (WBC)", "ORGANISATION FOR SECURITY AND COOPERATION IN EUROPE (OSCE)": in a sentence in capitals every word looks capitalised, yet a run of words whose initials, the small words of names (entities.initialsSkip) left out, spell the bracketed acronym of three letters or more exactly is a name all the same, as rule acronym-in-brackets reads it in mixed case (an organisation unless the name is a known place)',
    (doc, cands, id) => acronymsInBrackets(doc, cands, id, true),
  ),
  rule(
    'bracketed-acronym-named-again',
    '"Jamaah Ansharut Daulah (JAD) ... the arrest of JAD leaders": an acronym the article spells out in brackets after a body\'s name is that body wherever the article writes it again, whatever type the tagger gave the later mention (unless the gazetteer knows the letters as a place)',
    (doc, cands, id) => {
      const bodies = new Set<string>();
      for (const c of cands) {
        if (c.type !== 'organization' || !/^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(c.text)) continue;
        if (doc.text[c.start - 1] !== '(' || doc.text[c.end] !== ')') continue;
        if (
          cands.some(
            (o) =>
              o.type === 'organization' && o.end <= c.start - 1 && /^\s*$/.test(doc.text.slice(o.end, c.start - 1)),
          )
        )
          bodies.add(c.text);
      }
      if (!bodies.size) return;
      const places = doc.res.gazetteer.placesByName;
      for (const c of cands) {
        if (c.type === 'organization' || !bodies.has(c.text) || places.has(c.text.toLowerCase())) continue;
        if (inCaps(doc, c.sentence)) continue;
        retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'acronym-of-common-words',
    '"hard red winter (HRW) wheat", "two 220 kilovolt (KV) lines", "internally displaced persons (IDPs)": an acronym in brackets right after lower-case words whose letters spell it, each word giving the next letters from its own first letter on, stands for those common words, a thing or a unit, not a name; neither it nor the same letters elsewhere in the article are an entity, even where a lexicon knows the letters as a body (Human Rights Watch). Not in a sentence in capitals, where a name looks the same, and not from a name particle on ("al", "de")',
    (doc, cands) => {
      const w = doc.res.words;
      const particles = w.memo(
        'entity-rules.acronymParticles',
        () =>
          new Set([
            ...w.list('entities.nameParticles'),
            ...w.list('mentions.patronymicParticles'),
            ...w.list('entities.surnameParticles'),
            ...w.list('entities.arabicArticles'),
            ...w.list('entities.initialsSkip'),
          ]),
      );
      const common = new Set<string>();
      for (const m of eachMatch(/\((\p{Lu}{2,6})s?\)/gu, doc.text)) {
        if (inCaps(doc, sentenceAt(doc.sentences, m.index))) continue;
        const acro = m[1]!.toLowerCase();
        const before = doc.text.slice(Math.max(0, m.index - 80), m.index);
        const run = /(?:^|[^\p{L}'’-])((?:\p{Ll}+[ \t]+)*\p{Ll}+)[ \t]*$/u.exec(before)?.[1];
        if (!run) continue;
        const words = run.split(/[ \t]+/u);
        for (let k = 1; k <= Math.min(acro.length, words.length); k++) {
          const last = words.slice(words.length - k);
          if (particles.has(last[0]!)) continue;
          if (spellsAcronym(last, acro)) {
            common.add(acro);
            break;
          }
        }
      }
      if (!common.size) return;
      const bare = (c: Candidate) =>
        c.text
          .replace(/['’]s$/u, '')
          .replace(/(?<=\p{Lu})s$/u, '')
          .toLowerCase();
      remove(cands, (c) => /^\p{Lu}{2,6}(?:s|['’]s)?$/u.test(c.text) && common.has(bare(c)));
    },
  ),
  rule(
    'body-head-of-name',
    '"Court of Appeal", "University of Texas": a capitalised head word only bodies have, then "of" and a name, is one organisation (the head word included where the tagger read it as a name of its own)',
    (doc, cands, id) => {
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      for (const c of cands.slice()) {
        if (!cands.includes(c) || c.type === 'person' || inCaps(doc, c.sentence)) continue;
        const m = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+$/u.exec(doc.text.slice(Math.max(0, c.start - 30), c.start));
        if (!m || !orgHeads.has(m[1]!.toLowerCase())) continue;
        const start = c.start - (m[0].length - m[0].indexOf(m[1]!));
        // the tagger may read the head word alone as a name of its own ("Court" | "Final Review"): an unknown mention
        // of just that word is part of the body; any other name there keeps the two apart
        const head = (o: Candidate) => o.start === start && o.text === m[1] && !o.gaz.length && !o.sure;
        if (cands.some((o) => o !== c && o.start < c.start && o.end > start && !head(o))) continue;
        remove(cands, (o) => o !== c && head(o));
        respan(doc, c, start, c.end, id);
        retype(c, 'organization', id);
        c.gaz = [];
      }
    },
  ),
  rule(
    'body-tail',
    '"New Zealand Defence Force", "Paris BRI": a name of two or more words ending in a head word only bodies have, or in an acronym after a place, is an organisation, not the place it starts with (a name wholly in capitals, "MONTE CARLO", shows no acronym); so is a place and a lone capitalised head word the tagger read apart right after it ("Hanoi University" as the city and a town called University)',
    (doc, cands, id) => {
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      const gaz = doc.res.gazetteer;
      for (const c of cands) {
        if (c.type !== 'place' || c.venue || !/\s/.test(c.text) || gaz.placesByName.has(c.text.toLowerCase())) continue;
        if (c.gaz.length) continue;
        const last = c.text.split(/\s+/).pop()!;
        if (
          orgHeads.has(last.toLowerCase()) ||
          (/^\p{Lu}{2,5}$/u.test(last) && !gaz.placesByName.has(last.toLowerCase()) && /\p{Ll}/u.test(c.text))
        )
          retype(c, 'organization', id);
      }
      // "Hanoi University" read as the city and a town called University: a lone capitalised head word right after a
      // place is that name's tail, one body
      for (let i = cands.length - 1; i >= 0; i--) {
        const head = cands[i]!;
        if (/\s/.test(head.text) || !/^\p{Lu}\p{Ll}+$/u.test(head.text) || head.sure || head.media) continue;
        if (!orgHeads.has(head.text.toLowerCase())) continue;
        const place = cands.find(
          (c) => c.type === 'place' && c.end < head.start && /^[ \t]$/.test(doc.text.slice(c.end, head.start)),
        );
        if (!place || place.venue) continue;
        respan(doc, place, place.start, head.end, id);
        retype(place, 'organization', id);
        place.gaz = [];
        cands.splice(i, 1);
      }
    },
  ),
  rule(
    'place-then-person',
    '"Mayor of Greater Manchester Andy Burnham": a known place name followed by a given name and a surname inside one span is the place and the person (not where the place name runs on over the given name: "San Diego Padres")',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      const given = doc.res.names.givenNames;
      for (const c of cands.slice()) {
        if (c.type === 'person' || c.gaz.length) continue;
        const ws = [...eachMatch(/\S+/g, c.text)];
        for (let k = 1; k < ws.length; k++) {
          const rest = ws.length - k;
          if (rest < 2 || rest > 3 || !given.has(ws[k]![0].toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(ws[k]![0]))
            continue;
          const place = ws.slice(0, k).map((w) => w[0].toLowerCase());
          // "San Diego Padres", "Santa Maria Novella": the given name is a word of a place name that opens the span
          if (gaz.placesByName.has([...place, ws[k]![0].toLowerCase()].join(' '))) continue;
          const directional =
            doc.res.words.set('mentions.directionalPrefixes').has(place[0]!) &&
            gaz.placesByName.has(place.slice(1).join(' '));
          if (!gaz.placesByName.has(place.join(' ')) && !directional) continue;
          const cut = c.start + ws[k]!.index!;
          const personEnd = c.end;
          respan(doc, c, c.start, c.start + ws[k - 1]!.index! + ws[k - 1]![0].length, id);
          retype(c, 'place', id);
          cands.push(ruleCandidate(doc, 'person', cut, personEnd, id));
          break;
        }
      }
    },
  ),
  rule(
    'person-noun-before',
    '"the gunman Man Haron Monis", "the cartoonists Cabu", "two brothers, Saïd and …": a name right after a noun for a person is a person, and it runs over the capitalised words right after it, which the tagger may have cut off or read as another name ("Man" | "Haron Monis")',
    (doc, cands, id) => {
      const W = entityWords(doc);
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      const dayOrMonth = calendarWordsOf(doc);
      // "judge Sir John Saunders": a title before the name is no part of it
      const titles = doc.res.names.titles.set;
      for (const c of cands.slice()) {
        if (!cands.includes(c) || c.gaz.some((e) => e.kind !== 'city') || c.media || c.venue) continue;
        if (orgHeads.has(lastWord(c.text))) continue;
        // the tagger may have left the first words untyped ("the gunman as Man | Haron Monis"): the name starts there
        const lead = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+){1,2}$/u.exec(
          doc.text.slice(Math.max(0, c.start - 40), c.start),
        );
        const leadStart = lead ? c.start - lead[0].length : c.start;
        const leadOk =
          !!lead &&
          !lead[0]
            .trim()
            .split(/\s+/)
            .some((x) => dayOrMonth.has(x.toLowerCase()) || titles.has(x.toLowerCase().replace(/\.$/u, ''))) &&
          !cands.some((o) => o !== c && o.start < c.start && o.end > leadStart) &&
          W.personNounBefore.test(doc.text.slice(Math.max(0, leadStart - 40), leadStart));
        if (leadOk) {
          retype(c, 'person', id);
          respan(doc, c, leadStart, c.end, id);
          c.gaz = [];
          continue;
        }
        if (!W.personNounBefore.test(doc.text.slice(Math.max(0, c.start - 40), c.start))) continue;
        const m = /^(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*(?![\p{L}\p{N}])){1,3}/u.exec(doc.text.slice(c.end, c.end + 60));
        const r = m && { start: c.start, end: c.end + m[0].length };
        const over = r ? cands.filter((o) => o !== c && overlaps(o, r)) : [];
        const runs =
          !!m &&
          !!r &&
          !m[0]
            .trim()
            .split(/\s+/)
            .some((x) => dayOrMonth.has(x.toLowerCase())) &&
          !over.some((o) => o.end > r.end || o.gaz.length || o.media || o.venue);
        // a town's name ("Man") is the first name only when the name runs on after it
        if (c.gaz.length && !runs) continue;
        retype(c, 'person', id);
        if (!runs || !r) continue;
        remove(cands, (o) => over.includes(o));
        respan(doc, c, r.start, r.end, id);
        c.gaz = [];
      }
    },
  ),
  rule(
    'person-apposition',
    '"Tun Okafor, a Nigerian national, was shot", "Ma Lin, an elected member of parliament for the party, died": a name followed by a comma and "a" or "an" with a noun for a person (entities.appositionPersonNouns), the apposition closed by a comma or a full stop, is a person though the tagger read a body or a place; a name the gazetteer knows, an outlet or a venue keeps its type',
    (doc, cands, id) => {
      const after = doc.res.words.memo(
        'entity-rules.personApposition',
        () =>
          new RegExp(
            String.raw`^,[ \t]+an?[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:${doc.res.words.alt('entities.appositionPersonNouns')})(?:[ \t]+(?:of|for|from|in|at|with)[ \t]+[^,.;:\n]{1,60})?[ \t]*[,.;](?![\p{L}\p{N}])`,
            'u',
          ),
      );
      for (const c of cands) {
        if (c.type === 'person' || c.gaz.length || c.media || c.venue) continue;
        if (after.test(doc.text.slice(c.end, c.end + 120))) retype(c, 'person', id);
      }
    },
  ),
  rule(
    'untagged-name-after-person-noun',
    '"officials have said his brother Said travelled to Yemen": capitalised words right after a noun for a person (no comma between: "victims, Catholic clergy" is a list) that the tagger left untyped are that person\'s name, unless they are a day, a month or a name the gazetteer knows',
    (doc, cands, id) => {
      const w = doc.res.words;
      const gaz = doc.res.gazetteer;
      const re = w.memo(
        'entity-rules.nameAfterPersonNoun',
        () =>
          new RegExp(
            String.raw`(?<![\p{L}])${w.alt('entities.personNouns')}[ \t]+(?:as[ \t]+)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?![\p{L}\p{N}])`,
            'gu',
          ),
      );
      const dayOrMonth = calendarWordsOf(doc);
      for (const m of eachMatch(re, doc.text)) {
        const name = m[1]!;
        const start = m.index + m[0].length - name.length;
        const r = { start, end: start + name.length };
        if (cands.some((c) => overlaps(c, r))) continue;
        const key = name.toLowerCase();
        if (name.split(/\s+/).some((x) => dayOrMonth.has(x.toLowerCase()))) continue;
        if (gaz.placesByName.has(key) || gaz.orgsByName.has(key) || gaz.demonyms.has(key) || gaz.townsByName.has(key))
          continue;
        const sentence = sentenceAt(doc.sentences, start);
        if (inCaps(doc, sentence)) continue;
        cands.push(ruleCandidate(doc, 'person', r.start, r.end, id));
      }
    },
  ),
  rule(
    'party-plural-name',
    '"Mr. Schroeder\'s Social Democrats", "the Christian Democrats named a candidate": a capitalised word right before a plural party word (mentions.partyWords: "Democrats", "Socialists", "Conservatives") names a party, one organisation, though the tagger left it untyped or read one word alone. Not at the start of a sentence ("Moderate Republicans say" describes members), nor after a place, nationality, body head or title ("Texas Republicans", "Iraqi Socialists", "House Democrats", "Senator Democrats"), which name members of a party, not a party; the bare plural alone stays a group word',
    (doc, cands, id) => {
      const W = doc.res.words;
      const gaz = doc.res.gazetteer;
      const party = W.memo('entity-rules.partyWordsRe', () => new RegExp(`^(?:${W.alt('mentions.partyWords')})$`, 'u'));
      const blockers = nameHeadWords(doc);
      const titles = doc.res.names.titles.set;
      const re = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+s)(?![\p{L}\p{N}-])/gu;
      for (const m of eachMatch(re, doc.text)) {
        const [, first, plural] = m as unknown as [string, string, string];
        if (!party.test(plural)) continue;
        const key = first.toLowerCase();
        if (gaz.demonyms.has(key) || gaz.placesByName.has(key) || gaz.orgsByName.has(key) || titles.has(key)) continue;
        if (blockers.some((s) => s.has(key)) || party.test(first)) continue;
        const r = { start: m.index, end: m.index + m[0].length };
        const sentence = sentenceAt(doc.sentences, r.start);
        const s = doc.sentences[sentence];
        if (!s || inCaps(doc, sentence) || /^[\s"“‘'(]*$/u.test(doc.text.slice(s.start, r.start))) continue;
        // a longer name that holds these words ("Party of European Socialists") keeps them
        if (cands.some((c) => overlaps(c, r) && (c.start < r.start || c.end > r.end))) continue;
        remove(cands, (c) => overlaps(c, r));
        cands.push(ruleCandidate(doc, 'organization', r.start, r.end, id));
      }
    },
  ),
  rule(
    'lone-name-acts-as-person',
    '"Nambiar also met the foreign minister", "Sixto has admitted the theft": a lone capitalised word the tagger left untyped, opening a sentence right before a verb only people do in news (entities.personActsVerbs, after entities.auxiliariesBeforeVerb), is a person written by surname, as the tagger already reads one before "said". Not a word of English, a title, a head word of a body or place, a group word, nor a name the gazetteer knows or the article types otherwise',
    (doc, cands, id) => {
      const w = doc.res.words;
      const gaz = doc.res.gazetteer;
      const re = w.memo(
        'entity-rules.loneNameActs',
        () =>
          new RegExp(
            String.raw`^[\s"“‘'(]*(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*)[ \t]+(?:${w.alt('entities.auxiliariesBeforeVerb')}[ \t]+){0,2}${w.alt('entities.personActsVerbs')}(?![\p{L}\p{N}-])`,
            'u',
          ),
      );
      const english = englishWordOf(doc);
      const heads = nameHeadWords(doc);
      const { titles, groupWords } = doc.res.names;
      const alsoNames = w.set('english.wordsAlsoNames');
      // "Reporters met", "Investigators have recalled": the plural of a noun for a doer (entities.doerSuffixes) is a
      // common noun where it opens a sentence, though the lexicon lacks the word it is made from
      const doers = w.memo('entity-rules.doerPlural', () => new RegExp(`(?:${w.alt('entities.doerSuffixes')})s$`, 'u'));
      doc.sentences.forEach((s, i) => {
        const m = re.exec(doc.text.slice(s.start, s.end));
        if (!m) return;
        const name = m[1]!;
        const start = s.start + m[0].indexOf(name);
        const r = { start, end: start + name.length };
        if (cands.some((c) => overlaps(c, r)) || inCaps(doc, i)) return;
        const key = name.toLowerCase();
        if (english(key) || inflectedEnglish(doc, key) || titles.set.has(key) || groupWords.has(key)) return;
        // at the start of a sentence the capital says nothing: a word English also writes small is that word
        if (
          alsoNames.has(key) ||
          (PLURAL.test(name) && (pluralOfCommonNoun(doc, name) || alsoNames.has(key.slice(0, -1)) || doers.test(key)))
        )
          return;
        if (heads.some((h) => h.has(key))) return;
        if (gaz.placesByName.has(key) || gaz.orgsByName.has(key) || gaz.demonyms.has(key) || gaz.townsByName.has(key))
          return;
        if (cands.some((c) => c.type !== 'person' && c.text.toLowerCase() === key)) return;
        cands.push(ruleCandidate(doc, 'person', r.start, r.end, id));
      });
    },
  ),
  rule(
    'gazetteer-site-is-place',
    '"walking towards the Houses of Parliament", "fell into the Thames": a name the gazetteer lists only as a site or a natural feature within a town (a building, landmark or river: regions.json locality rows of kind site or region) is that place, though its head word is a body\'s or the tagger read it as one',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      for (const c of cands) {
        if (c.type === 'place' || c.gaz.some((e) => e.kind === 'org') || inCaps(doc, c.sentence)) continue;
        const known = gaz.placesByName.get(c.text.toLowerCase()) ?? [];
        const feature = (e: (typeof known)[number]) =>
          e.kind === 'region' && e.locality && (e.placeKind === 'site' || e.placeKind === 'region');
        if (!known.length || !known.every(feature)) continue;
        // not marked a venue: a venue is never looked up in the gazetteer, and this one is there
        retype(c, 'place', id);
      }
    },
  ),
  rule(
    'results-line-club',
    'a line of sports results or standings holds only names and scores ("Port Vale 2 Oxford 0", "Notts County 3 1 1 1 2 2 4"), a line of fixtures in sports copy only names paired by "v" ("Hull v Exeter, Bury v Derby"): a town or region named there is the club that plays for it (a country stays a place: national sides are named by their country). It runs after the rules that read a gazetteer site or a venue head, which would make the club a place again',
    (doc, cands, id) => {
      const name = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}(?:\s+\([\p{L}.]{1,4}\))?`;
      const line = new RegExp(String.raw`^[ \t]*(?:${name}(?:[ \t]+\d+)+[ \t]*)+$`, 'gmu');
      const twoNames = new RegExp(String.raw`\d[ \t]+\p{Lu}`, 'u');
      const table = /(?:[ \t]+\d+){3}/;
      const lines: { start: number; end: number }[] = [];
      for (const m of eachMatch(line, doc.text)) {
        if (!twoNames.test(m[0]) && !table.test(m[0])) continue;
        lines.push({ start: m.index, end: m.index + m[0].length });
      }
      // fixtures wrap at the end of a line, so a line may open or close on a name with no partner ("Leeds v")
      const oneLine = String.raw`\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*){0,3}(?:[ \t]+\([\p{L}.]{1,4}\))?`;
      const side = String.raw`${oneLine}(?:[ \t]+vs?\.?(?:[ \t]+${oneLine})?)?`;
      const fixtures = new RegExp(
        String.raw`^[ \t]*(?:vs?\.?[ \t]+)?${side}(?:[ \t]*,[ \t]*${side})*[ \t]*,?[ \t]*$`,
        'gmu',
      );
      const pair = new RegExp(String.raw`\p{L}\.?[ \t]+vs?\.?[ \t]+\p{Lu}|[ \t]vs?\.?[ \t]*$|^[ \t]*vs?\.?[ \t]`, 'u');
      if (sportCopy(doc))
        for (const m of eachMatch(fixtures, doc.text))
          if (pair.test(m[0])) lines.push({ start: m.index, end: m.index + m[0].length });
      for (const r of lines)
        for (const c of cands)
          if (c.type === 'place' && c.start >= r.start && c.end <= r.end && !nationalSide(doc, c))
            retype(c, 'organization', id);
    },
  ),
  rule(
    'club-by-its-town',
    'sports copy names a club by its town or county, and where the text sets it against another side ("Yorkshire beat Durham", "the match against Sussex", "a 30-10 victory over Leeds", "lost 2-0 to Parma", "at home to Dundee"; entities.clubOpponentCues) the name is the club, not the place; a country stays a place (national sides are named by their country), and so does a name after a preposition of place ("at Leeds")',
    (doc, cands, id) => {
      if (!sportCopy(doc)) return;
      const cue = doc.res.words.memo(
        'entity-rules.clubOpponentCues',
        () => new RegExp(String.raw`(?<![\p{L}])(?:${doc.res.words.alt('entities.clubOpponentCues')})[ \t]+$`, 'u'),
      );
      for (const c of cands) {
        if (c.type !== 'place' || c.venue || c.rules?.includes('entities/dateline-place')) continue;
        if (nationalSide(doc, c)) continue;
        if (cue.test(doc.text.slice(Math.max(0, c.start - 40), c.start))) retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'club-after-team-noun',
    'sports copy says what a club is with a noun right before its name ("first division team Deportes Sur", "Dutch side Harlem", "Italian club Verona"; entities.clubNounsBeforeName): the name after it is the club, not a person or the town it is named after; a person whose title stands before the name stays one, and a place that fields a national side stays a place ("the team England sent")',
    (doc, cands, id) => {
      if (!sportCopy(doc)) return;
      const nouns = doc.res.words.set('entities.clubNounsBeforeName');
      for (const c of cands) {
        if (c.type === 'organization' || c.sure || c.media || c.venue) continue;
        if (c.type === 'place' && nationalSide(doc, c)) continue;
        // written small, or in capitals in copy all in capitals ("DUTCH SIDE HARLEM"); "Team Sky" is a name
        const before = /(?<!\p{L})(\p{Ll}+|\p{Lu}+)[ \t]+$/u.exec(doc.text.slice(Math.max(0, c.start - 20), c.start));
        if (before && nouns.has(before[1]!.toLowerCase())) retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'club-named-again',
    'sports copy that names a club by its town once ("Yorkshire beat Durham") means the club where it writes the name again with no word of place before it ("Durham slipped to third"); after a preposition of place (mentions.locativePrepositions: "in Durham", "DURHAM AT LEEDS") or in the dateline it is the town, and a place that fields a national side stays a place',
    (doc, cands, id) => {
      if (!sportCopy(doc)) return;
      const clubs = new Set(cands.filter((c) => c.type === 'organization').map((c) => c.text.toLowerCase()));
      if (!clubs.size) return;
      const locative = doc.res.words.memo(
        'entity-rules.locativeBefore',
        () =>
          new RegExp(String.raw`(?<![\p{L}])(?:${doc.res.words.alt('mentions.locativePrepositions')})[ \t]+$`, 'iu'),
      );
      for (const c of cands) {
        if (c.type !== 'place' || c.venue || !clubs.has(c.text.toLowerCase())) continue;
        if (c.rules?.includes('entities/dateline-place') || nationalSide(doc, c)) continue;
        if (locative.test(doc.text.slice(Math.max(0, c.start - 20), c.start))) continue;
        retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'sport-competition-name',
    'in sports copy a name ending in the head of a competition ("the Northern Premier League", "a Super League match", "the Eastern Conference"; entities.competitionTails) is the contest the clubs play in, not a body; outside sports copy the same heads end bodies ("Awami League") and a name the gazetteer knows as a body stays one',
    (doc, cands) => {
      if (!sportCopy(doc)) return;
      const tails = doc.res.words.set('entities.competitionTails');
      remove(
        cands,
        (c) =>
          c.type !== 'person' &&
          /\s/u.test(c.text.trim()) &&
          tails.has(lastWord(c.text).toLowerCase()) &&
          !orgBacked(c) &&
          !doc.res.gazetteer.orgsByName.has(c.text.toLowerCase()),
      );
    },
  ),
  rule(
    'place-before-office-title',
    '"Texas governor Rick Perry", "Florida Governor Jeb Bush", "Basra governor …": a country, region or city the gazetteer knows, right before the title of a public office (entities.officeTitlesAfterPlace) and a capitalised name, is the place the office serves, not a body or a person',
    (doc, cands, id) => {
      const after = doc.res.words.memo(
        'entities.officeTitlesAfterPlace.re',
        () => new RegExp(`^[ \\t]+${doc.res.words.alt('entities.officeTitlesAfterPlace')}[ \\t]+(\\S)`, 'iu'),
      );
      for (const c of cands) {
        if (c.type === 'place' || c.media || c.venue || c.gaz.some((e) => e.kind === 'org')) continue;
        const known = doc.res.gazetteer.placesByName.get(c.text.toLowerCase());
        if (!known?.some((e) => e.kind === 'country' || e.kind === 'city' || (e.kind === 'region' && !e.locality)))
          continue;
        // the title in either case ("governor", "Governor"), the holder's name capitalised
        const name = after.exec(doc.text.slice(c.end, c.end + 40))?.[1];
        if (name && /\p{Lu}/u.test(name)) retype(c, 'place', id);
      }
    },
  ),
  rule(
    'place-before-local-agency',
    '"Salisbury police said", "Bastrop County deputies found": a name the gazetteer knows as a town, city or region, right before a lower-case word for a local agency or its people (gazetteer.agencyNounsAfterPlace), is the place the agency serves, not the name of an organisation, when the article also writes it as a place or it is a large city of a state or country the article names',
    (doc, cands, id) => {
      const after = doc.res.words.memo(
        'gazetteer.agencyNounsAfterPlace.re',
        () => new RegExp(`^\\s+${doc.res.words.alt('gazetteer.agencyNounsAfterPlace')}(?![\\p{L}])`, 'u'),
      );
      for (const c of cands) {
        if (c.type === 'place' || c.media || c.venue || c.gaz.some((e) => e.kind === 'org')) continue;
        if (!knownLocalPlace(doc, c.text.toLowerCase()) || !after.test(doc.text.slice(c.end, c.end + 24))) continue;
        // only a name the article also writes as a place ("in Apopka", the dateline), or a large city of a state it names
        // ("Houston police" in a story that names Texas):
        // "Metro police" is no town
        const lower = c.text.toLowerCase();
        if (writtenAsPlace(doc, cands, c) || largeCityOfNamedState(doc, lower) || largeCityOfNamedCountry(doc, lower))
          retype(c, 'place', id);
      }
    },
  ),
  rule(
    'place-before-resident-noun',
    '"a Baton Rouge mother", "an East Toledo man", "a Salisbury home", "a Bronx apartment": after "a", "an" or "the", a name the gazetteer knows as a town, city or region (a compass word before it allowed) right before a lower-case noun for a person by where they live or for a home (gazetteer.residentNounsAfterPlace) says where that person lives or that home is: the name is a place, not a body or a person, when the article also writes it as a place (as for a local agency), names the county the gazetteer puts that city in ("an Immokalee teenager" beside "Collier County") or, after "a" or "an", it is a large city',
    (doc, cands, id) => {
      const after = doc.res.words.memo(
        'gazetteer.residentNounsAfterPlace.re',
        () => new RegExp(`^[ \\t]+${doc.res.words.alt('gazetteer.residentNounsAfterPlace')}(?![\\p{L}-])`, 'u'),
      );
      const directions = doc.res.words.set('mentions.directionalPrefixes');
      const given = doc.res.names.givenNames;
      for (const c of cands) {
        if (c.type === 'place' || c.sure || c.media || c.venue || orgBacked(c) || inCaps(doc, c.sentence)) continue;
        if (!after.test(doc.text.slice(c.end, c.end + 24))) continue;
        // the tagger may take the article into the name ("An East Toledo"): the name starts after it
        const art = /^(?:an?|the)[ \t]+/iu.exec(c.text);
        const start = c.start + (art?.[0].length ?? 0);
        if (!art && !/(?:^|[^\p{L}])(?:an?|the)[ \t]+$/iu.test(doc.text.slice(Math.max(0, c.start - 5), c.start)))
          continue;
        const name = doc.text.slice(start, c.end);
        const words = name.toLowerCase().split(/\s+/);
        const town = directions.has(words[0]!) && words.length > 1 ? words.slice(1).join(' ') : words.join(' ');
        // "a Tyler man": a lone word that is also a given name may be the person's
        if (!knownLocalPlace(doc, town) || (words.length === 1 && given.has(town))) continue;
        // "the Johnson family" is a surname's: after "the", or for a small town, the article must write it as a place too
        const indefinite = art
          ? !/^the/iu.test(art[0])
          : !/the[ \t]+$/iu.test(doc.text.slice(Math.max(0, c.start - 5), c.start));
        const written = writtenAsPlace(doc, cands, c, doc.text.slice(c.end - town.length, c.end));
        if (!written && !(indefinite && largeCity(doc, town)) && !cityOfNamedCounty(doc, town)) continue;
        if (start !== c.start) respan(doc, c, start, c.end, id);
        retype(c, 'place', id);
        c.roles = [];
      }
    },
  ),
  rule(
    'town-after-locative',
    '"a child care centre in Roy", "at a residence in Buckner" … "Mike Smith of Buckner": a name the gazetteer knows as a town, city or region (not a country), written right after a locative preposition ("in", "at", "near": incident-cues.strictLocatives), is that place wherever the article writes it, though the tagger read it (there or elsewhere) as a person (not a possessive "in Roy\'s case", not a name the tagger is sure of)',
    (doc, cands, id) => {
      const before = doc.res.words.memo(
        'entity-rules.town-after-locative',
        () => new RegExp(`(?:^|[^\\p{L}])${doc.res.words.alt('incident-cues.strictLocatives')}[ \\t]+$`, 'iu'),
      );
      const towns = new Set<string>();
      for (const c of cands) {
        if (c.type === 'organization' || c.sure || c.media || c.venue || inCaps(doc, c.sentence)) continue;
        if (/['’]/u.test(c.text) || /^['’]/u.test(doc.text.slice(c.end, c.end + 1))) continue;
        if (!knownLocalPlace(doc, c.text.toLowerCase())) continue;
        if (before.test(doc.text.slice(Math.max(0, c.start - 12), c.start))) towns.add(c.text);
      }
      if (!towns.size) return;
      for (const c of cands) {
        if (c.type !== 'person' || c.sure || c.media || c.venue || !towns.has(c.text)) continue;
        retype(c, 'place', id);
        c.roles = [];
      }
    },
  ),
  rule(
    'place-then-state',
    '"a shooting in Gary, Ind.", "LITTLE ROCK, AR -": a name followed by a comma and a state or province (geocode.ts statedSubdivision) is a place when the gazetteer has a town of that name there',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      for (const c of cands) {
        if (c.type === 'place' || c.media || c.venue || c.gaz.some((e) => e.kind === 'org')) continue;
        const stated = statedSubdivision(gaz, doc.text, c.end);
        if (stated && placesInStated(gaz, c.text, stated).length) retype(c, 'place', id);
      }
    },
  ),
  rule(
    'place-then-division',
    '"Las Navas, Northern Samar", "El Geneina, West Darfur", "Kyaukme township, northern Shan state": a name written after a comma (and a compass word) right behind another name, that the gazetteer knows as a state, province or region and no lexicon as a body, and that ends its clause (a division noun may follow: "state", "province"), is that division, a place; and the name before it is the town or district it holds, a place too (unless it is a known body, or a person the text titles: "John Okoro, Borno state governor" goes on with a noun, so is no such pair)',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      const w = doc.res.words;
      const re = w.memo('entity-rules.placeThenDivision', () => ({
        gap: new RegExp(
          `^(?:\\s+${w.alt('gazetteer.settlementNouns')})?\\s*,\\s*(?:${w.alt('entities.withinModifiers')}\\s+)?$`,
          'u',
        ),
        after: new RegExp(`^(?:\\s+${w.alt('mentions.adminAreaNouns')})?\\s*(?:[,.;:)]|$)`, 'u'),
      }));
      const division = (c: Candidate) =>
        !c.media &&
        !c.venue &&
        !c.gaz.some((e) => e.kind === 'org') &&
        !gaz.orgsByName.has(c.text.toLowerCase()) &&
        gaz.placesNamed(c.text).some((e) => e.kind === 'region' && !e.locality);
      const sorted = cands.slice().sort((x, y) => x.start - y.start);
      for (let i = 1; i < sorted.length; i++) {
        const [a, b] = [sorted[i - 1]!, sorted[i]!];
        if (a.sentence !== b.sentence || !division(b)) continue;
        if (!re.gap.test(doc.text.slice(a.end, b.start)) || !re.after.test(doc.text.slice(b.end, b.end + 24))) continue;
        if (a.media || a.venue || a.sure || a.gaz.some((e) => e.kind === 'org') || inCaps(doc, a.sentence)) continue;
        // "Ibrahim Musa, Kano": a given name and a surname are a person, wherever the text says they are from
        if (a.type === 'person' && /\s/.test(a.text) && doc.res.names.givenNames.has(firstWord(a.text).toLowerCase()))
          continue;
        retype(b, 'place', id);
        retype(a, 'place', id);
      }
    },
  ),
  rule(
    'name-then-settlement-noun',
    '"Mir Ali town of North Waziristan", "Gwoza local government area (LGA)", "near Tsafe town, in Zamfara": a name followed by a lower-case noun for a settlement or local division (gazetteer.settlementNouns) that ends its phrase (a comma, "of", "in", a bracket or the clause\'s end; not "town hall") is that settlement, a place, not a person (unless a title or lexicon made it one)',
    (doc, cands, id) => {
      const w = doc.res.words;
      const after = w.memo(
        'entity-rules.nameThenSettlementNoun',
        () => new RegExp(`^[ \\t]+${w.alt('gazetteer.settlementNouns')}(?:\\s*[,.;:()]|\\s+(?:of|in)\\s|\\s*$)`, 'u'),
      );
      for (const c of cands) {
        if (c.type === 'place' || c.sure || c.media || c.venue || c.gaz.some((e) => e.kind === 'org')) continue;
        if (inCaps(doc, c.sentence) || !after.test(doc.text.slice(c.end, c.end + 40))) continue;
        retype(c, 'place', id);
        c.roles = [];
      }
    },
  ),
  rule(
    'caps-name-then-settlement-noun',
    '"IN THE ESCALON NEIGHBORHOOD", "IN SABANETAS CANTON, PERQUIN JURISDICTION": in text in capitals the noun for a settlement or local division (gazetteer.settlementNouns) is shouted too, so the tagger reads it as part of the name or leaves it out, and types the name a person or a body; a name so followed (the noun ending its phrase), or one whose last word is such a noun, written after a locative, is that settlement, a place (unless a title or lexicon made it something else)',
    (doc, cands, id) => {
      const w = doc.res.words;
      const re = w.memo('entity-rules.capsNameThenSettlementNoun', () => ({
        after: new RegExp(`^[ \\t]+${w.alt('gazetteer.settlementNouns')}(?:\\s*[,.;:()]|\\s+(?:of|in)\\s|\\s*$)`, 'iu'),
        last: new RegExp(`\\s${w.alt('gazetteer.settlementNouns')}$`, 'iu'),
        before: new RegExp(
          `(?:(?:^|[^\\p{L}])(?:${w.alt('incident-cues.strictLocatives')}|of)(?:\\s+the)?(?:\\s+\\p{L}+)?|,)\\s+$`,
          'iu',
        ),
      }));
      for (const c of cands) {
        if (c.type === 'place' || c.sure || c.media || c.venue || c.gaz.some((e) => e.kind === 'org')) continue;
        if (!inCaps(doc, c.sentence) || !re.before.test(doc.text.slice(Math.max(0, c.start - 30), c.start))) continue;
        if (!re.last.test(c.text) && !re.after.test(doc.text.slice(c.end, c.end + 40))) continue;
        retype(c, 'place', id);
        c.roles = [];
      }
    },
  ),
  rule(
    'name-then-settlement-apposition',
    '"gunmen stormed Kessin, a farming village in the Mopti region": a name an apposition right after it calls a settlement (a or an, up to two words, a noun of gazetteer.settlementNouns) is that settlement, a place, not a person or a body (unless a title or lexicon made it one)',
    (doc, cands, id) => {
      const w = doc.res.words;
      const after = w.memo(
        'entity-rules.nameThenSettlementApposition',
        () =>
          new RegExp(
            `^\\s*,\\s*(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?${w.alt('gazetteer.settlementNouns')}(?![\\p{L}-])`,
            'iu',
          ),
      );
      for (const c of cands) {
        if (c.type === 'place' || c.sure || c.media || c.venue || c.gaz.some((e) => e.kind === 'org')) continue;
        if (!after.test(doc.text.slice(c.end, c.end + 60))) continue;
        retype(c, 'place', id);
        c.roles = [];
      }
    },
  ),
  rule(
    'settlement-noun-of-name',
    '"the diplomatic quarter of Gulshan", "the village of Tudun Biri": a name written after "the", up to two lower-case words, a noun for a settlement or local division (gazetteer.settlementNouns) and "of" is that settlement, a place, not a person or a body (unless a title, lexicon or gazetteer made it one, or it ends in a body\'s head word: "the jurisdiction of the Supreme Court")',
    (doc, cands, id) => {
      const w = doc.res.words;
      const before = w.memo(
        'entity-rules.settlementNounOfName',
        () =>
          new RegExp(
            `(?<![\\p{L}])the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?${w.alt('gazetteer.settlementNouns')}\\s+of\\s+$`,
            'u',
          ),
      );
      const orgHeads = w.set('mentions.orgHeads');
      for (const c of cands) {
        if (c.type === 'place' || c.sure || c.media || c.venue || c.gaz.length || c.roles?.length) continue;
        if (orgHeads.has(lastWord(c.text))) continue;
        if (!before.test(doc.text.slice(Math.max(0, c.start - 60), c.start))) continue;
        retype(c, 'place', id);
      }
    },
  ),
  rule(
    'list-of-places',
    '"attacked posts in Chuquimayo, Taparazo and Huallmi", "the villages of Pampachacra and Lloqueta": a list of names opened by a locative or a plural settlement noun and "of", whose first member is a place, lists places, so a member the tagger read as a person or a body is a place too (not one a lexicon, title or gazetteer made so, nor a full name of a known given name)',
    (doc, cands, id) => {
      const w = doc.res.words;
      const before = w.memo(
        'entity-rules.listOfPlaces',
        () =>
          new RegExp(
            `(?:^|[^\\p{L}])(?:${w.alt('incident-cues.strictLocatives')}|${w.alt('entities.townOfBefore')})(?:\\s+the)?\\s+$`,
            'iu',
          ),
      );
      // (in capitals too: "IN A, B, AND C")
      // (a surname of a person the article names in full stays a person: "in Leeds, Smith and Jones agreed")
      const surnames = new Set(
        cands
          .filter((c) => c.type === 'person' && /\s/u.test(c.text))
          .flatMap((c) => c.text.toLowerCase().split(/\s+/u).slice(1)),
      );
      for (const list of lists(doc, cands, true)) {
        const first = list[0]!;
        if (first.type !== 'place' || first.media || first.venue) continue;
        if (!/\band\b/iu.test(doc.text.slice(list[list.length - 2]!.end, list[list.length - 1]!.start))) continue;
        if (!before.test(doc.text.slice(Math.max(0, first.start - 24), first.start))) continue;
        for (const c of list.slice(1)) {
          if (c.type === 'place' || c.sure || c.media || c.venue || c.gaz.length || c.text.split(/\s+/).length > 3)
            continue;
          if (
            c.type === 'person' &&
            /\s/u.test(c.text) &&
            doc.res.names.givenNames.has(firstWord(c.text).toLowerCase())
          )
            continue;
          if (c.type === 'person' && surnames.has(c.text.toLowerCase())) continue;
          retype(c, 'place', id);
          c.roles = [];
        }
      }
    },
  ),
  rule(
    'victim-after-harm-noun',
    '"the slaying of Agha Ziauddin", "the kidnapping of Tariq Mahsud": a name right after a noun of harm done to one person and "of" (incident-roles.possessedHarmNouns: murder, killing, kidnapping, death, ...) is who suffered it, a person, though the tagger read a place or a body. Not a name any lexicon knows ("the killing of Hamas members"), a people or group word ("the killing of Yazidis"), a name in capitals, nor one followed by a possessive\'s ("the death of Gaza\'s children" names whose)',
    (doc, cands, id) => {
      const harm = doc.res.words.memo(
        'entity-rules.harmNounOf',
        () =>
          new RegExp(
            String.raw`(?:^|[^\p{L}])(?:${doc.res.words.alt('incident-roles.possessedHarmNouns')})\s+of\s+$`,
            'iu',
          ),
      );
      const gaz = doc.res.gazetteer;
      for (const c of cands) {
        if (c.type === 'person' || c.gaz.length || c.media || c.venue || inCaps(doc, c.sentence)) continue;
        const l = c.text.toLowerCase();
        if (gaz.placesByName.has(l) || gaz.orgsByName.has(l) || gaz.townsByName.has(l)) continue;
        if (gaz.demonyms.has(l) || doc.res.names.groupWords.has(l)) continue;
        if (!/^\p{Lu}\p{Ll}/u.test(c.text) || /^['’]/u.test(doc.text.slice(c.end, c.end + 1))) continue;
        if (harm.test(doc.text.slice(Math.max(0, c.start - 30), c.start))) retype(c, 'person', id);
      }
    },
  ),
  rule(
    'attack-target-not-person',
    '"the Charlie Hebdo and Hyper Cacher shootings", "the Lindt Cafe siege": a name of two or more words right before a noun of an attack, with no title and no given name first, names what was attacked, not a person nor (unless written as a venue) a place. It is dropped rather than made a site: the text does not say where that site is, and the article\'s own city would pin it to the wrong place',
    (doc, cands, _id) => {
      const after = doc.res.words.memo(
        'entities.attackNounsAfterTarget.re',
        () => new RegExp(`^\\s+${doc.res.words.alt('entities.attackNounsAfterTarget')}\\b`, 'u'),
      );
      const given = doc.res.names.givenNames;
      // the tagger may type only the last word of the name, as an unknown place ("Hyper" | "Cacher"): the
      // capitalised words right before it that no other mention holds (not opening the sentence) are the name's
      const nameOf = (c: Candidate): string => {
        if (c.type !== 'place') return c.text;
        const m = /(?:\p{Lu}\p{Ll}+[ \t]+){1,2}$/u.exec(doc.text.slice(Math.max(0, c.start - 40), c.start));
        if (!m) return c.text;
        const start = c.start - m[0].length;
        const opening = !/\p{L}/u.test(doc.text.slice(doc.sentences[c.sentence]?.start ?? 0, start));
        if (opening || cands.some((o) => o !== c && overlaps(o, { start, end: c.start }))) return c.text;
        return doc.text.slice(start, c.end);
      };
      remove(cands, (c) => {
        if (c.type !== 'person' && (c.type !== 'place' || c.venue || c.media)) return false;
        if (c.sure || c.gaz.length || inCaps(doc, c.sentence)) return false;
        if (!after.test(doc.text.slice(c.end, c.end + 24))) return false;
        const name = nameOf(c);
        return /\s/.test(name) && !given.has(firstWord(name).toLowerCase());
      });
    },
  ),
  rule(
    'performer-before-show',
    '"an Ariana Grande concert": a name of two or three words right before a noun of a show (entities.performanceNouns) names who performs; unless it ends like a plural ("a Rolling Stones concert", a band) or a lexicon knows it, that is a person, not a body',
    (doc, cands, id) => {
      const after = doc.res.words.memo(
        'entities.performanceNouns.re',
        () => new RegExp(`^[ \\t]+${doc.res.words.alt('entities.performanceNouns')}(?![\\p{L}])`, 'u'),
      );
      for (const c of cands) {
        if (c.type === 'person' || c.gaz.length || c.media || c.venue || c.sure || inCaps(doc, c.sentence)) continue;
        const words = c.text.split(/\s+/);
        if (words.length < 2 || words.length > 3 || !words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) continue;
        if (/s$/u.test(words[words.length - 1]!) || !after.test(doc.text.slice(c.end, c.end + 24))) continue;
        retype(c, 'person', id);
      }
    },
  ),
  rule(
    'name-before-plan-noun',
    '"the government raised the Vigipirate security plan": a one-word name between "the" and a noun of a plan or alert (entities.planNounsAfterName, after at most one lower-case descriptor) names the plan; typed a place with no gazetteer entry, it is no place',
    (doc, cands) => {
      const after = doc.res.words.memo(
        'entities.planNounsAfterName.re',
        () =>
          new RegExp(
            `^[ \\t]+(?:\\p{Ll}+[ \\t]+)?${doc.res.words.alt('entities.planNounsAfterName')}(?![\\p{L}])`,
            'u',
          ),
      );
      remove(
        cands,
        (c) =>
          c.type === 'place' &&
          !c.gaz.length &&
          !c.venue &&
          !c.media &&
          !/\s/.test(c.text) &&
          /(?:^|[^\p{L}])the[ \t]+$/iu.test(doc.text.slice(Math.max(0, c.start - 8), c.start)) &&
          after.test(doc.text.slice(c.end, c.end + 40)),
      );
    },
  ),
  rule(
    'service-name-before-posted-item',
    '"he confessed in a Snapchat video", "an Instagram post": a one-word name between "a"/"an" and a noun of a thing posted or made on a service (entities.postedItemNouns) names the service or product; typed a place with no gazetteer entry, it is a body, not a place ("a Texas video" stays a place)',
    (doc, cands, id) => {
      const before = /(?:^|[^\p{L}])an?[ \t]+$/iu;
      const after = doc.res.words.memo(
        'entities.postedItemNouns.re',
        () => new RegExp(`^[ \\t]+${doc.res.words.alt('entities.postedItemNouns')}(?![\\p{L}])`, 'u'),
      );
      for (const c of cands) {
        if (c.type !== 'place' || c.gaz.length || c.venue || c.media || c.sure || /\s/.test(c.text)) continue;
        if (doc.res.gazetteer.placesByName.has(c.text.toLowerCase())) continue;
        if (
          before.test(doc.text.slice(Math.max(0, c.start - 8), c.start)) &&
          after.test(doc.text.slice(c.end, c.end + 24))
        )
          retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'coloured-make',
    '"a grey Hyundai mounted the pavement", "a white Toyota": a one-word name after "a" and a colour (entities.colourWords) is a thing of that make, a vehicle or a product, not the body that makes it; a body the lexicons know stays',
    (doc, cands) => {
      const before = doc.res.words.memo(
        'entities.colourWords.re',
        () => new RegExp(String.raw`(?:^|[^\p{L}])an?[ \t]+${doc.res.words.alt('entities.colourWords')}[ \t]+$`, 'u'),
      );
      remove(
        cands,
        (c) =>
          c.type === 'organization' &&
          !c.gaz.length &&
          !c.media &&
          !c.sure &&
          !/\s/.test(c.text) &&
          before.test(doc.text.slice(Math.max(0, c.start - 20), c.start)),
      );
    },
  ),
  rule(
    'age-after-name',
    '"Khuram Shazad Butt, 27, a British citizen", "the two men -- Ali Reza, 31, and Omar Haddad, 29 -- were held": a name followed by an age after a comma, closed by a comma and a lower-case word or by a dash, is a person',
    (doc, cands, id) => {
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      for (const c of cands) {
        if (c.type === 'person' || c.gaz.length || c.media || c.venue || orgHeads.has(lastWord(c.text))) continue;
        if (/^,\s*\d{1,3}(?:,\s*\p{Ll}|\s*(?:--|—|–)\s)/u.test(doc.text.slice(c.end, c.end + 12)))
          retype(c, 'person', id);
      }
    },
  ),
  rule(
    'alias-after-person',
    '"Stéphane Charbonnier, known as Charb": the name after "known as" following a person is that person\'s other name',
    (doc, cands, id) => {
      const W = entityWords(doc);
      for (const c of cands) {
        if (c.type === 'person' || orgBacked(c) || c.gaz.some((e) => e.kind === 'country')) continue;
        const before = doc.text.slice(Math.max(0, c.start - 40), c.start);
        const m = W.aliasBefore.exec(before);
        if (!m) continue;
        const commaAt = c.start - before.length + m.index;
        if (cands.some((p) => p.type === 'person' && p.end === commaAt)) {
          retype(c, 'person', id);
          c.gaz = [];
        }
      }
    },
  ),
  rule(
    'list-of-people',
    '"Khuram Butt, Rachid Redouane and Youssef Zaghba": a list whose other members are people lists people, so a member with no lexicon entry and no body or place head word is a person too',
    (doc, cands, id) => {
      const heads = nameHeadWords(doc, 'entities.siteHeads');
      for (const list of lists(doc, cands)) {
        // a list of names ends "…, B and C"; two names with only a comma between ("in Paris, Jean Dupont said") are no list
        if (!/\band\b|&/.test(doc.text.slice(list[list.length - 2]!.end, list[list.length - 1]!.start))) continue;
        for (const c of list) {
          if (
            c.type === 'person' ||
            c.gaz.length ||
            c.media ||
            c.venue ||
            c.text.split(/\s+/).length > 3 ||
            heads.some((h) => h.has(lastWord(c.text)))
          )
            continue;
          const others = list.filter((o) => o !== c);
          const people = others.filter((o) => o.type === 'person').length;
          const named = others.some((o) => o.type === 'person' && (o.sure || /\s/.test(o.text)));
          if (named && people * 2 >= others.length) retype(c, 'person', id);
        }
      }
    },
  ),
  rule(
    'ranked-list-of-people',
    'a ranked results list ("1. Tanja Damaske (Germany) 66.60", "2. Trine Hattesta (Norway) 65.12") whose entries are mostly people lists people: an entry of two to four words with no lexicon entry and no body or place head word, followed like the others by its country in brackets, is a person too',
    (doc, cands, id) => {
      const heads = nameHeadWords(doc);
      const entries: Candidate[] = [];
      for (const m of eachMatch(/^[ \t]*\d{1,3}\.[ \t]+(\p{Lu}[^\n()]{1,60}?)[ \t]*\(/gmu, doc.text)) {
        const start = m.index + m[0].indexOf(m[1]!);
        const c = cands.find((x) => x.start === start && x.end === start + m[1]!.length);
        if (c) entries.push(c);
      }
      const people = entries.filter((c) => c.type === 'person').length;
      if (entries.length < 3 || people * 3 < entries.length * 2) return;
      for (const c of entries) {
        const n = c.text.split(/\s+/).length;
        if (c.type === 'person' || c.gaz.length || c.media || c.venue || n < 2 || n > 4) continue;
        if (heads.some((h) => h.has(lastWord(c.text)))) continue;
        retype(c, 'person', id);
      }
    },
  ),
  rule(
    'namesake-of-armed-group',
    'armed groups are often named after a hero ("Tupac Amaru Revolutionary Movement", "Farabundo Marti National Liberation Front", "Manuel Rodriguez Patriotic Front"), and the news shortens the name to the hero\'s ("Tupac Amaru rebels", "a spokesman for Tupac Amaru"): a name the tagger read as a person that opens the name of an armed group the lexicon knows (a name of two words or more: "Real IRA" opens with a word) is that group where the article names the group or writes the name before a noun for the group\'s members or fighters (incident-roles.memberHeads, incident-roles.agentHeads), unless a title makes it a person or it is a word of a longer person\'s name in the article; a body the tagger ran on over that noun ("TUPAC AMARU REBELS") ends before it',
    (doc, cands, id) => {
      const gaz = doc.res.gazetteer;
      const w = doc.res.words;
      const namesakes = w.memo('entity-rules.groupNamesakes', () => {
        const out = new Map<string, GazEntry>();
        for (const entries of gaz.orgsByName.values())
          for (const e of entries) {
            if (e.kind !== 'org' || e.orgKind !== 'armed_group') continue;
            for (const alias of [e.name, ...e.aliases]) {
              const ws = alias.split(/\s+/);
              // a hero is named in full, given name and surname: a one-word opening ("Real IRA", "New IRA") is a word
              for (let k = 2; k < ws.length; k++) {
                if (!ws.slice(0, k).every((x) => /^\p{Lu}\p{Ll}/u.test(x))) break;
                const key = ws.slice(0, k).join(' ').toLowerCase();
                if (!gaz.orgsByName.has(key)) out.set(key, e);
              }
            }
          }
        return out;
      });
      const members = w.memo(
        'entity-rules.groupNamesakes.members',
        () =>
          new RegExp(
            String.raw`^[ \t]+(?:${w.alt('incident-roles.memberHeads')}|${w.alt('incident-roles.agentHeads')})\b`,
            'iu',
          ),
      );
      const fullNameParts = new Set(
        cands
          .filter((c) => c.type === 'person' && /\s/.test(c.text))
          .flatMap((c) => {
            const ws = c.text.toLowerCase().split(/\s+/);
            // every shorter run of words of a longer name ("Tupac Amaru" in "Tupac Amaru Shakur")
            return ws.flatMap((_, i) => ws.slice(i + 1).map((__, j) => ws.slice(i, i + j + 1).join(' ')));
          }),
      );
      const memberTail = w.memo(
        'entity-rules.groupNamesakes.memberTail',
        () =>
          new RegExp(
            String.raw`\s+(?:${w.alt('incident-roles.memberHeads')}|${w.alt('incident-roles.agentHeads')})$`,
            'iu',
          ),
      );
      const byName = new Map<string, Candidate[]>();
      for (const c of cands) {
        if ((c.type !== 'person' && c.type !== 'organization') || c.sure || c.gaz.length || c.roles.length) continue;
        // "TUPAC AMARU REBELS": in capitals the tagger runs the name on over the noun for the group's fighters
        const tail = c.type === 'organization' ? memberTail.exec(c.text) : null;
        if (tail && namesakes.has(c.text.slice(0, tail.index).toLowerCase()))
          respan(doc, c, c.start, c.start + tail.index, id);
        const key = c.text
          .trim()
          .toLowerCase()
          .replace(/['’]s$/u, '');
        if (!namesakes.has(key) || fullNameParts.has(key)) continue;
        byName.set(key, [...(byName.get(key) ?? []), c]);
      }
      for (const [key, group] of byName) {
        const org = namesakes.get(key)!;
        const named = cands.some((c) => c.gaz.includes(org));
        const actsAsGroup = group.some((c) => members.test(doc.text.slice(c.end, c.end + 40)));
        if (!named && !actsAsGroup) continue;
        for (const c of group) {
          retype(c, 'organization', id);
          c.gaz = [org];
        }
      }
    },
  ),
  rule(
    'fragment-of-body',
    '"Je suis Charlie" in an article about Charlie Hebdo: a lone word with no lexicon entry that opens the name of a body in the same article, and is no part of a person\'s full name there, is that body\'s short name (a place name the gazetteer knows, tagged as a place, stays the place the body serves: "the Salisbury Police Department")',
    (doc, cands, id) => {
      const bodies = cands.filter((c) => c.type === 'organization' && /\s/.test(c.text));
      const personParts = new Set(
        cands.filter((c) => c.type === 'person' && /\s/.test(c.text)).flatMap((c) => c.text.toLowerCase().split(/\s+/)),
      );
      for (const c of cands) {
        if (
          c.type === 'organization' ||
          c.gaz.length ||
          c.sure ||
          c.venue ||
          /\s/.test(c.text) ||
          inCaps(doc, c.sentence)
        )
          continue;
        const word = c.text.replace(/['’]s?$/u, '');
        if (personParts.has(word.toLowerCase()) || !bodies.some((b) => firstWord(b.text) === word)) continue;
        // "Salisbury" ... "the Salisbury Police Department": a place name the gazetteer knows opens the name of the
        // body that serves it, and stays the place
        const lower = word.toLowerCase();
        if (
          c.type === 'place' &&
          (doc.res.gazetteer.placesByName.has(lower) || doc.res.gazetteer.townsByName.has(lower))
        )
          continue;
        retype(c, 'organization', id);
      }
    },
  ),
  rule(
    'venue-short-form',
    'news names a venue in full once and then by its name alone ("the Al Noor Mosque" ... "killed at Al Noor"): a name with no lexicon entry that is a venue of the same article without its head word, or the name of a facility written before its site noun ("the Lenval children\'s hospital" ... "Lenval"), is that venue; not a name the gazetteer knows as a town that the article writes as a place ("Rosamond Boulevard" ... "a shooting in Rosamond": streets are named after towns)',
    (doc, cands, id) => {
      const venueHeads = buildingHeads(doc);
      const full = new Map<string, Candidate>();
      for (const c of cands) {
        if (!c.venue || !/\s/.test(c.text)) continue;
        const cut = c.text.lastIndexOf(' ');
        if (venueHeads.has(c.text.slice(cut + 1).toLowerCase())) full.set(c.text.slice(0, cut), c);
      }
      // "the Lenval children's hospital" ... "Lenval": the name before a site noun stands for that facility
      for (const c of cands) if (c.facility && !full.has(c.text)) full.set(c.text, c);
      if (!full.size) return;
      for (const c of cands) {
        if (c.venue || c.gaz.length || c.sure || c.media || !full.has(c.text.replace(/['’]s$/u, ''))) continue;
        // "Rosamond Boulevard" ... "a shooting in Rosamond": a street is named after its town, and a name the gazetteer
        // knows as a town that the article writes as a place is that town
        if (knownLocalPlace(doc, c.text.toLowerCase()) && writtenAsPlace(doc, cands, c)) continue;
        // a person's name on a building ("the John Smith Hall") stays the person where the article says so
        if (c.type === 'person' && cands.some((o) => o !== c && o.type === 'person' && o.text === c.text && o.sure))
          continue;
        retype(c, 'place', id);
        c.venue = true;
        const facility = full.get(c.text.replace(/['’]s$/u, ''))!.facility;
        if (facility) c.facility = facility;
        mark(c, id);
      }
    },
  ),
  rule(
    'paired-name-site',
    '"the Barrowboy and Banker pub", "the Rose and Crown hotel": two unknown names joined by "and" before a singular noun for a site are one venue (two sites would take the plural); a name that is already a venue of its own ("the airport and X station") is a list of two sites',
    (doc, cands, id) => {
      const site = doc.res.words.memo(
        'entity-rules.singularSite',
        () => new RegExp(String.raw`^\s+${doc.res.words.alt('mentions.siteNouns')}(?![\p{L}])`, 'u'),
      );
      const plural = doc.res.words.set('entities.pluralSiteNouns');
      const sorted = cands.slice().sort((a, b) => a.start - b.start);
      // the tagger may give the first name no type at all ("the Fiddler and Goose pub" with only "Goose" a name): an
      // unknown capitalised name after a lower-case word ("the") and before "and" is that first name all the same
      const gaz = doc.res.gazetteer;
      for (const b of sorted) {
        if (b.gaz.length || b.sure || inCaps(doc, b.sentence)) continue;
        const m = /(?:^|\s)\p{Ll}+\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:and|&)\s+$/u.exec(
          doc.text.slice(Math.max(0, b.start - 50), b.start),
        );
        if (!m || gaz.placesByName.has(m[1]!.toLowerCase()) || gaz.orgsByName.has(m[1]!.toLowerCase())) continue;
        const start = b.start - (m[0].length - m[0].indexOf(m[1]!));
        if (cands.some((o) => o !== b && o.end > start && o.start < b.start)) continue;
        const s = site.exec(doc.text.slice(b.end, b.end + 30));
        if (!s || plural.has(s[0].trim())) continue;
        const facilityEnd = b.facility ? b.start + b.facility.length : null;
        respan(doc, b, start, b.end, id);
        if (facilityEnd !== null) b.facility = doc.text.slice(start, facilityEnd).replace(/\s+/gu, ' ');
        retype(b, 'place', id);
        b.venue = true;
      }
      for (let i = 0; i + 1 < sorted.length; i++) {
        const a = sorted[i]!,
          b = sorted[i + 1]!;
        if (
          a.gaz.length ||
          b.gaz.length ||
          a.sure ||
          b.sure ||
          a.venue ||
          !/^\s+(?:and|&)\s+$/.test(doc.text.slice(a.end, b.start))
        )
          continue;
        const m = site.exec(doc.text.slice(b.end, b.end + 30));
        if (!m || plural.has(m[0].trim())) continue;
        remove(cands, (o) => o === b);
        respan(doc, a, a.start, b.end, id);
        retype(a, 'place', id);
        a.venue = true;
        i++;
      }
    },
  ),
  rule(
    'paired-names-one-kind',
    '"the Charlie Hebdo and Hyper Cacher shootings", "the Reuters and Tass reports": two names joined by "and" before the noun they both qualify are things of one kind, so an unknown name paired with a body the lexicons know is a body too, not a place the gazetteer cannot locate',
    (doc, cands, id) => {
      const sorted = cands.slice().sort((a, b) => a.start - b.start);
      for (let i = 0; i + 1 < sorted.length; i++) {
        const a = sorted[i]!,
          b = sorted[i + 1]!;
        if (a.sentence !== b.sentence || inCaps(doc, a.sentence)) continue;
        // (capitalised words the tagger left untyped before the second name open it: "Hyper" of "Hyper Cacher")
        const m = /^\s+(?:and|&)\s+((?:\p{Lu}\p{Ll}+\s+){0,2})$/u.exec(doc.text.slice(a.end, b.start));
        if (!m || !/^\s+\p{Ll}/u.test(doc.text.slice(b.end, b.end + 3))) continue;
        for (const [known, other] of [
          [a, b],
          [b, a],
        ] as const) {
          if (!orgBacked(known) || known.type !== 'organization') continue;
          if (other.type !== 'place' || other.gaz.length || other.sure || other.venue || other.media) continue;
          if (other === b && m[1]) respan(doc, b, b.start - m[1].length, b.end, id);
          retype(other, 'organization', id);
        }
      }
    },
  ),
  rule(
    'caps-name-written-again',
    'in a sentence in capitals case no longer marks a name, and the tagger may leave a name it reads elsewhere in the article untagged ("ROTOR VOLGOGRAD MUST PLAY" … "ROTOR WOULD PLAY"; "Longyear" in the body, "LONGYEAR" in a shouted line): where the article names an entity, the same words written again in a sentence in capitals, as whole words that no mention covers, are that entity again (not in a headline over a cased body, which the tagger reads with what the body says of its words); a name whose every word ordinary English writes small ("OLD CITY", "REAL") says too little, a name the article reads as two kinds says nothing, and one before a word that names write capitalised (mentions.commonWordsInNames: "THE ATLANTA GAMES") or before a word that is no word of English ("LAS FILAS") is part of another name',
    (doc, cands, id) => {
      if (!doc.sentences.some((s) => inCaps(doc, s.index))) return;
      // a headline in capitals over a cased body: the tagger read it with what the body says of its words already
      const firstLine = doc.text.search(/\n|$/u);
      const cased = doc.sentences.some((s) => !inCaps(doc, s.index));
      const common = doc.res.names.commonWords;
      const bareWord = bareCommonWord(doc, cands);
      const inNames = doc.res.words.set('mentions.commonWordsInNames');
      const english = englishWordOf(doc);
      const kinds = new Map<string, Candidate['type'] | null>();
      for (const c of cands) {
        if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') continue;
        const name = c.text
          .trim()
          .replace(/\s*['’]s$/iu, '')
          .toLowerCase();
        if ((name.match(/\p{L}/gu) ?? []).length < 3) continue;
        const words = name.split(/\s+/);
        if (words.length === 1 ? bareWord(name) : words.every((w) => common.has(w))) continue;
        const known = kinds.get(name);
        kinds.set(name, known === undefined || known === c.type ? c.type : null);
      }
      // longer names first, so that "ROTOR VOLGOGRAD" is found before "ROTOR"
      for (const [name, type] of [...kinds].sort((a, b) => b[0].length - a[0].length)) {
        if (!type) continue;
        for (const { start, end } of literalMatches(doc.text, name, NAME_LETTER_OR_APOSTROPHE, NAME_LETTER, true)) {
          if (cands.some((c) => c.start < end && start < c.end)) continue;
          if (!inCaps(doc, sentenceAt(doc.sentences, start)) || (cased && start < firstLine)) continue;
          // "THE ATLANTA GAMES", "HONG KONG OPEN": before a word that names write capitalised the name is part of another
          const next = /^[ \t]+([\p{L}-]+)/u.exec(doc.text.slice(end, end + 40))?.[1]?.toLowerCase();
          if (next && inNames.has(next)) continue;
          // "LAS" read alone once, then "LAS FILAS": before a word that is no word of English the name runs on
          const word = (p: string) => p.length < 3 || english(p) || inflectedEnglish(doc, p);
          if (next && !next.split('-').every(word)) continue;
          cands.push(ruleCandidate(doc, type, start, end, id));
        }
      }
    },
  ),
  rule(
    'caps-leader-before-era-noun',
    'in a sentence in capitals the tagger leaves a leader\'s surname untagged before the noun for his government ("THE HALVORSEN ADMINISTRATION", "THE HALVORSEN ERA": mentions.leaderEraNouns), and rule entities/caps-name-written-again does not read a name on before such a noun, which also ends bodies\' names: where the article reads the same single word as a person elsewhere, that word right before the noun, covered by no mention, is that person',
    (doc, cands, id) => {
      if (!doc.sentences.some((s) => inCaps(doc, s.index))) return;
      const era = doc.res.words.memo(
        'entity-rules.leaderEraAfter',
        () => new RegExp(String.raw`^[ \t]+(?:${doc.res.words.alt('mentions.leaderEraNouns')})(?![\p{L}])`, 'iu'),
      );
      const people = new Set(
        cands
          .filter((c) => c.type === 'person' && /^\p{L}[\p{L}'’-]*\p{L}$/u.test(c.text.trim()))
          .map((c) => c.text.trim().toLowerCase()),
      );
      for (const name of people)
        for (const { start, end } of literalMatches(doc.text, name, NAME_LETTER_OR_APOSTROPHE, NAME_LETTER, true)) {
          if (!era.test(doc.text.slice(end, end + 40))) continue;
          if (cands.some((c) => c.start < end && start < c.end)) continue;
          if (!inCaps(doc, sentenceAt(doc.sentences, start))) continue;
          cands.push(ruleCandidate(doc, 'person', start, end, id));
        }
    },
  ),
  rule(
    'caps-common-word',
    'in text in capitals case no longer tells a name from a word, and the tagger reads a lone word that ordinary English writes small ("STATE OF SIEGE", "NOBEL PEACE PRIZE WINNER", "THE MODERATOR"; english.commonWords, from spelling dictionaries) as a name: such a word alone is none, unless a gazetteer knows a place or body of that name ("BATH", "HOVE") or a lexicon a given name, the article writes it with a capital in mixed-case text, or it is the last word of a longer name in the article, its short form ("TIGER WOODS" … "WOODS"; not "NEW" of "NEW YORK"); a plural stays (a team\'s or a people\'s name: "THE METS", "THE SPRINGBOKS")',
    (doc, cands) => {
      const bareWord = bareCommonWord(doc, cands, true, shortFormWords(doc, cands));
      // written with a capital inside a sentence in mixed case: "Arsenal" in the body of a story shouted in its headline
      const capitalisedInText = (w: string) =>
        new RegExp(String.raw`[\p{Ll},;] ${escapeRegExp(w.charAt(0) + w.slice(1).toLowerCase())}\b`, 'u').test(
          doc.text,
        );
      remove(cands, (c) => {
        if (c.source !== 'tagger' || c.gaz.length || c.sure || c.media || c.venue) return false;
        if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') return false;
        const w = c.text.trim();
        if (!/^\p{Lu}+$/u.test(w) || !inCaps(doc, c.sentence)) return false;
        return bareWord(w.toLowerCase()) && !capitalisedInText(w);
      });
    },
  ),
  rule(
    'caps-common-word-after-determiner-no-town',
    'some towns are named by a word ordinary English writes small (Surprise in Arizona, Tyre, Lira, Van); in text in capitals "A SURPRISE ATTACK", "A VAN HIT SHOPPERS" read as that town. A town\'s name takes no article and no nationality before it: a lone word of english.commonWords or english.wordsAlsoNames that the gazetteer knows only as a city that is no capital, right after an article or determiner (mentions.determinersOpeningNoName, "the") or a nationality, is the word, no place; so is such a word that names only a country ("THE TURKEY WAS COOKED"), after an article or determiner: the countries news writes with "the" (the Gambia, the Philippines) are no words of English',
    (doc, cands) => {
      const dets = doc.res.words.set('mentions.determinersOpeningNoName');
      const common = doc.res.names.commonWords;
      const alsoNames = doc.res.words.set('english.wordsAlsoNames');
      const gaz = doc.res.gazetteer;
      remove(cands, (c) => {
        if (c.type !== 'place' || c.sure || c.media || c.venue || !inCaps(doc, c.sentence)) return false;
        const w = c.text.trim();
        if (!/^\p{Lu}+$/u.test(w) || !(common.has(w.toLowerCase()) || alsoNames.has(w.toLowerCase()))) return false;
        const entries = c.gaz.length ? c.gaz : (gaz.placesByName.get(w.toLowerCase()) ?? []);
        if (!entries.length) return false;
        const prev = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(0, c.start - 20), c.start))?.[1]?.toLowerCase();
        if (!prev) return false;
        // "THE TURKEY WAS COOKED": a country named by a word of English takes no article either
        if (entries.every((e) => e.kind === 'country')) return prev === 'the' || dets.has(prev);
        if (!entries.every((e) => e.kind === 'city' && !e.capital)) return false;
        return prev === 'the' || dets.has(prev) || gaz.demonyms.has(prev);
      });
    },
  ),
  rule(
    'caps-common-plural-outside-sport',
    'in text in capitals the tagger reads a lone plural of a noun ordinary English writes small ("CHARTERS OF SHAME", "NO-FLY ZONES", "PRO-GOVERNMENT MILITIAS", "SENATORS PRESSED HIM") as a body, as it would a team ("THE METS"): in an article with no word of sport (entities.sportArticleWords) such a plural, whose singular passes the test of rule caps-common-word, is none; a people ("POLES"), a word a gazetteer or a given-name lexicon knows, a word after a preposition of place ("IN BARBACOAS": a town; mentions.placePrepositions), a word of a longer name in the article and a plural the article writes with a capital in mixed-case text stay',
    (doc, cands) => {
      if (mentionsSport(doc)) return;
      const bareWord = bareCommonWord(doc, cands);
      const gaz = doc.res.gazetteer;
      const places = doc.res.words.set('mentions.placePrepositions');
      // "BRIGADES" after "AL AQSA MARTYRS' BRIGADES": the short form of a longer name in the article
      const inLongerName = nameWordsOfLongerNames(doc, cands);
      const capitalisedInText = (w: string) =>
        new RegExp(String.raw`[\p{Ll},;] ${escapeRegExp(w.charAt(0) + w.slice(1).toLowerCase())}\b`, 'u').test(
          doc.text,
        );
      remove(cands, (c) => {
        if (c.source !== 'tagger' || c.gaz.length || c.sure || c.media || c.venue) return false;
        if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') return false;
        const w = c.text.trim();
        if (!/^\p{Lu}{4,}S$/u.test(w) || !inCaps(doc, c.sentence)) return false;
        const l = w.toLowerCase();
        if (gaz.demonyms.has(l) || gaz.placesByName.has(l) || gaz.orgsByName.has(l) || inLongerName.has(l))
          return false;
        // a regular plural only: "CORIS" is no plural of "cor"
        const singulars = l.endsWith('ies')
          ? [l.slice(0, -3) + 'y']
          : /(?:ch|sh|ss|x|z)es$/u.test(l)
            ? [l.slice(0, -2)]
            : [l.slice(0, -1)];
        // "IN BARBACOAS": after a preposition of place a lone word is the place
        const prev = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(0, c.start - 20), c.start))?.[1]?.toLowerCase();
        if (prev && places.has(prev)) return false;
        if (!singulars.some((s) => bareWord(s) && !gaz.demonyms.has(s))) return false;
        return !capitalisedInText(w);
      });
    },
  ),
  rule(
    'place-pair',
    '"France-Germany friendly", "India-Pakistan talks": two place names joined by a hyphen name a pairing, not a place',
    (doc, cands) => {
      const gaz = doc.res.gazetteer;
      remove(cands, (c) => {
        const m = /^(\p{Lu}[\p{L} ]+)[-–](\p{Lu}[\p{L} ]+)$/u.exec(c.text);
        return (
          !!m &&
          !gaz.placesByName.has(c.text.toLowerCase()) &&
          gaz.placesByName.has(m[1]!.toLowerCase()) &&
          gaz.placesByName.has(m[2]!.toLowerCase())
        );
      });
    },
  ),
  rule(
    'seat-building-as-place',
    'news names some bodies by the building or street that houses them (entities.seatBuildings: "Downing Street said", "the Kremlin denied"); after a word of place ("speaking outside Downing Street", "driven back to Downing Street", "a dinner at the White House"; entities.seatPlaceWords) the name is the building itself, a place of kind site, not the body',
    (doc, cands, id) => {
      const seats = doc.res.words.set('entities.seatBuildings');
      const before = doc.res.words.memo(
        'entity-rules.seatPlaceWords',
        () =>
          new RegExp(
            String.raw`(?<![\p{L}])(?:${doc.res.words.alt('entities.seatPlaceWords').replace(/ /g, String.raw`\s+`)})\s+(?:the\s+)?$`,
            'iu',
          ),
      );
      for (const c of cands) {
        if (c.type !== 'organization' || c.media) continue;
        const name = c.text
          .replace(/^the\s+/iu, '')
          .replace(/['’]s?$/u, '')
          .toLowerCase();
        if (!seats.has(name)) continue;
        if (!before.test(doc.text.slice(Math.max(0, c.start - 40), c.start))) continue;
        retype(c, 'place', id);
        c.venue = true;
        c.gaz = [];
      }
    },
  ),
  rule(
    'part-of-quoted-title',
    "roles in “Ice Cold in Alex” and “Lawrence of Arabia”, his part in “Schindler's List”: a quoted run of two to eight words, each capitalised or a small word titles write small (entities.titleSmallWords), is the title of a work or a slogan (a comma or full stop American style writes inside the closing quote, “Make It Rain,” is no part of it); a name that is only part of it (Alex, Lawrence, Schindler) is a word of the title, not a person, body or place the story is about. A name that fills the whole quote (a group calling itself “Soldiers of the Caliphate”), a body the gazetteer knows, a name a lexicon is sure of and text in capitals (where every quoted sentence looks like a title) are left alone",
    (doc, cands) => {
      const small = doc.res.words.set('entities.titleSmallWords');
      const titles: { start: number; end: number }[] = [];
      for (const m of eachMatch(
        /(?<=(?:^|[\s(])["“])[ \t]?([^"“”\n]{3,100}?)[,.]?[ \t]?(?=["”](?:$|[\s),.;:]))/gu,
        doc.text,
      )) {
        const q = m[1]!;
        if (/[.,!?;:]/u.test(q)) continue;
        const ws = q.split(/\s+/u).filter(Boolean);
        if (ws.length < 2 || ws.length > 8) continue;
        if (!ws.every((w) => /^[\p{Lu}\d]/u.test(w) || small.has(w.toLowerCase()) || /^['’]s$/u.test(w))) continue;
        const start = m.index + m[0].indexOf(q);
        titles.push({ start, end: start + q.length });
      }
      if (!titles.length) return;
      remove(cands, (c) => {
        if (c.type !== 'person' && c.type !== 'place' && c.type !== 'organization') return false;
        if (c.sure || c.media || orgBacked(c) || inCaps(doc, c.sentence)) return false;
        return titles.some((t) => t.start <= c.start && c.end <= t.end && (t.start < c.start || c.end < t.end));
      });
    },
  ),
  rule(
    'adjacent-person-names',
    '"Zine al-Abidine Ben Ali", "Delino DeShields\'s triple": English never writes two people\'s names side by side with only a space between them (a list has commas or "and", a sentence a verb), so two person mentions parted by one space on one line are the pieces of one name that the tagger cut in two; they become one mention (not a news outlet, nor a title read as a name before it)',
    (doc, cands, id) => {
      const titles = doc.res.names.titles.set;
      const people = cands.filter((c) => c.type === 'person').sort((a, b) => a.start - b.start);
      for (let i = 0; i + 1 < people.length; i++) {
        const a = people[i]!,
          b = people[i + 1]!;
        if (a.media || b.media || !/^[ \t]$/.test(doc.text.slice(a.end, b.start))) continue;
        // each piece a name in itself: capitalised at both ends ("Ben Ali", not a possessive "'s" or a title's tail)
        if (!/^\p{Lu}/u.test(a.text) || !/^\p{Lu}/u.test(b.text)) continue;
        // a title the tagger read as a name ("Minister-designate Ismail Haniyeh") is no piece of the name after it
        if (
          a.text
            .toLowerCase()
            .split(/[\s-]+/)
            .some((w) => titles.has(w))
        )
          continue;
        respan(doc, a, a.start, b.end, id);
        a.roles = [...new Set([...a.roles, ...b.roles])];
        a.sure = a.sure || b.sure;
        cands.splice(cands.indexOf(b), 1);
        people.splice(i + 1, 1);
        i--;
      }
    },
  ),
  rule(
    'common-word-alone',
    'a lone capitalised word that ordinary English writes small ("the Festival", "at the Fair", "the Wolf"; english.commonWords, from spelling dictionaries) is a common noun the story capitalises for emphasis, a title or a shortened name, never a place, body or person on its own: such a word in mixed-case text is none, unless a gazetteer knows a place or body of that name ("Bath"), a lexicon knows it as a given name, a rule or lexicon is sure of it, the text calls it a settlement ("the town of Hit"), it is a plural (a team\'s or a people\'s name: "Wolves") or it is a word of a longer name in the same article (that name\'s short form); it runs after the rules that join a name\'s pieces',
    (doc, cands) => {
      const lists = doc.res.words;
      const bareWord = bareCommonWord(doc, cands, false);
      const settlementOf = lists.memo(
        'entity-rules.settlementOf',
        () => new RegExp(String.raw`\b(?:${lists.alt('gazetteer.settlementNouns')})\s+of\s+$`, 'iu'),
      );
      remove(cands, (c) => {
        if (c.source !== 'tagger' || c.gaz.length || c.sure || c.media || c.venue) return false;
        if (c.type !== 'person' && c.type !== 'place' && c.type !== 'organization') return false;
        const w = c.text.trim();
        // a plural stays: a team's or a people's name ("Wolves", "Saints")
        if (!/^\p{Lu}\p{Ll}+$/u.test(w) || /s$/u.test(w) || inCaps(doc, c.sentence)) return false;
        // "the town of Hit": the text says it is a place
        if (settlementOf.test(doc.text.slice(Math.max(0, c.start - 30), c.start))) return false;
        return bareWord(w.toLowerCase());
      });
    },
  ),
  rule(
    'article-then-common-noun',
    'fables and feature copy capitalise the common nouns that play their characters ("A WOLF followed a flock ... the Wolf", "AN OWL, in her wisdom ... the Owl"): a person\'s name takes no indefinite article, nor does a town\'s, so a lone word English writes small or also as a word (english.commonWords, english.wordsAlsoNames: "wolf", "owl", "goatherd"), in mixed case or in capitals inside a sentence in mixed case, right after "a" or "an", is that noun, no person, body or place; so is the same word after "the" where the article brings it in with "a" or "an" (a name after "the" alone, "the Sun", "the Treasury", stays). Not before a lower-case noun ("a Bush administration official": the name is a modifier), and not a word a gazetteer knows as a country, region or body, a given name, a head word of a body\'s name (mentions.orgHeads, org-cues.json), a word of a longer name in the article, a name a rule or lexicon is sure of, nor a plural (a team\'s or a people\'s name)',
    (doc, cands) => {
      const lists = doc.res.words;
      const common = doc.res.names.commonWords;
      const alsoNames = lists.set('english.wordsAlsoNames');
      const functionWords = lists.set('english.verbAndFunctionWords');
      const given = doc.res.names.givenNamesWide;
      const orgHeads = lists.set('mentions.orgHeads');
      const cues = doc.res.names.orgCues;
      const gaz = doc.res.gazetteer;
      const wordsOfLongerNames = new Set(
        cands.filter((c) => /\s/.test(c.text.trim())).flatMap((c) => c.text.toLowerCase().split(/[\s-]+/)),
      );
      const noun = (w: string) => {
        if (!/^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(w) || /s$/iu.test(w)) return false;
        const l = w.toLowerCase();
        if (!common.has(l) && !alsoNames.has(l)) return false;
        if (given.has(l) || orgHeads.has(l) || cues.has(l) || wordsOfLongerNames.has(l) || gaz.orgsByName.has(l))
          return false;
        // a town takes no article, a country or region may ("the Gambia", "the Midlands")
        return !(gaz.placesByName.get(l) ?? []).some((e) => e.kind !== 'city' || e.capital);
      };
      // "the Bush administration": a lower-case noun after the name makes it a modifier, a name all the same
      const modifier = (end: number) => {
        const next = /^[ \t]+(\p{Ll}+)/u.exec(doc.text.slice(end, end + 30))?.[1];
        return !!next && !functionWords.has(next);
      };
      // the words the article brings in with "a" or "an"
      const introduced = new Set<string>();
      for (const m of eachMatch(/(?<![\p{L}])(?:a|an|A|An|AN)[ \t]+(\p{Lu}\p{L}+)/gu, doc.text))
        if (noun(m[1]!) && !modifier(m.index + m[0].length)) introduced.add(m[1]!.toLowerCase());
      if (!introduced.size) return;
      remove(cands, (c) => {
        if (c.source !== 'tagger' || c.sure || c.media || c.venue || c.gaz.some((e) => e.kind !== 'city')) return false;
        if (c.type !== 'person' && c.type !== 'place' && c.type !== 'organization') return false;
        const w = c.text.trim();
        if (!introduced.has(w.toLowerCase()) || !noun(w) || inCaps(doc, c.sentence) || modifier(c.end)) return false;
        return /(?:^|[^\p{L}])(?:a|an|the)[ \t]+$/iu.test(doc.text.slice(Math.max(0, c.start - 6), c.start));
      });
    },
  ),
  rule(
    'outlet-by-media-noun',
    'a body written right before a lower-case noun for an outlet ("Amaq news agency", "the Sentinel newspaper") or right after one and a comma ("its monthly magazine, Beacon") is a media organisation: the nouns are those both the organisation cues of kind media and the nouns for a body (mentions.bodyNouns) list, or a media cue of two words',
    (doc, cands, id) => {
      const nouns = doc.res.words.memo('entity-rules.mediaNouns', () => {
        const body = doc.res.words.list('mentions.bodyNouns');
        const media = [...doc.res.names.orgCues].flatMap(([w, k]) =>
          k === 'media' && (/\s/u.test(w) || body.includes(w)) ? [w] : [],
        );
        const alt = media.map((w) => escapeRegExp(w).replace(/\\? /g, '\\s+')).join('|');
        return {
          after: new RegExp(`^[ \\t]+(?:${alt})(?![\\p{L}-])`, 'u'),
          before: new RegExp(`(?<![\\p{L}-])(?:${alt}),?[ \\t]+$`, 'u'),
        };
      });
      for (const c of cands) {
        if (c.type !== 'organization' || c.media || c.gaz.some((e) => e.kind === 'org')) continue;
        const after = nouns.after.test(doc.text.slice(c.end, c.end + 24));
        const before = nouns.before.test(doc.text.slice(Math.max(0, c.start - 24), c.start));
        if (!after && !before) continue;
        c.media = true;
        mark(c, id);
      }
    },
  ),
];

export function applyEntityRules(doc: Doc, cands: Candidate[]): void {
  for (const r of ENTITY_RULES) if (isOn(doc.res.rules, r)) r.run(doc, cands);
  cands.sort((a, b) => a.start - b.start);
}
