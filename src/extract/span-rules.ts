// Sentence-level span rules of the mention stage (mentions.ts): after tagging and gazetteer matching, each rule reads
// one sentence's tokens and tagged spans and adds, joins, splits or retypes spans where a convention of news writing
// says the tagger missed a name. Each is a named unit (id, reason, the function), run in the order listed; any can be
// switched off by id (KG_DISABLE_RULES) to measure what it is worth. Their word lists are in data/lexicons/mentions.json.
import type { Gazetteer, GazEntry, GazMatch, OrgEntry } from './gazetteer.js';
import type { NameLexicons } from './lexicons.js';
import {
  ARABIC_SURNAME,
  HAS_UPPER,
  SURNAME,
  isVenueHead,
  lower,
  opensUpper,
  titleAt,
  titleBefore,
  type MentionWords,
  type Span,
} from './mention-words.js';
import type { Resources } from './resources.js';
import type { WordListName } from './word-lists.js';
import { isOn, type Rule } from '../rules/index.js';
import { weaponNounAfter } from './incident-roles.js';
import { inflectedEnglish } from './entity-rules.js';

/** One sentence as the span rules see it. `spans` is changed in place. */
export interface SentenceSpans {
  res: Resources;
  words: readonly string[];
  spans: Span[];
  /** the sentence is in capitals (or a Title Case headline): case tells nothing about where names end */
  allCaps: boolean;
  W: MentionWords;
  names: NameLexicons;
  gaz: Gazetteer;
  /**
   * `gaz.match(words, allCaps)`, when the caller has it already (mentions.ts matched the sentence before tagging):
   * the rules read it rather than matching the sentence again (see sentenceMatches)
   */
  matches?: readonly GazMatch[];
}

/** The gazetteer's matches of the whole sentence (gaz.match(words, allCaps)): the caller's, else made here. */
export function sentenceMatches(ctx: SentenceSpans): readonly GazMatch[] {
  return ctx.matches ?? ctx.gaz.match(ctx.words, ctx.allCaps);
}

export interface SpanRule extends Rule<SentenceSpans, never> {
  run(ctx: SentenceSpans): void;
}

function spanRule(name: string, reason: string, run: (ctx: SentenceSpans, id: string) => void): SpanRule {
  const id = `mentions/${name}`;
  return {
    id,
    family: 'mentions',
    reason,
    run: (ctx) => run(ctx, id),
    apply: (ctx) => {
      run(ctx, id);
      return null;
    },
  };
}

/** The word holds a character beyond ASCII. */
function beyondAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Records that rule `id` made or changed span `sp`. */
export function markSpan(sp: Span, id: string): void {
  const r = (sp.rules ??= []);
  if (!r.includes(id)) r.push(id);
}

/** A span rule `id` makes: TYPE over words s..e, with the gazetteer's entries GAZ for it. */
function ruleSpan(type: string, s: number, e: number, id: string, gaz: GazEntry[] = []): Span {
  return { type, s, e, gaz, weak: false, source: 'rule', rules: [id] };
}

/** Takes the spans OLD out of SPANS and puts SPAN in. */
function replaceSpans(spans: Span[], old: readonly Span[], span: Span): void {
  for (const t of old) spans.splice(spans.indexOf(t), 1);
  spans.push(span);
}

/**
 * Puts SPAN in place of the spans inside its words and the spans in order again; false, changing nothing, when a span
 * reaches across its edge.
 */
function replaceInside(spans: Span[], span: Span): boolean {
  const inside = spans.filter((t) => t.s < span.e && span.s < t.e);
  if (inside.some((t) => t.s < span.s || t.e > span.e)) return false;
  replaceSpans(spans, inside, span);
  spans.sort((a, b) => a.s - b.s);
  return true;
}

const nameOpeners = new WeakMap<Gazetteer, ReadonlySet<string>>();
/**
 * The first words (lower case) of the names the gazetteer lists only for names the tagger finds (its contextual
 * places), made once: a word that opens none of them opens no such name, however many words follow it.
 */
function contextualNameOpeners(gaz: Gazetteer): ReadonlySet<string> {
  let openers = nameOpeners.get(gaz);
  if (!openers) {
    const out = new Set<string>();
    for (const [name, entries] of gaz.placesByName)
      if (entries.some((e) => 'contextual' in e && e.contextual)) out.add(name.split(' ')[0]!);
    nameOpeners.set(gaz, (openers = out));
  }
  return openers;
}

/** A span cut to fewer words takes the type the gazetteer gives the words left, when it knows them whole. */
function typeByGazetteer(ctx: SentenceSpans, sp: Span): void {
  const rest = ctx.gaz
    .match(ctx.words.slice(sp.s, sp.e), ctx.allCaps)
    .find((m) => !m.weak && m.start === 0 && m.end === sp.e - sp.s);
  if (!rest) return;
  sp.gaz = rest.entries;
  const kinds = new Set(rest.entries.map((e) => e.kind));
  if (kinds.has('org')) sp.type = 'organization';
  else if (kinds.has('country') || kinds.has('city') || kinds.has('region')) sp.type = 'place';
}

/**
 * Whether a lower-case word is listed as a word of English: english.commonWords, english.verbAndFunctionWords,
 * mentions.smallWordsAfterNames.
 */
function listedEnglish(ctx: SentenceSpans): (l: string) => boolean {
  const { res, names } = ctx;
  const verbs = res.words.set('english.verbAndFunctionWords');
  const after = res.words.set('mentions.smallWordsAfterNames');
  return (l) => names.commonWords.has(l) || verbs.has(l) || after.has(l);
}

/**
 * Whether a lower-case word is a given name a lexicon knows (names.givenNamesWide) and no word of English
 * (english.commonWords, english.verbAndFunctionWords), no closed-class word, no title, no nationality and no body the
 * gazetteer knows.
 */
function knownGivenName(ctx: SentenceSpans): (l: string) => boolean {
  const { res, names, W, gaz } = ctx;
  const verbs = res.words.set('english.verbAndFunctionWords');
  return (l) =>
    names.givenNamesWide.has(l) &&
    !names.commonWords.has(l) &&
    !verbs.has(l) &&
    !W.closedClass.has(l) &&
    !names.titles.set.has(l) &&
    !gaz.demonyms.has(l) &&
    !gaz.orgsByName.has(l);
}

/** A word written in capitals (two letters or more, apostrophes and hyphens inside). */
const capsWord = (w: string | undefined) => w !== undefined && /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w);

/**
 * Word k of a sentence in capitals may be a surname no lexicon knows: a capitalised word that no span covers and that
 * is no word of English (listedEnglish) nor a verb form of one ("SUGGESTED", "WEARING"), no title, no nationality, no
 * body or place the gazetteer knows, and no company suffix. A span BESIDES may cover it.
 */
function capsSurnameWord(ctx: SentenceSpans, k: number, besides?: Span): boolean {
  const { words, spans, W, names, gaz } = ctx;
  const english = listedEnglish(ctx);
  // "SUGGESTED", "WEARING": a verb form whose stem is a word of English ("suggests", "wear")
  const inflected = (l: string) =>
    ['ing', 'ed', 'es', 's'].some((suf) => {
      if (!l.endsWith(suf) || l.length - suf.length < 3) return false;
      const stem = l.slice(0, -suf.length);
      return [stem, `${stem}e`, `${stem}s`, `${stem}es`, `${stem}ed`].some(english);
    });
  const w = words[k];
  if (!capsWord(w)) return false;
  const l = lower(w!);
  return (
    !inflected(l) &&
    !english(l) &&
    !W.closedClass.has(l) &&
    !W.honorifics.has(l) &&
    !W.companySuffixes.has(l.replace(/\.$/, '')) &&
    !names.titles.set.has(l) &&
    !gaz.demonyms.has(l) &&
    !gaz.orgsByName.has(l) &&
    !gaz.placesByName.has(l) &&
    !spans.some((t) => t !== besides && t.s <= k && k < t.e)
  );
}

/** Whether a lower-case word is a word of English (listedEnglish) or a regular verb form or plural of one ("VISITS"). */
function englishWord(ctx: SentenceSpans): (l: string) => boolean {
  const listed = listedEnglish(ctx);
  return (l) => listed(l) || inflectedEnglish(ctx, l);
}

/** The token after a person's title or honorific (names.personTitles, mentions.honorifics) opening at `i`, or null. */
function personTitleEnd(names: NameLexicons, W: MentionWords, words: readonly string[], i: number): number | null {
  if (W.honorifics.has(lower(words[i] ?? ''))) return i + 1;
  const t = titleAt(names, words, i);
  return t && names.personTitles.has(lower(t[1])) ? t[0] : null;
}

