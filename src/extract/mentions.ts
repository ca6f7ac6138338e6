// Candidate mentions: tagger spans reconciled with gazetteer matches and a few news-writing rules.
import { writtenWithoutCapitals, type Doc } from './document.js';
import { labelsFromMatches, type GazEntry, type GazMatch } from './gazetteer.js';
import { docCasing, isAllCapsSentence } from './tagger-features.js';
import { tagDocument } from './tagger.js';
import type { NameLexicons } from './lexicons.js';
import type { Resources } from './resources.js';
import { tokenize, type Token } from './tokens.js';
import { bylineRange, creditLineRanges, datelines, outletOccurrences } from '../news/conventions.js';
import { monthAbbreviation } from './dates.js';
import { applyEntityRules } from './entity-rules.js';
import { applyNameRepairRules } from './name-repair-rules.js';
import { applyBodyNameRules } from './body-name-rules.js';
import { applyCapsAcronymNameRules } from './caps-acronym-names.js';
import { applyTableRules } from './table-rules.js';
import { applyThingNameRules } from './thing-name-rules.js';
import {
  HAS_UPPER,
  SURNAME,
  lower,
  mentionWords,
  isVenueHead,
  opensUpper,
  titleAt,
  titleBefore,
  type MentionWords,
  type Span,
} from './mention-words.js';
import { applySpanRules } from './span-rules.js';
import { lowerCasePlaces, smallGivenNameWithoutPlace } from './lower-case-places.js';
import { ruleCandidate } from './rule-candidate.js';
import { escapeRegExp, eachMatch } from '../reg-exp.js';
import { inlineRule, isOn } from '../rules/index.js';

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
  /** the facility a name before a lower-case site noun belongs to, as written ("Charles de Gaulle airport") */
  facility?: string;
  /** a name the gazetteer knows as a town, written before a lower-case site noun ("the Mirage hotel"): the site, where
   *  no namesake town lies in the article's country (rule entities/town-name-before-site-noun-abroad) */
  siteNounAfter?: boolean;
  /** ids of the entity rules (entity-rules.ts) that changed this mention's span or type, for the evidence panel */
  rules?: string[];
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

/**
 * A weak body alias ("RAID", "WHO": also a common word) written in capitals in a sentence that is not: the common word
 * would be in lower case there, so it is the body's acronym even where the tagger saw nothing.
 */
function shoutedAlias(m: GazMatch, words: readonly string[], allCaps: boolean): boolean {
  return (
    !allCaps &&
    m.end - m.start === 1 &&
    /^\p{Lu}{2,}$/u.test(words[m.start] ?? '') &&
    m.entries.every((e) => e.kind === 'org')
  );
}

