// Incident nodes derived from stored incident frames (docs/graph-model.md, "Incidents across articles").
//
// Each article's incidents are stored as frames (:IncidentFrame): kind, place, date, publication, participants,
// the sentences that describe it, and the article's own rows for it (mentions, coverage, relationships) as JSON.
// After a batch is written, the frames it adds (or a rewrite removes) and every frame linked to them, transitively,
// are clustered again (src/resolution/incident-clustering.ts); an Incident node is a cluster, and a frame whose
// cluster changed has its article's rows moved from the old node to the new one. Clusters and keys depend only on
// the set of frames, so one-by-one, batched, concurrent and killed-then-rerun ingests give the same graph.
// Concurrent writers take one lock (a :KgLock node) first in each batch, so each sees the frames the other
// committed before it clusters.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import {
  canonicalFrame,
  clusterFrames,
  frameKey,
  FOLLOW_UP_PERSON_DAYS,
  storedMayLink,
  FrontierIndex,
  frameScorers,
  pairCounts,
  pairScoreStore,
  PairScoreStore,
  type FrameScorers,
  laterReport,
  LinkVerdicts,
  FOLLOW_UP_DATED_DAYS,
  type IncidentCluster,
  type IncidentFrame,
  type LoneLinks,
} from '../resolution/incident-clustering.js';
import { distanceKm } from '../extract/geocode.js';
import {
  FOLLOW_UP_OF_ITS_REFERENCE,
  FOLLOW_UP_RESPONSE_OF_ITS_OWN_TELLING,
  PART_OF_SAME_ARTICLE_SERIES,
} from '../extract/follow-up-rules.js';
import { escapeRegExp } from '../reg-exp.js';
import {
  GENERIC_KINDS,
  referenceReachStart,
  type MatchParticipant,
  type MatchPlace,
} from '../resolution/incident-matcher.js';
import {
  incidentFamily,
  incidentKindInfo,
  incidentName,
  isResponseKind,
  isViolentKind,
  ONTOLOGY,
} from '../ontology/index.js';
import { withoutIncidents } from './incident-resolution.js';
import { ENTITY_REL_TYPES, SYMMETRIC_REL_TYPES, type EntityRelType } from './model.js';
import { NAME_KEYS_OF } from './frame-name-keys.js';
import { datedAroundPublication, PersonFrameIndex, type IncidentLock } from './person-frame-index.js';
import { withValues, type ArticleWrite, type IncidentRow, type PlaceRow } from './rows.js';
import { IncidentWriteCache } from './incident-write-cache.js';
import {
  breakPlaceTie,
  droppedPlaceLink,
  placeVerdict,
  placeVerdictId,
  type PlaceVerdict,
} from './incident-place-links.js';

/** how far (days) apart the anchors (date, else publication) of two linked frames may be: the matcher's widest window */
export const NEIGHBOUR_WINDOW_DAYS = 5;
/** at most this many frames are clustered at once; past it, a very large component is cut (and may depend on order) */
export const MAX_NEIGHBOURHOOD = 3000;
/** sentences of an article's lede that describe its main incident besides those that mention it */
export const LEDE_SENTENCES = 3;

/** the article's own rows for one incident, with '' where the incident's key goes */
interface FrameRows {
  count: number;
  /** where the article's title names it: [start, end, …] offsets into the title (ArticleMentionRow.title) */
  title?: number[];
  mentions: Array<{ sentenceId: string; start: number; end: number; text: string }>;
  relations: Array<{
    type: EntityRelType;
    from: string;
    to: string;
    sentenceIds: string[];
    evidence: number[];
    label: string | null;
    /** the rules that found it in the article (RelationRow.rules) */
    rules?: string[];
  }>;
}

export interface StoredFrame extends IncidentFrame {
  /** the Incident key it is attached to now (null: a new frame, or a reference that matched nothing) */
  incident: string | null;
  rows: FrameRows;
  source: string | null;
  placeName: string | null;
  /** a follow-up incident (a trial, an inquest): the keys of its article's references to the incident it follows */
  followUpOf: string[];
  /** the cue that made it a follow-up */
  followUpCue: string | null;
  /** another frame of its article follows it (an arrest after the attack): its article's frames are clustered with it */
  followedUp: boolean;
  /** the police or troops did it (a suspect shot by police): a response like an arrest (ontology responseHarm) */
  byResponders?: boolean;
  /** told apart from the rest of its article (IncidentRow.toldApart): part of no series; not stored */
  toldApart?: boolean;
  /** the extractor's facts the matcher does not use, carried to the Incident node (IncidentRow) */
  described: string[];
  datePrecision: string | null;
  datePeriod: string | null;
  dateFlag: string | null;
  /** why a follow-up is placed where it is (the court its article names, or the incident it follows) */
  placeReason?: string | null;
  /** its `killed` counts victims listed one by one, not a stated toll (IncidentRow.killedByList) */
  killedByList?: boolean;
}

/** The frames of one article, and the write with its incidents taken out (the frames carry them). */
export function framesOf(w: ArticleWrite): { frames: StoredFrame[]; write: ArticleWrite } {
  const incidentKeys = new Set(w.entities.incident.map((r) => r.key));
  const names = new Map<string, string>();
  for (const e of [...w.entities.person, ...w.entities.organization, ...w.entities.place]) names.set(e.key, e.name);
  const sentenceText = new Map(w.sentences.map((s) => [s.id, s.text]));
  const people = w.entities.person.map((p) => ({ key: p.key, name: p.name })).sort((a, b) => (a.key < b.key ? -1 : 1));
  // the article's main incident (the one it mentions most) is also described by the article's lede
  const mentionCount = (key: string) => w.sentenceMentions.filter((m) => m.key === key).length;
  const main = [...w.entities.incident]
    .filter((r) => !r.reference)
    .sort((a, b) => mentionCount(b.key) - mentionCount(a.key) || (a.key < b.key ? -1 : 1))[0]?.key;
  const lede = [...w.sentences]
    .sort((a, b) => a.index - b.index)
    .slice(0, LEDE_SENTENCES)
    .map((s) => s.id);
  const frames = w.entities.incident.map((row) =>
    frameOf(w, row, incidentKeys, names, sentenceText, people, row.key === main ? lede : []),
  );
  linkResponses(frames);
  linkSeries(frames);
  const refs = frames.filter((f) => f.reference);
  if (w.followUp && refs.length) frames.push(followUpFrame(w, w.followUp, refsToldFirst(refs, w.sentences), people));
  return { frames, write: withoutIncidents(w, incidentKeys) };
}

/** the cue of an article's arrest, raid or charge that follows the violent incident it reports */
export const RESPONSE_FOLLOW_UP_CUE = 'response in the same article';

/**
 * An arrest, raid or charge an article reports, or a violent act of the police or troops of a kind the ontology counts
 * as a response (responseHarm: a suspect shot by police), follows the violent incident the article is about (the one it
 * mentions most, a report before a reference): it is a node of its own, linked FOLLOW_UP_OF that incident, unless
 * its date is before the incident's (an earlier arrest of the same man is background, not a follow-up).
 */
function linkResponses(frames: StoredFrame[]): void {
  // an arrest, a raid, or a violent act the police or troops did ("shot dead by police": ontology responseHarm)
  const response = (f: StoredFrame) => !!f.kind && (isResponseKind(f.kind) || f.byResponders === true);
  const violent = frames.filter((f) => f.kind && !response(f));
  const main = [...violent].sort(
    (a, b) =>
      Number(a.reference) - Number(b.reference) ||
      b.rows.mentions.length - a.rows.mentions.length ||
      (a.key < b.key ? -1 : 1),
  )[0];
  if (!main) return;
  for (const f of frames) {
    if (!response(f) || f.reference) continue;
    const when = f.date ?? f.datePeriod;
    const after = (v: StoredFrame) => !(when && v.date && when < v.date.slice(0, when.length));
    const followed = responseOfItsOwnTelling(f, violent, main, after);
    if (!followed) continue;
    f.followUpOf = [followed.key];
    f.followUpCue = RESPONSE_FOLLOW_UP_CUE;
    followed.followedUp = true;
  }
}

/** the sentences that tell a frame: its own mentions, and the evidence of its participants' links to it */
function toldIn(f: StoredFrame): Set<string> {
  const ids = new Set(f.rows.mentions.map((m) => m.sentenceId));
  for (const r of f.rows.relations) if (r.type === 'PARTICIPATED_IN') for (const id of r.sentenceIds) ids.add(id);
  return ids;
}

/**
 * Rule `follow-up/response-of-its-own-telling`: a response follows the article's main incident unless the sentences
 * that tell the response tell another of its violent incidents more (that incident's words or the participants the
 * article links to it: "the gunmen who seized the depot … before troops stormed it and held them"): an arrest told
 * with an attack is an arrest of that attack's doers, not of the one the article is mostly about. The candidate must
 * be a report like the main one (a reference stays background) and not after the response; ties keep the main one.
 */
function responseOfItsOwnTelling(
  response: StoredFrame,
  violent: readonly StoredFrame[],
  main: StoredFrame,
  after: (v: StoredFrame) => boolean,
): StoredFrame | null {
  const own = new Set(response.rows.mentions.map((m) => m.sentenceId));
  const shared = (v: StoredFrame) => [...toldIn(v)].filter((id) => own.has(id)).length;
  let best = after(main) ? main : null;
  let bestShared = best ? shared(best) : 0;
  for (const v of violent) {
    if (v === main || v.reference !== main.reference || !after(v)) continue;
    const n = shared(v);
    if (n > bestShared) {
      best = v;
      bestShared = n;
    }
  }
  return best;
}

/** the cue (kept as the label of its PART_OF link) of a violent act that is part of a series its article reports */
export const SERIES_PART_CUE =
  'part-of/same-article-series: a further attack its article reports, within days after the one that began the series';
/** how many days after the series' first attack a further attack its article reports may be part of the series */
export const SERIES_DAYS = 5;

/** the relationship a frame's followUpOf links are written as: PART_OF for a part of a series, else FOLLOW_UP_OF */
export const linkTypeOf = (f: Pick<StoredFrame, 'followUpCue'>): 'FOLLOW_UP_OF' | 'PART_OF' =>
  f.followUpCue === SERIES_PART_CUE ? 'PART_OF' : 'FOLLOW_UP_OF';

/**
 * Rule `part-of/same-article-series`: an article that reports several violent acts of its own days (a gunman who
 * shoots a police officer the day after an attack and takes hostages the day after that; attackers who shoot a guard
 * while on the run) tells one series: each act is an incident of its own, of its own place and day, and part of the
 * attack that began it. The series begins with a past attack the article refers to (the one the acts it reports
 * follow), else with the earliest of the acts it reports (by day; an undated act by its article's publication day;
 * ties: the one it mentions most). Each other act it reports (violent, not a response, not already a follow-up) is
 * linked PART_OF the first of these beginnings (references first, the one it mentions most first) whose day is at
 * most SERIES_DAYS before the act's own (followUpRows; an undated act's day is the one its Incident's other reports
 * give, else its article's publication day): a past attack named as background begins no series, and an act the article
 * tells apart ("In a separate incident, …", IncidentRow.toldApart) is part of none.
 */
function linkSeries(frames: StoredFrame[]): void {
  // (an act told apart, "In a separate incident, …", is of no series: it neither begins one nor joins one)
  const violent = frames.filter(
    (f) =>
      !!f.kind && isViolentKind(f.kind) && !isResponseKind(f.kind) && f.byResponders !== true && f.toldApart !== true,
  );
  if (violent.length < 2) return;
  const told = (a: StoredFrame, b: StoredFrame) => b.rows.mentions.length - a.rows.mentions.length || cmp(a.key, b.key);
  const day = (f: StoredFrame) => f.date ?? f.published ?? '\uffff';
  const refs = violent.filter((f) => f.reference).sort(told);
  const reports = violent.filter((f) => !f.reference).sort((a, b) => cmp(day(a), day(b)) || told(a, b));
  const earliest = reports[0];
  for (const f of reports) {
    if (f.followUpOf.length || !(f.date ?? f.published)) continue;
    const begins = [...refs, ...(earliest && earliest !== f ? [earliest] : [])];
    if (!begins.length) continue;
    f.followUpOf = begins.map((b) => b.key);
    f.followUpCue = SERIES_PART_CUE;
    for (const b of begins) b.followedUp = true;
  }
}

/**
 * Rule `follow-up/of-the-event-told-first`: a trial, inquest or anniversary piece names the event its proceedings are
 * about where it first names any past event (the lede: "a jury found six men guilty over the bombings at the airport
 * on 22 March 2016"); past events first named further down are background ("already serving a sentence for the
 * Paris attacks", "later took part in the Brussels bombings"). The follow-up follows the references of the earliest
 * sentence that names one; two named there together ("the trial over the 2015 and 2016 attacks") are both followed.
 */
function refsToldFirst(refs: StoredFrame[], sentences: ArticleWrite['sentences']): StoredFrame[] {
  const indexOf = new Map(sentences.map((s) => [s.id, s.index]));
  const firstTold = (f: StoredFrame) =>
    Math.min(...f.rows.mentions.map((m) => indexOf.get(m.sentenceId) ?? Infinity), Infinity);
  const earliest = Math.min(...refs.map(firstTold));
  return earliest === Infinity ? refs : refs.filter((f) => firstTold(f) === earliest);
}

/** a place row of the article as a frame's place */
function matchPlaceOf(p: PlaceRow): MatchPlace {
  return {
    key: p.key,
    name: p.name,
    placeKind: p.placeKind,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    admin1: p.admin1 ?? null,
  };
}

