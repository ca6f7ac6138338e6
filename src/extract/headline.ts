// The title is part of the text (issue #10): its headline names people, bodies and places, and often tells the event
// and its toll ("Gunman kills 3 at mall"). Its spans are offsets into `input.title`, kept apart from the text's
// (`titleMentions`), so the text's offsets, sentences and evidence stay as they are.
//
// A headline has its own conventions: Title Case or capitals (case tells no name from a common word), no articles,
// the present tense for past events, and page furniture after " - " or " | " (headline-text.ts). So:
// - rule headline/names-the-text-confirms: a headline names an entity where it writes a name the text gives it (its
//   name, an alias, a mention's words, or a person's surname no other person of the article has). Nothing else in a
//   headline becomes an entity: a capitalised word of a headline is no evidence of a name.
// - rule headline/main-event-phrases: the incident phrases of the headline, read as a sentence of its own (folded to
//   lower case where its case tells nothing, names kept), are phrases of the article's incident of a kind they may
//   share: their toll and place fill what the text leaves empty. An incident the text does not tell at
//   all, told only in the headline, is the article's incident.
import { makeDoc, sentenceAt } from './document.js';
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import { headlineOf, readAsSentence, type HeadlineWords } from './headline-text.js';
import { findIncidents, incidentSource } from './incidents.js';
import { incidentName, isResponseKind, kindsMayBeOneEventInArticle } from '../ontology/index.js';
import type { ArticleInput, IncidentEntity, Mention, TitleMention } from './types.js';
import { escapeRegExp, eachMatch } from '../reg-exp.js';
import { firstMatch, isOn } from '../rules/index.js';
import { HEADLINE_ACCIDENT_LEDE } from './incident-inline-rules.js';
import { HEADLINE_CITY_IN_TITLE, HEADLINE_COUNTRY_IN_TITLE } from './headline-places.js';

interface Span {
  entity: NamedEntity;
  start: number;
  end: number;
}

const TYPE_ORDER: Record<NamedEntity['type'], number> = { person: 0, organization: 1, place: 2 };

/** the words a headline may write for the entity: its name, aliases and mention texts, a person's unshared surname */
function namesOf(e: NamedEntity, surnames: ReadonlyMap<string, number>): string[] {
  const names = new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]);
  if (e.type === 'person') {
    const words = e.name.split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.length > 1 && surnames.get(last.toLowerCase()) === 1) names.add(last);
  }
  // a two-letter name only as capitals ("NC", "UK"); shorter never
  return [...names].filter((n) => n.trim().length > 2 || /^\p{Lu}{2}$/u.test(n));
}

/** lower case with the final sigma as the medial one: what a case-insensitive Unicode pattern treats as one letter */
const caseFold = (s: string): string => s.toLowerCase().replace(/ς/g, 'σ');

/**
 * Rule headline/names-the-text-confirms: where the headline writes a name of one of the article's entities, longest
 * first (a person's full name before the place one of its words also names), a person before a body before a place
 * for one span. The headline writes a name capitalised whatever its style, so a match that opens with a lower-case
 * letter is a common word ("mesa" of "Mesa").
 */
