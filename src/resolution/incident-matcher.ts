// Cross-article incident matching as a scored, explainable decision. Pure: no driver, no I/O.
//
// One function boundary: a new incident (as one article reports it) and the stored incidents that might be
// the same event go in; the decision (which one, or none), its score and the readable reasons come out.
// How candidates are fetched (time window, batching) belongs to the caller.
//
// Evidence, each adding to or taking from a score, and some able to rule a candidate out:
//   kind      same kind, same family, or a generic "attack" beside a violent kind; different families rule out
//   place     same place, one within the other (site in city in region: by parent keys or distance), only the
//             same country; an unknown place on either side neither adds nor blocks; two known places in
//             different cities or countries rule out (sister events in other towns stay apart)
//   date      distance in days, read with each side's precision (day, month, year); an undated side is
//             compared through its publication date, which may only follow the event
//   people    shared participants (named people and groups, by key); named perpetrators on both sides with
//             none in common count against (the same kind of attack by other people is another event)
//   words     similarity of the sentences that describe each incident: TF-IDF cosine over the words, weighted
//             by how rare a word is among the compared incidents (shared rare names weigh most)
//   toll      equal casualty counts add a little; very different tolls take a little
//   gap       publication far apart with nothing else in common rules out
// Two incidents reported by one article never merge (the extractor already told them apart).
import { z } from 'zod';
import { dayRange, precisionOf } from '../extract/dates.js';
import { distanceKm } from '../extract/geocode.js';
import { isResponseKind, isViolentKind, ONTOLOGY } from '../ontology/index.js';
import matchingRaw from '../../data/lexicons/incident-matching.json' with { type: 'json' };

export interface MatchPlace {
  key: string;
  name: string;
  placeKind: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** keys of the places it lies in, nearest first (city, region, country), where known */
  parents?: string[];
  /** the first-level division (a US state, a province) it lies in, or that it is, where the gazetteer gives one */
  admin1?: string | null;
}

export interface MatchParticipant {
  key: string;
  name: string;
  role: string;
}

export interface IncidentFacts {
  key: string;
  kind: string | null;
  /** ISO date: YYYY-MM-DD, YYYY-MM or YYYY */
  date: string | null;
  /** earliest publication date of an article reporting it (YYYY-MM-DD) */
  published: string | null;
  place: MatchPlace | null;
  participants: MatchParticipant[];
  /** the sentences (and titles) that describe the incident */
  text: string;
  /**
   * people the reporting articles name anywhere (key, name, and how many stored articles name them: a name few
   * articles carry is strong evidence that two reports are of one event)
   */
  names?: MatchName[];
  /** articles that report it */
  articleIds: string[];
  killed?: number | null;
  injured?: number | null;
  /**
   * the article refers to this incident as a past event ("the 2015 Paris attacks", a trial or anniversary piece):
   * it may match a stored incident of any earlier date, and is never a new event of the article's own time
   */
  reference?: boolean;
  /** "2020-10" or "2020": the month or year the text gives when it gives no day ("in October the teacher was killed") */
  datePeriod?: string | null;
}

export interface MatchName {
  key: string;
  name: string;
  /** stored articles naming it; unknown (new name) counts as rare */
  articles?: number;
}

export interface CandidateScore {
  key: string;
  score: number;
  /** why it was ruled out, when it was */
  blocked: string | null;
  reasons: string[];
  /** the points that kind and place gave (the rest of the score is evidence of this very event: date, people, words) */
  kindPlacePoints?: number;
}

export interface MatchDecision {
  /** key of the stored incident that is the same event, or null */
  match: string | null;
  score: number;
  reasons: string[];
  /** every candidate, best first: what an audit or a test reads */
  candidates: CandidateScore[];
}

/** Kind families, the kinds that may name one event and the generic kinds, from the ontology (data/ontology.json). */
export const DEFAULT_KIND_FAMILIES: Record<string, readonly string[]> = Object.fromEntries(
  ONTOLOGY.incidentFamilies.map((f) => [
    f.id,
    ONTOLOGY.incidentKinds.filter((k) => k.family === f.id).map((k) => k.id),
  ]),
);
export const DEFAULT_CROSS_FAMILY: readonly (readonly [string, string])[] = ONTOLOGY.sameEvent.inArticle.pairs.map(
  ([x, y]) => [x, y] as const,
);
export const GENERIC_KINDS: ReadonlySet<string> = new Set(ONTOLOGY.sameEvent.inArticle.generic);

export interface MatcherOptions {
  families?: Record<string, readonly string[]>;
  crossFamily?: readonly (readonly [string, string])[];
  /** kinds that say only that something violent happened ("attack") */
  generic?: readonly string[];
  /** a candidate must reach this score to be the match */
  threshold?: number;
  /** the most the names both articles carry may add (they are counted over the two compared incidents only) */
  maxNamePoints?: number;
  /**
   * false: a reference's kind must agree with the report's as two reports' must (the scorer of undated reports read
   * as references, which the extractor did not mark as past); default true (referenceKindEvidence)
   */
  referenceKinds?: boolean;
  /**
   * false: two places that rule each other out do so even where one text names the other's place (two incidents of
   * one article, whose texts share its lede); default true (placeNamedByTheOther)
   */
  namedPlaces?: boolean;
  /** cosine of the two describing texts and the shared words that weigh most, when the caller has the vectors */
  similarity?: (a: IncidentFacts, b: IncidentFacts) => { cosine: number; shared: string[] };
}

export const MATCH_THRESHOLD = 3;
/**
 * points per unit of TF-IDF cosine of the describing texts, and the most they add. Common incident words weigh
 * little (COMMON_WORD_WEIGHT), so a cosine of 0.25 means shared names, streets or details, not "shooting" and
 * "year-old": that is worth two points (measured on the gun-violence dev set and the seeds)
 */
export const TEXT_POINTS_PER_COSINE = 8;
export const MAX_TEXT_POINTS = 2;
/** place points of one city or site (same place, one within the other, or closer than SAME_PLACE_KM) */
const SAME_PLACE_POINTS = 1.2;
/** a site and a city (or two sites) closer than this, in the same country, are one place for an incident */
export const SAME_PLACE_KM = 30;
/** a city within a region: at most this far from the region's point */
export const WITHIN_REGION_KM = 150;

