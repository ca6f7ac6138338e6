// People, organisations and places: mentions, typing, in-article resolution, geocoding.
// Every merge of two differently written mentions records why in `merges`.
import { headlinePlaceCountries } from './headline-places.js';
import type { Doc } from './document.js';
import type { CityEntry, GazEntry, OrgEntry, RegionEntry } from './gazetteer.js';
import { agencyPlaceCandidates } from './agency-places.js';
import { residentPlaceCandidates, statedPlaceCandidates } from './stated-places.js';
import {
  articleSubdivisions,
  choosePlace,
  chooseSharedCountry,
  countryOf,
  distanceKm,
  placesInStated,
  preferArticleSubdivisions,
  divisionsOverCountries,
  cityDivisions,
  shortFormCity,
  statedSubdivision,
  WEAK_POPULATION,
  type GeoChoice,
  type PlaceEntry,
  type StatedSubdivision,
} from './geocode.js';
import { openingDateline } from '../news/conventions.js';
import { decodeEntities } from './html-entities.js';
import { nameBeforeArmedDescription, orgKindFromName } from './lexicons.js';
import { outletCountries } from './outlet-country.js';
import { beforeHomeNoun } from './dateline-abroad.js';
import type { Resources } from './resources.js';
import { findCandidates, type Candidate } from './mentions.js';
import { DEMONYM_CAPITAL_RULE, demonymCapitalCandidates } from './capital-places.js';
import type { Mention, OrganizationEntity, OrgKind, PersonEntity, PlaceEntity, PlaceKind } from './types.js';
import { escapeRegExp, eachMatch } from '../reg-exp.js';
import { firstMatch, inlineRule, isOn } from '../rules/index.js';
import { FIRST_SURNAME_ALONE, SHORTER_FULL_NAME } from './person-name-rules.js';
import { acronymFit, type InitialsFit } from './acronym-initials.js';

export type NamedEntity = PersonEntity | OrganizationEntity | PlaceEntity;

/**
 * Names normalised so far (normalizeName is pure and asked again and again for the same mention texts while
 * clusters are built): emptied when full, so a long run keeps it bounded.
 */
const normalizedNames = new Map<string, string>();
const NORMALIZED_NAMES_MAX = 50_000;

/** Lower case, no diacritics, no possessive, single spaces, no leading "the". */
export function normalizeName(s: string): string {
  let n = normalizedNames.get(s);
  if (n === undefined) {
    if (normalizedNames.size >= NORMALIZED_NAMES_MAX) normalizedNames.clear();
    normalizedNames.set(s, (n = normalizeNameAnew(s)));
  }
  return n;
}

/** normalizeName without the cache (what the cache holds). */
export function normalizeNameAnew(s: string): string {
  return decodeEntities(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}&'’. -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const slug = (s: string) =>
  normalizeName(s)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** A short, stable hash of the article text, to scope keys that must not merge across articles. */
function docHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += Math.max(1, Math.floor(text.length / 4096)))
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
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
  /** `within` is only guessed (the city next in its clause, the dateline's, the article's only one), not written */
  withinGuessed?: boolean;
  /** the gazetteer's only reading was too weak to place it (see choosePlace) */
  unplaced?: boolean;
  /** `within` is the place the text measures it from ("Kessin, 60 km south of Lorr"): it lies here, near it */
  measuredAt?: { lat: number; lon: number };
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
  /** the gap between a name and the place it lies in: ", south-east London", " area of Colombo" */
  withinGapRe: RegExp;
  /** "the Dematagoda district of the capital": a part noun, "of the" and a word for the capital (entities.capitalNouns) */
  partOfCapitalRe: RegExp;
  regionHeadRe: RegExp;
  /** "the Kamuku Forest", "the Qandil Mountains": the last word of a stretch of land */
  landFeatureHeadRe: RegExp;
  siteFirstRe: RegExp;
  siteHeadRe: RegExp;
  /** "his younger brother Hashem", "her sister, Amina": a kinship noun right before a name */
  kinshipBeforeRe: RegExp;
  /** "al-", "el-", "ad-" … joined to an Arabic surname */
  arabicArticlePrefixRe: RegExp;
  /** "Al Noor Mosque in Christchurch", "… in central Colombo", ", a concert venue in …": between a site and its city */
  cityAfterSiteRe: RegExp;
  /** "Stéphane Charbonnier, known as Charb": the words between a full name and another name of the same person */
  aliasCueRe: RegExp;
  /** "the 300 block of Madrid": the words before a name that make it a street */
  blockOfRe: RegExp;
  /** "at Flamingo and Durango": the words before a corner's two streets */
  cornerBeforeRe: RegExp;
  /** "the eastern city of Batticaloa": the words before a name that call it a town of its own */
  townOfRe: RegExp;
  /** entities.townNounsAfter, right after the name */
  townNounAfterRe: RegExp;
  /** an area noun right after a name ("Santander department", "Yumbo municipality"): the name is an area's */
  areaNounAfterRe: RegExp;
  /** between an unknown place and an area that holds it: ", ", ", in ", " in northern ", " (" */
  heldGapRe: RegExp;
  /** between a place and the one it is measured from: ", 60 km south of ", ", 12 miles from the ", ", east of " */
  measuredGapRe: RegExp;
  /** entities.cityPartNouns right after a name ("the Zacatecoluca neighborhood"): the name is a quarter of a town */
  cityPartAfterRe: RegExp;
  /** between a quarter and the place written as holding it: " neighborhood, in eastern ", " suburb of ", " quarter, " */
  cityPartHolderGapRe: RegExp;
  /** entities.cityPartNouns and "of" right before a name ("the diplomatic quarter of Kessin"): a quarter of a town too */
  cityPartOfBeforeRe: RegExp;
}

function entityWords(res: Resources): EntityWords {
  const w = res.words;
  return w.memo('entities', () => ({
    honorifics: w.set('entities.honorifics'),
    initialsSkip: w.set('entities.initialsSkip'),
    withinGapRe: new RegExp(
      `^(?:\\s*,\\s*(?:${w.alt('entities.withinModifiers')}\\s+)?|\\s+${w.alt('entities.partOfNouns')}\\s+of\\s+(?:the\\s+)?)$`,
      'i',
    ),
    partOfCapitalRe: new RegExp(
      `^\\s+${w.alt('entities.partOfNouns')}\\s+of\\s+the\\s+${w.alt('entities.capitalNouns')}(?![\\p{L}-])`,
      'iu',
    ),
    regionHeadRe: new RegExp(`\\b${w.alt('entities.regionHeads')}$`, 'i'),
    landFeatureHeadRe: new RegExp(`\\b${w.alt('entities.landFeatureHeads')}$`, 'i'),
    siteFirstRe: new RegExp(`^${w.alt('entities.siteFirstWords')}\\b`, 'i'),
    siteHeadRe: new RegExp(`\\b${w.alt('entities.siteHeads')}$`, 'i'),
    kinshipBeforeRe: new RegExp(`\\b${w.alt('entities.kinshipNouns')}\\s*,?\\s*$`, 'i'),
    arabicArticlePrefixRe: new RegExp(`^${w.alt('entities.arabicArticles')}-(?=\\p{L})`, 'u'),
    // (rule entities/site-apposition-city) "Crocus City Hall, a large music venue in Krasnogorsk": an apposition that
    // says what the site is writes the town it is in after "in" as well
    cityAfterSiteRe: new RegExp(
      `^(?:\\s*,\\s+(?:${w.alt('incident-cues.articles')}|the)(?:\\s+[\\p{Ll}'’-]+){1,4}|(?:\\s+[\\p{Ll}'’]+){0,2})\\s+in\\s+(?:${w.alt('entities.cityAreaWords')}\\s+)?$`,
      'u',
    ),
    aliasCueRe: new RegExp(`^\\s*,\\s+${w.alt('entities.aliasCues')}\\s+["“‘']?$`, 'u'),
    blockOfRe: new RegExp(`\\b${w.alt('entities.streetBefore')}\\s+$`, 'i'),
    cornerBeforeRe: new RegExp(`\\b${w.alt('entities.cornerBefore')}\\s+$`, 'i'),
    townOfRe: new RegExp(`\\b${w.alt('entities.townOfBefore')}\\s+$`, 'i'),
    townNounAfterRe: new RegExp(`^\\s+(?:${w.alt('entities.townNounsAfter')})\\b`, 'i'),
    areaNounAfterRe: new RegExp(
      `^\\s+(?:${w.alt('mentions.adminAreaNouns')}|${w.alt('mentions.adminAreaNounsOfKnownPlaces')}|${w.alt('entities.townNounsAfter')})s?\\b`,
      'i',
    ),
    heldGapRe: new RegExp(
      `^(?:\\s*[,(]\\s*(?:in\\s+(?:the\\s+)?)?|\\s+in\\s+(?:the\\s+)?)(?:(?:${w.alt('entities.withinModifiers')})(?:ern)?\\s+)?$`,
      'i',
    ),
    measuredGapRe: new RegExp(
      `^\\s*,?\\s*(?:(?:${w.alt('incident-cues.referenceDistances')})\\s+(?:(?:${w.alt('mentions.compassPoints')})\\s+of|from)|(?:${w.alt('mentions.compassPoints')})\\s+of)\\s+(?:the\\s+)?$`,
      'iu',
    ),
    cityPartAfterRe: new RegExp(`^[ \\t]+(?:${w.alt('entities.cityPartNouns')})(?![\\p{L}-])`, 'iu'),
    cityPartOfBeforeRe: new RegExp(
      `(?<![\\p{L}-])(?:${w.alt('entities.cityPartNouns')})[ \\t]+of[ \\t]+(?:the[ \\t]+)?$`,
      'iu',
    ),
    cityPartHolderGapRe: new RegExp(
      `^[ \\t]+(?:${w.alt('entities.cityPartNouns')})(?:\\s*,\\s*|\\s+)(?:(?:in|of)\\s+)?(?:the\\s+)?(?:(?:${w.alt('entities.withinModifiers')})(?:ern)?\\s+)?$`,
      'iu',
    ),
  }));
}