/** Tagger spans win, except where a strong gazetteer name covers them or the tagger saw nothing. */
function reconcile(tagged: Span[], matches: readonly GazMatch[], words: readonly string[], allCaps: boolean): Span[] {
  let spans = tagged.slice();
  for (const m of matches) {
    const type = gazType(m.entries);
    if (!type) continue;
    const over = spans.filter((t) => t.s < m.end && m.start < t.e);
    if (!over.length) {
      if (!m.weak || shoutedAlias(m, words, allCaps))
        spans.push({ type, s: m.start, e: m.end, gaz: m.entries, weak: false, source: 'gazetteer' });
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

/** "Muslims Planning Mass Casualty Attacks on West": most longer words capitalised, no full stop at the end. */
export function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3 && /^\p{L}/u.test(w));
  if (long.length < 4 || words[words.length - 1] === '.') return false;
  return long.filter((w) => opensUpper(w)).length >= 0.8 * long.length;
}

/**
 * A headline in Title Case capitalises the ordinary words of its sentence ("Police Arrest Two After Attack"); a line
 * made of names ("Andre Agassi (U.S.) beat Leander Paes (India)", "-- Jane Roe, Lisbon Newsroom +351 …": results
 * tables, sign-off lines) is capitalised because its words are names, and mixed case still tells where they are. So a
 * Title Case line reads as a headline only when two or more of its capitalised words are words English writes small
 * (english.commonWords).
 */
export function isTitleCaseHeadline(words: readonly string[], commonWords: ReadonlySet<string>): boolean {
  if (!isTitleCase(words)) return false;
  let common = 0;
  for (const w of words) if (w.length > 3 && opensUpper(w) && commonWords.has(w.toLowerCase())) common++;
  return common >= 2;
}
const HAS_LETTER = /\p{L}/u;

/** A word with its combining accents taken off ("Chérif" → "Cherif"); other letters as they are. */
function withoutAccents(w: string): string {
  return /[^\u0000-\u007f]/u.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : w;
}

export function findCandidates(doc: Doc): Candidate[] {
  const res = doc.res;
  const names = res.names;
  const W = mentionWords(res);
  const saints = res.words.set('entities.saintPrefixes');
  const gaz = res.gazetteer;
  // the capitals model only when a document in capitals asks for it (resources.ts reads it then)
  const models = {
    mixed: res.tagger,
    get caps() {
      return res.taggerCaps;
    },
  };
  const sents: { toks: Token[]; words: string[] }[] = doc.sentences.map((s) => {
    const toks = tokenize(doc.res.words, doc.text, s.start, s.end);
    return { toks, words: toks.map((t) => t.text) };
  });
  // the tagger reads words without accents ("Renée" as "Renee"): it learnt from English news, where a name's accents
  // are rare and its features (word, suffix, given names) are those of the plain spelling; one token per token, so
  // tags map back to the words as written. Not when the plain spelling is a word the article writes in lower case
  // ("Saïd" where the text has "said"): the accent is what tells the name from that word.
  const written = docCasing(sents.map((s) => s.words));
  const plainOf = (w: string) => {
    const p = withoutAccents(w);
    return p === w || written.get(p.toLowerCase())?.low ? w : p;
  };
  const plain = sents.map((s) => s.words.map(plainOf));
  // (counted again only when some word lost its accents: most articles have none to lose)
  const casing = plain.some((ws, i) => ws.some((w, j) => w !== sents[i]!.words[j])) ? docCasing(plain) : written;
  const views = sents.map(({ words }) => {
    // a Title Case headline carries no casing signal; the tagger reads it like an all-caps one
    const headline = !isAllCapsSentence(words) && isTitleCaseHeadline(words, names.commonWords);
    const view = headline ? words.map((w) => w.toUpperCase()) : words;
    const allCaps = headline || isAllCapsSentence(words);
    const matches = gaz.match(view, allCaps);
    return { view, allCaps, matches, gaz: labelsFromMatches(matches, view) };
  });
  // the whole article at once: the tagger's second pass reads how each word was tagged elsewhere in it
  const docTags = tagDocument(
    models,
    views.map((v) => ({ words: v.view.map(plainOf), gaz: v.gaz })),
    casing,
    names,
  );
  const out: Candidate[] = [];
  const noCapitals = writtenWithoutCapitals(doc.text);
  sents.forEach(({ toks, words }, si) => {
    if (!words.length) return;
    const { view, allCaps, matches } = views[si]!;
    const tagged = tagSpans(docTags[si]!);
    const spans = reconcile(allCaps ? splitAtGazetteerNames(tagged, matches) : tagged, matches, words, allCaps);
    // the sentence's gazetteer matches, when they are of its words as written (not of a headline read in capitals)
    applySpanRules({ res, words, spans, allCaps, W, names, gaz, matches: view === words ? matches : undefined });
    for (const sp of spans) {
      // "the Reagan administration" read as a descriptor: a lone name between "the" and a word for a leader's
      // government is the leader (unless it is a nationality or a known country or region: "the Iraqi government"; a
      // town that shares a leader's name does not govern: "the Obama administration", Obama in Japan). Without "the"
      // ("Bush administration officials said") the name opens the sentence or follows a lower-case word, so it is no
      // part of a longer name, and no lexicon knows it
      const before = words[sp.s - 1] ?? '';
      if (
        sp.type === 'misc' &&
        sp.e - sp.s === 1 &&
        W.leaderEraNounsRe.test(words[sp.e] ?? '') &&
        (/^the$/i.test(before) || (!sp.gaz.length && (sp.s === 0 || /^\p{Ll}/u.test(before)))) &&
        !gaz.demonyms.has(words[sp.s]!.toLowerCase()) &&
        !gaz.placesByName.get(words[sp.s]!.toLowerCase())?.some((e) => e.kind !== 'city')
      )
        sp.type = 'person';
      // "Indian Kashmir", "Turkish Cyprus": a nationality before a place the gazetteer knows says whose part of it is
      // meant; the place is named after it (the tagger read the pair as a descriptor)
      if (sp.type === 'misc' && sp.e - sp.s >= 2 && gaz.demonyms.has(words[sp.s]!.toLowerCase())) {
        const place = matches.find(
          (m) => !m.weak && m.start === sp.s + 1 && m.end === sp.e && gazType(m.entries) === 'place',
        );
        if (place) {
          sp.s++;
          sp.type = 'place';
          sp.gaz = place.entries;
        }
      }
      // "the Iraqi National Congress", "The Dow Chemical Co": a name the tagger read as a descriptor because it opens
      // with a nationality or reads like a product is a body when it ends in a word only bodies' names end in (after a
      // nationality: a body's head word or a legislature; any name: a company suffix)
      if (
        sp.type === 'misc' &&
        sp.e - sp.s >= 2 &&
        !allCaps &&
        opensUpper(words[sp.e - 1]!) &&
        ((gaz.demonyms.has(lower(words[sp.s]!)) && W.orgHeads.has(lower(words[sp.e - 1]!))) ||
          W.companySuffixes.has(lower(words[sp.e - 1]!).replace(/\.$/, '')) ||
          W.governmentTailsRe.test(words.slice(sp.s, sp.e).join(' ')))
      )
        sp.type = 'organization';
      if (sp.type === 'misc' || !sp.type) continue;
      // "the Rose Garden Monday": a trailing weekday is the date, not part of the name
      // "the Tora Kalay area", "China Daily quotes": a lower-case word the tagger ran on into is not part of the name
      // (a body's own head word is, right after a capitalised word: "Foreign ministry"; after a lower-case one it only
      // describes the body named before: "the COBRA emergency committee")
      // the two cuts take turns: "Ahmed bin Saleh on Monday" tagged whole loses the weekday, then the "on" before it
      for (let cut = true; cut;) {
        cut = false;
        while (
          sp.e - sp.s > 1 &&
          !sp.gaz.length &&
          /^\p{Ll}+$/u.test(words[sp.e - 1]!) &&
          !sp.rules?.includes('mentions/foreign-script-body-name') &&
          !(
            sp.type === 'organization' &&
            W.lowerCaseBodyHeads.has(words[sp.e - 1]!) &&
            opensUpper(words[sp.e - 2] ?? '')
          )
        ) {
          if (W.areaNounsRe.test(words[sp.e - 1]!) && sp.type !== 'organization') sp.type = 'place';
          sp.e--;
          // "a London park" tagged whole: cut back to a name the gazetteer knows, the span is that name
          const known = matches.find((m) => !m.weak && m.start === sp.s && m.end === sp.e && gazType(m.entries));
          if (known) sp.gaz = known.entries;
        }
        while (
          sp.e - sp.s > 1 &&
          (W.weekdaysRe.test(words[sp.e - 1]!) || W.holidays.has(words[sp.e - 1]!.toLowerCase()))
        ) {
          sp.e--;
          cut = true;
        }
      }
      // "Hizbollah (Party of God": a name never holds an opening bracket without its closing one, so it ends before it
      const bracket = words.indexOf('(', sp.s);
      if (bracket > sp.s && bracket < sp.e && !words.slice(bracket, sp.e).includes(')')) {
        sp.e = bracket;
        sp.gaz =
          matches.find((m) => !m.weak && m.start === sp.s && m.end === sp.e && gazType(m.entries))?.entries ?? [];
      }
      // "beating American Oliver McCall": a nationality word before a given name describes the person named after it
      if (
        sp.e - sp.s >= 2 &&
        !sp.gaz.length &&
        !allCaps &&
        gaz.demonyms.has(words[sp.s]!.toLowerCase()) &&
        /^\p{Lu}\p{Ll}/u.test(words[sp.s + 1]!) &&
        names.givenNamesWide.has(lower(words[sp.s + 1]!))
      ) {
        sp.s++;
        sp.type = 'person';
        while (
          sp.e < words.length &&
          sp.e - sp.s < 3 &&
          (SURNAME.test(words[sp.e]!) || /^Mc\p{Lu}\p{Ll}+$/u.test(words[sp.e]!)) &&
          !spans.some((o) => o !== sp && o.s <= sp.e && sp.e < o.e)
        )
          sp.e++;
      }
      // "Younis 9-0-54-1", "Schiavone 04-Jan": scores and spreadsheet-mangled dates after a name are not part of it
      while (sp.e - sp.s > 1 && scoreOrDate(res).test(words[sp.e - 1]!)) sp.e--;
      if (sp.e - sp.s === 1 && scoreOrDate(res).test(words[sp.s]!)) continue;
      // "HOBART — The CWSB said": a sentence-opening "The" the tagger ran into an acronym is the determiner of a body
      // ("the CWSB"), never a person's name; a name that holds "The" ("The Hague") has more than an acronym after it
      if (
        sp.e - sp.s === 2 &&
        words[sp.s] === 'The' &&
        /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(words[sp.s + 1]!) &&
        !sp.gaz.some((e) => e.kind !== 'org')
      ) {
        sp.s++;
        if (sp.type === 'person') sp.type = 'organization';
      }
      let s = sp.s;
      const roles: string[] = [];
      let sure = false;
      // "a Justice Ministry spokesman" tagged only "Ministry": a capitalised word right before a lone body head word
      // opens the body's name (a title word there is part of the name, not a person's title)
      // "the General Assembly", "a High Court judge" tagged only "Assembly", "Court", as a person after a title: a head
      // word of titled bodies after a capitalised word is the end of that body's name, not a person's surname
      const titledBody =
        sp.e - sp.s === 1 &&
        W.titledBodyHeads.has(lower(words[sp.s]!)) &&
        HAS_UPPER.test(words[sp.s]![0]!) &&
        names.titles.set.has(lower(words[sp.s - 1] ?? ''));
      if (
        (sp.type !== 'person' || titledBody) &&
        sp.e - sp.s === 1 &&
        (W.orgHeads.has(lower(words[sp.s]!)) || titledBody) &&
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
      // "the town of Jenin", "the province of Helmand": a settlement or area noun before "of" makes a place (in
      // all-caps copy the words are shouted: "THE TOWN OF ANDAHUA")
      const small = (w: string | undefined) => (allCaps ? lower(w ?? '') : (w ?? ''));
      const afterPlaceNoun = small(words[sp.s - 1]) === 'of' && W.placeNounsBeforeOfRe.test(small(words[sp.s - 2]));
      if (sp.type !== 'place' && !orgGaz && afterPlaceNoun) sp.type = 'place';
      // "the Bush administration": a leader's name (not a capital, which stands for its country's government: "the
      // Tehran government", "the Seoul government")
      if (
        sp.type !== 'person' &&
        !strongGaz &&
        sp.e - sp.s === 1 &&
        (W.leaderEraNounsRe.test(words[sp.e] ?? '') || W.governmentNouns.has(words[sp.e] ?? '')) &&
        /^the$/i.test(words[sp.s - 1] ?? '') &&
        !gaz.placesByName
          .get(words[sp.s]!.toLowerCase())
          ?.some((e) => e.kind === 'country' || (e.kind === 'city' && e.capital))
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
      // "Krystle Campbell": a given name followed by capitalised names, with no body or place head word; a name only
      // the wider list knows ("Philippe Sella") also needs no venue or site word and no saint's prefix after it
      // ("Zion Church", "Sesto San Giovanni")
      // (not after "the city of", which names a place: "the northern city of Tal Afar")
      const wideOnly = !names.givenNames.has(lower(words[s]!));
      if (
        sp.type !== 'person' &&
        !afterPlaceNoun &&
        !sp.gaz.length &&
        sp.e - s >= 2 &&
        sp.e - s <= 3 &&
        names.givenNamesWide.has(lower(words[s]!)) &&
        words
          .slice(s + 1, sp.e)
          .every(
            (w) =>
              /^\p{Lu}\p{Ll}/u.test(w) &&
              !W.orgHeads.has(lower(w)) &&
              !W.placeHeads.has(lower(w)) &&
              !W.partyWordsRe.test(w) &&
              !(wideOnly && (isVenueHead(W, w) || W.siteNounsRe.test(lower(w)) || saints.has(w))),
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
      // "in Judaidah", "near Dimona": a lone unknown word after a locative preposition is a place, not a person; so
      // are two unknown words that open on no given name ("a school in Kafr Nabl"): a person after "in" is named
      // with a given name first, or a title
      if (
        sp.type === 'person' &&
        !sure &&
        !sp.gaz.length &&
        (sp.e - s === 1 || (sp.e - s === 2 && !names.givenNamesWide.has(lower(words[s]!)))) &&
        W.unknownPlacePrepositions.has(words[s - 1] ?? '') &&
        !/^['’][sS]?$/u.test(words[sp.e] ?? '') &&
        !names.givenNames.has(lower(words[s]!))
      )
        sp.type = 'place';
      // "Кир Стармер", "Κυριάκος Μητσοτάκης": the tagger reads English only, so its type for a name in another script
      // is a guess; where such scripts write bodies and places they capitalise the first word alone ("Министерство
      // обороны"), so two or three words each capitalised are a person's given name and surname
      if (sp.type !== 'person' && !sure && !sp.gaz.length && foreignScriptFullName(words.slice(s, sp.e)))
        sp.type = 'person';
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
      // "the Kani Wam area", "Ninh Binh province": a name before a lower-case area noun is a place ("the Arequipa
      // department" only when the gazetteer knows the name as a place: "the Justice department" is a body)
      // (in all-caps copy the area noun is shouted, and may have been tagged into the name: "HUANUCO DEPARTMENT")
      // (rule mentions/shouted-area-noun) the same holds when the tagger already took the whole for a place ("RIONEGRO
      // MUNICIPALITY", "MORAZAN DEPARTMENTS" of "USULUTAN AND MORAZAN DEPARTMENTS"), and a shouted direction word
      // before the known name is cut off as well ("EASTERN ANTIOQUIA DEPARTMENT"): what is left is the gazetteer's
      // place, which a name with the noun in it never is
      // a noun in the singular or, after a list of names ("USULUTAN AND MORAZAN DEPARTMENTS"), the plural
      const inSet = (set: ReadonlySet<string>, w: string) => set.has(w) || (w.endsWith('s') && set.has(w.slice(0, -1)));
      const areaKind = (w: string) => inSet(W.adminAreaNouns, w) || inSet(W.adminAreaNounsOfKnownPlaces, w);
      const knownName = (from: number, to: number) =>
        gaz.placesByName.has(words.slice(from, to).join(' ').toLowerCase());
      if (
        allCaps &&
        !sure &&
        !orgGaz &&
        sp.e - s >= 2 &&
        areaKind(small(words[sp.e - 1])) &&
        small(words[sp.e]) !== 'of'
      ) {
        const known = knownName(s, sp.e - 1)
          ? s
          : sp.e - s >= 3 && W.directionalPrefixes.has(small(words[s])) && knownName(s + 1, sp.e - 1)
            ? s + 1
            : -1;
        if (known >= 0) {
          s = sp.s = known;
          sp.e--;
          sp.gaz = matches.find((m) => !m.weak && m.start === s && m.end === sp.e && gazType(m.entries))?.entries ?? [];
          sp.type = 'place';
        }
      }
      if (
        sp.type !== 'place' &&
        !sure &&
        !orgGaz &&
        ((/^the$/i.test(words[s - 1] ?? '') && W.areaNounsRe.test(words[sp.e] ?? '')) ||
          W.adminAreaNouns.has(small(words[sp.e])) ||
          (inSet(W.adminAreaNounsOfKnownPlaces, small(words[sp.e])) &&
            small(words[sp.e + 1]) !== 'of' &&
            gaz.placesByName.has(words.slice(s, sp.e).join(' ').toLowerCase())))
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
          // "northeast of Barcelona", "30 km south of Kirkuk": a compass point and "of" before a known place
          (lower(words[s - 1] ?? '') === 'of' && compassPoints(res).has(lower(words[s - 2] ?? ''))) ||
          isPlaceAfterComma(res, words, sp.e) ||
          (/^in$/.test(words[sp.e] ?? '') &&
            /^the$/.test(words[sp.e + 1] ?? '') &&
            W.directionalStateRe.test(words.slice(sp.e + 2, sp.e + 5).join(' '))))
      )
        sp.type = 'place';
      // "the bombing of Pan Am flight 103 over Lockerbie, Scotland": a lone word followed by a comma and a country or
      // region is a place, not a person or a body, when the gazetteer knows it as a place or the country ends the clause (no
      // title before it, not a given name, and the country no possessive: "Smith, England's captain")
      const afterCountry = placeAfterCommaEnd(res, words, sp.e);
      if (
        (sp.type === 'person' || sp.type === 'organization') &&
        !sure &&
        placeGaz &&
        sp.e - s === 1 &&
        afterCountry !== null &&
        !names.givenNamesWide.has(lower(words[s]!)) &&
        !/^['’][sS]?$/u.test(words[afterCountry] ?? '') &&
        (gaz.placesByName.has(words[s]!.toLowerCase()) || /^[.;:)]?$/u.test(words[afterCountry] ?? ''))
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
      // "Israeli-Palestinian talks", "the Muslim-majority south": one word of nationalities or group words joined by
      // hyphens (with at most a lower-case word) describes, it names nothing
      if (sp.e - s === 1 && !sp.gaz.length && /-/.test(text)) {
        const describes = (w: string) => gaz.demonyms.has(w.toLowerCase()) || names.groupWords.has(w.toLowerCase());
        const parts = text.split('-');
        if (parts.some(describes) && parts.every((p) => describes(p) || /^\p{Ll}+$/u.test(p))) continue;
      }
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
      // "Irish soccer manager", "the Texan": a nationality word alone is an adjective or a people, never a named place,
      // body or person (unless it is also a place's or a body's name)
      if (
        gaz.demonyms.has(text.toLowerCase()) &&
        !gaz.placesByName.has(text.toLowerCase()) &&
        !gaz.orgsByName.has(text.toLowerCase())
      )
        continue;
      // "Manchester Arena", "Al Noor Mosque", "Royal Artillery Barracks": a venue is a place whatever the tagger said
      // "Victoria station", "the Orsolina bar": a name right before a lower-case site noun is that site, not the region or town it is named after
      // "the Orsolina kosher supermarket", "the Bagram air base": one lower-case descriptor may stand between the name
      // and the site noun (not after a person's name: "the Clinton family home" is the family's)
      const siteNounAt = (k: number) => W.siteNounsRe.test(words[k] ?? '') && /^\p{Ll}/u.test(words[k] ?? '');
      const siteAt = facilityHeadAt(W, words, sp.e, sp.type === 'person', siteNounAt);
      // "on a Watertown street", "a Kabul road": a street noun of an address (entities.streetHeads, not a landmark's)
      // after "a" or after a known place's name says where the street is, not what it is called ("on Diponegoro street")
      const addressNoun =
        siteAt !== null &&
        doc.res.words.set('entities.streetHeads').has(lower(words[siteAt]!)) &&
        !doc.res.words.set('entities.landmarkStreetHeads').has(lower(words[siteAt]!));
      const streetOfPlace =
        addressNoun &&
        (/^an?$/iu.test(words[s - 1] ?? '') || gaz.placesByName.has(words.slice(s, sp.e).join(' ').toLowerCase()));
      const siteByNoun =
        !sure &&
        !streetOfPlace &&
        !sp.gaz.some((e) => e.kind === 'org' || e.kind === 'country' || e.kind === 'city') &&
        siteAt !== null;
      // "the Lenval children's hospital", "Charles de Gaulle airport": the node is the facility, named with its head
      // noun (the mention keeps the name alone, as news annotation does)
      // not where the name is a venue already ("Crocus City Hall concert venue") nor before a plural, which lists
      // several sites ("the Lotus Garden and Harbourview hotels")
      const facility =
        siteByNoun &&
        siteAt !== null &&
        !isVenueHead(W, words[sp.e - 1]) &&
        !doc.res.words.set('entities.pluralSiteNouns').has(lower(words[siteAt]!))
          ? doc.input.text.slice(start, toks[siteAt]!.end).replace(/\s+/gu, ' ')
          : undefined;
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
        ...(facility ? { facility } : {}),
        ...(!siteByNoun &&
        !sure &&
        !streetOfPlace &&
        siteAt !== null &&
        sp.gaz.length &&
        sp.gaz.every((e) => e.kind === 'city')
          ? { siteNounAfter: true }
          : {}),
        ...(sp.rules?.length ? { rules: [...sp.rules] } : {}),
      });
    }
    if (noCapitals) out.push(...lowerCasePlaces(doc, si, toks, spans));
  });
  // "jordan told reporters": a given name written small is a place only after a preposition of place
  return applyOutletsAndByline(
    doc,
    out.filter((c) => !smallGivenNameWithoutPlace(doc, c)),
  );
}

/**
 * A word for a storm as news writes it before the storm's name (mentions.stormWords, and the same words in lower case
 * or in capitals: "tropical storm Delta", "HURRICANE KATRINA"; plurals name several: "Hurricanes Ivan and Emily").
 */
const stormWordRe = (doc: Doc) =>
  doc.res.words.memo('mentions.stormWordRe', () => {
    const forms = doc.res.words
      .list('mentions.stormWords')
      .flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()])
      .flatMap((w) => [w, w + (/[A-Z]$/.test(w) ? 'S' : 's')]);
    return new RegExp(`^(?:${[...new Set(forms)].map(escapeRegExp).join('|')})$`, 'u');
  });

/**
 * Names of storms in the article: a capitalised word right after a storm word ("Hurricane Katrina", "tropical storm
 * Delta", "HURRICANE KATRINA"), and after a plural one each name of the list that follows ("Hurricanes Ivan (2004)
 * and Emily (2005)"); a weekday or month after the word is a date ("the storm Monday"), not its name.
 */
function stormNames(doc: Doc): Set<string> {
  const out = new Set<string>();
  const name = String.raw`(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})`;
  // (made once: the pattern depends on the word lists only)
  const re = doc.res.words.memo('mentions.stormNamesRe', () => {
    const forms = doc.res.words
      .list('mentions.stormWords')
      .flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()])
      .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
    const word = `(?:${[...new Set(forms)].join('|')})`;
    const year = String.raw`(?:\s*\(\d{4}\))?`;
    return new RegExp(
      String.raw`(?<![\p{L}])${word}(s|S)?\s+(${name}${year}(?:(?:\s*,\s*|\s+and\s+|\s+AND\s+)${name}${year})*)`,
      'gu',
    );
  });
  const dates = new Set(
    [...doc.res.words.list('mentions.weekdays'), ...doc.res.words.list('mentions.months')].map((d) => d.toLowerCase()),
  );
  for (const m of eachMatch(re, doc.text)) {
    const names = m[1]
      ? (m[2]!.match(new RegExp(name, 'gu')) ?? []).filter((n) => n !== 'AND')
      : [m[2]!.match(new RegExp(name, 'u'))![0]];
    for (const n of names) if (!dates.has(n.toLowerCase())) out.add(n);
  }
  return out;
}