/**
 * a place block is overridden (a misread place) only with the same or next day (dateEvidence points of an exact day
 * one day apart or less), shared rare names worth this much (one name of at most a few articles), and a score this
 * far above MATCH_THRESHOLD without any place points
 */
export const MISREAD_PLACE_DATE_POINTS = 0.6;
export const MISREAD_PLACE_NAME_POINTS = 1;
export const MISREAD_PLACE_MARGIN = 1.5;

// ---------- kind ----------

/** kind → family of each families table, built once per table (clustering scores millions of pairs) */
const familyIndexes = new WeakMap<Record<string, readonly string[]>, Map<string, string>>();

function familyIndex(families: Record<string, readonly string[]>): Map<string, string> {
  let m = familyIndexes.get(families);
  if (!m) {
    m = new Map<string, string>();
    for (const [f, kinds] of Object.entries(families)) for (const k of kinds) m.set(k, f);
    familyIndexes.set(families, m);
  }
  return m;
}

/** the generic kinds of a matcher's options as a set, built once per list */
const genericSets = new WeakMap<object, ReadonlySet<string>>();

function genericSet(generic: readonly string[] | ReadonlySet<string>): ReadonlySet<string> {
  let s = genericSets.get(generic);
  if (!s) {
    s = new Set(generic);
    genericSets.set(generic, s);
  }
  return s;
}

/** a kind of the response family: with families given, the family that holds "arrest" */
function familyIsResponse(kind: string, opts: MatcherOptions): boolean {
  const fam = familyIndex(opts.families ?? DEFAULT_KIND_FAMILIES);
  return fam.get(kind) === fam.get('arrest') || kind === 'other';
}

interface KindEvidence {
  points: number;
  blocked: string | null;
  why: string;
}

export function kindEvidence(a: string | null, b: string | null, opts: MatcherOptions = {}): KindEvidence {
  if (!a || !b) return { points: 0, blocked: null, why: 'kind unknown on one side' };
  if (opts.families !== undefined || opts.crossFamily !== undefined || opts.generic !== undefined)
    return kindEvidenceOf(a, b, opts);
  // the default lexicon's verdict on two kinds, worked out once per pair of kinds (asked for every pair of frames a
  // neighbourhood scores: issue 12)
  let row = defaultKindEvidence.get(a);
  if (!row) defaultKindEvidence.set(a, (row = new Map()));
  let e = row.get(b);
  if (!e) row.set(b, (e = Object.freeze(kindEvidenceOf(a, b, opts))));
  return e;
}

/** kindEvidence under the default lexicon, by the two kinds (few: the ontology's) */
const defaultKindEvidence = new Map<string, Map<string, Readonly<KindEvidence>>>();

function kindEvidenceOf(a: string, b: string, opts: MatcherOptions): KindEvidence {
  if (a === b) return { points: 1, blocked: null, why: `same kind (${a})` };
  const fam = familyIndex(opts.families ?? DEFAULT_KIND_FAMILIES);
  const fa = fam.get(a) ?? null,
    fb = fam.get(b) ?? null;
  if (fa && fa === fb) return { points: 0.6, blocked: null, why: `${a} and ${b} are one family (${fa})` };
  const cross = (opts.crossFamily ?? DEFAULT_CROSS_FAMILY).some(
    ([x, y]) => (x === a && y === b) || (x === b && y === a),
  );
  if (cross) return { points: 0.4, blocked: null, why: `${a} and ${b} often name one event` };
  const genericKinds = genericSet(opts.generic ?? GENERIC_KINDS);
  const other = genericKinds.has(a) ? b : genericKinds.has(b) ? a : null;
  const otherFamily = other === null ? null : (fam.get(other) ?? null);
  if (other !== null && otherFamily !== null && !familyIsResponse(other, opts)) {
    return { points: 0.2, blocked: null, why: `generic ${genericKinds.has(a) ? a : b} beside ${other}` };
  }
  return { points: 0, blocked: `kinds ${a} and ${b} are different kinds of event`, why: '' };
}

/**
 * A piece that refers back to an event names it in its own words ("the Arena murders", "the killings at the
 * market" for a bombing): between a reference and a report any two kinds of harm may be one event, weighing as
 * little as a generic kind; place, date, people and words must carry the match (a reference also needs evidence of
 * the event beyond kind and place, incident-clustering.ts).
 */
function referenceKindEvidence(
  a: IncidentFacts,
  b: IncidentFacts,
  kind: KindEvidence,
  place: PlaceEvidence,
): KindEvidence {
  if (!kind.blocked || !(a.reference || b.reference) || !a.kind || !b.kind) return kind;
  if (!isViolentKind(a.kind) || !isViolentKind(b.kind)) return kind;
  // only at the very place: both placed, the same site or city (a reference placed nowhere may be any event)
  if (place.blocked || place.points < SAME_PLACE_POINTS) return kind;
  return { points: 0.2, blocked: null, why: `a reference may name the ${b.kind} a ${a.kind}` };
}

// ---------- place ----------

/** normName of the strings seen (asked for the same place and person names for every pair a neighbourhood scores) */
const normNames = new Map<string, string>();
const NORM_NAME_CACHE = 50_000;

function normName(s: string): string {
  let n = normNames.get(s);
  if (n === undefined) {
    if (normNames.size >= NORM_NAME_CACHE) normNames.clear();
    normNames.set(s, (n = computeNormName(s)));
  }
  return n;
}

function computeNormName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SPECIFICITY: Record<string, number> = { site: 0, city: 1, other: 1, region: 2, country: 3 };
const rank = (p: MatchPlace) => SPECIFICITY[p.placeKind ?? 'other'] ?? 1;

/** two located towns of one country (cities or unranked places, not sites or regions) whose names are written alike */
function sameWrittenTown(a: MatchPlace, b: MatchPlace): boolean {
  if (rank(a) !== 1 || rank(b) !== 1 || a.lat === null || b.lat === null) return false;
  if (!a.country || a.country !== b.country) return false;
  const x = normName(a.name).replace(/ /g, ''),
    y = normName(b.name).replace(/ /g, '');
  return x.length > 2 && x === y;
}

interface PlaceEvidence {
  points: number;
  blocked: string | null;
  why: string;
}