/**
 * Where a follow-up took place, and why. Its court's city where the article names the court (src/ingest/follow-ups.ts,
 * the rules follow-up-place/court-in-city and follow-up-place/named-court); otherwise rule
 * `follow-up-place/incident-followed`: an anniversary is marked where the event happened, and proceedings whose court
 * the article does not name are, in the usual case, held in the city of the crime (a murder is tried, an inquest held,
 * where it happened), so the follow-up takes the place the article gives the incident it follows; a site there
 * (a cafe, an arena) is raised to the city the article names within MULTI_SITE_KM of it, as a hearing is not held at
 * the scene. A follow-up whose incident the article does not place stays unplaced.
 */
export function followUpPlace(
  w: Pick<ArticleWrite, 'entities' | 'sentenceMentions'>,
  followUp: NonNullable<ArticleWrite['followUp']>,
  refs: readonly StoredFrame[],
): { place: MatchPlace; placeName: string; reason: string; relation: FrameRows['relations'][number] } | null {
  const rowOf = new Map(w.entities.place.map((p) => [p.key, p]));
  const court = followUp.place ? rowOf.get(followUp.place.key) : undefined;
  if (followUp.place && court)
    return {
      place: matchPlaceOf(court),
      placeName: court.name,
      reason: followUp.place.reason,
      relation: {
        type: 'LOCATED_IN',
        from: '',
        to: court.key,
        sentenceIds: [followUp.place.sentenceId],
        evidence: [followUp.place.start, followUp.place.end],
        label: null,
      },
    };
  const placed = refs.filter((r) => r.place);
  const ref = placed.find((r) => r.place!.lat !== null && r.place!.lon !== null) ?? placed[0];
  if (!ref) return null;
  let place = ref.place!;
  let raised = '';
  if (place.placeKind === 'site' && place.lat !== null && place.lon !== null) {
    const site = { lat: place.lat, lon: place.lon };
    const city = w.entities.place.find(
      (p) =>
        p.placeKind === 'city' &&
        p.country === place.country &&
        p.lat !== null &&
        p.lon !== null &&
        distanceKm(site, { lat: p.lat, lon: p.lon }) <= MULTI_SITE_KM,
    );
    if (city) {
      raised = ` (the city of ${place.name})`;
      place = matchPlaceOf(city);
    }
  }
  const mention = w.sentenceMentions.find((m) => m.key === place.key);
  const own = ref.rows.relations.find((r) => r.type === 'LOCATED_IN' && r.to === place.key);
  return {
    place,
    placeName: place.key === ref.place!.key ? (ref.placeName ?? place.name) : place.name,
    reason: `follow-up-place/incident-followed: no court named; placed where the incident it follows happened, ${place.name}${raised}, as the article gives it`,
    relation: {
      type: 'LOCATED_IN',
      from: '',
      to: place.key,
      sentenceIds: own ? own.sentenceIds : mention ? [mention.sentenceId] : [],
      evidence: own ? own.evidence : mention ? [mention.start, mention.end] : [],
      label: null,
    },
  };
}

/**
 * Where the article says it reports a follow-up: the cue in its title, else in the first of its first two sentences
 * that has it (where articleFollowUp found it). The follow-up node's evidence, as a report's incident has its
 * trigger's, so its page shows the words it came from and its article counts it.
 */
function followUpCueRows(w: ArticleWrite, cue: string): Pick<FrameRows, 'count' | 'mentions' | 'title'> {
  const words = `(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`;
  // a title is matched in any case, as articleFollowUp matched it; running text as the cue was written there
  const inTitle = new RegExp(words, 'iu').exec(w.article.title ?? '');
  if (inTitle) return { count: 0, mentions: [], title: [inTitle.index, inTitle.index + cue.length] };
  const re = new RegExp(words, 'u');
  const lede = [...w.sentences].sort((a, b) => a.index - b.index).slice(0, 2);
  for (const s of lede) {
    const m = re.exec(s.text);
    if (m) {
      const start = s.start + m.index;
      return { count: 1, mentions: [{ sentenceId: s.id, start, end: start + cue.length, text: cue }] };
    }
  }
  return { count: 0, mentions: [] };
}

/**
 * The defendants of a trial or sentencing as participants of the follow-up, each with a PARTICIPATED_IN link whose
 * evidence is the name and the verdict words. A defendant is found by its mention, so it takes the key identity
 * resolution gave the person; one link per person, from the first sentence that makes it a defendant.
 */
function defendantRows(
  w: ArticleWrite,
  defendants: NonNullable<NonNullable<ArticleWrite['followUp']>['defendants']>,
): { participants: MatchParticipant[]; relations: FrameRows['relations'] } {
  const names = new Map(w.entities.person.map((p) => [p.key, p.name]));
  const at = new Map(w.sentenceMentions.map((m) => [`${m.sentenceId}\u0000${m.start}\u0000${m.end}`, m.key]));
  const participants: MatchParticipant[] = [];
  const relations: FrameRows['relations'] = [];
  for (const d of defendants) {
    const key = at.get(`${d.sentenceId}\u0000${d.start}\u0000${d.end}`);
    const name = key && names.get(key);
    if (!key || !name || participants.some((p) => p.key === key)) continue;
    participants.push({ key, name, role: 'defendant' });
    relations.push({
      type: 'PARTICIPATED_IN',
      from: key,
      to: '',
      sentenceIds: [d.sentenceId],
      evidence: d.evidence,
      label: 'defendant',
      ...(d.rules?.length ? { rules: d.rules } : {}),
    });
  }
  return { participants, relations };
}

/**
 * Rule incidents/followed-reference-stands-alone: the references a follow-up (a trial, a sentencing, an inquest) is
 * named after (its article mentions it most; followUpFrame), when dated (a day, a month or a year) and placed: the
 * past event that follow-up is about. Clustering makes one an incident of its own when no report matches it, so
 * the follow-up's FOLLOW_UP_OF link has an incident to point to.
 */
export function followedReferences(frames: Iterable<StoredFrame>): (f: IncidentFrame) => boolean {
  const all = [...frames];
  const byKey = new Map(all.map((f) => [f.key, f]));
  const subjects = new Set<string>();
  for (const f of all) {
    if (!f.followUpOf.length || f.followUpCue === RESPONSE_FOLLOW_UP_CUE || f.followUpCue === SERIES_PART_CUE) continue;
    const refs = f.followUpOf.flatMap((k) => {
      const r = byKey.get(k);
      return r && r.reference ? [r] : [];
    });
    const first = refs.sort((a, b) => b.rows.mentions.length - a.rows.mentions.length || (a.key < b.key ? -1 : 1))[0];
    if (first && (first.date || first.datePeriod) && first.place) subjects.add(first.key);
  }
  return (f) => subjects.has(f.key);
}

/**
 * The follow-up an article reports (a trial, an inquest, an anniversary), as an incident of its own day that
 * follows the incidents it refers to; named after the first of them (the graph names the node after the incident
 * it follows, followUpNodeNames), placed by followUpPlace.
 */
function followUpFrame(
  w: ArticleWrite,
  followUp: NonNullable<ArticleWrite['followUp']>,
  refs: StoredFrame[],
  people: Array<{ key: string; name: string }>,
): StoredFrame {
  const label = ONTOLOGY.incidentKinds.find((k) => k.id === followUp.kind)?.label ?? followUp.kind;
  const extractedKey = `incident:follow-up:${followUp.kind}`;
  const published = w.article.published;
  // named after the reference the article mentions most
  const first = [...refs].sort(
    (a, b) => b.rows.mentions.length - a.rows.mentions.length || (a.key < b.key ? -1 : 1),
  )[0]!;
  const where = followUpPlace(w, followUp, refs);
  const { participants, relations } = defendantRows(w, followUp.defendants ?? []);
  return {
    key: frameKey(w.article.id, extractedKey),
    articleId: w.article.id,
    extractedKey,
    name: `${label}: ${first.name.replace(/ \(\d{4}-\d{2}-\d{2}\)$/, '')}${published ? ` (${published})` : ''}`,
    kind: followUp.kind,
    date: published,
    published,
    place: where?.place ?? null,
    participants,
    names: people,
    text: [w.article.title ?? '', ...w.sentences.slice(0, 2).map((s) => s.text)].join('\n'),
    articleIds: [w.article.id],
    killed: null,
    injured: null,
    reference: false,
    incident: null,
    source: w.article.source,
    placeName: where?.placeName ?? null,
    placeReason: where?.reason ?? null,
    rows: { ...followUpCueRows(w, followUp.cue), relations: [...(where ? [where.relation] : []), ...relations] },
    followUpOf: refs.map((r) => r.key).sort(),
    followUpCue: followUp.cue,
    followedUp: false,
    byResponders: false,
    described: [],
    datePrecision: published ? 'day' : null,
    datePeriod: null,
    dateFlag: null,
  };
}

function frameOf(
  w: ArticleWrite,
  row: IncidentRow,
  incidentKeys: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  sentenceText: ReadonlyMap<string, string>,
  people: Array<{ key: string; name: string }>,
  lede: string[],
): StoredFrame {
  const mentions = w.sentenceMentions
    .filter((m) => m.key === row.key)
    .map(({ sentenceId, start, end, text }) => ({ sentenceId, start, end, text }));
  const relations: FrameRows['relations'] = [];
  const participants: MatchParticipant[] = [];
  for (const type of ENTITY_REL_TYPES) {
    for (const r of w.relations[type] ?? []) {
      const from = r.from === row.key,
        to = r.to === row.key;
      if (from === to) continue;
      const other = from ? r.to : r.from;
      // a link between two incidents of the article is not kept: either end may move to another node
      if (incidentKeys.has(other)) continue;
      relations.push({
        type,
        from: from ? '' : r.from,
        to: to ? '' : r.to,
        sentenceIds: r.sentenceIds,
        evidence: r.evidence,
        label: r.label,
        ...(r.rules ? { rules: r.rules } : {}),
      });
      if (type === 'PARTICIPATED_IN' && to)
        participants.push({ key: r.from, name: names.get(r.from) ?? r.from, role: r.label ?? 'other' });
    }
  }
  const sentences = [...new Set([...lede, ...mentions.map((m) => m.sentenceId)])].map(
    (id) => sentenceText.get(id) ?? '',
  );
  const placeRow = row.placeKey ? w.entities.place.find((p) => p.key === row.placeKey) : undefined;
  const place: MatchPlace | null = row.placeKey
    ? {
        key: row.placeKey,
        name: placeRow?.name ?? row.placeName ?? row.placeKey,
        placeKind: placeRow?.placeKind ?? null,
        country: placeRow?.country ?? null,
        lat: placeRow?.lat ?? row.lat,
        lon: placeRow?.lon ?? row.lon,
        admin1: placeRow?.admin1 ?? null,
      }
    : null;
  const reference = row.reference === true;
  return {
    key: frameKey(w.article.id, row.key),
    articleId: w.article.id,
    extractedKey: row.key,
    name: row.name,
    kind: row.kind,
    date: row.date,
    published: w.article.published,
    place,
    participants,
    names: people,
    text: [w.article.title ?? '', ...sentences].join('\n'),
    articleIds: [w.article.id],
    killed: row.killed,
    injured: row.injured,
    reference,
    incident: null,
    source: w.article.source,
    placeName: row.placeName,
    rows: {
      count: w.articleMentions.find((m) => m.key === row.key)?.count ?? 0,
      ...titleOf(w.articleMentions.find((m) => m.key === row.key)?.title),
      mentions,
      relations,
    },
    followUpOf: [],
    followUpCue: null,
    followedUp: false,
    byResponders: row.byResponders === true,
    ...(row.toldApart ? { toldApart: true } : {}),
    ...(row.killedByList ? { killedByList: true } : {}),
    described: row.described ?? [],
    datePrecision: row.datePrecision ?? null,
    datePeriod: row.datePeriod ?? null,
    dateFlag: row.dateFlag ?? null,
    // as a frame read back has it (toFrame)
    placeReason: null,
  };
}

// ---------- storage ----------

// seq: the number of the batch that wrote it, taken with the incidents lock (src/graph/person-frame-index.ts)
const CREATE_FRAMES = `
MATCH (l:KgLock {name: 'incidents'})
UNWIND $rows AS row
CREATE (f:IncidentFrame {key: row.key})
SET f += row.props, f.anchor = CASE WHEN row.anchor IS NULL THEN null ELSE date(row.anchor) END,
    f.nameKeys = ${NAME_KEYS_OF('row.props.names')}, f.writeSeq = l.writeSeq
RETURN count(*) AS n`;

export function frameProps(f: StoredFrame): Record<string, unknown> {
  const props = contentProps(f);
  return { ...props, rev: frameRevision(props) };
}

/**
 * A frame's revision: a hash of what it holds besides its Incident key (the only property clustering changes). A
 * frame read before with the same revision is not read again (neighbourhood); rewriting a frame's contents in place
 * (src/graph/late-joins.ts) clears it.
 */
export function frameRevision(props: Record<string, unknown>): string {
  return createHash('sha1').update(JSON.stringify(props)).digest('base64');
}

function contentProps(f: StoredFrame): Record<string, unknown> {
  return {
    articleId: f.articleId,
    extractedKey: f.extractedKey,
    name: f.name,
    kind: f.kind,
    date: f.date,
    published: f.published,
    reference: f.reference,
    placeKey: f.place?.key ?? null,
    placeName: f.placeName,
    placeLabel: f.place?.name ?? null,
    placeKind: f.place?.placeKind ?? null,
    country: f.place?.country ?? null,
    lat: f.place?.lat ?? null,
    lon: f.place?.lon ?? null,
    placeAdmin1: f.place?.admin1 ?? null,
    participants: f.participants.map((p) => `${p.role}\t${p.key}\t${p.name}`),
    names: (f.names ?? []).map((n) => `${n.key}\t${n.name}`),
    text: f.text,
    killed: f.killed ?? null,
    injured: f.injured ?? null,
    source: f.source,
    incident: null,
    rows: JSON.stringify(f.rows),
    followUpOf: f.followUpOf,
    followUpCue: f.followUpCue,
    followedUp: f.followedUp,
    byResponders: f.byResponders === true,
    described: f.described,
    datePrecision: f.datePrecision,
    datePeriod: f.datePeriod,
    dateFlag: f.dateFlag,
    // only where set, so that the revision of every other frame stays as it was
    ...(f.placeReason ? { placeReason: f.placeReason } : {}),
    ...(f.killedByList ? { killedByList: true } : {}),
  };
}

