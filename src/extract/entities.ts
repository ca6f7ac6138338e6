// People, organisations and places: mentions, typing, in-article resolution, geocoding.
// Every merge of two differently written mentions records why in `merges`.
import type { Doc } from './document.js';
import type { GazEntry, OrgEntry } from './gazetteer.js';
import { choosePlace, countryOf, type PlaceEntry } from './geocode.js';
import { decodeEntities } from './html-entities.js';
import { orgKindFromName } from './lexicons.js';
import type { Resources } from './resources.js';
import { findCandidates, type Candidate } from './mentions.js';
import type { Mention, OrganizationEntity, OrgKind, PersonEntity, PlaceEntity, PlaceKind } from './types.js';

export type NamedEntity = PersonEntity | OrganizationEntity | PlaceEntity;

/** Lower case, no diacritics, no possessive, single spaces, no leading "the". */
export function normalizeName(s: string): string {
  return decodeEntities(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/u, '').replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}&'’. -]/gu, ' ').replace(/\s+/g, ' ').trim();
}

const slug = (s: string) => normalizeName(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** A short, stable hash of the article text, to scope keys that must not merge across articles. */
function docHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += Math.max(1, Math.floor(text.length / 4096))) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length.toString(36);
}

interface Cluster {
  type: Candidate['type'];
  key: string;
  cands: Candidate[];
  merges: string[];
  name?: string;
  org?: OrgEntry;
  place?: { entry: PlaceEntry; ambiguous: boolean } | null;
  /** a place the gazetteer does not know, located by the known place the article puts it in ("Woolwich, south-east London") */
  within?: PlaceEntry;
  /** normalised texts already in the cluster */
  seen?: Set<string>;
}

/** True the first time a cluster sees this normalised text. */
function firstSeen(cl: Cluster, text: string): boolean {
  cl.seen ??= new Set(cl.cands.map((x) => normalizeName(x.text)));
  const n = normalizeName(text);
  if (cl.seen.has(n)) return false;
  cl.seen.add(n);
  return true;
}


/** The word lists this module reads (data/lexicons/entities.json), compiled once per loaded resources. */
interface EntityWords {
  honorifics: ReadonlySet<string>;
  initialsSkip: ReadonlySet<string>;
  withinGapRe: RegExp;
  regionHeadRe: RegExp;
  siteFirstRe: RegExp;
  siteHeadRe: RegExp;
}

function entityWords(res: Resources): EntityWords {
  const w = res.words;
  return w.memo('entities', () => ({
    honorifics: w.set('entities.honorifics'),
    initialsSkip: w.set('entities.initialsSkip'),
    withinGapRe: new RegExp(`^\\s*,\\s*(?:${w.alt('entities.withinModifiers')}\\s+)?$`, 'i'),
    regionHeadRe: new RegExp(`\\b${w.alt('entities.regionHeads')}$`, 'i'),
    siteFirstRe: new RegExp(`^${w.alt('entities.siteFirstWords')}\\b`, 'i'),
    siteHeadRe: new RegExp(`\\b${w.alt('entities.siteHeads')}$`, 'i'),
  }));
}

function initials(W: EntityWords, name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !W.initialsSkip.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
}

function mentionOf(c: Candidate): Mention {
  return { start: c.start, end: c.end, text: c.text, sentence: c.sentence };
}

function orgEntryFor(res: Resources, c: Candidate): OrgEntry | undefined {
  const fromSpan = c.gaz.find((e): e is OrgEntry => e.kind === 'org');
  if (fromSpan) return fromSpan;
  const byName = res.gazetteer.orgsByName.get(normalizeName(c.text)) ?? res.gazetteer.orgsByName.get(c.text.toLowerCase());
  return byName?.[0];
}

function placeEntriesFor(res: Resources, c: Candidate): PlaceEntry[] {
  const fromSpan = c.gaz.filter((e): e is PlaceEntry => e.kind === 'city' || e.kind === 'country' || e.kind === 'region');
  const g = res.gazetteer;
  const byName = g.placesByName.get(c.text.toLowerCase()) ?? g.placesByName.get(normalizeName(c.text)) ?? [];
  // every place of that name, so geocoding sees the rivals of the one the span matched
  return [...new Set([...fromSpan, ...byName])];
}