export function placeEvidence(a: MatchPlace | null, b: MatchPlace | null): PlaceEvidence {
  if (!a || !b) return { points: 0, blocked: null, why: 'place unknown on one side' };
  if (a.key === b.key) {
    if (withinDivision(a))
      return { points: SAME_COUNTY_POINTS, blocked: null, why: `same place ${a.name}, a part of ${a.admin1}` };
    return {
      points: rank(a) >= 3 ? 0.3 : rank(a) === 2 ? 0.6 : rank(a) === 0 ? 1.5 : 1.2,
      blocked: null,
      why: `same place ${a.name}`,
    };
  }
  // one town's name written alike in both reports, the gazetteer placing each at a namesake in another state of one
  // country ("Hudson" in Florida and in Ohio, "Cleveland" in Tennessee and in Ohio): which namesake is a guess from
  // each article's context, so the name neither rules the other out nor adds; date, people and words must carry the
  // match. (A namesake abroad is a misread only with the same people named, below in scoreCandidate.)
  if (sameWrittenTown(a, b))
    return { points: 0, blocked: null, why: `${a.name} and ${b.name}: one name, placed at different namesakes` };
  if (a.country && b.country && a.country !== b.country)
    return { points: 0, blocked: `${a.name} and ${b.name} are in different countries`, why: '' };
  const [inner, outer] = rank(a) <= rank(b) ? [a, b] : [b, a];
  if (inner.parents?.includes(outer.key)) {
    const pts = rank(outer) >= 3 ? 0.3 : withinDivision(outer) ? SAME_COUNTY_POINTS : rank(outer) === 2 ? 0.6 : 1.2;
    return { points: pts, blocked: null, why: `${inner.name} lies in ${outer.name}` };
  }
  const division = divisionEvidence(a, b);
  if (division) return division;
  if (rank(outer) >= 3) {
    // a country-level place on one side: compatible when the other lies in that country, but says little
    return inner.country && inner.country === outer.country
      ? { points: 0.3, blocked: null, why: `${inner.name} is in ${outer.name}` }
      : { points: 0, blocked: null, why: `${inner.name} may be in ${outer.name}` };
  }
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    const km = distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
    // (rule match/same-county) a town or site near a county's centre lies in the county: one county, as for two
    // reports placed in it
    if (
      rank(outer) === 2 &&
      rank(inner) < 2 &&
      withinDivision(outer) &&
      km <= COUNTY_TOWN_KM &&
      (!inner.admin1 || inner.admin1 === outer.admin1)
    )
      return {
        points: SAME_COUNTY_POINTS,
        blocked: null,
        why: `${inner.name} is ${km.toFixed(0)} km from ${outer.name}, within the county`,
      };
    if (rank(outer) === 2 && rank(inner) < 2) {
      return km <= WITHIN_REGION_KM
        ? {
            points: 0.6,
            blocked: null,
            why: `${inner.name} is ${km.toFixed(0)} km from ${outer.name}, within the region`,
          }
        : { points: 0, blocked: `${inner.name} is ${km.toFixed(0)} km from ${outer.name}`, why: '' };
    }
    if (km < SAME_PLACE_KM)
      return { points: 1.2, blocked: null, why: `${a.name} and ${b.name} ${km.toFixed(1)} km apart` };
    return { points: 0, blocked: `${a.name} and ${b.name} are ${km.toFixed(0)} km apart`, why: '' };
  }
  // a site the gazetteer does not locate, named after its city ("Manchester Arena" in Manchester)
  const ni = normName(inner.name),
    no = normName(outer.name);
  if (no && ni.startsWith(`${no} `)) return { points: 1.2, blocked: null, why: `${inner.name} lies in ${outer.name}` };
  // one article's town the gazetteer located, the other's the same name it could not ("Englewood" placed in one
  // report, left unplaced as a namesake in another): written the same, it is one place for two reports of the same
  // days, as two unlocated mentions of one name (one key) are
  if (ni && ni === no && rank(a) < 2 && rank(b) < 2)
    return { points: SAME_PLACE_POINTS, blocked: null, why: `${a.name} and ${b.name}: the same name, one not located` };
  const region = sameRegionNameOneUnlocated(a, b);
  if (region) return region;
  // a name the gazetteer does not locate: nothing says where it is, so it does not rule the other out, but it
  // does not support the match either
  if (a.lat === null || b.lat === null)
    return { points: -0.3, blocked: null, why: `${a.name} and ${b.name}: not both located` };
  return { points: 0, blocked: `${a.name} and ${b.name} are different places`, why: '' };
}

/**
 * Rule match/same-county. What one region that is a part of a first-level division (a county, a district: the
 * gazetteer gives it a division it is not itself) adds when both reports are placed there. Local news places an
 * event in the county whose sheriff reports it ("the Putnam County sheriff's office"), and a county holds fewer
 * people than most cities: the same county says more than the same state (0.6), less than the same city or town
 * (1.2), where the town is not named. Measured on the gun-violence dev set.
 */
export const SAME_COUNTY_POINTS = 0.9;

/** a town this close to the point of a county (a region inside a division) lies in it: most US counties are under 60 km across */
export const COUNTY_TOWN_KM = 40;

/**
 * Rule incidents/same-region-name-one-unlocated. Two regions written the same ("Orange County"), one located by the
 * gazetteer from its article's context, the other left unlocated (a name several counties carry, in a report that
 * names no state): as for a town written the same, it is one place for two reports of the same days, worth what
 * one region gives (SAME_COUNTY_POINTS for a county, 0.6 for a wider region). Which namesake is meant is what the
 * located side says; kind, date and words must still carry the match. Null unless both are regions, exactly one
 * located, with one name.
 */
export function sameRegionNameOneUnlocated(a: MatchPlace, b: MatchPlace): PlaceEvidence | null {
  if (rank(a) !== 2 || rank(b) !== 2 || (a.lat === null) === (b.lat === null)) return null;
  const name = normName(a.name);
  if (name.length <= 2 || name !== normName(b.name)) return null;
  const located = a.lat !== null ? a : b;
  return {
    points: withinDivision(located) ? SAME_COUNTY_POINTS : 0.6,
    blocked: null,
    why: `${a.name} and ${b.name}: the same region's name, one not located`,
  };
}

/** a region inside a first-level division, not the division itself (a county, a district) */
function withinDivision(p: MatchPlace): boolean {
  return p.placeKind === 'region' && !!p.admin1 && !isDivision(p);
}