export const anchorOf = (f: Pick<IncidentFrame, 'date' | 'published'>): string | null => f.date ?? f.published;

const Str = z.string();
const NStr = z.string().nullable();
const NNum = z.number().nullable();
const FrameRecord = z.object({
  key: Str,
  articleId: Str,
  extractedKey: Str,
  name: Str,
  kind: NStr,
  date: NStr,
  published: NStr,
  reference: z.boolean(),
  placeKey: NStr,
  placeName: NStr,
  placeLabel: NStr,
  placeKind: NStr,
  country: NStr,
  lat: NNum,
  lon: NNum,
  /** absent on frames stored before it was kept */
  placeAdmin1: NStr.optional(),
  participants: z.array(Str),
  names: z.array(Str),
  text: Str,
  killed: NNum,
  injured: NNum,
  source: NStr,
  incident: NStr,
  rows: Str,
  followUpOf: z.array(Str),
  followUpCue: NStr,
  followedUp: z.boolean(),
  byResponders: z.boolean(),
  described: z.array(Str),
  datePrecision: NStr,
  datePeriod: NStr,
  dateFlag: NStr,
  placeReason: NStr.optional(),
  killedByList: z.boolean().nullable().optional(),
  rev: NStr.optional(),
});
const RowsJson = z.object({
  count: z.number(),
  title: z.array(z.number()).optional(),
  mentions: z.array(z.object({ sentenceId: Str, start: z.number(), end: z.number(), text: Str })),
  relations: z.array(
    z.object({
      type: z.enum(ENTITY_REL_TYPES as [EntityRelType, ...EntityRelType[]]),
      from: Str,
      to: Str,
      sentenceIds: z.array(Str),
      evidence: z.array(z.number()),
      label: NStr,
      rules: z.array(Str).optional(),
    }),
  ),
});

/** The frame a stored frame's record (FRAMES_BY_KEY, storedFrameRecord) holds. */
export function toFrame(raw: unknown): StoredFrame {
  const r = FrameRecord.parse(raw);
  const place: MatchPlace | null = r.placeKey
    ? {
        key: r.placeKey,
        name: r.placeLabel ?? r.placeName ?? r.placeKey,
        placeKind: r.placeKind,
        country: r.country,
        lat: r.lat,
        lon: r.lon,
        admin1: r.placeAdmin1 ?? null,
      }
    : null;
  return {
    key: r.key,
    articleId: r.articleId,
    extractedKey: r.extractedKey,
    name: r.name,
    kind: r.kind,
    date: r.date,
    published: r.published,
    reference: r.reference,
    place,
    placeName: r.placeName,
    participants: r.participants.map((p) => {
      const [role = 'other', key = '', name = ''] = p.split('\t');
      return { key, name, role };
    }),
    names: r.names.map((n) => {
      const [key = '', name = ''] = n.split('\t');
      return { key, name };
    }),
    text: r.text,
    articleIds: [r.articleId],
    killed: r.killed,
    injured: r.injured,
    source: r.source,
    incident: r.incident,
    rows: RowsJson.parse(JSON.parse(r.rows)),
    followUpOf: r.followUpOf,
    followUpCue: r.followUpCue,
    followedUp: r.followedUp,
    byResponders: r.byResponders,
    described: r.described,
    datePrecision: r.datePrecision,
    datePeriod: r.datePeriod,
    dateFlag: r.dateFlag,
    placeReason: r.placeReason ?? null,
    ...(r.killedByList ? { killedByList: true } : {}),
  };
}

/**
 * One column FRAMES_BY_KEY reads of a stored frame: the property as stored, read as a float or an integer, or with a
 * value for a property the frame does not have (`unset`). storedFrameRecord reads the same columns from what
 * CREATE_FRAMES writes, without the store.
 */
interface FrameColumn {
  name: string;
  read?: 'float' | 'integer';
  unset?: false | '' | readonly [];
}

const FRAME_COLUMNS: readonly FrameColumn[] = [
  { name: 'key' },
  { name: 'articleId' },
  { name: 'extractedKey' },
  { name: 'name' },
  { name: 'kind' },
  { name: 'date' },
  { name: 'published' },
  { name: 'reference', unset: false },
  { name: 'placeKey' },
  { name: 'placeName' },
  { name: 'placeLabel' },
  { name: 'placeKind' },
  { name: 'country' },
  { name: 'lat', read: 'float' },
  { name: 'lon', read: 'float' },
  { name: 'placeAdmin1' },
  { name: 'participants', unset: [] },
  { name: 'names', unset: [] },
  { name: 'text', unset: '' },
  { name: 'killed', read: 'integer' },
  { name: 'injured', read: 'integer' },
  { name: 'source' },
  { name: 'incident' },
  { name: 'rows' },
  { name: 'followUpOf', unset: [] },
  { name: 'followUpCue' },
  { name: 'followedUp', unset: false },
  { name: 'byResponders', unset: false },
  { name: 'described', unset: [] },
  { name: 'datePrecision' },
  { name: 'datePeriod' },
  { name: 'dateFlag' },
  { name: 'placeReason' },
  { name: 'killedByList' },
  { name: 'rev' },
];

const FRAME_FIELDS = FRAME_COLUMNS.map((c) => {
  const v = `f.${c.name}`;
  const unset = c.unset === false ? 'false' : c.unset === '' ? "''" : '[]';
  const read = c.read === 'float' ? `toFloat(${v})` : c.read === 'integer' ? `toInteger(${v})` : v;
  return `${c.unset === undefined ? read : `coalesce(${v}, ${unset})`} AS ${c.name}`;
}).join(', ');

/** a property's value as Neo4j stores it and returns it: none for null, strings as UTF-8 holds them (a lone surrogate is U+FFFD) */
function storedValue(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
  if (Array.isArray(v)) return v.map(storedValue);
  return v;
}

/**
 * The record FRAMES_BY_KEY returns for the frame CREATE_FRAMES writes with `key` and `props` (frameProps) while nothing
 * has rewritten it, its Incident key aside (null here; readFrames takes it from the stub): the columns in their order,
 * each as the store returns it (storedValue) and read as FRAME_FIELDS reads it. test/integration/frame-reads.test.ts
 * compares it with what the store returns.
 */
export function storedFrameRecord(key: string, props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of FRAME_COLUMNS) {
    let v = c.name === 'key' ? key : storedValue(props[c.name]);
    if (v === null && c.unset !== undefined) v = c.unset === false ? false : c.unset === '' ? '' : [];
    else if (typeof v === 'number' && c.read === 'integer') v = Math.trunc(v);
    out[c.name] = v;
  }
  return out;
}

// Stored frames that may be linked to one of the queries: incidents whose anchor lies in the window; references
// and later reports (undated, or dated around their publication: laterReport) in the same country published after
// the incident; for a reference or a later report, incidents in its country before it; for a later report,
// incidents of the year before it whose articles name one of its people, and for an incident, later reports of the
// year after it that name one of its people (personFollowUp); and the frames attached to the same Incident node; for a reference or a follow-up, the other
// frames of its article. The result is the union over the frontier, so the frontier's lookups are folded first
// (neighbourQuery): overlapping windows into one range, per country and per person the widest bound, each incident
// and article once. Each part is a seek of its index, whatever the number of frames in the frontier; the frames
// naming the people come from this process's index of them (src/graph/person-frame-index.ts) and are read here by
// key ($named), with their Incident key and revision as this transaction sees them. The earlier incidents of a country
// are a range seek of its (country, anchor) index, hinted: the plan kept for the statement (replan=skip), made on an
// empty store, sought the country alone and read every frame ever stored in it, for the reach of a year (issue 12).
/** a frame dated on or at most FOLLOW_UP_DATED_DAYS before its publication (laterReport), in Cypher */
const DATED_AROUND_PUBLICATION = datedAroundPublication(FOLLOW_UP_DATED_DAYS);
export const NEIGHBOURS = `
CALL () {
  UNWIND $windows AS w MATCH (f:IncidentFrame) WHERE f.anchor >= date(w.from) AND f.anchor <= date(w.to) AND NOT f.reference RETURN f
  UNION
  UNWIND $after AS c MATCH (f:IncidentFrame {country: c.country}) WHERE (f.reference OR f.date IS NULL OR ${DATED_AROUND_PUBLICATION}) AND f.anchor >= date(c.from) RETURN f
  UNION
  UNWIND $before AS c MATCH (f:IncidentFrame) USING INDEX SEEK f:IncidentFrame(country, anchor)
    WHERE f.country = c.country AND f.anchor >= date(c.from) AND f.anchor <= date(c.to) AND NOT f.reference RETURN f
  UNION
  UNWIND $incidents AS k MATCH (f:IncidentFrame {incident: k}) RETURN f
  UNION
  UNWIND $articles AS id MATCH (f:IncidentFrame {articleId: id}) RETURN f
  UNION
  UNWIND $named AS k MATCH (f:IncidentFrame {key: k}) RETURN f
}
WITH DISTINCT f
RETURN f.key AS key, f.incident AS incident, f.rev AS rev, f.writeSeq AS seq
ORDER BY key`;

/** partnered(f) in Cypher, of the frame `x` */
const PARTNERED = (x: string) =>
  `(coalesce(${x}.reference, false) OR size(coalesce(${x}.followUpOf, [])) > 0 OR coalesce(${x}.followedUp, false))`;

// A closing round of the neighbourhood search (only $incidents and $articles): its frames (hop 1) and the frames the
// next round would read from them, of their Incident nodes and of the articles of the partnered ones (hop 2). Chains
// of references and follow-ups across articles made about 13 rounds a batch, each a statement and a read. Hop 2 leaves
// out the Incident nodes and articles of hop 1 ($incidents, $articles): their frames are all in hop 1 already, and the
// search drops a hop-2 row of a frame it has from hop 1; reading them again was a second seek and a second row for
// every frame of the round's nodes, the largest part of the statement as Incident nodes grow (issue 12).
export const CLOSING_NEIGHBOURS = `
CALL () {
  UNWIND $incidents AS k MATCH (f:IncidentFrame {incident: k}) RETURN f
  UNION
  UNWIND $articles AS id MATCH (f:IncidentFrame {articleId: id}) RETURN f
}
WITH collect(DISTINCT f) AS first
CALL (first) {
  UNWIND first AS f RETURN f, 1 AS hop
  UNION
  UNWIND first AS x WITH DISTINCT x.incident AS k WHERE k IS NOT NULL AND NOT k IN $incidents
  MATCH (f:IncidentFrame {incident: k}) RETURN f, 2 AS hop
  UNION
  UNWIND first AS x WITH x WHERE ${PARTNERED('x')} WITH DISTINCT x.articleId AS id WHERE NOT id IN $articles
  MATCH (f:IncidentFrame {articleId: id}) RETURN f, 2 AS hop
}
RETURN f.key AS key, f.incident AS incident, f.rev AS rev, f.writeSeq AS seq, hop
ORDER BY key, hop`;

/** One frame's lookups (dates as YYYY-MM-DD; from/to null when it has no anchor). */
export interface NeighbourLookup {
  reference: boolean;
  undated: boolean;
  country: string | null;
  incident: string | null;
  articleId: string;
  partners: boolean;
  from: string | null;
  to: string | null;
  /**
   * for a reference or a later report: the first day an earlier incident it may link to lies on (rule
   * incidents/reference-reach, referenceReachStart); null without an anchor
   */
  reach: string | null;
  /** the people an undated later report may name (personFollowUp), and the year around the anchor */
  people: readonly string[];
  since: string | null;
  until: string | null;
}

/**
 * The lookups of a frontier folded into NEIGHBOURS' parameters, finding the same frames as the lookups one by one:
 * the windows of dated frames that are not references, merged where they overlap; per country, the earliest `from`
 * of those that are not references (frames after it) and the latest `to` of references and undated reports (frames
 * before it); the incidents; the articles of partnered frames.
 */
export function neighbourQuery(lookups: readonly NeighbourLookup[]): {
  windows: Array<{ from: string; to: string }>;
  after: Array<{ country: string; from: string }>;
  before: Array<{ country: string; from: string; to: string }>;
  incidents: string[];
  articles: string[];
  /**
   * per person, one text-index seek for both ranges: since–to, incidents before an undated report that names them
   * (null: none); from–until, undated reports after an incident that names them (null: none)
   */
  persons: Array<{
    person: string;
    since: string | null;
    to: string | null;
    from: string | null;
    until: string | null;
  }>;
} {
  const spans = lookups
    .filter((q) => !q.reference && q.from !== null && q.to !== null)
    .map((q) => ({ from: q.from!, to: q.to! }))
    .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to));
  const windows: Array<{ from: string; to: string }> = [];
  for (const s of spans) {
    const last = windows[windows.length - 1];
    if (last && s.from <= last.to) {
      if (s.to > last.to) last.to = s.to;
    } else windows.push({ ...s });
  }
  const after = new Map<string, string>();
  const before = new Map<string, { from: string; to: string }>();
  for (const q of lookups) {
    if (q.country === null) continue;
    if (!q.reference && q.from !== null) {
      const had = after.get(q.country);
      if (had === undefined || q.from < had) after.set(q.country, q.from);
    }
    if ((q.reference || q.undated) && q.to !== null && q.reach !== null) {
      const had = before.get(q.country);
      before.set(q.country, {
        from: had && had.from < q.reach ? had.from : q.reach,
        to: had && had.to > q.to ? had.to : q.to,
      });
    }
  }
  // per person: for undated reports, incidents from the year before to the report (the widest such range); for
  // dated incidents, undated reports from the window's start to a year after
  const personsBefore = new Map<string, { since: string; to: string }>();
  const personsAfter = new Map<string, { from: string; until: string }>();
  for (const q of lookups) {
    if (q.from === null || q.to === null || q.since === null || q.until === null) continue;
    for (const person of q.people) {
      if (q.undated) {
        const had = personsBefore.get(person);
        personsBefore.set(person, {
          since: had && had.since < q.since ? had.since : q.since,
          to: had && had.to > q.to ? had.to : q.to,
        });
      }
      if (!q.reference) {
        const had = personsAfter.get(person);
        personsAfter.set(person, {
          from: had && had.from < q.from ? had.from : q.from,
          until: had && had.until > q.until ? had.until : q.until,
        });
      }
    }
  }
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort(cmp);
  return {
    windows,
    after: sorted(after.keys()).map((country) => ({ country, from: after.get(country)! })),
    before: sorted(before.keys()).map((country) => ({ country, ...before.get(country)! })),
    incidents: sorted(lookups.flatMap((q) => (q.incident === null ? [] : [q.incident]))),
    articles: sorted(lookups.flatMap((q) => (q.partners ? [q.articleId] : []))),
    persons: sorted([...personsBefore.keys(), ...personsAfter.keys()]).map((person) => ({
      person,
      since: personsBefore.get(person)?.since ?? null,
      to: personsBefore.get(person)?.to ?? null,
      from: personsAfter.get(person)?.from ?? null,
      until: personsAfter.get(person)?.until ?? null,
    })),
  };
}

