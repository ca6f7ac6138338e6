// Rules that read a body's name in text written in capitals (old wire copy, shouted headlines: issues 10 and 11) from
// the acronym written beside it. In capitals the tagger cannot see where a name of common words opens ("THE ARMED
// FORCES PRESS COMMITTEE"), yet wire copy gives a body's acronym in brackets right after its name, or its name in
// brackets right after the acronym, and those brackets mark the name's end and vouch that it is one. Rule
// caps-acronym-in-brackets (entity-rules.ts) reads names whose initials spell the acronym exactly; these rules read
// the rest: translated names with the acronym of the original language ("NATIONALIST REPUBLICAN ALLIANCE (ARENA)"),
// names with descriptors before them, and square brackets. Each is a named unit, switched off with KG_DISABLE_RULES.
import type { Doc } from './document.js';
import { sentenceAt } from './document.js';
import type { Candidate } from './mentions.js';
import { isOn } from '../rules/index.js';
import { eachMatch } from '../reg-exp.js';
import { ruleCandidate } from './rule-candidate.js';
import { acronymFit } from './acronym-initials.js';
import {
  type EntityRule,
  englishWordOf,
  inCaps,
  inflectedEnglish,
  mark,
  overlaps,
  retype,
  rule,
  takeSpan,
} from './entity-rules.js';

/** An acronym as wire copy writes one in brackets: capitals and digits, one hyphen at most ("UC-ELN", "M-19"). */
const ACRONYM = String.raw`\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)?`;
/** A word of a name in capitals: capitals, digits, an apostrophe or hyphens inside ("PEOPLE'S", "LIBERATION-CAMILIST"). */
const CAPS_WORD = /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’-]*$/u;
/** Initials with their points ("U.S."), which may open a name in capitals. */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** The most words a name read this way may hold. */
const MAX_NAME_WORDS = 9;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** What the rules need to know of one article's words, made once per call. */
interface Lexicon {
  heads: ReadonlySet<string>;
  groupHeads: ReadonlySet<string>;
  demonyms: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  connectors: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  standing: ReadonlySet<string>;
  months: ReadonlySet<string>;
  english: (w: string) => boolean;
}

function lexicon(doc: Doc): Lexicon {
  const w = doc.res.words;
  const english = englishWordOf(doc);
  return {
    heads: new Set([...w.set('mentions.orgHeads'), ...w.set('mentions.shoutedGroupHeads')]),
    groupHeads: w.set('mentions.shoutedGroupHeads'),
    demonyms: doc.res.gazetteer.demonyms,
    // the small words inside a name ("OF", "AND", "DE"); "THE" inside a name is too rare to tell from the article
    connectors: new Set([...w.set('entities.initialsSkip')].filter((x) => x !== 'the')),
    // verbs and function words, and the closed-class words that list lacks ("HIS WORLD BOXING COUNCIL")
    stops: w.memo(
      'caps-acronym-names.stops',
      () => new Set([...w.set('english.verbAndFunctionWords'), ...w.set('mentions.closedClass')]),
    ),
    standing: w.set('mentions.standingBeforeBodyName'),
    months: w.set('news.months'),
    english: (word) => english(word) || inflectedEnglish(doc, word),
  };
}

/** The letters and digits of an acronym, each once. */
const lettersOf = (acro: string) => new Set(acro.replace(/-/g, ''));

/** The word's first letter or digit. */
const initialOf = (w: string) => w.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0);

/**
 * The words of a name in capitals that ends at `end` (exclusive), read back from there: capitalised words and the
 * small words inside names, up to a function word, a verb, "the", punctuation or the end of a sentence; a day and a
 * month may open it ("19 APRIL MOVEMENT"). Leading small words and words of standing ("RULING", "LEFTIST") are left
 * out. Null when fewer than two words that are not small words are left.
 */