/** a first-level division itself (a US state, a province): a region named as its own division */
function isDivision(p: MatchPlace): boolean {
  return p.placeKind === 'region' && !!p.admin1 && normName(p.name) === normName(p.admin1);
}

/**
 * A place and a first-level division (a state, a province) of its country: the place lies in it when the gazetteer
 * puts it in that division, and not when it puts it in another. A state is wider than WITHIN_REGION_KM, so distance
 * to its centre says little ("Cedar Rapids" is 154 km from the centre of Iowa); the division the gazetteer gives
 * decides. Null when that is unknown (no division on the place, or neither side a division).
 */
export function divisionEvidence(a: MatchPlace, b: MatchPlace): PlaceEvidence | null {
  const [d, p] = isDivision(a) && !isDivision(b) ? [a, b] : isDivision(b) && !isDivision(a) ? [b, a] : [null, null];
  if (!d || !p?.admin1 || (p.country && d.country && p.country !== d.country)) return null;
  if (normName(p.admin1) === normName(d.admin1!))
    return { points: 0.6, blocked: null, why: `${p.name} lies in ${d.name}` };
  return { points: 0, blocked: `${p.name} lies in ${p.admin1}, not in ${d.name}`, why: '' };
}

/** `text` names the place: its name (as words, case and accents aside) occurs in it */
function textNames(text: string, place: MatchPlace): boolean {
  const name = normName(place.name);
  if (name.length <= 2) return false;
  const words = ` ${normName(text)} `;
  // "Saint Paul" is written "St. Paul" as often
  return words.includes(` ${name} `) || (/^saint /.test(name) && words.includes(` st ${name.slice(6)} `));
}

/**
 * the least date evidence with which rule incidents/place-named-by-the-other applies: the same or the next day, or
 * an undated report published within REPORT_LAG_DAYS of the other's date
 */
export const NAMED_PLACE_DATE_POINTS = 0.4;

/**
 * Rule incidents/place-named-by-the-other. Two reports of the same kind of event on the same days (the same or the
 * next day, or an undated report within its lag) whose places rule each other out, where one report's describing
 * text also names the other's place ("a Madison apartment" in a report placed in Nashville, "shot at Coastland Center
 * mall" in a report placed in Naples while the other was placed at a namesake of the mall abroad, "a Vista boy
 * killed in Perris"): the reports tell of the same places, and which one each was placed at is the gazetteer's or the
 * extractor's pick, not a disagreement. The place neither adds nor blocks; date, people and words carry the match
 * (measured on the gun-violence dev set: 10 more reports of one event joined, no wrong merge). Another kind of event
 * days later that names the first one's city is a sequel elsewhere (the attacker shot dead in Milan four days after
 * the Berlin attack, the siege at Dammartin after the shooting in Paris), so kind and date must agree.
 * Null when neither text names the other's place.
 */
export function placeNamedByTheOther(a: IncidentFacts, b: IncidentFacts, blocked: string): PlaceEvidence | null {
  if (!a.place || !b.place) return null;
  const [by, named] = textNames(a.text, b.place) ? [a, b] : textNames(b.text, a.place) ? [b, a] : [null, null];
  if (!by || !named) return null;
  return {
    points: 0,
    blocked: null,
    why: `places disagree (${blocked}), but the report placed at ${by.place!.name} also names ${named.place!.name}`,
  };
}

/** what a report's place adds when the other report, placed nowhere, names it in its describing text */
export const NAMED_BY_UNPLACED_POINTS = 0.6;

/**
 * Rule incidents/place-named-by-the-unplaced. One report placed, the other placed nowhere by the extractor while its
 * describing text names the first one's town or site ("Teen killed in St. Paul shooting" beside a report placed in
 * Saint Paul): the place is not unknown on that side, only not picked as the incident's; it adds what a place within
 * a region adds, less than the same place. Null when the unplaced text does not name it (or names nothing).
 */
export function placeNamedByTheUnplaced(a: IncidentFacts, b: IncidentFacts): PlaceEvidence | null {
  const [placed, unplaced] = a.place && !b.place ? [a, b] : b.place && !a.place ? [b, a] : [null, null];
  if (!placed || !unplaced || rank(placed.place!) >= 2 || !textNames(unplaced.text, placed.place!)) return null;
  return {
    points: NAMED_BY_UNPLACED_POINTS,
    blocked: null,
    why: `one report placed nowhere, but its words name ${placed.place!.name}`,
  };
}

// ---------- date ----------