const FRAMES_BY_KEY = `UNWIND $keys AS k MATCH (f:IncidentFrame {key: k}) RETURN ${FRAME_FIELDS}`;

/** at most this many frames are kept between batches (FrameCache) */
export const FRAME_CACHE_SIZE = 20_000;

/**
 * Frames read by earlier batches, by key, each with the revision it was read at (frameRevision). Only a frame's
 * contents are taken from here, never its Incident key (read with the revision, in the same transaction), and only
 * when the stored revision is the same, so a frame rewritten since (by this process or another, committed or rolled
 * back) is read again.
 */
const frameCache = new Map<string, { rev: string; frame: StoredFrame; contents: string }>();

const FrameStub = z.object({ key: Str, incident: NStr, rev: NStr, seq: z.number().int().nullish() });
type FrameStub = z.infer<typeof FrameStub>;

/**
 * What names a stub's contents: its stored revision, or for a frame whose contents were rewritten in place (late-joins.ts
 * sets its revision to null and stamps it with the batch's number, writeSeq) that number in the store's epoch. The
 * incidents lock gives each committed batch its own number (a batch rolled back gives its number to the next), so a
 * number below this batch's, read under the lock, names contents a committed batch wrote and nothing rewrote since;
 * the batch's own number names nothing yet (its writes may roll back). Without either: null, read again every time.
 */
function stubRevision(s: FrameStub, lock: IncidentLock): string | null {
  if (s.rev !== null) return s.rev;
  if (s.seq === null || s.seq === undefined || s.seq >= lock.seq) return null;
  return `seq:${lock.epoch}:${s.seq}`;
}

/**
 * The revision of a frame stored without one, from what FRAMES_BY_KEY read of it besides its Incident key: the same
 * contents read again give the same string. Prefixed so it is never taken for a stored revision (frameRevision).
 */
function readRevision(raw: Record<string, unknown>): string {
  const h = createHash('sha1');
  for (const [k, v] of Object.entries(raw))
    if (k !== 'incident' && k !== 'rev') h.update(`${k}\u0000${JSON.stringify(v)}\u0001`);
  return `read:${h.digest('base64')}`;
}

/**
 * The identity of a frame's contents as read from the store at a revision (a number per frame read, the same for the
 * copies readFrames hands out with their Incident key), for the pair scores kept from batch to batch: a frame read
 * again gets a new one; a frame of the batch being written shares its read-back form's (identifyWritten).
 */
const contentsOf = new WeakMap<object, number>();
/** the last copy readFrames handed out of each frame read (a frame is never changed in place: a new read is a new object) */
const copies = new WeakMap<StoredFrame, StoredFrame>();
let lastContents = 0;
// counters for the ingest bench (incidentWriterStats): frames read in full again with other contents (rewritten in
// place, or another stored revision) and with the same contents (kept with their pair scores); neighbourhoods
// searched, their frames, the stored frames their searches returned (each read, from frameCache or the store, and
// asked whether it links: what rule incidents/bounded-neighbourhood bounds), and those that reached MAX_NEIGHBOURHOOD
let rereadRewritten = 0,
  rereadRevised = 0,
  readSameContents = 0,
  neighbourhoods = 0,
  neighbourhoodFrames = 0,
  neighbourFramesRead = 0,
  capped = 0,
  // frames written by this process given their read-back form as they were written (identifyWritten), and those
  // whose read-back form differed
  writtenIdentified = 0,
  writtenUnlike = 0,
  // rounds of neighbourhood searches (a NEIGHBOURS statement each)
  neighbourRounds = 0;
const storedScores = pairScoreStore((f) => contentsOf.get(f));
/**
 * whether two stored frames may link (storedMayLink), kept across searches as their pair scores are. Asked only with a
 * stored frame on the search's frontier that is not the batch's own: in the first round, the frames of the Incident
 * nodes a rewrite took frames from (neighbourhood's seedIncidents); later rounds ask no one. So it holds verdicts only
 * when articles are rewritten (re-extraction); an ingest of new articles never fills it (pairLinksAdded 0 in the
 * bench), and nothing is lost: a verdict on a batch's own new frame is never asked again, the next batch asking its
 * own frames.
 */
const storedLinks = new PairScoreStore<boolean>((f) => contentsOf.get(f));
/** clustering's verdicts on lone undated reports and stored frames (clusterFrames' loneLinks), kept the same way */
const loneLinks = new PairScoreStore<LoneLinks>((f) => contentsOf.get(f));
/** clustering's frameLink verdicts on stored frames (clusterFrames' links), kept the same way */
const linkVerdicts = new LinkVerdicts((f) => contentsOf.get(f));

/**
 * A frame the batch writes (`written`, CREATE_FRAMES with `props`) is given, as it is written, the frame a later
 * batch reads back (storedFrameRecord, toFrame) and one identity of contents for both, so that the pairs this batch
 * scores with it are kept (storedScores, storedLinks, loneLinks, linkVerdicts) and the next batches, which find it
 * in frameCache by its stored revision, do not read it or score its pairs again (issue 12: scoring again the pairs of
 * frames written the batch before was 9 s of 2,000 bench articles). Only when the two agree on everything clustering
 * reads (every field but toldApart, which framesOf alone reads): otherwise it is left without one, scored anew until
 * it is read back, as before. A batch rolled back leaves a cache entry no stub names: its revision is a hash of its
 * contents, and a frame written again with the same revision is the same frame.
 */
function identifyWritten(written: StoredFrame, key: string, props: Record<string, unknown>): void {
  const raw = storedFrameRecord(key, props);
  const read = toFrame(raw);
  const { toldApart: _, ...facts } = written;
  if (!isDeepStrictEqual(facts, read)) {
    writtenUnlike++;
    return;
  }
  const contents = ++lastContents;
  contentsOf.set(read, contents);
  contentsOf.set(written, contents);
  frameCache.delete(key);
  frameCache.set(key, { rev: String(props.rev), frame: read, contents: readRevision(raw) });
  writtenIdentified++;
}

/**
 * Store new frames (the caller holds lockIncidents: each is stamped with the batch's number), each given its
 * read-back form (identifyWritten).
 */
export async function createFrames(tx: ManagedTransaction, frames: readonly StoredFrame[]): Promise<void> {
  const rows = frames.map((f) => ({ key: f.key, anchor: anchorOf(f), props: frameProps(f) }));
  // a null SETs nothing on a new node: sent without them (issue 12)
  await run(
    tx,
    'incident frames',
    CREATE_FRAMES,
    rows.map((r) => ({ ...r, props: withValues(r.props) })),
  );
  rows.forEach((r, i) => identifyWritten(frames[i]!, r.key, r.props));
  trimFrameCache();
}

/** the stored frames of `keys` as FRAMES_BY_KEY reads them (the records readFrames reads), in no particular order */
export async function readFrameRecords(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Record<string, unknown>[]> {
  return (await tx.run(FRAMES_BY_KEY, { keys })).records.map((r) => r.toObject());
}

/** frameCache down to FRAME_CACHE_SIZE, the frames read or written longest ago first */
function trimFrameCache(): void {
  for (const k of frameCache.keys()) {
    if (frameCache.size <= FRAME_CACHE_SIZE) break;
    frameCache.delete(k);
  }
}

/** The frames of `stubs` (key, Incident key, revision; in that order): contents from frameCache where the revision is the same. */
async function readFrames(
  tx: ManagedTransaction,
  stubs: readonly FrameStub[],
  lock: IncidentLock,
): Promise<StoredFrame[]> {
  const revs = new Map(stubs.map((s) => [s.key, stubRevision(s, lock)]));
  const hit = (s: FrameStub) => {
    const rev = revs.get(s.key) ?? null;
    return rev !== null && frameCache.get(s.key)?.rev === rev ? frameCache.get(s.key)!.frame : null;
  };
  const missing = stubs.filter((s) => !hit(s)).map((s) => s.key);
  const read = new Map<string, StoredFrame>();
  if (missing.length) {
    for (const r of (await tx.run(FRAMES_BY_KEY, { keys: missing })).records) {
      const raw = r.toObject();
      const stored = NStr.parse(raw.rev ?? null);
      // a frame whose contents were rewritten in place has no revision (late-joins.ts): it is known by the number of
      // the batch that rewrote it (stubRevision), else read again every time, and what it was read as names its
      // contents, so its pair scores are kept all the same while they do not change
      const contents = readRevision(raw);
      const rev = stored ?? revs.get(String(raw.key)) ?? contents;
      const had = frameCache.get(String(raw.key));
      // (rule incidents/same-contents-same-frame) read again with the same contents (a late join that rewrote its
      // article's frames without changing this one, a revision cleared by a rewrite): the frame read before, so
      // its pair scores are kept; only its revision is new
      if (had && had.contents === contents) {
        read.set(had.frame.key, had.frame);
        if (had.rev !== rev) {
          frameCache.delete(had.frame.key);
          frameCache.set(had.frame.key, { ...had, rev });
        }
        readSameContents++;
        continue;
      }
      const f = toFrame(raw);
      read.set(f.key, f);
      if (had && stored === null) rereadRewritten++;
      else if (had) rereadRevised++;
      contentsOf.set(f, ++lastContents);
      frameCache.delete(f.key);
      frameCache.set(f.key, { rev, frame: f, contents });
    }
    trimFrameCache();
  }
  return stubs.flatMap((s) => {
    const f = read.get(s.key) ?? hit(s);
    if (!f) return [];
    // the copy handed out last time when its Incident key is the same: what was computed once per frame object
    // (time spans, names, words) is not computed again in every batch
    const had = copies.get(f);
    if (had && had.incident === s.incident) return [had];
    const copy = { ...f, incident: s.incident };
    const contents = contentsOf.get(f);
    if (contents !== undefined) contentsOf.set(copy, contents);
    copies.set(f, copy);
    return [copy];
  });
}

/**
 * a frame whose article's other frames are clustered with it: a reference (it may have a follow-up), a follow-up, or
 * the incident an arrest of its article follows (so the follow-up link is written again when it moves)
 */
const partnered = (f: StoredFrame): boolean => f.reference || f.followUpOf.length > 0 || f.followedUp;

/**
 * The keys of the people by whom personFollowUp may link the frame: an incident's named victims and perpetrators (a
 * later report names them again); for an undated report, every person its article names (the earlier incident's
 * report may give the role).
 */
function followUpPeople(f: StoredFrame): string[] {
  const named = (p: { key: string }) => p.key.startsWith('person:') && !p.key.startsWith('person:local:');
  const roles = f.participants.filter((p) => (p.role === 'victim' || p.role === 'perpetrator') && named(p));
  const all = laterReport(f) ? [...roles, ...(f.names ?? []).filter(named)] : roles;
  return [...new Set(all.map((p) => p.key))].sort();
}

/**
 * The first day (YYYY-MM-DD) an earlier frame linked to `f` may be anchored on: the reach of a reference to a past
 * event (rule incidents/reference-reach), else FOLLOW_UP_PERSON_DAYS before, whichever is earlier. Every other link
 * between frames of different Incident nodes and articles needs dates within weeks (the matcher's date evidence).
 */
function earliestLinked(f: StoredFrame, anchor: string): string {
  const own = f.published && f.published < anchor ? f.published : anchor;
  const reach = referenceReachStart(own, f.datePeriod ?? null);
  const person = addDays(own, -FOLLOW_UP_PERSON_DAYS);
  return reach && reach < person ? reach : person;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The batch's frames, the stored frames they may link to, and the whole stored clusters those belong to (rule
 * incidents/bounded-neighbourhood).
 *
 * Rule incidents/bounded-neighbourhood: only the batch's own frames (and the frames of Incident nodes a rewrite took
 * frames from, seedIncidents) look for candidates by kind, place, date window and named people; a stored frame found
 * that way brings in the other frames of its Incident node and of its article when partnered (a reference and its
 * follow-up), and those again by Incident node and article only, never by their own time, country or people. Reason:
 * a stored frame's cluster was decided when it and its candidates were written, so the only new evidence a batch
 * brings is its own frames; a stored cluster reached only through another stored cluster's candidates has no new
 * evidence and keeps its frames. Searching transitively instead grew the neighbourhood with the store (issue 12:
 * references and undated reports pulled in every incident of their country, 1,383 of 2,971 frames re-clustered per
 * batch at 2,000 articles). A stored cluster is taken whole, so clustering it with the new frames may merge it with
 * another one a new frame bridges, or keep it as it is, but never splits it for want of its members.
 */