function initials(W: EntityWords, name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !W.initialsSkip.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function mentionOf(c: Candidate): Mention {
  return { start: c.start, end: c.end, text: c.text, sentence: c.sentence };
}

/** The known body a name is one of the names of (the gazetteer's first, for a name two bodies share). */
function knownOrgNamed(res: Resources, name: string): OrgEntry | undefined {
  return (res.gazetteer.orgsByName.get(normalizeName(name)) ?? res.gazetteer.orgsByName.get(name.toLowerCase()))?.[0];
}

function orgEntryFor(res: Resources, c: Candidate): OrgEntry | undefined {
  return c.gaz.find((e): e is OrgEntry => e.kind === 'org') ?? knownOrgNamed(res, c.text);
}

/**
 * "Metropolitan Police Counter Terrorism Command": a name the gazetteer lacks that is a known body's name followed by
 * another known body's name of two or more words names that second body, a unit written with its parent (news
 * writes units so on first mention). Both must be known and of one country, so "Greater Manchester Police" (no known
 * parent) and a known parent before an ordinary word stay as they are.
 */
function unitOfKnownParent(
  res: Resources,
  text: string,
): { entry: OrgEntry; parent: OrgEntry; unit: string } | undefined {
  const byName = (s: string) => knownOrgNamed(res, s);
  const words = text.replace(/['’]s$/u, '').split(/\s+/u);
  for (let i = 1; i <= words.length - 2; i++) {
    const parent = byName(words.slice(0, i).join(' '));
    if (!parent) continue;
    const unit = words.slice(i).join(' ');
    const entry = byName(unit);
    if (!entry || entry.id === parent.id || entry.weak.includes(unit)) continue;
    if (entry.country && parent.country && entry.country !== parent.country) continue;
    return { entry, parent, unit };
  }
  return undefined;
}

function placeEntriesFor(res: Resources, c: Candidate, text: string): PlaceEntry[] {
  const fromSpan = c.gaz.filter(
    (e): e is PlaceEntry => e.kind === 'city' || e.kind === 'country' || e.kind === 'region',
  );
  const g = res.gazetteer;
  // "Rock Falls, Ill.", "Springfield, Missouri": the state written after the name picks its namesake there
  const stated = statedSubdivision(g, text, c.end);
  if (stated) {
    const there = placesInStated(g, c.text, stated);
    if (there.length) return there;
  }
  // "Mandera county", "Borno state": a name and the lower-case kind of division after it name that division
  const kind = /^[ \t]+(\p{Ll}+)\b/u.exec(text.slice(c.end, c.end + 24))?.[1];
  if (
    kind &&
    (res.words.set('mentions.adminAreaNouns').has(kind) ||
      res.words.set('mentions.adminAreaNounsOfKnownPlaces').has(kind))
  ) {
    const divisions = g.placesNamed(`${c.text} ${kind}`).filter((e) => e.kind === 'region');
    if (divisions.length) return divisions;
  }
  // "Salah al-Din" for "Salah ad Din", "El Geneina" for "Geneina": the same name spelt another way (placesNamed)
  const byName =
    g.placesByName.get(c.text.toLowerCase()) ?? g.placesByName.get(normalizeName(c.text)) ?? g.placesNamed(c.text);
  // every place of that name, so geocoding sees the rivals of the one the span matched
  const all = [...new Set([...fromSpan, ...byName])];
  // Rule place/stated-division-rules-out: "Putnam County, Ohio" is no namesake in another state of that country
  // (the Putnam County of Tennessee): the written division rules out every reading of its country lying elsewhere
  return stated ? all.filter((e) => !outsideStated(e, stated)) : all;
}

/** a town or county of a country the written division belongs to, lying in another division of it */
function outsideStated(e: PlaceEntry, stated: StatedSubdivision): boolean {
  if (!(e.kind === 'city' || (e.kind === 'region' && e.county)) || !e.admin1) return false;
  const same = stated.readings.filter((r) => r.country === e.country);
  return same.length > 0 && !same.some((r) => r.admin1 === e.admin1);
}

function unknownPlaceKind(W: EntityWords, name: string): PlaceKind {
  if (W.regionHeadRe.test(name) || W.landFeatureHeadRe.test(name)) return 'region';
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

/** Person mentions in a script other than Latin written in brackets right after a full name in Latin letters. */
function nativeSpellings(cands: Candidate[], text: string): Map<Candidate, Candidate> {
  const out = new Map<Candidate, Candidate>();
  const latinFull = (c: Candidate) => /\p{Script=Latin}/u.test(c.text) && /\s/u.test(c.text.trim());
  for (const c of cands) {
    if (/\p{Script=Latin}/u.test(c.text) || !/\p{L}/u.test(c.text)) continue;
    if (!/^\s*[)）]/u.test(text.slice(c.end, c.end + 3))) continue;
    const latin = cands.find(
      (p) => p.end <= c.start && latinFull(p) && /^\s*[(（]\s*$/u.test(text.slice(p.end, c.start)),
    );
    if (latin) out.set(c, latin);
  }
  return out;
}

export const FULL_NAME_ALIAS = inlineRule(
  'entities/full-name-alias',
  'A full name the text gives right after another full name as that person\'s other name ("Omar Farouk, also known as Abu Saif", "Tomas Berg, alias Jan Holm") is the same person: one node, whose other name is an alias, not a second person. The cue words are entities.aliasCues, written after a comma; a one-word other name ("known as Charb") is joined already.',
);

/** (rule entities/full-name-alias) joins the cluster of a full name written as another name of the one before it */
function fullNameAliasesJoin(
  W: EntityWords,
  text: string,
  cands: readonly Candidate[],
  full: Map<string, Cluster>,
  clusters: Cluster[],
  words: (c: Candidate) => string[],
): void {
  const named = cands.filter((c) => words(c).length >= 2).sort((a, b) => a.start - b.start);
  for (let i = 1; i < named.length; i++) {
    const c = named[i]!,
      prev = named[i - 1]!;
    if (!W.aliasCueRe.test(text.slice(prev.end, c.start))) continue;
    const into = clusters.find((x) => x.cands.includes(prev));
    const from = clusters.find((x) => x.cands.includes(c));
    if (!into || !from || into === from) continue;
    into.cands.push(...from.cands);
    into.merges.push(
      `"${c.text}" -> "${prev.text}": another full name the article gives right after it ("${text.slice(prev.end, c.start).trim()}"; rule entities/full-name-alias)`,
      ...from.merges,
    );
    for (const [k, v] of full) if (v === from) full.set(k, into);
    clusters.splice(clusters.indexOf(from), 1);
  }
}

function personClusters(res: Resources, cands: Candidate[], scope: string, text: string): Cluster[] {
  const W = entityWords(res);
  const full = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const words = (c: Candidate) => normalizeName(c.text).split(' ');
  // the person cluster of a full name, made on first use; `name` is its display name when no candidate writes it whole
  const personNamed = (fullName: string, name?: string): Cluster => {
    const key = normalizeName(fullName);
    let cl = full.get(key);
    if (!cl) {
      cl = { type: 'person', key: 'person:' + key, cands: [], merges: [], ...(name ? { name } : {}) };
      full.set(key, cl);
      clusters.push(cl);
    }
    return cl;
  };
  // "Sergei Lavrov (Сергей Лавров)": a name in another script in brackets right after a full name in Latin letters
  // is the same person's name as their own language writes it, one person with that name as an alias
  const native = nativeSpellings(cands, text);
  for (const c of cands) {
    if (words(c).length < 2 || native.has(c)) continue;
    personNamed(c.text).cands.push(c);
  }
  // "Rodriguez Porth" after "Jose Antonio Rodriguez Porth": Spanish and Portuguese news writes a person by the two
  // surnames alone after the full name; a name of two or more words that opens on no given name and is the last words
  // of one longer full name in the article is that person
  const surnamesOf = new Map<Cluster, string[][]>();
  for (const cl of [...full.values()]) {
    const parts = cl.key.slice('person:'.length).split(' ');
    if (parts.length < 2 || res.names.givenNamesWide.has(parts[0]!)) continue;
    const longer = [...new Set(full.values())].filter((o) => {
      const op = o.key.slice('person:'.length).split(' ');
      return op.length > parts.length && op.slice(op.length - parts.length).join(' ') === parts.join(' ');
    });
    if (longer.length !== 1) continue;
    const into = longer[0]!;
    into.cands.push(...cl.cands);
    into.merges.push(
      `"${cl.cands[0]!.text}" -> "${into.cands[0]!.text}": the surnames of a full name in the same article`,
    );
    full.set(cl.key.slice('person:'.length), into);
    surnamesOf.set(into, [...(surnamesOf.get(into) ?? []), parts]);
    clusters.splice(clusters.indexOf(cl), 1);
  }
  shorterFormsJoin(res, full, clusters, surnamesOf);
  if (isOn(res.rules, FULL_NAME_ALIAS)) fullNameAliasesJoin(W, text, cands, full, clusters, words);
  for (const [c, latin] of native) {
    const cl = personNamed(latin.text);
    cl.cands.push(c);
    cl.merges.push(`"${c.text}" -> "${latin.text}": the name in its own script, in brackets right after it`);
  }
  // "the brothers Saïd and Chérif Kouachi": a lone given name joined by "and" to a full name shares its surname
  const sorted = cands.slice().sort((a, b) => a.start - b.start);
  const coordinated = new Set<Candidate>();
  /** lone given names the article introduces as someone's relative ("his younger brother Hashem") */
  const introducedAsRelative = new Set<Candidate>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const c = sorted[i]!,
      next = sorted[i + 1]!;
    const w = words(c),
      nw = next.text.replace(/['’]s$/u, '').split(/\s+/);
    if (w.length !== 1 || nw.length < 2 || !/^\s+(?:and|&)\s+$/.test(text.slice(c.end, next.start))) continue;
    if (
      c.gaz.length ||
      !/^\p{Lu}\p{Ll}+$/u.test(c.text) ||
      clusters.some((cl) => cl.key.slice(7).split(' ').includes(w[0]!))
    )
      continue;
    const name = `${c.text} ${nw[nw.length - 1]}`;
    const cl = personNamed(name, name);
    cl.cands.push(c);
    cl.merges.push(`"${c.text}" -> "${name}": a given name coordinated with "${next.text}" shares its surname`);
    coordinated.add(c);
  }
  // rule entities/line-broken-name: "Mike Sullivan, Willie\nWood, Loren Roberts": a list wrapped at a line end splits a
  // name; the entity rule marked the given name closing one line and the surname opening the next, one person
  for (let i = 0; i + 1 < sorted.length; i++) {
    const c = sorted[i]!,
      next = sorted[i + 1]!;
    if (!c.rules?.includes(LINE_BROKEN_RULE) || !next.rules?.includes(LINE_BROKEN_RULE) || coordinated.has(c)) continue;
    if (words(c).length !== 1 || words(next).length !== 1 || !/^[ \t]*\n[ \t]*$/.test(text.slice(c.end, next.start)))
      continue;
    const name = `${c.text} ${next.text}`;
    const cl = personNamed(name, name);
    cl.cands.push(c, next);
    cl.merges.push(`"${c.text}" + "${next.text}" -> "${name}": one name broken across two lines of a list`);
    coordinated.add(c);
    coordinated.add(next);
  }
  // "his older brother, Tamerlan": a lone given name after a kinship noun shares the surname of the person just named
  for (const c of sorted) {
    if (
      coordinated.has(c) ||
      words(c).length !== 1 ||
      !W.kinshipBeforeRe.test(text.slice(Math.max(0, c.start - 40), c.start))
    )
      continue;
    const prev = kinshipOwnerOrder(
      text,
      c,
      sorted.filter((p) => p.end <= c.start && p.sentence >= c.sentence - 1),
    );
    const owner = prev
      .map((p) =>
        clusters.find(
          (cl) => cl.cands.includes(p) || (words(p).length === 1 && cl.key.slice(7).split(' ').pop() === words(p)[0]),
        ),
      )
      .find((cl) => cl && !cl.key.startsWith('person:local:'));
    if (!owner) continue;
    const ownerName = owner.name ?? owner.cands.find((x) => /\s/.test(x.text))?.text ?? '';
    const surname = ownerName
      .replace(/['’]s$/u, '')
      .split(/\s+/)
      .pop();
    if (!surname || normalizeName(surname) === words(c)[0]) continue;
    const name = `${c.text} ${surname}`;
    const cl = personNamed(name, name);
    cl.cands.push(c);
    cl.merges.push(`"${c.text}" -> "${name}": named as a relative of ${ownerName}`);
    coordinated.add(c);
    introducedAsRelative.add(c);
  }
  // "Stéphane Charbonnier, known as Charb": a one-word name the text gives as another name of the person just named is
  // that person wherever the article writes it
  const aliasOf = new Map<string, { cl: Cluster; why: string }>();
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i]!,
      prev = sorted[i - 1]!;
    if (words(c).length !== 1 || words(prev).length < 2 || !W.aliasCueRe.test(text.slice(prev.end, c.start))) continue;
    const cl = clusters.find((x) => x.cands.includes(prev));
    if (!cl || aliasOf.has(words(c)[0]!)) continue;
    aliasOf.set(words(c)[0]!, {
      cl,
      why: `"${c.text}" -> "${prev.text}": another name the article gives right after the full name ("${text.slice(prev.end, c.start).trim()}")`,
    });
  }
  const single = new Map<string, Cluster>();
  for (const c of cands) {
    const w = words(c);
    if (w.length >= 2 || coordinated.has(c)) continue;
    const n = w[0]!;
    const alias = aliasOf.get(n);
    if (alias) {
      alias.cl.cands.push(c);
      if (!alias.cl.merges.includes(alias.why)) alias.cl.merges.push(alias.why);
      continue;
    }
    const named = (cl: Cluster) => cl.key.startsWith('person:') && !cl.key.startsWith('person:local:');
    // the full name, or the shorter forms and surnames written alone that joined it ("Rodriguez" of "Rodriguez Porth")
    const formsOf = (cl: Cluster) => [cl.key.slice(7).split(' '), ...(surnamesOf.get(cl) ?? [])];
    let options = clusters.filter(
      (cl) =>
        named(cl) &&
        formsOf(cl).some((parts) => {
          const last = parts[parts.length - 1]!;
          return last === n || last.replace(W.arabicArticlePrefixRe, '') === n || parts[0] === n;
        }),
    );
    // rule entities/first-surname-alone: with no name that ends or opens on the word, the one whose first surname it is
    if (!options.length)
      options = clusters.filter(
        (cl) =>
          named(cl) &&
          formsOf(cl).some((parts) => firstMatch([FIRST_SURNAME_ALONE], { res, parts }, res.rules)?.out === n),
      );
    // "Abedi and his younger brother Hashem": news writes the given name for a relative it introduces by kinship and
    // keeps the surname alone for the person it is about, so a namesake known only by that given name is not the one
    let notTheRelative = false;
    if (options.length > 1) {
      const principal = options.filter(
        (o) => o.cands.some((x) => words(x).length >= 2) || !o.cands.some((x) => introducedAsRelative.has(x)),
      );
      if (principal.length === 1 && principal.length < options.length) {
        options = principal;
        notTheRelative = true;
      }
    }
    // "Yeltsin" in an article about President Boris Yeltsin and his wife Naina Yeltsin: news writes the surname alone
    // for the namesake it introduced with a title or office, and the given name for the others
    let titledOnly = false;
    if (options.length > 1) {
      const titled = options.filter((o) => o.cands.some((x) => x.sure || x.roles.length > 0));
      if (titled.length === 1) {
        options = titled;
        titledOnly = true;
      }
    }
    // "Kettunen" before the article has named any namesake but one: news introduces a person by full name before it
    // writes the surname alone, so the surname can only point back to a namesake already named
    let onlyIntroduced = false;
    if (options.length > 1) {
      const introduced = options.filter((o) => o.cands.some((x) => x.start < c.start && words(x).length >= 2));
      if (introduced.length === 1) {
        options = introduced;
        onlyIntroduced = true;
      }
    }
    // "Abedi" in an article about Salman and Hashem Abedi names neither for sure: the mention joins no one
    if (options.length > 1) continue;
    if (options.length) {
      // the full name mentioned most recently before this mention, else the first one
      const lastBefore = (o: Cluster) => {
        let best = -1;
        for (const x of o.cands) if (x.start < c.start && x.start > best) best = x.start;
        return best;
      };
      let pick = options[0]!,
        pickAt = lastBefore(pick);
      for (const o of options.slice(1)) {
        const at = lastBefore(o);
        if (at > pickAt) {
          pick = o;
          pickAt = at;
        }
      }
      pick.cands.push(c);
      const why = notTheRelative
        ? `"${c.text}" -> "${pick.cands[0]!.text}": the article's namesake not introduced as another's relative by a given name`
        : titledOnly
          ? `"${c.text}" -> "${pick.cands[0]!.text}": the only one of the article's namesakes it introduces with a title or office`
          : onlyIntroduced
            ? `"${c.text}" -> "${pick.cands[0]!.text}": the only one of the article's namesakes named in full before it`
            : `"${c.text}" -> "${pick.cands[0]!.text}": part of a full name in the same article${options.length > 1 ? ' (nearest of ' + options.length + ')' : ''}`;
      if (!pick.merges.includes(why)) pick.merges.push(why);
      continue;
    }
    let cl = single.get(n);
    if (!cl) {
      cl = { type: 'person', key: `person:local:${scope}:${n}`, cands: [], merges: [] };
      single.set(n, cl);
      clusters.push(cl);
    }
    cl.cands.push(c);
  }
  return clusters;
}

/**
 * Rule entities/shorter-full-name (person-name-rules.ts): a person's name that shortens exactly one longer name of the
 * article joins that person. The shorter form joins `formsOf`, so a word it ends on written alone later points to the
 * person too.
 */
function shorterFormsJoin(
  res: Resources,
  full: Map<string, Cluster>,
  clusters: Cluster[],
  formsOf: Map<Cluster, string[][]>,
): void {
  const partsOf = (cl: Cluster) => cl.key.slice('person:'.length).split(' ');
  const people = [...new Set(full.values())].sort((a, b) => partsOf(a).length - partsOf(b).length);
  for (const cl of people) {
    const parts = partsOf(cl);
    if (parts.length < 2 || !clusters.includes(cl)) continue;
    const others = [...new Set(full.values())].filter((o) => o !== cl && clusters.includes(o));
    const one = firstMatch([SHORTER_FULL_NAME], { res, parts, longer: others.map(partsOf) }, res.rules);
    if (!one) continue;
    const into = others[one.out]!;
    into.cands.push(...cl.cands);
    into.merges.push(
      `"${cl.cands[0]!.text}" -> "${into.cands[0]!.text}": a shorter form of the one longer name in the article that holds its words`,
      ...cl.merges,
    );
    for (const [k, v] of full) if (v === cl) full.set(k, into);
    formsOf.set(into, [...(formsOf.get(into) ?? []), parts, ...(formsOf.get(cl) ?? [])]);
    clusters.splice(clusters.indexOf(cl), 1);
  }
}

/**
 * The people a relative ("his brother Said") may belong to, most likely first. "X and his brother Y" is X's brother;
 * otherwise a possessive in a later clause points back to the sentence's subject, the first person it names
 * ("Kouachi told a journalist that he had been paid by the cleric Awlaki, and officials said his brother Said…" is
 * Kouachi's brother), not to the nearest name; with no one earlier in the sentence, the nearest in the one before.
 */
function kinshipOwnerOrder(text: string, relative: Candidate, before: readonly Candidate[]): Candidate[] {
  const nearestFirst = [...before].reverse();
  const nearest = nearestFirst[0];
  if (!nearest) return [];
  if (/^\s*(?:,\s*)?(?:and|&)(?:\s+\p{Ll}+){1,3}\s*,?\s*$/u.test(text.slice(nearest.end, relative.start)))
    return nearestFirst;
  const sameSentence = before.filter((p) => p.sentence === relative.sentence);
  if (!sameSentence.length) return nearestFirst;
  const subject = sameSentence[0]!;
  return [subject, ...nearestFirst.filter((p) => p !== subject)];
}

/**
 * "ADF engineers rebuilt the bridge at Lismore": an ambiguous acronym (weak in the gazetteer) of a known body of one
 * country names that body only in an article that names a place, a nationality or a strongly named body of that
 * country; elsewhere it is some other body with the same letters (an Australian "ADF", a German "ICE" train).
 */
export const WEAK_ACRONYM_OF_COUNTRY_NAMED = inlineRule(
  'entities/weak-acronym-of-country-named',
  'Short acronyms are reused by bodies of many countries ("ADF", "NPA", "SDF", "ICE"); news that means a national body by one names its country somewhere (a town, a nationality, another of its bodies), so a weak acronym of a known body of one country is that body only when the article names that country.',
);

/**
 * "South Africa's National Prosecuting Authority (NPA)": a weak acronym the gazetteer gives a known body ("NPA", the
 * New People's Army) is, when the article spells it out with another body's name, that other body's. Without the rule
 * only an article whose spelled name has letters no name of the known body has drops the link, so a known body with a
 * long name of the same letters took the acronym of any body the article spelled out.
 */
export const WEAK_ACRONYM_SPELLED_OTHERWISE = inlineRule(
  'entities/weak-acronym-spelled-otherwise',
  'News spells out an acronym it uses ("the Australian Defence Force (ADF)") and then writes the acronym alone; the letters name the body spelled out, so an ambiguous acronym (weak in the gazetteer: "ADF", "NPA", "SDF") is a known body only when the article spells it with none of another body\'s names.',
);

/**
 * "THE CHRISTIAN DEMOCRATIC PARTY … A PDC LEADER": wire copy from abroad writes a body's acronym in its own language
 * beside its name translated into English, so the initials hold the acronym's letters in another order or with one
 * word more ("FMLN", "Farabundo Marti National Liberation Front"); without this rule an analyst sees two nodes.
 */
export const ACRONYM_OF_TRANSLATED_NAME = inlineRule(
  'entities/acronym-of-translated-name',
  'An acronym (three letters or more, in any case, no word of English: "PDC", "FMLN", "Farc") and a name of two words or more in the same article whose initials hold its letters in order, in another order (a name translated from the language the acronym was made in: "Christian Democratic Party" for the Spanish "PDC") or with one initial more ("Farabundo Marti National Liberation Front" for "FMLN") are one body, when exactly one body of the article fits best and neither is a known body (a known body\'s names, acronyms included, are in the gazetteer: another name is another body); the fit is kept as the reason.',
);

/** The rank of a fit: the closer the fit, the lower. */
const FIT_RANK: Record<InitialsFit, number> = { 'in-order': 0, reordered: 1, 'one-word-more': 2 };

/** Rule entities/acronym-of-translated-name over an article's organisation clusters. */
function joinAcronymsOfTranslatedNames(
  res: Resources,
  W: EntityWords,
  clusters: Cluster[],
  absorb: (into: Cluster, from: Cluster, why: string) => void,
): void {
  for (const cl of clusters.slice()) {
    // a known body's acronym has its names in the gazetteer: a name of other words is another body ("PLA")
    if (cl.org || !clusters.includes(cl) || cl.cands.some((c) => /\s/u.test(c.text))) continue;
    const acronym = cl.cands[0]!.text;
    // an acronym in capitals, or written as a word of four letters or more ("Farc"), never a short word ("Far")
    if (!/^\p{Lu}[\p{L}-]{1,8}$/u.test(acronym)) continue;
    if (acronym !== acronym.toUpperCase() && acronym.replace(/-/g, '').length < 4) continue;
    // a word of English in capitals ("SET", "FAR") is as likely the word as an acronym whose letters merely fit
    const word = acronym.toLowerCase();
    if (
      res.names.commonWords.has(word) ||
      res.words.set('english.verbAndFunctionWords').has(word) ||
      res.words.set('english.wordsAlsoNames').has(word)
    )
      continue;
    let best: { cl: Cluster; name: string; fit: InitialsFit }[] = [];
    for (const o of clusters) {
      // a known body's acronyms are among its gazetteer names, so another one is not its ("MAR" beside "MRTA")
      if (o === cl || o.org) continue;
      for (const x of o.cands) {
        if (!/\s/u.test(x.text)) continue;
        const fit = acronymFit(acronym, x.text, W.initialsSkip);
        if (!fit || acronym.replace(/-/g, '').length < 3) continue;
        const rank = FIT_RANK[fit];
        const now = best[0] ? FIT_RANK[best[0].fit] : Infinity;
        if (rank < now) best = [{ cl: o, name: x.text, fit }];
        else if (rank === now && !best.some((b) => b.cl === o)) best.push({ cl: o, name: x.text, fit });
      }
    }
    if (best.length !== 1) continue;
    const [{ cl: target, name, fit }] = best as [(typeof best)[0]];
    const how =
      fit === 'in-order'
        ? 'its initials'
        : fit === 'reordered'
          ? 'its initials in another order (a translated name)'
          : 'its initials with one word more (a translated name)';
    absorb(target, cl, `"${acronym}" = "${name}": ${how} (rule ${ACRONYM_OF_TRANSLATED_NAME.id})`);
  }
}

function orgClusters(res: Resources, cands: Candidate[], text: string, all: Candidate[]): Cluster[] {
  const W = entityWords(res);
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  // acronyms the article spells out itself ("Massachusetts Institute of Technology" ... "MIT"), with the names spelling each
  const spelled = new Map<string, string[]>();
  for (const c of all) {
    if (!c.text.includes(' ')) continue;
    const key = initials(W, c.text);
    const names = spelled.get(key);
    if (!names) spelled.set(key, [c.text]);
    else if (!names.includes(c.text)) names.push(c.text);
  }
  // the countries the article names: its known places and nationalities, and the known bodies it names by a strong name
  const namedCountries = new Set(
    all.flatMap((c) =>
      c.gaz.flatMap((e) => {
        if (e.kind === 'country' || e.kind === 'demonym') return [e.code];
        if (e.kind === 'org') return e.country && !e.weak.includes(c.text) ? [e.country] : [];
        return e.country ? [e.country] : [];
      }),
    ),
  );
  for (const c of cands) {
    let entry = orgEntryFor(res, c);
    const unit = entry ? undefined : unitOfKnownParent(res, c.text);
    if (unit) entry = unit.entry;
    if (
      entry?.country &&
      entry.weak.includes(c.text) &&
      /^\p{Lu}{2,5}$/u.test(c.text) &&
      !namedCountries.has(entry.country) &&
      isOn(res.rules, WEAK_ACRONYM_OF_COUNTRY_NAMED)
    )
      entry = undefined;
    const spelledAs = spelled.get(c.text) ?? [];
    if (
      entry &&
      entry.weak.includes(c.text) &&
      (isOn(res.rules, WEAK_ACRONYM_SPELLED_OTHERWISE)
        ? spelledAs.some((name) => knownOrgNamed(res, name)?.id !== entry?.id)
        : spelledAs.length > 0 &&
          ![entry.name, ...entry.aliases].some((a) => a.includes(' ') && initials(W, a) === c.text))
    )
      entry = undefined;
    const key = entry ? `org:known:${entry.id}` : `org:name:${slug(c.text)}`;
    let cl = byKey.get(key);
    if (!cl) {
      cl = { type: 'organization', key, cands: [], merges: [], ...(entry ? { org: entry } : {}) };
      byKey.set(key, cl);
      clusters.push(cl);
    } else if (entry && firstSeen(cl, c.text)) {
      const why = `"${c.text}" = "${cl.cands[0]!.text}": both names of ${entry.name} (gazetteer)`;
      if (!cl.merges.includes(why)) cl.merges.push(why);
    }
    if (unit) {
      const why = `"${c.text}" = ${entry!.name}: its unit "${unit.unit}" written after its parent body ${unit.parent.name} (gazetteer)`;
      if (!cl.merges.includes(why)) cl.merges.push(why);
    }
    cl.cands.push(c);
  }
  const absorb = (into: Cluster, from: Cluster, why: string) => {
    if (into === from || !clusters.includes(from)) return;
    into.cands.push(...from.cands);
    into.merges.push(why, ...from.merges);
    if (!into.org && from.org) {
      into.org = from.org;
      into.key = from.key;
    }
    clusters.splice(clusters.indexOf(from), 1);
  };
  const clusterOf = (c: Candidate) => clusters.find((cl) => cl.cands.includes(c));
  // "Long Name (ACR)" and "ACR (Long Name)"
  const sorted = cands.slice().sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!,
      b = sorted[i + 1]!;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    const [long, short] = a.text.length >= b.text.length ? [a, b] : [b, a];
    if (initials(W, long.text).length < 2 || !/^\p{Lu}/u.test(short.text)) continue;
    const ca = clusterOf(long),
      cb = clusterOf(short);
    if (ca && cb && ca !== cb && !(ca.org && cb.org && ca.org !== cb.org)) {
      const [into, from] = cb.org && !ca.org ? [cb, ca] : [ca, cb];
      absorb(into, from, `"${short.text}" = "${long.text}": abbreviation given in brackets`);
    }
  }
  // "Charlie" ... "Charlie Hebdo": a lone word the entity rules found to be a body's short form (entities/fragment-of-body) joins it
  for (const cl of clusters.slice()) {
    if (cl.org || cl.cands.some((c) => /\s/.test(c.text) || !c.rules?.includes('entities/fragment-of-body'))) continue;
    const t = cl.cands[0]!.text.replace(/['’]s?$/u, '');
    const target = clusters.filter((o) => o !== cl && o.cands.some((x) => x.text.startsWith(`${t} `)));
    if (target.length === 1)
      absorb(
        target[0]!,
        cl,
        `"${t}" = "${target[0]!.cands.find((x) => x.text.startsWith(`${t} `))!.text}": the short form of the only body whose name it opens`,
      );
  }
  // an unknown acronym that spells the initials of another organisation in the article
  for (const cl of clusters.slice()) {
    if (cl.org) continue;
    const t = cl.cands[0]!.text;
    if (!/^\p{Lu}{2,6}$/u.test(t)) continue;
    const target = clusters.find(
      (o) => o !== cl && o.cands.some((x) => x.text.includes(' ') && initials(W, x.text) === t),
    );
    if (target) absorb(target, cl, `"${t}" = "${target.cands.find((x) => x.text.includes(' '))!.text}": initials`);
  }
  if (isOn(res.rules, ACRONYM_OF_TRANSLATED_NAME)) joinAcronymsOfTranslatedNames(res, W, clusters, absorb);
  // a one-word short form of a longer name in the article ("the Brotherhood" -> "Muslim Brotherhood")
  for (const cl of clusters.slice()) {
    if (cl.org) continue;
    const t = cl.cands[0]!.text;
    if (t.includes(' ')) continue;
    const targets = clusters.filter(
      (o) => o !== cl && o.cands.some((x) => x.text.includes(' ') && x.text.split(/\s+/).pop() === t),
    );
    if (targets.length === 1)
      absorb(
        targets[0]!,
        cl,
        `"${t}" -> "${targets[0]!.cands.find((x) => x.text.includes(' '))!.text}": short form of a longer name in the article`,
      );
  }
  return clusters;
}

/** a street's name as a corner writes it: up to three capitalised words */
const CORNER_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** "<corner word> X and" before the second street's name; "and Y" after the first's */
const CORNER_SECOND = new RegExp(`(?<![\\p{L}])(${CORNER_NAME})\\s+and\\s+$`, 'u');
const CORNER_FIRST = new RegExp(`^\\s+and\\s+(${CORNER_NAME})`, 'u');
/** "and Y streets" after the first of two streets named together: the plural head word is captured */
const PAIRED_STREETS = new RegExp(`^\\s+(?:and|AND)\\s+${CORNER_NAME}\\s+(\\p{L}+)[sS]\\b`, 'u');

/**
 * Rule entities/corner-streets. "at Flamingo and Durango", "near Fifth and Vine": two names joined by "and" right after
 * a corner word (entities.cornerBefore) are the two streets of a corner when the other name is no place the gazetteer
 * knows, so this one is a street too, not the town or state of that name ("in Dallas and Houston" stays two cities).
 */
function cornerStreet(res: Resources, W: EntityWords, text: string, c: Candidate): boolean {
  const unknown = (name: string) => {
    const lower = name.toLowerCase();
    return !res.gazetteer.placesByName.has(lower) && !res.gazetteer.townsByName.has(lower);
  };
  const before = text.slice(Math.max(0, c.start - 80), c.start);
  // the second street: "<corner word> X and" before it
  const second = CORNER_SECOND.exec(before);
  if (second && W.cornerBeforeRe.test(before.slice(0, second.index)) && unknown(second[1]!)) return true;
  // the first street: "<corner word>" before it, "and Y" after it
  const first = CORNER_FIRST.exec(text.slice(c.end, c.end + 80));
  if (first && W.cornerBeforeRe.test(before) && unknown(first[1]!)) return true;
  // (rule entities/paired-street-names) "at the corner of Sarmiento and San Martin streets": a name joined by "and" to
  // another before a plural street head word (entities.streetHeads) is the first of the two streets, not a town
  const paired = PAIRED_STREETS.exec(text.slice(c.end, c.end + 80));
  return !!paired && res.words.set('entities.streetHeads').has(paired[1]!.toLowerCase());
}

function placeClusters(
  res: Resources,
  cands: Candidate[],
  text: string,
  bodyCountries: readonly string[] = [],
  outlet: readonly string[] = [],
): Cluster[] {
  const orgCountries = [...bodyCountries, ...outlet];
  // countries the article names, countries of places with only one strong gazetteer reading, and countries of the known
  // bodies it names (MI5 -> GB) decide between same-named cities
  const context = new Set<string>(orgCountries);
  const options = new Map<Candidate, PlaceEntry[]>();
  const W = entityWords(res);
  // a named site ("Victoria station", "the Bristol hotel") is not the region or town it is named after, and
  // "the 300 block of Madrid" names a street (entities.streetBefore): neither is looked up as a town at all
  const street = (c: Candidate) =>
    !!c.venue || W.blockOfRe.test(text.slice(Math.max(0, c.start - 20), c.start)) || cornerStreet(res, W, text, c);
  const dl = outlet.length === 1 ? openingDateline(text) : null;
  for (const c of cands) {
    const opts = street(c) ? [] : placeEntriesFor(res, c, text);
    // (rule entities/quarter-no-small-seat) "in Olaya neighborhood": a name the text calls a quarter of a town is not
    // the district seat of that name below the city table's floor (a large city keeps its reading)
    options.set(
      c,
      !c.venue && opts.some((e) => e.kind === 'city' && e.smallSeat) && calledCityPart(res, text, c)
        ? opts.filter((e) => e.kind !== 'city' || !e.smallSeat)
        : opts,
    );
  }
  // countries the dateline writes by name ("Peru" in "LIMA, Peru (KIRO) -"); a country named in passing in the story
  // ("a visitor from Britain") does not move a local broadcaster's town abroad
  const inDateline = (c: Candidate) => !!dl && c.start >= dl.start && c.end <= dl.end;
  const namedCountries = new Set(
    cands.filter(inDateline).flatMap((c) => options.get(c)!.flatMap((e) => (e.kind === 'country' ? [e.code] : []))),
  );
  for (const c of cands) {
    const opts = options.get(c)!;
    // (rule geocode/local-outlet-dateline) "NEWPORT (WATE) –": a local broadcaster's dateline is a town of its own
    // country, whatever larger namesake lies abroad (Newport, Wales); its state then picks among them. A namesake in a
    // country the article names ("LIMA, Peru (KIRO) -") keeps its place among the readings.
    if (
      inDateline(c) &&
      opts.some((e) => countryOf(e) === outlet[0]) &&
      !opts.some((e) => {
        const cc = countryOf(e);
        return cc !== null && cc !== outlet[0] && namedCountries.has(cc);
      })
    )
      options.set(
        c,
        opts.filter((e) => countryOf(e) === outlet[0]),
      );
  }
  // (rule geocode/division-named-like-country-in-story) "Georgia" beside Savannah is the state, before any country votes
  const divisionFor = divisionsOverCountries(res.gazetteer, [...options.values()]);
  if (divisionFor.size)
    for (const [c, opts] of options)
      options.set(
        c,
        opts.map((e) => (e.kind === 'country' ? (divisionFor.get(e)?.division ?? e) : e)),
      );
  // (rule geocode/shared-country-name) "Congo" beside Goma and Beni is DR Congo: decided before any country votes
  const sharedCountry = new Map<Candidate, GeoChoice>();
  const allOptions = [...options.values()];
  for (const [c, opts] of options) {
    const ch = chooseSharedCountry(res.gazetteer, c.text, opts, allOptions);
    if (!ch) continue;
    sharedCountry.set(c, ch);
    options.set(
      c,
      opts.filter((e) => e.kind !== 'country' || e === ch.entry),
    );
  }
  for (const opts of options.values()) {
    const countries = new Set(opts.map(countryOf));
    // a lone small town's country is no evidence for itself ("Whitehall" would vote for Ohio)
    const strong = opts.some((o) => o.kind !== 'city' || o.population >= WEAK_POPULATION || o.capital);
    if (countries.size === 1 && strong) {
      const cc = [...countries][0];
      if (cc) context.add(cc);
    }
  }
  // "Hermitage" in a story that names Tennessee: namesakes narrowed to the divisions the article is about
  const stated = cands.flatMap((c) => statedSubdivision(res.gazetteer, text, c.end) ?? []);
  // (a division named only in passing is no state the article's towns are looked up in)
  const inPassing = new Set([...divisionFor.values()].filter((d) => !d.about).map((d) => d.division));
  // names of no gazetteer reading that one small town has ("PANDORA —"): their divisions pick among county namesakes
  const townDivisions = new Set(
    cands.flatMap((c) => {
      if (options.get(c)!.length || street(c)) return [];
      const towns = res.gazetteer.townsByName.get(c.text.toLowerCase()) ?? [];
      return towns.length === 1 && towns[0]!.admin1 ? [`${towns[0]!.country}|${towns[0]!.admin1}`] : [];
    }),
  );
  const states = articleSubdivisions(
    res.gazetteer,
    [...options.values()].filter((opts) => !opts.some((e) => e.kind === 'region' && inPassing.has(e))),
    stated,
    townDivisions,
  );
  const cityStates = cityDivisions([...options.values()]);
  // (a street keeps no reading: the small towns of the article's state are no reading of "the 4400 block of Lexington")
  for (const c of cands)
    if (!street(c))
      options.set(c, preferArticleSubdivisions(res.gazetteer, c.text, options.get(c)!, states, cityStates));
  const primary = primaryCountry(res, text, cands, options, context, orgCountries);
  if (primary) context.add(primary);
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const demonymCountries = demonymSettlementCountries(res, text, cands);
  for (const c of cands) {
    let choice =
      sharedCountry.get(c) ??
      trustDemonymSettlement(
        demonymCountries.get(c),
        options.get(c)!,
        trustWrittenCountry(
          text,
          c,
          cands,
          options,
          trustWrittenHomeHolder(
            res,
            text,
            c,
            cands,
            options,
            primary,
            trustSentenceCountry(
              c,
              cands,
              options,
              trustStated(res, text, c, options.get(c)!, choosePlace(res.gazetteer, options.get(c)!, context, primary)),
            ),
          ),
        ),
      );
    // (rule entities/town-name-before-site-noun-abroad) "the Mirage hotel" in a story of another country: no namesake
    // town is where the story is, so the name is the site's (a place of kind site, keyed by its name)
    if (choice?.unplaced && c.siteNounAfter && isOn(res.rules, TOWN_NAME_BEFORE_SITE_NOUN_ABROAD)) {
      c.venue = true;
      c.gaz = [];
      (c.rules ??= []).push(TOWN_NAME_BEFORE_SITE_NOUN_ABROAD.id);
      choice = null;
    }
    const e = choice?.unplaced ? undefined : choice?.entry;
    const key = !e
      ? `place:name:${slug(c.text)}`
      : e.kind === 'country'
        ? `place:country:${e.code}`
        : e.kind === 'region'
          ? `place:region:${e.id}`
          : `place:geo:${e.id}`;
    let cl = byKey.get(key);
    if (!cl) {
      cl = {
        type: 'place',
        key,
        cands: [],
        merges: [],
        place: choice && e ? { entry: e, ambiguous: choice.ambiguous } : null,
        ...(choice?.unplaced ? { unplaced: true } : {}),
      };
      if (choice && (choice.entry.kind === 'city' || choice.unplaced || sharedCountry.has(c)))
        cl.merges.push(
          `geocoded "${c.text}" ${choice.unplaced ? 'nowhere' : `to ${choice.entry.name}, ${countryOf(choice.entry)}`}: ${choice.why}`,
        );
      byKey.set(key, cl);
      clusters.push(cl);
    } else if (e && firstSeen(cl, c.text)) {
      const why = `"${c.text}" = "${cl.cands[0]!.text}": both names of ${e.name} (gazetteer)`;
      if (!cl.merges.includes(why)) cl.merges.push(why);
    }
    cl.cands.push(c);
  }
  // "Al Noor" ... "Al Noor Mosque": a venue's name without its head word (entities/venue-short-form) joins the venue
  for (const cl of clusters.slice()) {
    if (!cl.cands.every((c) => c.rules?.includes('entities/venue-short-form'))) continue;
    const t = cl.cands[0]!.text.replace(/['’]s$/u, '');
    const target = clusters.filter(
      (o) =>
        o !== cl &&
        o.cands.some((x) => x.venue && x.text.startsWith(`${t} `) && !/\s/.test(x.text.slice(t.length + 1))),
    );
    if (target.length !== 1) continue;
    const into = target[0]!;
    into.cands.push(...cl.cands);
    into.merges.push(`"${t}" = "${into.cands[0]!.text}": the venue's name without its head word`, ...cl.merges);
    clusters.splice(clusters.indexOf(cl), 1);
    byKey.delete(cl.key);
  }
  // sites and unknown places: inside the place the text writes with them, the city they are named after, the city
  // written after "in", the dateline's city, or the article's only city
  let cities = clusters.filter((cl) => cl.place?.entry.kind === 'city');
  const datelineCity = primaryCity(text, cities);
  if (primary) datelineInCountry(res, text, clusters, primary);
  const localCity = cityOfLocalNews(datelineCity, agencyCity(cities));
  if (localCity) partsOfLocalCity(res, text, clusters, byKey, options, localCity);
  // "Sesto" in a Milan story: a short form of a compound city name of the article's country
  const homeCity = (datelineCity?.kind === 'city' ? datelineCity : null) ?? mostMentionedCity(cities, primary);
  for (const cl of clusters.slice()) {
    if (cl.place || cl.unplaced || !primary || cl.cands.some((c) => c.venue)) continue;
    const choice = shortFormCity(res.gazetteer, cl.cands[0]!.text, primary, homeCity);
    if (!choice || choice.entry.kind !== 'city') continue;
    const key = `place:geo:${choice.entry.id}`;
    const same = byKey.get(key);
    if (same) {
      same.cands.push(...cl.cands);
      same.merges.push(`"${cl.cands[0]!.text}" = "${same.cands[0]!.text}": ${choice.why}`);
      clusters.splice(clusters.indexOf(cl), 1);
      continue;
    }
    byKey.delete(cl.key);
    cl.key = key;
    byKey.set(key, cl);
    cl.place = { entry: choice.entry, ambiguous: false };
    cl.merges.push(`geocoded "${cl.cands[0]!.text}" to ${choice.entry.name}, ${choice.entry.country}: ${choice.why}`);
  }
  cities = clusters.filter((cl) => cl.place?.entry.kind === 'city');
  // (rule entities/site-in-written-locality) "killed outside the barracks in Woolwich": a district or small town the
  // gazetteer holds with its own coordinates (regions.json locality of kind city), written after "in" right after a
  // site, holds the site as a city so written does, and beats the dateline's city, where the report was filed
  const towns = isOn(res.rules, SITE_IN_WRITTEN_LOCALITY)
    ? clusters.filter((cl) => cl.place?.entry.kind === 'city' || isLocalityTown(cl.place?.entry))
    : cities;
  // (rule entities/measured-from-place) also a name whose only namesake lies abroad (left unplaced by choosePlace)
  for (const cl of clusters) {
    if (cl.place || cl.within || cl.cands.some((c) => c.venue)) continue;
    const c = cl.cands.find((x) => measuredFrom(res, text, x, cands, options, context));
    const measured = c && measuredFrom(res, text, c, cands, options, context);
    if (!c || !measured) continue;
    const { point, at } = measured;
    cl.within = point;
    cl.measuredAt = at;
    const moved = at.lat !== point.lat || at.lon !== point.lon;
    cl.merges.push(
      `located "${c.text}" near ${point.name}: the article measures it from there (rule entities/measured-from-place); ${moved ? `coordinates ${at.lat}, ${at.lon}, that far from ${point.name} in that direction` : `coordinates are ${point.name}'s`}`,
    );
  }
  for (const cl of clusters) {
    if (cl.place || cl.unplaced || cl.within) continue;
    for (const c of cl.cands) {
      // a street ("the 900 block of North Hollywood St.") is neither a part of the city its name holds nor named
      // after one (a venue named after its city still is: "Nashville International Airport")
      const isStreet = !c.venue && street(c);
      const written =
        containerOf(res, text, c, cands, options, context) ??
        partOfTheCapital(res, text, c, primary) ??
        (isStreet ? undefined : directionalPart(res, c, context, primary));
      // (rule entities/written-town-over-namesake) "taken to Harbour City General Hospital in Eastfield": the town
      // written after the site says where it stands, before the city its name holds or a national body's capital
      const writtenFirst = isOn(res.rules, WRITTEN_TOWN_OVER_NAMESAKE);
      const afterFirst = written || !writtenFirst ? null : cityWrittenAfter(res, text, c, cands, towns);
      const named = written || isStreet || afterFirst ? null : namedAfterCity(res, c, context, cities, primary);
      const seat = written || named || afterFirst ? null : seatCapital(res, c);
      const after = afterFirst ?? (written || named || seat ? null : cityWrittenAfter(res, text, c, cands, towns));
      // (rule entities/city-part-in-dateline-city) "gunmen fired in the Zacatecoluca neighborhood": a name the text
      // calls a quarter of a town is no town of its own; with no city written beside it, it lies in the dateline's
      // city as a site does (a site then a city then a country), not somewhere in the article's country
      // ("the Floralia neighborhood, in eastern Cali": the town written after the noun holds it; "the El Pedregal
      // neighborhood, Bello municipality": a place written there that is no known city holds it too, so the quarter
      // is not put in the dateline's city)
      const cityPart = !c.venue && !isStreet && calledCityPart(res, text, c);
      const partHolder = cityPart && !written ? holderAfterCityPart(res, text, c, cands) : null;
      const partCity = partHolder && cities.find((x) => x.cands.includes(partHolder))?.place?.entry;
      if (partHolder && !partCity) continue;
      const siteLike = cityPart || isSiteLike(res, c);
      const stated = after ?? partCity ?? null;
      const sentenceCity =
        written || named || seat || stated || !siteLike ? null : cityNextInClause(text, c, cands, cities);
      const fallback =
        written || named || seat || stated || sentenceCity || !siteLike
          ? null
          : (datelineCity ?? (cities.length === 1 ? cities[0]!.place!.entry : null));
      const container = written ?? named ?? seat?.city ?? stated ?? sentenceCity ?? fallback;
      if (!container) continue;
      cl.within = container;
      if (!written && !named && !seat && !stated) cl.withinGuessed = true;
      const how = written
        ? 'the article writes it as part of it'
        : named
          ? 'a site named after the city'
          : seat
            ? `the building of a national body of ${seat.country} stands in its capital`
            : stated
              ? 'the article writes the city after it'
              : sentenceCity
                ? 'the city written a few words after it in the same clause'
                : datelineCity
                  ? cityPart
                    ? "the dateline's city: the text calls it a quarter of a town and writes no other town with it; rule entities/city-part-in-dateline-city"
                    : "the dateline's city"
                  : "the article's only city";
      cl.merges.push(`located "${c.text}" in ${container.name} (${how}); coordinates are ${container.name}'s`);
      break;
    }
  }
  if (primary) writtenTownInCountry(res, text, clusters, primary);
  if (primary) landFeatureInCountry(res, clusters, primary);
  return clusters;
}

/**
 * Rule entities/stated-division-locates. "near Mandera town, Mandera county" in a story whose bodies are of another
 * country (al-Shabaab, Somalia): a small town is not trusted alone abroad (choosePlace leaves it unplaced), but the
 * state, province or county the text writes after it, when that is the town's own in the gazetteer, says which place
 * it is: the town is placed, in its own country.
 */
function trustStated(
  res: Resources,
  text: string,
  c: Candidate,
  opts: readonly PlaceEntry[],
  choice: GeoChoice | null,
): GeoChoice | null {
  if (!choice?.unplaced || choice.entry.kind !== 'city') return choice;
  const stated = statedSubdivision(res.gazetteer, text, c.end);
  if (!stated || !opts.length) return choice;
  const inStated = placesInStated(res.gazetteer, c.text, stated);
  const only = inStated.length === 1 && opts.includes(inStated[0]!) ? inStated[0]! : null;
  if (!only) return choice;
  return {
    entry: only,
    ambiguous: false,
    why: `the text writes ${only.admin1 ?? 'its division'} after it, the division of ${only.name}, ${only.country}`,
  };
}

/**
 * Rule entities/country-written-after. "SAN JOSE (COSTA RICA), 2 JUN 89 --", "a communique issued in San Jose, Costa
 * Rica": a town written with a country right after it, after a comma or in brackets, is its namesake in that country,
 * whatever a larger namesake elsewhere or the article's country would choose. Only a country the gazetteer has a
 * namesake of the town in (the most populous one there).
 */
function trustWrittenCountry(
  text: string,
  c: Candidate,
  cands: readonly Candidate[],
  options: ReadonlyMap<Candidate, readonly PlaceEntry[]>,
  choice: GeoChoice | null,
): GeoChoice | null {
  if (!choice || choice.entry.kind === 'country') return choice;
  const next = cands.find((o) => o.start >= c.end && /^\s*[,(]\s*$/u.test(text.slice(c.end, o.start)));
  const written = next ? (options.get(next) ?? []) : [];
  if (!written.length || !written.every((e) => e.kind === 'country')) return choice;
  const codes = new Set(written.map(countryOf));
  if (codes.has(countryOf(choice.entry))) return choice;
  const there = (options.get(c) ?? [])
    .filter((e): e is CityEntry => e.kind === 'city' && codes.has(e.country))
    .sort((a, b) => b.population - a.population)[0];
  if (!there) return choice;
  return {
    entry: there,
    ambiguous: false,
    why: `entities/country-written-after: the text writes ${there.country} right after the name`,
  };
}

export const DEMONYM_SETTLEMENT = inlineRule(
  'entities/demonym-settlement',
  'News names a town its readers may not know by its country\'s adjective and a settlement noun ("the Peruvian town of Yunguyo", "the Bolivian city of Copacabana", "the Colombian port of Tumaco"). A name so written, and each later name of a list such a plural opens ("the Colombian towns of Orito and Tumaco"), is its namesake in that country (the most populous one there), whatever the article\'s own country or a larger namesake elsewhere would choose; a name with no namesake there keeps what geocoding gave it.',
);

interface WrittenCountry {
  code: string;
  /** the words that state it ("PERUVIAN TOWN OF") */
  phrase: string;
}

/**
 * Rule entities/demonym-settlement: the country each candidate is called a town of ("the Peruvian town of X"), and the
 * later names of a list such a phrase opens ("the Colombian towns of X and Y": Y too).
 */
function demonymSettlementCountries(
  res: Resources,
  text: string,
  cands: readonly Candidate[],
): Map<Candidate, WrittenCountry> {
  const found = new Map<Candidate, WrittenCountry>();
  if (!isOn(res.rules, DEMONYM_SETTLEMENT)) return found;
  const re = res.words.memo(
    'entities.demonymSettlementBefore',
    () => new RegExp(`(?<![\\p{L}])(\\p{L}+)\\s+${res.words.alt('entities.townOfBefore')}\\s+$`, 'iu'),
  );
  let prev: Candidate | null = null;
  for (const c of [...cands].sort((a, b) => a.start - b.start)) {
    const m = re.exec(text.slice(Math.max(0, c.start - 60), c.start));
    const code = m ? res.gazetteer.demonyms.get(m[1]!.toLowerCase()) : undefined;
    const carried = prev ? found.get(prev) : undefined;
    if (code) found.set(c, { code, phrase: m![0].trim() });
    else if (
      carried &&
      prev!.sentence === c.sentence &&
      /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/iu.test(text.slice(prev!.end, c.start))
    )
      found.set(c, carried);
    prev = c;
  }
  // the town so called is that town wherever the article names it again ("… Yunguyo. Police in Yunguyo said")
  const byName = new Map([...found].map(([c, w]) => [c.text.toLowerCase(), w]));
  for (const c of cands) {
    const w = byName.get(c.text.toLowerCase());
    if (w && !found.has(c)) found.set(c, w);
  }
  return found;
}

/** Rule entities/demonym-settlement (see DEMONYM_SETTLEMENT): the namesake in the country the text calls it a town of. */
function trustDemonymSettlement(
  written: WrittenCountry | undefined,
  opts: readonly PlaceEntry[],
  choice: GeoChoice | null,
): GeoChoice | null {
  if (!written || !opts.length) return choice;
  if (choice && countryOf(choice.entry) === written.code && !choice.unplaced) return choice;
  const there = opts
    .filter((e): e is CityEntry | RegionEntry => e.kind !== 'country' && e.country === written.code)
    .sort((a, b) => (b.kind === 'city' ? b.population : 0) - (a.kind === 'city' ? a.population : 0))[0];
  if (!there) return choice;
  return {
    entry: there,
    ambiguous: false,
    why: `${DEMONYM_SETTLEMENT.id}: the text calls it a town of ${written.code} ("${written.phrase}")`,
  };
}

/**
 * Rule entities/written-home-holder. "released in Grenada, eastern Antioquia Department", "clashes in Berlin, Usulutan
 * Department", from a Bogota or San Salvador dateline: a name written right before a region or town of the article's
 * own country (the gap of entities.withinGapRe: a comma and perhaps a compass word) is a place in that holder, not a
 * namesake abroad the gazetteer knows better (a country, or a large city). The name takes its namesake in that country
 * when the gazetteer has one; else it gets no reading (null), a town the gazetteer lacks, which rule
 * entities/written-town-in-country places in the holder or the article's country, marked ambiguous. Not a list ("San Miguel, Usulutan, and La Union"): a holder followed by another place of the list holds
 * nothing.
 */
export const WRITTEN_HOME_HOLDER = inlineRule(
  'entities/written-home-holder',
  'A place name written right before a region or town of the article\'s own country ("Grenada, eastern Antioquia Department", "Berlin, Usulutan Department" in a Colombian or Salvadoran report) is a place inside that holder: it takes its namesake in that country, or, when the gazetteer has none there, is read as a town the gazetteer lacks (placed in the holder or the article\'s country, marked ambiguous) rather than a confident pin on a larger namesake abroad. A list of places ("San Miguel, Usulutan, and La Union") is no holder.',
);

export const TOWN_NAME_BEFORE_SITE_NOUN_ABROAD = inlineRule(
  'entities/town-name-before-site-noun-abroad',
  'A name written right before a lower-case noun for a site ("the Mirage hotel", "the Paradise nightclub") that the gazetteer knows only as towns, none of them in the article\'s country (so geocoding would leave it nowhere), names that site: a place of kind site keyed by its name, located like any venue the gazetteer lacks (in the town the article writes after it, or its dateline\'s). A namesake town in the article\'s country keeps the town reading ("the Kabul hotel" in an Afghan story stays Kabul).',
);

export const MEASURED_FROM_PLACE = inlineRule(
  'entities/measured-from-place',
  'News locates a town its readers may not know by its distance and bearing from one they do ("Kessin, 60 km south of Lorr", "in Kessin, 12 miles from the capital Lorr", "Kessin, east of Lorr"). A name the gazetteer does not know, written right before such a phrase and a known place (never a country), is a place near that one: it keeps its own name and takes the known place\'s country, and the known place\'s coordinates moved by the distance along the bearing (the known place\'s own where either is missing; precision region: road distances are rough), instead of being left with no place at all, and the event told there stays there rather than moving to the dateline. A known town keeps its own coordinates.',
);

const KM_PER_DEGREE = 111.2;
const KM_PER_MILE = 1.609;

/**
 * Where a place lies that is written `gap` from a point ("60 km south of", "12 miles northwest of"): the point moved
 * by that distance along that bearing, or the point itself when the gap gives no distance or no bearing.
 */
function offsetFrom(res: Resources, gap: string, lat: number, lon: number): { lat: number; lon: number } {
  const d = /(\d[\d,]*(?:\.\d+)?)\s*(km|kms|kilomet|mile)/iu.exec(gap);
  const compass = res.words
    .memo(
      'entities.compassWordRe',
      () => new RegExp(`(?<![\\p{L}-])(?:${res.words.alt('mentions.compassPoints')})(?![\\p{L}-])`, 'iu'),
    )
    .exec(gap);
  if (!d || !compass) return { lat, lon };
  const km = Number(d[1]!.replace(/,/g, '')) * (/^mile/iu.test(d[2]!) ? KM_PER_MILE : 1);
  // a compass word is made of the four cardinal points ("south-east"): their unit vectors summed give the bearing
  const word = compass[0].toLowerCase();
  const north = (word.includes('north') ? 1 : 0) - (word.includes('south') ? 1 : 0);
  const east = (word.includes('east') ? 1 : 0) - (word.includes('west') ? 1 : 0);
  const norm = Math.hypot(north, east) || 1;
  const dLat = (km * north) / norm / KM_PER_DEGREE;
  const dLon = (km * east) / norm / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { lat: round(lat + dLat), lon: round(lon + dLon) };
}

/**
 * Rule entities/measured-from-place: the known place (not a country) an unknown one is measured from, and the point
 * the distance and bearing give, else null.
 */
function measuredFrom(
  res: Resources,
  text: string,
  c: Candidate,
  cands: readonly Candidate[],
  options: Map<Candidate, PlaceEntry[]>,
  context: Set<string>,
): { point: PlaceEntry; at: { lat: number; lon: number } } | null {
  if (!isOn(res.rules, MEASURED_FROM_PLACE) || c.type !== 'place') return null;
  const W = entityWords(res);
  const next = cands.find(
    (o) => o.start > c.end && o.sentence === c.sentence && o.type === 'place' && o.start - c.end <= 48,
  );
  const gap = next ? text.slice(c.end, next.start) : '';
  if (!next || !W.measuredGapRe.test(gap)) return null;
  const point = choosePlace(res.gazetteer, options.get(next) ?? [], context)?.entry ?? null;
  if (!point || point.kind === 'country' || point.lat === null || point.lon === null) return null;
  return { point, at: offsetFrom(res, gap, point.lat, point.lon) };
}

function trustWrittenHomeHolder(
  res: Resources,
  text: string,
  c: Candidate,
  cands: readonly Candidate[],
  options: ReadonlyMap<Candidate, readonly PlaceEntry[]>,
  primary: string | null,
  choice: GeoChoice | null,
): GeoChoice | null {
  if (!choice || choice.unplaced || !primary || !isOn(res.rules, WRITTEN_HOME_HOLDER)) return choice;
  if (countryOf(choice.entry) === primary) return choice;
  const W = entityWords(res);
  const next = cands.find((o) => o.start >= c.end && W.withinGapRe.test(text.slice(c.end, o.start)));
  const held = next ? (options.get(next) ?? []) : [];
  // (a holder with namesakes abroad as well, "San Marcos", is read in the article's country like any namesake)
  if (!next || held.some((e) => e.kind === 'country') || !held.some((e) => countryOf(e) === primary)) return choice;
  // a list: another place follows the holder after a comma or "and" ("San Miguel, Usulutan, and La Union")
  const listGap = /^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?$/iu;
  if (cands.some((o) => o.start > next.end && o.start - next.end < 12 && listGap.test(text.slice(next.end, o.start))))
    return choice;
  // (or a last item the tagger left out: "…, Usulutan, and La Union")
  if (/^\s*,?\s+(?:and|or)\s/iu.test(text.slice(next.end, next.end + 8))) return choice;
  // nor a list the name itself continues ("Morazan, San Miguel, …")
  if (cands.some((o) => o.end <= c.start && c.start - o.end < 12 && listGap.test(text.slice(o.end, c.start))))
    return choice;
  const there = (options.get(c) ?? [])
    .filter((e): e is CityEntry | RegionEntry => e.kind !== 'country' && e.country === primary)
    .sort((a, b) => (b.kind === 'city' ? b.population : 0) - (a.kind === 'city' ? a.population : 0))[0];
  const why = `entities/written-home-holder: written in ${next.text}, a place of ${primary}, the article's country`;
  // no namesake there: no reading at all, so that the holder places it (rule entities/written-town-in-country)
  return there ? { entry: there, ambiguous: false, why } : null;
}

/**
 * Rule entities/country-in-sentence. "Police in Switzerland said two men were held in Winterthur", in a story from Vienna: a
 * town left unplaced as a lone namesake abroad is placed after all when a sentence that writes it names its country,
 * and only one of its namesakes lies there.
 */
function trustSentenceCountry(
  c: Candidate,
  cands: readonly Candidate[],
  options: ReadonlyMap<Candidate, readonly PlaceEntry[]>,
  choice: GeoChoice | null,
): GeoChoice | null {
  if (!choice?.unplaced || choice.entry.kind !== 'city') return choice;
  // every mention of the name counts, so that all of them get the one reading ("VENICE, Italy" and "the Venice festival")
  const same = cands.filter((o) => o.text.toLowerCase() === c.text.toLowerCase());
  const sentences = new Set(same.map((o) => o.sentence));
  const named = new Set<string>();
  for (const o of cands) {
    if (same.includes(o) || !sentences.has(o.sentence)) continue;
    const opts = options.get(o) ?? [];
    if (opts.length && opts.every((e) => e.kind === 'country')) for (const e of opts) named.add(countryOf(e) ?? '');
  }
  const there = (options.get(c) ?? []).filter((e): e is CityEntry => e.kind === 'city' && named.has(e.country));
  if (there.length !== 1) return choice;
  const only = there[0]!;
  return {
    entry: only,
    ambiguous: false,
    why: `entities/country-in-sentence: the sentence names ${only.country}, the country of ${only.name}`,
  };
}

/**
 * Rule entities/written-town-in-country. "in the town of Andahua", "THE VILLAGE OF TOMAYQUICHUA", "Arbinda town", "in
 * the towns of A, B and C": a name the text calls a town of its own (entities.townOfBefore; a settlement noun after it,
 * gazetteer.settlementNouns; an apposition that calls it one, "Kessin, a village in the Mopti region"; or a later name
 * of the list such a plural noun opens), or a name typed as a place right
 * after "in", "near", "at" (entities/locative-town: where the story's events happen), that the gazetteer does not know
 * and no written holder locates is
 * still a place of the article's country, as a dateline's unknown town is (entities/dateline-in-country): it keeps its
 * name and gets that country, with the country's coordinates (precision country), marked ambiguous. A name written
 * with a first-level division of that country after a comma ("in El Paraiso, Usulutan department") is placed in that
 * division (with its coordinates) when the gazetteer has it, else in the country.
 */
function writtenTownInCountry(res: Resources, text: string, clusters: Cluster[], primary: string): void {
  const gaz = res.gazetteer;
  const country = gaz.countries.get(primary);
  if (!country) return;
  const W = entityWords(res);
  const settlementAfter = res.words.memo(
    'entities.settlementNounAfter',
    () => new RegExp(`^[ \\t]+${res.words.alt('gazetteer.settlementNouns')}\\b`, 'iu'),
  );
  // (rule entities/locative-town) "killed nine villagers in Kessin", "fighting near Kessin": a name typed as a place
  // and written right after a preposition of where things happen (entities.townLocatives) is a town of the story's
  // country, unless it is a site or street. Not in a country whose towns the gazetteer holds down to a thousand people
  // (towns.json: the US, Canada, Australia): there an unknown name so written is a neighbourhood, a school, a street
  const locativeBefore = res.words.memo(
    'entities.locativeBeforeTown',
    () => new RegExp(`(?:^|[^\\p{L}])${res.words.alt('entities.townLocatives')}[ \\t]+$`, 'iu'),
  );
  const locativeTown = (c: Candidate) =>
    c.type === 'place' &&
    !gaz.townCountries.has(primary) &&
    !isSiteLike(res, c) &&
    !W.blockOfRe.test(text.slice(Math.max(0, c.start - 20), c.start)) &&
    locativeBefore.test(text.slice(Math.max(0, c.start - 12), c.start));
  // (rule entities/settlement-apposition) "attacked Kessin, a village in the Mopti region", "Kessin, a small farming
  // town near the border": a name the apposition after it calls a settlement is a town
  const settlementApposition = res.words.memo(
    'entities.settlementApposition',
    () =>
      new RegExp(
        `^\\s*,\\s*(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?${res.words.alt('gazetteer.settlementNouns')}\\b`,
        'iu',
      ),
  );
  // (rule entities/listed-town) "in the towns of A, B, and C": every name of the list the noun opens is a town
  const all = clusters.flatMap((cl) => cl.cands).sort((a, b) => a.start - b.start);
  const called = new Set<Candidate>();
  for (const [i, c] of all.entries()) {
    const prev = i > 0 ? all[i - 1]! : null;
    if (
      W.townOfRe.test(text.slice(Math.max(0, c.start - 20), c.start)) ||
      settlementAfter.test(text.slice(c.end, c.end + 30)) ||
      (c.type === 'place' && settlementApposition.test(text.slice(c.end, c.end + 60))) ||
      locativeTown(c) ||
      (prev &&
        called.has(prev) &&
        prev.sentence === c.sentence &&
        /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/iu.test(text.slice(prev.end, c.start)))
    )
      called.add(c);
  }
  for (const cl of clusters) {
    if (cl.place || cl.within || cl.unplaced) continue;
    for (const c of cl.cands) {
      if (c.venue) continue;
      const stated = statedSubdivision(gaz, text, c.end)?.readings.find((r) => r.country === primary);
      if (!stated && !called.has(c)) continue;
      const region = stated
        ? gaz.placesByName
            .get(stated.admin1.toLowerCase())
            ?.find((e) => e.kind === 'region' && e.country === primary && e.lat !== null)
        : undefined;
      cl.within = region ?? country;
      cl.unplaced = true;
      cl.merges.push(
        stated
          ? `"${c.text}", written with ${stated.admin1} after it, is not in the gazetteer: placed in ${(region ?? country).name}`
          : `"${c.text}", written as a town of its own, is not in the gazetteer: placed in ${country.name}, the article's country`,
      );
      break;
    }
  }
}

export const LAND_FEATURE_IN_COUNTRY = inlineRule(
  'entities/land-feature-in-country',
  'A forest, range of hills or mountains, desert or swamp the story names ("fled into the Kamuku Forest") and the gazetteer does not know, with no town or division written for it, lies in the article\'s country: news names the stretches of land where its events happen. It gets that country and its coordinates (precision country), marked ambiguous, instead of no country at all. Seas, gulfs, straits and coasts, which border several countries, are left alone.',
);

export const WRITTEN_TOWN_OVER_NAMESAKE = inlineRule(
  'entities/written-town-over-namesake',
  'A site whose name holds a city\'s name ("Riverton Memorial Hospital", "Lakeport Airport") stands in that city only when the text says nothing else: written with "in" or "at" and another town right after it ("the Riverton Memorial Hospital in Eastfield"), it lies in the town written, as regional hospitals, airports and universities often carry the name of a larger city near them. The written town also beats the capital a national body\'s building is taken to stand in.',
);

export const SITE_IN_WRITTEN_LOCALITY = inlineRule(
  'entities/site-in-written-locality',
  'A site written with "in" and a district or small town the gazetteer holds with its own coordinates ("outside the barracks in Woolwich") lies in that district, as a site written with a city after "in" lies in the city: the written place beats the dateline\'s city, which only says where the report was filed, and the site takes the district\'s coordinates.',
);

/**
 * Rule entities/land-feature-in-country. "drove the hostages towards the Kamuku Forest", "hiding in the Qandil
 * Mountains": a stretch of land (entities.landFeatureHeads) the gazetteer does not know and the text places in no town
 * or division is a place of the article's country, as an unknown dateline town is (entities/dateline-in-country): news
 * names the forests, hills and deserts where a story's events happen. It gets that country and the country's
 * coordinates (precision country), marked ambiguous. Seas, gulfs and coasts, which border several countries, are not
 * such words.
 */
function landFeatureInCountry(res: Resources, clusters: Cluster[], primary: string): void {
  const country = res.gazetteer.countries.get(primary);
  if (!country || !isOn(res.rules, LAND_FEATURE_IN_COUNTRY)) return;
  const W = entityWords(res);
  for (const cl of clusters) {
    if (cl.place || cl.within || cl.unplaced) continue;
    const c = cl.cands.find((x) => x.type === 'place' && !x.venue && W.landFeatureHeadRe.test(x.text));
    if (!c) continue;
    cl.within = country;
    cl.unplaced = true;
    cl.merges.push(
      `"${c.text}", a stretch of land the gazetteer does not know, placed in ${country.name}, the article's country (rule entities/land-feature-in-country)`,
    );
  }
}

/**
 * Rule entities/dateline-in-country. "METAPAN, 12 JAN 90 --", "PANDORA —": a dateline's town the gazetteer does not
 * locate is still a place of the article's country (the country its places or bodies say it is about): it keeps its
 * name and gets that country, with the country's coordinates (precision country), marked ambiguous.
 */
function datelineInCountry(res: Resources, text: string, clusters: Cluster[], primary: string): void {
  const dl = openingDateline(text);
  const country = res.gazetteer.countries.get(primary);
  if (!dl || !country) return;
  const cl = clusters.find(
    (x) => !x.place && !x.within && !x.unplaced && x.cands.some((c) => c.start >= dl.start && c.end <= dl.end),
  );
  // only a name that is the dateline's whole place: "ROCK" cut from "ROCK HILL, S.C." is no town of its own
  if (!cl || cl.cands.some((c) => c.venue || !/^\s*(?:[,(]|[-–—]{1,2}\s)/u.test(text.slice(c.end, c.end + 4)))) return;
  cl.within = country;
  cl.unplaced = true;
  cl.merges.push(
    `"${cl.cands[0]!.text}", the dateline's place, is not in the gazetteer: placed in ${country.name}, the article's country`,
  );
}

/** how far from the article's city a namesake in another state must lie to be read as a part of that city */
const PART_OF_CITY_MIN_KM = 100;

/** the city the article's local agencies serve ("Cincinnati Police"), the most mentioned when several */
function agencyCity(cities: Cluster[]): CityEntry | null {
  const served = cities.filter((cl) => cl.cands.some((c) => c.rules?.includes('entities/place-of-local-agency')));
  const best = served.sort((a, b) => b.cands.length - a.cands.length)[0];
  return best?.place?.entry.kind === 'city' ? best.place.entry : null;
}

/**
 * The city whose local news the article is, for rule entities/part-of-local-city: the city its local agencies serve
 * ("Columbus Police"), where the dateline names no other city. A dateline's city alone is only where the report was
 * filed: a wire bureau there ("HUANCAYO, 12 NOV (EFE) --") covers its whole region and writes the region's towns bare,
 * so a town the gazetteer places beyond the city's metropolitan radius is that town, never a quarter of the city (the
 * namesakes the part-of rule reads lie PART_OF_CITY_MIN_KM away or more, far beyond any metropolitan radius).
 */
function cityOfLocalNews(datelineCity: PlaceEntry | null, agency: CityEntry | null): CityEntry | null {
  if (datelineCity?.kind !== 'city') return agency;
  return agency?.id === datelineCity.id ? agency : null;
}

/**
 * Rule entities/part-of-local-city. Local news names a neighbourhood of its city bare ("killed in Bridgeport" in a
 * Chicago story, "Madisonville" in a Cincinnati one), and names a town of another state with that state ("Gary,
 * Ind."). So a bare name whose only readings in the article's country are small towns (below WEAK_POPULATION) of
 * another first-level division than the article's city (its dateline's, else the one its police serve), far from it,
 * is a part of that city the gazetteer does not list: located in it, with its coordinates, and marked ambiguous.
 * Not a name the text calls a town of its own ("the city of X"), nor one listed beside another city ("in Colombo,
 * Negombo and Batticaloa": the names of a list are peers), nor the seat of a first-level division ("a bombing in
 * Garissa" filed from Nairobi: the county's seat, a town of its own).
 */
function partsOfLocalCity(
  res: Resources,
  text: string,
  clusters: Cluster[],
  byKey: Map<string, Cluster>,
  options: Map<Candidate, PlaceEntry[]>,
  home: CityEntry,
): void {
  // (rule entities/capital-wire-names-towns) a dateline of the capital is a national or foreign wire's ("BOGOTA, 3 MAR
  // 90 --", "LIMA --"): it writes the country's towns bare ("IN YUMBO", "IN UCHIZA"), so a bare name with a reading
  // of a town of the country is that town, never a quarter of the capital with the capital's label and coordinates
  if (home.capital) return;
  const farSmall = (e: PlaceEntry) =>
    e.kind === 'city' &&
    e.admin1 !== home.admin1 &&
    !e.capital &&
    // the seat of a first-level division is a town the whole country knows, never an unlisted neighbourhood
    !e.seat &&
    e.population < WEAK_POPULATION &&
    distanceKm(e, home) >= PART_OF_CITY_MIN_KM;
  const W = entityWords(res);
  // ("in Rionegro municipality": a noun after it says so too; "in Ayacucho department", "the Huallaga valley": a name
  // with an area noun after it is a division or area of its own, never a part of a city)
  const calledTown = (c: Candidate) =>
    W.townOfRe.test(text.slice(Math.max(0, c.start - 20), c.start)) ||
    W.areaNounAfterRe.test(text.slice(c.end, c.end + 20));
  // "attacked churches in Colombo, Negombo and Batticaloa": the names of a list are peers, so a name listed beside a
  // city that surely is one (the article's own, or one no rule reads as a part of it) is a town of its own too
  const citySpans = clusters
    .filter((cl) => cl.place?.entry.kind === 'city' && !farSmall(cl.place.entry))
    .flatMap((cl) => cl.cands.map((c) => ({ cl, start: c.start, end: c.end })));
  // "A and B", "A, B and C": a comma alone joins list items only where "and" or "or" closes the list; "Madisonville,
  // Cincinnati" writes a part with its city
  const closing = /^(?:\s*,)?\s+(?:and|or)\s+$/u;
  const comma = /^\s*,\s*$/u;
  const listClosesAfter = (end: number) =>
    /^(?:\s*,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*)*(?:\s*,)?\s+(?:and|or)\s+\p{Lu}/u.test(
      text.slice(end, end + 120),
    );
  const listedWithCity = (cl: Cluster, c: Candidate) =>
    citySpans.some((d) => {
      if (d.cl === cl) return false;
      const [a, b] = d.end <= c.start ? [d, c] : [c, d];
      const joint = text.slice(a.end, b.start);
      return closing.test(joint) || (comma.test(joint) && listClosesAfter(b.end));
    });
  for (const cl of clusters) {
    const e = cl.place?.entry;
    if (e?.kind !== 'city' || e.id === home.id || e.country !== home.country) continue;
    const own = cl.cands.flatMap((c) => options.get(c) ?? []).filter((o) => countryOf(o) === home.country);
    if (!own.every(farSmall)) continue;
    // "Gary, Ind.": the state written with it says it is that town; "the eastern city of Batticaloa" says so too
    if (
      cl.cands.some(
        (c) => c.venue || statedSubdivision(res.gazetteer, text, c.end) || calledTown(c) || listedWithCity(cl, c),
      )
    )
      continue;
    const why = `"${cl.cands[0]!.text}" read as a part of ${home.name}, the article's city: its only namesakes of ${home.country} are small towns of other states, ${Math.round(distanceKm(e, home))} km away or more`;
    byKey.delete(cl.key);
    cl.key = `place:name:${slug(cl.cands[0]!.text)}`;
    byKey.set(cl.key, cl);
    cl.place = null;
    cl.within = home;
    cl.unplaced = true;
    cl.merges = [why];
  }
}

/**
 * Rule entities/seat-in-its-capital. "Speaking at the White House", "outside Downing Street": the building that
 * houses a national body (entities.seatBuildings, known as a body of one country in the gazetteer) stands in that
 * country's capital, wherever the report was filed; the dateline's city ("BOSTON —") is not where it is.
 */
function seatCapital(res: Resources, c: Candidate): { city: CityEntry; country: string } | null {
  if (!c.venue) return null;
  const name = c.text
    .replace(/^the\s+/iu, '')
    .replace(/['’]s?$/u, '')
    .toLowerCase();
  if (!res.words.set('entities.seatBuildings').has(name)) return null;
  const countries = new Set<string>();
  for (const o of res.gazetteer.orgsByName.get(name) ?? []) if (o.country) countries.add(o.country);
  const [country] = countries;
  if (countries.size !== 1 || !country) return null;
  const city = res.gazetteer.capitalOf(country);
  return city ? { city, country } : null;
}

/**
 * The place written as holding a quarter right after its noun: "the Floralia neighborhood, in eastern Cali", "the
 * Tornales suburb of Lima", "the El Pedregal neighborhood, Bello municipality" (a place candidate of the same sentence).
 */
function holderAfterCityPart(
  res: Resources,
  text: string,
  c: Candidate,
  cands: readonly Candidate[],
): Candidate | null {
  const re = entityWords(res).cityPartHolderGapRe;
  return (
    cands.find(
      (o) =>
        o.type === 'place' &&
        o.sentence === c.sentence &&
        o.start > c.end &&
        o.start - c.end <= 60 &&
        re.test(text.slice(c.end, o.start)),
    ) ?? null
  );
}

/**
 * a noun for a part of a town right after the name ("the Zacatecoluca neighborhood", "THE LOMAS RESIDENTIAL AREA"), or
 * before it with "of" ("the diplomatic quarter of Kessin", "the suburb of Dunmore"; rule
 * entities/city-part-in-dateline-city reads both)
 */
function calledCityPart(res: Resources, text: string, c: Candidate): boolean {
  const W = entityWords(res);
  return (
    W.cityPartAfterRe.test(text.slice(c.end, c.end + 40)) ||
    W.cityPartOfBeforeRe.test(text.slice(Math.max(0, c.start - 40), c.start))
  );
}

function isSiteLike(res: Resources, c: Candidate): boolean {
  return c.venue === true || unknownPlaceKind(entityWords(res), c.text) === 'site';
}

/** The country of the dateline ("BIRMINGHAM, England —", "LONDON (Wire) -"), else the country most places of the article are in. */
function primaryCountry(
  res: Resources,
  text: string,
  cands: Candidate[],
  options: Map<Candidate, PlaceEntry[]>,
  context: Set<string>,
  orgCountries: readonly string[],
): string | null {
  const dl = openingDateline(text);
  const inDateline = (c: Candidate) => !!dl && c.start >= dl.start && c.end <= dl.end;
  const votes = new Map<string, number>();
  /** the same without the dateline's own words */
  const bodyVotes = new Map<string, number>();
  for (const cc of orgCountries) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  const homeBound = res.words.set('incident-cues.homeBoundNouns');
  for (const c of cands) {
    const ch = choosePlace(res.gazetteer, options.get(c) ?? [], context);
    const cc = ch && !ch.ambiguous && !ch.unplaced ? countryOf(ch.entry) : null;
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + 1);
    // (rule entities/foreign-bureau-dateline) "THREE U.S. MILITARY ADVISERS": a country's name before a noun of its
    // state or forces names who they are, not where the report is about
    const ofItsState = ch?.entry.kind === 'country' && beforeHomeNoun(text, c.end, homeBound);
    if (cc && !inDateline(c) && !ofItsState) bodyVotes.set(cc, (bodyVotes.get(cc) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const byVotes = ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
  for (const c of cands.filter(inDateline).reverse()) {
    const ch = choosePlace(res.gazetteer, options.get(c) ?? [], context);
    if (!ch || ch.unplaced || (ch.entry.kind !== 'country' && (ch.ambiguous || !countryOf(ch.entry)))) continue;
    const cc = countryOf(ch.entry);
    return cc && byVotes && foreignBureau(bodyVotes, cc, byVotes) ? byVotes : cc;
  }
  return byVotes;
}

/**
 * Rule entities/foreign-bureau-dateline. "SOFIA (BULGARIA), 12 APR 89 -- [interview] … political life in Colombia":
 * a dateline says where the report was filed; when the text after it names the places of another country at least
 * FOREIGN_BUREAU_RATIO times, and that many times as often as the dateline's country, the report is about that
 * country, which decides between namesakes and holds the sites the article names. A country's name written before a
 * noun of its state or forces (incident-cues.homeBoundNouns: "three U.S. military advisers") is not counted: a report
 * from El Paraiso on Salvadoran fighting that names the advisers of another state is still news of El Salvador.
 */
function foreignBureau(bodyVotes: ReadonlyMap<string, number>, dateline: string, top: string): boolean {
  const own = bodyVotes.get(dateline) ?? 0;
  const other = bodyVotes.get(top) ?? 0;
  return top !== dateline && other >= FOREIGN_BUREAU_RATIO && other >= FOREIGN_BUREAU_RATIO * Math.max(own, 1);
}

const FOREIGN_BUREAU_RATIO = 3;

/** The city of the article's country it names most often (ties: the first named), for short forms near it. */
function mostMentionedCity(cities: Cluster[], primary: string | null): CityEntry | null {
  const home = cities.filter((cl) => cl.place?.entry.kind === 'city' && cl.place.entry.country === primary);
  const best = home.sort(
    (a, b) =>
      b.cands.length - a.cands.length ||
      Math.min(...a.cands.map((c) => c.start)) - Math.min(...b.cands.map((c) => c.start)),
  )[0];
  return best?.place?.entry.kind === 'city' ? best.place.entry : null;
}

/** The city of the dateline, when the article has one and resolved it. */
function primaryCity(text: string, cities: Cluster[]): PlaceEntry | null {
  const dl = openingDateline(text);
  if (!dl) return null;
  const cl = cities.find((x) => x.cands.some((c) => c.start >= dl.start && c.end <= dl.end));
  return cl?.place?.entry ?? null;
}

/** "Al Noor Mosque in Christchurch", "the Harbourview hotel in Mombasa": a city the same sentence writes right after the site. */
function cityWrittenAfter(
  res: Resources,
  text: string,
  c: Candidate,
  cands: readonly Candidate[],
  cities: Cluster[],
): PlaceEntry | null {
  const next = cands.find(
    (o) =>
      o.start > c.end &&
      o.sentence === c.sentence &&
      o.start - c.end <= 40 &&
      cities.some((cl) => cl.cands.includes(o)),
  );
  if (!next || !entityWords(res).cityAfterSiteRe.test(text.slice(c.end, next.start))) return null;
  return cities.find((cl) => cl.cands.includes(next))!.place!.entry;
}

/**
 * "drove the bombers to the stadium on the night of the Paris attacks" in a story datelined elsewhere: a city written
 * a few words after a site, in the same clause (no comma or semicolon between: a list or a new clause names other
 * things), is the one the writer ties it to, and beats the dateline's city, which only says where the report was filed.
 */
function cityNextInClause(
  text: string,
  c: Candidate,
  cands: readonly Candidate[],
  cities: Cluster[],
): PlaceEntry | null {
  for (const o of cands.slice().sort((a, b) => a.start - b.start)) {
    if (o.sentence !== c.sentence || o.start < c.end) continue;
    if (o.start - c.end > NEAR_CITY_CHARS || /[,;:()—–]/.test(text.slice(c.end, o.start))) return null;
    const entry = cities.find((x) => x.cands.includes(o))?.place?.entry;
    if (entry) return entry;
  }
  return null;
}
const NEAR_CITY_CHARS = 40;

/** "Manchester Arena", "Brussels Airport": a site named after the city it is in */
function namedAfterCity(
  res: Resources,
  c: Candidate,
  context: Set<string>,
  articleCities: Cluster[],
  primary: string | null,
): PlaceEntry | null {
  if (!isSiteLike(res, c)) return null;
  const words = c.text.split(/\s+/);
  // "Chandler Street", "Manchester Road": a street named after a town leads there; it is not in it
  if (res.words.set('entities.streetHeads').has(words[words.length - 1]!.toLowerCase())) return null;
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ').toLowerCase();
    // the city the article itself names: "Manchester Airport" in a story that mentions Manchester, England
    const own = articleCities.find((cl) => cl.cands.some((x) => x.text.toLowerCase() === head));
    if (own?.place) return own.place.entry;
    // a city the article does not name itself is trusted only when it is large ("Brussels Airport"; not "Franklin Street"
    // after Franklin, Tennessee)
    const cities = (res.gazetteer.placesByName.get(head) ?? []).filter(
      (p): p is CityEntry => p.kind === 'city' && (p.population >= WEAK_POPULATION || p.capital),
    );
    if (!cities.length) continue;
    // only a city the article is about: "Westminster Bridge" in a London story is not in Westminster, Colorado
    const choice = choosePlace(res.gazetteer, cities, context, primary);
    if (!choice || choice.ambiguous || choice.unplaced) return null;
    const cc = countryOf(choice.entry);
    if (primary ? cc !== primary : context.size > 0 && !context.has(cc ?? '')) return null;
    return choice.entry;
  }
  return null;
}

/**
 * Rule entities/part-of-the-capital. "a house in the Dematagoda district of the capital", "the Karrada area of the
 * capital": news names the capital without its name once the story's country is set; the unknown place written as a
 * part of "the capital" lies in the capital of the article's country (Gazetteer.capitalOf). No country, no capital.
 */
function partOfTheCapital(res: Resources, text: string, c: Candidate, primary: string | null): PlaceEntry | null {
  if (!primary || !entityWords(res).partOfCapitalRe.test(text.slice(c.end, c.end + 60))) return null;
  return res.gazetteer.capitalOf(primary);
}

/**
 * "Southwest Baltimore", "North Philadelphia": a compass word (gazetteer.bareDirections) before a city's name names a
 * part of that city, which contains it; only a city of the article's country (or the only reading).
 */
function directionalPart(
  res: Resources,
  c: Candidate,
  context: Set<string>,
  primary: string | null,
): PlaceEntry | null {
  const m = /^(\S+)\s+(.+)$/u.exec(c.text);
  if (!m || !res.words.set('gazetteer.bareDirections').has(m[1]!.toLowerCase())) return null;
  const opts = res.gazetteer.placesByName.get(m[2]!.toLowerCase()) ?? [];
  const choice = choosePlace(res.gazetteer, opts, context, primary);
  if (!choice || choice.unplaced || choice.ambiguous || choice.entry.kind !== 'city') return null;
  if (primary && choice.entry.country !== primary) return null;
  return choice.entry;
}

/**
 * "Woolwich, south-east London", "Watertown, Massachusetts": the known place written right after an unknown one
 * contains it. Rule entities/settlement-in-division: so does the place written after a settlement noun and a comma or
 * "in" ("Kawuri village in Konduga LGA, Borno state", "Kyaukme township, northern Shan state"); and when that place is
 * unknown too, the place that contains it ("Konduga LGA" lies in Borno, so Kawuri does): the chain of a village, its
 * district and its state is one place within the next, not a list.
 */
function containerOf(
  res: Resources,
  text: string,
  c: Candidate,
  cands: readonly Candidate[],
  options: Map<Candidate, PlaceEntry[]>,
  context: Set<string>,
  depth = 0,
): PlaceEntry | null {
  const next = cands.find((o) => o.start > c.end && o.sentence === c.sentence && o.start - c.end <= 24);
  const gap = text.slice(c.end, next?.start ?? c.end);
  if (!next) return null;
  const W = entityWords(res);
  // (rule entities/held-by-written-area) "near La Rochela, in Santander department", "in Mulalo, Yumbo municipality",
  // "the town of Guancorita in northern Chalatenango department", "San Pablo (San Marcos department)": a known name
  // with an area noun after it is the area the unknown name before it lies in, also a city's ("Yumbo municipality"),
  // never a peer of a list
  const held = W.heldGapRe.test(gap) && W.areaNounAfterRe.test(text.slice(next.end, next.end + 20));
  const settled = res.gazetteer.settlementGapRe.test(gap) && next.type === 'place';
  if (!held && !settled && !W.withinGapRe.test(gap)) return null;
  // (an area noun that is no town's, "department", "province", reads the name as that division: "Huancavelica
  // department" is not the city of Huancavelica, and holds nothing when the gazetteer has no such division)
  if (held && !W.townNounAfterRe.test(text.slice(next.end, next.end + 20)))
    return (
      choosePlace(
        res.gazetteer,
        (options.get(next) ?? []).filter((o) => o.kind === 'region' && o.lat !== null),
        context,
      )?.entry ?? null
    );
  const container = choosePlace(res.gazetteer, options.get(next) ?? [], context)?.entry ?? null;
  if (!container && settled && depth < 2 && !(options.get(next) ?? []).length)
    return containerOf(res, text, next, cands, options, context, depth + 1);
  if (!container) return null;
  if (held) return container.kind === 'country' ? null : container;
  // "Qalqiliya, Bethlehem and Ramallah" is a list: a city contains the name only with a direction ("south-east London"),
  // and nothing contains it when the next name goes on into a list
  if (container.kind === 'city' && !/\p{L}/u.test(gap)) return null;
  if (/^\s*(?:,|and\b|or\b)\s*\p{Lu}/u.test(text.slice(next.end, next.end + 12))) return null;
  return container;
}

/** Most written form among mentions, preferring longer ones. */
function bestText(cands: Candidate[]): string {
  const count = new Map<string, number>();
  for (const c of cands) {
    const t = c.text.replace(/['’]s$/u, '');
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  return [...count.entries()].sort(
    (a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1] || b[0].length - a[0].length,
  )[0]![0];
}

function build(res: Resources, cl: Cluster, id: string): NamedEntity {
  const W = entityWords(res);
  const cands = cl.cands.slice().sort((a, b) => a.start - b.start);
  const seen = new Set<number>();
  const mentions = cands.filter((c) => (seen.has(c.start) ? false : (seen.add(c.start), true))).map(mentionOf);
  let name: string;
  if (cl.type === 'place' && cl.place?.entry.kind === 'city') {
    // cities keep the spelling the article uses ("Basra", not GeoNames' "Basrah"); the key holds the identity
    // (nor "Afghan capital", which names the city without its name)
    const cased = cands.filter((c) => c.text !== c.text.toUpperCase() && !c.rules?.includes(DEMONYM_CAPITAL_RULE));
    name = cased.length ? bestText(cased) : cl.place.entry.name;
  } else if (cl.type === 'place' && cl.place) name = cl.place.entry.name;
  else if (cl.type === 'organization' && cl.org) name = cl.org.name;
  else if (cl.type === 'place' && !cl.name && cands.some((c) => c.facility))
    name = bestText(cands.flatMap((c) => (c.facility ? [{ ...c, text: c.facility }] : [])));
  else name = cl.name ?? bestText(cands);
  name = decodeEntities(name);
  const aliases = [...new Set(cands.map((c) => decodeEntities(c.text.replace(/['’]s$/u, ''))))].filter(
    (a) => a !== name,
  );
  // what the entity rules decided about its mentions, beside the merges, so the evidence panel can say why
  const fired = [...new Set(cands.flatMap((c) => c.rules ?? []))].map((r) => `rule ${r}`);
  const merges = [...cl.merges, ...fired.filter((r) => !cl.merges.includes(r))];
  const facility = cl.type === 'place' && cands.find((c) => c.facility && !c.rules?.length);
  if (facility && name === facility.facility)
    merges.push(
      `named "${name}": "${facility.text}" is written before a lower-case word for a site, so it names that site`,
    );
  const base = { id, key: cl.key, name, aliases, mentions, ...(merges.length ? { merges } : {}) };
  if (cl.type === 'person') {
    const roles = [...new Set(cands.flatMap((c) => c.roles))];
    for (const c of cands) {
      const h = c.roles.find((r) => W.honorifics.has(r.toLowerCase().replace(/\.$/, '')));
      if (h && !c.text.includes(' ')) {
        const a = `${h} ${c.text}`;
        if (!base.aliases.includes(a)) base.aliases.push(a);
      }
    }
    return { ...base, type: 'person', roles };
  }
  if (cl.type === 'organization') {
    const kind: OrgKind = cl.org
      ? cl.org.orgKind
      : cl.cands.some((c) => c.media)
        ? 'media'
        : orgKindFromName(name, res.names.orgKindCues);
    // (rule org/armed-description-tail) "SHINING PATH TERRORIST ORGANIZATION" is also known as "SHINING PATH"
    const own =
      kind === 'armed_group'
        ? nameBeforeArmedDescription(
            name,
            res.names.armedDescriptions,
            res.names.commonWords,
            res.words.memo(
              'entities.creedOrNationEnd',
              () => new RegExp(`(?:${res.words.alt('entities.creedOrNationEndings')})$`, 'iu'),
            ),
          )
        : null;
    if (own && !base.aliases.includes(own)) {
      base.aliases.push(own);
      (base.merges ??= []).push(
        `rule org/armed-description-tail: alias "${own}", the group's own name before the description of an armed group`,
      );
    }
    return { ...base, type: 'organization', kind, country: cl.org ? cl.org.country : orgCountry(res, name) };
  }
  const p = cl.place;
  const e = p?.entry;
  const located = e ?? cl.within;
  const { placeKind, precision }: ReturnType<typeof knownPlaceKind> = e
    ? knownPlaceKind(e)
    : {
        placeKind: cl.cands.some((c) => c.venue) ? 'site' : unknownPlaceKind(entityWords(res), name),
        precision: cl.measuredAt
          ? 'region'
          : cl.within
            ? cl.within.kind === 'city' || isLocalityTown(cl.within)
              ? 'site-in-city'
              : cl.within.kind
            : null,
      };
  const { country, lat, lon, admin1 } = locatedAt(res, located);
  return {
    ...base,
    type: 'place',
    placeKind,
    country,
    lat: !e && cl.measuredAt ? cl.measuredAt.lat : lat,
    lon: !e && cl.measuredAt ? cl.measuredAt.lon : lon,
    ambiguous: (p?.ambiguous ?? false) || cl.unplaced === true,
    admin1,
    precision,
    ...(!e && cl.within && cl.withinGuessed ? { guessedWithin: true } : {}),
  };
}

/** the kind and precision of a place the gazetteer knows */
export function knownPlaceKind(e: PlaceEntry): { placeKind: PlaceKind; precision: PlaceEntity['precision'] } {
  return {
    placeKind: e.kind === 'country' ? 'country' : e.kind === 'city' ? 'city' : e.placeKind,
    precision: e.kind === 'city' ? 'city' : e.kind === 'country' ? 'country' : localityPrecision(e),
  };
}

/** the country, coordinates and first-level division of a place that lies at (or in) `located` */
export function locatedAt(
  res: Resources,
  located: PlaceEntry | undefined,
): Pick<PlaceEntity, 'country' | 'lat' | 'lon' | 'admin1'> {
  const admin1 =
    located?.kind === 'city'
      ? located.admin1
      : located?.kind === 'region' && located.admin1
        ? located.admin1
        : located?.kind === 'region' &&
            located.country &&
            res.gazetteer.admin1Names.has(`${located.country}|${located.name}`)
          ? located.name
          : null;
  return {
    country: located ? countryOf(located) : null,
    lat: located?.lat ?? null,
    lon: located?.lon ?? null,
    admin1,
  };
}

/** a district or small town of the gazetteer with its own coordinates (regions.json locality of kind city) */
function isLocalityTown(e: PlaceEntry | undefined): boolean {
  return e?.kind === 'region' && e.locality && e.placeKind === 'city' && e.lat !== null;
}

/**
 * A district, small town or landmark of the gazetteer (regions.json `locality`) has its own coordinates: a town or
 * district is as precise as a city, a landmark as a site in its city; a river or other area stays a region.
 */
function localityPrecision(e: PlaceEntry): 'region' | 'city' | 'site-in-city' {
  if (e.kind !== 'region' || !e.locality) return 'region';
  return e.placeKind === 'city' ? 'city' : e.placeKind === 'site' ? 'site-in-city' : 'region';
}

/**
 * One name, one type within an article: a bare word that is part of a person's full name is that person
 * ("Bolton" after "John Bolton"), and otherwise the type most mentions of the same text got wins.
 */
export const TITLED_NAME_IS_PERSON = inlineRule(
  'entities/titled-name-is-person',
  'A one-word name the article writes after a title or with a title in apposition ("Indonesian president Habibie", "Okafor, the minister") is a person, and so is the same name written bare in the same article ("Ramos told Habibie in a letter"), where the tagger may read it as a body or a place: news keeps one name for one person, and a title is the text saying so. Not a name the gazetteer knows as a body or a country or region',
);

function harmonizeTypes(res: Resources, cands: Candidate[], text: string): void {
  const W = entityWords(res);
  const nameParts = new Set<string>();
  // surnames of names that surely are people: a given name first, or a title before ("Michael Jordan" -> "Jordan")
  const givenParts = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    const parts = normalizeName(c.text).split(' ');
    if (parts.length >= 2) {
      // "Omar al-Haddad" is "Haddad" on later mention: an Arabic article joined to the surname drops with it
      const last = parts[parts.length - 1]!;
      const surnames = [
        last,
        ...(W.arabicArticlePrefixRe.test(last) ? [last.replace(W.arabicArticlePrefixRe, '')] : []),
      ];
      nameParts.add(parts[0]!);
      nameParts.add(parts.join(' '));
      // "Osama bin Laden" is "Bin Laden", "Aung San Suu Kyi" "Suu Kyi": the last words of a longer name are it too
      for (let k = 1; k + 2 <= parts.length && parts.length >= 3; k++) nameParts.add(parts.slice(k).join(' '));
      for (const surname of surnames) {
        nameParts.add(surname);
        if (c.sure || res.names.givenNames.has(parts[0]!)) givenParts.add(surname);
      }
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
    if (c.type === 'place' && !c.gaz.some((e) => e.kind === 'org') && givenParts.has(normalizeName(c.text)))
      c.type = 'person';
  }
  surnameActsAsPerson(res, cands, text);
  const surePeople = new Set(cands.filter((c) => c.sure && c.type === 'person').map((c) => normalizeName(c.text)));
  // rule entities/titled-name-is-person: one-word names written with a title ("president Habibie")
  const titledPeople = new Set(
    isOn(res.rules, TITLED_NAME_IS_PERSON)
      ? cands
          .filter((c) => c.type === 'person' && c.roles.length > 0 && !/\s/u.test(c.text.trim()))
          .map((c) => normalizeName(c.text))
      : [],
  );
  for (const c of cands) {
    if (c.type === 'person' || c.gaz.some((e) => e.kind !== 'city')) continue;
    const n = normalizeName(c.text);
    if (surePeople.has(n)) {
      c.type = 'person';
      c.sure = true;
      continue;
    }
    if (
      titledPeople.has(n) &&
      !c.media &&
      !c.venue &&
      !(res.gazetteer.placesByName.get(n) ?? []).some((e) => e.kind !== 'city')
    ) {
      c.type = 'person';
      continue;
    }
    if (c.gaz.length) continue;
    // "Breyona McMillian" read as a place, "Ms. McMillian" later: a name of two or three words ending in the surname
    // of a titled person is that person
    const words = n.split(' ');
    if (words.length >= 2 && words.length <= 3 && surePeople.has(words[words.length - 1]!)) {
      c.type = 'person';
      continue;
    }
    if (nameParts.has(n) && !res.gazetteer.placesByName.has(n) && !res.gazetteer.orgsByName.has(n)) {
      c.type = 'person';
      continue;
    }
  }
  // a name a rule read as the place a local agency serves ("Anadarko police officers arrived") is that place where
  // it stands alone elsewhere too ("The Anadarko community"): the rule's evidence beats the tagger's guesses
  const agencyTowns = new Set(
    cands
      .filter((c) => c.type === 'place' && c.rules?.includes(PLACE_BEFORE_AGENCY_RULE))
      .map((c) => normalizeName(c.text)),
  );
  // a name a rule typed from what the text says it is ("the Dimona nuclear plant", "a group called Rumbo Propio") is
  // that where the article writes it bare too, where the tagger guessed a person or another type
  const ruleTyped = new Map<string, Candidate['type']>();
  for (const c of cands) {
    const t = c.rules?.map((r) => TYPING_RULES[r]).find((x) => x === c.type);
    if (t) ruleTyped.set(normalizeName(c.text), t);
  }
  for (const c of cands) {
    if (c.gaz.length || c.sure) continue;
    const n = normalizeName(c.text);
    if (agencyTowns.has(n)) {
      if (c.type === 'organization' && !c.media && !c.venue) c.type = 'place';
      continue;
    }
    const ruled = ruleTyped.get(n);
    if (ruled) {
      if (!c.media && !c.venue && !res.names.givenNames.has(n.split(' ')[0]!)) c.type = ruled;
      continue;
    }
    // rule entities/dateline-place: the dateline is where the story was filed, a place even where the article's
    // other mentions of the name are a club or a company of that city ("MILAN -" over a story about AC Milan)
    if (c.rules?.includes(DATELINE_PLACE_RULE)) continue;
    const v = votes.get(n)!;
    if (v.size < 2) continue;
    const best = [...v.entries()].sort((a, b) => b[1] - a[1]);
    if (best[0]![1] > best[1]![1]) c.type = best[0]![0];
  }
}

/** how many mentions of a one-word name must speak ("McKinney said") for it to be a person with no full name given */
const SPEAKING_MENTIONS = 2;

/**
 * Rule entities/surname-acts-as-person. A one-word name read as a town ("Jackson", "McKinney") is a person wherever
 * its mentions act as one: it is the surname of a full name the article gives ("Senquez Jackson", read as a person or
 * as an unknown body) and one mention speaks ("Jackson said", "said Jackson": entities.bodyActsVerbs) or owns an event
 * ("Jackson's death"); or, with no full name read, SPEAKING_MENTIONS of its mentions speak. Local news names the
 * victim or a relative by surname after the first mention, and many US surnames are also some state's town; a town
 * does not speak, and a story that names the person does not mean the town. A country or region is never read so (it
 * speaks for its government: "Israel said"). All the name's bare mentions become the person.
 */
function surnameActsAsPerson(res: Resources, cands: Candidate[], text: string): void {
  const speaks = res.words.memo(
    'entities.surnameSpeaks',
    () =>
      new RegExp(
        String.raw`^,?[ \t]+(?:${res.words.alt('entities.auxiliariesBeforeVerb')}[ \t]+)*(?:${res.words.alt('entities.bodyActsVerbs')})(?![\p{L}])`,
        'iu',
      ),
  );
  const spokenAfter = res.words.memo(
    'entities.surnameSpokenAfter',
    () => new RegExp(String.raw`(?<![\p{L}])(?:${res.words.alt('entities.bodyActsVerbs')})\s+$`, 'iu'),
  );
  const owns = /^['’][sS](?![\p{L}])/u;
  // (a mention the tagger read as a body counts: "McKinney said" read as an organisation speaks all the same)
  const oneWord = (c: Candidate) => !c.media && !/\s/u.test(c.text.trim());
  // the last words of the full names the article gives: a person's, or an unknown body's of two or three words
  const surnames = new Set(
    cands
      .filter((c) => c.type === 'person' || (c.type === 'organization' && !c.gaz.length && !c.media && !c.venue))
      .map((c) => normalizeName(c.text).split(' '))
      .filter((parts) => parts.length >= 2 && parts.length <= 3)
      .map((parts) => parts[parts.length - 1]!),
  );
  const speaking = new Map<string, number>();
  const acting = new Set<string>();
  for (const c of cands) {
    const n = normalizeName(c.text);
    // a country or a region speaks for its government ("Israel said"): only a town's name is read as a person
    const towns = res.gazetteer.placesByName.get(n) ?? [];
    if (!oneWord(c) || c.gaz.some((e) => e.kind !== 'city') || towns.some((e) => e.kind !== 'city')) continue;
    const after = text.slice(c.end, c.end + 40);
    const spoke = speaks.test(after) || spokenAfter.test(text.slice(Math.max(0, c.start - 12), c.start));
    // so does a capital ("Washington wants", "Tehran denies"): it speaks as a person only where the article gives a
    // full name ending in it
    const capital = [...towns, ...c.gaz].some((e) => e.kind === 'city' && e.capital);
    if (spoke && !capital) speaking.set(n, (speaking.get(n) ?? 0) + 1);
    if (surnames.has(n) && (spoke || owns.test(after))) acting.add(n);
  }
  for (const [n, k] of speaking) if (k >= SPEAKING_MENTIONS) acting.add(n);
  // (a dateline is where the story was filed, never a person: rule entities/dateline-place)
  for (const c of cands)
    if (
      c.type === 'place' &&
      oneWord(c) &&
      !c.venue &&
      !c.sure &&
      !c.rules?.includes(DATELINE_PLACE_RULE) &&
      acting.has(normalizeName(c.text))
    )
      c.type = 'person';
}

/** the entity rule that reads "Salisbury police said" as a place (entity-rules.ts place-before-local-agency) */
const PLACE_BEFORE_AGENCY_RULE = 'entities/place-before-local-agency';
/** rules that type a mention from what the text says the name is, with the type each gives */
const TYPING_RULES: Readonly<Record<string, Candidate['type']>> = {
  'mentions/unknown-name-before-place-noun': 'place',
  'entities/body-called-name': 'organization',
};
const DATELINE_PLACE_RULE = 'entities/dateline-place';
const LINE_BROKEN_RULE = 'entities/line-broken-name';

export function findEntities(doc: Doc): NamedEntity[] {
  if (!doc.text.trim()) return [];
  return resolveEntities(doc, findCandidates(doc));
}

/** In-article resolution and geocoding: candidate mentions → one entity per person, organisation and place. */
export function resolveEntities(doc: Doc, cands: Candidate[]): NamedEntity[] {
  const res = doc.res;
  harmonizeTypes(res, cands, doc.text);
  // "Salina Police Department": the place a local agency serves, written inside its name (agency-places.ts)
  cands = [...cands, ...agencyPlaceCandidates(res, cands)];
  // "WOODBURN, Ore. —": a town with its state that no other reader found (stated-places.ts)
  cands = [...cands, ...statedPlaceCandidates(doc, cands)];
  // "an Immokalee teenager": a town before a resident noun that no other reader found (stated-places.ts)
  cands = [...cands, ...residentPlaceCandidates(doc, cands)];
  // "the Afghan capital": a capital named by its country's adjective (capital-places.ts)
  cands = [...cands, ...demonymCapitalCandidates(doc, cands)];
  const scope = docHash(doc.text);
  const clusters = [
    ...personClusters(
      res,
      cands.filter((c) => c.type === 'person'),
      scope,
      doc.text,
    ),
    ...orgClusters(
      res,
      cands.filter((c) => c.type === 'organization'),
      doc.text,
      cands,
    ),
    ...placeClusters(
      res,
      cands.filter((c) => c.type === 'place'),
      doc.text,
      // the known bodies' countries, the known places of the headline (headline/places-as-context), and the
      // outlet's when its name says it (a US broadcaster's call sign)
      [
        ...cands.flatMap((c) => c.gaz.flatMap((e) => (e.kind === 'org' && e.country ? [e.country] : []))),
        ...headlinePlaceCountries(doc, cands),
      ],
      outletCountries(res.words, res.gazetteer, doc.text, doc.input.source),
    ),
  ];
  clusters.sort((a, b) => Math.min(...a.cands.map((c) => c.start)) - Math.min(...b.cands.map((c) => c.start)));
  const entities = clusters.map((cl, i) => build(res, cl, `e${i + 1}`));
  noteRoleCoreference(entityWords(res), doc.text, entities);
  return entities;
}

/**
 * Rule entities/role-coreference-not-alias: "the Director General said ...": a role description points at the one
 * person in the article who holds that role, so the merge notes record it (never a new entity). It is not an alias:
 * a bare title ("president", "coroner", "general") is a common noun, not another name of the person. Honorifics and
 * roles two people share are skipped, and so is "the President of X", which may name someone else.
 */
function noteRoleCoreference(W: EntityWords, text: string, entities: NamedEntity[]): void {
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
    const re = new RegExp(
      `\\bthe\\s+(${escapeRegExp(role).replace(/ /g, '\\s+')})\\b(?!\\s+of\\b)(?![-'’]?\\p{L})`,
      'giu',
    );
    const written = new Set<string>();
    for (const m of eachMatch(re, text)) {
      const title = decodeEntities(m[1]!.replace(/\s+/g, ' '));
      if (written.has(title.toLowerCase())) continue;
      written.add(title.toLowerCase());
      (person.merges ??= []).push(
        `"the ${title}" -> "${person.name}": the only person in the article with that role (a title, so not an alias)`,
      );
    }
  }
}

export type { GazEntry };