function gapDays(a: readonly [number, number], b: readonly [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

interface DateEvidence {
  points: number;
  blocked: string | null;
  why: string;
}

/**
 * how many days after an event an undated report of it may still be the first news of it (local news reports a
 * name, a charge or a death in hospital four or five days on; measured on the gun-violence dev set: 4 joins more
 * reports of one event than 3 with no more wrong merges)
 */
export const REPORT_LAG_DAYS = 4;
/** two dated incidents further apart than this (beyond what their precision allows) are different events */
export const DATE_WINDOW_DAYS = 3;

/**
 * Why dateEvidence blocks `a`, a reference to a past event named without a date, and the stored frame `b`, or null:
 * 'period' when a month or year of its own ("in October the teacher was beheaded") does not hold `b`'s date (it is
 * another event), 'after' when `b` happened (or was first reported) after the reference's article. Builds nothing:
 * callers ask it before scoring a pair (src/resolution/incident-clustering.ts, referenceDatesMayLink).
 */
export function pastEventDateBlock(a: IncidentFacts, b: IncidentFacts): 'period' | 'after' | 'reach' | null {
  if (a.datePeriod && b.date && !periodsOverlap(a.datePeriod, b.date)) return 'period';
  const when = b.date ?? b.published;
  if (when && a.published && when.slice(0, 10) > a.published) return 'after';
  if (when && a.published && when.slice(0, 10) < referenceReachStart(a.published, a.datePeriod ?? null)) return 'reach';
  return null;
}

/**
 * (rule incidents/reference-reach) How far back a reference to a past event named without a date may reach: a trial
 * or an inquiry comes years after the event ("the inquiry heard how the murders in the foyer might have been
 * prevented"), but an event more than ten years before the article is written with its year or month ("the 2005
 * bombings", "in October 2009"), which then holds it (datePeriod). So a stored incident earlier than that is another
 * event, and the incidents a reference is compared with are those of ten years, however many the store holds (issue
 * 12: the graph's neighbourhood query has a lower bound).
 */
export const REFERENCE_REACH_DAYS = 3653;

/** referenceReachStart by publication day and period (a few thousand days and periods in any store) */
const reachStarts = new Map<string, string>();

/**
 * The first day (YYYY-MM-DD) a past event a reference published on `published` names may lie on: REFERENCE_REACH_DAYS
 * before it, or the start of the month or year the reference names (`period`) when that is earlier; '' (no bound)
 * when `published` is no date.
 */
export function referenceReachStart(published: string, period: string | null): string {
  const memo = `${published}\u0000${period ?? ''}`;
  let start = reachStarts.get(memo);
  if (start === undefined) {
    const at = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
    const reach = Number.isNaN(at) ? '' : new Date(at - REFERENCE_REACH_DAYS * 86_400_000).toISOString().slice(0, 10);
    const named =
      period && /^\d{4}(-\d{2})?$/.test(period) ? (period.length === 4 ? `${period}-01-01` : `${period}-01`) : null;
    start = named !== null && named < reach ? named : reach;
    reachStarts.set(memo, start);
  }
  return start;
}

export function dateEvidence(a: IncidentFacts, b: IncidentFacts): DateEvidence {
  if (a.reference && !a.date) {
    // a past event named without a date: the stored one must have happened before the article
    const when = b.date ?? b.published;
    const block = pastEventDateBlock(a, b);
    if (block === 'period')
      return { points: 0, blocked: `a reference to ${a.datePeriod}, the stored one dated ${b.date}`, why: '' };
    if (block === 'after')
      return {
        points: 0,
        blocked: `${b.date ? 'dated' : 'first reported'} ${when}, after the reference of ${a.published}`,
        why: '',
      };
    if (block === 'reach')
      return {
        points: 0,
        blocked: `${b.date ? 'dated' : 'first reported'} ${when}, more than ${REFERENCE_REACH_DAYS} days before the reference of ${a.published}`,
        why: '',
      };
    return {
      points: 0,
      blocked: null,
      why: `a reference to a past event${when ? ` (stored one ${b.date ? 'dated' : 'first reported'} ${when})` : ''}`,
    };
  }
  const ra = a.date ? dayRange(a.date) : null,
    rb = b.date ? dayRange(b.date) : null;
  if (ra && rb) {
    const gap = gapDays(ra, rb);
    const exact = precisionOf(a.date!) === 'day' && precisionOf(b.date!) === 'day';
    // (rule match/days-apart-other-street) dates more than a day apart, and the scenes on different streets
    const streets = gap > 1 ? otherStreets(a, b) : null;
    if (streets)
      return { points: 0, blocked: `dates ${a.date} and ${b.date} are ${gap} days apart, ${streets}`, why: '' };
    if (gap > DATE_WINDOW_DAYS) {
      // a date on (or the day before) the report's own publication may be when it was reported (a revised toll,
      // a charge) rather than when it happened: read as an undated report of the earlier event
      const later = ra[0] > rb[0] ? a : b;
      if (publicationDated(later)) {
        const lag = undatedLag({ ...later, date: null }, later === a ? b : a);
        if (!lag.blocked)
          return { points: 0, blocked: null, why: `dated ${later.date}, around its publication: ${lag.why}` };
      }
      return { points: 0, blocked: `dates ${a.date} and ${b.date} are ${gap} days apart`, why: '' };
    }
    if (!exact) return { points: 0.3, blocked: null, why: `dates ${a.date} and ${b.date} overlap` };
    // (rule match/one-day-operations) an arrest or a raid is done in a day: two written on days more than one apart
    // are two operations ("the operation came three days after a raid in another district")
    if (gap > 1 && a.kind && b.kind && isResponseKind(a.kind) && isResponseKind(b.kind))
      return {
        points: 0,
        blocked: `${a.kind} on ${a.date} and ${b.kind} on ${b.date}: police operations ${gap} days apart`,
        why: '',
      };
    // reports disagree by a day about late-night events; more is weaker evidence
    const pts = gap === 0 ? 1.5 : gap === 1 ? 0.6 : 0;
    return {
      points: pts,
      blocked: null,
      why: gap === 0 ? `same date ${a.date}` : `dates ${a.date} and ${b.date}, ${gap} day${gap > 1 ? 's' : ''} apart`,
    };
  }
  // one side undated: its first report must come on or shortly after the other's date
  const dated = ra ? a : rb ? b : null;
  const undated = dated === a ? b : a;
  if (dated) return undatedLag(undated, dated);
  // neither dated: publication dates only
  const pa = a.published ? dayRange(a.published) : null,
    pb = b.published ? dayRange(b.published) : null;
  if (!pa || !pb) return { points: 0, blocked: null, why: 'no dates' };
  const gap = gapDays(pa, pb);
  if (gap > REPORT_LAG_DAYS) return { points: 0, blocked: `undated, reported ${gap} days apart`, why: '' };
  return { points: 0.2, blocked: null, why: `undated, reported ${gap} day${gap === 1 ? '' : 's'} apart` };
}

/** the streets (name and type, without the house number or block) of the addresses a text gives, per facts object */
const streetsOf = new WeakMap<IncidentFacts, ReadonlySet<string>>();
function streetsOfText(f: IncidentFacts): ReadonlySet<string> {
  let s = streetsOf.get(f);
  if (!s) streetsOf.set(f, (s = new Set([...streetAddresses(f.text)].map((a) => a.replace(/^\d+(?: block)? /, '')))));
  return s;
}

/**
 * Rule match/days-apart-other-street: two reports of one city and kind dated more than a day apart may still be one
 * event (a date within DATE_WINDOW_DAYS, or the later date its report's own: publicationDated), but a second shooting
 * in the same city a few days on is dated so too. When both texts give street addresses ("the 2400 block of Seaman
 * Street", "1000 Woodland Ave.") and no street is in both, they tell of scenes on different streets: two events.
 * Returns why, or null.
 */
function otherStreets(a: IncidentFacts, b: IncidentFacts): string | null {
  const sa = streetsOfText(a),
    sb = streetsOfText(b);
  if (!sa.size || !sb.size) return null;
  for (const s of sa) if (sb.has(s)) return null;
  return `their scenes on different streets (${[...sa].sort()[0]}; ${[...sb].sort()[0]})`;
}

/** "2020-10" and "2020-10-16" overlap, "2020" and "2015-01-08" do not: the shorter is a prefix of the longer */
function periodsOverlap(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** a day date no earlier than the day before its report's publication */
function publicationDated(f: IncidentFacts): boolean {
  if (!f.date || !f.published || precisionOf(f.date) !== 'day') return false;
  const d = dayRange(f.date),
    p = dayRange(f.published);
  return !!d && !!p && p[0] - d[0] <= 1 && p[0] - d[0] >= 0;
}

/** an undated report of a dated event: its first report must come on or shortly after the event's date */
function undatedLag(undated: IncidentFacts, dated: IncidentFacts): DateEvidence {
  {
    const r = dayRange(dated.date!)!;
    const pub = undated.published ? dayRange(undated.published) : null;
    if (!pub) return { points: 0, blocked: null, why: 'one side undated and unpublished' };
    const after = pub[0] - r[1],
      before = r[0] - pub[0];
    if (before > 1)
      return { points: 0, blocked: `reported ${undated.published}, before the event date ${dated.date}`, why: '' };
    if (after > REPORT_LAG_DAYS + 1)
      return { points: 0, blocked: `reported ${undated.published}, ${after} days after ${dated.date}`, why: '' };
    return {
      points: after <= REPORT_LAG_DAYS ? 0.4 : 0.1,
      blocked: null,
      why: `undated report of ${undated.published} ${after <= 0 ? 'on' : `${after} days after`} ${dated.date}`,
    };
  }
}

// ---------- participants ----------

interface PeopleEvidence {
  points: number;
  why: string[];
}

/**
 * what named perpetrators (or victims) on both sides with none shared take: other people did it, or it was done to
 * others, so it is another event even at the same place on the same day (a sister event). Perpetrators weigh more:
 * a report names the one who did it, while victims named may be some of many
 */
export const DIFFERENT_PERPETRATORS_POINTS = 2.5;
export const DIFFERENT_VICTIMS_POINTS = 1.5;

export function participantEvidence(a: MatchParticipant[], b: MatchParticipant[]): PeopleEvidence {
  const why: string[] = [];
  let points = 0;
  const bKeys = new Map(b.map((p) => [p.key, p]));
  const shared = new Set<string>();
  for (const p of a) {
    const q = bKeys.get(p.key);
    if (!q || shared.has(p.key)) continue;
    shared.add(p.key);
    const sameRole = p.role === q.role && p.role !== 'other' && p.role !== 'responder';
    const pts = sameRole ? 1.5 : p.role === 'responder' || q.role === 'responder' ? 0.2 : 0.8;
    points += pts;
    why.push(sameRole ? `both name ${p.name} as ${p.role}` : `both name ${p.name}`);
  }
  points = Math.min(points, 3);
  // named perpetrators (or named victims) on both sides, none shared: other people, another event (a sister event)
  for (const role of ['perpetrator', 'victim'] as const) {
    const named = (xs: MatchParticipant[]) => xs.filter((p) => p.role === role && p.key.startsWith('person:'));
    const pa = named(a),
      pb = named(b);
    if (pa.some((p) => pb.some((q) => q.key === p.key))) continue;
    const bySurname = pa.flatMap((p) => pb.filter((q) => surnameOf(p, q)).map((q) => [p, q] as const))[0];
    if (bySurname) {
      points = Math.min(3, points + SURNAME_POINTS);
      why.push(`both name the ${role} ${bySurname[0].name} / ${bySurname[1].name}: one report gives the surname only`);
      continue;
    }
    const byGiven = pa.flatMap((p) => pb.filter((q) => sameGivenAndSurname(p, q)).map((q) => [p, q] as const))[0];
    if (byGiven) {
      points = Math.min(3, points + SURNAME_POINTS);
      why.push(
        `both name the ${role} ${byGiven[0].name} / ${byGiven[1].name}: one surname and one given name, one report adds a nickname or middle name`,
      );
      continue;
    }
    if (pa.length && pb.length) {
      points -= role === 'perpetrator' ? DIFFERENT_PERPETRATORS_POINTS : DIFFERENT_VICTIMS_POINTS;
      why.push(`different named ${role}s (${pa[0]!.name} vs ${pb[0]!.name})`);
    }
  }
  return { points, why };
}

/**
 * what a person of one role named by full name in one report and by surname alone in the other adds ("Joshua Guzman"
 * and "Guzman", both the victim): the same person as the reports tell it, though a surname is weaker than a full name
 */
export const SURNAME_POINTS = 0.8;

/** one of the two is a one-word name, the other's last word (the surname a later report names the person by) */
function surnameOf(p: MatchParticipant, q: MatchParticipant): boolean {
  const wp = normName(p.name).split(' '),
    wq = normName(q.name).split(' ');
  const [short, full] = wp.length < wq.length ? [wp, wq] : [wq, wp];
  return short.length === 1 && full.length > 1 && short[0]!.length > 2 && full[full.length - 1] === short[0];
}

/**
 * Rule incidents/nickname-or-middle-name. Two full names with one surname where every given name of the shorter is a
 * given name of the longer ("Joshua Guzman" and "Josue “Joshua” Guzman", "Jamie Salazar" and "Jamie Lynn Salazar"):
 * news gives a victim's nickname in quotes or a middle name in one report and not in another, so it is one person as
 * the reports tell it. Two people of one family share the surname, not the given name ("Shawn" and "Bentley Lenhart").
 */
function sameGivenAndSurname(p: MatchParticipant, q: MatchParticipant): boolean {
  const wp = normName(p.name).split(' '),
    wq = normName(q.name).split(' ');
  if (wp.length < 2 || wq.length < 2 || wp.length === wq.length) return false;
  const [short, long] = wp.length < wq.length ? [wp, wq] : [wq, wp];
  const surname = short[short.length - 1]!;
  if (surname.length < 3 || long[long.length - 1] !== surname) return false;
  const given = new Set(long.slice(0, -1));
  return short.slice(0, -1).every((w) => w.length > 1 && given.has(w));
}

// ---------- names across the articles ----------

/** a name carried by more stored articles than this is too common to tie two reports together */
export const COMMON_NAME_ARTICLES = 40;

export function sharedNameEvidence(
  a: MatchName[] = [],
  b: MatchName[] = [],
  participants: ReadonlySet<string> = new Set(),
): { points: number; why: string | null } {
  const bByKey = new Map(b.map((n) => [n.key, n]));
  const shared: { name: string; w: number }[] = [];
  for (const n of a) {
    const m = bByKey.get(n.key);
    if (!m || participants.has(n.key)) continue;
    const articles = Math.max(n.articles ?? 0, m.articles ?? 0);
    if (articles > COMMON_NAME_ARTICLES) continue;
    shared.push({ name: n.name, w: 2 / (1 + Math.log10(Math.max(1, articles))) });
  }
  if (!shared.length) return { points: 0, why: null };
  shared.sort((x, y) => y.w - x.w || x.name.localeCompare(y.name));
  const points = Math.min(
    3,
    shared.reduce((t, x) => t + x.w, 0),
  );
  return {
    points,
    why: `the articles name the same people (${shared
      .slice(0, 3)
      .map((x) => x.name)
      .join(', ')})`,
  };
}

// ---------- words ----------

const STOP = new Set(
  (
    'a an the and or but of in on at to from by for with without as is are was were be been being has have had it its ' +
    'this that these those he she they them his her their we our you your i not no said says say told after before during ' +
    'when where which who whom whose what while than then there here also more most some any all one two three four five ' +
    'six seven eight nine ten about over into out up down off against between near since until would could should may ' +
    'might will can did does do just very other others only new last first police people man men woman women year years ' +
    'day days week weeks monday tuesday wednesday thursday friday saturday sunday yesterday today night morning evening'
  ).split(' '),
);

export function contentWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? []
  )
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length > 2 && !STOP.has(w));
}