export function headlineNames(headline: string, entities: readonly NamedEntity[]): Span[] {
  if (!headline.trim()) return [];
  const surnames = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words = e.name.split(/\s+/);
    if (words.length > 1) {
      const last = words[words.length - 1]!.toLowerCase();
      surnames.set(last, (surnames.get(last) ?? 0) + 1);
    }
  }
  const found: Span[] = [];
  // a name the headline cannot hold in any case is not looked for: a pattern per name costs far more than this test
  // (issue 12: compiling them was a tenth of extraction time)
  const folded = caseFold(headline);
  for (const e of entities) {
    for (const n of namesOf(e, surnames)) {
      if (!folded.includes(caseFold(n))) continue;
      const short = n.length <= 2;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, short ? 'gu' : 'giu');
      for (const m of eachMatch(re, headline)) {
        if (/^\p{Ll}/u.test(m[0])) continue;
        found.push({ entity: e, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  found.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || TYPE_ORDER[a.entity.type] - TYPE_ORDER[b.entity.type] || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** the headline conventions' words (data/lexicons/news.json) */
function headlineWords(doc: Doc): HeadlineWords {
  const w = doc.res.words;
  return w.memo('news.headlineWords', () => ({
    pastOf: new Map(w.list('news.headlinePastTense').map((x) => x.split('=') as [string, string])),
    participles: w.set('news.headlineParticiples'),
    notBeforePassive: w.set('news.headlineNotBeforePassive'),
    irregularPlurals: w.set('news.headlineIrregularPlurals'),
  }));
}

const told = (x: IncidentEntity) => x.mentions.length + (x.titleMentions?.length ?? 0);

/**
 * The headline pass: title mentions of the article's entities, and the headline's incident phrases joined to the
 * article's incidents (or, when the text tells none, the headline's incident added). Mutates `entities` and
 * `incidents`; does nothing for an article without a title.
 */
export function readHeadline(doc: Doc, entities: NamedEntity[], incidents: IncidentEntity[]): void {
  const headline = headlineOf(doc.input.title);
  if (!/\p{L}/u.test(headline)) return;
  // (rules headline/country-in-title, headline/city-in-title) a country, or a well-known city or province, only the
  // title names is a place of the article, its evidence the title
  const added: NamedEntity[] = [];
  for (const rule of [HEADLINE_COUNTRY_IN_TITLE, HEADLINE_CITY_IN_TITLE]) {
    const found = firstMatch([rule], { doc, entities }, doc.res.rules)?.out ?? [];
    entities.push(...found);
    added.push(...found);
  }
  const spans = headlineNames(headline, entities);
  for (const e of added) if (!spans.some((sp) => sp.entity === e)) entities.splice(entities.indexOf(e), 1);
  const titleMention = (start: number, end: number): TitleMention => ({
    field: 'title',
    start,
    end,
    text: headline.slice(start, end),
  });
  for (const sp of spans) (sp.entity.titleMentions ??= []).push(titleMention(sp.start, sp.end));

  // the headline read as one more sentence, alone: names where the text confirms them, nothing else
  const reading = readAsSentence(headline, spans, headlineWords(doc));
  const input: ArticleInput = {
    text: reading.text,
    ...(doc.input.id !== undefined ? { id: doc.input.id } : {}),
    ...(doc.input.published !== undefined ? { published: doc.input.published } : {}),
    ...(doc.input.source !== undefined ? { source: doc.input.source } : {}),
  };
  const head = makeDoc(input, doc.res);
  const named = new Map<string, Mention[]>();
  for (const sp of spans) {
    const start = reading.fromHeadline(sp.start),
      end = reading.fromHeadline(sp.end);
    const list = named.get(sp.entity.id) ?? [];
    list.push({ start, end, text: reading.text.slice(start, end), sentence: sentenceAt(head.sentences, start) });
    named.set(sp.entity.id, list);
  }
  const headEntities = entities.filter((e) => named.has(e.id)).map((e) => ({ ...e, mentions: named.get(e.id)! }));
  const told0 = incidents.length;
  const tellsNews = incidents.some((x) => !x.reference);
  for (const h of findIncidents(head, headEntities)) {
    const phrases: TitleMention[] = [];
    for (const m of h.mentions) {
      const p = titleMention(reading.toHeadline(m.start, false), reading.toHeadline(m.end, true));
      if (p.end > p.start && !phrases.some((x) => x.start === p.start)) phrases.push(p);
    }
    const quoted = phrases.map((p) => `"${p.text}"`).join(', ');
    // the text's incident it may be, one of its own kind first, then the one told most: one the text tells as news
    // where it tells any ("truck kills 84" is the vehicle attack the text reports, not an attack it refers back to; a
    // headline read alone has too few words to tell news from a reference), else the event a follow-up refers to
    // (where the text tells news, the headline is about it: a phrase that fits none of it joins no reference)
    const target = incidents
      .slice(0, told0)
      .filter((b) => kindsMayBeOneEventInArticle(b.kind, h.kind) && (!b.reference || !tellsNews))
      .sort((a, b) => Number(b.kind === h.kind) - Number(a.kind === h.kind) || told(b) - told(a))[0];
    if (target) {
      joinHeadline(entities, target, h, phrases, quoted);
      continue;
    }
    // told only in the headline: the article's incident when its text tells no violent event of the days it reports
    const violentNews = (x: IncidentEntity) => !x.reference && !isResponseKind(x.kind);
    // (an arrest "in the shooting deaths" the text refers back to is news of that shooting, no new one)
    const refersTo = incidents.some((b) => b.reference && kindsMayBeOneEventInArticle(b.kind, h.kind));
    if (!violentNews(h) || refersTo || incidents.some(violentNews)) continue;
    // (rule headline/accident-lede) the text's first sentences tell a mishap that caused the deaths
    if (isOn(doc.res.rules, HEADLINE_ACCIDENT_LEDE) && accidentLede(doc)) continue;
    const n = incidents.length + 1;
    const place = h.placeId ? entities.find((e) => e.id === h.placeId) : undefined;
    incidents.push({
      ...h,
      id: `i${n}`,
      key:
        place && h.date && !h.dateBasis
          ? `incident:${h.kind}:${place.key}:${h.date}`
          : `incident:${incidentSource(doc)}:${n}`,
      mentions: [],
      titleMentions: phrases,
      participants: h.participants.map(({ sentence: _s, ...p }) => p),
      merges: [...(h.merges ?? []), `told only in the title (${quoted}): the article's incident`],
    });
  }
}

/** the sentences of the text that open it, read for a mishap (rule headline/accident-lede) */
const ACCIDENT_LEDE_SENTENCES = 2;

/** Rule headline/accident-lede: the text's first sentences tell a mishap that caused deaths (a vehicle veered, a collision). */
function accidentLede(doc: Doc): boolean {
  const lede = doc.sentences
    .slice(0, ACCIDENT_LEDE_SENTENCES)
    .map((s) => s.text)
    .join(' ');
  return doc.res.incidents.accidentEvent.test(lede);
}

/** the headline's incident `h` is `target` told again: its phrases, and what the text leaves empty */
function joinHeadline(
  entities: readonly NamedEntity[],
  target: IncidentEntity,
  h: IncidentEntity,
  phrases: TitleMention[],
  quoted: string,
): void {
  const own = (target.titleMentions ??= []);
  for (const p of phrases) if (!own.some((o) => o.start === p.start)) own.push(p);
  own.sort((a, b) => a.start - b.start);
  const why = (target.merges ??= []);
  why.push(`the title tells it too (${quoted})`);
  if (target.killed === null && h.killed !== null) {
    target.killed = h.killed;
    why.push(`killed ${h.killed}: the title's toll, which the text does not give`);
  }
  if (target.injured === null && h.injured !== null) {
    target.injured = h.injured;
    why.push(`injured ${h.injured}: the title's toll, which the text does not give`);
  }
  if (!target.placeId && h.placeId) {
    target.placeId = h.placeId;
    target.place = h.place;
    why.push(`place ${h.place}: the place the title names, where the text places it nowhere`);
    const place = entities.find((e) => e.id === h.placeId);
    if (place && target.date && !target.dateBasis) target.key = `incident:${target.kind}:${place.key}:${target.date}`;
    // a name that says no place and no victim ("Attack (2024-03-04)") now says where
    if (place?.type === 'place' && target.name === incidentName(target.kind, { date: target.date }))
      target.name = incidentName(target.kind, { place: place.name, placeKind: place.placeKind, date: target.date });
  }
  // (its participants do not join: a headline read alone gives a part by its few words, "suspect Anis Amri shot
  // dead" beside "market attack", which the text's sentences tell better)
}