export const SPAN_RULES: readonly SpanRule[] = [
  spanRule(
    'lower-case-word-splits-name',
    'mixed-case news writes every word of a name capitalised except the small words that join its parts ("Bank of England", "Centre for a Free Press", "Aravinda de Silva", "Ahmed bin Saleh"), so a tagged span over a lower-case word of any other kind is two names and the word between them ("Durham beat Sussex", "Ajax sign Smith", sport copy where verbs stand between names): the span is cut at such a word, each side that holds a capitalised word is a name of its own (the type the gazetteer gives it whole, else the span\'s), a side that is only lower-case words is none. The joining words are entities.titleSmallWords, the name particles (entities.nameParticles, entities.surnameParticles, mentions.patronymicParticles) and a body\'s lower-case head word (mentions.lowerCaseBodyHeads, "Foreign ministry"); a name the gazetteer knows whole is left alone, and so is copy in capitals, where case tells nothing',
    (ctx, id) => {
      const { words, spans, res, allCaps } = ctx;
      if (allCaps) return;
      // made once per loaded resources, not per sentence
      const joining = res.words.memo('span-rules.joiningWords', () => {
        const lists: WordListName[] = [
          'entities.titleSmallWords',
          'entities.nameParticles',
          'entities.surnameParticles',
          'mentions.patronymicParticles',
          'mentions.lowerCaseBodyHeads',
        ];
        return new Set(lists.flatMap((list) => res.words.list(list).flatMap((w) => w.split(' '))));
      });
      const splitsAt = (w: string) => /^\p{Ll}+$/u.test(w) && !joining.has(w);
      for (const sp of spans.slice()) {
        if (sp.source !== 'tagger' || sp.gaz.length || sp.e - sp.s < 3) continue;
        const cuts: number[] = [];
        for (let k = sp.s + 1; k < sp.e - 1; k++) if (splitsAt(words[k]!)) cuts.push(k);
        if (!cuts.length) continue;
        spans.splice(spans.indexOf(sp), 1);
        let from = sp.s;
        for (const to of [...cuts, sp.e]) {
          // a side's own edges hold no small word ("beat the Sussex" leaves "Sussex")
          let [s, e] = [from, to];
          while (s < e && /^\p{Ll}/u.test(words[s]!)) s++;
          while (e > s && /^\p{Ll}/u.test(words[e - 1]!)) e--;
          if (e > s) {
            const part: Span = { ...sp, s, e, gaz: [], rules: [...(sp.rules ?? [])] };
            typeByGazetteer(ctx, part);
            markSpan(part, id);
            spans.push(part);
          }
          from = to + 1;
        }
        spans.sort((a, b) => a.s - b.s);
      }
    },
  ),
  spanRule(
    'the-west',
    'news writing names the Western countries "the West": the word after "the", not followed by a capitalised name ("the West Bank"), is that place',
    (ctx, id) => {
      const { words, spans, gaz } = ctx;
      const west = gaz.placesByName.get('the west') ?? [];
      for (let i = 1; i < words.length; i++) {
        if (words[i] !== 'West' || !/^the$/i.test(words[i - 1]!) || !west.length) continue;
        if (i + 1 < words.length && HAS_UPPER.test(words[i + 1]![0] ?? '')) continue;
        const over = spans.filter((t) => t.s <= i && i < t.e);
        if (over.some((t) => t.e - t.s > 1 || t.type === 'person' || t.type === 'organization')) continue;
        for (const o of over) spans.splice(spans.indexOf(o), 1);
        spans.push(ruleSpan('place', i, i + 1, id, west));
      }
    },
  ),
  spanRule(
    'caps-untagged-name-before-settlement-noun',
    'in all-caps copy the tagger often leaves a small place unnamed when a noun for a settlement or local division follows it ("IN THE TORNALES NEIGHBORHOOD", "SAN JACINTO CANTON, OMAS JURISDICTION"): one to three words no span covers, after "the", "in", "of", "at", "near" or a comma and right before such a noun (gazetteer.settlementNouns), that are no word of English (english.commonWords), are that place',
    (ctx, id) => {
      const { words, spans, names, allCaps, res } = ctx;
      if (!allCaps) return;
      const nouns = res.words.set('gazetteer.settlementNouns');
      const opener = /^(?:the|in|of|at|near|,)$/i;
      for (let k = 1; k < words.length; k++) {
        if (!nouns.has(lower(words[k]!)) || spans.some((t) => t.s <= k - 1 && k - 1 < t.e)) continue;
        let j = k;
        while (
          j > 0 &&
          k - j < 3 &&
          /^\p{Lu}[\p{Lu}'-]*$/u.test(words[j - 1]!) &&
          !names.commonWords.has(lower(words[j - 1]!)) &&
          !spans.some((t) => t.s <= j - 1 && j - 1 < t.e)
        )
          j--;
        if (j === k || j === 0 || !opener.test(words[j - 1]!)) continue;
        spans.push(ruleSpan('place', j, k, id));
      }
    },
  ),
  spanRule(
    'city-opens-event-name',
    'news names a notorious attack by the town it struck, the first word of a capitalised name before the attack noun ("the Lisbon Harbour bombing", "the 2019 Oslo Concert attack": entities.attackNounsAfterTarget); the tagger reads the whole name as one event or leaves it out, so the town is lost. After "the" (and a year), one or two words the gazetteer knows as a city, opening a name of at most three words right before such a noun, no person\'s name, are that city, a place',
    (ctx, id) => {
      const { words, spans, gaz, res } = ctx;
      if (ctx.allCaps) return;
      const nouns = res.words.set('entities.attackNounsAfterTarget');
      for (let k = 2; k < words.length; k++) {
        if (!nouns.has(words[k]!)) continue;
        let j = k;
        while (j > 0 && k - j < 3 && /^\p{Lu}\p{Ll}/u.test(words[j - 1]!)) j--;
        if (j === k || j === 0) continue;
        const opener = /^\d{4}$/.test(words[j - 1]!) && j > 1 ? j - 2 : j - 1;
        if (!/^the$/i.test(words[opener]!)) continue;
        for (const n of [2, 1]) {
          if (j + n > k) continue;
          const city = (
            gaz.placesByName.get(
              words
                .slice(j, j + n)
                .join(' ')
                .toLowerCase(),
            ) ?? []
          ).filter((e) => e.kind === 'city');
          if (!city.length) continue;
          const over = spans.filter((t) => t.s < k && j < t.e);
          if (over.some((t) => t.type === 'person' || t.s < j || t.e > k || (t.gaz.length && t.s === j))) break;
          replaceSpans(spans, over, ruleSpan('place', j, j + n, id, city));
          break;
        }
      }
      spans.sort((a, b) => a.s - b.s);
    },
  ),
  spanRule(
    'honorific-name',
    'an honorific ("Mr", "Mrs", "Dr") is written only before a person\'s name, so the capitalised words after it are a person the tagger missed',
    (ctx, id) => {
      const { words, spans, W } = ctx;
      for (let i = 0; i + 1 < words.length; i++) {
        if (!W.honorifics.has(lower(words[i]!)) || !opensUpper(words[i]!)) continue;
        let j = i + 1;
        while (j < words.length && j - i <= 3 && /^\p{Lu}\p{Ll}/u.test(words[j]!)) j++;
        if (j === i + 1 || spans.some((t) => t.s < j && i + 1 < t.e && t.type !== 'misc')) continue;
        replaceSpans(
          spans,
          spans.filter((t) => t.s < j && i + 1 < t.e),
          ruleSpan('person', i + 1, j, id),
        );
      }
    },
  ),
  spanRule(
    'given-name-surname',
    'news names a person in full at first mention: a known given name followed by one or two surname-shaped words, with no body, place or group word among them, is a person',
    (ctx, id) => {
      const { words, spans, W, names } = ctx;
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
        if (j < words.length && opensUpper(words[j]!)) continue; // a longer capitalised run is something else ("John Paul II Hospital")
        replaceSpans(
          spans,
          spans.filter((t) => t.s < j && i < t.e),
          ruleSpan('person', i, j, id),
        );
        i = j - 1;
      }
    },
  ),
  spanRule(
    'given-name-before-person',
    'news names a person in full ("Federal Prosecutor Peter Frank"): a capitalised known given name written right before a tagged person, and in no other name, is the start of that person\'s name',
    (ctx, id) => {
      const { words, spans, names } = ctx;
      if (ctx.allCaps) return;
      for (const sp of spans) {
        const k = sp.s - 1;
        if (sp.type !== 'person' || k < 0 || sp.gaz.length) continue;
        if (!/^\p{Lu}\p{Ll}+$/u.test(words[k]!) || !names.givenNames.has(lower(words[k]!))) continue;
        if (spans.some((o) => o !== sp && o.s <= k && k < o.e)) continue;
        sp.s = k;
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'listed-name-whole',
    'a place the gazetteer lists only for names the tagger finds ("Houses of Parliament", "Palace of Westminster": words too common to match in free text) is that place where the tagger marks part of it: the whole listed name, capitalised at both ends and reaching past no tagged name, is one place mention',
    (ctx, id) => {
      const { words, spans, gaz } = ctx;
      if (ctx.allCaps) return;
      const openers = contextualNameOpeners(gaz);
      for (let i = 0; i < words.length; i++) {
        if (!opensUpper(words[i]!)) continue;
        const first = words[i]!.toLowerCase();
        if (!openers.has(first.includes(' ') ? first.slice(0, first.indexOf(' ')) : first)) continue;
        for (let j = Math.min(words.length, i + 6); j >= i + 2; j--) {
          if (!opensUpper(words[j - 1]!)) continue;
          const name = words.slice(i, j).join(' ').toLowerCase();
          // the matcher finds every other listed name itself (mentions.ts, reconcile)
          if (!gaz.placesByName.get(name)?.some((e) => 'contextual' in e && e.contextual)) continue;
          const over = spans.filter((t) => t.s < j && i < t.e);
          if (!over.length || over.some((t) => t.s < i || t.e > j || (t.s === i && t.e === j))) break;
          replaceSpans(spans, over, ruleSpan('place', i, j, id));
          i = j - 1;
          break;
        }
      }
      spans.sort((a, b) => a.s - b.s);
    },
  ),
  spanRule(
    'known-place-over-cut-name',
    'a town of two or more words the gazetteer knows ("Sergiyev Posad", "Bou Haroun") is one name, and where the tagger reads its first word as a place and runs the rest into a name of its own with what follows ("Posad 70" read as a descriptor before "km"), the tagger cut the town: the whole known name is the place and the other name starts after it (not in capitals, where case cannot tell where a name ends; not where the words cut off are a name the gazetteer knows on their own)',
    (ctx, id) => {
      const { words, spans, gaz } = ctx;
      if (ctx.allCaps) return;
      for (const m of sentenceMatches(ctx)) {
        if (m.weak || m.end - m.start < 2 || !m.entries.some((e) => e.kind === 'city' || e.kind === 'region')) continue;
        if (m.entries.some((e) => e.kind === 'org')) continue;
        const head = spans.find((t) => t.s === m.start && t.e < m.end && t.type === 'place');
        const cut = spans.filter((t) => t !== head && t.s < m.end && m.start < t.e);
        if (!head || !cut.length || cut.some((t) => t.s <= head.e - 1 || t.e <= m.end)) continue;
        // the words the other name took from the town are no known name of their own
        const tail = words.slice(cut[0]!.s, m.end);
        if (gaz.match(tail, false).some((x) => !x.weak && x.start === 0 && x.end === tail.length)) continue;
        head.e = m.end;
        head.gaz = m.entries;
        markSpan(head, id);
        for (const t of cut) {
          t.s = m.end;
          markSpan(t, id);
        }
      }
    },
  ),
  spanRule(
    'body-connector-name',
    'bodies are often named head word, connector, purpose ("Center for a Free Cuba", "Committee to Protect Journalists"): the head, "for"/"on"/"to" and the capitalised words after it are one body. Names written in title case capitalise the connector too ("Movement Toward Socialism", "Council For Peace"), where the tagger tends to start a person at the connector. A nationality alone after the connector is no purpose ("run by the Agency on Ukrainian territory")',
    (ctx, id) => {
      const { words, spans, W, gaz } = ctx;
      // the connector small as usual, or capitalised inside a title-case name (not in capitals: "FRONT TO")
      const connector = (w: string) => /^\p{Lu}?\p{Ll}+$/u.test(w) && W.bodyConnectorsRe.test(w.toLowerCase());
      for (let i = 0; i + 2 < words.length; i++) {
        if (!W.connectedHeadsRe.test(words[i]!) || !connector(words[i + 1]!)) continue;
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
        if (words[i + 1]!.toLowerCase() === 'to' && (gaz.placesByName.has(tail) || gaz.orgsByName.has(tail))) continue; // "sent the Commission to Iraq"
        // "prisons run by the Agency on Ukrainian territory": a nationality alone is no purpose
        if (j - k === 1 && gaz.demonyms.has(tail)) continue;
        let s = i;
        while (
          s > 0 &&
          opensUpper(words[s - 1]!) &&
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
        spans.push(ruleSpan('organization', s, j, id));
        i = j - 1;
      }
    },
  ),
  spanRule(
    'body-members-in-country',
    'bodies that represent a people or a trade name themselves after its members and the country they serve ("Central Council of Jews in Germany", "Union of Students in Ireland"; mentions.bodyMembersBeforeCountry): a body\'s name that ends in "of" and such a plural, then "in" and a country the gazetteer knows, runs over the country (not in capitals, where case cannot tell the name from the sentence)',
    (ctx, id) => {
      const { words, spans, allCaps, W } = ctx;
      if (allCaps) return;
      for (const sp of spans) {
        if (sp.type !== 'organization' || sp.e - sp.s < 3 || words[sp.e - 2] !== 'of' || words[sp.e] !== 'in') continue;
        if (!W.bodyMembersBeforeCountry.has(lower(words[sp.e - 1]!))) continue;
        const country = spans.find(
          (t) => t.s === sp.e + 1 && t.type === 'place' && t.gaz.some((e) => e.kind === 'country'),
        );
        if (!country) continue;
        sp.e = country.e;
        spans.splice(spans.indexOf(country), 1);
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'body-role-person',
    'wire copy stacks body, title and name ("Federal Reserve Chairman Paul Volcker"): a title inside one tagged span splits it into the body before it and the person after it; not where what comes before is a person\'s given name ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"), where the title word is part of the name itself, where a title opening the span runs over it ("Police Constable Keith Palmer" is one rank), nor where the span ends in the head word of a body\'s name ("U.N. General Assembly", "the Army General Council"; mentions.orgHeads, mentions.titledBodyHeads): no person\'s name ends so',
    (ctx, id) => {
      const { words, spans, W, names } = ctx;
      for (const sp of spans.slice()) {
        if (sp.gaz.length || sp.type === 'misc' || sp.e - sp.s < 3) continue;
        const head = lower(words[sp.e - 1]!);
        if (W.orgHeads.has(head) || W.titledBodyHeads.has(head)) continue;
        for (let k = sp.s + 1; k < sp.e - 1; k++) {
          if (!HAS_UPPER.test(words[k]![0]!)) continue;
          const t = titleAt(names, words, k);
          if (!t || t[0] >= sp.e || !words.slice(t[0], sp.e).every((w) => HAS_UPPER.test(w[0]!))) continue;
          if (W.honorificOrRank.has(lower(words[k]!)) && k === sp.s) continue;
          // "Police Constable Keith Palmer": a title opening the span that covers the word is one rank, not a body and a title
          const lead = titleAt(names, words, sp.s);
          if (lead && lead[0] > k) {
            if (lead[0] < sp.e)
              spans.splice(spans.indexOf(sp), 1, {
                ...sp,
                type: 'person',
                s: lead[0],
                rules: [...(sp.rules ?? []), id],
              });
            break;
          }
          if (sp.type !== 'organization' && words.slice(sp.s, k).every((w) => names.givenNames.has(lower(w)))) continue;
          spans.splice(
            spans.indexOf(sp),
            1,
            { ...sp, type: sp.type === 'place' ? 'place' : 'organization', e: k, rules: [...(sp.rules ?? []), id] },
            { type: 'person', s: k, e: sp.e, gaz: [], weak: false, source: sp.source, rules: [id] },
          );
          break;
        }
      }
    },
  ),
  spanRule(
    'two-known-names',
    'two names the lexicons know, joined by "and" or a comma inside one tagged span ("Hamas and Hezbollah"), are two mentions',
    (ctx, id) => {
      const { words, spans, gaz } = ctx;
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
            { type: lt, s: sp.s, e: k, gaz: [], weak: false, source: sp.source, rules: [id] },
            { type: rt, s: k + 1, e: sp.e, gaz: [], weak: false, source: sp.source, rules: [id] },
          );
          break;
        }
      }
    },
  ),
  spanRule(
    'two-people-joined',
    'a person\'s name never holds a lower-case "and": where the tagger runs one person over two names joined by it ("Ahmed bin Saleh and Omar ibn Khattab", which the small particles inside the names invite), each side, opening and closing on a capitalised word, is a person of its own',
    (ctx, id) => {
      const { words, spans } = ctx;
      const cap = (k: number) => HAS_UPPER.test(words[k]?.[0] ?? '');
      for (const sp of spans.slice()) {
        if (sp.type !== 'person' || sp.e - sp.s < 3) continue;
        const k = words.indexOf('and', sp.s + 1);
        if (k < 0 || k >= sp.e - 1 || !cap(sp.s) || !cap(k - 1) || !cap(k + 1)) continue;
        spans.splice(
          spans.indexOf(sp),
          1,
          { type: 'person', s: sp.s, e: k, gaz: [], weak: false, source: sp.source, rules: [id] },
          { type: 'person', s: k + 1, e: sp.e, gaz: [], weak: false, source: sp.source, rules: [id] },
        );
      }
    },
  ),
  spanRule(
    'arabic-article-continues',
    'in transliterated Arabic names the lower-case article is part of the name ("Ayman al-Zawahiri"): an "al-"/"el-" word right after a person continues it',
    (ctx, id) => {
      const { words, spans } = ctx;
      for (const sp of spans) {
        if (sp.type !== 'person') continue;
        while (sp.e < words.length && ARABIC_SURNAME.test(words[sp.e]!)) {
          const next = spans.find((o) => o.s === sp.e);
          if (next && (next.gaz.some((e) => e.kind === 'org') || next.e - next.s > 1)) break;
          if (next) spans.splice(spans.indexOf(next), 1);
          sp.e++;
          markSpan(sp, id);
        }
      }
    },
  ),
  spanRule(
    'body-run',
    'a run of capitalised words ending in a head word only bodies have ("Australian Trade Commission") is one organisation, whatever pieces the tagger saw inside it (not in capitals, where every word is capitalised)',
    (ctx, id) => {
      if (!ctx.allCaps) bodyRuns(ctx.names, ctx.W, ctx.words, ctx.spans, id);
    },
  ),
  spanRule(
    'shouted-group-name',
    'in capitals, where case cannot tell where a name opens, wire copy names armed and political groups with words only such names hold ("… POPULAR LIBERATION MOVEMENT", "… REVOLUTIONARY ARMY"; mentions.groupNameWords, mentions.shoutedGroupHeads): a run that ends in such a head, holds at least two words before it and one of mentions.groupNameCores, is one organisation, reaching back over those name words, the names the tagger read and words that are no word of English (the group\'s own words: "CINCHONERO", "ZARATE WILLKA"); it stops at a function word, a verb or punctuation, and leaves a known body or place inside it alone (a place is kept for where it happened)',
    (ctx, id) => {
      const { words, spans, W, names, allCaps, res } = ctx;
      if (!allCaps) return;
      const heads = res.words.set('mentions.shoutedGroupHeads');
      const nameWords = res.words.set('mentions.groupNameWords');
      const cores = res.words.set('mentions.groupNameCores');
      const english = res.words.set('english.verbAndFunctionWords');
      const poss = (k: number) => /^['’][sS]$/u.test(words[k] ?? '');
      const inSpan = (k: number) => spans.some((t) => t.s <= k && k < t.e);
      // a word of the group's own name: a name word, a word of a name the tagger read, or a word that is no English
      const own = (k: number) => {
        const w = words[k] ?? '';
        const l = lower(w);
        if (!/^\p{Lu}[\p{Lu}'’-]*$/u.test(w) || W.closedClass.has(l) || W.monthsRe.test(w) || W.weekdaysRe.test(w))
          return false;
        return nameWords.has(l) || inSpan(k) || (l.length > 2 && !names.commonWords.has(l) && !english.has(l));
      };
      for (let h = 2; h < words.length; h++) {
        if (!heads.has(lower(words[h]!))) continue;
        let s = h;
        while (s > 0 && h - s < 6 && (own(s - 1) || (poss(s - 1) && s > 1 && own(s - 2)))) s -= poss(s - 1) ? 2 : 1;
        const e = h + 1;
        const before = words.slice(s, h).filter((_, i) => !poss(s + i));
        if (before.length < 2 || !before.some((w) => cores.has(lower(w)) || cores.has(`${lower(w)}'s`))) continue;
        const over = spans.filter((t) => t.s < e && s < t.e);
        // the tagger's reading stands where it already ends a body there, reaches outside the run or knows a body inside
        if (
          over.some(
            (t) =>
              (t.e === e && t.s <= s && t.type === 'organization') ||
              t.s < s ||
              t.e > e ||
              t.gaz.some((g) => g.kind === 'org') ||
              (t.type === 'place' && t.gaz.length > 0),
          )
        )
          continue;
        replaceSpans(spans, over, ruleSpan('organization', s, e, id));
        spans.sort((a, b) => a.s - b.s);
      }
    },
  ),
  spanRule(
    'shouted-group-of-name',
    'in capitals, a group\'s own name may put its head first and its name words after "of" ("ARMY OF NATIONAL LIBERATION", "FRONT OF POPULAR RESISTANCE"): a head of mentions.shoutedGroupHeads, "of", then only words of mentions.groupNameWords, one of them of mentions.groupNameCores, to the last of them, is one organisation, with the name words right before the head ("PEOPLE\'S ARMY OF …"); a common noun phrase ("FORCES OF THE LEFT", "ARMY OF NATIONAL UNITY") holds no core word and is left alone, as is a span the tagger or the gazetteer read as a body that reaches outside it',
    (ctx, id) => {
      const { words, spans, allCaps, res } = ctx;
      if (!allCaps) return;
      const heads = res.words.set('mentions.shoutedGroupHeads');
      const nameWords = res.words.set('mentions.groupNameWords');
      const cores = res.words.set('mentions.groupNameCores');
      const nameWord = (k: number) => /^\p{Lu}[\p{Lu}'’-]*$/u.test(words[k] ?? '') && nameWords.has(lower(words[k]!));
      for (let h = 0; h + 2 < words.length; h++) {
        if (!heads.has(lower(words[h]!)) || lower(words[h + 1]!) !== 'of') continue;
        // not "FRONT OF THE …": later stages end a name before its "the"
        let e = h + 2;
        const from = e;
        while (e < words.length && e - from < 4 && nameWord(e)) e++;
        // the run ends at its last core word or name word; a core must be among them
        if (e === from || !words.slice(from, e).some((w) => cores.has(lower(w)))) continue;
        // "LIBERATION-RED UNION": a name word joined on to more of the name is no end of it
        if (/^[\p{Lu}'’]+-\p{Lu}/u.test(words[e] ?? '')) continue;
        const poss = (k: number) => /^['’][sS]$/u.test(words[k] ?? '');
        let s = h;
        while (s > 0 && h - s < 4 && (nameWord(s - 1) || (poss(s - 1) && s > 1 && nameWord(s - 2))))
          s -= poss(s - 1) ? 2 : 1;
        const over = spans.filter((t) => t.s < e && s < t.e);
        if (over.some((t) => t.s < s || t.e > e || (t.type === 'organization' && t.gaz.some((g) => g.kind === 'org'))))
          continue;
        replaceSpans(spans, over, ruleSpan('organization', s, e, id));
        spans.sort((a, b) => a.s - b.s);
        h = e - 1;
      }
    },
  ),
  spanRule(
    'patronymic',
    'a patronymic particle between capitalised names ("Azahari bin Husin", "Abdullah ibn Saud") is inside one person\'s name (not in capitals, where case cannot tell the particle)',
    (ctx, id) => {
      if (!ctx.allCaps) joinPatronymics(ctx.names, ctx.W, ctx.words, ctx.spans, id);
    },
  ),
  spanRule(
    'venue-head-joins',
    'venues are named place then head ("Manchester Arena", "Victoria Station"): a capitalised venue head word right after a tagged name joins it; in capitals, where every word is capitalised, not a head that mixed-case news writes small after names (mentions.smallWordsAfterNames: "the Tarlton stadium", "the Old Quarter mosque") unless it also names a place with its name (mentions.placeHeads: "CAIRO AIRPORT"), as rule mentions/caps-place-before-venue-noun ends a known place before it',
    (ctx, id) => {
      const { words, spans, W, names, allCaps, res } = ctx;
      const small = res.words.set('mentions.smallWordsAfterNames');
      const smallAfterName = (w: string) => allCaps && small.has(lower(w)) && !W.placeHeads.has(lower(w));
      for (const sp of spans) {
        if (sp.type === 'misc' || !sp.type || spans.some((o) => o.s === sp.e)) continue;
        if (sp.type === 'person' && names.givenNames.has(lower(words[sp.s]!))) continue;
        if (isVenueHead(W, words[sp.e]) && opensUpper(words[sp.e]!) && !smallAfterName(words[sp.e]!)) {
          sp.e += 1;
          sp.gaz = [];
          markSpan(sp, id);
        }
      }
    },
  ),
  spanRule(
    'venue-run',
    'capitalised words ending in a venue head word ("Crocus City Hall") name a venue even where the tagger saw nothing (not in capitals, where every word is capitalised: "THE STOCK MARKET", "A NEARBY AIRPORT", "THE GERMAN EMBASSY" are common nouns)',
    (ctx, id) => {
      const { words, spans, W, allCaps } = ctx;
      if (allCaps) return;
      for (let i = 1; i < words.length; i++) {
        const named = (k: number) => spans.some((t) => t.s <= k && k < t.e && t.type !== 'misc');
        if (!isVenueHead(W, words[i]) || !opensUpper(words[i]!) || named(i)) continue;
        let j = i;
        while (j > 0 && opensUpper(words[j - 1]!) && !named(j - 1) && !W.closedClass.has(words[j - 1]!.toLowerCase()))
          j--;
        if (j === i) continue;
        replaceSpans(
          spans,
          spans.filter((t) => t.s < i + 1 && j < t.e),
          ruleSpan('place', j, i + 1, id),
        );
      }
    },
  ),
  spanRule(
    'ampersand-firm',
    'firms and partnerships are named by their partners joined with "&" ("Procter & Gamble", "Schroder Wertheim & Co", "A.G. Edwards & Sons"): the names on both sides of a lone "&" are one organisation, whatever pieces the tagger saw (not a pair of known places, "Bosnia & Herzegovina", nor in capitals, where case cannot tell where the name ends)',
    (ctx, id) => {
      const { words, spans, W, gaz, allCaps } = ctx;
      if (allCaps) return;
      const cap = (w: string | undefined) =>
        w !== undefined && opensUpper(w) && !W.closedClass.has(lower(w)) && !W.honorifics.has(lower(w));
      for (let i = 1; i + 1 < words.length; i++) {
        if (words[i] !== '&' || !cap(words[i - 1]) || !cap(words[i + 1])) continue;
        const over = (k: number) => spans.filter((t) => t.s <= k && k < t.e);
        const left = over(i - 1);
        let s = left.length ? Math.min(...left.map((t) => t.s)) : i - 1;
        // "A.G. Edwards & Sons": initials before the partner's name are part of it
        while (s > 0 && /^(?:\p{Lu}\.)+$/u.test(words[s - 1]!)) s--;
        const right = [...over(i), ...over(i + 1)];
        let e = Math.max(i + 2, ...right.map((t) => t.e));
        if (!over(i + 1).length) while (e < words.length && e - i <= 3 && cap(words[e])) e++;
        // the tagger saw a name on one side, or a company suffix closes it; a title ("Secrets & Lies") is neither
        const named = [...left, ...right].some((t) => t.type !== 'misc' && t.type !== '');
        if (e < words.length && cap(words[e]) && W.companySuffixes.has(lower(words[e]!).replace(/\.$/, ''))) e++;
        if (!named && !W.companySuffixes.has(lower(words[e - 1]!).replace(/\.$/, ''))) continue;
        const part = (a: number, b: number) => words.slice(a, b).join(' ').toLowerCase();
        if (gaz.placesByName.has(part(s, i)) && gaz.placesByName.has(part(i + 1, e))) continue;
        if (!replaceInside(spans, ruleSpan('organization', s, e, id))) continue;
        i = e - 1;
      }
    },
  ),
  spanRule(
    'possessive-inside-body-name',
    'bodies name themselves after a people or a class in the possessive ("New People\'s Army", "the Poor People\'s Guerrilla Army", "SOCIAL CHRISTIAN PEOPLE\'S MOVEMENT"; mentions.bodyPossessorWords): such a noun, its possessive ending and the capitalised words after it up to an organisation head (mentions.orgHeads, four words at most; with a capitalised branch the head carries after a hyphen, "Liberation Movement-North") are one body\'s name with the capitalised words the name opens with, not a person "Poor People" and a body "Guerrilla Army". One word besides the noun and the head at least ("the people\'s movement" is a common noun); in capitals, where case cannot tell where the name opens, the words before the noun only as far as the tagger read a name',
    (ctx, id) => {
      const { words, spans, W, allCaps } = ctx;
      const poss = (k: number) => /^['’][sS]$/u.test(words[k] ?? '');
      const cap = (k: number) =>
        k >= 0 && k < words.length && opensUpper(words[k]!) && !W.closedClass.has(lower(words[k]!));
      // a head may carry a capitalised branch after a hyphen ("Liberation Movement-North", "Army-Sinai")
      const head = (k: number) => {
        const w = lower(words[k]!.replace(/^(\p{Lu}\p{L}*)-\p{Lu}[\p{L}-]*$/u, '$1'));
        return W.orgHeads.has(w) || (w.endsWith('s') && W.orgHeads.has(w.slice(0, -1)));
      };
      for (let k = 1; k + 1 < words.length; k++) {
        if (!poss(k) || !cap(k - 1) || !W.bodyPossessorWords.has(lower(words[k - 1]!))) continue;
        let e = k + 1;
        while (e < words.length && e - k <= 4 && cap(e) && !head(e)) e++;
        if (e >= words.length || e - k > 4 || !cap(e) || !head(e)) continue;
        e++;
        let s = k - 1;
        const read = spans.filter((t) => t.s < k - 1 && k - 1 < t.e + 1 && t.e <= k);
        if (read.length) s = Math.min(...read.map((t) => t.s));
        else if (!allCaps) while (s > 0 && k - 1 - s < 3 && cap(s - 1)) s--;
        // a name of its own besides the noun and the head: words before the noun, or between the ending and the head
        if (s === k - 1 && e - 1 === k + 1) continue;
        if (!replaceInside(spans, ruleSpan('organization', s, e, id))) continue;
        k = e - 1;
      }
    },
  ),
  spanRule(
    'possessive-opens-no-name',
    'a possessive ending ("\'s", in capitals "\'S") closes the name before it ("PAKISTAN\'S PRESIDENT"): a span the tagger opened on it starts after it, and one that is only the ending is no name (in all-caps copy the tagger reads the ending as a capitalised word of its own)',
    (ctx, id) => {
      const { words, spans } = ctx;
      const poss = (k: number) => /^['’][sS]$/u.test(words[k] ?? '');
      for (const sp of spans.slice()) {
        if (!poss(sp.s)) continue;
        while (sp.s < sp.e && poss(sp.s)) sp.s++;
        if (sp.s >= sp.e) spans.splice(spans.indexOf(sp), 1);
        else markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'determiner-opens-no-name',
    'an article or determiner opens the noun phrase a name modifies ("A Paris court", "an Istanbul daily", "every Madrid paper"; mentions.determinersOpeningNoName) and is never the first word of the name: a span the tagger opened on one starts after it, and takes the type the gazetteer gives the rest; a name the gazetteer lists with it ("A Coruña") and a person named "An" (a Korean surname) keep it',
    (ctx, id) => {
      const { words, spans, res } = ctx;
      const dets = res.words.set('mentions.determinersOpeningNoName');
      for (const sp of spans.slice()) {
        // as written: "A." is an initial, not the article
        const first = words[sp.s]!.toLowerCase();
        if (sp.e - sp.s < 2 || sp.gaz.length || !dets.has(first)) continue;
        if (sp.type === 'person' && first === 'an') continue;
        // the rest must read as a name: a capitalised word right after the determiner
        if (!opensUpper(words[sp.s + 1]!)) continue;
        sp.s++;
        markSpan(sp, id);
        typeByGazetteer(ctx, sp);
      }
    },
  ),
  spanRule(
    'article-opens-no-known-place',
    'news writes a leading "the" before some places ("the Netherlands", "the Gulf", "the Middle East", in capitals "THE BALKANS"), and the gazetteer lists some of them with it, but the article is the sentence\'s, not the name\'s ("Dutch" is of the Netherlands; "a Gulf state"): a span that opens on "the" and whose rest is a country, region or city the gazetteer knows whole starts after it; a name the gazetteer knows only with its article ("The Hague") keeps it',
    (ctx, id) => {
      const { words, spans, gaz, allCaps } = ctx;
      for (const sp of spans) {
        if (sp.e - sp.s < 2 || words[sp.s]!.toLowerCase() !== 'the') continue;
        if (sp.type !== 'place' && !sp.gaz.some((e) => e.kind !== 'org')) continue;
        const rest = gaz
          .match(words.slice(sp.s + 1, sp.e), allCaps)
          .find((m) => !m.weak && m.start === 0 && m.end === sp.e - sp.s - 1);
        if (!rest?.entries.some((e) => e.kind === 'country' || e.kind === 'region' || e.kind === 'city')) continue;
        sp.s += 1;
        sp.gaz = rest.entries;
        sp.type = 'place';
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-small-word-at-name-edge',
    'in all-caps copy the tagger may open or close a name on the small word that joins it to the next ("ESSEX V KENT" read as "V KENT", "FIRTH AND DEVON WHITE", "SMITH &"), which mixed case writes small and outside the name: a conjunction, a preposition or the "v" of a fixture (mentions.wordsNeverAtNameEdge) is never the first or last word of a name, so the span starts after it or ends before it and takes the type the gazetteer gives the rest; a span that is only such a word is none; a name the gazetteer knows whole is left alone',
    (ctx, id) => {
      const { words, spans, allCaps } = ctx;
      if (!allCaps) return;
      const edge = ctx.res.words.set('mentions.wordsNeverAtNameEdge');
      const small = (k: number) => /^(?:\p{Lu}+|&)$/u.test(words[k]!) && edge.has(lower(words[k]!));
      for (const sp of spans.slice()) {
        if (sp.gaz.length) continue;
        if (sp.e - sp.s === 1) {
          if (small(sp.s)) spans.splice(spans.indexOf(sp), 1);
          continue;
        }
        const s0 = sp.s,
          e0 = sp.e;
        while (sp.e - sp.s > 1 && small(sp.s)) sp.s++;
        while (sp.e - sp.s > 1 && small(sp.e - 1)) sp.e--;
        if (sp.s === s0 && sp.e === e0) continue;
        markSpan(sp, id);
        typeByGazetteer(ctx, sp);
      }
    },
  ),
  spanRule(
    'caps-place-particle-place',
    'Spanish, Portuguese and French places are named with a particle inside ("SANTA ROSA DE LIMA", "SAN JUAN DEL SUR", "SANTA CRUZ DE LA SIERRA"), which in all-caps copy the tagger and the gazetteer read as two places, the second often a far better-known one ("LIMA"): a place followed by a name particle (entities.nameParticles, one or two) and a name right after it is one place, the name the span there or capitalised words that are no word of English; the gazetteer\'s entry for the whole when it knows it',
    (ctx, id) => {
      const { words, spans, allCaps, gaz, res, names, W } = ctx;
      if (!allCaps) return;
      const particles = res.words.set('entities.nameParticles');
      const particle = (k: number) => /^\p{Lu}+$/u.test(words[k] ?? '') && particles.has(lower(words[k]!));
      const placeSpan = (t: Span) =>
        t.type === 'place' || (!t.type && t.gaz.some((e) => e.kind === 'city' || e.kind === 'region'));
      const nameWord = (k: number) =>
        /^\p{Lu}[\p{Lu}'-]*$/u.test(words[k] ?? '') &&
        !names.commonWords.has(lower(words[k]!)) &&
        !W.closedClass.has(lower(words[k]!)) &&
        !particles.has(lower(words[k]!));
      for (const sp of spans.slice()) {
        if (!spans.includes(sp) || !placeSpan(sp)) continue;
        let k = sp.e;
        if (!particle(k)) continue;
        k++;
        if (particle(k)) k++;
        const right = spans.find((t) => t.s === k);
        if (right && right.type === 'person') continue;
        let e = right ? right.e : k;
        if (!right) while (e < words.length && e - k < 2 && nameWord(e)) e++;
        if (e === k) continue;
        const inside = spans.filter((t) => t !== sp && t.s < e && sp.s < t.e);
        if (inside.some((t) => t.s < k || t.e > e)) continue;
        for (const t of inside) spans.splice(spans.indexOf(t), 1);
        const whole = gaz
          .match(words.slice(sp.s, e), allCaps)
          .find((m) => !m.weak && m.start === 0 && m.end === e - sp.s);
        sp.e = e;
        sp.type = 'place';
        sp.gaz = whole?.entries.filter((x) => x.kind !== 'org') ?? [];
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-name-ends-before-verb',
    'in all-caps copy the tagger runs a name on into the verb or small word after it ("KARLSRUHE WON", "DNIB ALSO", "LIRA HELPED LIMIT BTP LOSSES"), which mixed case would write small: a name ends before a word that English uses only as a verb form or a function word (english.verbAndFunctionWords), unless the word joins the parts of a name ("BANK OF ENGLAND", "CENTRE FOR …") and more of the name follows it; a word a lexicon knows as a name, a name particle ("DE") or a head word is kept. A joining word followed by a gerund ("ACCUSED THE FMLN OF DESTROYING", "BY THE ELN OF BEING INFORMANTS") joins nothing: the name ends before it, unless the word before it is the head word of a body or a place or a title ("MINISTRY OF PLANNING", "INSTITUTE OF MINING")',
    (ctx, id) => {
      const { words, spans, allCaps, W, names, gaz, res } = ctx;
      if (!allCaps) return;
      const verbs = res.words.set('english.verbAndFunctionWords');
      const particles = res.words.set('entities.nameParticles');
      const stops = (l: string) =>
        verbs.has(l) &&
        !particles.has(l) &&
        !names.givenNamesWide.has(l) &&
        !gaz.placesByName.has(l) &&
        !W.orgHeads.has(l) &&
        !W.placeHeads.has(l) &&
        !W.venueHeads.has(l) &&
        !W.companySuffixes.has(l);
      // "DESTROYING", "BEING": a verb's -ing form (the stem a word of English), not a name ending in -ing ("BEIJING")
      const gerund = (k: number) => {
        const l = lower(words[k]!);
        return /^\p{Lu}+ING$/u.test(words[k]!) && (verbs.has(l) || inflectedEnglish(ctx, l));
      };
      const headBefore = (k: number) => {
        const l = lower(words[k]!);
        return W.orgHeads.has(l) || W.placeHeads.has(l) || W.venueHeads.has(l) || names.titles.set.has(l);
      };
      for (const sp of spans) {
        if (sp.e - sp.s < 2 || sp.gaz.length) continue;
        for (let k = sp.s + 1; k < sp.e; k++) {
          // only a word written in capitals: a Title Case headline writes its small words small ("Gil de Ferran")
          if (!/^\p{Lu}+$/u.test(words[k]!)) continue;
          const l = lower(words[k]!);
          if (!stops(l)) continue;
          if (W.nameGlueRe.test(l) && k + 1 < sp.e && !(gerund(k + 1) && !headBefore(k - 1))) continue;
          sp.e = k;
          markSpan(sp, id);
          break;
        }
      }
    },
  ),
  spanRule(
    'caps-name-ends-before-common-noun',
    'in all-caps copy the tagger runs a body\'s or a place\'s name on into the common noun after it ("DYNAMO MOSCOW PLAYERS", "XINHUA NEWS AGENCY"), which mixed case writes small ("Dynamo Moscow players"): such a name ends before a word that news writes small right after a name (mentions.smallWordsAfterNames, counted on mixed-case news), unless a lexicon knows the word as a given name, a place or a nationality, it is the head word of a body, a place or a venue ("NATIONAL POLICE"), it follows a small word that joins a name ("BOARD OF TRADE") or a company suffix comes after it ("COPPER LTD"); a name a gazetteer knows whole and a person\'s name ("SOE WIN") are left alone',
    (ctx, id) => {
      const { words, spans, allCaps, W, names, gaz, res } = ctx;
      if (!allCaps) return;
      const after = res.words.set('mentions.smallWordsAfterNames');
      const stops = (l: string) =>
        after.has(l) &&
        !names.givenNamesWide.has(l) &&
        !gaz.placesByName.has(l) &&
        !gaz.demonyms.has(l) &&
        !W.orgHeads.has(l) &&
        !W.placeHeads.has(l) &&
        !W.venueHeads.has(l) &&
        !W.companySuffixes.has(l);
      // a company suffix further on makes the noun a word of the firm's name ("HINDUSTAN COPPER LTD")
      const suffix = (w: string) => W.companySuffixes.has(lower(w));
      for (const sp of spans) {
        if (sp.type === 'person' || sp.e - sp.s < 2 || sp.gaz.length) continue;
        // a body's name read whole up to its head word (rule mentions/possessive-inside-body-name) runs on into none
        if (sp.rules?.includes('mentions/possessive-inside-body-name')) continue;
        for (let k = sp.s + 1; k < sp.e; k++) {
          // only a word written in capitals: a Title Case headline is read by case elsewhere
          if (!/^\p{Lu}+$/u.test(words[k]!) || !stops(lower(words[k]!))) continue;
          // the object of a name's small word: "BOARD OF TRADE", "SEIBU AND SOGO"
          if (W.nameGlueRe.test(lower(words[k - 1]!))) continue;
          if (words.slice(k + 1, sp.e).some(suffix)) break;
          sp.e = k;
          markSpan(sp, id);
          break;
        }
      }
    },
  ),
  spanRule(
    'caps-place-before-venue-noun',
    'in all-caps copy the tagger runs a place\'s name on into the noun of a building after it ("THE BERLIN STADIUM", "THE U.S. EMBASSY"), which mixed-case news mostly writes small after a place ("the Berlin stadium", "the U.S. embassy"): where the words before such a noun are a country, region or city the gazetteer knows whole, and the noun is a venue head that news writes small after names more than three times as often as inside one (mentions.smallWordsAfterNames: "stadium", "embassy", "market"), the name ends before it; venue heads news writes capitalised ("MANCHESTER ARENA", "LONDON BRIDGE") and heads that also name a place with its name (mentions.placeHeads: "SOFIA AIRPORT") are left alone',
    (ctx, id) => {
      const { words, spans, allCaps, W, gaz, res } = ctx;
      if (!allCaps) return;
      const after = res.words.set('mentions.smallWordsAfterNames');
      for (const sp of spans) {
        if (sp.e - sp.s < 2 || sp.gaz.length) continue;
        const head = words[sp.e - 1]!;
        if (!/^\p{Lu}+$/u.test(head)) continue;
        const l = lower(head);
        // a head the lexicon also lists as a place's own head word ("AIRPORT", "PROVINCE") names the place with it
        if (!after.has(l) || !W.venueHeads.has(l) || W.placeHeads.has(l)) continue;
        const place = gaz
          .match(words.slice(sp.s, sp.e - 1), allCaps)
          .find((m) => !m.weak && m.start === 0 && m.end === sp.e - 1 - sp.s);
        if (!place?.entries.some((e) => e.kind === 'country' || e.kind === 'city' || e.kind === 'region')) continue;
        sp.e -= 1;
        sp.gaz = place.entries;
        sp.type = 'place';
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-known-body-before-body-noun',
    'in all-caps copy the tagger runs a body\'s name on into the noun after it that says what part or kind of the body is meant ("THE RULING FATAH PARTY", "AIR FRANCE UNIONS PROTESTED", "AN AMNESTY INTERNATIONAL CONFERENCE"), which mixed-case news writes small after the name ("the Fatah party", "Air France unions"): where the words before such a noun (mentions.bodyNounsAfterKnownBody) are a body the gazetteer knows whole, the name ends before it and is that body; a name the gazetteer knows with the noun ("LIKUD PARTY" if listed) and a state body alone ("CONGRESS PARTY" is no party of the US Congress) are left alone',
    (ctx, id) => {
      const { words, spans, allCaps, gaz, res } = ctx;
      if (!allCaps) return;
      const nouns = res.words.set('mentions.bodyNounsAfterKnownBody');
      for (const sp of spans) {
        if (sp.e - sp.s < 2 || sp.gaz.length || sp.type === 'person') continue;
        const tail = words[sp.e - 1]!;
        if (!/^\p{Lu}+$/u.test(tail) || !nouns.has(lower(tail))) continue;
        // the tagger has read the words as a body: a name the table lists only as a weak alias ("FATAH") counts too
        const head = words.slice(sp.s, sp.e - 1);
        const orgs =
          gaz
            .match(head, allCaps)
            .find((m) => !m.weak && m.start === 0 && m.end === head.length)
            ?.entries.filter((e: GazEntry): e is OrgEntry => e.kind === 'org') ??
          gaz.orgsByName.get(head.join(' ').toLowerCase()) ??
          [];
        if (!orgs.length || orgs.every((e) => e.orgKind === 'agency')) continue;
        sp.e -= 1;
        sp.gaz = orgs;
        sp.type = 'organization';
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-known-name-as-modifier',
    'English puts no indefinite article or determiner before a place\'s or body\'s own name with its head word ("Haifa Street", "Paris Opera"), but puts one before a noun that a name modifies ("a Paris church", "a Hong Kong court", "a U.N. commission"); in all-caps copy the tagger cannot see that case and runs the name on into the noun: after a word of mentions.determinersOpeningNoName, a span whose words before its last one are a place or body the gazetteer knows whole, and whose last word is a noun (english.commonWords, or a head word of a body, place or venue) that no lexicon knows as a name, ends before that noun and is the known name; a unit of an armed group ("AN ELN CELL", "A FARC FRONT"; mentions.namedUnitNouns) stays a body of its own',
    (ctx, id) => {
      const { words, spans, allCaps, W, names, gaz, res } = ctx;
      if (!allCaps) return;
      const dets = res.words.set('mentions.determinersOpeningNoName');
      // "AN ELN CELL", "A FARC FRONT": a unit of an armed group is itself a body the incident rules follow
      const units = res.words.set('mentions.namedUnitNouns');
      const noun = (l: string) =>
        !units.has(l) &&
        (names.commonWords.has(l) || W.orgHeads.has(l) || W.placeHeads.has(l) || W.venueHeads.has(l)) &&
        !names.givenNamesWide.has(l) &&
        !gaz.placesByName.has(l) &&
        !gaz.orgsByName.has(l) &&
        !gaz.demonyms.has(l);
      for (const sp of spans) {
        if (sp.e - sp.s < 2 || sp.gaz.length || sp.type === 'person' || sp.s === 0) continue;
        if (!dets.has(lower(words[sp.s - 1]!))) continue;
        const tail = words[sp.e - 1]!;
        if (!/^\p{Lu}+$/u.test(tail) || !noun(lower(tail))) continue;
        const known = gaz
          .match(words.slice(sp.s, sp.e - 1), allCaps)
          .find((m) => !m.weak && m.start === 0 && m.end === sp.e - 1 - sp.s);
        if (!known) continue;
        const kinds = new Set(known.entries.map((e) => e.kind));
        const type = kinds.has('org')
          ? 'organization'
          : kinds.has('country') || kinds.has('city') || kinds.has('region')
            ? 'place'
            : null;
        if (!type) continue;
        sp.e -= 1;
        sp.gaz = known.entries;
        sp.type = type;
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'given-name-opens-person-in-capitals',
    'in all-caps copy the tagger cannot see where a name is a person\'s, and reads "SALVADOR SANCHEZ CEREN" or "LARISA SAYENKO" as a place or a body; two or three words that open with a given name (names.givenNamesWide) that is not also a region ("SOMERSET"), that no lexicon knows as one name, and where no later word is a body\'s or place\'s head word, a company suffix, a nationality, a country or a region, a small word, a word for a line of business (mentions.industryWords: "REAGAN COMMUNICATIONS" is a firm) or a noun for a body or a site (mentions.bodyNouns, mentions.siteNouns: "GARA NEWSPAPER", "YORK HOSPITAL"), and after which no head word follows, are a person',
    (ctx, id) => {
      const { words, spans, allCaps, W, names, gaz, res } = ctx;
      if (!allCaps) return;
      const given = names.givenNamesWide;
      const industry = res.words.set('mentions.industryWords');
      const area = (l: string) => gaz.placesByName.get(l)?.some((e) => e.kind !== 'city') ?? false;
      const plain = (l: string) =>
        !W.orgHeads.has(l) &&
        !W.placeHeads.has(l) &&
        !W.venueHeads.has(l) &&
        !W.companySuffixes.has(l) &&
        !W.closedClass.has(l) &&
        !W.honorifics.has(l) &&
        !gaz.demonyms.has(l) &&
        !W.partyWordsRe.test(l) &&
        !industry.has(l) &&
        !W.bodyNounsRe.test(l) &&
        !W.siteNounsRe.test(l) &&
        !area(l);
      for (const sp of spans) {
        if ((sp.type !== 'place' && sp.type !== 'organization') || sp.gaz.length) continue;
        if (sp.e - sp.s < 2 || sp.e - sp.s > 3) continue;
        const ws = words.slice(sp.s, sp.e);
        if (!ws.every((w) => /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w))) continue;
        const ls = ws.map((w) => w.toLowerCase());
        if (!given.has(ls[0]!) || area(ls[0]!) || !ls.slice(1).every(plain)) continue;
        // "CHRISTIAN DEMOCRATIC | PARTY": a head word right after the span is the body's, cut off
        const after = lower(words[sp.e] ?? '');
        if (W.orgHeads.has(after) || W.placeHeads.has(after) || W.venueHeads.has(after) || W.partyWordsRe.test(after))
          continue;
        sp.type = 'person';
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-title-before-name',
    'a person\'s title or an honorific (names.personTitles: "PRESIDENT", "SECRETARY OF STATE", "MR.") is written right before a person\'s name, but in all-caps copy the tagger cannot see the name by its case and leaves it untagged or reads it with the title as something else ("GOVERNOR HUNT SIGNED", "A LAWYER FOR MRS. RICE"): one to three words right after the title (more titles in a row skipped: "DEFENSE MINISTER GENERAL ...") are a person when each is no word of English, no verb form, no title, nationality, weekday or month, no head word, and no body, country or region a lexicon knows (a town\'s name may be a surname: "OBAMA"), and no head word of a body, place or venue follows them ("KING FAHD HOSPITAL"); where the tagger read a person, body or place over those words it is left alone',
    (ctx, id) => {
      const { words, spans, allCaps, W, names, gaz, res } = ctx;
      if (!allCaps) return;
      const day = new Set([...res.words.set('mentions.weekdays'), ...res.words.set('mentions.months')].map(lower));
      const english = englishWord(ctx);
      const head = (l: string) => W.orgHeads.has(l) || W.placeHeads.has(l) || W.venueHeads.has(l);
      const nameWord = (k: number) => {
        const w = words[k];
        if (w === undefined || !/^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(w)) return false;
        const l = lower(w);
        return (
          !english(l) &&
          !W.closedClass.has(l) &&
          !W.honorifics.has(l) &&
          !W.companySuffixes.has(l) &&
          !names.titles.set.has(l) &&
          !gaz.demonyms.has(l) &&
          !gaz.orgsByName.has(l) &&
          !(gaz.placesByName.get(l) ?? []).some((e) => e.kind !== 'city') &&
          !day.has(l) &&
          !head(l)
        );
      };
      const initial = (k: number) => /^\p{Lu}\.$/u.test(words[k] ?? '');
      for (let i = 0; i < words.length; i++) {
        const title = personTitleEnd(names, W, words, i);
        if (title === null) continue;
        let s = title;
        for (let t = titleAt(names, words, s); t; t = titleAt(names, words, s)) s = t[0];
        let e = s;
        while (e < words.length && e - s < 4 && (nameWord(e) || (initial(e) && e > s && nameWord(e + 1)))) e++;
        if (e === s || e - s > 3 || head(lower(words[e] ?? ''))) continue;
        if (spans.some((t) => t.s < e && s < t.e && t.type !== 'misc')) continue;
        // "MRS. RICE" read whole as something else: the reading over the title and the name gives way
        replaceSpans(
          spans,
          spans.filter((t) => t.s < e && i < t.e && t.type === 'misc'),
          ruleSpan('person', s, e, id),
        );
        spans.sort((a, b) => a.s - b.s);
        i = e - 1;
      }
    },
  ),
  spanRule(
    'us-pronoun-in-capitals',
    'in all-caps copy "US" is mostly the pronoun ("GIVES US NO REASON", "LET US RECALL", "ALL OF US", "TOLD US THAT"): there it is the country only after "the" or "such", at the start of a sentence, or before a noun the country modifies ("US TROOPS", "US GOVERNMENT", a body or title word: mentions.usBeforeNouns); a name the tagger read on the pronoun ("US", "US KNOW") is none, nor is a word right before it that no place list knows, the verb that governs it ("LET", "HELP" read as acronyms); in mixed case "us" is written small and "US" is the country',
    (ctx) => {
      const { words, spans, allCaps, W, names, res } = ctx;
      if (!allCaps) return;
      const nouns = res.words.set('mentions.usBeforeNouns');
      for (let i = 0; i < words.length; i++) {
        if (words[i] !== 'US') continue;
        const prev = lower(words[i - 1] ?? '');
        const next = lower(words[i + 1] ?? '');
        if (i === 0 || prev === 'the' || prev === 'such' || /^[-"“(]$/u.test(prev)) continue;
        if (nouns.has(next) || W.orgHeads.has(next) || names.titles.set.has(next)) continue;
        for (const t of spans.slice()) {
          const onUs = t.s === i && (t.e - t.s === 1 || !t.gaz.length);
          // a body's acronym the gazetteer knows may be that verb ("LET", Lashkar-e-Taiba's "LeT"); a place is not
          const verb =
            t.s === i - 1 && t.e === i && t.gaz.every((g) => g.kind === 'org') && /^\p{Lu}+$/u.test(words[i - 1]!);
          if (!onUs && !verb) continue;
          spans.splice(spans.indexOf(t), 1);
        }
      }
    },
  ),
  spanRule(
    'caps-firm-to-suffix',
    'in all-caps copy the tagger cuts a firm\'s name before its legal suffix or at its "&" ("HARTWELL & BRISCOE CO" read as a place and a person, "MAPLEWOOD CONTROLS INC" as a person), which mixed case writes as one name: a company suffix (mentions.companySuffixes; one that is also a plain noun, mentions.companySuffixesAfterAmpersand, only right after "&": "& SONS", "& PARTNERS") closes a firm whose name runs back over the tagged names before it, joined by "&" or side by side, and over at most two untagged capitalised words between the last of them and the suffix ("CONTROLS INC"); a suffix with no tagged name before it is left alone (case cannot tell where such a name begins)',
    (ctx, id) => {
      const { words, spans, allCaps, W, res, names } = ctx;
      if (!allCaps) return;
      const afterAmp = res.words.set('mentions.companySuffixesAfterAmpersand');
      const suffixAt = (k: number) =>
        opensUpper(words[k] ?? '') && W.companySuffixes.has(lower(words[k]!).replace(/\.$/, ''));
      const nameWord = (k: number) =>
        /^\p{Lu}[\p{Lu}.'’-]*$/u.test(words[k] ?? '') &&
        !W.closedClass.has(lower(words[k]!)) &&
        !names.commonWords.has(lower(words[k]!)) &&
        !suffixAt(k);
      // a nationality or other descriptor the tagger saw before the firm ("SWEDISH") is no part of its name
      const spanEndingAt = (k: number) => spans.find((t) => t.s < k && t.e === k && t.type !== 'misc');
      for (let k = 1; k < words.length; k++) {
        if (!suffixAt(k)) continue;
        const amp = words[k - 1] === '&';
        if (afterAmp.has(lower(words[k]!).replace(/\.$/, '')) && !amp) continue;
        // a span the tagger ran on past the suffix is some other name ("CO OPERATIVE BANK")
        if (spans.some((t) => t.s <= k && k + 1 < t.e)) continue;
        const covered = (j: number) => spans.some((o) => o.s <= j && j < o.e);
        // a tagged name over the word before the suffix (it may hold the suffix or the "&": "LOMASON CO", "JONES &")
        const last = spans.find((t) => t.s < k && k - 1 < t.e && t.e <= k + 1);
        let s = last ? last.s : amp ? k - 1 : k;
        let named = last !== undefined;
        if (!last) {
          // untagged name words between the suffix and the tagged name before them ("JOHNSON | CONTROLS INC")
          let j = s;
          while (!spanEndingAt(j) && s - j < 2 && j > 0 && nameWord(j - 1) && !covered(j - 1)) j--;
          const t = spanEndingAt(j);
          if (t) [s, named] = [t.s, true];
        }
        // the names before are joined to it by "&" ("DOUGLAS & LOMASON") or stand right against it ("EDWARD | D. JONES")
        for (
          let t = named ? (spanEndingAt(s) ?? (words[s - 1] === '&' ? spanEndingAt(s - 1) : undefined)) : undefined;
          t;
        ) {
          s = t.s;
          t = spanEndingAt(s) ?? (words[s - 1] === '&' ? spanEndingAt(s - 1) : undefined);
        }
        if (words[s] === '&') s++;
        if (!named || k + 1 - s < 2) continue;
        const inside = spans.filter((t) => t.s < k + 1 && s < t.e);
        if (inside.some((t) => t.s < s || t.e > k + 1)) continue;
        if (inside.length === 1 && inside[0]!.s === s && inside[0]!.e === k + 1 && inside[0]!.type === 'organization')
          continue;
        replaceSpans(spans, inside, ruleSpan('organization', s, k + 1, id));
        spans.sort((a, b) => a.s - b.s);
      }
    },
  ),
  spanRule(
    'caps-known-body-name',
    'mixed-case news marks a body\'s name by its capitals ("the Conservative Party", "the Federal Open Market Committee", "the BOJ"), which copy in capitals loses, and the tagger then often leaves the name untagged or reads only a part of it ("IRAQI NATIONAL" of "IRAQI NATIONAL CONGRESS"): in capitals, words that mixed-case news writes capitalised and tags as one body nearly every time they stand together (mentions.bodyNamesInCapitals, counted on mixed-case news) are that body, the longest such name first, where no span reaches past them and none is the name already; a name the gazetteer knows as a place is left alone',
    (ctx, id) => {
      const { words, spans, allCaps, res, gaz } = ctx;
      if (!allCaps) return;
      // the names by their first word, longest first; made once per loaded resources, not per sentence
      const byFirst = res.words.memo('span-rules.capsBodyNames', () => {
        const out = new Map<string, string[][]>();
        for (const name of res.words.list('mentions.bodyNamesInCapitals')) {
          const ws = name.split(' ');
          const at = out.get(ws[0]!);
          if (at) at.push(ws);
          else out.set(ws[0]!, [ws]);
        }
        for (const names of out.values()) names.sort((a, b) => b.length - a.length);
        return out;
      });
      const ls = words.map((w) => w.toLowerCase());
      for (let s = 0; s < ls.length; s++) {
        const name = byFirst.get(ls[s]!)?.find((ws) => ws.every((w, j) => ls[s + j] === w));
        if (!name) continue;
        const e = s + name.length;
        const over = spans.filter((t) => t.s < e && s < t.e);
        if (
          !over.some((t) => t.s < s || t.e > e || (t.s === s && t.e === e && t.type === 'organization')) &&
          !gaz.placesByName.has(name.join(' '))
        ) {
          replaceSpans(spans, over, ruleSpan('organization', s, e, id));
          spans.sort((a, b) => a.s - b.s);
        }
        s = e - 1;
      }
    },
  ),
  spanRule(
    'caps-firm-reaches-back',
    'in all-caps copy the tagger may start a firm\'s name late, on a word it knows from firm names ("HALVORSEN KEMMERER & CO" read as "KEMMERER & CO", "OSTRANDER BANCORP INC" as "BANCORP INC"), and leave the partner\'s name before it untagged; a firm\'s name (one that holds "&" or ends in a company suffix) reaches back over one or two capitalised words right before it that no span covers and that are no word of English (english.commonWords, english.verbAndFunctionWords, mentions.smallWordsAfterNames), no title, no nationality and no place the gazetteer knows: in mixed case they would be written with their capital inside the name, and a word of the sentence before a name is a word of English. Words of English that banks and firms are named with (mentions.firmNameWordsInCapitals: "FIRST ALBANY CORP", "FIRST BANK SYSTEM INC" read as "SYSTEM INC") are reached over too',
    (ctx, id) => {
      const { words, spans, allCaps, W, res, names, gaz } = ctx;
      if (!allCaps) return;
      const verbs = res.words.set('english.verbAndFunctionWords');
      const after = res.words.set('mentions.smallWordsAfterNames');
      const firmWords = res.words.set('mentions.firmNameWordsInCapitals');
      const suffix = (w: string | undefined) => w !== undefined && W.companySuffixes.has(lower(w).replace(/\.$/, ''));
      const partner = (k: number) => {
        const w = words[k];
        if (w === undefined || !/^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w)) return false;
        const l = lower(w);
        if (firmWords.has(l)) return !spans.some((t) => t.s <= k && k < t.e);
        return (
          !names.commonWords.has(l) &&
          !verbs.has(l) &&
          !after.has(l) &&
          !W.closedClass.has(l) &&
          !W.honorifics.has(l) &&
          !names.titles.set.has(l) &&
          !gaz.demonyms.has(l) &&
          !gaz.placesByName.has(l) &&
          !spans.some((t) => t.s <= k && k < t.e)
        );
      };
      for (const sp of spans) {
        if (sp.type !== 'organization' || sp.gaz.length || sp.e - sp.s < 2) continue;
        const ws = words.slice(sp.s, sp.e);
        if (!ws.includes('&') && !suffix(ws[ws.length - 1])) continue;
        let s = sp.s;
        while (sp.s - s < 2 && partner(s - 1)) s--;
        if (s === sp.s) continue;
        sp.s = s;
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-given-name-before-surname',
    'in all-caps copy the tagger may read only the surname of a person ("SPRINTER KAREN DOBBS WON" read as "DOBBS") or fold the given name into the descriptor before it ("CANADIAN KAREN", no name), which mixed case shows as one name: a word right before a person\'s name that a lexicon knows as a given name (names.givenNamesWide) and that is no word of English, no title, no nationality and no country or region, is the first word of the name, when no span covers it or only an unknown descriptor ending on it does',
    (ctx, id) => {
      const { words, spans, allCaps, gaz } = ctx;
      if (!allCaps) return;
      const givenName = knownGivenName(ctx);
      const given = (k: number) => {
        const w = words[k];
        if (w === undefined || !/^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w)) return false;
        const l = lower(w);
        return givenName(l) && !(gaz.placesByName.get(l) ?? []).some((e) => e.kind !== 'city');
      };
      for (const sp of spans.slice()) {
        if (sp.type !== 'person' || sp.gaz.length || sp.e - sp.s > 2 || !given(sp.s - 1)) continue;
        const k = sp.s - 1;
        const over = spans.filter((t) => t.s <= k && k < t.e);
        // only an unknown descriptor that ends on the given name ("CANADIAN KAREN") may give it up
        if (over.some((t) => t.type !== 'misc' || t.e !== k + 1 || t.gaz.length)) continue;
        for (const t of over) {
          t.e = k;
          if (t.e <= t.s) spans.splice(spans.indexOf(t), 1);
        }
        sp.s = k;
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-surname-after-given-name',
    'in all-caps copy the tagger may stop a person\'s name on the given name and leave the surname it does not know outside ("COACH FABIO CAPELLO" read as "FABIO", "SAID DON PENNEY" as "DON"), which mixed case shows as one name and the analyst then sees as a lone first name: a one-word person, or a one-word body no lexicon knows, whose word a lexicon knows as a given name (names.givenNamesWide) and that follows a title ("COACH", "LEADER", "ATTACHE": the title announces a person, and news names a person in full after it) runs on over the one capitalised word right after it when no span covers that word and it is no word of English (english.commonWords, english.verbAndFunctionWords, mentions.smallWordsAfterNames) nor a verb form of one ("SUGGESTED", "WEARING"), no title, no nationality, no body or place the gazetteer knows, and no company suffix',
    (ctx, id) => {
      const { words, spans, allCaps, names, gaz } = ctx;
      if (!allCaps) return;
      const surname = (k: number) => capsSurnameWord(ctx, k);
      for (const sp of spans) {
        if (sp.e - sp.s !== 1 || sp.gaz.length || (sp.type !== 'person' && sp.type !== 'organization')) continue;
        const w = words[sp.s]!;
        const l = lower(w);
        if (!capsWord(w) || !names.givenNamesWide.has(l) || names.commonWords.has(l) || gaz.orgsByName.has(l)) continue;
        // the title before it says a person is named, and news names a person in full after a title
        if (!names.titles.set.has(lower(words[sp.s - 1] ?? '')) || !surname(sp.e)) continue;
        sp.e += 1;
        sp.type = 'person';
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'caps-given-name-and-surname',
    'in all-caps copy the tagger may leave a person\'s full name untagged when it knows neither word ("STRIKING PARTNER TEDDY SHERINGHAM WITHDREW"), or read one word of it alone ("DON" of "SAID DON PENNEY", "FRATER" of "CEO STEPHEN FRATER", even as a body), which mixed case shows as one name: two words no span covers but such a one-word span (a person on the first; a person or a body no lexicon knows on the second, not both), the first a given name a lexicon knows (names.givenNamesWide) that is no word of English, no title, no nationality and no body or place the gazetteer knows, the second a word that may be a surname (no word of English nor a verb form of one, no title, no nationality, no body or place the gazetteer knows, no company suffix), are a person, when neither word beside the pair may be a word of the same name or of a body\'s (a title may: "CEO"; not a surname-like word, a given name, "&", a company suffix or a body\'s head word: "DEAN WITTER REYNOLDS", "JOHN SMITH & CO")',
    (ctx, id) => {
      const { words, spans, allCaps, W, names, gaz } = ctx;
      if (!allCaps) return;
      // the one-word span the tagger may have left on a word of the name: a person, or a body no lexicon knows
      const lone = (k: number, types: readonly string[]) =>
        spans.find((t) => t.s === k && t.e === k + 1 && !t.gaz.length && types.includes(t.type));
      const covered = (k: number, besides?: Span) => spans.some((t) => t !== besides && t.s <= k && k < t.e);
      const givenName = knownGivenName(ctx);
      const given = (k: number, besides?: Span) => {
        const w = words[k];
        if (!capsWord(w) || covered(k, besides)) return false;
        const l = lower(w!);
        return givenName(l) && !gaz.placesByName.has(l);
      };
      const joins = (k: number) => {
        const w = words[k];
        if (w === undefined) return false;
        const l = lower(w);
        if (names.titles.set.has(l)) return false;
        return (
          w === '&' ||
          capsSurnameWord(ctx, k) ||
          names.givenNamesWide.has(l) ||
          W.companySuffixes.has(l) ||
          W.orgHeads.has(l) ||
          spans.some((t) => t.s <= k && k < t.e && t.type === 'organization')
        );
      };
      for (let k = 0; k + 1 < words.length; k++) {
        const first = lone(k, ['person']);
        const second = lone(k + 1, ['person', 'organization']);
        // a Roman numeral after a name numbers a ship, a rocket or a king ("ARIANE IV"), no surname
        if (
          (first && second) ||
          !given(k, first) ||
          !capsSurnameWord(ctx, k + 1, second) ||
          /^[IVX]+$/.test(words[k + 1]!) ||
          joins(k - 1) ||
          joins(k + 2)
        )
          continue;
        for (const t of [first, second]) if (t) spans.splice(spans.indexOf(t), 1);
        spans.push(ruleSpan('person', k, k + 2, id));
        spans.sort((x, y) => x.s - y.s);
        k++;
      }
    },
  ),
  spanRule(
    'foreign-script-title-case',
    'a sentence quoted in a cased script other than Latin (Cyrillic, Greek, Armenian) with nearly every word capitalised ("Министр Обороны Андрей Белоусов Заявил, Что Операция Продолжается") is a headline or a transliteration whose case tells nothing, and the tagger reads English only: a span of its words that no lexicon knows is no name there (an English headline is read in capitals instead)',
    (ctx) => {
      const { words, spans } = ctx;
      // a word of ASCII alone is in Latin script or holds no letter: only a word with other characters may be foreign
      const foreign = (w: string) =>
        beyondAscii(w) && /^[\p{L}\p{M}'’-]+$/u.test(w) && /\p{L}/u.test(w) && !/\p{Script=Latin}/u.test(w);
      const cased = words.filter((w) => foreign(w) && /\p{Ll}/u.test(w) && w.length > 3);
      if (cased.length < 4 || cased.filter((w) => opensUpper(w)).length < 0.8 * cased.length) return;
      for (const t of spans.slice())
        if (!t.gaz.length && words.slice(t.s, t.e).every(foreign)) spans.splice(spans.indexOf(t), 1);
    },
  ),
  spanRule(
    'foreign-script-body-name',
    'Cyrillic and Greek write a body\'s name with its first word alone capitalised ("Министерство обороны", "Υπουργείο Εξωτερικών"): a body the tagger found on that first word runs on over the lower-case words of the same script right after it (up to three), to the next word in another script or a mark',
    (ctx, id) => {
      const { words, spans } = ctx;
      const script = (w: string) =>
        /^\p{Script=Cyrillic}[\p{Script=Cyrillic}\p{M}'’-]*$/u.test(w)
          ? 'cyrillic'
          : /^\p{Script=Greek}[\p{Script=Greek}\p{M}'’-]*$/u.test(w)
            ? 'greek'
            : null;
      for (const sp of spans) {
        const sc = script(words[sp.s]!);
        if (sp.type === 'person' || sp.gaz.length || sp.e - sp.s !== 1 || !sc || !/^\p{Lu}\p{Ll}/u.test(words[sp.s]!))
          continue;
        let e = sp.e;
        while (e < words.length && e - sp.e < 3 && script(words[e]!) === sc && /^\p{Ll}/u.test(words[e]!)) e++;
        if (e === sp.e || spans.some((o) => o !== sp && o.s < e && sp.e <= o.s)) continue;
        // the run ends where the script does: a lower-case word of it after the run is a verb or more text, no name
        if (e < words.length && script(words[e]!) === sc) continue;
        sp.e = e;
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'foreign-script-lone-person',
    'the tagger reads English only, so its "person" for one word in another script ("Кремль", "Совета") is a guess from the shape of the word, and most such words are places, bodies or the inflected words of a body\'s name; a person is named in full at first mention and a full name in a cased script is found by its capitals: a lone word in another script the tagger calls a person, that no lexicon knows, is no name',
    (ctx) => {
      const { words, spans } = ctx;
      for (const t of spans.slice())
        if (
          t.type === 'person' &&
          t.e - t.s === 1 &&
          !t.gaz.length &&
          /\p{L}/u.test(words[t.s]!) &&
          !/\p{Script=Latin}/u.test(words[t.s]!)
        )
          spans.splice(spans.indexOf(t), 1);
    },
  ),
  spanRule(
    'punctuation-ends-no-name',
    'a comma, colon, quote mark, bracket or dash is never the first or last word of a name: where the tagger ran a name over one (", Jeep" in "Chrysler, Dodge, Jeep and Ram"; "U.S. ”" before a closing quote), the name starts and ends on its words, and a span of marks alone is none',
    (ctx, id) => {
      const { words, spans } = ctx;
      const mark = (k: number) => /^[,;:"“”‘’'«»()[\]{}—–-]+$/u.test(words[k] ?? '');
      for (const sp of spans.slice()) {
        if (!mark(sp.s) && !mark(sp.e - 1)) continue;
        while (sp.s < sp.e && mark(sp.s)) sp.s++;
        while (sp.e > sp.s && mark(sp.e - 1)) sp.e--;
        if (sp.s >= sp.e) spans.splice(spans.indexOf(sp), 1);
        else markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'regnal-numeral-in-name',
    'a monarch or pope is named with a regnal numeral ("Carl XVI Gustaf", "Benedict XVI", "Juan Carlos I"), which the tagger, seeing no word it knows, may leave out or read as the start of another name: a Roman numeral right after a person is part of that name, and with the capitalised name after it ("Carl" | "XVI Gustaf", the second read as a person or a body) the three are one person (a lone "I", "V" or "X" only between two such names: "Malcolm X" is no numeral, "I" is mostly the pronoun)',
    (ctx, id) => {
      const { words, spans } = ctx;
      const numeral = (k: number, lone: boolean) => {
        const w = words[k] ?? '';
        return /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(w) && (lone || w.length >= 2);
      };
      for (let i = 0; i < spans.length; i++) {
        const sp = spans[i]!;
        if (sp.type !== 'person') continue;
        const next = spans[i + 1];
        // "Carl" | "XVI Gustaf": the numeral opens the next span, whatever the tagger typed it (a name no lexicon knows)
        if (next && !next.gaz.length && next.s === sp.e && numeral(next.s, true)) {
          sp.e = next.e;
          markSpan(sp, id);
          spans.splice(i + 1, 1);
          i--;
          continue;
        }
        if (!numeral(sp.e, false) || spans.some((t) => t.s <= sp.e && sp.e < t.e)) {
          // "Carl" XVI "Gustaf": an untagged numeral between two persons
          if (next && next.type === 'person' && next.s === sp.e + 1 && numeral(sp.e, true)) {
            sp.e = next.e;
            markSpan(sp, id);
            spans.splice(i + 1, 1);
            i--;
          }
          continue;
        }
        // "Benedict" XVI: an untagged numeral right after a person, and a person's name after it if there is one
        sp.e++;
        if (next && next.type === 'person' && next.s === sp.e) {
          sp.e = next.e;
          spans.splice(i + 1, 1);
        }
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'group-before-weapon',
    'a one-word name the gazetteer gives an armed group or a state force, written as the modifier of a weapon or an assault ("a Houthi drone", "an SAF airstrike"), names that body even where the word alone is too ambiguous to count (a weak alias) or the tagger ran the article into it ("An SAF"); not an ordinary English word ("Cobra helicopters")',
    (ctx, id) => {
      const { words, spans, gaz, res } = ctx;
      if (ctx.allCaps) return;
      const weapon = weaponNounAfter(res.words);
      const common = res.words.set('english.commonWords');
      for (let i = 0; i + 1 < words.length; i++) {
        const w = words[i]!;
        if (!opensUpper(w) || common.has(w.toLowerCase())) continue;
        const entries = (gaz.orgsByName.get(w.toLowerCase()) ?? []).filter(
          (e) => e.orgKind === 'armed_group' || e.orgKind === 'agency',
        );
        if (!entries.length || !weapon.test(words.slice(i + 1, i + 4).join(' '))) continue;
        const over = spans.filter((t) => t.s <= i && i < t.e);
        if (over.some((t) => t.type === 'organization' && t.s === i && t.e === i + 1 && !t.weak)) continue;
        // a longer name that holds the word is another one ("Houthi Supreme Political Council"); only an article the
        // tagger took into the name gives way ("An SAF")
        if (over.some((t) => t.e !== i + 1 || words.slice(t.s, i).some((x) => !/^(?:a|an|the)$/i.test(x)))) continue;
        replaceSpans(spans, over, ruleSpan('organization', i, i + 1, id, entries));
      }
      spans.sort((a, b) => a.s - b.s);
    },
  ),
  spanRule(
    'title-straddles-name-end',
    'a title of several words between a body or place and a person ("Hamas Prime Minister Ismail Haniyeh", "EU Foreign Policy Chief Javier Solana") belongs to neither name: a body, place or other span the tagger ran into the first words of a title that the words after it complete ends before the title',
    (ctx, id) => {
      const { words, spans, names } = ctx;
      for (const sp of spans) {
        if (sp.type === 'person' || sp.gaz.length || sp.e >= words.length) continue;
        for (let k = sp.s + 1; k < sp.e; k++) {
          const t = titleAt(names, words, k);
          if (!t || t[0] <= sp.e || t[0] - k < 2) continue;
          sp.e = k;
          markSpan(sp, id);
          break;
        }
      }
    },
  ),
  spanRule(
    'place-head-of-name',
    'seas, straits, states and cities are often named head word, "of", name ("Sea of Japan", "Straits of Florida", "Federal Republic of Yugoslavia", "Holy City of Jerusalem"): a tagged name whose first "of" follows a head word only such places put there (mentions.placeHeadsBeforeOf) is a place, not a body, when what follows "of" is a place the gazetteer knows; not where the name ends in a body\'s head word or a company suffix, or a lexicon knows it as a body ("Islamic Republic of Iran Broadcasting" ends in no known place)',
    (ctx, id) => {
      const { words, spans, W, res, gaz } = ctx;
      const heads = res.words.set('mentions.placeHeadsBeforeOf');
      for (const sp of spans) {
        if (sp.type === 'place' || sp.type === 'person' || sp.e - sp.s < 3) continue;
        if (sp.gaz.some((e) => e.kind === 'org')) continue;
        const of = words.indexOf(words.slice(sp.s, sp.e).find((w) => lower(w) === 'of') ?? '', sp.s);
        if (of <= sp.s || of >= sp.e - 1) continue;
        const head = words[of - 1]!;
        if (!opensUpper(head) || !heads.has(lower(head))) continue;
        const last = lower(words[sp.e - 1]!);
        if (!opensUpper(words[sp.e - 1]!) || W.orgHeads.has(last) || W.companySuffixes.has(last)) continue;
        const from = /^the$/i.test(words[of + 1]!) ? of + 2 : of + 1;
        if (!gaz.placesByName.has(words.slice(from, sp.e).join(' ').toLowerCase())) continue;
        sp.type = 'place';
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'name-of-place-splits',
    'news tells a club, a firm or a person apart by where it is from ("Alba of Germany", "Dinamo of Russia", "Bestop Inc of Boulder"), and the tagger reads the whole as one name: when the word before "of" is a name of its own (no common English word, no title of rank such as "Duke" (mentions.titlesBeforeOfPlace), no head word of a body, a place or a venue) or a company suffix, and all that follows "of" to the end is a place the gazetteer knows, the name ends before "of" and the place is a place. A name whose "of" follows a head word or a common noun is one name ("Bank of Canada", "Chicago Board of Trade", "Duke of Norfolk"); on the CoNLL-2003 training split a place after "of" stays outside the name after 65 of 66 persons\' and club names, inside after nearly every head word',
    (ctx, id) => {
      const { words, spans, W, res, gaz, names } = ctx;
      const common = res.words.set('english.commonWords');
      const rank = res.words.set('mentions.titlesBeforeOfPlace');
      const commonWord = (l: string) => common.has(l) || (/[^s]s$/.test(l) && common.has(l.slice(0, -1)));
      for (const sp of [...spans]) {
        if ((sp.type !== 'organization' && sp.type !== 'person') || sp.e - sp.s < 3) continue;
        if (sp.gaz.some((e) => e.kind === 'org')) continue;
        let of = -1;
        for (let k = sp.s + 1; k < sp.e - 1 && of < 0; k++) if (lower(words[k]!) === 'of') of = k;
        if (of < 0 || !opensUpper(words[of - 1]!)) continue;
        const before = lower(words[of - 1]!);
        const ownName =
          !commonWord(before) &&
          !names.titles.set.has(before) &&
          !rank.has(before) &&
          !W.orgHeads.has(before) &&
          !W.placeHeads.has(before) &&
          !W.venueHeads.has(before);
        if (!W.companySuffixes.has(before) && !ownName) continue;
        const place = gaz.placesByName.get(
          words
            .slice(of + 1, sp.e)
            .join(' ')
            .toLowerCase(),
        );
        if (!place?.length) continue;
        spans.push(ruleSpan('place', of + 1, sp.e, id, [...place]));
        sp.e = of;
        markSpan(sp, id);
      }
      spans.sort((a, b) => a.s - b.s);
    },
  ),
  spanRule(
    'unknown-name-before-place-noun',
    'news writes a small place with the noun for what it is right after its name ("the Khan Yunis refugee camp", "the Bagram air base", "the Sorkh Rud area"): a name no lexicon knows, that the tagger read as a descriptor or as a person with no title and no given name, right before such a noun (mentions.placeNounsAfterUnknownName) is that place. Not a nationality or a group word ("the Kurdish area", "a Sunni district"), nor a word shaped like an adjective ("a Himalayan village"), nor a holiday or a date',
    (ctx, id) => {
      const { words, spans, W, gaz, names, res } = ctx;
      if (ctx.allCaps) return;
      const nouns = res.words.memo(
        'mentions.placeNounsAfterUnknownName.re',
        () => new RegExp(`^${res.words.alt('mentions.placeNounsAfterUnknownName')}(?=\\s|$)`, 'u'),
      );
      const describing = (w: string) => {
        const l = w.toLowerCase();
        return (
          gaz.demonyms.has(l) ||
          names.groupWords.has(l) ||
          (l.length > 4 && /(?:an|ese|ish|ic)$/u.test(l)) ||
          /-\p{Ll}+$/u.test(w) ||
          W.holidays.has(l) ||
          W.monthsRe.test(w) ||
          W.weekdaysRe.test(w)
        );
      };
      for (const sp of spans) {
        if (sp.gaz.length || sp.source === 'rule' || sp.rules?.length) continue;
        const name = words.slice(sp.s, sp.e);
        if (sp.type === 'person') {
          if (names.givenNames.has(lower(name[0]!)) || titleBefore(names, words, sp.s)) continue;
        } else if (sp.type !== 'misc') continue;
        if (!name.every((w) => opensUpper(w) || /^al-\p{Lu}/u.test(w)) || name.some(describing)) continue;
        if (names.groupWords.has(name.join(' ').toLowerCase())) continue;
        if (!nouns.test(words.slice(sp.e, sp.e + 2).join(' '))) continue;
        sp.type = 'place';
        markSpan(sp, id);
      }
    },
  ),
  spanRule(
    'person-name-opens-unit-name',
    'armed groups name their units after a person, a martyr or a hero ("the Nelson Mandela Cell of the ELN", "the Gerardo Barrios Commando Unit", "the UC-ELN\'s Martha Elena Baron Unit"): a person\'s name followed right away by one or two capitalised unit nouns (mentions.namedUnitNouns) is the unit\'s name, a body, not the person; in capitals the tagger reads the person alone and leaves the unit noun out, and the person would be made the one who did what the unit did',
    (ctx, id) => {
      const { words, spans, res } = ctx;
      const units = res.words.set('mentions.namedUnitNouns');
      const unit = (k: number) => k < words.length && opensUpper(words[k]!) && units.has(lower(words[k]!));
      for (const sp of spans.slice()) {
        if (sp.type !== 'person') continue;
        // the tagger may have read the unit noun into the person's name already ("ROSA MARIN CELL"): two words of
        // the name before it at least, so a surname that is such a noun alone is left alone
        if (sp.e - sp.s >= 3 && unit(sp.e - 1)) {
          sp.type = 'organization';
          sp.gaz = [];
          markSpan(sp, id);
          continue;
        }
        if (!unit(sp.e)) continue;
        let e = sp.e + 1;
        if (unit(e)) e++;
        // a span the tagger read over the unit nouns belongs to the name now
        if (spans.some((t) => t !== sp && t.s < e && sp.e <= t.s && t.e > e)) continue;
        for (const t of spans.filter((t) => t !== sp && t.s >= sp.e && t.e <= e)) spans.splice(spans.indexOf(t), 1);
        sp.e = e;
        sp.type = 'organization';
        sp.gaz = [];
        markSpan(sp, id);
      }
    },
  ),
];

export function applySpanRules(ctx: SentenceSpans): void {
  for (const r of SPAN_RULES) if (isOn(ctx.res.rules, r)) r.run(ctx);
}

/** "Azahari bin Husin", "Abdullah ibn Saud": a patronymic particle between capitalised names joins them into one person */
function joinPatronymics(
  names: NameLexicons,
  W: MentionWords,
  words: readonly string[],
  spans: Span[],
  id: string,
): void {
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
    spans.push(ruleSpan('person', s, e, id));
    i = e;
  }
  spans.sort((a, b) => a.s - b.s);
}

/**
 * "Australian Trade Commission", "Asia Pacific Economic Cooperation Business Advisory Council": a run of capitalised words
 * ending in a head word only bodies have is one organisation, whatever pieces the tagger saw inside it.
 */
function bodyRuns(names: NameLexicons, W: MentionWords, words: readonly string[], spans: Span[], id: string): void {
  const cap = (k: number) => k < words.length && opensUpper(words[k]!);
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
    // a person inside, two bodies side by side, a name reaching outside the run or a known body inside it keep their reading;
    // a "person" that ends on the body's head word is no person ("the Cyprus Grain Commission" read as Cyprus + a person
    // "Grain Commission"): no one's name ends in "Commission"
    if (
      over.some(
        (t) =>
          (t.e === e && (t.type === 'organization' || t.gaz.length)) ||
          (t.type === 'person' && t.e !== e) ||
          t.s < s ||
          t.e > e ||
          t.gaz.some((g) => g.kind === 'org'),
      )
    )
      continue;
    if (over.filter((t) => t.type === 'organization').length > 1) continue;
    if (words.slice(s, e).some((w) => names.titles.set.has(lower(w)) && !W.orgHeads.has(lower(w)))) continue;
    replaceSpans(spans, over, ruleSpan('organization', s, e, id));
  }
  spans.sort((a, b) => a.s - b.s);
}