async function neighbourhood(
  tx: ManagedTransaction,
  seeds: StoredFrame[],
  seedIncidents: string[],
  scorers: FrameScorers,
  lock: IncidentLock,
): Promise<Map<string, StoredFrame>> {
  const known = new Map<string, StoredFrame>(seeds.map((f) => [f.key, f]));
  // the batch's own frames, asked about in this search only (the next batch asks its own frames about them): their
  // verdicts are not kept in storedLinks, though their pair scores are (identifyWritten)
  const own = new Set<IncidentFrame>(seeds);
  const { score, asRefScore } = scorers;
  let frontier: StoredFrame[] = [...seeds];
  if (seedIncidents.length) {
    const res = await tx.run(
      `UNWIND $keys AS k MATCH (f:IncidentFrame {incident: k}) RETURN f.key AS key, f.incident AS incident, f.rev AS rev, f.writeSeq AS seq ORDER BY key`,
      { keys: seedIncidents },
    );
    for (const f of await readFrames(
      tx,
      res.records.map((r) => FrameStub.parse(r.toObject())),
      lock,
    )) {
      if (!known.has(f.key)) {
        known.set(f.key, f);
        frontier.push(f);
      }
    }
  }
  /** the frames of `frames` the round with `frontier` takes (added to known), in order */
  const take = (frames: readonly StoredFrame[], frontier: readonly StoredFrame[], closing: boolean) => {
    const next: StoredFrame[] = [];
    const byTime = new FrontierIndex(frontier);
    const frontierIncidents = new Set(frontier.flatMap((x) => (x.incident === null ? [] : [x.incident])));
    const partnerArticles = new Set(frontier.filter(partnered).map((x) => x.articleId));
    for (const f of frames) {
      if (known.has(f.key)) continue;
      const sameNode = f.incident !== null && frontierIncidents.has(f.incident);
      const partner = partnerArticles.has(f.articleId);
      if (
        sameNode ||
        partner ||
        (!closing &&
          byTime.some(f, (x) => storedMayLink(own.has(x) ? undefined : storedLinks, score, asRefScore, x, f)))
      ) {
        known.set(f.key, f);
        next.push(f);
      }
    }
    return next;
  };
  // the first round searches the seeds' candidates; later rounds only complete the clusters found (Incident nodes and
  // partnered articles)
  let round = 0;
  while (frontier.length && known.size < MAX_NEIGHBOURHOOD) {
    const closing = round++ > 0;
    neighbourRounds++;
    const lookups = frontier.map((f): NeighbourLookup => {
      const anchor = anchorOf(f);
      return {
        reference: f.reference,
        undated: laterReport(f),
        country: f.place?.country ?? null,
        incident: f.incident,
        articleId: f.articleId,
        partners: partnered(f),
        from: anchor ? addDays(anchor, f.reference ? -1 : -NEIGHBOUR_WINDOW_DAYS) : null,
        to: anchor ? addDays(anchor, f.reference ? 1 : NEIGHBOUR_WINDOW_DAYS) : null,
        // the earliest incident a reference (or a later report read as one) may name, and a margin wider than any
        // dated link's (reportsApart, personFollowUp) below the frame's own anchor and publication
        reach: anchor ? earliestLinked(f, anchor) : null,
        // the people an undated later report may name (personFollowUp): key prefixes of the frames' names
        people: anchor ? followUpPeople(f) : [],
        since: anchor ? addDays(anchor, -FOLLOW_UP_PERSON_DAYS) : null,
        until: anchor ? addDays(anchor, FOLLOW_UP_PERSON_DAYS) : null,
      };
    });
    const { persons, ...folded } = neighbourQuery(lookups);
    const query = closing ? { ...folded, windows: [], after: [], before: [] } : folded;
    // the frames the people of the round name, read by key with those of the other lookups: each once, in key order
    const named = closing ? [] : personFrames.find(persons).filter((k) => !known.has(k));
    // the frames found already are left out here, not in the query: sending their keys every round cost more than
    // the rows of them it returns (issue 12: 12 MB of keys sent at 1,000 bench articles)
    // a closing round reads the next round's frames too (CLOSING_NEIGHBOURS, hop 2): half the statements
    const res = await tx.run(closing ? CLOSING_NEIGHBOURS : NEIGHBOURS, { ...query, named });
    const hops: Array<Map<string, FrameStub>> = [new Map(), new Map()];
    for (const r of res.records) {
      const key: unknown = r.get('key');
      if (typeof key === 'string' && known.has(key)) continue;
      const stub = FrameStub.parse(r.toObject());
      const hop = closing && Number(r.get('hop')) === 2 ? 1 : 0;
      if (hop === 1 && hops[0]!.has(stub.key)) continue;
      hops[hop]!.set(stub.key, stub);
    }
    neighbourFramesRead += hops[0]!.size + hops[1]!.size;
    const read = new Map(
      (
        await readFrames(
          tx,
          [...hops[0]!.values(), ...hops[1]!.values()].sort((a, b) => cmp(a.key, b.key)),
          lock,
        )
      ).map((f) => [f.key, f]),
    );
    const found = (hop: Map<string, FrameStub>) => [...hop.keys()].sort(cmp).flatMap((k) => read.get(k) ?? []);
    let next = take(found(hops[0]!), frontier, closing);
    // the frames of hop 2 as the next round finds them: from this round's new frames' Incident nodes and articles
    if (closing && next.length && known.size < MAX_NEIGHBOURHOOD) {
      round++;
      next = take(found(hops[1]!), next, true);
    }
    frontier = next;
  }
  neighbourhoods++;
  neighbourhoodFrames += known.size;
  if (known.size >= MAX_NEIGHBOURHOOD) capped++;
  return known;
}

// ---------- derived incidents ----------