/** mentions.compassPoints: "north", "south-west" … before "of" and a place ("northeast of Barcelona") */
const compassPoints = (res: Resources) => res.words.set('mentions.compassPoints');

/** "9-0-54-1", "04-Jan", "FY2015": a score or a spreadsheet-mangled date (months: news.datelineMonths, any case) */
const scoreOrDate = (res: Resources) =>
  res.words.memo(
    'mentions.scoreOrDate',
    () => new RegExp(String.raw`^(?:\d+(?:[-/]\d+)+|\d{1,2}-${monthAbbreviation(res.words)}|FY\d{2,4})$`, 'iu'),
  );

/** a whole word as surnamesAgain finds one: letters, digits and hyphens */
const WORD_RUN = /[\p{L}\p{N}-]+/gu;

/**
 * A surname of a person named in full earlier in the article ("Jean-Bertrand Aristide" ... "Aristide opponents")
 * that the tagger left untagged is that person again.
 */
function surnamesAgain(doc: Doc, cands: Candidate[]): void {
  const gaz = doc.res.gazetteer;
  const names = doc.res.names;
  const first = new Map<string, number>();
  const article = doc.res.words.memo(
    'mentions.arabicArticlePrefix',
    () => new RegExp(`^${doc.res.words.alt('entities.arabicArticles')}-(?=\\p{Lu})`, 'u'),
  );
  for (const c of cands) {
    if (c.type !== 'person') continue;
    const parts = c.text.replace(/['’]s$/u, '').split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    if (!/^(?:\p{Lu}\p{Ll}{2,}|(?:al|el)-\p{Lu}\p{Ll}+)$/u.test(last)) continue;
    // "Ayman al-Zawahiri" is "Zawahiri" on later mention: the surname without its article is that person too
    const bare = last.replace(article, '');
    for (const form of bare !== last && bare.length > 3 ? [last, bare] : [last]) {
      const l = form.toLowerCase();
      if (gaz.placesByName.has(l) || gaz.orgsByName.has(l) || names.givenNames.has(l) || names.titles.set.has(l))
        continue;
      if (!first.has(form) || first.get(form)! > c.end) first.set(form, c.end);
    }
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
  }
  if (!first.size) return;
  // every surname in one scan of the text: a surname is found as a whole word, a run of letters, digits and hyphens
  // with none of them on either side, so each such run is looked up (a pattern of the document's surnames cost a
  // compile per document)
  for (const m of eachMatch(WORD_RUN, doc.text)) {
    const from = first.get(m[0]);
    if (from === undefined) continue;
    const start = m.index,
      end = start + m[0].length;
    if (start < from || cands.some((c) => c.start < end && start < c.end)) continue;
    cands.push(ruleCandidate(doc, 'person', start, end));
  }
}

/** "Lockerbie, Scotland": the index of the word after a country or region right after a comma, or null */
function placeAfterCommaEnd(res: Resources, words: readonly string[], e: number): number | null {
  if (words[e] !== ',') return null;
  for (const n of [2, 1]) {
    const name = words
      .slice(e + 1, e + 1 + n)
      .join(' ')
      .toLowerCase();
    if (res.gazetteer.placesByName.get(name)?.some((p) => p.kind === 'country' || p.kind === 'region'))
      return e + 1 + n;
  }
  return null;
}

/** "Cleveland, Ohio": a country, region or state right after a comma */
function isPlaceAfterComma(res: Resources, words: readonly string[], e: number): boolean {
  return placeAfterCommaEnd(res, words, e) !== null;
}

/** The venue head ends a longer name; bare "City Hall" (also the council) is the building only after a locative preposition. */
/** two or three words, each a capital and then lower-case letters, all in a script other than Latin */
function foreignScriptFullName(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !/\p{Script=Latin}/u.test(w))
  );
}

