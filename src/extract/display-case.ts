// Display names for text written in capitals (old wire copy, headlines): "JUAN PEREZ" is shown as "Juan Perez".
// Only what a reader sees changes: keys were made from normalised (lower-case) names before this stage, so restoring
// the case can neither split nor merge a node; each mention keeps the text as written, and the name in capitals stays
// an alias.
import { writtenWithoutCapitals, type Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import { englishWordOf, inCaps, inflectedEnglish } from './entity-rules.js';
import type { Gazetteer } from './gazetteer.js';
import type { IncidentEntity, Relation } from './types.js';
import { inlineRule, isOn } from '../rules/index.js';
import { eachMatch, escapeRegExp } from '../reg-exp.js';
import { titleCase } from '../title-case.js';

/**
 * How a word in capitals is written again: as a name's word, as a body's one-word name (where a short unknown word is
 * its acronym: "ANEP", "UCA"), or as a word of a phrase ("TWO BODYGUARDS").
 */
type Mode = 'name' | 'body' | 'phrase';

export interface CaseForms {
  /** lower-case word -> how the article itself writes it with a capital in its mixed-case sentences */
  article: ReadonlyMap<string, string>;
  /** lower-case word -> how the gazetteer's names write it most often */
  known: ReadonlyMap<string, string>;
  /** small words of a name, written small after its first word ("of", "de", "la", "bin") */
  small: ReadonlySet<string>;
  /** whether a lower-case word is a word of English (not a name) */
  english: (word: string) => boolean;
  /** given names (lower case): a word of a name, never an acronym */
  given: ReadonlySet<string>;
}

/**
 * Rule display/case-restored-name. Text in capitals hides how its names are written, and a node called
 * "NATIONAL POLICE" reads as shouting: a name whose every mention stands in a sentence in capitals is shown with each
 * word as the article writes it elsewhere in mixed case, else as the gazetteer's names write it ("de", "FMLN",
 * "McAllen"), else with its small words small after the first word (entities.titleSmallWords, nameParticles,
 * surnameParticles, mentions.patronymicParticles), an acronym kept (a word without a vowel, a Roman numeral, a
 * dotted abbreviation; a body's one-word name of two to five letters that is no English word: "ANEP") and every
 * other word in title case. Roles and described participants ("URBAN GUERRILLAS")
 * are phrases: their English words are written small.
 */
export const CASE_RESTORED_NAME = inlineRule(
  'display/case-restored-name',
  'a name written in capitals only because the whole sentence is (old wire copy, a headline) is shown as names are written: known forms from the article and the gazetteer first, then title case with small words small and acronyms kept; keys are made before, from lower-case names, so no node splits or merges',
);

/** A Roman numeral of two letters or more ("II", "XIV"). */
const ROMAN = /^(?=[IVXL]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/u;

const gazetteerForms = new WeakMap<Gazetteer, Map<string, string>>();

/** lower-case word -> its most frequent written form among the gazetteer's names (forms with a capital only). */
function knownForms(g: Gazetteer, english: (w: string) => boolean): Map<string, string> {
  let known = gazetteerForms.get(g);
  if (known) return known;
  const counts = new Map<string, Map<string, number>>();
  for (const words of g.writtenNames())
    for (const w of words) {
      if (!/\p{Lu}/u.test(w) || !/\p{L}{2}/u.test(w)) continue;
      const l = w.toLowerCase();
      // an acronym that is also a word of English ("RAID", "RAW") is the word when it stands in another name
      // (nor is a Roman numeral: "XI" of "Pius XI" is no form of the name Xi)
      if (w === w.toUpperCase() && (english(l) || ROMAN.test(w))) continue;
      let c = counts.get(l);
      if (!c) counts.set(l, (c = new Map()));
      c.set(w, (c.get(w) ?? 0) + 1);
    }
  known = new Map();
  for (const [l, c] of counts)
    known.set(l, [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  gazetteerForms.set(g, known);
  return known;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The forms of the case-restoring rule for one article. */
export function caseForms(doc: Doc): CaseForms {
  const w = doc.res.words;
  const englishWord = englishWordOf(doc);
  const english = (word: string) => englishWord(word) || inflectedEnglish(doc, word);
  const article = new Map<string, string>();
  for (const s of doc.sentences) {
    if (inCaps(doc, s.index)) continue;
    let first = true;
    for (const m of eachMatch(WORD, doc.text.slice(s.start, s.end))) {
      const word = m[0].replace(/['’]s$/u, '').replace(/\.$/u, '');
      // the first word of a sentence is capitalised whatever it is
      if (!first && /\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)) article.set(word.toLowerCase(), word);
      first = false;
    }
  }
  const small = new Set(
    [
      ...w.list('entities.titleSmallWords'),
      ...w.list('entities.nameParticles'),
      ...w.list('entities.surnameParticles'),
      ...w.list('mentions.patronymicParticles'),
    ].filter((x) => !/\s/u.test(x)),
  );
  return {
    article,
    known: knownForms(doc.res.gazetteer, englishWord),
    small,
    english,
    given: doc.res.names.givenNamesWide,
  };
}

/** One word in capitals as it would be written (see CASE_RESTORED_NAME); a word with a small letter stays. */
export function restoreWord(forms: CaseForms, word: string, index: number, mode: Mode): string {
  if (/\p{Ll}/u.test(word) || !/\p{Lu}/u.test(word)) return word;
  const possessive = /['’]S$/u.test(word) ? word.slice(-2) : '';
  const bare = possessive ? word.slice(0, -2) : word;
  const l = bare.toLowerCase();
  const tail = possessive ? possessive[0] + 's' : '';
  if (index > 0 && forms.small.has(l)) return l + tail;
  if (mode === 'phrase' && forms.english(l)) return l + tail;
  const own = forms.article.get(l);
  if (own) return own + tail;
  const known = forms.known.get(l);
  // a phrase describes ("UNIDENTIFIED GUNMEN"): of the gazetteer's forms only an acronym names something in it
  if (known && (mode !== 'phrase' || known === bare)) return known + tail;
  if ((index > 0 && ROMAN.test(bare)) || /\p{L}\./u.test(bare)) return word;
  // an acronym: letters without a vowel ("FMLN", "PCN"), or in a body's name a short word of no language the lists know
  if (/^\p{Lu}{2,}$/u.test(bare) && !/[AEIOUY]/u.test(bare)) return word;
  if (mode === 'body' && /^\p{Lu}{2,5}$/u.test(bare) && !forms.english(l) && !forms.small.has(l) && !forms.given.has(l))
    return word;
  return (mode === 'phrase' ? l : titleCase(bare)) + tail;
}

/** A name or phrase in capitals as it would be written; anything with a small letter stays as it is. */
export function restoreCase(forms: CaseForms, text: string, mode: Mode): string {
  if (/\p{Ll}/u.test(text)) return text;
  let index = 0;
  return text.replace(/\S+/gu, (token) => {
    const lead = /^[^\p{L}\p{N}]*/u.exec(token)![0];
    const trail = /[^\p{L}\p{N}.'’]*$/u.exec(token.slice(lead.length))![0];
    const core = token.slice(lead.length, token.length - trail.length);
    if (!core) return token;
    return lead + restoreWord(forms, core, index++, mode) + trail;
  });
}

/** Whether every mention of the entity stands in a sentence in capitals. */
function onlyInCaps(doc: Doc, e: NamedEntity): boolean {
  return e.mentions.length > 0 && e.mentions.every((m) => inCaps(doc, m.sentence));
}

/**
 * The display stage: names, roles, incident participants and incident names of an article in capitals written as
 * names are written (rule display/case-restored-name). The name in capitals is kept as an alias.
 */
export function restoreDisplayCase(
  doc: Doc,
  entities: NamedEntity[],
  incidents: IncidentEntity[],
  relations: Relation[],
): void {
  if (!isOn(doc.res.rules, CASE_RESTORED_NAME)) return;
  // a text without any capitals ("explosion in kabul") hides its names' case as much as one in capitals does
  const noCapitals = writtenWithoutCapitals(doc.text);
  if (!noCapitals && !doc.sentences.some((s) => inCaps(doc, s.index))) return;
  const forms = caseForms(doc);
  const renamed = new Map<string, { from: string; to: string }>();
  for (const e of entities) {
    if (!noCapitals && !onlyInCaps(doc, e)) continue;
    if (e.type === 'person' && !noCapitals) e.roles = e.roles.map((r) => restoreCase(forms, r, 'phrase'));
    // a body or place whose name the gazetteer gives is written as the gazetteer writes it
    if (!/\p{L}{2}/u.test(e.name) || e.key.startsWith('org:known:')) continue;
    const shouted = noCapitals ? !/\p{Lu}/u.test(e.name) : !/\p{Ll}/u.test(e.name);
    if (!shouted) continue;
    // a body named by one short word is named by its acronym ("ANEP"); in a longer name such a word is a name's
    // ("QUISPE TAWAR MOVEMENT")
    const acronym = e.type === 'organization' && !/\s/u.test(e.name.trim());
    const to = restoreCase(forms, e.name.toUpperCase(), acronym ? 'body' : 'name');
    if (to === e.name) continue;
    renamed.set(e.id, { from: e.name, to });
    if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
    e.aliases = e.aliases.filter((a) => a !== to);
    e.name = to;
    (e.merges ??= []).push(
      doc.noCapitals
        ? `rule ${CASE_RESTORED_NAME.id}: "${renamed.get(e.id)!.from.toLowerCase()}" is written without capitals`
        : `rule ${CASE_RESTORED_NAME.id}: "${renamed.get(e.id)!.from}" is written ${noCapitals ? 'without capitals' : 'in capitals only'}`,
    );
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const inc of incidents) {
    for (const p of inc.participants) {
      // A described participant keeps its description even when it is linked to a body ("soldiers" → an army).
      if (p.described) {
        if (!noCapitals && p.sentence !== undefined && inCaps(doc, p.sentence))
          p.name = restoreCase(forms, p.name, 'phrase');
        continue;
      }
      const r = p.entity ? renamed.get(p.entity) : undefined;
      if (r) p.name = r.to;
    }
    // The place label may join the place with its town ("X, City"), so each renamed name is replaced within it.
    for (const r of renamed.values()) {
      const written = new RegExp(`(?<![\\p{L}])${escapeRegExp(r.from)}(?![\\p{L}])`, 'gu');
      inc.name = inc.name.replace(written, r.to);
      if (inc.place) inc.place = inc.place.replace(written, r.to);
    }
  }
  for (const rel of noCapitals ? [] : relations) {
    if (!rel.label || /\p{Ll}/u.test(rel.label)) continue;
    const from = byId.get(rel.from);
    if (from && onlyInCaps(doc, from)) rel.label = restoreCase(forms, rel.label, 'phrase');
  }
}