const SPECIFICITY: Record<string, number> = { site: 0, city: 1, other: 1, region: 2, country: 3 };
const GENERIC = GENERIC_KINDS;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** how many frames give each value (by `id`), with the first frame that gave it */
function tally<T>(values: readonly T[], id: (v: T) => string): Map<string, { v: T; n: number }> {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = id(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  return counts;
}

/** the value most frames give; ties go to `better` */
function vote<T>(values: T[], id: (v: T) => string, better: (a: T, b: T) => number): T | null {
  let best: { v: T; n: number } | null = null;
  for (const c of tally(values, id).values())
    if (!best || c.n > best.n || (c.n === best.n && better(c.v, best.v) < 0)) best = c;
  return best?.v ?? null;
}

/**
 * The node's name. Where the naming report's name was made from its own kind, place and date (incidentName), it is
 * made again from what the reports agree on, so that the name never contradicts the node: a bombing the reports
 * place in Boston on the 15th is not "Bombing in Watertown (2013-04-16)" because one report said so. A name of
 * another shape (a follow-up's "Trial: …") is kept as the report gave it.
 */
function nodeName(
  canonical: StoredFrame,
  kind: string,
  place: { name: string; placeKind: string | null } | null,
  date: string | null,
): string {
  const own = canonical.place ? (canonical.placeName ?? canonical.place.name) : null;
  const ownKind = canonical.place?.placeKind ?? null;
  const victims = [null, ...canonical.participants.filter((p) => p.role === 'victim').map((p) => p.name)];
  const victim = victims.find(
    (v) =>
      incidentName(canonical.kind ?? 'other', { victim: v, place: own, placeKind: ownKind, date: canonical.date }) ===
      canonical.name,
  );
  if (victim === undefined) return canonical.name;
  return incidentName(kind, { victim, place: place?.name ?? null, placeKind: place?.placeKind ?? null, date });
}

/** how far (km) from every site a report names the city of a multi-site attack may lie */
export const MULTI_SITE_KM = 25;

/**
 * Where the node is placed: the place most reports give, a located one where any report gives one (the map and the
 * timeline need coordinates), ties to the place more reports agree with, then to a town over a
 * site it conflicts with (place/conflicting-tie-to-town), then to the more specific place. One exception, rule "multi-site attack": a coordinated
 * attack on several sites of one city (reports placing it at two or more different sites: a stadium, a café, a
 * concert hall; a reference at a site counts too) happened in that city, not at whichever site most reports named first; where a report gives a city
 * (or a region) within MULTI_SITE_KM of every site, the node is placed there, and the reason is kept on the node.
 */
export function placeVote(
  events: readonly StoredFrame[],
  references: readonly StoredFrame[] = [],
): { frame: StoredFrame | null; reason: string | null } {
  const placed = events.filter((f) => f.place);
  const located = placed.filter((f) => f.place!.lat !== null && f.place!.lon !== null);
  const pool = located.length ? located : placed;
  const specificity = (f: StoredFrame) => SPECIFICITY[f.place!.placeKind ?? 'other'] ?? 1;
  const votes = [...tally(pool, (f) => f.place!.key).values()];
  const most = Math.max(0, ...votes.map((v) => v.n));
  const frame = breakPlaceTie(
    votes.filter((v) => v.n === most).map((v) => v.v),
    pool,
    (a, b) => specificity(a) - specificity(b) || cmp(a.place!.key, b.place!.key),
  );
  // a report that refers back to the attack at a site of its own ("last Friday's attacks … at the cafe") tells one
  // more of its sites, though it does not vote for where the node is placed
  const sites = new Map<string, MatchPlace>();
  for (const f of [...located, ...references])
    if (f.place?.placeKind === 'site' && f.place.lat !== null && f.place.lon !== null) sites.set(f.place.key, f.place);
  if (!frame || sites.size < 2) return { frame, reason: null };
  const near = (p: MatchPlace, s: MatchPlace) =>
    distanceKm({ lat: p.lat!, lon: p.lon! }, { lat: s.lat!, lon: s.lon! }) <= MULTI_SITE_KM;
  const wider = located.filter(
    (f) =>
      (f.place!.placeKind === 'city' || f.place!.placeKind === 'region') &&
      [...sites.values()].every((s) => near(f.place!, s)),
  );
  // the city most reports give; a tie to the city before the region
  const city = vote(
    wider,
    (f) => f.place!.key,
    (a, b) => specificity(a) - specificity(b) || cmp(a.place!.key, b.place!.key),
  );
  if (!city) return { frame, reason: null };
  const siteNames = [...sites.values()].map((s) => s.name).sort(cmp);
  return {
    frame: city,
    reason: `multi-site attack: the reports place it at ${siteNames.length} sites (${siteNames.join(', ')}), all within ${MULTI_SITE_KM} km of ${city.placeName ?? city.place!.name}`,
  };
}

/** where a node of these member frames is placed: placeVote over its reports (its references where it has none) */
function nodePlace(members: readonly StoredFrame[]): { frame: StoredFrame | null; reason: string | null } {
  const reports = members.filter((f) => !f.reference);
  return placeVote(
    reports.length ? reports : members,
    members.filter((f) => f.reference),
  );
}

/** per node key, the places of its reports not linked to it (rule place/one-place-per-incident) */
export function placeVerdicts(assigned: Iterable<{ f: StoredFrame; key: string }>): Map<string, PlaceVerdict> {
  const byNode = new Map<string, StoredFrame[]>();
  for (const { f, key } of assigned) byNode.set(key, [...(byNode.get(key) ?? []), f]);
  const out = new Map<string, PlaceVerdict>();
  for (const [key, members] of byNode) {
    const v = placeVerdict(nodePlace(members).frame?.place ?? null, members);
    if (v) out.set(key, v);
  }
  return out;
}

/**
 * The (node, article) pairs to write anew because the places a node leaves out changed with this batch (an article
 * written earlier keeps the links an earlier verdict gave it otherwise).
 */
export function placeChangedPairs(
  before: ReadonlyMap<string, PlaceVerdict>,
  after: ReadonlyMap<string, PlaceVerdict>,
  assigned: Iterable<{ f: StoredFrame; key: string }>,
): Set<string> {
  const out = new Set<string>();
  for (const { f, key } of assigned)
    if (f.place && placeVerdictId(before.get(key)) !== placeVerdictId(after.get(key)))
      out.add(`${key}\u0000${f.articleId}`);
  return out;
}

/** An Incident node's properties from its frames: what most reports say, never which came first. */
export function incidentProperties(
  cluster: IncidentCluster,
  frames: ReadonlyMap<string, StoredFrame>,
): Record<string, unknown> {
  const members = cluster.members.map((k) => frames.get(k)!).filter(Boolean);
  // an incident only referred to (incidents/followed-reference-stands-alone) is told by its references
  const reports = members.filter((f) => !f.reference);
  const events = reports.length ? reports : members;
  const canonical = canonicalFrame(events);
  const specific = events.filter((f) => f.kind && !GENERIC.has(f.kind));
  // a tie goes to the kind of the member that names the node, then the smaller id
  const byCanonical = (a: string, b: string) =>
    Number(b === canonical.kind) - Number(a === canonical.kind) || cmp(a, b);
  const kind =
    vote(
      (specific.length ? specific : events).map((f) => f.kind ?? 'other'),
      (k) => k,
      byCanonical,
    ) ?? 'other';
  const date = vote(
    events.flatMap((f) => (f.date ? [f.date] : [])),
    (d) => d,
    cmp,
  );
  const { frame: place, reason: placeReason } = nodePlace(members);
  const placeLinks = placeVerdict(place?.place ?? null, members);
  const placeName = place ? (place.placeName ?? place.place!.name) : null;
  const name = nodeName(
    canonical,
    kind,
    place && placeName ? { name: placeName, placeKind: place.place!.placeKind } : null,
    date,
  );
  const aliases = [...new Set(members.map((f) => f.name))].filter((n) => n !== name).sort(cmp);
  const max = (xs: Array<number | null | undefined>) =>
    xs.reduce<number | null>((m, x) => (x === null || x === undefined ? m : m === null || x > m ? x : m), null);
  const published = events.flatMap((f) => (f.published ? [f.published] : [])).sort(cmp);
  const frameOf = (k: string) => frames.get(k);
  const mergedFrom = cluster.merges
    .map((m) => {
      const a = frameOf(m.a),
        b = frameOf(m.b);
      return `${a?.articleId ?? m.a} ${a?.extractedKey ?? ''} ~ ${b?.articleId ?? m.b} ${b?.extractedKey ?? ''}: score ${m.score}; ${m.reasons.join('; ')}`;
    })
    .sort(cmp);
  return {
    key: cluster.key,
    name,
    aliases,
    searchText: [name, ...aliases].join(' '),
    kind,
    date,
    placeKey: place?.place?.key ?? null,
    placeName,
    // a follow-up placed by its court or by the incident it follows says which (followUpPlace)
    placeReason:
      [placeReason ?? place?.placeReason ?? null, placeLinks?.reason ?? null].filter(Boolean).join('; ') || null,
    lat: place?.place?.lat ?? null,
    lon: place?.place?.lon ?? null,
    // a later report that only refers to the event may give its toll as it rose ("the death toll had risen to 139"
    // in a report of charges): every member's count is a report of this event's toll, but for listedVictimsNoToll
    ...killedOf(members),
    injured: max(members.map((f) => f.injured)),
    firstReported: published[0] ?? null,
    mergedFrom: mergedFrom.length ? mergedFrom : null,
    mergeScores: cluster.merges.length ? cluster.merges.map((m) => m.score).sort((x, y) => x - y) : null,
    frames: members.length,
    // what the reports describe without naming, and dates given after publication, from every member
    describedParticipants: [...new Set(members.flatMap((f) => f.described))].sort(cmp),
    datePrecision: date
      ? 'day'
      : vote(
          events.flatMap((f) => (f.datePeriod ? [f.datePrecision ?? 'month'] : [])),
          (p) => p,
          cmp,
        ),
    datePeriod: date
      ? null
      : vote(
          events.flatMap((f) => (f.datePeriod ? [f.datePeriod] : [])),
          (p) => p,
          cmp,
        ),
    dateFlags: [...new Set(members.flatMap((f) => (f.dateFlag ? [f.dateFlag] : [])))].sort(cmp),
    sideReasons: [
      ...(sideVerdicts(members.map((f) => ({ f, key: cluster.key })))
        .get(cluster.key)
        ?.values() ?? []),
    ]
      .map((v) => v.reason)
      .sort(cmp),
    articleIds: [...new Set(members.map((f) => f.articleId))].sort(cmp),
  };
}

/**
 * Rule `casualty/listed-victims-are-no-toll`: a toll rises as the hurt die, and a later piece that refers back to the
 * event restates it as a toll ("the attacks, which killed 130 people"), so a reference's higher toll revises the
 * reports'. A reference that instead lists the victims one by one ("the man who killed a guard and three customers
 * at the bank") sums what a person did, which may span several of his acts (the guard shot the day before, in
 * another street): where the node's own reports give a death toll, a reference's listed count above it is not taken,
 * and the node says why (killedReason). Where no report gives one, the listed count is all there is and is kept.
 */
export function killedOf(members: readonly StoredFrame[]): { killed: number | null; killedReason: string | null } {
  const max = (xs: Array<number | null | undefined>) =>
    xs.reduce<number | null>((m, x) => (x === null || x === undefined ? m : m === null || x > m ? x : m), null);
  const all = max(members.map((f) => f.killed));
  const reported = max(members.filter((f) => !f.reference).map((f) => f.killed));
  if (all === null || reported === null || all === reported) return { killed: all, killedReason: null };
  const listed = members.filter((f) => f.reference && f.killedByList === true && (f.killed ?? 0) > reported);
  const kept = max(members.filter((f) => !listed.includes(f)).map((f) => f.killed));
  if (!listed.length) return { killed: all, killedReason: null };
  return {
    killed: kept,
    killedReason: `casualty/listed-victims-are-no-toll: ${listed.map((f) => f.killed).join(', ')} killed in a list of victims of a later reference (${[...new Set(listed.map((f) => f.articleId))].sort(cmp).join(', ')}), not the toll its reports give (${reported})`,
  };
}

const UPSERT_INCIDENTS = `
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e.type = 'incident'
SET e:Incident, e.name = row.name, e.aliases = row.aliases, e.searchText = row.searchText, e.kind = row.kind,
    e.date = row.date, e.dateValue = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    e.placeKey = row.placeKey, e.placeName = row.placeName, e.placeReason = row.placeReason, e.lat = row.lat, e.lon = row.lon,
    e.killed = row.killed, e.injured = row.injured, e.killedReason = row.killedReason,
    e.firstReported = CASE WHEN row.firstReported IS NULL THEN null ELSE date(row.firstReported) END,
    e.mergedFrom = row.mergedFrom, e.mergeScores = row.mergeScores, e.frames = toInteger(row.frames),
    e.describedParticipants = row.describedParticipants, e.datePrecision = row.datePrecision, e.datePeriod = row.datePeriod,
    e.dateFlags = row.dateFlags, e.sideReasons = row.sideReasons
WITH e, row
// first seen: the earliest of its articles (written earlier in this transaction), as for other entities
CALL (e, row) { MATCH (a:Article) WHERE a.id IN row.articleIds RETURN min(a.firstSeen) AS firstSeen }
SET e.firstSeen = CASE WHEN e.firstSeen IS NULL OR firstSeen < e.firstSeen THEN firstSeen ELSE e.firstSeen END
RETURN count(*) AS n`;

/** the title spans of a row, where it has any */
function titleOf(title: readonly number[] | undefined): { title?: number[] } {
  return title?.length ? { title: [...title] } : {};
}

// Everything an article wrote for one incident, taken off its node, found from the article, never from the node (an
// Incident is a hub: every report's sentence mentions and relations end on it). The sentence mentions from the
// article's sentences, and the relations of each type by a seek of the article's index on them
// (cypher/reextract.cypher), as MOVE_RELATIONS in late-joins.ts; only relations carry an articleId, and their types are
// ENTITY_REL_TYPES. The hints say SEEK: planned on a small store and kept (replan=skip), the plain pattern read the
// sentences by a scan of the whole Sentence(articleId) index, every sentence of the store for each row (issue 12).
// Returns the incidents whose FOLLOW_UP_OF links it deleted (`unfollowed`): a link the node the article's rows are
// taken off is followed by starts from an incident that need not be of the neighbourhood, and its followsName changes.
export const DETACH = `
UNWIND $rows AS row
MATCH (i:Incident {key: row.key})
CALL (i, row) { MATCH (:Article {id: row.articleId})-[c:COVERS|MENTIONS]->(i) DELETE c }
CALL (i, row) {
  MATCH (s:Sentence {articleId: row.articleId})
  USING INDEX SEEK s:Sentence(articleId)
  MATCH (s)-[m:MENTIONS]->(i)
  DELETE m
}
${ENTITY_REL_TYPES.filter((type) => type !== 'FOLLOW_UP_OF')
  .map(
    (type) => `CALL (i, row) {
  MATCH (x)-[r:${type}]->(y)
  USING INDEX SEEK r:${type}(articleId)
  WHERE r.articleId = row.articleId AND (x = i OR y = i)
  DELETE r
}`,
  )
  .join('\n')}
CALL (i, row) {
  MATCH (x)-[r:FOLLOW_UP_OF]->(y)
  USING INDEX SEEK r:FOLLOW_UP_OF(articleId)
  WHERE r.articleId = row.articleId AND (x = i OR y = i)
  WITH r, x.key AS from
  DELETE r
  RETURN collect(from) AS unfollowed
}
RETURN count(*) AS n, reduce(s = [], u IN collect(unfollowed) | s + u) AS unfollowed`;

// The rows of one article's coverage of an incident (`row`): its COVERS link, and its article MENTIONS when it names it.
const ATTACH_COVER = `
MATCH (a:Article {id: row.articleId})
MATCH (i:Incident {key: row.key})
CREATE (a)-[c:COVERS]->(i)
SET c.reference = CASE WHEN row.reference THEN true ELSE null END
FOREACH (_ IN CASE WHEN row.count > 0 OR size(coalesce(row.title, [])) > 0 THEN [1] ELSE [] END |
  CREATE (a)-[am:MENTIONS {count: toInteger(row.count)}]->(i)
  SET am.title = CASE WHEN size(coalesce(row.title, [])) > 0 THEN [v IN row.title | toInteger(v)] END)`;

const ATTACH_MENTION = `
MATCH (s:Sentence {id: row.sentenceId})
MATCH (i:Incident {key: row.key})
CREATE (s)-[:MENTIONS {start: toInteger(row.start), end: toInteger(row.end), text: row.text}]->(i)`;

// A link is first seen with its article (written earlier in the transaction), as links written by writer.ts.
const ATTACH_RELATION = `
MATCH (x:Entity {key: row.from})
MATCH (y:Entity {key: row.to})
OPTIONAL MATCH (art:Article {id: row.articleId})
${ENTITY_REL_TYPES.map(
  (
    t,
  ) => `FOREACH (_ IN CASE WHEN row.type = '${t}' THEN [1] ELSE [] END | CREATE (x)-[r:${t} {articleId: row.articleId}]->(y)
  SET r.sentenceIds = row.sentenceIds, r.evidence = [v IN row.evidence | toInteger(v)], r.label = row.label, r.rules = row.rules,
      r.source = row.source, r.published = row.published, r.firstSeen = coalesce(art.firstSeen, datetime.transaction()))`,
).join('\n')}`;

const ATTACH_RELATIONS = `
UNWIND $rows AS row
${ATTACH_RELATION}
RETURN count(*) AS n`;

/**
 * The coverage, sentence mentions and relationships of the incidents' articles in one statement, in that order (issue
 * 12: one round trip where there were three). Each subquery runs over its whole list, ending in its count, before the
 * next one starts; an empty list counts 0.
 */
export const ATTACH_ALL = `
CALL () {
  UNWIND $covers AS row
  ${ATTACH_COVER}
  RETURN count(*) AS covers
}
CALL () {
  UNWIND $mentions AS row
  ${ATTACH_MENTION}
  RETURN count(*) AS mentions
}
CALL () {
  UNWIND $relations AS row
  ${ATTACH_RELATION}
  RETURN count(*) AS relations
}
RETURN covers, mentions, relations`;

const AttachCounts = z.object({ covers: z.number().int(), mentions: z.number().int(), relations: z.number().int() });

/** Writes the rows of attachmentRows (ATTACH_ALL), checking that every row found its nodes. */
async function attach(
  tx: ManagedTransaction,
  rows: { covers: unknown[]; mentions: unknown[]; relations: unknown[] },
): Promise<void> {
  if (!rows.covers.length && !rows.mentions.length && !rows.relations.length) return;
  const res = await tx.run(ATTACH_ALL, rows);
  const n = AttachCounts.parse(res.records[0]?.toObject());
  for (const what of ['covers', 'mentions', 'relations'] as const)
    if (n[what] !== rows[what].length)
      throw new Error(`incident ${what}: ${n[what]} of ${rows[what].length} rows matched their nodes`);
}

const DELETE_EMPTY = `
UNWIND $keys AS k
MATCH (i:Incident {key: k})
WHERE NOT EXISTS { MATCH (f:IncidentFrame) WHERE f.incident = k }
DETACH DELETE i
RETURN count(*) AS n`;

const SET_INCIDENT = `
UNWIND $rows AS row
MATCH (f:IncidentFrame {key: row.frame})
SET f.incident = row.incident
RETURN count(*) AS n`;

// The stored follow-up links of the neighbourhood's follow-up frames' articles (compared with the rows they should be:
// followUpLinkChanges)
const STORED_FOLLOW_UPS = `
UNWIND $ids AS id
MATCH (x)-[r:FOLLOW_UP_OF|PART_OF]->(y) WHERE r.articleId = id
RETURN elementId(r) AS id, type(r) AS type, x.key AS from, y.key AS to, r.articleId AS articleId,
  r.sentenceIds AS sentenceIds, r.evidence AS evidence, r.label AS label, r.rules AS rules, r.source AS source,
  r.published AS published`;

const DELETE_LINKS = `
UNWIND $rows AS id
MATCH ()-[r]->() WHERE elementId(r) = id
DELETE r
RETURN count(*) AS n`;

/** A FOLLOW_UP_OF or PART_OF row (written like the incident relationships, ATTACH_RELATIONS). */
export interface FollowUpRow {
  type: 'FOLLOW_UP_OF' | 'PART_OF';
  from: string;
  to: string;
  articleId: string;
  sentenceIds: string[];
  evidence: number[];
  label: string | null;
  /** the rule that made the link (followUpLinkRule), shown as its reason */
  rules: string[];
  source: string | null;
  published: string | null;
}

/** The rule that links a follow-up frame to what it follows, by the cue that made it one. */
export const followUpLinkRule = (f: Pick<StoredFrame, 'followUpCue'>): string =>
  f.followUpCue === SERIES_PART_CUE
    ? PART_OF_SAME_ARTICLE_SERIES.id
    : f.followUpCue === RESPONSE_FOLLOW_UP_CUE
      ? FOLLOW_UP_RESPONSE_OF_ITS_OWN_TELLING.id
      : FOLLOW_UP_OF_ITS_REFERENCE.id;

/** The follow-up frames of `frames` (in key order) and their FOLLOW_UP_OF rows, given the frames' Incident keys. */
export function followUpRows(
  frames: ReadonlyMap<string, StoredFrame>,
  assignment: ReadonlyMap<string, string | null>,
  articles: ReadonlyMap<string, { source: string | null; published: string | null }>,
): { followUps: StoredFrame[]; rows: FollowUpRow[] } {
  const followUps = [...frames.values()].filter((f) => f.followUpOf.length).sort((a, b) => cmp(a.key, b.key));
  if (!followUps.length) return { followUps, rows: [] };
  // the earliest date the reports of each incident give: a response dated before it is background, not a follow-up
  const dated = new Map<string, string>();
  for (const f of frames.values()) {
    const k = assignment.get(f.key);
    if (!k || f.reference || !f.date) continue;
    const d = dated.get(k);
    if (!d || f.date < d) dated.set(k, f.date);
  }
  const rows = followUps.flatMap((f): FollowUpRow[] => {
    const from = assignment.get(f.key) ?? null;
    if (!from) return [];
    const art = articles.get(f.articleId);
    const seen = new Set<string>();
    const type = linkTypeOf(f);
    return f.followUpOf.flatMap((refKey) => {
      const ref = frames.get(refKey);
      const to = assignment.get(refKey) ?? null;
      // a part of a series is part of one series: the first of its beginnings that passes
      if (!ref || !to || to === from || seen.has(to) || (type === 'PART_OF' && seen.size)) return [];
      // an undated response ("four days after the arrest in Molenbeek") takes the day its Incident's reports give:
      // an event cannot follow one that came after it
      const when = f.date ?? f.datePeriod ?? dated.get(from);
      const since = dated.get(to);
      if (f.followUpCue === RESPONSE_FOLLOW_UP_CUE && when && since && when < since.slice(0, when.length)) return [];
      // a part of a series is of a day within SERIES_DAYS after the day its series began
      // (an undated one by the day its Incident's reports give, else, as news of its article's days, by its
      // article's publication day)
      const day = f.date ?? dated.get(from) ?? f.published;
      if (type === 'PART_OF' && !(day && since && day >= since && day <= addDays(since, SERIES_DAYS))) return [];
      seen.add(to);
      return [
        {
          type,
          from,
          to,
          articleId: f.articleId,
          sentenceIds: [...new Set(ref.rows.mentions.map((m) => m.sentenceId))],
          evidence: ref.rows.mentions.flatMap((m) => [m.start, m.end]),
          label: f.followUpCue,
          rules: [followUpLinkRule(f)],
          source: art?.source ?? f.source,
          published: art?.published ?? f.published,
        },
      ];
    });
  });
  return { followUps, rows };
}

/**
 * Rule `follow-up/named-after-what-it-follows`: a trial, sentencing, inquest or anniversary node (the ontology's
 * follow-up family) is named after the Incident node it follows, not after its article's own words for that event:
 * the article's phrase may be a bare kind ("the attacks" gives "Trial: Attack") or another telling ("Shooting in
 * London" for a vehicle attack), while the node it follows is named from what all its reports agree on. The name is
 * the kind's label, the followed node's name without its day, and the follow-up's own day; where it follows several,
 * the earliest. Its earlier name is kept among its aliases. A follow-up that follows no node keeps its own name.
 * Changes `props` (incidentProperties rows) in place.
 */
export function followUpNodeNames(
  props: Array<Record<string, unknown>>,
  rows: readonly { from: string; to: string }[],
): void {
  const byKey = new Map(props.map((p) => [String(p['key']), p]));
  const targets = new Map<string, Array<Record<string, unknown>>>();
  for (const r of rows) {
    const t = byKey.get(r.to);
    if (!t) continue;
    targets.set(r.from, [...(targets.get(r.from) ?? []), t]);
  }
  for (const p of props) {
    const kind = typeof p['kind'] === 'string' ? p['kind'] : null;
    if (incidentFamily(kind) !== 'follow-up') continue;
    const ts = targets.get(String(p['key']));
    if (!ts?.length) continue;
    const dated = (x: Record<string, unknown>) => (typeof x['date'] === 'string' ? x['date'] : '\uffff');
    const first = [...ts].sort((a, b) => cmp(dated(a), dated(b)) || cmp(String(a['name']), String(b['name'])))[0]!;
    const label = incidentKindInfo(kind!).label;
    const stem = String(first['name']).replace(/ \(\d{4}-\d{2}-\d{2}\)$/, '');
    const name = `${label}: ${stem}${typeof p['date'] === 'string' ? ` (${p['date']})` : ''}`;
    const old = String(p['name']);
    if (name === old) continue;
    const aliases = [...new Set([...((p['aliases'] as string[] | undefined) ?? []), old])]
      .filter((n) => n !== name)
      .sort(cmp);
    p['name'] = name;
    p['aliases'] = aliases;
    p['searchText'] = [name, ...aliases].join(' ');
  }
}

/**
 * What a follow-up node shows of the incidents it follows (`followsName`): their names, earliest first, joined by "; ".
 * A follow-up keeps its own name (its kind, place and day: "Arrest in Brussels (2016-04-08)"), and a reader of the
 * node sees at once what it follows without opening its links. Written with the links (FOLLOW_UPS_NAMED) and by the
 * bulk import from the same rows.
 */
export function followsNames(
  rows: readonly { from: string; to: string; type?: string }[],
  incidents: ReadonlyMap<string, { name: string; date: string | null }>,
): Map<string, string> {
  const targets = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!incidents.has(r.to) || (r.type !== undefined && r.type !== 'FOLLOW_UP_OF')) continue;
    const set = targets.get(r.from) ?? new Set<string>();
    set.add(r.to);
    targets.set(r.from, set);
  }
  const out = new Map<string, string>();
  for (const [from, keys] of targets) {
    const named = [...keys].map((k) => incidents.get(k)!);
    named.sort((a, b) => cmp(a.date ?? '\uffff', b.date ?? '\uffff') || cmp(a.name, b.name));
    out.set(from, [...new Set(named.map((n) => n.name))].join('; '));
  }
  return out;
}