const MatchingLexicon = z.object({
  streetTypes: z.record(z.string().min(1), z.string().min(1)),
  streetDirections: z.record(z.string().min(1), z.string().min(1)),
  commonWordWeight: z.number().min(0).max(1),
  commonWords: z.array(z.string().min(1)),
});
const MATCHING = (() => {
  const parsed = MatchingLexicon.safeParse(matchingRaw);
  if (!parsed.success) throw new Error(`data/lexicons/incident-matching.json: ${parsed.error.message}`);
  return parsed.data;
})();
/** words any report of a violent incident uses (data/lexicons/incident-matching.json): shared, they say little */
export const COMMON_INCIDENT_WORDS: ReadonlySet<string> = new Set(MATCHING.commonWords);
/** the last word of a street address and the one word it stands for ("St" → "street"), from the lexicon */
export const STREET_TYPES: ReadonlyMap<string, string> = new Map(Object.entries(MATCHING.streetTypes));
/** a direction before a street's name as written ("N", "North") and the letters it stands for, from the lexicon */
export const STREET_DIRECTIONS: ReadonlyMap<string, string> = new Map(Object.entries(MATCHING.streetDirections));
const ADDRESS_RE = new RegExp(
  String.raw`\b(\d{1,6})(?:\s*-?\s*block\s+of(?:\s+the)?)?\s+(?:(${[...STREET_DIRECTIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .join('|')})\.?\s+)?((?:(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][\p{L}'’-]*)\s+){1,3})([A-Z][a-z]*)\b\.?`,
  'gu',
);

