// Rules that decide whether a candidate mention names a real entity, and what kind of place it is (issue 11).
// Each rule is a named unit with an id and a reason a reader can check; the words it needs are lists in
// data/lexicons/entities.json. They run over the candidates of one article after tagging and typing.
import type { Doc } from './document.js';
import { sentenceAt } from './document.js';
import type { Candidate } from './mentions.js';
import { isOn, type Rule } from '../rules/index.js';

export interface EntityRuleInput { doc: Doc; cands: Candidate[] }

/** Runs over all candidates of an article, changing them in place; `apply` returns null (nothing to report). */
export interface EntityRule extends Rule<EntityRuleInput, never> {
  run(doc: Doc, cands: Candidate[]): void;
}

function rule(id: string, reason: string, run: (doc: Doc, cands: Candidate[]) => void): EntityRule {
  return { id: `entities/${id}`, family: 'entities', reason, run, apply: ({ doc, cands }) => { run(doc, cands); return null; } };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function remove(cands: Candidate[], drop: (c: Candidate) => boolean): void {
  for (let i = cands.length - 1; i >= 0; i--) if (drop(cands[i]!)) cands.splice(i, 1);
}

interface EntityWords {
  notEntities: ReadonlySet<string>;
  lawTitle: RegExp;
  siteStreet: RegExp;
  siteFirst: RegExp;
  pluralSiteNoun: RegExp;
  regionalAdjective: RegExp;
  titleQualifier: RegExp;
}

function entityWords(doc: Doc): EntityWords {
  const w = doc.res.words;
  return w.memo('entity-rules', () => {
    const particles = w.alt('entities.nameParticles');
    const name = String.raw`\p{Lu}[\p{L}'’-]*`;
    // a name after a head: particles and capitalised words ("de la Loi", "des Anglais", "Primo Maggio", "du Corbillon")
    const tail = String.raw`(?:(?:${particles})\s+|(?:d|l)['’])*${name}(?:\s+(?:(?:${particles})\s+|(?:d|l)['’])*${name}){0,3}`;
    return {
      notEntities: w.set('entities.notEntities'),
      lawTitle: new RegExp(String.raw`(?:\b\p{Lu}[\p{L}'’-]*\s+|\([^()\n]{1,160}\)\s*)+${w.alt('entities.lawTails')}\b(?!\s+\p{Lu})`, 'gu'),
      siteStreet: new RegExp(String.raw`(?<![\p{L}])${w.alt('entities.streetHeadsLower')}\s+${tail}`, 'gu'),
      siteFirst: new RegExp(String.raw`(?<![\p{L}])${w.alt('entities.siteFirstWordsForeign')}\s+${tail}`, 'gu'),
      pluralSiteNoun: new RegExp(String.raw`^\s+${w.alt('entities.pluralSiteNouns')}\b`),
      regionalAdjective: new RegExp(String.raw`(?:^|\s)${w.alt('entities.regionalAdjectives')}$`),
      titleQualifier: new RegExp(String.raw`^\s+${w.alt('entities.titleAfterQualifier')}\s+\p{Lu}`, 'u'),
    };
  });
}

/** A candidate at the start of its sentence, of a quote, or right after a dateline's dash. */
function opensSentence(doc: Doc, c: Candidate): boolean {
  const s = doc.sentences[c.sentence];
  if (!s) return false;
  const before = doc.text.slice(s.start, c.start);
  return /^[\s"“‘'(*_—–-]*$/.test(before) || /^[\s*_]*\p{Lu}[\p{Lu}\p{M}.'’ -]*(?:,\s*[\p{L}. ]{1,30})?\s*(?:\([^)\n]{1,80}\))?\s*[—–-]{1,2}\s*$/u.test(before);
}

const PLURAL = /^\p{Lu}\p{Ll}+(?:s|men)$/u;

export const ENTITY_RULES: readonly EntityRule[] = [
  rule('titled-name-continues', '"Justice Cameron Mander", "Judge George O\'Toole": after a title, the capitalised words that follow the first name are the rest of the name', (doc, cands) => {
      for (const c of cands) {
        if (c.type !== 'person' || !c.sure || /\s/.test(c.text)) continue;
        const m = /^\s(?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:Jr|Sr)\.?)?(?![\p{L}'’])/u.exec(doc.text.slice(c.end, c.end + 40));
        if (!m) continue;
        const r = { start: c.end, end: c.end + m[0].length };
        if (cands.some((o) => o !== c && overlaps(o, r))) continue;
        const word = m[0].trim().split(/\s/)[0]!.toLowerCase();
        if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(word)) continue;
        c.end = r.end;
        c.text = doc.input.text.slice(c.start, c.end);
      }
    }),
  rule('coordinated-first-name', '"Yusuf and Idris Benali", "Said and Cherif Kouachi": a lone capitalised word joined by "and" to a full name of a person is a person sharing that surname (entities.ts gives it the surname)', (doc, cands) => {
    const sorted = cands.slice().sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const c = sorted[i]!, next = sorted[i + 1]!;
      if (c.type === 'person' || next.type !== 'person' || /\s/.test(c.text) || !/\s/.test(next.text)) continue;
      if (c.gaz.some((e) => e.kind === 'org' || e.kind === 'country') || !/^\s+and\s+$/.test(doc.text.slice(c.end, next.start))) continue;
      if (!doc.res.names.givenNames.has(c.text.toLowerCase()) && !doc.res.names.givenNames.has(next.text.split(/\s+/)[0]!.toLowerCase())) continue;
      c.type = 'person';
      c.gaz = [];
    }
  }),
  rule('dateline-place', 'the capitals opening a line before a dash ("BOSTON —", "PORTLAND, Ore. —") are the dateline: a place, and its state abbreviation is no entity', (doc, cands) => {
      for (const m of doc.text.matchAll(/^[ \t*_]*(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*)(,\s*[\p{L}. ]{1,30}?)?\s*(?:\([^)\n]{1,80}\))?\s*[—–]|^[ \t*_]*(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*)(,\s*[\p{L}. ]{1,30}?)?\s*(?:\([^)\n]{1,80}\))?\s+-{1,2}\s/gmu)) {
        const placeText = m[1] ?? m[3]!;
        const start = m.index + m[0].indexOf(placeText);
        const place = { start, end: start + placeText.length };
        for (const c of cands) if (c.type !== 'place' && c.start >= place.start && c.end <= place.end) c.type = 'place';
        const region = m[2] ?? m[4];
        if (region) {
          const rs = place.end, re = place.end + region.length;
          // "Mass.", "Ore.": an abbreviated state is the dateline's, already known from the city
          remove(cands, (c) => c.start >= rs && c.end <= re && /\.$|^\p{Lu}\p{Ll}{0,4}$/u.test(doc.text.slice(c.start, c.end + 1).trim()) && c.gaz.length === 0);
        }
      }
    }),
  rule('common-word-opening', 'a single capitalised plural word ("Witnesses", "Survivors", "Gunmen") opening a sentence or following a dateline is a common noun; names have a gazetteer entry, a title or a full form', (doc, cands) => {
      const lowerWords = new Set(doc.text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
      const given = doc.res.names.givenNames;
      const fullNameParts = new Set(cands.filter((c) => c.type === 'person' && /\s/.test(c.text)).flatMap((c) => c.text.toLowerCase().split(/\s+/)));
      remove(cands, (c) => !c.gaz.length && !c.sure && !/\s/.test(c.text) && !fullNameParts.has(c.text.toLowerCase())
        && !given.has(c.text.toLowerCase()) && opensSentence(doc, c)
        && (PLURAL.test(c.text) || lowerWords.has(c.text.toLowerCase())));
    }),
  rule('plural-person', 'a person is never a plural common noun ("Heroes", "Witnesses"): a one-word person ending like a plural, whose singular is written in lower case in the article or which no full name contains, is dropped', (doc, cands) => {
      const fullNameParts = new Set(cands.filter((c) => c.type === 'person' && /\s/.test(c.text)).flatMap((c) => c.text.toLowerCase().split(/\s+/)));
      const given = doc.res.names.givenNames;
      remove(cands, (c) => c.type === 'person' && !c.sure && !c.gaz.length && /^\p{Lu}\p{Ll}+(?:ies|es|men)$/u.test(c.text)
        && !fullNameParts.has(c.text.toLowerCase()) && !given.has(c.text.toLowerCase()));
    }),
  rule('law-title', 'titles of laws and bills ("Terrorism Suppression Act", "the Arms (…) Amendment Bill") are not people, bodies or places, nor are the words inside them', (doc, cands) => {
      const W = entityWords(doc);
      for (const m of doc.text.matchAll(W.lawTitle)) {
        const words = m[0].trim().split(/\s+/);
        if (words.length < 2) continue;
        const r = { start: m.index, end: m.index + m[0].length };
        remove(cands, (c) => c.start >= r.start && c.end <= r.end && !c.gaz.some((e) => e.kind !== 'city'));
      }
    }),
  rule('not-an-entity-word', 'words of faith ("Allah", "God") are never a person, body or place of the graph', (doc, cands) => {
      const W = entityWords(doc);
      remove(cands, (c) => W.notEntities.has(c.text.toLowerCase().replace(/['’]s$/u, '')));
    }),
  rule('named-day', 'a name followed by "Day" ("Patriots\' Day", "One Boston Day") is a day, not a body or a person', (doc, cands) => {
      remove(cands, (c) => !c.gaz.length && (/^['’]?s?['’]?\s+Day\b/u.test(doc.text.slice(c.end, c.end + 8)) || /\sDay$/u.test(c.text)));
    }),
  rule('regional-adjective', '"Central Asian migrants", "West African states": a name ending in a regional adjective describes, it names nothing', (doc, cands) => {
      const W = entityWords(doc);
      remove(cands, (c) => !c.gaz.some((e) => e.kind === 'org') && W.regionalAdjective.test(c.text) && /^\s+\p{Ll}/u.test(doc.text.slice(c.end, c.end + 3)));
    }),
  rule('title-qualifier', '"U.S. District Judge", "Federal Prosecutor", "Inspector General of Police": the words before or making up a title are part of the role, not a place or body', (doc, cands) => {
      const W = entityWords(doc);
      const titles = doc.res.names.titles.set;
      const orgHeads = doc.res.words.set('mentions.orgHeads');
      remove(cands, (c) => c.type !== 'person' && !c.gaz.length && !orgHeads.has(c.text.split(/\s+/).pop()!.toLowerCase()) && (W.titleQualifier.test(doc.text.slice(c.end, c.end + 40))
        || titles.has(c.text.toLowerCase()) || titles.has(c.text.toLowerCase().replace(/\s+of\s+(?:the\s+)?police$/, ''))));
    }),
  rule('street-name', 'a street or square written with its head ("rue de la Loi", "Piazza Primo Maggio", "Promenade des Anglais", "Stade de France") is one place of kind site, not its parts', (doc, cands) => {
      const W = entityWords(doc);
      const found: { start: number; end: number }[] = [];
      for (const re of [W.siteStreet, W.siteFirst]) for (const m of doc.text.matchAll(re)) {
        let end = m.index + m[0].length;
        const text = doc.text.slice(m.index, end).replace(/['’]s$/u, '');
        end = m.index + text.length;
        if (found.some((f) => overlaps(f, { start: m.index, end }))) continue;
        found.push({ start: m.index, end });
      }
      for (const r of found) {
        const over = cands.filter((c) => overlaps(c, r));
        if (over.some((c) => c.gaz.some((e) => e.kind === 'org') || c.start < r.start || c.end > r.end)) continue;
        remove(cands, (c) => over.includes(c));
        cands.push({ type: 'place', start: r.start, end: r.end, text: doc.input.text.slice(r.start, r.end), sentence: sentenceAt(doc.sentences, r.start), gaz: [], source: 'rule', roles: [], venue: true });
      }
    }),
  rule('list-before-site-noun', '"the Shangri-La, Cinnamon Grand and Kingsbury hotels": every name of a list before a plural site noun is such a site', (doc, cands) => {
      const W = entityWords(doc);
      const sorted = cands.slice().sort((a, b) => a.start - b.start);
      for (let i = sorted.length - 1; i >= 0; i--) {
        const last = sorted[i]!;
        if (!W.pluralSiteNoun.test(doc.text.slice(last.end, last.end + 30)) || last.gaz.some((e) => e.kind === 'org')) continue;
        const members = [last];
        for (let k = i - 1; k >= 0; k--) {
          const gap = doc.text.slice(sorted[k]!.end, members[0]!.start);
          if (!/^\s*(?:,|and|,\s*and)\s*$/.test(gap)) break;
          members.unshift(sorted[k]!);
        }
        if (members.length < 2) continue;
        for (const c of members) { c.type = 'place'; c.venue = true; c.gaz = []; }
      }
    }),
];

export function applyEntityRules(doc: Doc, cands: Candidate[]): void {
  for (const r of ENTITY_RULES) if (isOn(doc.res.rules, r)) r.run(doc, cands);
  cands.sort((a, b) => a.start - b.start);
}

