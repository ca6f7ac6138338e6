// Rules that mend a name the tagger cut in two or ran on past its end (issue 11: precision on unseen news). They run
// after the entity rules (entity-rules.ts) over the candidates of one article; each is a named unit with its reason,
// switched off by id with KG_DISABLE_RULES. The words they need come from the gazetteer and the name lists.
import type { Doc } from './document.js';
import type { Candidate } from './mentions.js';
import { isOn } from '../rules/index.js';
import {
  type EntityRule,
  lists,
  mark,
  nameHeadWords,
  overlaps,
  remove,
  respan,
  retype,
  rule,
  sportCopy,
} from './entity-rules.js';
import { ruleCandidate } from './rule-candidate.js';
import { eachMatch } from '../reg-exp.js';

/**
 * A given name, one to three initials and a surname ("Franklin D. Roosevelt"), or two or more initials run together
 * and a surname ("O.J. Simpson"): group 1 the given name (absent in the second shape), 2 the initials, 3 the surname.
 */
const INITIALLED_NAME =
  /(?<![\p{L}\p{N}.'’&-])(?:(\p{Lu}\p{Ll}+)[ \t]+)?((?:\p{Lu}\.[ \t]?){1,3})[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’&-])/gu;

/** whether `lower` names a place or a body the gazetteer knows ("u.s.", "u.n.") */
function gazetteerName(doc: Doc, lower: string): boolean {
  const g = doc.res.gazetteer;
  return [lower, lower.replace(/\./g, '')].some((k) => g.placesByName.has(k) || g.orgsByName.has(k));
}

/** Where an initialled name (INITIALLED_NAME) stands in the text, and whether it is a person's by its words. */
function initialledNames(doc: Doc): { start: number; end: number }[] {
  const given = doc.res.names.givenNames;
  const common = doc.res.names.commonWords;
  const heads = nameHeadWords(doc);
  const out: { start: number; end: number }[] = [];
  for (const m of eachMatch(INITIALLED_NAME, doc.text)) {
    const [whole, first, initials, surname] = [m[0], m[1], m[2]!.trim(), m[3]!];
    const lowSurname = surname.toLowerCase();
    if (heads.some((h) => h.has(lowSurname)) || countryEntry(doc, lowSurname)) continue;
    if (first) {
      if (!given.has(first.toLowerCase())) continue;
    } else {
      // "O.J. Simpson": initials run together, that are no abbreviation of a place or body ("U.S. Postal")
      if (!/^(?:\p{Lu}\.){2,3}$/u.test(initials) || gazetteerName(doc, initials.toLowerCase())) continue;
      if (common.has(lowSurname) || gazetteerName(doc, lowSurname)) continue;
    }
    const end = m.index + whole.length;
    // a name that runs on into more capitalised words ("John F. Kennedy Airport") or before a head word written
    // small ("the John F. Kennedy airport") is some other thing's name
    if (/^[ \t]+\p{Lu}/u.test(doc.text.slice(end, end + 3))) continue;
    const next = /^[ \t]+(\p{Ll}+)/u.exec(doc.text.slice(end, end + 30))?.[1];
    if (next && heads.some((h) => h.has(next))) continue;
    if (gazetteerName(doc, whole.toLowerCase())) continue;
    out.push({ start: m.index, end });
  }
  return out;
}

/** the country the gazetteer knows by a name, if it is one */
function countryEntry(doc: Doc, lower: string) {
  return doc.res.gazetteer.placesByName.get(lower)?.find((e) => e.kind === 'country');
}

export const NAME_REPAIR_RULES: readonly EntityRule[] = [
  rule(
    'initialled-person-name',
    '"Franklin D. Roosevelt", "O.J. Simpson": a given name, initials and a surname, or initials run together and a surname, are one person\'s name, where the tagger cut it at the initials ("Franklin" read as a town and "D. Roosevelt" apart) or typed it a body or a place. Not where the initials are an abbreviation the gazetteer knows ("U.S. Postal"), the last word is a head word of a body or place or a common word after bare initials, or the name runs on into more capitalised words ("John F. Kennedy Airport"); nor over a mention that reaches outside the name or that a lexicon or a title backs as something else',
    (doc, cands, id) => {
      for (const r of initialledNames(doc)) {
        const over = cands.filter((c) => overlaps(c, r));
        if (!over.length) continue;
        if (over.some((c) => c.start < r.start || c.end > r.end)) continue;
        if (
          over.some(
            (c) => c.media || c.facility || (c.type !== 'person' && (c.sure || c.gaz.some((e) => e.kind === 'org'))),
          )
        )
          continue;
        if (over.length === 1 && over[0]!.type === 'person' && over[0]!.start === r.start && over[0]!.end === r.end)
          continue;
        const keep = over.find((c) => c.type === 'person') ?? over[0]!;
        remove(cands, (c) => c !== keep && over.includes(c));
        if (keep.start !== r.start || keep.end !== r.end) respan(doc, keep, r.start, r.end, id);
        retype(keep, 'person', id);
        keep.gaz = [];
        keep.venue = false;
      }
    },
  ),
  rule(
    'possessive-without-apostrophe',
    '"Indonesias second largest city", "New Zealands South Island": copy that has lost its apostrophes writes a country\'s possessive as the name and an "s"; where the name with the "s" is no place the gazetteer knows and the name without it is a country, the mention is that country (and a name run on after it, "South Island", is a mention of its own). Not a plural after "the" or a number ("the two Koreas")',
    (doc, cands, id) => {
      for (const c of cands.slice()) {
        if (c.type === 'person' || c.media || c.gaz.length) continue;
        const words = [...eachMatch(/\S+/gu, c.text)];
        for (let k = 1; k <= Math.min(3, words.length); k++) {
          const w = words[k - 1]!;
          if (!/\p{Ll}s$/u.test(w[0])) continue;
          const endInText = c.start + w.index + w[0].length;
          const written = doc.text.slice(c.start, endInText).toLowerCase();
          if (doc.res.gazetteer.placesByName.has(written)) break;
          const country = countryEntry(doc, written.slice(0, -1));
          if (!country) continue;
          const before = doc.text.slice(Math.max(0, c.start - 12), c.start);
          const plural = doc.res.words.memo(
            'name-repair.pluralBefore',
            () => new RegExp(`(?:^|[^\\p{L}])(?:${doc.res.words.alt('entities.pluralNameDeterminers')})[ \\t]+$`, 'iu'),
          );
          if (plural.test(before)) break;
          const rest = words[k];
          if (rest) {
            const tail = { ...c, start: c.start + rest.index, end: c.end, text: c.text.slice(rest.index), gaz: [] };
            mark(tail, id);
            cands.push(tail);
          }
          respan(doc, c, c.start, endInText - 1, id);
          retype(c, 'place', id);
          c.gaz = [country];
          break;
        }
      }
    },
  ),
  rule(
    'bracketed-list-of-people',
    '"Australia (Ann Lee, Tom Reid, Joe Hart)": results and team copy list a side\'s members in brackets after its name, with commas only; a list that fills the brackets, of three names or more, most of the others people and one of them a full name, lists people, so a member the tagger typed a place or a body, with no lexicon entry and no head word of a body, place or venue, is a person too (rule list-of-people asks for an "and", which such lists leave out)',
    (doc, cands, id) => {
      const heads = nameHeadWords(doc);
      for (const list of lists(doc, cands)) {
        const first = list[0]!;
        const last = list[list.length - 1]!;
        if (list.length < 3 || !/\([ \t]*$/u.test(doc.text.slice(first.start - 3, first.start))) continue;
        if (!/^[ \t]*\)/u.test(doc.text.slice(last.end, last.end + 3))) continue;
        for (const c of list) {
          const words = c.text.split(/\s+/u);
          if (c.type === 'person' || c.gaz.length || c.media || c.venue || c.sure || words.length > 3) continue;
          if (heads.some((h) => h.has(words[words.length - 1]!.toLowerCase()))) continue;
          const others = list.filter((o) => o !== c);
          const people = others.filter((o) => o.type === 'person');
          if (people.length * 3 >= others.length * 2 && people.some((o) => /\s/u.test(o.text))) retype(c, 'person', id);
        }
      }
    },
  ),
  rule(
    'known-names-run-together',
    '"Yeltsin endorses Lebed Chechnya peace plan", "the OSCE Chechnya mission": headlines and dense copy write two names side by side with nothing between, and the tagger reads them as one name; where the article names each part on its own elsewhere, as names of two different kinds (a person and a place, a body and then a place), or one part is a country, the span is the two names. Not a place before a body, which names the body of that place ("U.S. Treasury", "Chicago NAPM"), nor where the whole is written again as one name, a part is a lone common word ("Manchester United"), two names of one kind stand together ("Sony Ericsson"), the first part is an abbreviated word ("St. Paul"), or in sports copy, where a club is named by its town ("Bayern Munich")',
    (doc, cands, id) => {
      if (sportCopy(doc)) return;
      const common = doc.res.names.commonWords;
      const key = (t: string) => t.replace(/['’]s$/u, '').toLowerCase();
      const alone = new Map<string, Candidate>();
      for (const c of cands) if (!c.media && !alone.has(key(c.text))) alone.set(key(c.text), c);
      const written = new Map<string, number>();
      for (const c of cands) written.set(key(c.text), (written.get(key(c.text)) ?? 0) + 1);
      for (const c of cands.slice()) {
        if (c.media || c.venue || c.sure || c.gaz.length || (written.get(key(c.text)) ?? 0) > 1) continue;
        const words = [...eachMatch(/\S+/gu, c.text)];
        if (words.length < 2 || words.length > 6) continue;
        for (let k = 1; k < words.length; k++) {
          const cut = words[k]!.index;
          if (c.text.slice(words[k - 1]!.index + words[k - 1]![0].length, cut) !== ' ') continue;
          const [a, b] = [c.text.slice(0, cut - 1), c.text.slice(cut)];
          if ([a, b].some((p) => !/\s/u.test(p) && common.has(p.toLowerCase()))) continue;
          // "St. Paul", "Ft. Worth": an abbreviated first word belongs to the name after it
          if (/^\p{L}{1,3}\.$/u.test(a)) continue;
          const kind = (p: string): { type: Candidate['type']; country?: ReturnType<typeof countryEntry> } | null => {
            const o = alone.get(key(p));
            if (o && o !== c && !overlaps(o, c)) return { type: o.type };
            const country = countryEntry(doc, key(p));
            return country ? { type: 'place', country } : null;
          };
          const [ka, kb] = [kind(a), kind(b)];
          if (!ka || !kb || ka.type === kb.type || (ka.country && kb.country)) continue;
          // "U.S. Treasury", "Chicago NAPM": a place before a body qualifies it, one name
          if (ka.type === 'place' && kb.type === 'organization') continue;
          const second = ruleCandidate(doc, kb.type, c.start + cut, c.end, id);
          if (kb.country) second.gaz = [kb.country];
          respan(doc, c, c.start, c.start + cut - 1, id);
          c.type = ka.type;
          c.gaz = ka.country ? [ka.country] : [];
          cands.push(second);
          break;
        }
      }
    },
  ),
  rule(
    'firm-suffix-closes-name',
    '"Louis Dreyfus Corp", "Warner Bros": a capitalised company suffix (mentions.companySuffixes) right after a name closes that name, and the whole is a firm, where the tagger stopped before the suffix and read the name as a person or a place. Not a suffix that is also a plain noun (mentions.companySuffixesAfterAmpersand: "Sons", "Partners"), nor where more capitalised words follow the suffix ("Bay Co Building Authority": a county), nor a name a title backs as a person',
    (doc, cands, id) => {
      const suffixes = doc.res.words.set('mentions.companySuffixes');
      const plain = doc.res.words.set('mentions.companySuffixesAfterAmpersand');
      for (const c of cands) {
        if (c.media || c.sure || c.gaz.some((e) => e.kind === 'country')) continue;
        const m = /^[ \t](\p{Lu}[\p{L}]*)(?=\.?(?:[^\p{L}\p{N}.]|$))\.?([ \t]+\p{Lu})?/u.exec(
          doc.text.slice(c.end, c.end + 24),
        );
        if (!m || m[2]) continue;
        const word = m[1]!.toLowerCase();
        if (!suffixes.has(word) || plain.has(word)) continue;
        const end = c.end + 1 + m[1]!.length;
        if (cands.some((o) => o !== c && overlaps(o, { start: c.end, end }))) continue;
        respan(doc, c, c.start, end, id);
        retype(c, 'organization', id);
        c.gaz = c.gaz.filter((e) => e.kind === 'org');
        c.venue = false;
      }
    },
  ),
  rule(
    'period-after-body-name',
    '"Loxley H1 net rises", "the Chicago Purchasing Managers August index": business copy writes the period a figure covers right after the name of the body that reports it, a half or quarter ("H1", "Q3") or a month (news.months), and the tagger runs the name on over it; a body\'s name that ends in such a word ends before it. Not a month followed by a day ("August 12"), nor a person\'s name ("Mary June")',
    (doc, cands, id) => {
      const months = doc.res.words.set('news.months');
      for (const c of cands) {
        if (c.type !== 'organization' || c.media || c.gaz.length) continue;
        const m = /^(.*\S)[ \t]+(\S+)$/u.exec(c.text);
        if (!m) continue;
        const last = m[2]!;
        const period = /^(?:H[12]|Q[1-4])$/u.test(last);
        const month = /^\p{Lu}\p{Ll}+$/u.test(last) && months.has(last.toLowerCase());
        if (!period && !month) continue;
        if (month && /^[ \t]+\d/u.test(doc.text.slice(c.end, c.end + 4))) continue;
        respan(doc, c, c.start, c.start + m[1]!.length, id);
      }
    },
  ),
];

/** Runs the rules of this file that are on over an article's candidates, after the entity rules. */
export function applyNameRepairRules(doc: Doc, cands: Candidate[]): void {
  for (const r of NAME_REPAIR_RULES) if (isOn(doc.res.rules, r)) r.run(doc, cands);
  cands.sort((a, b) => a.start - b.start);
}