// followsName of the given incidents (`selves`) and of those that follow the `targets`, from their FOLLOW_UP_OF links
// as they are now (the order and joiner of followsNames)
const FOLLOW_UPS_NAMED = `
CALL () {
  UNWIND $selves AS k
  MATCH (n:Entity {key: k})
  RETURN n AS x
  UNION
  UNWIND $targets AS k
  MATCH (f:Entity)-[:FOLLOW_UP_OF]->(:Entity {key: k})
  RETURN f AS x
}
WITH DISTINCT x
CALL (x) {
  OPTIONAL MATCH (x)-[:FOLLOW_UP_OF]->(t:Entity)
  WITH DISTINCT t ORDER BY coalesce(toString(t.date), '\uffff'), t.name
  RETURN [n IN collect(t.name) WHERE n IS NOT NULL] AS names
}
SET x.followsName = CASE WHEN size(names) = 0 THEN null
  ELSE reduce(s = head(names), n IN tail(names) | s + '; ' + n) END
RETURN count(*) AS n`;

/** a stored FOLLOW_UP_OF or PART_OF link (STORED_FOLLOW_UPS): its element id and what a FollowUpRow would write */
export type StoredFollowUp = FollowUpRow & { id: string };

const StoredFollowUpRow = z.object({
  id: z.string(),
  type: z.enum(['FOLLOW_UP_OF', 'PART_OF']),
  from: z.string(),
  to: z.string(),
  articleId: z.string(),
  sentenceIds: z.array(z.string()).nullable(),
  evidence: z.array(z.number()).nullable(),
  label: z.string().nullable(),
  rules: z
    .array(z.string())
    .nullable()
    .transform((r) => r ?? []),
  source: z.string().nullable(),
  published: z.string().nullable(),
});

/** what a follow-up link holds, as ATTACH_RELATIONS writes it (a link's firstSeen is its article's) */
const followUpSignature = (r: FollowUpRow): string =>
  JSON.stringify([
    r.type,
    r.from,
    r.to,
    r.articleId,
    r.sentenceIds ?? [],
    (r.evidence ?? []).map(Number),
    r.label ?? null,
    r.rules ?? [],
    r.source ?? null,
    r.published ?? null,
  ]);

/**
 * Which follow-up links change (issue 12): the links stored for the neighbourhood's follow-up frames' articles
 * (`stored`) against the rows they should be now (`rows`, every one of those articles'). A stored link that a row
 * would write again as it is stays; the others are deleted, and the rows no stored link matches are written.
 * Writing every link anew in each batch deleted and wrote again most of the store's follow-up links as the
 * neighbourhood grew with the store. `relinked`: the incidents whose follow-up links changed (their followsName may).
 */
export function followUpLinkChanges(
  stored: readonly StoredFollowUp[],
  rows: readonly FollowUpRow[],
): { remove: string[]; create: FollowUpRow[]; relinked: Set<string> } {
  const kept = new Map<string, string[]>();
  for (const s of stored) {
    const sig = followUpSignature(s);
    kept.set(sig, [...(kept.get(sig) ?? []), s.id]);
  }
  const create: FollowUpRow[] = [];
  for (const r of rows) {
    const ids = kept.get(followUpSignature(r));
    if (ids?.length) ids.pop();
    else create.push(r);
  }
  const left = new Set([...kept.values()].flat());
  const removed = stored.filter((s) => left.has(s.id));
  const relinked = new Set([...removed, ...create].filter((r) => r.type === 'FOLLOW_UP_OF').map((r) => r.from));
  return { remove: removed.map((s) => s.id).sort(cmp), create, relinked };
}

/**
 * The neighbourhood's follow-up links brought in line with its frames: only the links that change are deleted and
 * written (followUpLinkChanges). Returns the incidents whose FOLLOW_UP_OF links changed.
 */
async function linkFollowUps(
  tx: ManagedTransaction,
  frames: ReadonlyMap<string, StoredFrame>,
  assignment: ReadonlyMap<string, string | null>,
  articles: ReadonlyMap<string, { source: string | null; published: string | null }>,
): Promise<Set<string>> {
  const { followUps, rows } = followUpRows(frames, assignment, articles);
  if (!followUps.length) return new Set();
  const res = await tx.run(STORED_FOLLOW_UPS, { ids: [...new Set(followUps.map((f) => f.articleId))].sort(cmp) });
  const stored = res.records.map((r) => {
    const s = StoredFollowUpRow.parse(r.toObject());
    return { ...s, sentenceIds: s.sentenceIds ?? [], evidence: s.evidence ?? [] };
  });
  const { remove, create, relinked } = followUpLinkChanges(stored, rows);
  await run(tx, 'deleting follow-up links', DELETE_LINKS, remove);
  await run(tx, 'follow-up links', ATTACH_RELATIONS, create);
  return relinked;
}

const Count = z.object({ n: z.number().int() }).passthrough();
const Detached = z.object({ n: z.number().int(), unfollowed: z.array(z.string()) });

/** DETACH: returns the incidents whose FOLLOW_UP_OF links it deleted (their followsName may change) */
async function detachRows(tx: ManagedTransaction, rows: Array<{ key: string; articleId: string }>): Promise<string[]> {
  if (!rows.length) return [];
  const res = await tx.run(DETACH, { rows });
  const { n, unfollowed } = Detached.parse(res.records[0]?.toObject() ?? { n: 0, unfollowed: [] });
  if (n !== rows.length) throw new Error(`detaching incident rows: ${n} of ${rows.length} rows matched their nodes`);
  return unfollowed;
}

/**
 * Whose followsName FOLLOW_UPS_NAMED writes again: an incident's followsName is made of its FOLLOW_UP_OF links and of
 * the names and dates of the incidents they end at, so it changes only for an incident whose links were deleted
 * (`unfollowed`: by DETACH, or with a rewritten article) or changed (`relinked`, linkFollowUps), and for the
 * followers of an incident whose row was written (`written`). Writing it for every incident of the neighbourhood and
 * their followers read their links again in every batch, a cost that grew with the store (issue 12). The incident a
 * link was deleted from when an article's rows were detached from the node it followed (DETACH) is neither relinked
 * nor written: left out, it kept a followsName with no link left.
 */
export function followsNameTargets(
  unfollowed: readonly string[],
  relinked: ReadonlySet<string>,
  written: readonly Record<string, unknown>[],
): { selves: string[]; targets: string[] } {
  return {
    selves: [...new Set([...unfollowed, ...relinked])].sort(cmp),
    targets: [...new Set(written.map((r) => String(r['key'])))].sort(cmp),
  };
}

async function run(
  tx: ManagedTransaction,
  what: string,
  cypher: string,
  rows: unknown[],
  expected = rows.length,
): Promise<void> {
  if (!rows.length) return;
  const res = await tx.run(cypher, { rows });
  const n = Count.parse(res.records[0]?.toObject() ?? { n: 0 }).n;
  if (n !== expected) throw new Error(`${what}: ${n} of ${expected} rows matched their nodes`);
}

/** An article's COVERS, article MENTIONS and relationship rows of an Incident node. */
export interface CoverRow {
  key: string;
  articleId: string;
  count: number;
  /** the title's spans naming it, [start, end, …] (FrameRows.title) */
  title?: number[];
  reference: boolean;
}
export type IncidentMentionRow = FrameRows['mentions'][number] & { key: string };
export type IncidentRelationRow = FrameRows['relations'][number] & {
  articleId: string;
  source: string | null;
  published: string | null;
};

/** one participant's side on one Incident node, where its reports disagree: the role kept, the one dropped, and why */
export interface SideVerdict {
  keep: string;
  drop: string;
  reason: string;
}

/**
 * Rule "one side per participant across reports": the reports of one incident may give one man both sides (an
 * attacker shot dead by police is written like a victim: "X was shot dead"; a later article reads his death as a
 * shooting of its own). An attack's perpetrator is not its victim, so on the node he keeps the side more of its
 * articles give, the perpetrator's on a tie (the attacker read as a victim is the usual error, not the reverse); the
 * other side's links are not written. The verdict depends only on the node's frames, so the graph is the same
 * whatever the order the articles were ingested in. Returns, per node key, the participants whose reports disagree.
 */