/**
 * Index of the lower-case site noun that makes the name ending before `e` a facility, or null: right after the name
 * ("Charles de Gaulle airport"), after one lower-case descriptor ("the Orsolina kosher supermarket") or a possessive
 * one ("the Lenval children's hospital"); a two-word site noun ("railway station") or two site nouns ("metro station") end
 * on the second word. No plain
 * descriptor after a person's name ("the Clinton family home" is the family's; a possessive one is not the person's:
 * "the Evelina children's hospital") nor a body noun ("the Wagner group's hotel" is the group's).
 */
function facilityHeadAt(
  W: MentionWords,
  words: readonly string[],
  e: number,
  person: boolean,
  siteNounAt: (k: number) => boolean,
): number | null {
  let k: number | null = null;
  if (siteNounAt(e)) k = e;
  // a two-word site noun whose first word is no site noun alone ("the Bataclan concert hall")
  else if (/^\p{Ll}/u.test(words[e] ?? '') && W.siteNounsRe.test(`${words[e]} ${words[e + 1] ?? ''}`)) k = e + 1;
  else if (/^\p{Ll}+$/u.test(words[e] ?? '') && !W.orgHeads.has(words[e]!)) {
    if (!person && siteNounAt(e + 1)) k = e + 1;
    // a possessive descriptor says whom the site serves ("the Evelina children's hospital", "a women's shelter"), never
    // that the name owns it (that would be "Clinton's home"), so it follows a person's name as well
    else if (/^['’]s$/u.test(words[e + 1] ?? '') && siteNounAt(e + 2)) k = e + 2;
  }
  // "railway station", and one site noun qualifying the next ("the Maalbeek metro station")
  if (k !== null && (W.siteNounsRe.test(`${words[k]} ${words[k + 1] ?? ''}`) || siteNounAt(k + 1))) k++;
  return k;
}

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

export const FIGURE_OF_SCRIPTURE = inlineRule(
  'mentions/figure-of-scripture',
  'News names a figure of scripture with a title of reverence ("the birthday of the Prophet Mohammed", "they shouted that they had avenged the Prophet Muhammad") in quotes, slogans and the names of feasts, never as one who acts in the story: the name after such a title (mentions.scriptureTitles) is no entity of the graph, so no node of a person and no link to an incident',
);

/**
 * Outlet names (the article's source, and names in brackets after a dateline) are media organisations wherever
 * they appear; the byline's author is not an entity of the article.
 */
function applyOutletsAndByline(doc: Doc, cands: Candidate[]): Candidate[] {
  const outlets = outletOccurrences(doc.text, doc.input.source);
  const byline = bylineRange(doc.res.words, doc.text);
  const creditLines = creditLineRanges(doc.res.words, doc.text);
  // the outlet and the agencies it credits belong to the article (ExtractionResult.article), never to the entity graph;
  // nor do the names of a credit line ("Additional reporting by Agence France-Presse.")
  const out = cands.filter(
    (c) =>
      !outlets.some((o) => o.start < c.end && c.start < o.end) &&
      !(byline && byline.start <= c.start && c.end <= byline.end) &&
      !creditLines.some((l) => l.start <= c.start && c.end <= l.end),
  );
  applyEntityRules(doc, out);
  applyNameRepairRules(doc, out);
  applyBodyNameRules(doc, out);
  applyCapsAcronymNameRules(doc, out);
  applyTableRules(doc, out);
  applyThingNameRules(doc, out);
  // storms are named like people but are not entities: "Hurricane Katrina", and "Katrina" later in the article
  const storms = stormNames(doc);
  if (storms.size) {
    // the name alone, or after a storm word ("Tropical Storm Delta"); a name with more after it ("Emily Watson") stays
    const stormText = (t: string) => {
      const words = t.replace(/['’]s$/u, '').split(/\s+/);
      return [0, 1, 2].some(
        (k) =>
          k < words.length &&
          (k === 0 || stormWordRe(doc).test(words.slice(0, k).join(' '))) &&
          words.slice(k).every((w) => storms.has(w)),
      );
    };
    for (let i = out.length - 1; i >= 0; i--) if (stormText(out[i]!.text)) out.splice(i, 1);
  }
  // (rule mentions/figure-of-scripture) "the birthday of the Prophet Mohammed": a figure of scripture named with a title
  // of reverence (mentions.scriptureTitles) is no actor of the story, so no entity of the graph
  if (isOn(doc.res.rules, FIGURE_OF_SCRIPTURE)) {
    const scripture = doc.res.words.set('mentions.scriptureTitles');
    for (let i = out.length - 1; i >= 0; i--) {
      const c = out[i]!;
      if (c.type === 'person' && c.roles.some((r) => scripture.has(r.toLowerCase()))) out.splice(i, 1);
    }
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