function unknownPlaceKind(W: EntityWords, name: string): PlaceKind {
  if (W.regionHeadRe.test(name)) return 'region';
  if (W.siteFirstRe.test(name)) return 'site';
  if (W.siteHeadRe.test(name)) return 'site';
  return 'other';
}

/** Country of an unknown organisation named after a country or nationality ("Iraqi Army", "Kenya Police"). */
function orgCountry(res: Resources, name: string): string | null {
  const g = res.gazetteer;
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  const dem = g.demonyms.get(first);
  if (dem) return dem;
  const place = g.placesByName.get(first)?.find((e) => e.kind === 'country');
  return place ? countryOf(place) : null;
}

function personClusters(cands: Candidate[], scope: string): Cluster[] {
  const full = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const words = (c: Candidate) => normalizeName(c.text).split(' ');
  for (const c of cands) {
    if (words(c).length < 2) continue;
    const key = normalizeName(c.text);
    let cl = full.get(key);
    if (!cl) { cl = { type: 'person', key: 'person:' + key, cands: [], merges: [] }; full.set(key, cl); clusters.push(cl); }
    cl.cands.push(c);
  }
  const single = new Map<string, Cluster>();
  for (const c of cands) {
    const w = words(c);
    if (w.length >= 2) continue;
    const n = w[0]!;
    const options = clusters.filter((cl) => cl.key.startsWith('person:') && !cl.key.startsWith('person:local:') && (() => {
      const parts = cl.key.slice(7).split(' ');
      return parts[parts.length - 1] === n || parts[0] === n;
    })());
    if (options.length) {
      // the full name mentioned most recently before this mention, else the first one
      const lastBefore = (o: Cluster) => { let best = -1; for (const x of o.cands) if (x.start < c.start && x.start > best) best = x.start; return best; };
      let pick = options[0]!, pickAt = lastBefore(pick);
      for (const o of options.slice(1)) { const at = lastBefore(o); if (at > pickAt) { pick = o; pickAt = at; } }
      pick.cands.push(c);
      const why = `"${c.text}" -> "${pick.cands[0]!.text}": part of a full name in the same article${options.length > 1 ? ' (nearest of ' + options.length + ')' : ''}`;
      if (!pick.merges.includes(why)) pick.merges.push(why);
      continue;
    }
    let cl = single.get(n);
    if (!cl) { cl = { type: 'person', key: `person:local:${scope}:${n}`, cands: [], merges: [] }; single.set(n, cl); clusters.push(cl); }
    cl.cands.push(c);
  }
  return clusters;
}

function orgClusters(res: Resources, cands: Candidate[], text: string, all: Candidate[]): Cluster[] {
  const W = entityWords(res);
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  // acronyms the article spells out itself ("Massachusetts Institute of Technology" ... "MIT")
  const spelled = new Set(all.filter((c) => c.text.includes(' ')).map((c) => initials(W, c.text)));
  for (const c of cands) {
    let entry = orgEntryFor(res, c);
    if (entry && entry.weak.includes(c.text) && spelled.has(c.text) && ![entry.name, ...entry.aliases].some((a) => a.includes(' ') && initials(W, a) === c.text)) entry = undefined;
    const key = entry ? `org:known:${entry.id}` : `org:name:${slug(c.text)}`;
    let cl = byKey.get(key);
    if (!cl) { cl = { type: 'organization', key, cands: [], merges: [], ...(entry ? { org: entry } : {}) }; byKey.set(key, cl); clusters.push(cl); }
    else if (entry && firstSeen(cl, c.text)) {
      const why = `"${c.text}" = "${cl.cands[0]!.text}": both names of ${entry.name} (gazetteer)`;
      if (!cl.merges.includes(why)) cl.merges.push(why);
    }
    cl.cands.push(c);
  }
  const absorb = (into: Cluster, from: Cluster, why: string) => {
    if (into === from || !clusters.includes(from)) return;
    into.cands.push(...from.cands);
    into.merges.push(why, ...from.merges);
    if (!into.org && from.org) { into.org = from.org; into.key = from.key; }
    clusters.splice(clusters.indexOf(from), 1);
  };
  const clusterOf = (c: Candidate) => clusters.find((cl) => cl.cands.includes(c));
  // "Long Name (ACR)" and "ACR (Long Name)"
  const sorted = cands.slice().sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!, b = sorted[i + 1]!;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    const [long, short] = a.text.length >= b.text.length ? [a, b] : [b, a];
    if (initials(W, long.text).length < 2 || !/^\p{Lu}/u.test(short.text)) continue;
    const ca = clusterOf(long), cb = clusterOf(short);
    if (ca && cb && ca !== cb && !(ca.org && cb.org && ca.org !== cb.org)) {
      const [into, from] = cb.org && !ca.org ? [cb, ca] : [ca, cb];
      absorb(into, from, `"${short.text}" = "${long.text}": abbreviation given in brackets`);
    }
  }
  // an unknown acronym that spells the initials of another organisation in the article
  for (const cl of clusters.slice()) {
    if (cl.org) continue;
    const t = cl.cands[0]!.text;
    if (!/^\p{Lu}{2,6}$/u.test(t)) continue;
    const target = clusters.find((o) => o !== cl && o.cands.some((x) => x.text.includes(' ') && initials(W, x.text) === t));
    if (target) absorb(target, cl, `"${t}" = "${target.cands.find((x) => x.text.includes(' '))!.text}": initials`);
  }
  // a one-word short form of a longer name in the article ("the Brotherhood" -> "Muslim Brotherhood")
  for (const cl of clusters.slice()) {
    if (cl.org) continue;
    const t = cl.cands[0]!.text;
    if (t.includes(' ')) continue;
    const targets = clusters.filter((o) => o !== cl && o.cands.some((x) => x.text.includes(' ') && x.text.split(/\s+/).pop() === t));
    if (targets.length === 1) absorb(targets[0]!, cl, `"${t}" -> "${targets[0]!.cands.find((x) => x.text.includes(' '))!.text}": short form of a longer name in the article`);
  }
  return clusters;
}