export function sideVerdicts(
  assigned: Iterable<{ f: StoredFrame; key: string }>,
): Map<string, Map<string, SideVerdict>> {
  // node → entity → role → articles giving it
  const roles = new Map<string, Map<string, { name: string; by: Map<string, Set<string>> }>>();
  for (const { f, key } of assigned) {
    for (const p of f.participants) {
      if (p.role !== 'perpetrator' && p.role !== 'victim') continue;
      const node = roles.get(key) ?? new Map<string, { name: string; by: Map<string, Set<string>> }>();
      roles.set(key, node);
      const e = node.get(p.key) ?? { name: p.name, by: new Map<string, Set<string>>() };
      node.set(p.key, e);
      const arts = e.by.get(p.role) ?? new Set<string>();
      e.by.set(p.role, arts);
      arts.add(f.articleId);
    }
  }
  const out = new Map<string, Map<string, SideVerdict>>();
  for (const [key, node] of roles) {
    for (const [entity, { name, by }] of node) {
      const perp = by.get('perpetrator')?.size ?? 0,
        victim = by.get('victim')?.size ?? 0;
      if (!perp || !victim) continue;
      const keep = perp >= victim ? 'perpetrator' : 'victim';
      const drop = keep === 'perpetrator' ? 'victim' : 'perpetrator';
      const verdicts = out.get(key) ?? new Map<string, SideVerdict>();
      out.set(key, verdicts);
      verdicts.set(entity, {
        keep,
        drop,
        reason: `${name}: ${keep}, not ${drop}: ${perp} article(s) name a perpetrator, ${victim} a victim (one side per participant across reports)`,
      });
    }
  }
  return out;
}

const verdictId = (v: SideVerdict | undefined) => (v ? `${v.keep}>${v.drop}` : '');

/**
 * The (node, article) pairs to write anew because a participant's side verdict on the node changed with this batch
 * (the links of articles the batch did not touch would otherwise keep the side an earlier verdict gave).
 */
export function sideChangedPairs(
  before: Map<string, Map<string, SideVerdict>>,
  after: Map<string, Map<string, SideVerdict>>,
  assigned: Iterable<{ f: StoredFrame; key: string }>,
): Set<string> {
  const out = new Set<string>();
  for (const { f, key } of assigned) {
    for (const p of f.participants) {
      if (verdictId(before.get(key)?.get(p.key)) !== verdictId(after.get(key)?.get(p.key)))
        out.add(`${key}\u0000${f.articleId}`);
    }
  }
  return out;
}

/**
 * The rows that attach frames to the Incident nodes they are assigned to (`attach`: each frame with its node's key):
 * one COVERS (and one article MENTIONS) per article and node, the sentence mentions, and the relationships, stored
 * once per (from, to, type, article).
 */
export function attachmentRows(
  attach: ReadonlyArray<{ f: StoredFrame; key: string }>,
  articles: ReadonlyMap<string, { source: string | null; published: string | null }>,
  sides: ReadonlyMap<string, ReadonlyMap<string, SideVerdict>> = new Map(),
  places: ReadonlyMap<string, PlaceVerdict> = new Map(),
): { covers: CoverRow[]; mentions: IncidentMentionRow[]; relations: IncidentRelationRow[] } {
  const pair = (key: string, articleId: string) => `${key}\u0000${articleId}`;
  // one COVERS (and one article MENTIONS) per article and node: a reference only when every frame there is one
  const covers = new Map<string, CoverRow>();
  for (const { f, key } of attach) {
    const c = covers.get(pair(key, f.articleId));
    const title = f.rows.title ?? [];
    if (c) {
      c.count += f.rows.count;
      c.reference &&= f.reference;
      for (let i = 0; i + 1 < title.length; i += 2)
        if (!(c.title ?? []).some((v, j) => j % 2 === 0 && v === title[i]))
          (c.title ??= []).push(title[i]!, title[i + 1]!);
    } else
      covers.set(pair(key, f.articleId), {
        key,
        articleId: f.articleId,
        count: f.rows.count,
        ...titleOf(title),
        reference: f.reference,
      });
  }
  const mentions = new Map<string, IncidentMentionRow>();
  for (const { f, key } of attach)
    for (const m of f.rows.mentions)
      mentions.set(`${key}\u0000${m.sentenceId}\u0000${m.start}\u0000${m.end}`, { ...m, key });
  // relationships are stored once per (from, to, type, article): two frames' rows to one entity are combined
  const relations = new Map<string, IncidentRelationRow>();
  for (const { f, key } of attach) {
    for (const r of f.rows.relations) {
      let from = r.from || key,
        to = r.to || key;
      // a participant the node's reports give both sides keeps one (sideVerdicts)
      if (r.type === 'PARTICIPATED_IN' && to === key && sides.get(key)?.get(from)?.drop === r.label) continue;
      // a place that conflicts with where the node is placed is not linked (place/one-place-per-incident)
      if (droppedPlaceLink({ type: r.type, to }, from, key, places.get(key))) continue;
      if (SYMMETRIC_REL_TYPES.has(r.type) && to < from) [from, to] = [to, from];
      const id = `${r.type}\u0000${from}\u0000${to}\u0000${f.articleId}`;
      const had = relations.get(id);
      if (had) {
        had.sentenceIds = [...new Set([...had.sentenceIds, ...r.sentenceIds])];
        had.evidence = [...had.evidence, ...r.evidence];
        if (r.rules) had.rules = [...new Set([...(had.rules ?? []), ...r.rules])];
        continue;
      }
      const art = articles.get(f.articleId);
      relations.set(id, {
        ...r,
        from,
        to,
        articleId: f.articleId,
        source: art?.source ?? f.source,
        published: art?.published ?? f.published,
      });
    }
  }
  return { covers: [...covers.values()], mentions: [...mentions.values()], relations: [...relations.values()] };
}

/**
 * The clause that takes the lock every batch takes before it touches incidents (one writer clusters at a time, seeing
 * what the others committed), leaving `epoch` and `writeSeq` for what follows: a statement may go on reading under
 * the lock (src/graph/writer.ts reads its articles again in the same round trip).
 */
export const LOCK_INCIDENTS = `MERGE (l:KgLock {name: 'incidents'})
SET l.held = true, l.epoch = coalesce(l.epoch, randomUUID()), l.writeSeq = coalesce(l.writeSeq, 0) + 1
WITH l.epoch AS epoch, l.writeSeq AS writeSeq`;

/** The lock a LOCK_INCIDENTS statement took, from a record with its `epoch` and `writeSeq`. */
export function incidentLockOf(record: { get(key: string): unknown } | undefined): IncidentLock {
  return IncidentLockRow.parse({ epoch: record?.get('epoch'), seq: Number(record?.get('writeSeq')) });
}

/** Take the incidents lock (LOCK_INCIDENTS) in a statement of its own. */
export async function lockIncidents(tx: ManagedTransaction): Promise<IncidentLock> {
  const res = await tx.run(`${LOCK_INCIDENTS}\nRETURN epoch, writeSeq`);
  return incidentLockOf(res.records[0]);
}

const IncidentLockRow = z.object({ epoch: z.string(), seq: z.number().int().positive() });

/** what this process last wrote to each Incident node, to send only the rows that change */
const incidentWrites = new IncidentWriteCache();

/** The batch that held `lock` committed: the Incident rows it wrote are what the nodes hold (IncidentWriteCache). */
export function incidentsCommitted(lock: IncidentLock): void {
  incidentWrites.committed(lock);
}

/** Counters of the incident writer of this process (for the ingest bench). */
export function incidentWriterStats(): Record<string, number> {
  return {
    pairsScored: pairCounts.scored,
    pairsAsked: pairCounts.asked,
    incidentRowsSent: incidentWrites.sent,
    incidentRowsSkipped: incidentWrites.skipped,
    pairScoresHeld: storedScores.pairs,
    pairScoresAdded: storedScores.added,
    pairScoresDropped: storedScores.dropped,
    pairScoresUnits: storedScores.units,
    pairLinksAdded: storedLinks.added,
    pairLinksDropped: storedLinks.dropped,
    loneLinksAdded: loneLinks.added,
    loneLinksDropped: loneLinks.dropped,
    linkVerdictsHeld: linkVerdicts.pairs,
    linkVerdictsDropped: linkVerdicts.dropped,
    rereadRewritten,
    rereadRevised,
    readSameContents,
    neighbourhoods,
    neighbourhoodFrames,
    neighbourFramesRead,
    neighbourRounds,
    capped,
    frameCache: frameCache.size,
    writtenIdentified,
    writtenUnlike,
    framesIdentified: lastContents,
  };
}

/** the frames naming each person, of the store this process writes to (one index per process) */
const personFrames = new PersonFrameIndex(FOLLOW_UP_DATED_DAYS);

/** the frames of the given articles and the Incident keys they are attached to; the frames are deleted */
export async function removeFrames(tx: ManagedTransaction, articleIds: string[]): Promise<string[]> {
  if (!articleIds.length) return [];
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (f:IncidentFrame {articleId: id}) WITH f, f.incident AS k DETACH DELETE f RETURN collect(DISTINCT k) AS keys`,
    { ids: articleIds },
  );
  return z.array(z.string()).parse(res.records[0]?.get('keys') ?? []);
}

export interface ResolutionSummary {
  /** frames clustered again (the batch's and their linked neighbours) */
  frames: number;
  /** stored frames moved to another Incident node */
  moved: number;
}

/**
 * Store the batch's frames, cluster them with their neighbourhood and bring the Incident nodes of that
 * neighbourhood in line: create, update, move the rows of frames that changed cluster, delete emptied nodes.
 * `seedIncidents`: Incident nodes a rewrite took frames from (their other frames are clustered again).
 * The caller holds lockIncidents (`lock`, what it returned) and has written the batch's articles (without their
 * incidents).
 */
export async function resolveFrames(
  tx: ManagedTransaction,
  batch: StoredFrame[],
  seedIncidents: string[],
  articles: ReadonlyMap<string, { source: string | null; published: string | null }>,
  lock: IncidentLock,
): Promise<ResolutionSummary> {
  if (!batch.length && !seedIncidents.length) return { frames: 0, moved: 0 };
  // before this batch's frames are written: the index reads what other batches committed
  await personFrames.catchUp(tx, lock);
  await createFrames(tx, batch);
  // one plain scorer for the search and the clustering: the pairs the search scored are not scored again
  const scorers = frameScorers({}, storedScores);
  const frames = await neighbourhood(tx, batch, seedIncidents, scorers, lock);
  const { assignment, incidents } = clusterFrames([...frames.values()], {
    score: scorers.score,
    loneLinks,
    links: linkVerdicts,
    standsAlone: followedReferences(frames.values()),
  });

  // An article's rows on a node are detached and attached per (node, article): two frames of one article may share
  // a node (siblings), so when one of them moves, the article's rows on its old and new node are written anew from
  // every frame of that article the node keeps.
  const moved = [...frames.values()].filter((f) => (assignment.get(f.key) ?? null) !== f.incident);
  const touched = new Set<string>();
  const pair = (key: string, articleId: string) => `${key}\u0000${articleId}`;
  for (const f of moved) {
    if (f.incident) touched.add(pair(f.incident, f.articleId));
    const key = assignment.get(f.key) ?? null;
    if (key) touched.add(pair(key, f.articleId));
  }
  const all = [...frames.values()].sort((a, b) => cmp(a.key, b.key));
  // a participant's side verdict that changed: every article's links of it on that node are written anew
  const after = all.flatMap((f) => {
    const key = assignment.get(f.key) ?? null;
    return key ? [{ f, key }] : [];
  });
  const sides = sideVerdicts(after);
  const before = all.flatMap((f) => (f.incident ? [{ f, key: f.incident }] : []));
  for (const p of sideChangedPairs(sideVerdicts(before), sides, [...before, ...after])) touched.add(p);
  // as for sides: a node whose left-out places changed has every placed article's links written anew
  const places = placeVerdicts(after);
  for (const p of placeChangedPairs(placeVerdicts(before), places, [...before, ...after])) touched.add(p);
  const detach = [
    ...new Set(
      all.flatMap((f) =>
        f.incident && touched.has(pair(f.incident, f.articleId)) ? [pair(f.incident, f.articleId)] : [],
      ),
    ),
  ].sort(cmp);
  const unfollowed = await detachRows(
    tx,
    detach.map((p) => {
      const [key, articleId] = p.split('\u0000');
      return { key: key!, articleId: articleId! };
    }),
  );
  const props = incidents.map((c) => incidentProperties(c, frames)).sort((a, b) => cmp(String(a.key), String(b.key)));
  followUpNodeNames(props, followUpRows(frames, assignment, articles).rows);
  // the nodes of removed frames may have been deleted with their article (removeArticle): always written
  const written = incidentWrites.changed(lock, props, seedIncidents);
  await run(tx, 'incidents', UPSERT_INCIDENTS, written);

  const attached = all.flatMap((f) => {
    const key = assignment.get(f.key) ?? null;
    return key && touched.has(pair(key, f.articleId)) ? [{ f, key }] : [];
  });
  await attach(tx, attachmentRows(attached, articles, sides, places));
  const relinked = await linkFollowUps(tx, frames, assignment, articles);
  // a rewritten article's links went with it (removeArticle), from the nodes a rewrite took frames from
  const named = followsNameTargets([...unfollowed, ...seedIncidents], relinked, written);
  if (named.selves.length || named.targets.length) await tx.run(FOLLOW_UPS_NAMED, named);
  await run(
    tx,
    'frame assignments',
    SET_INCIDENT,
    moved.map((f) => ({ frame: f.key, incident: assignment.get(f.key) ?? null })),
  );
  const emptied = [...new Set([...moved.flatMap((f) => (f.incident ? [f.incident] : [])), ...seedIncidents])].sort(cmp);
  if (emptied.length) await tx.run(DELETE_EMPTY, { keys: emptied });
  incidentWrites.forget(lock, emptied);
  return { frames: frames.size, moved: moved.filter((f) => f.incident !== null).length };
}