/**
 * The street addresses a text gives: a house number or a block ("the 2400 block of Seaman Street", "400 Fairview
 * Dr."), the street's name and a street type of the lexicon (data/lexicons/incident-matching.json, streetTypes),
 * each as one key ("2400 block seaman street"), so that two reports writing one address differently agree.
 */
export function streetAddresses(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ADDRESS_RE)) {
    const type = STREET_TYPES.get(m[4]!.toLowerCase());
    if (!type) continue;
    const block = /block/i.test(m[0]) ? ' block' : '';
    const direction = m[2] ? `${STREET_DIRECTIONS.get(m[2])} ` : '';
    const name = m[3]!.toLowerCase().replace(/[.'’]/g, '').trim().replace(/\s+/g, ' ');
    out.add(`${m[1]}${block} ${direction}${name} ${type}`);
  }
  return out;
}

/** how much a common incident word weighs against an ordinary one in the describing-text similarity */
export const COMMON_WORD_WEIGHT = MATCHING.commonWordWeight;

/** the weight of a word besides its rarity among the compared texts: a common incident word weighs little */
export function wordWeight(w: string): number {
  return COMMON_INCIDENT_WORDS.has(w) ? COMMON_WORD_WEIGHT : 1;
}

/**
 * TF-IDF cosine of two texts, with document frequencies taken over `corpus` (the compared incidents): a
 * word every candidate shares ("shooting", a city name) weighs little, a name only two share weighs most.
 */
export function textSimilarity(a: string, b: string, corpus: string[][]): number {
  const wa = contentWords(a),
    wb = contentWords(b);
  if (!wa.length || !wb.length) return 0;
  const df = new Map<string, number>();
  for (const doc of corpus) for (const w of new Set(doc)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(corpus.length, 2);
  return tfidfCosine(wa, wb, (w) => wordWeight(w) * Math.log(1 + n / (df.get(w) ?? 1)));
}

/** Cosine of two word lists as vectors of sublinear term frequency times `idf` of each word. */
export function tfidfCosine(wa: readonly string[], wb: readonly string[], idf: (w: string) => number): number {
  const vec = (ws: readonly string[]) => {
    const tf = new Map<string, number>();
    for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [w, c] of tf) v.set(w, (1 + Math.log(c)) * idf(w));
    return v;
  };
  const va = vec(wa),
    vb = vec(wb);
  let dot = 0,
    na = 0,
    nb = 0;
  for (const [w, x] of va) {
    na += x * x;
    const y = vb.get(w);
    if (y) dot += x * y;
  }
  for (const y of vb.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** the shared words that weigh most, for the reasons */
function topShared(a: string, b: string, corpus: string[][], n: number): string[] {
  const sb = new Set(contentWords(b));
  const df = new Map<string, number>();
  for (const doc of corpus) for (const w of new Set(doc)) df.set(w, (df.get(w) ?? 0) + 1);
  return [...new Set(contentWords(a))]
    .filter((w) => sb.has(w))
    .sort((x, y) => wordWeight(y) - wordWeight(x) || (df.get(x) ?? 0) - (df.get(y) ?? 0) || x.localeCompare(y))
    .slice(0, n);
}

// ---------- casualties ----------

function tollEvidence(a: IncidentFacts, b: IncidentFacts): { points: number; why: string | null } {
  const ka = a.killed ?? null,
    kb = b.killed ?? null;
  // a stated toll of 0 ("no one was hurt", casualty/none-killed) is what a first report says as often as what is so
  if (ka === null || kb === null || ka === 0 || kb === 0) return { points: 0, why: null };
  if (ka === kb) return { points: 0.4, why: `same death toll (${ka})` };
  const lo = Math.min(ka, kb),
    hi = Math.max(ka, kb);
  // tolls rise as reports come in; a large gap between small counts is another event
  if (hi >= 3 * Math.max(lo, 1) && hi - lo >= 3) return { points: -0.5, why: `death tolls ${ka} and ${kb} differ` };
  return { points: 0, why: null };
}

// ---------- decision ----------

/**
 * A score to three decimals, as +x.toFixed(3) gives it; 0 (every blocked pair's score) without formatting it, as most
 * pairs a neighbourhood scores are blocked before any points are counted (issue 12: toFixed was a tenth of scoring).
 */
function rounded(x: number): number {
  return x === 0 ? 0 : +x.toFixed(3);
}

export function scoreCandidate(
  incoming: IncidentFacts,
  c: IncidentFacts,
  corpus: string[][],
  opts: MatcherOptions = {},
): CandidateScore {
  const reasons: string[] = [];
  let kindPlacePoints = 0;
  const out = (blocked: string | null, score: number): CandidateScore => ({
    key: c.key,
    score: rounded(score),
    blocked,
    reasons,
    kindPlacePoints: rounded(kindPlacePoints),
  });
  if (incoming.articleIds.some((id) => c.articleIds.includes(id)))
    return out('reported by the same article as a separate incident', 0);
  let place = placeEvidence(incoming.place, c.place);
  let kind = kindEvidence(incoming.kind, c.kind, opts);
  if (opts.referenceKinds !== false) kind = referenceKindEvidence(incoming, c, kind, place);
  if (kind.blocked) return out(kind.blocked, 0);
  const date = dateEvidence(incoming, c);
  if (
    place.blocked &&
    opts.namedPlaces !== false &&
    kind.points >= 1 &&
    date.points >= NAMED_PLACE_DATE_POINTS &&
    !date.blocked
  ) {
    const named = placeNamedByTheOther(incoming, c, place.blocked);
    if (named) place = named;
  }
  if (!incoming.place !== !c.place) {
    const named = placeNamedByTheUnplaced(incoming, c);
    if (named) place = named;
  }
  if (place.blocked && !(date.points >= MISREAD_PLACE_DATE_POINTS && !date.blocked)) return out(place.blocked, 0);
  if (date.blocked) return out(date.blocked, 0);
  kindPlacePoints = kind.points + place.points;
  let score = kind.points + place.points + date.points;
  reasons.push(kind.why, place.why, date.why);
  const people = participantEvidence(incoming.participants, c.participants);
  score += people.points;
  reasons.push(...people.why);
  const names = sharedNameEvidence(
    incoming.names,
    c.names,
    new Set(incoming.participants.filter((p) => c.participants.some((q) => q.key === p.key)).map((p) => p.key)),
  );
  score += Math.min(names.points, opts.maxNamePoints ?? Infinity);
  if (names.why) reasons.push(names.why);
  const similar = opts.similarity?.(incoming, c);
  const sim = similar ? similar.cosine : textSimilarity(incoming.text, c.text, corpus);
  if (sim > 0) {
    const pts = Math.min(MAX_TEXT_POINTS, TEXT_POINTS_PER_COSINE * sim);
    score += pts;
    const shared = similar ? similar.shared : topShared(incoming.text, c.text, corpus, 4);
    reasons.push(
      `describing sentences similar (TF-IDF cosine ${sim.toFixed(2)}${shared.length ? `: ${shared.join(', ')}` : ''})`,
    );
  }
  const toll = tollEvidence(incoming, c);
  score += toll.points;
  if (toll.why) reasons.push(toll.why);
  // with no place on either side, time and kind alone say little: the words and people must carry it (a place
  // unknown on one side only neither adds nor takes)
  if (!incoming.place && !c.place) score -= 0.5;
  // places that rule each other out may be a misread one (a namesake abroad, a street taken for a town): the same
  // rarely named people on the same or next day, and a score well over the bar without the place, still make one
  // event; a sister event (same city, another day) never gets here, its dates differ
  if (place.blocked) {
    if (names.points < MISREAD_PLACE_NAME_POINTS || score < MATCH_THRESHOLD + MISREAD_PLACE_MARGIN)
      return out(place.blocked, 0);
    reasons.push(`places disagree (${place.blocked}), but the same people on the same days: one place was misread`);
  }
  return out(null, score);
}

/**
 * The stored incident that is the same event as `incoming`, if any, with the score and reasons of every
 * candidate. Deterministic: ties go to the earlier key.
 */
export function matchIncident(
  incoming: IncidentFacts,
  candidates: IncidentFacts[],
  opts: MatcherOptions = {},
): MatchDecision {
  const corpus = [incoming, ...candidates].map((x) => contentWords(x.text));
  const scored = candidates
    .map((c) => scoreCandidate(incoming, c, corpus, opts))
    .sort(
      (x, y) =>
        Number(x.blocked !== null) - Number(y.blocked !== null) || y.score - x.score || x.key.localeCompare(y.key),
    );
  const best = scored[0];
  const threshold = opts.threshold ?? MATCH_THRESHOLD;
  if (!best || best.blocked || best.score < threshold) {
    return {
      match: null,
      score: best && !best.blocked ? best.score : 0,
      reasons: best && !best.blocked ? [`best candidate scored ${best.score} < ${threshold}`] : [],
      candidates: scored,
    };
  }
  return {
    match: best.key,
    score: best.score,
    reasons: [`score ${best.score} ≥ ${threshold}`, ...best.reasons.filter(Boolean)],
    candidates: scored,
  };
}