function nameBefore(doc: Doc, end: number, lex: Lexicon): Word[] | null {
  const off = Math.max(0, end - 160);
  const before = doc.text.slice(off, end);
  const words = [...eachMatch(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, before)].map((m) => ({
    text: m[0],
    start: off + m.index,
    end: off + m.index + m[0].length,
  }));
  const run: Word[] = [];
  for (let k = words.length - 1; k >= 0 && run.length < MAX_NAME_WORDS; k--) {
    const w = words[k]!;
    const next = run[0];
    if (!/^[ \t]*$/u.test(doc.text.slice(w.end, next ? next.start : end))) break;
    // a number is no word of a name ("4 1 10 0" in a table), but a day before its month may be (below)
    if (/^\p{N}+$/u.test(w.text)) break;
    if (!CAPS_WORD.test(w.text) && !INITIALS.test(w.text)) break;
    // "HUNGARY 'S GLOBAL …": the letter after an apostrophe opens no word
    if (/['’]$/u.test(doc.text.slice(w.start - 1, w.start))) break;
    const l = w.text.toLowerCase();
    if (lex.months.has(l)) {
      // "19 APRIL MOVEMENT": a month is in a name only after its day ("AUGUST NATIONAL ASSOCIATION …" is a date's)
      const day = words[k - 1];
      if (day && /^\p{N}{1,2}$/u.test(day.text) && /^[ \t]+$/u.test(doc.text.slice(day.end, w.start)))
        run.unshift(day, w);
      break;
    }
    if (!lex.connectors.has(l) && lex.stops.has(l)) break;
    run.unshift(w);
  }
  while (run.length && (lex.connectors.has(run[0]!.text.toLowerCase()) || lex.standing.has(run[0]!.text.toLowerCase())))
    run.shift();
  const content = run.filter((w) => !lex.connectors.has(w.text.toLowerCase()));
  return content.length >= 2 ? run : null;
}

/**
 * The name's words from the first one whose initial, like those of every word after it that is not a small word, is a
 * letter of the acronym ("SALVADORAN NATIONALIST REPUBLICAN ALLIANCE (ARENA)" from NATIONALIST on); a word joined to the
 * next by a small word stays ("ARMY OF NATIONAL LIBERATION"). Null when fewer than two words fit.
 */
function fittedToAcronym(run: readonly Word[], acro: string, lex: Lexicon): Word[] | null {
  const letters = lettersOf(acro);
  const small = (w: Word) => lex.connectors.has(w.text.toLowerCase());
  const own = (w: Word) => {
    const l = w.text.toLowerCase();
    return !small(w) && !lex.english(l) && !lex.demonyms.has(l) && !INITIALS.test(w.text) && !lex.standing.has(l);
  };
  let from = run.length;
  for (let k = run.length - 1; k >= 0; k--) {
    if (small(run[k]!) || letters.has(initialOf(run[k]!.text))) from = k;
    else break;
  }
  // a group's head word the fitting part opens on with "of" belongs to the name ("ARMY OF NATIONAL LIBERATION"),
  // not a word for a part or a number of it ("GROUP OF …", "MEMBERS OF …") nor one joined by "and"
  if (from > 0 && from < run.length && small(run[from]!) && lex.groupHeads.has(run[from - 1]!.text.toLowerCase()))
    from--;
  while (from < run.length && small(run[from]!)) from++;
  // words of the name's own language right before it open it ("ZARATE WILKA ARMED FORCES OF LIBERATION [FAL]"),
  // not a word of English or a people's name ("SALVADORAN")
  const fitting = run.slice(from).filter((w) => !small(w)).length;
  while (fitting >= 2 && from > 0 && own(run[from - 1]!)) from--;
  const fit = run.slice(from);
  return fit.filter((w) => !small(w)).length >= 2 ? fit : null;
}

/**
 * The name without a word of English and "of" before it that is no group's head ("GROUP OF NATIONAL LIBERATION ARMY":
 * a part of the body, not its name), as long as two words are left.
 */
function partOf(run: Word[], lex: Lexicon): Word[] {
  const first = run[0]!.text.toLowerCase();
  if (run.length > 3 && run[1]!.text.toLowerCase() === 'of' && !lex.groupHeads.has(first) && lex.english(first))
    return run.slice(2);
  return run;
}

/** The acronym's own candidate, or null; false when it is a person or a known place (a speaker's tag, a country). */
function acronymCandidate(doc: Doc, cands: readonly Candidate[], start: number, end: number): Candidate | null | false {
  const text = doc.text.slice(start, end).toLowerCase();
  if (doc.res.gazetteer.placesByName.has(text)) return false;
  const c = cands.find((o) => overlaps(o, { start, end })) ?? null;
  if (c && (c.start !== start || c.end !== end)) return false;
  if (c && (c.type === 'person' || (c.type === 'place' && c.gaz.length))) return false;
  return c;
}

/**
 * Puts one organisation over [start, end) in place of the candidates inside it (false, changing nothing, when one
 * reaches outside `[from, end)` or is a person a title vouches for, or the words are a known place), and makes the
 * acronym (`acro`: where it is written and its own candidate, if any) the same kind of body.
 */
function nameBody(
  doc: Doc,
  cands: Candidate[],
  name: { start: number; end: number; from: number },
  acro: { start: number; end: number; cand: Candidate | null },
  id: string,
): boolean {
  const { start, end, from } = name;
  if (doc.res.gazetteer.placesByName.has(doc.text.slice(start, end).toLowerCase())) return false;
  const over = cands.filter((c) => overlaps(c, { start, end }));
  if (over.some((c) => c.start < from || c.end > end || (c.type === 'person' && c.sure))) return false;
  if (over.some((c) => c.start === start && c.end === end && c.type === 'organization')) {
    // already read whole: only the acronym may need its type
  } else {
    const taken = takeSpan(doc, cands, over, { start, end }, 'organization', id);
    if (taken.kept) mark(taken.cand, id);
  }
  if (acro.cand) retype(acro.cand, 'organization', id);
  else cands.push(ruleCandidate(doc, 'organization', acro.start, acro.end, id));
  return true;
}

export const CAPS_ACRONYM_NAME_RULES: readonly EntityRule[] = [
  rule(
    'caps-body-name-before-acronym',
    '"THE ARMED FORCES PRESS COMMITTEE (COPREFA)", "THE RULING NATIONALIST REPUBLICAN ALLIANCE (ARENA)", "THE BASQUE FATHERLAND AND LIBERTY [ETA]": in a sentence in capitals the words right before an acronym in round or square brackets are the name the acronym stands for, read back to a function word, a verb, "the" or punctuation, without the words of standing before it (mentions.standingBeforeBodyName); where the acronym was made in another language its letters need not spell the name in order, so the name is taken from the first word whose initial, like every later one, is a letter of the acronym (with a group\'s head before "of": "ARMY OF NATIONAL LIBERATION", and, where two words or more fit, the words of the name\'s own language before them, no word of English or people\'s name: "ZARATE WILKA ARMED FORCES OF LIBERATION [FAL]"), where it ends in a body\'s head word (mentions.orgHeads), the tagger read its end as a body or it holds a word that is no word of English; when fewer than two words fit so, it is taken whole where the tagger read its end as a body, or where it ends in a head word and holds a word that is no word of English. Both are one organisation; not where the acronym is a small word, a person or a known place ("[GARCIA]" before a speaker\'s words, "(PANAMA)"), nor the plural letters of a thing ("GLOBAL DEPOSITARY RECEIPTS (GDRS)"), and a month opens no name but after its day ("19 APRIL MOVEMENT (M-19)")',
    (doc, cands, id) => {
      const lex = lexicon(doc);
      for (const m of eachMatch(new RegExp(String.raw`[(\[][ \t]*(${ACRONYM})[ \t]*[)\]]`, 'gu'), doc.text)) {
        const acroText = m[1]!;
        const len = acroText.replace(/-/g, '').length;
        if (len < 2 || len > 8 || !inCaps(doc, sentenceAt(doc.sentences, m.index))) continue;
        // "(IN)", "(OR)": a small word in brackets is no acronym
        if (lex.stops.has(acroText.toLowerCase()) || lex.connectors.has(acroText.toLowerCase())) continue;
        const aStart = m.index + m[0].indexOf(acroText);
        const acro = acronymCandidate(doc, cands, aStart, aStart + acroText.length);
        if (acro === false) continue;
        const run = nameBefore(doc, m.index, lex);
        if (!run) continue;
        const end = run[run.length - 1]!.end;
        // "… FRONT'S (FMLN)": a possessive before the brackets belongs to the sentence, not the name
        if (/['’]S$/u.test(run[run.length - 1]!.text)) continue;
        const headEnd = lex.heads.has(run[run.length - 1]!.text.toLowerCase());
        const readAsBody = cands.some((c) => c.type === 'organization' && c.end === end && c.start >= run[0]!.start);
        const ownWord = (ws: readonly Word[]) =>
          ws.some((w) => !lex.connectors.has(w.text.toLowerCase()) && !lex.english(w.text.toLowerCase()));
        // letters that fit tell where the name opens; a body's head word, the tagger or a word of the name's own
        // language still has to say that the words are a name ("PREVIOUS ACTUAL (PARENT)" in a table is none)
        const fit = fittedToAcronym(run, acroText, lex);
        // "GLOBAL DEPOSITARY RECEIPTS (GDRS)": the plural of a thing's letters, one for each word and an S
        const content = (fit ?? run).filter((w) => !lex.connectors.has(w.text.toLowerCase()));
        if (/S$/u.test(acroText) && /S$/u.test(content[content.length - 1]!.text) && content.length === len - 1)
          continue;
        let name: Word[] | null = null;
        if (fit && (headEnd || readAsBody || ownWord(fit))) name = fit;
        else if (!fit && (readAsBody || (headEnd && ownWord(run)))) name = partOf(run, lex);
        if (!name) continue;
        nameBody(
          doc,
          cands,
          { start: name[0]!.start, end, from: run[0]!.start },
          { start: aStart, end: aStart + acroText.length, cand: acro },
          id,
        );
      }
    },
  ),
  rule(
    'caps-body-name-after-acronym',
    '"WE BLAME ARENA [NATIONALIST REPUBLICAN ALLIANCE]": in a sentence in capitals a word followed by a bracket that holds only the words of a name (two or more, up to the closing bracket, no function word or verb but the small words inside names) spells out that word as an acronym where the name ends in a body\'s head word (mentions.orgHeads) and each of its words opens with a letter of the acronym: both are one organisation (not where the word is a person or a known place)',
    (doc, cands, id) => {
      const lex = lexicon(doc);
      const re = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${ACRONYM})[ \t]*[(\[]([^()\[\]\n]{3,90})[)\]]`, 'gu');
      for (const m of eachMatch(re, doc.text)) {
        const acroText = m[1]!;
        const len = acroText.replace(/-/g, '').length;
        if (len < 2 || len > 8 || !inCaps(doc, sentenceAt(doc.sentences, m.index))) continue;
        if (lex.stops.has(acroText.toLowerCase()) || lex.connectors.has(acroText.toLowerCase())) continue;
        const acro = acronymCandidate(doc, cands, m.index, m.index + acroText.length);
        if (acro === false) continue;
        const close = m.index + m[0].length - 1;
        const run = nameBefore(doc, close, lex);
        if (!run) continue;
        const open = m.index + m[0].indexOf(m[2]!, acroText.length);
        // the bracket must hold the name and nothing else
        if (run[0]!.start !== open + (m[2]!.length - m[2]!.trimStart().length)) continue;
        if (doc.text.slice(run[run.length - 1]!.end, close).trim()) continue;
        const fit = fittedToAcronym(run, acroText, lex);
        if (!fit || fit[0] !== run[0] || !lex.heads.has(run[run.length - 1]!.text.toLowerCase())) continue;
        const end = run[run.length - 1]!.end;
        nameBody(
          doc,
          cands,
          { start: run[0]!.start, end, from: run[0]!.start },
          { start: m.index, end: m.index + acroText.length, cand: acro },
          id,
        );
      }
    },
  ),
];

/** The one organisation name of the article whose initials fit the acronym best, or null (none, or two fit alike). */
function bodySpelling(acronym: string, bodies: readonly Candidate[], skip: ReadonlySet<string>): string | null {
  const rank = { 'in-order': 0, reordered: 1, 'one-word-more': 2 } as const;
  let best: string[] = [];
  let bestRank = Infinity;
  for (const b of bodies) {
    const fit = acronymFit(acronym, b.text, skip);
    if (!fit) continue;
    const key = b.text.toLowerCase();
    if (rank[fit] < bestRank) [best, bestRank] = [[key], rank[fit]];
    else if (rank[fit] === bestRank && !best.includes(key)) best.push(key);
  }
  return best.length === 1 ? best[0]! : null;
}

export const ACRONYM_OF_BODY_IN_ARTICLE: EntityRule = rule(
  'acronym-of-body-in-article',
  '"THE CHRISTIAN DEMOCRATIC PARTY … A PDC LEADER SAID", "the Administrative Department of Security … a DAS spokesman": a word in capitals of three to eight letters, no word of English, small word, month\'s short name ("MAR") or known place, whose letters are the initials of exactly one body the article names with two words or more that the gazetteer does not know (a known body\'s acronym is among its names) (in order, in another order as a name translated from the acronym\'s language, or with one initial more: "FMLN" beside "Farabundo Marti National Liberation Front") is that body\'s acronym, so it is an organisation where the tagger read it as a person or place not vouched for by a title, or read nothing (in capitals it cannot tell an acronym from a word)',
  (doc, cands, id) => {
    const lex = lexicon(doc);
    const skip = doc.res.words.set('entities.initialsSkip');
    const monthAbbreviations = doc.res.words.memo(
      'caps-acronym-names.monthAbbreviations',
      () => new Set([...doc.res.words.set('entities.monthAbbreviations')].map((w) => w.toLowerCase())),
    );
    // a known body's acronym is among its gazetteer names: another word is no acronym of it ("MAR" beside "MRTA")
    const bodies = cands.filter(
      (c) => c.type === 'organization' && /\s/u.test(c.text.trim()) && !c.gaz.some((e) => e.kind === 'org'),
    );
    if (!bodies.length) return;
    const spelledBy = new Map<string, string | null>();
    for (const m of eachMatch(/(?<![\p{L}\p{N}'’.-])\p{Lu}{3,8}(?![\p{L}\p{N}'’-]|\.\p{L})/gu, doc.text)) {
      const word = m[0];
      const lower = word.toLowerCase();
      if (lex.english(lower) || lex.stops.has(lower) || lex.connectors.has(lower) || lex.months.has(lower)) continue;
      // "12 MAR 90": a month's short name in a date
      if (monthAbbreviations.has(lower)) continue;
      // "SET", "VAN": a word of English that is also a name
      if (doc.res.words.set('english.wordsAlsoNames').has(lower)) continue;
      if (doc.res.gazetteer.placesByName.has(lower)) continue;
      if (!spelledBy.has(word)) spelledBy.set(word, bodySpelling(word, bodies, skip));
      if (!spelledBy.get(word)) continue;
      const span = { start: m.index, end: m.index + word.length };
      const over = cands.filter((c) => overlaps(c, span));
      if (over.length === 0) cands.push(ruleCandidate(doc, 'organization', span.start, span.end, id));
      else if (over.length === 1 && over[0]!.start === span.start && over[0]!.end === span.end) {
        const c = over[0]!;
        if (c.type === 'organization' || (c.type === 'person' && c.sure) || (c.type === 'place' && c.gaz.length))
          continue;
        retype(c, 'organization', id);
      }
    }
  },
);

/** Runs the rules of this file that are on over an article's candidates, after the body-name rules. */
export function applyCapsAcronymNameRules(doc: Doc, cands: Candidate[]): void {
  for (const r of CAPS_ACRONYM_NAME_RULES) if (isOn(doc.res.rules, r)) r.run(doc, cands);
  cands.sort((a, b) => a.start - b.start);
  // after the names above are read whole, so that an acronym meets its body's full name
  if (isOn(doc.res.rules, ACRONYM_OF_BODY_IN_ARTICLE)) ACRONYM_OF_BODY_IN_ARTICLE.run(doc, cands);
  cands.sort((a, b) => a.start - b.start);
}