function placeClusters(res: Resources, cands: Candidate[], text: string): Cluster[] {
  // countries the article names, and countries of places with only one gazetteer reading, decide between same-named cities
  const context = new Set<string>();
  const options = new Map<Candidate, PlaceEntry[]>();
  for (const c of cands) {
    const opts = placeEntriesFor(res, c);
    options.set(c, opts);
    const countries = new Set(opts.map(countryOf));
    if (countries.size === 1) { const cc = [...countries][0]; if (cc) context.add(cc); }
  }
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  for (const c of cands) {
    const choice = choosePlace(res.gazetteer, options.get(c)!, context);
    const e = choice?.entry;
    const key = !e ? `place:name:${slug(c.text)}` : e.kind === 'country' ? `place:country:${e.code}` : e.kind === 'region' ? `place:region:${e.id}` : `place:geo:${e.id}`;
    let cl = byKey.get(key);
    if (!cl) {
      cl = { type: 'place', key, cands: [], merges: [], place: choice ? { entry: choice.entry, ambiguous: choice.ambiguous } : null };
      if (choice && choice.entry.kind === 'city') cl.merges.push(`geocoded "${c.text}" to ${choice.entry.name}, ${choice.entry.country}: ${choice.why}`);
      byKey.set(key, cl); clusters.push(cl);
    } else if (e && firstSeen(cl, c.text)) {
      const why = `"${c.text}" = "${cl.cands[0]!.text}": both names of ${e.name} (gazetteer)`;
      if (!cl.merges.includes(why)) cl.merges.push(why);
    }
    cl.cands.push(c);
    if (!e && !cl.within) {
      const written = containerOf(res, text, c, cands, options, context);
      const container = written ?? namedAfterCity(res, c, context);
      if (container) {
        cl.within = container;
        const how = written ? 'the article writes it as part of it' : 'a site named after the city';
        cl.merges.push(`located "${c.text}" in ${container.name} (${how}); coordinates are ${container.name}'s`);
      }
    }
  }
  return clusters;
}


/** "Manchester Arena", "Brussels Airport": a site named after the city it is in */
function namedAfterCity(res: Resources, c: Candidate, context: Set<string>): PlaceEntry | null {
  if (!c.venue && unknownPlaceKind(entityWords(res), c.text) !== 'site') return null;
  const words = c.text.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const cities = (res.gazetteer.placesByName.get(words.slice(0, n).join(' ').toLowerCase()) ?? []).filter((p) => p.kind === 'city');
    if (!cities.length) continue;
    // only a city the article is about: "Westminster Bridge" in a London story is not in Westminster, Colorado
    const choice = choosePlace(res.gazetteer, cities, context);
    if (!choice || choice.ambiguous || (context.size > 0 && !context.has(choice.entry.kind === 'city' ? choice.entry.country : ''))) return null;
    return choice.entry;
  }
  return null;
}

/** "Woolwich, south-east London", "Watertown, Massachusetts": the known place written right after an unknown one contains it. */
function containerOf(res: Resources, text: string, c: Candidate, cands: readonly Candidate[], options: Map<Candidate, PlaceEntry[]>, context: Set<string>): PlaceEntry | null {
  const next = cands.find((o) => o.start > c.end && o.sentence === c.sentence && o.start - c.end <= 24);
  const gap = text.slice(c.end, next?.start ?? c.end);
  if (!next || !entityWords(res).withinGapRe.test(gap)) return null;
  const container = choosePlace(res.gazetteer, options.get(next) ?? [], context)?.entry ?? null;
  if (!container) return null;
  // "Qalqiliya, Bethlehem and Ramallah" is a list: a city contains the name only with a direction ("south-east London"),
  // and nothing contains it when the next name goes on into a list
  if (container.kind === 'city' && !/\p{L}/u.test(gap)) return null;
  if (/^\s*(?:,|and\b|or\b)\s*\p{Lu}/u.test(text.slice(next.end, next.end + 12))) return null;
  return container;
}

/** Most written form among mentions, preferring longer ones. */
function bestText(cands: Candidate[]): string {
  const count = new Map<string, number>();
  for (const c of cands) { const t = c.text.replace(/['’]s$/u, ''); count.set(t, (count.get(t) ?? 0) + 1); }
  return [...count.entries()].sort((a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

function build(res: Resources, cl: Cluster, id: string): NamedEntity {
  const W = entityWords(res);
  const cands = cl.cands.slice().sort((a, b) => a.start - b.start);
  const seen = new Set<number>();
  const mentions = cands.filter((c) => (seen.has(c.start) ? false : (seen.add(c.start), true))).map(mentionOf);
  let name: string;
  if (cl.type === 'place' && cl.place?.entry.kind === 'city') {
    // cities keep the spelling the article uses ("Basra", not GeoNames' "Basrah"); the key holds the identity
    const cased = cands.filter((c) => c.text !== c.text.toUpperCase());
    name = cased.length ? bestText(cased) : cl.place.entry.name;
  } else if (cl.type === 'place' && cl.place) name = cl.place.entry.name;
  else if (cl.type === 'organization' && cl.org) name = cl.org.name;
  else name = bestText(cands);
  name = decodeEntities(name);
  const aliases = [...new Set(cands.map((c) => decodeEntities(c.text.replace(/['’]s$/u, ''))))].filter((a) => a !== name);
  const base = { id, key: cl.key, name, aliases, mentions, ...(cl.merges.length ? { merges: cl.merges } : {}) };
  if (cl.type === 'person') {
    const roles = [...new Set(cands.flatMap((c) => c.roles))];
    for (const c of cands) {
      const h = c.roles.find((r) => W.honorifics.has(r.toLowerCase().replace(/\.$/, '')));
      if (h && !c.text.includes(' ')) { const a = `${h} ${c.text}`; if (!base.aliases.includes(a)) base.aliases.push(a); }
    }
    return { ...base, type: 'person', roles };
  }
  if (cl.type === 'organization') {
    const kind: OrgKind = cl.org ? cl.org.orgKind : cl.cands.some((c) => c.media) ? 'media' : orgKindFromName(name, res.names.orgCues);
    return { ...base, type: 'organization', kind, country: cl.org ? cl.org.country : orgCountry(res, name) };
  }
  const p = cl.place;
  const e = p?.entry;
  const placeKind: PlaceKind = !e ? (cl.cands.some((c) => c.venue) ? 'site' : unknownPlaceKind(entityWords(res), name)) : e.kind === 'country' ? 'country' : e.kind === 'city' ? 'city' : e.placeKind;
  const located = e ?? cl.within;
  return { ...base, type: 'place', placeKind, country: located ? countryOf(located) : null, lat: located?.lat ?? null, lon: located?.lon ?? null, ambiguous: p?.ambiguous ?? false };
}

/**
 * One name, one type within an article: a bare word that is part of a person's full name is that person
 * ("Bolton" after "John Bolton"), and otherwise the type most mentions of the same text got wins.
 */
function harmonizeTypes(res: Resources, cands: Candidate[]): void {
  const nameParts = new Set<string>();
  // surnames of names that surely are people: a given name first, or a title before ("Michael Jordan" -> "Jordan")
  const givenParts = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    const parts = normalizeName(c.text).split(' ');
    if (parts.length >= 2) {
      nameParts.add(parts[0]!); nameParts.add(parts[parts.length - 1]!); nameParts.add(parts.join(' '));
      if (c.sure || res.names.givenNames.has(parts[0]!)) givenParts.add(parts[parts.length - 1]!);
    }
  }
  const votes = new Map<string, Map<Candidate['type'], number>>();
  for (const c of cands) {
    const n = normalizeName(c.text);
    const v = votes.get(n) ?? new Map();
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
    votes.set(n, v);
  }
  for (const c of cands) {
    if (c.type === 'place' && !c.gaz.some((e) => e.kind === 'org') && givenParts.has(normalizeName(c.text))) c.type = 'person';
  }
  const surePeople = new Set(cands.filter((c) => c.sure && c.type === 'person').map((c) => normalizeName(c.text)));
  for (const c of cands) {
    if (c.type === 'person' || c.gaz.some((e) => e.kind !== 'city')) continue;
    const n = normalizeName(c.text);
    if (surePeople.has(n)) { c.type = 'person'; c.sure = true; continue; }
    if (c.gaz.length) continue;
    if (nameParts.has(n) && !res.gazetteer.placesByName.has(n) && !res.gazetteer.orgsByName.has(n)) { c.type = 'person'; continue; }
  }
  for (const c of cands) {
    if (c.gaz.length || c.sure) continue;
    const v = votes.get(normalizeName(c.text))!;
    if (v.size < 2) continue;
    const best = [...v.entries()].sort((a, b) => b[1] - a[1]);
    if (best[0]![1] > best[1]![1]) c.type = best[0]![0];
  }
}

export function findEntities(doc: Doc): NamedEntity[] {
  if (!doc.text.trim()) return [];
  return resolveEntities(doc, findCandidates(doc));
}

/** In-article resolution and geocoding: candidate mentions → one entity per person, organisation and place. */
export function resolveEntities(doc: Doc, cands: Candidate[]): NamedEntity[] {
  const res = doc.res;
  harmonizeTypes(res, cands);
  const scope = docHash(doc.text);
  const clusters = [
    ...personClusters(cands.filter((c) => c.type === 'person'), scope),
    ...orgClusters(res, cands.filter((c) => c.type === 'organization'), doc.text, cands),
    ...placeClusters(res, cands.filter((c) => c.type === 'place'), doc.text),
  ];
  clusters.sort((a, b) => Math.min(...a.cands.map((c) => c.start)) - Math.min(...b.cands.map((c) => c.start)));
  const entities = clusters.map((cl, i) => build(res, cl, `e${i + 1}`));
  attachRoleAliases(entityWords(res), doc.text, entities);
  return entities;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "the Director General said ...": a role description points at the one person in the article who holds that role,
 * so it becomes an alias of that person (never a new entity). Honorifics and roles two people share are skipped,
 * and so is "the President of X", which may name someone else.
 */
function attachRoleAliases(W: EntityWords, text: string, entities: NamedEntity[]): void {
  const holders = new Map<string, PersonEntity[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const r of new Set(e.roles.map((x) => x.toLowerCase().replace(/\.$/, '')))) {
      if (W.honorifics.has(r) || r.length < 3) continue;
      holders.set(r, [...(holders.get(r) ?? []), e]);
    }
  }
  for (const [role, people] of holders) {
    if (people.length !== 1) continue;
    const person = people[0]!;
    const re = new RegExp(`\\bthe\\s+(${escapeRe(role).replace(/ /g, '\\s+')})\\b(?!\\s+of\\b)(?![-'’]?\\p{L})`, 'giu');
    for (const m of text.matchAll(re)) {
      const alias = decodeEntities(m[1]!.replace(/\s+/g, ' '));
      if (alias === person.name || person.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) continue;
      person.aliases.push(alias);
      (person.merges ??= []).push(`"the ${alias}" -> "${person.name}": the only person in the article with that role`);
    }
  }
}

export type { GazEntry };
