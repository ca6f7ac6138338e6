// Incidents: trigger phrases grouped into one incident per event, with kind, place, date, participants.
//
// Passes, all regex/lexicon work over sentences:
//  1. trigger phrases (data/lexicons/incident-triggers.json), minus warnings, plans, possibilities and
//     generic counts (data/lexicons/incident-context.json);
//  2. per trigger: place, date, participants and casualty counts from its own phrase and its sentence;
//  3. triggers of one sentence that fit together become one group; groups across sentences merge when
//     they share a place, a date or a named person, and a bare definite reference ("the attack", "the
//     killers of …") joins the article's most-discussed compatible incident;
//  4. groups with nothing that ties them to a real event (place, date, named participant, casualties,
//     a past-tense event verb, or the lede) are dropped.
import { createHash } from 'node:crypto';
import { casualtiesIn, isKilledBySubject, LIST_COUNT_RULES, resolveToll, type CasualtyCount } from './casualties.js';
import {
  articleAnchor,
  clockTimeOnly,
  datesIn,
  dayOffsetsIn,
  longOffsetsIn,
  periodBefore,
  lastDayOf,
  sameDayRefsIn,
  type DateSpan,
} from './dates.js';
import { dateByDayOffsets, EVENT_PHRASE_REACH, periodBySoonAfter } from './incident-day-offsets.js';
import { occurrenceClauseOwner } from './occurrence-clause.js';
import type { Doc } from './document.js';
import type { WordLists } from './word-lists.js';
import type { NamedEntity } from './entities.js';
import { genericObjectAt, incidentCuesOf, type IncidentCues } from './incident-cues.js';
import { crowdSubject, TRIGGER_RECLASS_RULES, TRIGGER_VETO_RULES, type TriggerContext } from './incident-rules.js';
import { firstMatch, isOn, type RuleSwitches } from '../rules/index.js';
import {
  FOLLOW_UP_CUE_DESCRIBES_SOMEONE,
  INCIDENTS_ARMED_RAID_AGENT,
  PERPETRATOR_COORDINATED_BODIES,
  INCIDENTS_CHARGED_ACT_SUSPECTS,
  INCIDENTS_HARMED_BY_RESPONSE_IS_SUSPECT,
  INCIDENTS_GROUP_OWN_UNITS,
  INCIDENTS_BRACKET_LABEL,
  INCIDENTS_CO_VICTIMS_IN_SENTENCE,
  INCIDENTS_YEAR_MARKED_APART,
  INCIDENTS_LAST_SPAN_MARKED_APART,
  INCIDENTS_DATED_TELLING_AFTER_COLON,
  INCIDENTS_TALLY_ROLES_SET_ASIDE,
  REFERENCE_PAST_OPENING,
  PLACE_STATED_PLACE_OVER_DATELINE,
  PLACE_TOWN_OF_THE_ACTING_BODY,
  DATES_COUNTED_BACK_FROM_TODAY,
  PLACE_SITE_IN_MAIN_INCIDENT_TOWN,
  PLACE_SERIES_KEEPS_ITS_TOWN,
  PERPETRATOR_WEAPON_BELONGS_TO_TARGET,
  CASUALTY_RESPONDERS_OWN_TOLL,
  INCIDENTS_MACHINE_OWNER_PREVIOUS_SUBJECT,
  INCIDENTS_PRONOUN_OBJECT_ANTECEDENT,
  INCIDENTS_SAME_VICTIM_TOLD_TWICE,
  INCIDENTS_ABSORBED_EARLIER_ACT,
  INCIDENTS_LASTING_EVENT_TOLD_AGAIN,
  INCIDENTS_ORPHAN_HARMED_FORCE,
  INCIDENTS_ATTACKERS_OWN_FORCE,
  INCIDENTS_TOLD_JUST_BEFORE,
  PERPETRATOR_GROUP_NAMED_UNIT,
  PLACE_CITY_LATER_IN_ARTICLE,
  PLACE_REACTION_PLACE,
  PLACE_OWNER_OF_THE_PREMISES,
  PLACE_PREMISES_OWNER_ABROAD,
  INCIDENTS_ATTACKERS_STORM_ANY_KIND,
  PLACE_CLAUSE_TOWN,
  PLACE_COMPASS_PART_OF_CITY,
  PLACE_CAPITAL_BUREAU_DATELINE,
  PLACE_COUNTRY_BY_DEMONYM,
  PLACE_COUNTRY_OF_ITS_PEOPLE,
  PLACE_PEOPLE_ABROAD_OVER_DATELINE,
  PLACE_COMPASS_QUARTER_HOLDS_TOWN,
  PLACE_HEADLINE_CONFIRMS_TOWN,
  PLACE_NEAR_THE_SCENE,
  PLACE_CAPTURED_AT_THE_SCENE,
  DATES_RESPONSE_ON_THE_NEWS_DAY,
  DATES_CLOCK_TIME_OF_THE_REPORT_DAY,
  DATES_RESPONSE_CLOSES_THE_ACT,
  INCIDENTS_PRONOUN_CLAIMANT,
  INCIDENTS_CLAIM_ON_BEHALF,
  INCIDENTS_NAMED_CLAIMANT,
  INCIDENTS_HEDGED_GROUP_ATTRIBUTION,
  INCIDENTS_DEAD_OF_IRREALIS,
  INCIDENTS_CLAIM_RELATIVE_ASIDE,
  PLACE_PART_OF_THE_COUNTRY,
  PLACE_REFERENCE_POINT,
  PLACE_REPORTS_ONE_TOWN,
  PLACE_SCENE_STATEMENT,
  PLACE_SCENE_STATEMENT_AT_A_POINT,
  PLACE_UNLOCATED_COUNTY,
  PLACE_VENUE_ON_ITS_STREET,
  PLACE_WRITTEN_HOLDER,
  DATES_WEEKS_MONTHS_YEARS_FROM_ANOTHER_EVENT,
  DATES_OCCURRENCE_CLAUSE,
  INCIDENT_DATE_IS_NO_COUNT,
} from './incident-inline-rules.js';
import {
  PARTICIPANT_AGENT_NAMED_AS,
  PARTICIPANT_ATTACKERS_OF_GROUP,
  PARTICIPANT_BY_AGENT_OF_DEED,
  PARTICIPANT_LISTED_WITH_VICTIM,
  PARTICIPANT_NAMED_AS_BLAMED,
  PARTICIPANT_OBJECT_OF_DEED,
  PARTICIPANT_OBJECT_OF_VERB,
  PARTICIPANT_PASSIVE_SUBJECT_OF_DEED,
  PARTICIPANT_PLOT_TARGET,
  PARTICIPANT_PREMODIFIER_OF_DEED,
  PARTICIPANT_RESPONDER_OF_CUE,
  PARTICIPANT_RESPONDING_BODY,
  PARTICIPANT_SUBJECT_OF_DEED,
  PARTICIPANT_SUSPECT_OF_ONLY_RESPONSE,
  PARTICIPANT_TARGET_OF_LIST,
  PARTICIPANT_UNIT_OF_GROUP,
} from './participant-rules.js';
import { startsWord, type IncidentLexicon, type TriggerClass } from './incident-lexicon.js';
import {
  earlierMonthMark,
  frameCuesOf,
  followUpCue,
  followUpCuesSetOff,
  pastMark,
  pastOpeningMark,
  periodOfPastMark,
  lastSpanMark,
  type LastSpan,
} from './incident-references.js';
import { joinsList, roleCuesOf, rolePhrases, type RoleCues, type RolePhrase } from './incident-roles.js';
import {
  KIN_GROUP_SUBJECT,
  STATE_BY_NATIONALITY,
  PERPETRATOR_RULES,
  perpetratorCuesOf,
  type NamedAgentContext,
} from './incident-perpetrators.js';
import { describedBareMembers, describedStateForce, settleSides } from './incident-sides.js';
import { movementNounOf, movementOf, type ArticleGroup } from './incident-movement.js';
import { ARMED_AGENT_DEED, ARMED_GROUP_DEED, agentDeedCuesOf, groupDeedCuesOf } from './incident-group-deed.js';
import { PLACE_NAMED_EVENT } from './incident-named-event.js';
import { MentionIndex, type EntityMention } from './mention-index.js';
import { distanceKm } from './geocode.js';
import { countyTown, isCounty } from './county-town.js';
import { COUNTY_NAME, type CityEntry, type Gazetteer } from './gazetteer.js';
import { placesWrittenWithin } from './written-within.js';
import { countryAbroad, countryVotes, peopleAbroad, topCountry } from './dateline-abroad.js';
import { countryByDemonym } from './demonym-country.js';
import { headlineOf } from './headline-text.js';
import {
  incidentFamily,
  incidentName,
  isCrowdKind,
  isResponseHarmKind,
  isLastingKind,
  isResponseKind,
  kindsMayBeOneEventAcrossArticles,
  kindsMayBeOneEventInArticle,
  kindsMayBeOneEventInSentence,
  KINDS_HELD_WITHIN,
  lastsAcrossBorders,
} from '../ontology/index.js';
import type {
  DateFlag,
  IncidentEntity,
  IncidentKind,
  Mention,
  Participant,
  ParticipantRole,
  PlaceEntity,
  Sentence,
} from './types.js';
import { alternatives, escapeRegExp, eachMatch } from '../reg-exp.js';

// within an article every kind outside the response family counts as violent (the ontology's "other" too)
const isViolent = (k: IncidentKind) => !isResponseKind(k);
const isArrest = (k: IncidentKind) => k === 'arrest';
// kinds that may describe one event (a siege in which hostages were shot, a van attack followed by stabbings)
const kindsCompatible = kindsMayBeOneEventInArticle;

/** a participant read for an incident, with what its rule said of it */
interface ReadParticipant {
  em: EntityMention;
  role: ParticipantRole;
  accused?: boolean;
  /** the one the police or troops harmed (rule incidents/harmed-by-response-is-suspect): kept by a response only */
  harmedByResponse?: boolean;
  /** the state force the attackers are said to be members of (rule incidents/attackers-own-force) */
  attackersForce?: boolean;
  /** the role rule that read it, where one did */
  rule?: string;
}

interface Hit {
  start: number;
  end: number;
  sentence: number;
  kind: IncidentKind;
  cls: TriggerClass;
  verbal: boolean;
  det: 'definite' | 'indefinite' | 'counted' | 'bare';
  plural: boolean;
  place: EntityMention | null;
  date: string | null;
  participants: ReadParticipant[];
  /** a capitalised name follows "of/on": "the murder of <Name>" */
  namedObject: boolean;
  /** a class of victims follows: "the killing of civilians", "the murder of innocent people" */
  genericObject: boolean;
  /** police or troops did it ("shot dead by police"): part of the response to an incident, not a new one */
  byResponders: boolean;
  /**
   * its words tell a harm done to civilians ("killing five peasants", "peasants were shot", "strafed the village"):
   * a state force its sentence names alone did it (incident-sides, the civilians-harmed-by-force exception)
   */
  civilianHarm?: boolean;
  /** named in a charge or verdict ("charged with murder"): refers to an incident, says nothing of its kind */
  legal: boolean;
  killed: number | null;
  injured: number | null;
  /** every casualty count given to it, so that a revised toll can replace an earlier one */
  tolls: Toll[];
  /** the date's expression writes its year or its day of the month ("Aug. 5"): it names that day in any article */
  dateExplicit: boolean;
  /** the date is only implied ("overnight", "earlier today"): a written day of the same event refines it */
  dateUnwritten?: boolean;
  /** a month or year when no day is known ("in March 2019") */
  period: Period | null;
  /** the month or year a distance before the sentence's day leads back to, given the incident only once phrases are
   *  joined (rule dates/weeks-months-years-from-another-event) */
  countedBack?: { period: Period; why: string };
  /** the month or year "six weeks ago", "a year ago" leads back to from the article's day, given once phrases are
   *  joined and only from the phrase that opens the incident (rule dates/counted-back-from-today) */
  countedBackToday?: { period: Period; why: string };
  /** a written date after publication, beside the trigger: flagged, not stored as the date */
  dateFlag: DateFlag | null;
  /** participants the text describes without naming ("unidentified gunmen") */
  described: Described[];
  /** words beside the phrase that place it in the past ("the 2015 attacks") */
  past: string | null;
  /** "last week's", "last month's" before it: the span of the calendar it happened in (rule incidents/last-span-marked-apart) */
  lastSpan?: LastSpan | null;
  /** the words before or after it that point back to another event ("comparisons with the", "in July") */
  compared: string | null;
  /**
   * the words before it that hold someone to have done it ("suspected of the", "convicted of"): rule "held-to act",
   * an act someone is suspected, accused or convicted of was done before the news of the sentence, which dates
   * the arrest or the killing of the suspects, not the act
   */
  heldTo: string | null;
  /** words before it in its sentence open another incident ("In a separate incident, …": incident-cues.separateIncident) */
  apart: boolean;
  /** a device found or made safe (rule incident/device-found): an attempt, not a bombing */
  deviceFound: boolean;
  /** the rule that changed the kind the trigger names (TRIGGER_RECLASS_RULES), kept in the incident's merges */
  reclassedBy: string | null;
  /**
   * the place is a town written as the first word of the event's name ("the Lisbon harbour bombing", "the 2019 Oslo
   * attacks"): rule place/named-event, the place of the incident so named
   */
  namedEvent?: boolean;
  /** a written day stands before it in its own phrase ("the 5 October arrest", "the 30 October rebel attack"): the event's day, not the day
   *  something was said of it (rule incident/date-is-no-count) */
  ownDay?: boolean;
}

type Toll = Pick<CasualtyCount, 'what' | 'count' | 'rank' | 'start'> & { rule?: string };

interface Described {
  role: ParticipantRole;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** a deed noun alone ("the kidnappers"): kept only where nothing else says who did it */
  fallback?: boolean;
  /** read by a rule of blame ("blamed the army for"): said to have done it, by someone else */
  accused?: boolean;
}

interface Group {
  hits: Hit[];
  /** extra cue spans that refer to the incident ("claimed responsibility") */
  cues: { start: number; end: number; sentence: number }[];
  place: EntityMention | null;
  date: string | null;
  participants: ReadParticipant[];
  killed: number | null;
  injured: number | null;
  tolls: Toll[];
  merges: string[];
  dateExplicit: boolean;
  dateUnwritten?: boolean;
  period: Period | null;
  dateFlag: DateFlag | null;
  described: Described[];
  reference: boolean;
  /** the street its venue stands on (rule place/venue-on-its-street): one site with the venue, not a second one */
  venueStreet?: string;
  /** the day it took from the lede (rule dates/lede-day), not from a phrase of its own */
  ledeDay?: string;
  /** its place is the dateline's, given for want of one of its own (rule place/dateline-of-the-lede) */
  datelinePlaced?: true;
}

interface Period {
  iso: string;
  precision: 'month' | 'year';
}

// a comma inside a number ("12,000") is no clause break
const CLAUSE_BREAK = /,(?!\d{3}(?!\d))|[;:()—–]|\s-{1,2}\s/g;
/** A procedure word before a date; a capitalised one inside the sentence is part of a name ("Memorial Church"). */
function isProcedureBefore(c: IncidentCues, before: string, fromSentenceStart: boolean): boolean {
  const m = c.procedureBefore.exec(before);
  if (!m) return false;
  return !(/^\p{Lu}/u.test(m[0]) && !(fromSentenceStart && before.slice(0, m.index).trim() === ''));
}

/** "3 May 2015", "Aug. 5": a written date names its day even in a follow-up; "on Friday" is the article's week */
function writesDay(words: WordLists, text: string, d: { start: number; end: number; explicitYear: boolean }): boolean {
  const dayOfMonth = words.memo('incidents.dayOfMonth', () => {
    const month = `(?:${words
      .list('news.months')
      .map((m) => m.slice(0, 3))
      .join('|')})[a-z]*\\.?`;
    return new RegExp(
      `\\b${month}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}|\\b\\d{1,2}/\\d{1,2}\\b`,
      'i',
    );
  });
  return d.explicitYear || dayOfMonth.test(text.slice(d.start, d.end));
}

/**
 * "Friday's attacks", "last Friday's siege" (rule dates/possessive): a day in the possessive right before an incident
 * phrase (at most two words between) is that incident's own day, in a follow-up as in a report of the day; "on Friday"
 * beside it may be the day of a hearing or a statement, "Friday's" never is.
 */
function possessiveDate(text: string, d: { start: number; end: number }, h: { start: number }): boolean {
  if (d.end > h.start) return false;
  const date = text.slice(d.start, d.end);
  const between = text.slice(d.end, h.start);
  return /['’]s$/u.test(date)
    ? /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between)
    : /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between);
}

/** a verb followed by its agent ("claimed by"): a passive participle */
const PASSIVE_AGENT_AFTER = /^\s+by\b/iu;

/**
 * "The group on Saturday claimed …", "On Monday, police said …": a date right before a verb of saying or a procedure
 * is the day of that act. Not "was shot Wednesday night, police said": a comma after a date that ends a clause of
 * several words starts the closing attribution, and the date is the clause's.
 */
function isStatementDate(c: IncidentCues, text: string, s: Sentence, d: { start: number; end: number }): boolean {
  const after = text.slice(d.end, Math.min(s.end, d.end + 40));
  const m = c.procedureAfter.exec(after);
  if (!m) return false;
  // (rule dates/passive-participle-describes-the-event) "The attack on 16 December 2014, claimed by the group, …": a
  // verb of procedure followed by its agent is a participle describing the noun before the date, not a statement
  // made on that day: the date stays the event's
  if (PASSIVE_AGENT_AFTER.test(after.slice(m.index + m[0].length))) return false;
  // chrono may take the comma into the date ("Saturday,")
  if (!/^\s*,/.test(after) && !/,\s*$/.test(text.slice(d.start, d.end))) return true;
  const before = wordsBefore(text, clauseStart(text, s.start, d.start), d.start, 4);
  return before.length < 3;
}

const PASSIVE_REPORTED = /\b(?:was|were)\s+reported\s*$/i;
const CLOCK_TIME = /^\s*(?:at\s+)?(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b/i;

/**
 * A date right after a verb of saying ("police said on Friday") is the day of saying, not of the event (lex.speechBefore),
 * except by rule dates/reported-at-clock: "the shooting was reported at 7:15 p.m. Friday": a passive "reported" with a
 * time to the minute is when the event was reported to the police, minutes after it happened; a statement is not timed
 * so.
 */
function dayOfSaying(lex: IncidentLexicon, text: string, sentenceStart: number, d: { start: number; end: number }) {
  const before = text.slice(Math.max(sentenceStart, d.start - 30), d.start);
  if (!lex.speechBefore.test(before)) return false;
  return !(PASSIVE_REPORTED.test(before) && CLOCK_TIME.test(text.slice(d.start, d.end)));
}

/**
 * "Around 9:15 p.m. Monday, deputies responded to a shooting": a date that opens its sentence, set off by a comma, says
 * when the whole sentence happened (rule dates/sentence-opening); the verbs of saying after it are checked apart
 * (isStatementDate: "On Friday, police said …").
 */
function opensSentence(text: string, s: Sentence, d: { start: number; end: number }): boolean {
  return (
    /^[\s"'“‘(]*(?:\p{L}+\s+)?$/u.test(text.slice(s.start, d.start)) &&
    (/,\s*$/.test(text.slice(d.start, d.end)) || /^\s*,/.test(text.slice(d.end, d.end + 2)))
  );
}

const BY_BEFORE = /\bby\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

function clauseStart(text: string, sentenceStart: number, pos: number): number {
  let start = sentenceStart;
  const slice = text.slice(sentenceStart, pos);
  for (const m of eachMatch(CLAUSE_BREAK, slice)) start = sentenceStart + m.index + m[0].length;
  return start;
}

/**
 * Rule place/where-antecedent: "police stormed the supermarket at Porte de Vincennes, where a gunman had taken
 * shoppers hostage", "he moved to Leeds, where he was arrested". A phrase in a clause opened by a relative word of
 * place (data placeRelatives) happened at the place the clause hangs on: the place named right before its comma.
 * Not a hospital ("went to St. Charles Hospital, where staff said …": data treatmentPlaces): victims are brought
 * there after the event.
 */
function whereAntecedent(
  c: IncidentCues,
  lex: IncidentLexicon,
  idx: MentionIndex,
  sentence: number,
  text: string,
  clauseStartAt: number,
  triggerStart: number,
): EntityMention | null {
  if (!c.placeRelativeStart.test(text.slice(clauseStartAt, triggerStart))) return null;
  const comma = text.lastIndexOf(',', clauseStartAt);
  if (comma < 0) return null;
  const before = idx
    .inSentence(sentence)
    .filter(
      (em) =>
        em.entity.type === 'place' &&
        em.mention.end <= comma &&
        /^[\s"'’”)]*$/u.test(text.slice(em.mention.end, comma)),
    );
  const antecedent = before[before.length - 1];
  if (!antecedent || c.treatmentPlace.test(antecedent.entity.name)) return null;
  // a place named as background ("born in X, where …", "transported to X, where …") is no place of the event either
  return isBackgroundPlace(lex, idx, sentence, text, antecedent) ? null : antecedent;
}

function clauseEnd(c: IncidentCues, text: string, pos: number, sentenceEnd: number): number {
  const rest = text.slice(pos, sentenceEnd);
  const m = c.clauseEndAfter.exec(rest);
  return m ? pos + m.index : sentenceEnd;
}

/**
 * Rule casualty/responders-own-toll: a count of attackers or suspects a verb of killing killed, the verb's subject in
 * its clause police or troops ("police say they have killed more than 100 suspected militants"): the count is of the
 * responders' own killings (those they kill of civilians stay a toll: the harm of civilians is an attack of its own).
 */
function respondersOwnCount(
  doc: Doc,
  c: IncidentCues,
  text: string,
  s: { start: number },
  count: CasualtyCount,
): boolean {
  if (!isOn(doc.res.rules, CASUALTY_RESPONDERS_OWN_TOLL) || !isKilledBySubject(count)) return false;
  return (
    c.attackersCounted.test(text.slice(count.start, count.end)) &&
    c.responderDoerBefore.test(text.slice(clauseStart(text, s.start, count.start), count.start))
  );
}

/** the words before `pos` in its clause, nearest last; inside the `skip` spans only those `keep` accepts */
function wordsBefore(
  text: string,
  from: number,
  pos: number,
  n: number,
  skip: readonly { start: number; end: number }[] = [],
  keep: (word: string) => boolean = () => false,
): string[] {
  const words: string[] = [];
  for (const m of eachMatch(/[\p{L}\p{N}'’-]+/gu, text.slice(from, pos))) {
    const at = from + m.index;
    if (keep(m[0]) || !skip.some((d) => d.start <= at && at < d.end)) words.push(m[0]);
  }
  return words.slice(-n);
}

/** "the attack", "Monday's bombing", "two shootings" vs "attacks", "an attack"; the words of `dates` are passed over
 * (rule incident/date-is-no-count: "the 21 April bombings" is no count of bombings) */
function determinerOf(
  c: IncidentCues,
  text: string,
  from: number,
  pos: number,
  dates: readonly { start: number; end: number }[] = [],
): 'definite' | 'indefinite' | 'counted' | 'bare' {
  // the preposition a date opens with ("on 3 May") still ends the look-back, and a determiner a date's span holds
  // ("two days before the killing") is still the event word's
  const kept = (w: string) => c.determinerBarrier.test(w) || c.determiner.test(w) || c.article.test(w);
  const words = wordsBefore(text, from, pos, 4, dates, kept).reverse();
  for (const w of words) {
    // (rule incident/determiner-in-own-phrase) "killed 17 rebels in clashes": a count or determiner before a
    // preposition belongs to the noun before it, not to the trigger
    if (c.determinerBarrier.test(w)) break;
    if (c.determiner.test(w) || /['’]s$/.test(w)) return 'definite';
    if (c.article.test(w)) return 'indefinite';
    if (/^(?:19|20)\d\d$/.test(w)) continue; // "the 2017 attack"
    if (c.countWord.test(w)) return 'counted';
  }
  return 'bare';
}

function isPlural(phrase: string): boolean {
  const last = phrase.split(/\s+/).pop() ?? '';
  return /(?:[^s]s|ies|men)$/i.test(last) && !/(?:ss|us|is)$/i.test(last);
}

interface RawHit {
  start: number;
  end: number;
  kind: IncidentKind;
  cls: TriggerClass;
}

function rawTriggers(lex: IncidentLexicon, s: Sentence): RawHit[] {
  if (!lex.anyTrigger.test(s.text)) return [];
  const blocked: [number, number][] = [];
  lex.notTriggers.lastIndex = 0;
  for (const m of eachMatch(lex.notTriggers, s.text))
    blocked.push([s.start + m.index, s.start + m.index + m[0].length]);
  const found: RawHit[] = [];
  lex.triggers.forEach((rule) => {
    rule.re.lastIndex = 0;
    for (const m of eachMatch(rule.re, s.text)) {
      const start = s.start + m.index,
        end = start + m[0].length;
      if (!startsWord(s.text, m.index)) continue;
      if (blocked.some(([a, b]) => start < b && a < end)) continue;
      found.push({ start, end, kind: rule.kind, cls: rule.cls });
    }
  });
  // longest match wins; among equal spans the earlier rule (file order is priority order)
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawHit[] = [];
  for (const h of found) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

function isSpeculative(
  lex: IncidentLexicon,
  text: string,
  s: Sentence,
  h: RawHit,
  det: string,
  subjectModifierEnd: number,
): boolean {
  // (rule incident/presupposed-event) "continue to investigate the murder of", "denied any links with the bombing", "a
  // number of investigations into the killing": the trigger is the complement of a word that takes an event that
  // happened; a cue of the irrealis before that word governs the word, so only the words after it are read
  const presupposed = lex.presupposingHead.exec(text.slice(Math.max(s.start, h.start - 90), h.start));
  // (rule incident/irrealis-in-subject-modifier) "A man suspected of planning an attack was arrested": the irrealis cue
  // governs the event its subject's modifier names, not the verb the subject goes on to take
  const clause = Math.max(clauseStart(text, s.start, h.start), subjectModifierEnd);
  const cs = presupposed ? Math.max(clause, h.start - presupposed[1]!.length) : clause;
  const near = text.slice(Math.max(cs, h.start - 40), h.start);
  if (lex.irrealisNear.test(near)) return true;
  const windowStart =
    det === 'definite' ? Math.max(cs, lastWordsStart(text, cs, h.start, 4)) : Math.max(cs, h.start - 90);
  if (lex.irrealisClause.test(text.slice(windowStart, h.start))) return true;
  const after = text.slice(h.end, Math.min(s.end, h.end + 50));
  if ((det === 'definite' ? lex.irrealisAfter : lex.irrealisAfterWide).test(after)) return true;
  // "a plot to bomb", "vowed to attack": an infinitive names an intention
  if (/\bto\s+$/i.test(text.slice(Math.max(s.start, h.start - 4), h.start))) return true;
  return false;
}

function lastWordsStart(text: string, from: number, pos: number, n: number): number {
  const slice = text.slice(from, pos);
  const re = /[\p{L}\p{N}'’-]+/gu;
  const starts: number[] = [];
  for (const m of eachMatch(re, slice)) starts.push(from + m.index);
  return starts.length >= n ? starts[starts.length - n]! : from;
}

/**
 * A place the sentence names as background, not where the event happened: a biography or nationality ("born in
 * Pakistan", "citizens of Tajikistan", "on his way to Syria", data/lexicons/incident-context.json backgroundPlaceBefore),
 * a hospital or a recovery after it (incident-context.json backgroundPlaceAfter), the qualifier of an armed group's
 * name ("Al Qaeda in Yemen", "Islamic State in Iraq"), a person's home town
 * (residenceAfterName) or the town of a background site (townOfBackgroundSite).
 */
function isBackgroundPlace(
  lex: IncidentLexicon,
  idx: MentionIndex,
  si: number,
  text: string,
  em: EntityMention,
): boolean {
  const before = text.slice(Math.max(0, em.mention.start - 40), em.mention.start);
  if (lex.backgroundPlaceBefore.test(before)) return true;
  // (rule place/outside-an-area) "the worst attack outside Chechnya": a country or region after "outside" is where the
  // event was not; "a bomb outside Lahore" is still by the town
  const kind = em.entity.type === 'place' ? em.entity.placeKind : null;
  if ((kind === 'country' || kind === 'region') && lex.areaExclusionBefore.test(before)) return true;
  // (rule place/treated-there) "died at Providence Sacred Heart Medical Center", "is in Jacksonville recovering after
  // being shot": a place that begins a hospital's name, or where the victim is recovering, is where the wounded were
  // treated, not where they were hurt
  if (lex.backgroundPlaceAfter.test(text.slice(em.mention.end, em.mention.end + 80))) return true;
  if (residenceAfterName(idx, si, text, em) || townOfBackgroundSite(lex, idx, si, text, em)) return true;
  // only an armed group: "an attack on the embassy in Kabul" places the event where its target is
  return idx
    .inSentence(si)
    .some(
      (m) =>
        orgKind(m) === 'armed_group' &&
        m.mention.end <= em.mention.start &&
        /^\s+(?:in|of)\s+(?:the\s+)?$/.test(text.slice(m.mention.end, em.mention.start)),
    );
}

/**
 * Rule incidents/responder-of-the-cue: an agency is a responder where the response cue ("leading the investigation",
 * "investigators", "manhunt") speaks of it: the agency is its subject or premodifier ("FBI investigators", "the FBI is
 * investigating"), its agent or partner after it ("the investigation by the FBI", "leading the investigation, working
 * alongside MI5"), or listed with one of those. Not any agency of the sentence: in "May said the analysis centre had
 * raised the threat level because investigators could not rule out a network" the centre only decided the threat level.
 */
function agenciesOfCue(
  cues: IncidentCues,
  idx: MentionIndex,
  si: number,
  text: string,
  cueStart: number,
  cueEnd: number,
): EntityMention[] {
  const agencies = idx
    .inSentence(si)
    .filter((em) => em.entity.type === 'organization' && em.entity.kind === 'agency')
    .sort((a, b) => a.mention.start - b.mention.start);
  const out: EntityMention[] = [];
  // before the cue, nearest first: the subject, then the agencies listed before it
  let next = cueStart;
  let glue = cues.agencyBeforeCue;
  for (const em of agencies.filter((x) => x.mention.end <= cueStart).reverse()) {
    const between = text.slice(em.mention.end, next);
    if (em.entity.id === out[out.length - 1]?.entity.id && /^\s*,?\s*$/.test(between)) {
      next = em.mention.start; // "the Security Service, MI5": one agency named twice
      continue;
    }
    if (!glue.test(between)) break;
    out.push(em);
    next = em.mention.start;
    glue = cues.agencyListGlue;
  }
  // after the cue: its agent or partner, then the agencies listed after it
  let prev = cueEnd;
  glue = cues.agencyAfterCue;
  for (const em of agencies.filter((x) => x.mention.start >= cueEnd)) {
    const between = text.slice(prev, em.mention.start);
    if (em.entity.id === out[out.length - 1]?.entity.id && /^\s*,?\s*(?:\(\s*)?$/.test(between)) {
      prev = em.mention.end;
      continue;
    }
    if (!glue.test(between)) break;
    out.push(em);
    prev = em.mention.end;
    glue = cues.agencyListGlue;
  }
  return out;
}

/**
 * Rule incident/capture-of-a-person (the test the veto reads): what a capture verb acts on is a person when its passive
 * subject ("Marcus Pellow, 31, was captured", "the suspect was apprehended") or its object ("police captured the
 * gunman", "officers apprehended X") is a named person or a noun of people, within a few words of it.
 */
function capturesPerson(
  cues: IncidentCues,
  idx: MentionIndex,
  s: Sentence,
  text: string,
  start: number,
  end: number,
): boolean {
  const from = Math.max(s.start, start - 100);
  const before = text.slice(from, start);
  const person = (em: EntityMention) => em.entity.type === 'person';
  if (cues.passiveEnd.test(before)) {
    if (idx.within(s.index, from, start).some(person)) return true;
    if (cues.personNoun.test(before)) return true;
  }
  // "guerrillas captured two soldiers": what attackers capture is a kidnapping's or a battle's, not an arrest
  const subject = text.slice(clauseStart(text, s.start, start), start);
  if (cues.attackerNouns.test(subject) || idx.within(s.index, from, start).some((em) => orgKind(em) === 'armed_group'))
    return false;
  const after = text.slice(end, Math.min(s.end, end + 50));
  const object = idx.within(s.index, end, Math.min(s.end, end + 50)).find(person);
  if (object && /^\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(end, object.mention.start)))
    return true;
  return cues.personNounAfter.test(after);
}

/**
 * Rule place/home-town-of-the-harmed: "charged in the shooting death of a Minnetonka teen" (a headline: "Death Of
 * Minnetonka Teen"), "the killing of an Ocoee
 * boy": a town between "of a" and a noun for a person by where they live (data/lexicons/incident-context.json
 * homeTownBefore, residentNounsAfterTown) says where the person lived, as "Jane Roe of Millbrook" does, not where the
 * incident was; the article's other words place it.
 */
function homeTownOfTheHarmed(lex: IncidentLexicon, text: string, start: number, end: number): boolean {
  return (
    lex.homeTownBefore.test(text.slice(Math.max(0, start - 30), start)) &&
    lex.residentNounAfter.test(text.slice(end, end + 20))
  );
}

/**
 * Rule place/residence-after-name: "the shooter, John Doe of Millbrook", "Jane Roe of Millbrook died": a place written
 * right after a person's name with "of" is where that person lives (news style for a home town), not where the
 * event happened.
 */
function residenceAfterName(idx: MentionIndex, si: number, text: string, em: EntityMention): boolean {
  return idx
    .inSentence(si)
    .some(
      (m) =>
        m.entity.type === 'person' &&
        m.mention.end <= em.mention.start &&
        /^\s+of\s+$/.test(text.slice(m.mention.end, em.mention.start)),
    );
}

/**
 * Rule place/town-of-background-site: "taken to Magnolia Regional Medical Center in Magnolia", "flown to Regions
 * Hospital, St. Paul", "died at a hospital in Evansville": the town written right after a background site is as much
 * background as the site. A site is background when it is a hospital (one of its head words, data/lexicons/
 * incident-context.json hospitalHeads, right before "in": "Memorial Hospital in", "a clinic in"), or when a
 * backgroundPlaceBefore cue leads to it (a place of kind site, or a body's name: "Magnolia Regional Medical Center",
 * with "in" or a comma before the town). So too the area written after a home town (rule place/area-of-a-home-town): "the engineer, who
 * comes from Llanfair in northern Wales, was seized in Tbilisi": the region or country a background place of any
 * kind lies in ("in northern Wales", "in Wales", ", Wales") is as much background as the place.
 */
function townOfBackgroundSite(
  lex: IncidentLexicon,
  idx: MentionIndex,
  si: number,
  text: string,
  em: EntityMention,
): boolean {
  if (lex.hospitalBefore.test(text.slice(Math.max(0, em.mention.start - 40), em.mention.start))) return true;
  // a region or country after any background place: the area of a home town (a town after a background town, "on
  // their way to the airport in the capital", may still be the scene)
  const area = em.entity.type === 'place' && (em.entity.placeKind === 'region' || em.entity.placeKind === 'country');
  const site = idx
    .inSentence(si)
    .find(
      (m) =>
        ((m.entity.type === 'place' && (m.entity.placeKind === 'site' || area)) || m.entity.type === 'organization') &&
        m.mention.end <= em.mention.start &&
        /^(?:\s+in|\s*,)\s+(?:\p{Ll}+ern\s+)?$/u.test(text.slice(m.mention.end, em.mention.start)),
    );
  return !!site && lex.backgroundPlaceBefore.test(text.slice(Math.max(0, site.mention.start - 40), site.mention.start));
}

function isPersonOrOrg(em: EntityMention): boolean {
  return em.entity.type === 'person' || em.entity.type === 'organization';
}

function orgKind(em: EntityMention): string | null {
  return em.entity.type === 'organization' ? em.entity.kind : null;
}

/** the sentence's words as the case-sensitive checks should read them: folded to lower case when it is all capitals */
function foldCaps(sentence: string): (x: string) => string {
  const caps = /\p{Lu}{2}/u.test(sentence) && !/\p{Ll}/u.test(sentence);
  return caps ? (x) => x.toLowerCase() : (x) => x;
}

/** after a name an accusing verb points at: "… of", "… for", "… responsible" (a bracketed gloss or an apposition between) */
const ACCUSED_FOR = /^(?:\s*[[(][^\])]{0,80}[\])])?(?:\s*,[^,.;]{0,60},)?\s+(?:of|for|responsible)\b/i;

/**
 * (rule incidents/accused-before-name) the accusing verb that ends where a name starts ("accused the ", "hold the "):
 * matched over text that runs on past the name, since a verb read only with "responsible" after the name says so by a
 * lookahead ("hold(?=… responsible)"), and text cut at the name's start never holds that word
 */
function accusedBefore(
  cues: IncidentCues,
  text: string,
  from: number,
  at: number,
  to: number,
): RegExpMatchArray | null {
  for (const m of eachMatch(cues.accusedBefore, text.slice(from, to)))
    if (m.index + m[0].length === at - from) return m;
  return null;
}

/**
 * "guerrillas of the <Front>", "alleged members of the <Front>", "rebels belonging to the <Front>" (rule
 * perpetrator/belong-to-group): the organisation named right after the phrase
 */
function memberOfGroup(
  roles: RoleCues,
  idx: MentionIndex,
  sentence: number,
  text: string,
  end: number,
): EntityMention | undefined {
  const of = roles.groupLinkAfter.exec(text.slice(end, end + 40));
  if (!of) return undefined;
  return idx
    .inSentence(sentence)
    .find((m) => m.entity.type === 'organization' && m.mention.start === end + of[0].length);
}

/**
 * (rule incidents/attackers-own-force) Whether `group`, named right after the perpetrator phrase `rp` as the body its
 * people are of, is a state force whose men the phrase calls attackers ("the killers were members of the police").
 */
function isAttackersForce(
  rules: Doc['res']['rules'],
  roles: RoleCues,
  rp: { role: ParticipantRole; text: string },
  group: EntityMention,
): boolean {
  return (
    rp.role === 'perpetrator' &&
    orgKind(group) === 'agency' &&
    roles.agentHead.test(rp.text) &&
    isOn(rules, INCIDENTS_ATTACKERS_OWN_FORCE)
  );
}

/**
 * (rule perpetrator/unit-of-group) The armed group a body is written as a unit of: a body whose name ends in a unit's
 * head word (incident-roles.unitOfGroupNouns: "front", "cell", "command") and that one of its mentions ties by "of"
 * to an armed group named right after it ("the XXII Front of the FARC", "the Mandela Cell of the ELN's Camilist
 * Union"); undefined for any other body.
 */
function groupOfUnit(
  words: Doc['res']['words'],
  idx: MentionIndex,
  text: string,
  unit: NamedEntity,
): EntityMention | undefined {
  if (unit.type !== 'organization') return undefined;
  const last = /[\p{L}]+$/u.exec(unit.name)?.[0]?.toLowerCase() ?? '';
  if (!words.set('incident-roles.unitOfGroupNouns').has(last)) return undefined;
  for (const m of unit.mentions) {
    const of = /^\s+of\s+(?:the\s+)?/iu.exec(text.slice(m.end, m.end + 12));
    if (!of) continue;
    const parent = idx
      .inSentence(m.sentence)
      .find(
        (em) => em.entity.id !== unit.id && orgKind(em) === 'armed_group' && em.mention.start === m.end + of[0].length,
      );
    if (parent) return parent;
  }
  return undefined;
}

/**
 * (rule perpetrator/group-named-unit) The armed group whose name (or an alias) opens a unit's name, the unit's head
 * word after it ("ELN Cell", "Shining Path Columns"), as the article names the group itself: its first mention;
 * undefined for any other body.
 */
function groupNamingUnit(
  words: Doc['res']['words'],
  entities: readonly NamedEntity[],
  unit: NamedEntity,
): EntityMention | undefined {
  if (unit.type !== 'organization') return undefined;
  const m = /^(.+?)\s+([\p{L}]+)$/u.exec(unit.name.trim());
  if (!m) return undefined;
  const last = m[2]!.toLowerCase();
  const units = words.set('incident-roles.unitOfGroupNouns');
  if (!units.has(last) && !(last.endsWith('s') && units.has(last.slice(0, -1)))) return undefined;
  const lead = m[1]!.toLowerCase();
  const group = entities.find(
    (e) =>
      e.id !== unit.id &&
      e.type === 'organization' &&
      e.kind === 'armed_group' &&
      e.mentions.length > 0 &&
      [e.name, ...(e.aliases ?? [])].some((a) => a.toLowerCase() === lead),
  );
  return group ? { entity: group, mention: group.mentions[0]! } : undefined;
}

/** a person named right after a body, with only title words between ("MNR leader X", "PU assistant secretary X") */
function titleOfPersonAfter(idx: MentionIndex, sentence: number, text: string, em: EntityMention): boolean {
  const next = idx.within(sentence, em.mention.end, em.mention.end + 50).find((m) => m.entity.type === 'person');
  return !!next && /^\s+(?:[\p{L}.'’-]+\s+){1,4}$/u.test(text.slice(em.mention.end, next.mention.start));
}

/**
 * ", the Tunisian man wanted over the attack," right after a name, closed by a comma with a verb of the sentence's
 * incidents right after it: the span of the apposition(s) (up to three), or null when none closes that way
 */
function appositionAfter(
  text: string,
  from: number,
  sentenceEnd: number,
  hits: readonly Hit[],
): { start: number; end: number } | null {
  const m = /^\s*,(?:[^,.;]{1,120},){1,3}/u.exec(text.slice(from, sentenceEnd));
  if (!m) return null;
  let end = from + m[0].indexOf(',') + 1;
  for (let i = 0; i < 3; i++) {
    const next = text.indexOf(',', end);
    if (next < 0 || next >= from + m[0].length) break;
    end = next + 1;
    const close = end;
    if (hits.some((h) => h.verbal && h.start >= close && h.start <= close + 25)) return { start: from, end: close };
  }
  return null;
}

/**
 * (rule incidents/title-before-name) "PDC leader Danilo Barillas", "former defence minister Enrique Lopez": a role
 * phrase that ends in a person noun with a person's name right after it, nothing but spaces between, is that person's
 * title; the phrase names the person, not other people besides them. News writes a title before the name without a
 * comma; a comma ("two reporters, A and B") opens a list or an apposition and is not read here.
 */
function personTitled(
  idx: MentionIndex,
  titles: ReadonlySet<string>,
  sentence: number,
  text: string,
  phrase: { text: string; end: number },
): EntityMention | undefined {
  const people = idx.inSentence(sentence).filter((m) => m.entity.type === 'person');
  // (rule incidents/title-words-before-name) "Police Constable Keith Palmer", "teacher Sergeant Ana Ruiz": title words
  // (data/gazetteers/titles.json) may stand between the phrase and the name, alone or read on from the phrase's end
  const gap = /^[ \t]+(?:[\p{L}.'’-]+[ \t]+){0,3}/u.exec(text.slice(phrase.end, phrase.end + 60));
  if (!gap) return undefined;
  const lastWord = phrase.text.split(/\s+/u).pop()!.toLowerCase();
  return people.find((m) => {
    const between = m.mention.start - phrase.end;
    if (between < 1 || between > gap[0].length || !/^[ \t]+$/u.test(text.slice(m.mention.start - 1, m.mention.start)))
      return false;
    const words = text.slice(phrase.end, m.mention.start).trim().toLowerCase();
    return !words || titles.has(words) || titles.has(`${lastWord} ${words}`);
  });
}

/**
 * (rule incidents/description-apposed-to-name) "the cafe's manager, Tori Johnson, 34", "Ana Ruiz, 38, a lawyer and
 * mother of two": a description set off by a comma right before a person's name, or after the name (and an age) with an
 * article of its own, is an apposition: it says who that person is, not that someone else was harmed too; the person is the one harmed. A list goes on
 * with "and" after the comma ("X, and a driver") and is not read here.
 */
function apposedPerson(
  idx: MentionIndex,
  countOpening: RegExp,
  sentence: number,
  text: string,
  start: number,
  end: number,
): EntityMention | undefined {
  return idx.inSentence(sentence).find((m) => {
    if (m.entity.type !== 'person') return false;
    // before the name, one person only: "two reporters, A and B" are the people the list goes on to name
    if (m.mention.start >= end)
      return /^\s*,\s*$/u.test(text.slice(end, m.mention.start)) && !countOpening.test(text.slice(start, end));
    if (m.mention.end <= start)
      return /^\s*,(?:\s*\d{1,3}\s*,)?\s*(?:a|an|the)\s+(?:[\p{L}'’-]+\s+and\s+)?$/iu.test(
        text.slice(m.mention.end, start),
      );
    return false;
  });
}

/**
 * vetoes that set an incident word aside as standing for many events (rule incidents/claim-of-set-aside-events); not a
 * speculation, which may be about someone's fate beside a claim about the incident ("X, believed to have been killed in
 * Syria, was convicted")
 */
const GENERALIZING_VETOES: ReadonlySet<string> = new Set([
  'incident/counted-statistic',
  'incident/running-total',
  'incident/approximate-count',
  'incident/event-series',
  'incident/perfect-tally',
  'incident/people-at-large',
  'incident/habitual-deed',
]);

/** vetoes that read a verb of harm as a tally of many events, not one (rule incidents/tally-roles-set-aside) */
const TALLY_VETOES: ReadonlySet<string> = new Set(['incident/mass-toll', 'incident/perfect-tally']);
const TALLY_VETO_RULES = TRIGGER_VETO_RULES.filter((r) => TALLY_VETOES.has(r.id));

/**
 * (rule incidents/pronoun-subject-previous-person) A name slot that is only a personal pronoun opening its sentence
 * ("He was arrested in the capital", "She was shot dead", incident-roles.subjectPronouns): news writing uses it for the
 * person the text has just been about. It stands for the one named person of the sentence before, when that sentence
 * names exactly one (one entity, however often named); two people there, or none, leave it unresolved.
 */
function pronounSubjectPerson(
  idx: MentionIndex,
  pronouns: ReadonlySet<string>,
  text: string,
  s: { index: number; start: number },
  phrase: { start: number; text: string },
): EntityMention | undefined {
  if (s.index === 0 || !pronouns.has(phrase.text.toLowerCase())) return undefined;
  // the pronoun opens the sentence (a quotation mark may come first): a pronoun later on is as often another's
  if (!/^\s*["“]?$/u.test(text.slice(s.start, phrase.start))) return undefined;
  const people = idx.inSentence(s.index - 1).filter((m) => m.entity.type === 'person');
  return new Set(people.map((m) => m.entity.id)).size === 1 ? people[0] : undefined;
}

/**
 * (rule incidents/pronoun-object-antecedent) The person an object pronoun of a harm verb stands for ("shot him"): the
 * person named last before it in its sentence, when a clause break stands between them (with none, that person is the
 * verb's subject: "X shot him"); with no person before it in its sentence, the one person the sentence before names.
 * Never one a perpetrator phrase holds (the attacker is not the one harmed).
 */
function pronounObjectPerson(
  idx: MentionIndex,
  cues: Pick<RoleCues, 'clauseBreak' | 'personNounAll'>,
  text: string,
  s: { index: number; start: number },
  phrase: { start: number },
  perpetrators: { here: readonly RolePhrase[]; before: readonly RolePhrase[] },
): EntityMention | undefined {
  const held = (m: EntityMention, ps: readonly RolePhrase[]) =>
    ps.some((p) => m.mention.start >= p.start - 4 && m.mention.end <= p.end);
  const earlier = idx
    .inSentence(s.index)
    .filter((m) => m.entity.type === 'person' && m.mention.end <= phrase.start)
    .sort((a, b) => a.mention.start - b.mention.start);
  const last = earlier[earlier.length - 1];
  // a person noun in an earlier clause after the last name is the nearer antecedent ("they disarmed one of the
  // guards and killed him"): it stands for someone described, not named
  cues.personNounAll.lastIndex = 0;
  let described = -1;
  for (const m of eachMatch(cues.personNounAll, text.slice(s.start, phrase.start))) {
    const end = s.start + m.index + m[0].length;
    if (cues.clauseBreak.test(text.slice(end, phrase.start))) described = end;
  }
  if (described > (last?.mention.end ?? -1)) return undefined;
  if (last)
    return cues.clauseBreak.test(text.slice(last.mention.end, phrase.start)) && !held(last, perpetrators.here)
      ? last
      : undefined;
  if (s.index === 0) return undefined;
  const people = idx.inSentence(s.index - 1).filter((m) => m.entity.type === 'person');
  const one = new Set(people.map((m) => m.entity.id)).size === 1 ? people[0] : undefined;
  return one && !people.some((m) => held(m, perpetrators.before)) ? one : undefined;
}

/**
 * (rule incidents/machine-owner-previous-subject) The organisation a sentence opens with, its subject ("The Ruritanian
 * Army admitted …"): named first in it, nothing but "the" (or a quotation mark) before it.
 */
function previousSubjectBody(
  idx: MentionIndex,
  text: string,
  before: { index: number; start: number } | undefined,
): EntityMention | undefined {
  if (!before) return undefined;
  const first = [...idx.inSentence(before.index)].sort((a, b) => a.mention.start - b.mention.start)[0];
  if (!first || first.entity.type !== 'organization') return undefined;
  return /^\s*["“]?(?:the\s+)?$/iu.test(text.slice(before.start, first.mention.start)) ? first : undefined;
}

// a possessive right after a name, and more of the phrase after it ("'s husband"): the name is a possessor
const POSSESSOR_IN_PHRASE = /^['’]s?\s+\p{L}/iu;

// a name's words: letters, an apostrophe or a hyphen inside ("O'Brien", "Gomez-Serna")
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * (rule incidents/unread-victim-name) The person's name at the end of a victim's name slot: from its first given name
 * (data/gazetteers/given-names*.json) to the slot's end, two to five capitalised words; null when the slot ends in no
 * such name ("the local Red Cross", "two domestics").
 */
function unreadPersonName(
  givenNames: ReadonlySet<string>,
  notNameWords: ReadonlySet<string>,
  saints: ReadonlySet<string>,
  targetNoun: RegExp,
  rp: RolePhrase,
): RolePhrase | null {
  const words = [...eachMatch(/[^\s.,;:()]+/gu, rp.text)];
  for (let i = 0; i < words.length - 1; i++) {
    if (!givenNames.has(words[i]![0].toLowerCase())) continue;
    // "San Isidro Highway", "Santa Ana": a saint's name after its prefix opens a place
    if (saints.has(words[i]![0].toLowerCase()) || (i > 0 && saints.has(words[i - 1]![0].toLowerCase()))) return null;
    const name = words.slice(i);
    // "the Hercules plane": a name that ends in a noun of the harmed is what it names, no person
    if (targetNoun.test(name[name.length - 1]![0])) return null;
    // a place's head ("highway", "department"), a verb or a pronoun is in no person's name
    if (name.length > 5 || !name.every((w) => NAME_WORD.test(w[0]) && !notNameWords.has(w[0].toLowerCase())))
      return null;
    const from = words[i]!.index,
      to = words[words.length - 1]!.index + words[words.length - 1]![0].length;
    return {
      ...rp,
      start: rp.start + from,
      end: rp.start + to,
      text: rp.text.slice(from, to),
      needsEntity: false,
      rule: `${rp.rule}+unread-name`,
    };
  }
  return null;
}

/** (rule incidents/charged-act-suspects) role rules whose phrase a charge, a suspicion or an arrest holds to have done the act */
const CHARGED_SUSPECT_RULES: ReadonlySet<string> = new Set(['role.suspected-of', 'role.arrested-for']);

/** role rules whose phrase is the dead an "of" phrase names ("the body of X", "the bodies of three farmers") */
const DEAD_OF_RULES: ReadonlySet<string> = new Set(['role.dead-of', 'role.named-dead-of']);

/** role rules whose phrase is the subject that suffered a harm verb ("X was wounded", "X died", "X and Y were killed"), or the dead an "of" phrase names ("the bodies of X and Y were found") */
const HARMED_SUBJECT_RULES: ReadonlySet<string> = new Set([
  'role.passive-subject',
  'role.named-passive-subject',
  'role.gapped-passive-subject',
  'role.named-gapped-passive-subject',
  'role.died',
  'role.named-died',
  'role.there-were-harmed',
  'role.harmed-subject',
  'role.named-harmed-subject',
  'role.harmed-along-with',
  'role.named-harmed-along-with',
  'role.harmed-including',
  'role.named-harmed-including',
  'role.aside-breakdown-harmed',
  'role.casualty-list',
  'role.named-last-item-passive-subject',
  'role.last-item-passive-subject',
  'role.named-last-item-died',
  'role.last-item-died',
  'role.named-harmed-apposition',
  'role.harmed-apposition',
  'role.reduced-relative-harmed',
  ...DEAD_OF_RULES,
]);

/**
 * (rule incidents/orphan-unhurt-target) role rules whose phrase is one an attack was aimed at who came out unhurt ("the
 * two guards inside escaped injury", "the mayor was not hurt"): a sentence that says so after the attack, with no
 * incident word of its own, tells of the main incident's target as one that names its harmed does
 */
const UNHURT_TARGET_RULES: ReadonlySet<string> = new Set(['role.target-unharmed', 'role.named-target-unharmed']);

/** role rules whose phrase is one blamed or claiming ("accused X of", "X is responsible for"): said of the act itself */
const ATTRIBUTION_RULES: ReadonlySet<string> = new Set([
  'role.accused',
  'role.blamed',
  'role.named-blamed',
  'role.claim',
  'role.styled-name-claim',
  'role.those-responsible',
  'role.named-those-responsible',
]);

/**
 * role rules whose verb of blame names the one blamed ("accused the army of", "blamed the police for"): a state body so
 * read is said to be the doer, so it is no responder beside the other attackers (rule
 * incident-sides/state-forces-oppose-attackers, its accused-state-body exception); not role.blamed, whose agents of
 * "ordered by", "carried out by" include the orders of the response ("the deployment was ordered by the police")
 */
const ACCUSATION_RULES: ReadonlySet<string> = new Set([
  'role.accused',
  'role.implicated-in',
  'role.named-implicated-in',
]);

/** a role phrase of a sentence with no incident word: the attacker it names, for the article's main incident */
interface OrphanRole {
  role: ParticipantRole;
  em: EntityMention | undefined;
  group: EntityMention | undefined;
  described: { start: number; end: number; text: string; fallback?: boolean } | null;
  sentence: number;
  /** the role rule that read the phrase */
  rule?: string;
  /** (rule incidents/orphan-harmed) the subject of a harm verb: given after the main incident's tellings are joined */
  harmed?: boolean;
  /** (rule role.freed-held) one set free: given only to a main incident in which people are held */
  freed?: boolean;
  /** (rule incidents/orphan-harmed-force) the one harmed is a state force the text describes ("two policemen") */
  forceHarmed?: boolean;
}

/**
 * (rule incidents/roles-without-trigger) role phrases of sentences with no incident word, given to the main incident;
 * not a person another incident of the article already has ("X … was shot dead by police. … the dead man was X"):
 * the phrase says more of that incident's participant, not that X took part in the main one
 */
function attachOrphanRoles(
  main: Group,
  orphans: readonly OrphanRole[],
  kept: readonly Group[],
  harmedByResponse: ReadonlySet<string>,
  stateForceWords: RegExp,
): void {
  const opens = main.hits[0]!.sentence;
  const stateDone = doneByStateForcesOnly(main, stateForceWords);
  for (const o of orphans) {
    // what a sentence before the incident's first telling says is background, not this incident
    if (o.sentence < opens) continue;
    // (rule incidents/orphan-attackers-beside-state-doers) the incident's own tellings name state forces as the ones
    // who did it ("blames officers of the armed forces for the murder"): attackers an article only describes in a
    // sentence that names no incident ("the offensive the guerrillas launched") are background, not a side of it, and
    // would make the forces its responders (incident-sides/state-forces-oppose-attackers); unless the sentence blames
    // them or they claim it ("the mafia is responsible for the crimes")
    if (
      stateDone &&
      o.role === 'perpetrator' &&
      !o.em &&
      !o.group &&
      !ATTRIBUTION_RULES.has(o.rule?.split('+')[0] ?? '')
    ) {
      main.merges.push(
        `rule incidents/orphan-attackers-beside-state-doers: "${o.described?.text ?? ''}" from sentence ${o.sentence} not a perpetrator: the incident's own sentences name state forces as its doers`,
      );
      continue;
    }
    // (rule incidents/orphan-harmed-force) "unknown assailants hurled a grenade at a police station. Two policemen were
    // injured": police or troops harmed in a sentence with no incident word suffered the main incident, as anyone
    // else harmed does; but where the article tells of a response (an arrest, a raid, a gunfight with the attackers,
    // state forces as the incident's doers or responders) they are as often hurt in that ("an officer was hurt in the
    // arrest"), so they join only an article with none
    if (o.forceHarmed && (stateDone || responseTold(main, kept, o.sentence, stateForceWords))) continue;
    const named = o.em ?? null;
    if (named && kept.some((g) => g !== main && g.participants.some((p) => p.em.entity.id === named.entity.id)))
      continue;
    if (named && o.role === 'victim' && harmedByResponse.has(named.entity.id)) continue;
    if (named && !main.participants.some((p) => p.em.entity.id === named.entity.id))
      addParticipant(main, named, o.role, { rule: o.rule });
    if (o.group) addParticipant(main, o.group, 'perpetrator', { rule: o.rule });
    const d = o.described;
    if (d && !named && o.freed && hasVictims(main)) continue;
    if (d && !main.described.some((x) => x.role === o.role && x.text.toLowerCase() === d.text.toLowerCase()))
      main.described.push({
        role: o.role,
        text: d.text,
        start: d.start,
        end: d.end,
        sentence: o.sentence,
        ...(d.fallback ? { fallback: true } : {}),
      });
    main.merges.push(
      `${o.role} "${(named ? named.mention.text : d?.text) ?? o.group?.mention.text}" from sentence ${o.sentence}, which names no incident: the article's main incident`,
    );
  }
}

/**
 * (rule incidents/orphan-harmed-force) the article tells of a response up to a sentence: an incident of a response
 * kind (an arrest, a raid) told there or before, or state forces among the main incident's participants (as doers
 * beside the attackers, or named as responders)
 */
function responseTold(main: Group, kept: readonly Group[], upTo: number, stateForceWords: RegExp): boolean {
  if (kept.some((g) => g !== main && !isViolent(groupKind(g)) && g.hits.some((h) => h.sentence <= upTo))) return true;
  if (main.participants.some((p) => p.role === 'responder' || (p.role === 'perpetrator' && orgKind(p.em) === 'agency')))
    return true;
  return main.described.some((d) => d.role !== 'victim' && stateForceWords.test(d.text.trim()));
}

/**
 * the incident's own sentences name doers and every one is a state force: a body of kind agency, or police or troops
 * the text describes ("two officers", "the armed forces")
 */
function doneByStateForcesOnly(g: Group, stateForceWords: RegExp): boolean {
  const named = g.participants.filter((p) => p.role === 'perpetrator');
  const described = g.described.filter((d) => d.role === 'perpetrator');
  if (!named.length && !described.length) return false;
  return named.every((p) => orgKind(p.em) === 'agency') && described.every((d) => stateForceWords.test(d.text.trim()));
}

/**
 * (rule role.freed-held) "Rebels kidnapped two engineers … the engineers were released": people set free whom the text
 * only describes are the people held that the incident already names or describes, no one more; they stand as its
 * victims only where it has none
 */
function hasVictims(g: {
  participants: readonly { role: ParticipantRole }[];
  described: readonly Described[];
}): boolean {
  return g.participants.some((p) => p.role === 'victim') || g.described.some((d) => d.role === 'victim');
}

/** between a group's name and the attacker phrase it qualifies: a possessive, a bracketed gloss ("the Front (FMLN) rebels") */
const GROUP_BEFORE_GAP = /^(?:['’]s)?[\])]?(?:\s*[[(][^\])]{0,80}[\])])?\s+$/u;

// the rest of a bracketed gloss a name stands in ("ESA) has claimed"), a gloss, a closing quote
const GLOSS_REST = /^[^[\]()]{0,80}[\])]/u;
const GLOSS = /\s*[[(][^\])]{0,80}[\])]/gu;
const GLOSS_OPEN = /^["”]?\s*[[(][^\])]{0,80}$/u;
// between an attacker noun and the body they belong to ("gunmen of the ", "terrorists from the ")
const ATTACKERS_OF = /^\s*,?\s+(?:of|from)\s+(?:the\s+)?$/u;
// an apposition opened after a name (", a network linked to ", ", one of the groups of ") and closed before the verb
const APPOSITION_OPEN = /^\s*,\s*(?:an?|the|one\s+of\s+the)\s[^,;:.()[\]]{0,60}$/iu;
const APPOSITION_CLOSE = /^[^,;:.()[\]]{0,30},\s*$/u;
// (rule incidents/bracket-label) a name alone in square brackets after a boundary (the text's or a sentence's start,
// another bracket, a colon, a dash) and before another bracket or an article: a transcript's byline or speaker tag
// ("-- [REPORT] [JANE ROE] [TEXT] AN ATTACK …", ".  [ROE] THE BOMB …"), not a word of the clause after it
const LABEL_OPEN = /(?:[.!?:\]\n]|--)\s*\[\s*$/u;
const LABEL_OPENS_TEXT = /^\s*\[\s*$/u;
const LABEL_CLOSE = /^\s*\](?:\s*\[[^\]]{0,40}\])*\s+(?:\[|(?:a|an|the)\s)/iu;

/** (rule incidents/bracket-label) the mention is a byline or a speaker tag of a transcript */
export function isBracketLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const opened = LABEL_OPEN.test(before) || (start <= 80 && LABEL_OPENS_TEXT.test(before));
  return opened && LABEL_CLOSE.test(text.slice(end, end + 120));
}

/**
 * (rule incidents/subject-gloss) The subject of a verb among the names before it, and the words between once glosses
 * are set aside: news glosses a group's name in brackets and quotes it ('the "Patriotic Front" [Frente Patriotico]
 * bombed', '"Secret Army" (ESA) has claimed'), so the last name before the verb may be the gloss itself. The name
 * glossed is the subject where it is a person or group; else the gloss (an acronym the name-finder kept alone).
 */
function subjectBefore(
  text: string,
  names: readonly EntityMention[],
  end: number,
  labelsAreNoSubject: boolean,
): { em: EntityMention; between: string } | undefined {
  let em = names[names.length - 1];
  if (!em) return undefined;
  const prev = names[names.length - 2];
  if (
    GLOSS_REST.test(text.slice(em.mention.end, end)) &&
    prev &&
    GLOSS_OPEN.test(text.slice(prev.mention.end, em.mention.start))
  )
    em = prev;
  // (rule incidents/subject-apposition) "X, a militant network linked to Y, was behind": a name inside an apposition
  // that renames the one before it (a comma, a determiner, no clause of its own), closed by a comma before the verb,
  // only describes the subject; the subject is the name renamed
  const inner = em;
  const renamed = names
    .slice(0, names.indexOf(inner))
    .findLast(
      (n) =>
        n.entity.id !== inner.entity.id &&
        APPOSITION_OPEN.test(text.slice(n.mention.end, inner.mention.start)) &&
        APPOSITION_CLOSE.test(text.slice(inner.mention.end, end)),
    );
  // the words between are those after the apposition: the subject stands right before them
  const from = em.mention.end;
  if (renamed) em = renamed;
  if (labelsAreNoSubject && isBracketLabel(text, em.mention.start, em.mention.end)) return undefined;
  const between = text.slice(from, end).replace(GLOSS_REST, ' ').replace(GLOSS, ' ').replace(/["”]/gu, ' ');
  return { em, between: between.replace(/^\s+/u, ' ').replace(/\s+$/u, ' ') };
}

/**
 * "FMLN guerrillas", "the Farabundo Marti National Liberation Front [FMLN] urban commandos": the armed group named
 * right before an attacker phrase (outside it, where a bracket cut the phrase) is the group they belong to.
 */
function groupNamedBefore(idx: MentionIndex, sentence: number, text: string, start: number): EntityMention | undefined {
  return idx
    .inSentence(sentence)
    .filter(
      (m) =>
        orgKind(m) === 'armed_group' &&
        m.mention.end <= start &&
        GROUP_BEFORE_GAP.test(text.slice(m.mention.end, start)),
    )
    .pop();
}

/**
 * "FMLN urban commandos", "Shining Path terrorists": a phrase that holds a group's name and ends in an attacker
 * noun describes the people who did it as well as naming their group; both are kept. A phrase that is only the
 * name ("the Front") or a named person keeps the name alone.
 */
function describesBeyondName(
  roles: ReturnType<typeof roleCuesOf>,
  rp: { role: ParticipantRole; end: number; text: string },
  em: EntityMention | undefined,
): boolean {
  if (!em || rp.role !== 'perpetrator' || em.entity.type !== 'organization') return false;
  // (rule incidents/group-members-described) "alleged Shining Path members": the group's people, as described
  return (
    em.mention.end < rp.end &&
    (roles.agentHead.test(rp.text) || (orgKind(em) === 'armed_group' && roles.memberHead.test(rp.text)))
  );
}

export function findIncidents(doc: Doc, entities: NamedEntity[]): IncidentEntity[] {
  const lex = doc.res.incidents;
  const cues = incidentCuesOf(doc.res.words);
  const text = doc.text;
  const idx = new MentionIndex(entities);
  const { anchor, dateline } = articleAnchor(doc);
  const placeMentions = entities.flatMap((e) =>
    e.type === 'place' ? e.mentions.map((m) => ({ entity: e, mention: m })) : [],
  );
  // (rule place/dateline-first-name) "ROCHESTER, N.H.", "PARAMARIBO, Surinam": the dateline's place is the first name
  // it writes, the town; the state or country after the comma only says where the town is (the entities come in the
  // order the text first names them, so a headline's "New Hampshire" would otherwise come before the town)
  const outerDateline = dateline
    ? placeMentions
        .filter((em) => em.mention.start >= dateline.placeStart && em.mention.end <= dateline.placeEnd)
        .sort((a, b) => a.mention.start - b.mention.start)[0]
    : undefined;
  const datelinePlace = (dateline && innerDateline(text, dateline.end, placeMentions)) || outerDateline;
  const home: Home = {
    ids: new Set(),
    countries: new Set(),
    points: [],
    within: placesWrittenWithin(text, entities),
    headline: headlineSentences(doc, dateline),
    text,
    pointBefore: cues.referencePointBefore,
    townBefore: cues.settlementOfBefore,
    compassBefore: new RegExp(`\\b(?:${[...doc.res.words.set('mentions.directionalPrefixes')].join('|')})\\s+$`),
    rules: doc.res.rules,
  };
  if (datelinePlace && datelinePlace.entity.type === 'place') {
    home.ids.add(datelinePlace.entity.id);
    if (datelinePlace.entity.country) home.countries.add(datelinePlace.entity.country);
    if (datelinePlace.entity.lat !== null && datelinePlace.entity.lon !== null)
      home.points.push({ lat: datelinePlace.entity.lat, lon: datelinePlace.entity.lon });
  }
  // (rule place/dateline-abroad) a bureau abroad files the news of the country it covers
  const abroad =
    dateline && datelinePlace?.entity.type === 'place' && datelinePlace.entity.country
      ? countryAbroad(
          text,
          dateline.end,
          datelinePlace.entity.country,
          entities,
          doc.res.gazetteer.demonyms,
          doc.res.words.set('english.verbAndFunctionWords'),
          doc.res.words.set('incident-cues.homeBoundNouns'),
          // (rule place/premises-owner-abroad)
          isOn(doc.res.rules, PLACE_PREMISES_OWNER_ABROAD)
            ? { after: cues.premisesAfter, before: cues.premisesBefore }
            : undefined,
        )
      : null;
  const sentenceGroups = new Map<number, Group[]>();
  // a sports report: the title, or one of the text's first lines, opens with a sport's desk slug ("SOCCER - …")
  const sportReport = [doc.input.title ?? '', ...text.split('\n', 3)].some((line) => cues.sportDeskLine.test(line));
  // (rule incident/ordinary-crime-arrest) the headline: the title, else the text's first sentence
  const headline =
    doc.input.title ?? (doc.sentences[0] ? text.slice(doc.sentences[0].start, doc.sentences[0].end) : '');
  // (rule incident/history-digest) an almanac piece lists what happened on a day in past years, one item a line
  // ("1940 - The Blitz began"): from its first item on, nothing is news of the day
  const historyItems = [...eachMatch(cues.historyItemLine, text)];
  const historyDigestFrom = historyItems.length >= HISTORY_DIGEST_ITEMS ? historyItems[0]!.index : Infinity;
  const roles = roleCuesOf(doc.res);
  const stateForceWords = describedStateForce(doc.res.words);
  const titles = doc.res.names.titles.set;
  const countOpening = doc.res.words.memo(
    'incidents.countOpening',
    () =>
      new RegExp(
        `^(?:\\d|(?:${doc.res.words.alt('incident-roles.listItemCounts')}|${doc.res.words.alt('incident-roles.objectQuantifiers')})(?![\\p{L}]))`,
        'iu',
      ),
  );
  // (rule incidents/unread-victim-name) words no person's name holds, and the saint prefixes that open place names
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const notNameWords = lower(
    (['siteHeads', 'regionHeads', 'streetHeads', 'capsRunWords'] as const).flatMap((k) =>
      doc.res.words.list(`entities.${k}`),
    ),
  );
  const saintPrefixes = lower(doc.res.words.list('entities.saintPrefixes'));
  const subjectPronouns = doc.res.words.set('incident-roles.subjectPronouns');
  const passiveVerbBefore = doc.res.words.memo(
    'incidents.passive-verb-before',
    () =>
      new RegExp(
        `(?<![\\p{L}])(?:${alternatives(doc.res.words.list('incident-roles.passiveAuxiliaries'))})\\s+(?:[\\p{L}]+ly\\s+)?$`,
        'iu',
      ),
  );
  /** where an earlier event word of the clause ends when the trigger is the passive verb of the clause's subject */
  const subjectModifierEnd = (raws: readonly RawHit[], i: number, cs: number): number => {
    const prev = raws
      .slice(0, i)
      .filter((r) => r.start >= cs)
      .pop();
    return prev && passiveVerbBefore.test(text.slice(prev.end, raws[i]!.start)) ? prev.end : -1;
  };
  const frames = frameCuesOf(doc.res.words);
  const ledeDates: (ReturnType<typeof datesIn>[number] & { sentence: number })[] = [];
  const claims: {
    sentence: number;
    start: number;
    end: number;
    em: EntityMention;
    role: ParticipantRole;
    /** attach to the sentence's incident nearest the cue, not its first */
    nearest?: boolean;
    /** the rule that read the participant, kept on its link */
    rule?: string;
  }[] = [];
  /** "The toll later rose to 45": a revised toll in a sentence that names no incident is the main incident's */
  const revisedTolls: (Toll & { sentence: number })[] = [];
  /** "She died at the hospital": a plain count in a sentence that names no incident, the main incident's when it has no
   * count of its own (rank 0) */
  const orphanTolls: (Toll & { sentence: number })[] = [];
  /** role phrases of sentences that name no incident: the main incident's */
  const orphanRoles: OrphanRole[] = [];
  /** people a phrase names as harmed by the response ("X was shot dead by police"): no victims of the attack */
  const harmedByResponse = new Set<string>();
  /** (rule incident/accident-story) a verb of harm in the headline or lede was vetoed as an accident */
  let accidentStory = false;
  /** (rule role.named-casualty-list-anaphor) the last role phrase of the sentence before is a victim */
  let victimLast = false;
  /** (rule incidents/pronoun-subject-previous-person) the victim phrases of the sentence before */
  let victimPhrasesLast: RolePhrase[] = [];
  /** (rule incidents/pronoun-object-antecedent) the perpetrator phrases of the sentence before */
  let perpetratorPhrasesLast: RolePhrase[] = [];
  // (rule role.freed-held) kinds in which people are held (an abduction, a hostage-taking): one set free is their victim
  const heldFamilies = new Set(doc.res.words.list('incident-roles.heldFamilies'));
  const groupDeed = groupDeedCuesOf(doc.res.words);
  const agentDeed = agentDeedCuesOf(doc.res.words);
  const held = (k: IncidentKind) => heldFamilies.has(incidentFamily(k));

  for (const s of doc.sentences) {
    // in a sentence written in capitals, case tells no name from a common word: the checks below that read function
    // words ("was", "the") and lower-case words between a trigger and a name read the words folded to lower case
    const fold = foldCaps(s.text);
    const raws = rawTriggers(lex, s).filter((h) => {
      if (dateline && h.start < dateline.end && h.end > dateline.start) return false;
      // inside a named person or organisation ("the Bomb Disposal Unit")
      const inside = idx.inSentence(s.index).find((m) => m.mention.start <= h.start && h.end <= m.mention.end);
      return !(inside && inside.entity.type !== 'place');
    });
    // (rule incidents/armed-group-deed) "the Front destroyed the garrison": the verb after a named armed group is an
    // incident of its own where no incident word of the sentence stands on it
    for (const m of idx.inSentence(s.index)) {
      if (orgKind(m) !== 'armed_group') continue;
      const deed = firstMatch(
        [ARMED_GROUP_DEED],
        {
          cues: groupDeed,
          before: fold(text.slice(Math.max(s.start, m.mention.start - 60), m.mention.start)),
          after: fold(text.slice(m.mention.end, s.end)),
        },
        doc.res.rules,
      );
      if (!deed) continue;
      const start = m.mention.end + deed.out.start,
        end = m.mention.end + deed.out.end;
      if (raws.some((r) => r.start < end && start < r.end)) continue;
      raws.push({ start, end, kind: deed.out.arson ? 'arson' : 'attack', cls: 'event' });
      raws.sort((a, b) => a.start - b.start);
    }
    // (rule incidents/armed-agent-deed) "guerrillas attacked the governor's house": the same with an unnamed attacker
    const agentDeeds = firstMatch([ARMED_AGENT_DEED], { cues: agentDeed, sentence: fold(s.text) }, doc.res.rules);
    for (const d of agentDeeds?.out ?? []) {
      const start = s.start + d.start,
        end = s.start + d.end;
      if (raws.some((r) => r.start < end && start < r.end)) continue;
      if (dateline && start < dateline.end && end > dateline.start) continue;
      raws.push({ start, end, kind: 'attack', cls: 'event' });
      raws.sort((a, b) => a.start - b.start);
    }
    const hits: Hit[] = [];
    const dates: (DateSpan & { opens?: boolean })[] = raws.length
      ? datesIn(s.text, s.start, anchor, undefined, doc.res.words).filter((d) => !dayOfSaying(lex, text, s.start, d))
      : [];
    // (rule dates/that-day) "The chain of events began on Thursday. That night an officer was shot dead": the day the
    // one or two sentences before give, when this sentence gives none of its own
    if (raws.length && !dates.some((d) => d.precision === 'day'))
      for (const ref of sameDayRefsIn(s.text, s.start, doc.res.words)) {
        const before = doc.sentences
          .slice(Math.max(0, s.index - 2), s.index)
          .flatMap((p) => datesIn(p.text, p.start, anchor, undefined, doc.res.words))
          .filter((d) => d.precision === 'day' && !d.afterAnchor && !(dateline && d.start < dateline.end));
        const day = before[before.length - 1];
        // at the head of its sentence ("That night X was shot") it dates the sentence's event, with or without a comma
        const opens = /^[\s"'“‘(]*(?:later\s+)?$/iu.test(text.slice(s.start, ref.start));
        if (day) dates.push({ ...ref, iso: day.iso, precision: 'day', explicitYear: day.explicitYear, opens });
      }
    // the dateline's day is no count ("LIMA, May 4 -- Three guards were shot dead"): counts are read after it
    const bodyStart = dateline && dateline.end > s.start && dateline.end < s.end ? dateline.end : s.start;
    const people = idx
      .inSentence(s.index)
      .filter((m) => m.entity.type === 'person' && m.mention.start >= bodyStart)
      .map((m) => ({ start: m.mention.start - bodyStart, end: m.mention.end - bodyStart }))
      .sort((a, b) => a.start - b.start);
    const counts = casualtiesIn(lex.casualties, text.slice(bodyStart, s.end), bodyStart, doc.res.rules, people);
    if (!raws.length)
      for (const c of counts)
        if (c.rank === 2)
          revisedTolls.push({ what: c.what, count: c.count, rank: c.rank, start: c.start, sentence: s.index });
        // a sentence set in a year of its own ("In 2012, 13 died") tells of other events
        else if (!lex.casualties.inYear.test(s.text))
          orphanTolls.push({ what: c.what, count: c.count, rank: 0, start: c.start, sentence: s.index });
    // distances in days written before an event's phrase ("came a day after rebels launched attacks")
    const dayOffsets = raws.length
      ? dayOffsetsIn(s.text, s.start, doc.res.words, lex.casualties.numbers).filter((o) => o.from === 'phrase')
      : [];
    const sentenceHasEvent = raws.some((r) => r.cls !== 'weak' && r.cls !== 'agent');
    // (rule incidents/dated-telling-after-colon) "the group has attacked schools before: in February, gunmen killed
    // dozens of boys": after a colon or semicolon, a clause that opens with a time of its own tells an event of its
    // own; an event word before it is no anchor of a verb of harm after it (nor the other way round)
    const tellingStarts = isOn(doc.res.rules, INCIDENTS_DATED_TELLING_AFTER_COLON)
      ? [...eachMatch(TELLING_MARK, s.text)]
          .map((m) => s.start + m.index + 1)
          .filter((at) => dates.some((d) => d.start >= at && cues.datedTellingOpener.test(text.slice(at, d.start))))
      : [];
    const telling = (pos: number) => tellingStarts.filter((at) => at <= pos).length;
    const eventInTelling = (h: RawHit) =>
      raws.some((r) => r.cls !== 'weak' && r.cls !== 'agent' && telling(r.start) === telling(h.start));
    const sentenceHasAgent = raws.some((r) => r.cls === 'agent');
    // "gunmen killed an officer": a verb of harm after its agent noun is the event itself
    const agentSubject = (h: RawHit) =>
      raws.some((r) => r.cls === 'agent' && r.end <= h.start && clauseStart(text, s.start, h.start) <= r.start);

    // the incident words set aside as standing for many events or none ("repeated attacks", "vowed to attack")
    let generalized = false;
    /** verbs of harm set aside as a tally of many events (rule incidents/tally-roles-set-aside) */
    const tallyRaws: { start: number; end: number }[] = [];
    raws.forEach((h, i) => {
      const cs = clauseStart(text, s.start, h.start);
      const det = determinerOf(
        cues,
        text,
        cs,
        h.start,
        isOn(doc.res.rules, INCIDENT_DATE_IS_NO_COUNT)
          ? dates.filter((d) => /\d/u.test(text.slice(d.start, d.end)))
          : [],
      );
      const phrase = text.slice(h.start, h.end);
      const nextStart = raws[i + 1]?.start ?? s.end;
      // (rule incidents/motive-ends-phrase) "carried out the assault in retaliation for operations in Somalia": the
      // motive's place is not the assault's
      const motive = cues.motiveOpener.exec(text.slice(h.end, s.end));
      const ownEnd = Math.min(
        nextStart,
        clauseEnd(cues, text, h.end, s.end),
        h.end + OWN_PHRASE_CHARS, // (rule place/own-phrase-reach)
        motive ? h.end + motive.index : s.end,
      );
      const ce = clauseEnd(cues, text, h.end, s.end);
      let kind = h.kind;
      let deviceFound = false;
      let reclassedBy: string | null = null;

      if (h.cls === 'plot') {
        const around = text.slice(Math.max(cs, h.start - 70), Math.min(ce, h.end + 50));
        if (!lex.foilCues.test(around)) return;
        const before = text.slice(Math.max(cs, h.start - 50), h.start);
        if (lex.approximateCount.test(before) || lex.eventSeries.test(before)) return;
        if (/\b(?:no|not|never)\s+(?:\w+\s+){0,2}$/i.test(text.slice(cs, h.start))) return;
        kind = 'foiled plot';
      } else {
        const ctx: TriggerContext = {
          lex,
          cues,
          text,
          start: h.start,
          end: h.end,
          sentenceStart: s.start,
          sentenceEnd: s.end,
          bodyStart,
          nextSentenceEnd: doc.sentences[s.index + 1]?.end ?? s.end,
          eventBeforeInClause:
            raws.filter((r) => r.cls === 'event' && r.start >= cs && r.end <= h.start).pop()?.kind ?? null,
          cls: h.cls,
          kind: h.kind,
          det,
          plural: isPlural(phrase),
          clauseStart: cs,
          clauseEnd: ce,
          speculative: isSpeculative(lex, text, s, h, det, subjectModifierEnd(raws, i, cs)),
          eventInSentence: tellingStarts.length ? eventInTelling(h) : sentenceHasEvent,
          agentInSentence: sentenceHasAgent,
          agentIsSubject: agentSubject(h),
          oneDay: dates.some(
            (d) =>
              d.precision === 'day' &&
              d.start >= cs &&
              d.end <= ce &&
              !lex.periodBoundaryBefore.test(text.slice(Math.max(cs, d.start - 20), d.start)),
          ),
          capturesPerson: null,
          sportReport,
          accidentStory,
          headline,
          inHistoryDigest: h.start >= historyDigestFrom,
        };
        ctx.capturesPerson = cues.captureVerb.test(phrase) ? capturesPerson(cues, idx, s, text, h.start, h.end) : null;
        const veto = firstMatch(TRIGGER_VETO_RULES, ctx, doc.res.rules);
        if (veto) {
          if (veto.rule.id === 'incident/accident' && s.index <= LEDE_SENTENCES) accidentStory = true;
          if (GENERALIZING_VETOES.has(veto.rule.id)) generalized = true;
          // (rule incidents/tally-roles-set-aside) set aside first as something else ("have killed thousands of
          // people, and the group has attacked schools": a casualty clause of the event word beside it), a verb that
          // also tells a tally still names no one's role in an event
          if (
            isOn(doc.res.rules, INCIDENTS_TALLY_ROLES_SET_ASIDE) &&
            (TALLY_VETOES.has(veto.rule.id) || firstMatch(TALLY_VETO_RULES, ctx, doc.res.rules) !== null)
          )
            tallyRaws.push({ start: h.start, end: h.end });
          return;
        }
        const reclassed = firstMatch(TRIGGER_RECLASS_RULES, ctx, doc.res.rules);
        if (reclassed) {
          kind = reclassed.out;
          deviceFound = reclassed.rule.id === 'incident/device-found';
          reclassedBy = `${reclassed.rule.id} ("${phrase}")`;
        }
      }

      // (rule incidents/armed-raid) "militants stormed a hotel", "rebels raided a police station" are attacks; "police
      // stormed the flat" a raid: who does the raid decides (incident-cues.armedRaidVerbs)
      if (h.kind === 'raid' && doc.res.words.set('incident-cues.armedRaidVerbs').has(phrase.toLowerCase())) {
        const subject = text.slice(cs, h.start);
        const armed = idx.within(s.index, cs, h.start).some((em) => orgKind(em) === 'armed_group');
        if (armed || cues.attackerNouns.test(subject)) kind = 'attack';
      }
      // (rule incidents/armed-raid-noun) "Gunmen killed 12 villagers in an overnight raid on a village": a raid whose
      // clause opens with attackers (an attacker noun or an armed group among its first words) is their attack; "Police
      // killed two suspects in a raid" stays a raid
      if (
        h.kind === 'raid' &&
        kind === 'raid' &&
        doc.res.words.set('incident-cues.armedRaidNouns').has(phrase.toLowerCase())
      ) {
        const opening = /^\W*(?:[\p{L}'’-]+\s+){0,4}/u.exec(text.slice(cs, h.start))![0];
        const armed = idx.within(s.index, cs, cs + opening.length).some((em) => orgKind(em) === 'armed_group');
        if (armed || cues.attackerNouns.test(opening)) kind = 'attack';
        // (rule incidents/armed-raid-agent) "the raid staged by the Front on the hotel", "a raid carried out by
        // rebels": the doer named right after the raid noun decides as the clause's opening does; "a raid conducted by
        // police" stays a raid
        const link =
          kind === 'raid' && isOn(doc.res.rules, INCIDENTS_ARMED_RAID_AGENT)
            ? cues.raidAgentAfter.exec(text.slice(h.end, s.end))
            : null;
        if (link) {
          const from = h.end + link[0].length;
          const doer = /^(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+/u.exec(text.slice(from, s.end))?.[0] ?? '';
          const named = idx
            .within(s.index, from, from + doer.length + 80)
            .some(
              (em) =>
                orgKind(em) === 'armed_group' &&
                !/[,;:]/u.test(text.slice(from, em.mention.start)) &&
                em.mention.start - from <= 30,
            );
          if (named || cues.attackerNouns.test(doer)) kind = 'attack';
        }
      }
      const verbal = cues.verbal.test(phrase);
      const own = { start: h.end, end: ownEnd };
      const hit: Hit = {
        start: h.start,
        end: h.end,
        sentence: s.index,
        kind,
        cls: h.cls,
        verbal,
        det,
        plural: isPlural(phrase),
        place: null,
        date: null,
        participants: [],
        namedObject: false,
        genericObject: false,
        byResponders: false,
        legal: false,
        killed: null,
        injured: null,
        tolls: [],
        dateExplicit: false,
        period: null,
        dateFlag: null,
        described: [],
        past: null,
        compared: null,
        heldTo: null,
        apart:
          cues.separateIncidentBefore.test(text.slice(Math.max(s.start, h.start - 60), h.start)) ||
          (!wordsBefore(text, cs, h.start, 2).some((w) => cues.determiner.test(w)) &&
            countedFromAnother(dayOffsets, raws, text, h)),
        deviceFound,
        reclassedBy,
        ownDay:
          isOn(doc.res.rules, INCIDENT_DATE_IS_NO_COUNT) &&
          det === 'definite' &&
          dates.some(
            (d) =>
              d.end <= h.start &&
              /\d/u.test(text.slice(d.start, d.end)) &&
              /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(d.end, h.start)) &&
              !wordsBefore(text, d.end, h.start, 2).some(
                (w) => cues.determiner.test(w) || cues.article.test(w) || cues.determinerBarrier.test(w),
              ),
          ),
      };
      {
        const mark =
          pastMark(
            frames,
            text.slice(Math.max(cs, h.start - 40), h.start),
            text.slice(h.end, Math.min(s.end, h.end + 60)),
            anchor,
          ) ??
          // (rule reference/past-opening) "Last year, …", "In March 1987, …" opening the sentence
          (isOn(doc.res.rules, REFERENCE_PAST_OPENING)
            ? pastOpeningMark(frames, text.slice(bodyStart, h.start))
            : null);
        const year = mark ? /(?:19|20)\d\d/.exec(mark) : null;
        // a year counts as past only when it is before the article's own year
        if (mark && (!year || (anchor && Number(year[0]) < anchor.getUTCFullYear()))) hit.past = mark;
        // pointers back to another event count only where the phrase is not the article's main incident (decided later)
        hit.compared =
          frames.comparedBefore.exec(text.slice(Math.max(cs, h.start - 50), h.start))?.[0].trim() ??
          earlierMonthMark(frames, text.slice(h.end, Math.min(s.end, h.end + 60)), anchor);
        hit.heldTo = heldToMark(doc.res.words, text.slice(Math.max(cs, h.start - 50), h.start));
        if (isOn(doc.res.rules, INCIDENTS_LAST_SPAN_MARKED_APART))
          hit.lastSpan = lastSpanMark(frames, text.slice(Math.max(cs, h.start - 50), h.start), anchor);
      }

      // place: "<trigger> … in/at <Place>" in its own phrase, else "<Place> <trigger>" ("the Paris attacks")
      for (const em of idx.within(s.index, own.start, own.end)) {
        if (em.entity.type !== 'place' || isBackgroundPlace(lex, idx, s.index, text, em)) continue;
        if (homeTownOfTheHarmed(lex, text, em.mention.start, em.mention.end)) continue;
        // (rule place/own-phrase-reach) past the phrase's first words, a place after a point of reference ("hiding in a
        // boat in this suburb west of Boston") is where the scene is measured from, not the scene
        if (
          em.mention.start > h.end + OWN_PHRASE_NEAR_CHARS &&
          cues.referencePointBefore.test(text.slice(Math.max(0, em.mention.start - 40), em.mention.start))
        )
          continue;
        // (rule place/speaker-affiliation) "opened fire on residents, the mayor of the commune of X, Jane Roe, told
        // reporters": a place right before a verb of saying (a name between commas allowed) is where the speaker
        // serves, not where it happened
        if (cues.speakerPlaceAfter.test(text.slice(em.mention.end, Math.min(s.end, em.mention.end + 90)))) continue;
        // (rule place/country-owner) "hurled at the U.S. consulate in Surabaya": a country that owns the target is no
        // place of the event; a place of its own may follow
        if (ownsTheTarget(doc.res.rules, cues, idx, text, s, em)) continue;
        // (rule place/town-of-the-acting-body) "ordered held in custody by Lakeport's District Court": a town in the
        // possessive before the name of a body that acts in the event says where that body sits, so where it happened
        if (
          isOn(doc.res.rules, PLACE_TOWN_OF_THE_ACTING_BODY) &&
          placeKindOf(em) === 'city' &&
          cues.bodyOfTownBefore.test(text.slice(own.start, em.mention.start)) &&
          cues.bodyOfTownAfter.test(text.slice(em.mention.end, Math.min(s.end, em.mention.end + 4)))
        ) {
          hit.place = em;
          break;
        }
        // (rule place/named-target) "an attack on the Pacific oil pipeline in Mulalo": a region, sea or area that
        // qualifies the target noun after "on" or "against" is part of the target's name, not where it was struck (a
        // town so written, "a raid on the Kabul convoy", still places it: rule place/site-modifier)
        if (
          (placeKindOf(em) === 'region' || placeKindOf(em) === 'other') &&
          cues.namedTargetBefore.test(text.slice(own.start, em.mention.start)) &&
          cues.namedTargetAfter.test(text.slice(em.mention.end, Math.min(s.end, em.mention.end + 40)))
        )
          continue;
        // (rule place/reaction-place) "the kidnapping set off protests in Kano": where people reacted, not the scene
        if (
          isOn(doc.res.rules, PLACE_REACTION_PLACE) &&
          cues.reactionBetween.test(text.slice(own.start, em.mention.start))
        )
          continue;
        // (rule place/origin-of-fire) "fired artillery shells from its base near Monywa into villages of Ayadaw": the
        // place right after the fire's phrase and "from" is where it was fired from; where it struck is named after
        if (
          cues.originBetween.test(text.slice(own.start, em.mention.start)) &&
          cues.fireVerb.test(text.slice(cs, h.end))
        )
          continue;
        // (rule place/settlement-apposition) "gunmen attacked Kessin, a village in the Mopti region": a place the
        // phrase names right after its verb or a locative, that an apposition calls a settlement, is the scene; the
        // region the apposition names only says where that settlement lies
        if (
          placeKindOf(em) !== 'country' &&
          cues.settlementApposition.test(text.slice(em.mention.end, Math.min(s.end, em.mention.end + 60))) &&
          (/^\s*$/u.test(text.slice(own.start, em.mention.start)) ||
            cues.locativeBefore.test(text.slice(own.start, em.mention.start)))
        ) {
          hit.place = em;
          break;
        }
        if (cues.locativeBefore.test(text.slice(own.start, em.mention.start))) {
          // (rule place/region-town-of) "in the West Java town of Tasikmalaya": a region written as the modifier of a
          // settlement noun holds the town named after "of", which is where the event was
          const town = idx
            .within(s.index, em.mention.end, own.end)
            .find(
              (t) =>
                t.entity.type === 'place' &&
                cues.townOfBetween.test(text.slice(em.mention.end, t.mention.start)) &&
                !isBackgroundPlace(lex, idx, s.index, text, t),
            );
          // (rule place/region-town-antecedent) "stabbed a soldier in the West Bank town": a region written as the
          // modifier of a settlement noun with no name after it points back to the settlement in that region the
          // article named last
          const named =
            town ??
            (cues.settlementNounAfter.test(text.slice(em.mention.end, own.end))
              ? settlementOfRegionBefore(idx, s.index, em)
              : null);
          // (rule place/country-possessive-area) "in central Mali's Mopti region", "near Nigeria's northeastern Borno
          // state": a country in the possessive says which country the place after it is in; that place is the scene
          const possessed =
            named || placeKindOf(em) !== 'country'
              ? undefined
              : idx
                  .within(s.index, em.mention.end, own.end)
                  .find(
                    (t) =>
                      t.entity.type === 'place' &&
                      placeKindOf(t) !== 'country' &&
                      cues.countryPossessiveGap.test(text.slice(em.mention.end, t.mention.start)) &&
                      !isBackgroundPlace(lex, idx, s.index, text, t),
                  );
          hit.place = named ?? possessed ?? em;
          break;
        }
        // (rule place/site-modifier) "a raid on a Paris church", "killed in a Berlin restaurant": a town or city written
        // as the modifier of a site after an indefinite article is where the site is (a country so written, "on a U.S.
        // convoy in Baghdad", names whose the site is, not where)
        if (
          placeKindOf(em) !== 'country' &&
          cues.indefiniteLocativeBefore.test(text.slice(own.start, em.mention.start))
        ) {
          hit.place = em;
          break;
        }
      }
      if (!hit.place) {
        const pre = idx.inSentence(s.index).filter(
          (em) =>
            em.entity.type === 'place' &&
            em.mention.end <= h.start &&
            em.mention.end >= h.start - 40 &&
            !isBackgroundPlace(lex, idx, s.index, text, em) &&
            // (rule place/country-owner) "the U.S. embassy was attacked": whose the target is, not where
            !ownsTheTarget(doc.res.rules, cues, idx, text, s, em),
        );
        const last = pre[pre.length - 1];
        // a premodifier ("the Paris attacks", "Kabul's suicide bombing"), not the subject of a verb ("Tajikistan condemned the attack")
        const between = last ? text.slice(last.mention.end, h.start) : '';
        // (rule place/country-of-the-agents) "wounded by Burma gunmen": a country written before the noun of those who
        // did it says whose they are, as a nationality would, not where they struck
        const agentsCountry = !!last && h.cls === 'agent' && placeKindOf(last) === 'country';
        if (
          last &&
          !agentsCountry &&
          /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between) &&
          !cues.anyDeterminer.test(between) &&
          !/\b\p{L}+ed\b/iu.test(between)
        ) {
          hit.place = last;
          // (rule place/named-event) "the Lisbon harbour bombing": a town whose name opens the event's name, with
          // only capitalised words of that name after it, names the incident's place
          hit.namedEvent =
            placeKindOf(last) === 'city' &&
            /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u.test(between) &&
            /\bthe\s+(?:\d{4}\s+)?$/iu.test(text.slice(Math.max(0, last.mention.start - 12), last.mention.start));
        }
      }
      // (rule place/settlement-apposition) "attacked Kessin, a village in the Mopti region, killing 12": the region an
      // apposition places a settlement in is only where that settlement lies; the settlement is the scene
      if (hit.place) hit.place = settlementOfHolder(cues, idx, s.index, text, hit.place) ?? hit.place;
      // (rule roles/crowd-subject) the crowd that rioted or lynched ("a mob lynched", "demonstrators … threw stones")
      // is the perpetrator, described by its noun: no attacker noun names it
      if (isCrowdKind(kind)) {
        const crowd = crowdSubject(cues, lex, text, s.start, h.start);
        if (crowd)
          hit.described.push({
            role: 'perpetrator',
            text: crowd.text,
            start: crowd.start,
            end: crowd.end,
            sentence: s.index,
          });
      }
      // (rule place/crowd-home) "residents of Petion-Ville, Ouest department, caught three men and burned them to
      // death": a crowd named by where it lives, as the subject of what it did, did it there
      if (!hit.place && isCrowdKind(kind)) {
        const home = idx
          .inSentence(s.index)
          .find(
            (em) =>
              em.entity.type === 'place' &&
              em.mention.end <= h.start &&
              cues.crowdOfBefore.test(text.slice(Math.max(s.start, em.mention.start - 30), em.mention.start)),
          );
        if (home) hit.place = home;
      }
      if (!hit.place) hit.place = whereAntecedent(cues, lex, idx, s.index, text, cs, h.start);
      // (rule place/this-town) "was taken into custody …, hiding in a boat in this suburb west of Boston": news calls
      // the dateline's place "this town", so an event of that sentence with no place of its own happened there
      if (!hit.place && datelinePlace?.entity.type === 'place' && cues.datelineTownRef.test(s.text))
        hit.place = datelinePlace;

      // participants
      const response = isResponseKind(kind);
      // each path below is a named rule (participant-rules.ts): the participant keeps its id, switched off it adds none
      const read = (em: EntityMention, role: ParticipantRole, rule: { id: string }) => {
        if (isOn(doc.res.rules, rule)) hit.participants.push({ em, role, rule: rule.id });
      };
      if (kind === 'foiled plot') {
        // "a plot to kidnap the Governor, Jane Roe": the intended target
        const m = cues.plotTarget;
        for (const em of idx.within(s.index, h.end, Math.min(s.end, h.end + 100))) {
          if (isPersonOrOrg(em) && m.test(text.slice(h.end, em.mention.start))) {
            read(em, 'victim', PARTICIPANT_PLOT_TARGET);
            break;
          }
        }
      }
      for (const em of idx.within(s.index, own.start, Math.min(s.end, own.end + 40))) {
        if (!isPersonOrOrg(em)) continue;
        // (rule incidents/body-before-title) "the murder of MNR leader X": a body that opens a person's title names
        // whose leader or member he is; the person suffered it, not the body
        if (em.entity.type === 'organization' && titleOfPersonAfter(idx, s.index, text, em)) continue;
        const between = fold(text.slice(h.end, em.mention.start));
        // (rule role.possessor-not-head) "killed Ana Vidal's husband": the husband was harmed, not Ana Vidal
        const possessor = POSSESSOR_IN_PHRASE.test(text.slice(em.mention.end, em.mention.end + 40));
        // (rule incidents/response-suspect) whom a response acts on ("the arrest of X", "detained X", "X was
        // arrested") is its suspect, as whom an attack acts on is its victim
        if (h.cls === 'agent' && orgKind(em) === 'armed_group' && ATTACKERS_OF.test(between)) {
          // (rule incidents/attackers-of-group) "gunmen of the X", "terrorists from the X": the body the attackers
          // belong to did it with them; it is not the one they acted on (an armed group only: "the killers of the Beacon
          // journalists" names whom they killed)
          read(em, response ? 'responder' : 'perpetrator', PARTICIPANT_ATTACKERS_OF_GROUP);
        } else if (
          !possessor &&
          (cues.victimAfter.test(between) || /^\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(between))
        ) {
          // (rule victim/described-by-relation) "the murder of the nephew of X": X only names whose nephew
          if (roles.kinOfBefore.test(text.slice(h.end, em.mention.start))) continue;
          read(em, response ? 'suspect' : 'victim', PARTICIPANT_OBJECT_OF_DEED);
        } else if (
          BY_BEFORE.test(between) &&
          between.length < 60 &&
          !/[,;]/.test(between) &&
          !(possessor && em.entity.type === 'person')
        ) {
          // "the attack, chaired by a judge": a "by" past a clause break is another verb's agent; "the shooting by the
          // general's troops" names the troops, not the general (rule role.possessor-not-head)
          read(em, response ? 'responder' : 'perpetrator', PARTICIPANT_BY_AGENT_OF_DEED);
        } else if (
          h.cls === 'agent' &&
          /^\s*,?\s*(?:(?:who was |was )?(?:named|identified) as\s+|as\s+)?$/.test(between) &&
          em.entity.type === 'person'
        ) {
          read(em, 'perpetrator', PARTICIPANT_AGENT_NAMED_AS);
        } else if (
          !possessor &&
          (verbal || response) &&
          /^\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(between) &&
          between.length < 30
        ) {
          read(em, response ? 'suspect' : 'victim', PARTICIPANT_OBJECT_OF_VERB);
        }
      }
      // "among those killed were A, a nurse, and B": the people listed after a named victim are victims too
      const listed = hit.participants.filter((p) => p.role === 'victim' && p.em.entity.type === 'person');
      let last = listed[listed.length - 1]?.em;
      for (const em of last ? idx.within(s.index, last.mention.end, s.end) : []) {
        if (em.entity.type !== 'person') continue;
        if (!joinsList(text.slice(last!.mention.end, em.mention.start))) break;
        if (!hit.participants.some((p) => p.em.entity.id === em.entity.id))
          read(em, 'victim', PARTICIPANT_LISTED_WITH_VICTIM);
        last = em;
      }
      const subject = subjectBefore(
        text,
        idx.within(s.index, cs, h.start).filter(isPersonOrOrg),
        h.start,
        isOn(doc.res.rules, INCIDENTS_BRACKET_LABEL),
      );
      const nearest = subject?.em;
      if (nearest) {
        const between = fold(subject.between);
        const passiveTrigger = cues.passiveStart.test(fold(phrase));
        const okind = orgKind(nearest);
        if (
          verbal &&
          !response &&
          !passiveTrigger &&
          !cues.auxiliary.test(between) &&
          /^\s+(?:[\p{Ll}-]+\s+){0,1}$/u.test(between) &&
          (nearest.entity.type === 'person' || okind === 'armed_group')
        ) {
          // "Monis opened fire", "the Front bombed": the subject did it
          read(nearest, 'perpetrator', PARTICIPANT_SUBJECT_OF_DEED);
        } else if (/^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,1}$/u.test(between) && !verbal && !cues.auxiliary.test(between)) {
          // premodifier: "ISIL gunman", "the Charlie Hebdo attack", "an FBI raid"; not a clause's subject ("X was
          // shooting at cans": rule role/auxiliary-no-premodifier, the word between is an auxiliary)
          if (response) {
            if (okind !== null)
              read(nearest, okind === 'armed_group' ? 'other' : 'responder', PARTICIPANT_PREMODIFIER_OF_DEED);
          } else if (okind === 'armed_group') read(nearest, 'perpetrator', PARTICIPANT_PREMODIFIER_OF_DEED);
          else if (nearest.entity.type === 'person' || (okind !== null && okind !== 'other'))
            read(nearest, 'victim', PARTICIPANT_PREMODIFIER_OF_DEED);
        } else if (
          verbal &&
          (cues.passiveBetween.test(between) ||
            (passiveTrigger &&
              /^\s*(?:,[^,]{1,40},\s*|,\s*who\s+|\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*)?$/u.test(
                between,
              )))
        ) {
          // "X was shot", "X, a nurse, was killed", "X, who was kidnapped": the passive subject suffered it ("X was
          // arrested": the response's suspect); not the one a relative is named by ("the nephew of X was shot": rule
          // victim/described-by-relation), nor the one guarded ("officers responsible for protecting X were shot": rule
          // role.protected-not-harmed)
          const before = text.slice(cs, nearest.mention.start);
          if (!roles.kinOfBefore.test(before) && !roles.protectedBefore.test(before))
            read(nearest, response ? 'suspect' : 'victim', PARTICIPANT_PASSIVE_SUBJECT_OF_DEED);
        } else if (
          response &&
          nearest.entity.type === 'organization' &&
          between.length < 80 &&
          (!cues.speechBetween.test(between) || /\b(?:said|says)\b.{0,30}\b(?:it|they|we)\b/.test(between))
        ) {
          read(nearest, 'responder', PARTICIPANT_RESPONDING_BODY);
        }
      }
      // a name after "of"/"on" that the entity pass did not type still ties the trigger to one event
      const after = text.slice(h.end, h.end + 60);
      hit.genericObject = !hit.participants.length && genericObjectAt(cues, after) !== null;
      hit.namedObject =
        !hit.genericObject && /^\s+(?:of|on|against)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,1}\p{Lu}/u.test(after);

      hit.legal = cues.legalBefore.test(text.slice(Math.max(cs, h.start - 40), h.start));
      // (rule incidents/forces-harm-civilians) a harm done by police or troops is the response to an attack, unless
      // those it harmed are civilians ("two reporters were shot by soldiers", "troops massacred 80 peasants"): then
      // the forces did the attack. The civilians may be inside the incident words themselves ("army troops fired on
      // demonstrators" has the words "fired on demonstrators"): they are read from the end of the words' first word.
      const civiliansBefore = cues.civiliansBefore.test(text.slice(cs, h.start));
      const civiliansAfter = cues.civiliansAfter.test(text.slice(h.start, own.end).replace(/^\S+/u, ''));
      hit.byResponders =
        (cues.responderAfter.test(text.slice(h.end, own.end)) && !civiliansBefore) ||
        (cues.responderBefore.test(text.slice(cs, h.start)) && !civiliansAfter);
      if (civiliansBefore || civiliansAfter) hit.civilianHarm = true;

      hits.push(hit);
    });

    // dates and casualty counts go to the nearest trigger of the sentence
    const nearestHit = (start: number, end: number, filter: (h: Hit) => boolean) => {
      let best: Hit | null = null,
        bestD = Infinity;
      for (const h of hits) {
        if (!filter(h)) continue;
        const d = start >= h.end ? start - h.end : h.start >= end ? (h.start - end) * 1.5 : 0;
        if (d < bestD) {
          best = h;
          bestD = d;
        }
      }
      return best;
    };
    // each date to its nearest trigger, and the dates taken nearest first (rule dates/nearest-first): in "the bodies were
    // found today, after the victims were kidnapped yesterday" the kidnapping takes "yesterday", not the first date
    const pairs: { d: (typeof dates)[number]; h: Hit; gap: number }[] = [];
    for (const d of dates) {
      // "Friday's shooting": the date is the phrase's own, whatever verb of procedure or saying comes before it
      // (rule dates/occurrence-clause) "the murder that took place on 16 November": the noun the clause hangs on
      const owner =
        hits.find((x) => possessiveDate(text, d, x)) ??
        (d.precision === 'day' && isOn(doc.res.rules, DATES_OCCURRENCE_CLAUSE)
          ? occurrenceClauseOwner(text, s.start, d, hits, doc.res.words)
          : null);
      if (owner) {
        pairs.push({ d, h: owner, gap: 0 });
        continue;
      }
      // "was sentenced on Thursday", "said on Monday", "the trial on 3 May": the date of something else
      if (isProcedureBefore(cues, text.slice(Math.max(s.start, d.start - 50), d.start), d.start - 50 <= s.start))
        continue;
      if (cues.procedureBodyAfter.test(text.slice(d.end, d.end + 25))) continue;
      // "the attack" takes a date only from its own clause; other dates in its sentence are about what was said or done since
      if (isStatementDate(cues, text, s, d)) continue;
      if (dateline && d.start < dateline.end && d.end > dateline.start) continue; // the day of filing
      const sameClause = (x: Hit) =>
        (clauseStart(text, s.start, x.start) <= d.start && d.end <= clauseEnd(cues, text, x.end, s.end)) ||
        (clauseStart(text, s.start, d.start) <= x.start && x.end <= clauseEnd(cues, text, d.end, s.end));
      const distance = (x: Hit) => (d.start >= x.end ? d.start - x.end : x.start - d.end);
      // "gathered on Saturday to mark ten years since two bombs exploded": a connective of an earlier event between the date and
      // a trigger after it says the trigger happened before, on a day this date does not give
      const priorEvent = (x: Hit) => d.end <= x.start && cues.priorEvent.test(text.slice(d.end, x.start));
      const opening = opensSentence(text, s, d) || ('opens' in d && d.opens === true);
      // (rule dates/opening-date-frames-its-sentence) "On 14 March, fighters attacked a patrol on the road between
      // two towns, killing six soldiers": a date that opens its sentence dates the event its sentence goes on to
      // tell, however long the clause before the trigger, unless a verb of saying or procedure comes between
      const framesTheSentence = (x: Hit) =>
        opening && x.start > d.end && !cues.procedureVerb.test(text.slice(d.end, x.start));
      // (rule dates/not-the-held-act) "forces on Friday killed the brothers suspected of the massacre": the act someone
      // is held to have done happened before the sentence's news, so the sentence's day is not its day
      const h = nearestHit(
        d.start,
        d.end,
        (x) =>
          !priorEvent(x) &&
          !x.heldTo &&
          (sameClause(x)
            ? distance(x) <= 90 || framesTheSentence(x)
            : x.det !== 'definite' &&
              (opening
                ? x.start > d.end && !cues.procedureVerb.test(text.slice(d.end, x.start))
                : hits.length === 1 && distance(x) <= 50)),
      );
      if (!h) continue;
      pairs.push({ d, h, gap: d.start >= h.end ? d.start - h.end : h.start >= d.end ? (h.start - d.end) * 1.5 : 0 });
    }
    // (rule dates/written-day-first) "killed 12 villagers in an overnight raid on Sunday": the day written out dates
    // the event before one only implied ("overnight" reads as the day of publication)
    pairs.sort((a, b) => Number(!!a.d.unwritten) - Number(!!b.d.unwritten) || a.gap - b.gap);
    for (const { d, h: nearest } of pairs)
      for (const h of phraseOf(text, hits, nearest)) {
        if (d.afterAnchor)
          h.dateFlag ??= {
            reason: 'after-publication',
            date: d.iso,
            text: text.slice(d.start, d.end),
            sentence: s.index,
          };
        else if (d.countedBack) {
          // "arrested after the bombing two months ago", "since the war began ten years ago": the distance dates the
          // event named after "after" or "since", not the phrase before it
          if (!afterAnotherEvent(doc.res.words).test(text.slice(Math.min(h.end, d.start), d.start)))
            h.countedBackToday ??= {
              period: { iso: d.iso, precision: d.precision as Period['precision'] },
              why: `period ${d.iso}: told "${text.slice(d.start, d.end)}", counted back from the report's day (rule dates/counted-back-from-today)`,
            };
        } else if (d.precision !== 'day') h.period ??= { iso: d.iso, precision: d.precision };
        else if (!h.date) {
          h.date = d.iso;
          h.dateExplicit = writesDay(doc.res.words, text, d) || possessiveDate(text, d, h);
          if (d.unwritten) h.dateUnwritten = true;
        }
      }
    // (rule dates/weeks-months-years-from-another-event) "voted on Wednesday, less than four weeks after a gunman
    // killed 50 people": the event told after the distance lies that far before the day written before it
    if (isOn(doc.res.rules, DATES_WEEKS_MONTHS_YEARS_FROM_ANOTHER_EVENT))
      for (const o of longOffsetsIn(s.text, s.start, doc.res.words, lex.casualties.numbers)) {
        const day = dates.filter((d) => d.end <= o.start && d.precision === 'day' && !d.afterAnchor).pop();
        if (!day) continue;
        const period = periodBefore(day.iso, o);
        for (const h of hits) {
          if (h.start < o.end || h.start - o.end > EVENT_PHRASE_REACH || /[;:.]/.test(text.slice(o.end, h.start)))
            continue;
          if (h.date || h.period) continue;
          h.countedBack ??= {
            period,
            why: `period ${period.iso}: told "${text.slice(o.start, o.end)}" the sentence's "${text.slice(day.start, day.end)}" (${day.iso}) (rule dates/weeks-months-years-from-another-event)`,
          };
        }
      }
    // (rule incidents/last-span-marked-apart) "the prosecutor of last week's armed takeover was shot dead on
    // Wednesday": beside a violent phrase of its sentence dated outside the span, the marked phrase is an earlier
    // event the news of the sentence refers to, as a phrase a past year marks is
    for (const h of hits) {
      const span = h.lastSpan;
      if (!span || h.past) continue;
      const other = hits.some(
        (x) => x !== h && !x.lastSpan && isViolent(x.kind) && x.date && (x.date < span.from || x.date > span.to),
      );
      if (other) h.past = span.mark;
    }
    for (const c of counts) {
      // (rule casualty/responders-own-toll) "since the siege, police say they have killed 100 suspects": the count of
      // the responders' own killings goes only to an incident word of its own clause
      const ownClause = respondersOwnCount(doc, cues, text, s, c)
        ? { from: clauseStart(text, s.start, c.start), to: clauseEnd(cues, text, c.end, s.end) }
        : null;
      const h = nearestHit(
        c.start,
        c.end,
        (x) => isViolent(x.kind) && (!ownClause || (ownClause.from <= x.start && x.end <= ownClause.to)),
      );
      // (rule casualty/none-killed) "No one was killed, police said": the negation set the sentence's incident word
      // aside; the 0 it states is the main incident's, as a count of a sentence with no incident word is
      if (!h && c.count === 0 && raws.length && !lex.casualties.inYear.test(s.text))
        orphanTolls.push({ what: c.what, count: c.count, rank: 0, start: c.start, sentence: s.index });
      if (!h) continue;
      h.tolls.push({ what: c.what, count: c.count, rank: c.rank, start: c.start, rule: c.rule });
      setTolls(h);
    }

    // participants from role phrases: named ones become participants, described ones descriptions; a sentence whose
    // incident words were all set aside gives none (see incidents/roles-without-trigger below)
    const afterVictim = victimLast;
    victimLast = false;
    const victimsBefore = victimPhrasesLast;
    victimPhrasesLast = [];
    const perpetratorsBefore = perpetratorPhrasesLast;
    perpetratorPhrasesLast = [];
    if (hits.length || !raws.length) {
      const sentencePhrases = rolePhrases(roles, s.text, s.start);
      // who was harmed or acted on last: a victim, or the suspect or responder of a response told after the harm
      const acted = sentencePhrases.filter((p) => p.role !== 'perpetrator');
      victimLast = acted.length > 0 && acted[acted.length - 1]!.role === 'victim';
      victimPhrasesLast = acted.filter((p) => p.role === 'victim');
      perpetratorPhrasesLast = sentencePhrases.filter((p) => p.role === 'perpetrator');
      // a state force as the doer or the responder of the sentence: who it harmed may be the response's
      const forceActs = sentencePhrases.some(
        (p) => (p.role === 'perpetrator' || p.role === 'responder') && stateForceWords.test(p.text),
      );
      // (rule incidents/group-own-units) "the Front said its commandos killed the mayor": the units an armed group
      // says are its own did the deed its word tells; a noun of theirs that police or troops share ("commandos",
      // "snipers") does not make the deed a response
      if (isOn(doc.res.rules, INCIDENTS_GROUP_OWN_UNITS))
        for (const p of sentencePhrases) {
          if (p.rule !== 'role.named-own-deed') continue;
          const group = idx
            .inSentence(s.index)
            .some((m) => orgKind(m) === 'armed_group' && m.mention.start >= p.start - 4 && m.mention.end <= p.end);
          if (group) for (const h of hits) if (h.start > p.end && h.byResponders) h.byResponders = false;
        }
      // (rule incidents/tally-roles-set-aside) "Its fighters have killed thousands of people": who a tally's verb names
      // (the phrase's nearest verb of the sentence) did or suffered no event of the article
      const ofTally = (p: { start: number; end: number }) => {
        const gap = (x: { start: number; end: number }) =>
          p.start >= x.end ? p.start - x.end : x.start >= p.end ? x.start - p.end : 0;
        const nearest = [...raws].sort((a, b) => gap(a) - gap(b))[0];
        return !!nearest && tallyRaws.some((t) => t.start === nearest.start && t.end === nearest.end);
      };
      for (const phrase of sentencePhrases) {
        if (tallyRaws.length && ofTally(phrase)) continue;
        // (rule role.named-casualty-list-anaphor) "They are X and Y" names the people harmed in the sentence before
        if (phrase.afterHarm && !afterVictim) continue;
        // (rule incidents/dead-of-irrealis) "the country will see the bodies of its leaders", "we will fight to the
        // body of the last soldier": bodies a threat, a vow or a supposition speaks of are no one found dead
        if (
          DEAD_OF_RULES.has(phrase.rule.split('+')[0]!) &&
          isOn(doc.res.rules, INCIDENTS_DEAD_OF_IRREALIS) &&
          lex.irrealisClause.test(text.slice(clauseStart(text, s.start, phrase.start), phrase.start))
        )
          continue;
        // (rule perpetrator/weapon-belongs-to-target) "rebels shot down two helicopters ... the helicopters belonged to
        // the army": a weapon the article has told was brought down or destroyed was the target; its owner is the side
        // that lost it, not the doer
        if (
          phrase.rule === 'role.weapon-belongs-to' &&
          isOn(doc.res.rules, PERPETRATOR_WEAPON_BELONGS_TO_TARGET) &&
          roles.weaponTargeted.test(text.slice(0, s.end))
        )
          continue;
        // a named person or group inside the phrase (a mention reaching beyond it is not what the phrase names)
        const inside = idx.inSentence(s.index).filter(
          (m) =>
            (phrase.armedGroupOnly
              ? orgKind(m) === 'armed_group'
              : phrase.actorOnly
                ? orgKind(m) === 'armed_group' || orgKind(m) === 'agency'
                : phrase.personOnly || phrase.role === 'victim'
                  ? m.entity.type === 'person'
                  : isPersonOrOrg(m)) &&
            m.mention.start >= phrase.start - 4 &&
            m.mention.end <= phrase.end &&
            // (rule role.named-possessor-harmed) "Cristiani blamed Rivera's murder on": the name before the possessive
            (!phrase.nameAtEnd || m.mention.end === phrase.end) &&
            // (rule role.possessor-not-head) "Ana Vidal's husband": the one whose husband was harmed is no victim;
            // "shot by the general's troops": the person whose troops did it is not the one the phrase names either
            !(
              (phrase.role === 'victim' || (phrase.role === 'perpetrator' && m.entity.type === 'person')) &&
              POSSESSOR_IN_PHRASE.test(text.slice(m.mention.end, phrase.end))
            ),
        );
        // (rule incidents/pronoun-subject-previous-person) "He was arrested", "She was shot dead": the one person the
        // sentence before names; who did it only as the subject of an active verb (rule role.pronoun-active-subject)
        if (
          !inside.length &&
          (phrase.role === 'victim' || phrase.role === 'suspect' || phrase.rule === 'role.pronoun-active-subject') &&
          phrase.needsEntity
        ) {
          const named = pronounSubjectPerson(idx, subjectPronouns, text, s, phrase);
          // the one the sentence before says was harmed did not do it ("X was shot dead. He killed her …")
          const harmedBefore =
            named &&
            phrase.role === 'perpetrator' &&
            victimsBefore.some((v) => named.mention.start >= v.start - 4 && named.mention.end <= v.end);
          if (named && !harmedBefore) inside.push(named);
        }
        // (rule incidents/pronoun-object-antecedent) "the driver, X, tried to flee; the men shot him": the person
        // named last in an earlier clause, or the one person the sentence before names
        if (
          !inside.length &&
          phrase.rule === 'role.pronoun-harm-object' &&
          isOn(doc.res.rules, INCIDENTS_PRONOUN_OBJECT_ANTECEDENT)
        ) {
          const named = pronounObjectPerson(idx, roles, text, s, phrase, {
            here: sentencePhrases.filter((p) => p.role === 'perpetrator'),
            before: perpetratorsBefore,
          });
          if (named) inside.push(named);
        }
        // (rule incidents/machine-owner-previous-subject) "Its drone had struck the gathering": the body the sentence
        // before opens with
        if (
          !inside.length &&
          phrase.rule === 'role.possessive-machine-subject' &&
          isOn(doc.res.rules, INCIDENTS_MACHINE_OWNER_PREVIOUS_SUBJECT)
        ) {
          const owner = previousSubjectBody(idx, text, doc.sentences[s.index - 1]);
          if (owner) inside.push(owner);
        }
        // (rule incidents/phrase-opens-name) a victim phrase whose last word a named organisation reads on past ("the
        // attack on the Tulvera Teachers Union": "Tulvera Teachers") opens that name and describes no people harmed: the
        // organisation stands in its place, as the target (incident-sides/organization-is-target)
        if (!inside.length && phrase.role === 'victim' && !phrase.personOnly) {
          const opened = idx
            .inSentence(s.index)
            .find(
              (m) =>
                m.entity.type === 'organization' &&
                m.mention.start >= phrase.start - 4 &&
                m.mention.start < phrase.end &&
                m.mention.end > phrase.end &&
                /^[\s\p{L}\p{N}'’.&-]*$/u.test(text.slice(phrase.end, m.mention.end)),
            );
          if (opened) inside.push(opened);
        }
        // (rule incidents/title-before-name) the phrase is the title of the person named right after it
        if (!inside.length && (phrase.role === 'victim' || phrase.role === 'perpetrator')) {
          const titled = personTitled(idx, titles, s.index, text, phrase);
          if (titled) inside.push(titled);
        }
        // (rule perpetrator/state-by-nationality) "Russian missiles struck", "a Syrian jet bombed": a nationality as the
        // modifier of a weapon names the state that used it; the country the article names stands as the doer
        if (!inside.length && phrase.actorOnly && phrase.role === 'perpetrator') {
          const state = firstMatch(
            [STATE_BY_NATIONALITY],
            { demonyms: doc.res.gazetteer.demonyms, entities, adjective: phrase.text },
            doc.res.rules,
          );
          if (state) inside.push(state.out);
        }
        // (rule incidents/description-apposed-to-name) the harmed one the description is set beside by commas
        if (!inside.length && phrase.role === 'victim' && !phrase.needsEntity) {
          const apposed = apposedPerson(idx, countOpening, s.index, text, phrase.start, phrase.end);
          if (apposed) inside.push(apposed);
        }
        // (rule incidents/unread-victim-name) a victim's name slot the name-finder read no person in ("legal adviser
        // Abelardo Daza was shot", all in capitals): a given name and the words after it to the slot's end are the
        // person's name, said of them by the role cue; it stands as their description
        const unread =
          !inside.length && phrase.role === 'victim' && phrase.needsEntity
            ? unreadPersonName(doc.res.names.givenNamesWide, notNameWords, saintPrefixes, roles.victimHead, phrase)
            : null;
        const rp = unread ?? phrase;
        // (rule incidents/victim-person-only) "the kidnapping of MNR leader X", "killed two PU members": the people
        // harmed, not the body they lead or belong to (the phrase itself stays as their description)
        const em = inside[0];
        // "guerrillas of the <Front>", "members of the <Front>": the group they belong to did it too
        const group =
          rp.role === 'perpetrator'
            ? (memberOfGroup(roles, idx, s.index, text, rp.end) ??
              (roles.agentHead.test(rp.text) ? groupNamedBefore(idx, s.index, text, rp.start) : undefined))
            : rp.role === 'responder'
              ? memberOfGroup(roles, idx, s.index, text, rp.end)
              : undefined;
        if (!em && rp.needsEntity && !group) continue;
        // (rule incidents/response-suspect) the one a response acts on ("X was arrested", "police detained X") is that
        // response's suspect: the arrest or raid of the sentence nearest the phrase, never a violent incident
        if (rp.role === 'suspect') {
          const r = em && nearestHit(rp.start, rp.end, (x) => isResponseKind(x.kind));
          if (r && !r.participants.some((p) => p.em.entity.id === em.entity.id))
            r.participants.push({ em, role: 'suspect', rule: rp.rule });
          continue;
        }
        // (rule incidents/group-members-described) "members of the ELN kidnapped": the people of the armed group named
        // right after the phrase are its attackers, described, as "alleged ELN members" are
        const members =
          rp.role === 'perpetrator' &&
          !em &&
          group !== undefined &&
          orgKind(group) === 'armed_group' &&
          roles.memberHead.test(rp.text);
        const described = describesBeyondName(roles, rp, em) || (!em && !rp.needsEntity) || members;
        if (!hits.length) {
          // (rule incidents/roles-without-trigger) a sentence that says who did it or who suffered it without an
          // incident word of its own ("suspected guerrillas placed a dynamite charge") tells of the article's main
          // incident; it is handed over once the main incident is known. One whose incident words were all set aside
          // (a threat, a statistic, a speculation) tells of none.
          // Only attackers: the people and armed groups the phrase names, or attacker nouns. A victim or a state force
          // in such a sentence is as often the response's ("the two suspects had been shot by police", "the wounded
          // policeman") as the incident's.
          // (rule incidents/orphan-syntax-agent) "the charge was placed by a young man", "riddled with bullets by three
          // young individuals": whoever the syntax names as the doer is an attacker whatever the noun, unless it is a
          // state force (then it is as often the response's)
          const attacker =
            rp.role === 'perpetrator' &&
            (em
              ? em.entity.type === 'person' ||
                orgKind(em) === 'armed_group' ||
                // (rule perpetrator/weapon-belongs-to) a state force the syntax names as the weapon's owner used it
                (rp.actorOnly === true && rp.bySyntax === true && orgKind(em) === 'agency')
              : roles.agentHead.test(rp.text) || (rp.bySyntax === true && !stateForceWords.test(rp.text)));
          const armedGroup = group && orgKind(group) === 'armed_group' ? group : undefined;
          // (rule incidents/listed-dead) "the dead were A and B" names the main incident's dead, not the response's
          // (rule incidents/listed-casualties) "among the injured are two girls", "the wounded include a child": a list
          // of the harmed the text only describes is the main incident's as much
          const listedDead =
            rp.role === 'victim' &&
            ((rp.rule.startsWith('role.named-casualty-list') && em?.entity.type === 'person') ||
              (rp.rule.startsWith('role.casualty-list') && !em && !rp.needsEntity));
          // (rule incidents/orphan-harmed) "X, a reporter, was seriously wounded", "Inspector X died in the blast",
          // "16 seamen were injured": a harm verb whose subject suffered it, in a sentence with no incident word, tells
          // of the main incident's harm; not where a state force acts in the sentence, nor for a state force harmed
          // (both are as often the response's: "the suspect was shot by police", "an officer was hurt in the arrest")
          // (rule incidents/orphan-harmed-force) a state force harmed ("two policemen were injured") is the main
          // incident's only where the article tells of no response: see attachOrphanRoles
          const forceHarmed =
            isOn(doc.res.rules, INCIDENTS_ORPHAN_HARMED_FORCE) &&
            rp.role === 'victim' &&
            !em &&
            stateForceWords.test(rp.text);
          const harmed =
            rp.role === 'victim' &&
            (HARMED_SUBJECT_RULES.has(rp.rule.split('+')[0]!) || UNHURT_TARGET_RULES.has(rp.rule.split('+')[0]!)) &&
            !forceActs &&
            (forceHarmed || !stateForceWords.test(rp.text)) &&
            !cues.clashWithResponders.test(text.slice(rp.end, s.end)) &&
            (em ? em.entity.type === 'person' : !rp.needsEntity);
          // (rule role.freed-held) "the two engineers were released", "X was freed": the people held in the main
          // incident, when people are held in it (see attachOrphanRoles' callers)
          const freed =
            rp.role === 'victim' && rp.freed === true && (em ? em.entity.type === 'person' : !rp.needsEntity);
          if (!raws.length && (attacker || armedGroup || listedDead || harmed || freed))
            orphanRoles.push({
              role: rp.role,
              em: attacker || listedDead || harmed || freed ? em : undefined,
              group: armedGroup,
              described: described ? rp : null,
              sentence: s.index,
              rule: rp.rule,
              ...(harmed && !attacker && !armedGroup && !listedDead ? { harmed: true } : {}),
              ...(harmed && forceHarmed ? { forceHarmed: true } : {}),
              // (rule role.named-releaser) the group that releases or holds someone did an abduction only
              ...(freed || (rp.role === 'perpetrator' && rp.freed === true) ? { freed: true } : {}),
            });
          continue;
        }
        // a man harmed by the response ("X, who was killed after a gunfight with police") is no victim of the
        // attack: his phrase is not handed on to another trigger of the sentence
        // (rule roles/not-inside-apposition) "X, the man wanted over the market attack, was shot dead": the phrase's
        // verb comes after the apposition; an incident word inside it is what the apposition tells of X
        // (a victim phrase that reaches over the apposition to its verb, "X, the prosecutor of last week's siege, was
        // shot dead", has the apposition right after the name it opens with)
        const aside =
          appositionAfter(text, rp.end, s.end, hits) ??
          (em && rp.role === 'victim' && em.mention.start <= rp.start + 4 && em.mention.end < rp.end
            ? appositionAfter(text, em.mention.end, rp.end, hits)
            : null);
        const outside = (x: Hit) => !aside || x.start < aside.start || x.start >= aside.end;
        const own = nearestHit(rp.start, rp.end, (x) => isViolent(x.kind) && !x.legal && outside(x));
        // (rule role.freed-held) one rescued by police or troops was held by the attackers, not harmed by the rescue
        if (rp.role === 'victim' && !rp.freed && own?.byResponders) {
          if (em) harmedByResponse.add(em.entity.id);
          if (
            em?.entity.type === 'person' &&
            isOn(doc.res.rules, INCIDENTS_HARMED_BY_RESPONSE_IS_SUSPECT) &&
            !own.participants.some((p) => p.em.entity.id === em.entity.id)
          )
            own.participants.push({
              em,
              role: 'suspect',
              harmedByResponse: true,
              rule: INCIDENTS_HARMED_BY_RESPONSE_IS_SUSPECT.id,
            });
          continue;
        }
        // nor are the police who shot him ("was shot dead by Italian police") the attack's perpetrators
        if (rp.role === 'perpetrator' && own?.byResponders) continue;
        // (rule incidents/victim-of-the-charged-act) "charged with the murder of X", "suspected of killing X": the act a
        // charge or trial names was done, and the one it harmed is its victim; who did it is read by the charge's own cues
        // (rule incidents/charged-act-suspects) the ones a charge or an arrest holds to have done the act did it
        const chargedSuspect =
          rp.role === 'perpetrator' &&
          CHARGED_SUSPECT_RULES.has(rp.rule.split('+')[0]!) &&
          isOn(doc.res.rules, INCIDENTS_CHARGED_ACT_SUSPECTS);
        const h = nearestHit(
          rp.start,
          rp.end,
          (x) =>
            isViolent(x.kind) &&
            !x.byResponders &&
            (!x.legal || rp.role === 'victim' || chargedSuspect) &&
            outside(x) &&
            (!rp.freed || held(x.kind)),
        );
        if (!h) continue;
        // (rule perpetrator/actor-modifies-weapon) "an SAF airstrike hit": the body that used the weapon is no victim,
        // whatever the words before the incident word made of it
        const was = em && h.participants.find((p) => p.em.entity.id === em.entity.id);
        const accused = rp.role === 'perpetrator' && ACCUSATION_RULES.has(rp.rule.split('+')[0]!);
        if (was && rp.actorOnly && was.role === 'victim') {
          was.role = 'perpetrator';
          was.rule = rp.rule;
        } else if (was && accused && was.role === 'perpetrator') was.accused = true;
        else if (em && !was)
          h.participants.push({ em, role: rp.role, rule: rp.rule, ...(accused ? { accused: true } : {}) });
        // a responder counts by its name only (rule role.responder-agent)
        if (described && rp.role !== 'responder' && !(rp.freed && !em && hasVictims(h))) {
          if (!h.described.some((d) => d.text.toLowerCase() === rp.text.toLowerCase() && d.role === rp.role))
            h.described.push({
              role: rp.role,
              text: rp.text,
              start: rp.start,
              end: rp.end,
              sentence: s.index,
              ...(rp.fallback ? { fallback: true } : {}),
              ...(accused ? { accused: true } : {}),
            });
        }
        if (group && !h.participants.some((p) => p.em.entity.id === group.entity.id))
          h.participants.push({
            em: group,
            role: rp.role === 'responder' ? 'responder' : 'perpetrator',
            rule: rp.rule,
            ...(isAttackersForce(doc.res.rules, roles, rp, group) ? { attackersForce: true } : {}),
          });
      }
    }
    // dates of the lede that no trigger took: the main incident's date when it has none; not those of a sentence
    // that reports only an arrest, a raid or a charge ("X was arrested on Friday"): they date the response
    if (s.index <= 4 && !(hits.length && hits.every((x) => isResponseKind(x.kind)))) {
      const taken = new Set(hits.map((x) => x.date));
      const ds = raws.length
        ? dates
        : datesIn(s.text, s.start, anchor, undefined, doc.res.words).filter((d) => !dayOfSaying(lex, text, s.start, d));
      for (const d of ds) {
        if (d.precision !== 'day' || d.afterAnchor) continue;
        if (taken.has(d.iso) && raws.length) continue;
        if (isProcedureBefore(cues, text.slice(Math.max(s.start, d.start - 50), d.start), d.start - 50 <= s.start))
          continue;
        if (isStatementDate(cues, text, s, d)) continue;
        if (dateline && d.start < dateline.end && d.end > dateline.start) continue;
        if (cues.proceedings.test(s.text)) continue;
        // "…on Saturday, ten years since two bombs exploded": the date of what followed the event
        if (hits.some((x) => d.end <= x.start && cues.priorEvent.test(text.slice(d.end, x.start)))) continue;
        ledeDates.push({ ...d, sentence: s.index });
      }
    }

    // perpetrators named by a claim of responsibility; responders named as leading the investigation
    // (rule incidents/claim-of-set-aside-events) a sentence whose incident words were all set aside names who did those
    // ("militants linked to X have carried out repeated attacks"): no perpetrator of the
    // article's incidents
    const setAside = generalized && hits.length === 0;
    const claim = setAside || !isOn(doc.res.rules, INCIDENTS_NAMED_CLAIMANT) ? null : cues.claim.exec(s.text);
    if (claim) {
      const cueStart = s.start + claim.index;
      const subject = subjectBefore(
        text,
        idx.within(s.index, s.start, cueStart).filter(isPersonOrOrg),
        cueStart,
        isOn(doc.res.rules, INCIDENTS_BRACKET_LABEL),
      );
      let subj = subject?.em;
      let claimRule: string = INCIDENTS_NAMED_CLAIMANT.id;
      let gapOk = !!subject && cues.claimSubjectGap.test(subject.between);
      if (
        subject &&
        !gapOk &&
        isOn(doc.res.rules, INCIDENTS_CLAIM_RELATIVE_ASIDE) &&
        cues.claimRelativeAsideGap.test(subject.between)
      ) {
        gapOk = true;
        claimRule = INCIDENTS_CLAIM_RELATIVE_ASIDE.id;
      }
      if (
        subject &&
        !gapOk &&
        subject.em.entity.type === 'organization' &&
        isOn(doc.res.rules, INCIDENTS_CLAIM_ON_BEHALF) &&
        cues.claimOnBehalfBefore.test(text.slice(s.start, subject.em.mention.start)) &&
        cues.claimOnBehalfGap.test(subject.between)
      ) {
        gapOk = true;
        claimRule = INCIDENTS_CLAIM_ON_BEHALF.id;
      }
      // (rule incidents/pronoun-claimant) "He called the schools sinful and said he had taken the girls": a claim whose
      // sentence opens with a personal pronoun, no name before the claim, is the claim of the one person the sentence
      // before names (rule incidents/pronoun-subject-previous-person), whatever verbs of his the sentence lists first
      if (!subject && isOn(doc.res.rules, INCIDENTS_PRONOUN_CLAIMANT)) {
        const opener = /^\s*["“]?(\p{L}+)/u.exec(s.text);
        const named = opener
          ? pronounSubjectPerson(idx, subjectPronouns, text, s, {
              start: s.start + opener[0].length - opener[1]!.length,
              text: opener[1]!,
            })
          : undefined;
        if (named && !/[;:]/.test(text.slice(s.start, cueStart))) {
          subj = named;
          gapOk = true;
          claimRule = INCIDENTS_PRONOUN_CLAIMANT.id;
        }
      }
      if (subj && gapOk)
        claims.push({
          sentence: s.index,
          start: cueStart,
          end: cueStart + claim[0].length,
          em: subj,
          role: 'perpetrator',
          rule: claimRule,
        });
    }
    for (const em of setAside ? [] : idx.inSentence(s.index)) {
      if (!isPersonOrOrg(em)) continue;
      const before = text.slice(Math.max(s.start, em.mention.start - 40), em.mention.start);
      const b =
        cues.blamedBefore.exec(before) ??
        cues.blamedOnBefore.exec(before) ??
        (ACCUSED_FOR.test(text.slice(em.mention.end, em.mention.end + 90))
          ? accusedBefore(cues, text, Math.max(s.start, em.mention.start - 40), em.mention.start, em.mention.end + 90)
          : null);
      if (b && isOn(doc.res.rules, PARTICIPANT_NAMED_AS_BLAMED))
        claims.push({
          sentence: s.index,
          start: em.mention.start - b[0].length,
          // the cue is the verb the phrase opens with ("accused", "condemned"), not the words up to the name
          end: em.mention.start - b[0].length + (/^\p{L}+/u.exec(b[0])?.[0].length ?? b[0].trimEnd().length),
          em,
          role: 'perpetrator',
          rule: PARTICIPANT_NAMED_AS_BLAMED.id,
        });
      else if (em.entity.type === 'organization' && isOn(doc.res.rules, INCIDENTS_HEDGED_GROUP_ATTRIBUTION)) {
        // (rule incidents/hedged-group-attribution) "police suspect the Front", "the Front is believed to be behind it"
        const suspicion = cues.suspicionBefore.exec(
          text.slice(Math.max(s.start, em.mention.start - 80), em.mention.start),
        );
        const passive = suspicion ? null : cues.suspicionAfter.exec(text.slice(em.mention.end, s.end));
        const span = suspicion
          ? { start: em.mention.start - suspicion[0].length, end: em.mention.start }
          : passive
            ? { start: em.mention.end, end: em.mention.end + passive[0].length }
            : null;
        if (span)
          claims.push({
            sentence: s.index,
            ...span,
            em,
            role: 'perpetrator',
            rule: INCIDENTS_HEDGED_GROUP_ATTRIBUTION.id,
          });
      }
    }
    // named perpetrators from the syntax around a name (incident-perpetrators.ts): attached like claims
    for (const p of setAside ? [] : namedPerpetrators(doc, idx, s, victimsBefore))
      claims.push({ ...p, sentence: s.index, role: 'perpetrator', nearest: true });
    // (rule perpetrator/kin-group-subject) "the brothers then hijacked a car": each named brother, attached like claims
    const kinGroup = firstMatch(
      [KIN_GROUP_SUBJECT],
      { cues: perpetratorCuesOf(doc.res.words), text, sentenceStart: s.start, sentenceEnd: s.end },
      doc.res.rules,
    );
    if (kinGroup)
      for (const em of kinGroupMembers(idx, doc.sentences.length, text, kinGroup.out.kin))
        claims.push({
          em,
          start: kinGroup.out.start,
          end: kinGroup.out.end,
          sentence: s.index,
          role: 'perpetrator',
          nearest: true,
          rule: KIN_GROUP_SUBJECT.id,
        });
    const resp = cues.responseCue.exec(s.text);
    if (resp && isOn(doc.res.rules, PARTICIPANT_RESPONDER_OF_CUE)) {
      const cueStart = s.start + resp.index;
      const cueEnd = cueStart + resp[0].length;
      for (const em of agenciesOfCue(cues, idx, s.index, text, cueStart, cueEnd))
        claims.push({
          sentence: s.index,
          start: cueStart,
          end: cueEnd,
          em,
          role: 'responder',
          rule: PARTICIPANT_RESPONDER_OF_CUE.id,
        });
    }

    // one group per event within the sentence
    const groups: Group[] = [];
    for (const h of hits) {
      for (const g of groups) clauseTown(cues, lex, idx, home, s.index, text, g, h);
      const g = groups.find((g) => fits(cues, home, text, g, h));
      if (g) {
        addHit(g, h);
        g.merges.push(
          `"${text.slice(h.start, h.end)}" joins "${text.slice(g.hits[0]!.start, g.hits[0]!.end)}": same sentence`,
        );
      } else groups.push(newGroup(h));
    }
    for (const g of harmedInArrest(cues, idx, s.index, text, groups)) groups.splice(groups.indexOf(g), 1);
    if (groups.length) sentenceGroups.set(s.index, groups);
  }

  // sentence fallback place: a located place elsewhere in the sentence, when the group has none
  for (const [si, groups] of sentenceGroups) {
    const claimed = new Set(groups.map((g) => g.place?.entity.id).filter(Boolean));
    for (const g of groups) {
      if (g.place) continue;
      const s = doc.sentences[si]!;
      const cands = idx.inSentence(si).filter(
        (em) =>
          em.entity.type === 'place' &&
          !claimed.has(em.entity.id) &&
          cues.strictLocativeBefore.test(text.slice(Math.max(s.start, em.mention.start - 30), em.mention.start)) &&
          !isBackgroundPlace(lex, idx, si, text, em) &&
          // (rule place/country-owner) nor a country written as whose the target is ("near the U.S. embassy in this
          // capital"): the sentence fallback reads the same place phrases as the event's own phrase
          !ownsTheTarget(doc.res.rules, cues, idx, text, s, em) &&
          // (rule incidents/motive-ends-phrase) nor the place of what the event answered
          !(
            em.mention.start > g.hits[0]!.end && cues.motiveOpener.test(text.slice(g.hits[0]!.end, em.mention.start))
          ) &&
          // (rule place/reaction-place) nor where people reacted to it ("set off protests in Kano")
          !(
            em.mention.start > g.hits[0]!.end &&
            isOn(doc.res.rules, PLACE_REACTION_PLACE) &&
            cues.reactionBetween.test(text.slice(g.hits[0]!.end, em.mention.start))
          ) &&
          // (rule incidents/motive-phrase-place) nor, for the event a motive phrase names, the place of the act that
          // answered it
          !answeredAt(cues, idx, text, s, g).has(em.entity.id),
      );
      // (rule place/settlement-apposition) "attacked Kessin, a village in the Mopti region": the settlement, not the region
      if (cands.length && groups.length === 1)
        g.place = settlementOfHolder(cues, idx, si, text, cands[0]!) ?? cands[0]!;
    }
  }

  // the dateline place belongs to the events of the lede, unless the lede has already placed an event of that kind
  // elsewhere ("LONDON - … after a bomber killed 22 at a concert in Manchester. … the bombing by X"): a wire files its
  // follow-ups from the capital, and a later definite phrase with no place of its own refers to that event
  if (datelinePlace) {
    const placedElsewhere = [...sentenceGroups]
      .filter(([si]) => si <= 2)
      .flatMap(([, groups]) => groups)
      .filter(
        (g) =>
          g.place?.entity.type === 'place' &&
          // in the dateline's country: an event abroad named in the lede is more often background than the story
          !!g.place.entity.country &&
          home.countries.has(g.place.entity.country) &&
          isViolent(groupKind(g)) &&
          !placesAgree(home, g.place, datelinePlace),
      );
    // places the lede's events were given by their own phrases: another event's, not a later unplaced one's
    const claimed = new Set(
      [...sentenceGroups]
        .filter(([si]) => si <= 2)
        // (rule incidents/last-span-marked-apart) an earlier event the lede refers to claims no place from its news
        .flatMap(([, gs]) => gs.filter((x) => !markedEarlier(doc, x)).map((x) => x.place?.entity.id))
        .filter((id): id is string => !!id),
    );
    /** the lede's sentences that tell an event, and the town this rule placed it in (null: none) */
    const told = new Map<number, EntityMention | null>([...sentenceGroups.keys()].map((k) => [k, null]));
    for (const [si, groups] of sentenceGroups) {
      if (si > 2 || !datelinePlace || cues.proceedings.test(doc.sentences[si]!.text)) continue;
      for (const g of groups) {
        // (rule place/scene-statement) a point of reference the lede measured the scene from ("guards at a depot
        // outside Moscow"), or a region of the country it names for the scene ("a convoy was bombed in Kashmir"),
        // gives way to the scene a later sentence states, there a place below a region of the same country
        const wide = g.place ? regionOfItsCountry(g.place) : false;
        if (g.place && isViolent(groupKind(g)) && (wide || isReferencePoint(home, g.place))) {
          const scene = sceneStatementPlace(doc, idx, lex, cues, home, si, false);
          const within = !wide || (!regionOfItsCountry(scene) && placeCountry(scene) === placeCountry(g.place));
          if (scene && scene.entity.id !== g.place.entity.id && within) {
            g.merges.push(
              `place ${scene.entity.name}: a later sentence says it took place there; ${g.place.entity.name} was written as ${wide ? 'the region it lies in' : 'a point of reference'} (rule place/scene-statement)`,
            );
            g.place = scene;
          }
        }
        if (g.place || !isViolent(groupKind(g))) continue;
        // (rule incidents/last-span-marked-apart) "the prosecutor of last week's takeover was shot dead": an earlier
        // event the lede refers to beside its news is not the news the dateline places
        if (markedEarlier(doc, g)) {
          g.merges.push(
            `not placed at the dateline ${datelinePlace.entity.name}: "${g.hits[0]!.past}" marks an earlier event`,
          );
          continue;
        }
        // (rule incidents/headline-tells-the-lede) the headline's event, told again below, takes the lede's place
        if (home.headline.has(si) && ledeRetelling(home, sentenceGroups, g)) {
          g.merges.push(`not placed at the dateline ${datelinePlace.entity.name}: a headline, told again in the lede`);
          continue;
        }
        // only a definite phrase ("the bombing", "the attacker … was shot dead") after the placed one points back to
        // it; a new one ("a bomb") may be the dateline's. Who did it ("the attacker") fits any violent event, and
        // "the attackers", "the kidnappers" point back as well: a plural of those who did it names one band, where
        // "the attacks" may name a series.
        const first = g.hits[0]!;
        // (rule place/verb-goes-on-with-the-lede) a verb of the act with no place of its own in a later sentence ("The
        // attackers … opened fire on residents") goes on with the event the lede placed, as a definite phrase does
        const referring =
          (first.det === 'definite' || (first.verbal && si > 0)) &&
          (!first.plural || first.cls === 'agent') &&
          g.hits.every((h) => h.det !== 'indefinite');
        const fitsKind = (x: Group) =>
          first.cls === 'agent' ? isViolent(groupKind(x)) : kindsCompatible(groupKind(x), groupKind(g));
        const elsewhere = referring
          ? placedElsewhere.find((x) => x.hits[0]!.start < first.start && fitsKind(x))
          : undefined;
        if (elsewhere) {
          g.merges.push(
            `not placed at the dateline ${datelinePlace.entity.name}: the lede places the ${groupKind(elsewhere)} in ${elsewhere.place!.entity.name}`,
          );
          continue;
        }
        // (an attacker noun alone, "the murderers", is as often placed where they came from)
        const town = g.hits.every((h) => h.cls === 'agent')
          ? null
          : ledeTown(
              doc,
              idx,
              lex,
              cues,
              datelinePlace,
              dateline?.end ?? 0,
              si,
              claimed,
              home.within,
              told,
              new Set([...otherEventsPlaces(groups, g), ...answeredAt(cues, idx, text, doc.sentences[si]!, g)]),
            );
        if (!told.get(si)) told.set(si, town);
        if (town) {
          g.merges.push(
            `place ${town.entity.name}: its sentence names it, the dateline's ${datelinePlace.entity.name} only where the report is from (rule place/lede-town-over-dateline)`,
          );
          g.place = town;
          continue;
        }
        // (rule place/scene-statement) "The incident occurred in X": a later sentence that says where it happened
        const scene = sceneStatementPlace(doc, idx, lex, cues, home, si, true);
        if (scene) {
          const atPoint = isReferencePoint(home, scene);
          g.merges.push(
            `place ${scene.entity.name}: a later sentence says it took place ${atPoint ? 'at the edge of it' : 'there'}; the dateline's ${datelinePlace.entity.name} only where the report is from (rule ${atPoint ? 'place/scene-statement-at-a-point' : 'place/scene-statement'})`,
          );
          g.place = scene;
          continue;
        }
        const part = partOfTheCountry(cues, doc, g);
        if (part) {
          g.merges.push(
            `not placed at the dateline ${datelinePlace.entity.name}: its sentence places it "${part}" (rule place/part-of-the-country)`,
          );
          continue;
        }
        const country = abroad
          ? null
          : bureauDateline(
              doc,
              cues,
              idx,
              datelinePlace,
              dateline?.end ?? 0,
              [si, ...g.hits.map((h) => h.sentence)],
              entities,
            );
        if (country) {
          g.place = country;
          g.merges.push(
            `place ${country.entity.name}: the dateline's ${datelinePlace.entity.name} is a capital's bureau, which files the whole country's news, and nothing places it in the capital (rule place/capital-bureau-dateline)`,
          );
          continue;
        }
        g.place = datelinePlace;
        g.datelinePlaced = true;
        g.merges.push(
          `place ${datelinePlace.entity.name}: a lede event with no place of its own; the dateline's (rule place/dateline-of-the-lede)`,
        );
      }
    }
  }

  // across sentences
  const incidents: Group[] = [];
  const ordered = [...sentenceGroups.keys()].sort((a, b) => a - b).flatMap((k) => sentenceGroups.get(k)!);
  for (const g of ordered) {
    const target = findTarget(home, incidents, g);
    if (target) {
      placeGuessedSitesInTown(home, target.into, g, entities);
      mergeInto(target.into, g, home);
      target.into.merges.push(
        `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" (sentence ${g.hits[0]!.sentence}) joins: ${target.why}`,
      );
    } else incidents.push(g);
  }

  // claims and investigation cues attach to the incident of their sentence, else the most-discussed one
  const kept = incidents.filter((g) => anchored(g));
  for (const c of claims) {
    const inSentence = kept.filter(
      (g) => g.hits.some((h) => h.sentence === c.sentence) && (c.role === 'responder' || isViolent(groupKind(g))),
    );
    // a named perpetrator's cue may name its incident ("X, the main suspect in the November attacks"): the nearest
    const gap = (g: Group) =>
      Math.min(
        ...g.hits.filter((h) => h.sentence === c.sentence).map((h) => Math.max(h.start - c.end, c.start - h.end, 0)),
      );
    if (c.nearest) inSentence.sort((a, b) => gap(a) - gap(b));
    let target = inSentence[0] ?? mostDiscussed(kept.filter((g) => isViolent(groupKind(g))));
    let role = c.role;
    // (rule incidents/suspect-of-the-only-response) an article that reports no act of violence, only the arrest or the
    // foiled plot ("The suspect, identified as X, was detained"): the one held to have done or planned it is the
    // suspect of that response, of the sentence's own, else the most-discussed one
    if (!target && c.role === 'perpetrator' && isOn(doc.res.rules, PARTICIPANT_SUSPECT_OF_ONLY_RESPONSE)) {
      const responses = kept.filter((g) => isResponseKind(groupKind(g)) && !g.reference);
      target = responses.find((g) => g.hits.some((h) => h.sentence === c.sentence)) ?? mostDiscussed(responses);
      role = 'suspect';
    }
    if (!target) continue;
    // a person named as an incident's perpetrator is not also its victim ("the attackers … were killed")
    if (c.role === 'perpetrator')
      target.participants = target.participants.filter(
        (p) => !(p.role === 'victim' && p.em.entity.id === c.em.entity.id),
      );
    // the rule that read the claim gave the role, unless the role was changed here
    addParticipant(target, c.em, role, { rule: role === c.role ? c.rule : PARTICIPANT_SUSPECT_OF_ONLY_RESPONSE.id });
    if (!target.cues.some((x) => x.start === c.start))
      target.cues.push({ start: c.start, end: c.end, sentence: c.sentence });
  }

  // past events the article refers to; a follow-up's relative dates are those of the proceedings, not the event
  const lede = doc.sentences
    .slice(0, 2)
    .map((x) => x.text)
    .join(' ');
  // (rule follow-up/fresh-lede) a first sentence that reports harm done ("A car bomb exploded …, killing 12 people"),
  // with no follow-up cue in it or the title, makes a report of the day: a cue in the next sentence ("since the
  // government agreed to extradite suspects") is background
  const first = doc.sentences[0];
  // (rule follow-up/cue-describes-someone) a cue only inside a phrase set off by commas before the harm says who
  // someone is ("X, the prosecutor leading the inquiry into …, was shot dead"): a death the phrase tells counts as a toll
  const firstCue = first ? followUpCue(frames, doc.input.title ?? '', first.text) : null;
  const setOff = (h: Hit) =>
    !!first &&
    !followUpCue(frames, doc.input.title ?? '', '') &&
    isOn(doc.res.rules, FOLLOW_UP_CUE_DESCRIBES_SOMEONE) &&
    followUpCuesSetOff(frames, first.text, h.start - first.start);
  const freshLede =
    !!first &&
    kept.some(
      (g) =>
        isViolent(groupKind(g)) &&
        g.hits.some(
          (h) =>
            h.sentence === first.index &&
            !h.past &&
            !h.compared &&
            !h.heldTo &&
            (firstCue ? setOff(h) && (h.tolls.length > 0 || h.killed !== null) : h.tolls.length > 0),
        ),
    );
  const follow = freshLede ? null : followUpCue(frames, doc.input.title ?? '', lede);
  // "drew comparisons with the rampage in Nice in July", "following the attack in March": a phrase of one sentence
  // that points back to another event is a reference to it, unless it is the article's most-discussed incident
  const top = mostDiscussed(kept.filter((g) => isViolent(groupKind(g))));
  // the article's first sentence after its headline (rule reference/reported-in-the-lede)
  let ledeSentence = 0;
  while (home.headline.has(ledeSentence)) ledeSentence++;
  for (const g of kept) {
    if (!isViolent(groupKind(g))) continue;
    const oneSentence = g.hits.every((h) => h.sentence === g.hits[0]!.sentence);
    const compared =
      g !== top && oneSentence
        ? (g.hits.find((h) => h.compared)?.compared ?? g.hits.find((h) => h.heldTo)?.heldTo)
        : undefined;
    // the mark of the past counts on the phrase that opens the group, the article's first telling of it: "injured today
    // when a bomb exploded … in previous attacks" is today's bombing with a background phrase joined to it, not a
    // reference; "the 2015 attacks … the attacks" opens with its mark
    const past = openingOf(g).past ?? compared;
    // a day, or a month or year that ended, over 30 days before the article ("the shootings in January 2015")
    const lastDay = g.date ?? (g.period ? lastDayOf(g.period.iso) : null);
    // (rule reference/reported-in-the-lede) the article's most-discussed incident, the first it tells, opened in its
    // first sentence, one that writes its date ("A bomb attack on 3 August occurred at a bank in X. Five people were
    // injured"), is the event the article reports, however long ago: it keeps that date and stays an incident with its
    // victims. An old date makes a reference of an event told in passing, after another or after the lede, or one
    // dated only by another sentence
    const opening = openingOf(g);
    const reported =
      g === top &&
      opening.sentence <= ledeSentence &&
      g.date !== null &&
      g.hits.some((h) => h.sentence === opening.sentence && h.dateExplicit && h.date === g.date) &&
      kept.every((x) => x === g || !isViolent(groupKind(x)) || openingOf(x).start > opening.start);
    const old =
      !reported && lastDay && anchor && anchor.getTime() - Date.parse(`${lastDay}T12:00:00Z`) > 30 * 86_400_000;
    if (follow || past || old) {
      g.reference = true;
      // the date that made it old, kept for the reason: a relative day is taken off just below
      const datedAs = g.date ?? g.period?.iso;
      // in a follow-up a relative date is the proceedings'; a date a trigger took beside a pointer back is its own
      // (the act a suspect is held to have done takes no date from the sentence that reports his arrest or death)
      const ownDate = !follow && !g.hits.some((h) => h.past || h.heldTo) && compared;
      if (g.date && !g.dateExplicit && !ownDate) {
        // (rule dates/written-in-reference) the relative day goes; a day one of its phrases writes out ("the killing
        // of the officer on 3 March 2021") is the event's
        const written = g.hits.find((h) => h.date && h.dateExplicit && h.date !== g.date);
        g.date = written?.date ?? null;
        if (written) g.merges.push(`date ${written.date}: written beside "${text.slice(written.start, written.end)}"`);
      }
      const marked = openingOf(g).past;
      const period = !g.date && !g.period && marked ? periodOfPastMark(frames, marked) : null;
      if (period) {
        g.period = period;
        g.merges.push(`date ${period.iso}: the year "${marked}" writes beside it`);
      }
      g.merges.push(
        `a reference to an earlier event: ${follow ? `the article is a follow-up ("${follow}")` : past ? `"${past}"` : `dated ${datedAs}, over 30 days before the article`}`,
      );
    }
  }
  for (const g of kept) if (!g.reference) dropPastTellingVictims(g);
  const main = mostDiscussed(kept.filter((g) => isViolent(groupKind(g)) && !g.reference));
  if (main)
    attachOrphanRoles(
      main,
      orphanRoles.filter((o) => !o.harmed && (!o.freed || held(groupKind(main)))),
      kept,
      harmedByResponse,
      describedStateForce(doc.res.words),
    );
  // (a follow-up with no event of its own, "the death toll had risen to 139" in a report of charges: the toll of the
  // event it follows up, the most-discussed one it refers to)
  const tollOf = main ?? (follow ? top : undefined);
  // (rule casualty/orphan-count) "He was pronounced dead at the scene": a count in a sentence that names no incident
  // is the main incident's, used only when it states no count of its own and is the article's only incident of harm
  // (with two, the sentence could be about either)
  const harmful = kept.filter((g) => isViolent(groupKind(g)) && !g.reference);
  // (rule casualty/orphan-count-before-other) with two, a count told after the main incident and before the other is
  // first told ("… killing 14. Eleven civilians were among the dead, and 40 were wounded. … two days after insurgents
  // attacked a checkpoint") is still the main incident's: news tells one event before it turns to the next
  const firstSentence = (g: Group) => Math.min(...g.hits.map((h) => h.sentence));
  const beforeOthers = (sentence: number) =>
    !!main &&
    tollOf === main &&
    firstSentence(main) <= sentence &&
    harmful.every((g) => g === tollOf || firstSentence(g) > sentence);
  const orphanCounts = harmful.length <= 1 ? orphanTolls : orphanTolls.filter((t) => beforeOthers(t.sentence));
  if (tollOf && orphanCounts.length) {
    const own = new Set(tollOf.tolls.filter((t) => t.rank > 0).map((t) => t.what));
    tollOf.tolls.push(...orphanCounts);
    setTolls(tollOf);
    for (const what of ['killed', 'injured'] as const) {
      const used = orphanCounts.find((t) => t.what === what && t.count === tollOf[what]);
      if (used && !own.has(what))
        tollOf.merges.push(`${what} ${used.count} from sentence ${used.sentence}, which names no incident`);
    }
  }
  if (tollOf && revisedTolls.length) {
    tollOf.tolls.push(...revisedTolls);
    setTolls(tollOf);
    for (const t of revisedTolls)
      tollOf.merges.push(`${t.what} ${t.count} from the revised toll in sentence ${t.sentence}`);
  }
  // the main incident with no place (or only its country) is where the article's report is: its dateline, else the
  // place it names most where something happens (background places left out)
  // (a follow-up's incident, a reference, is still the one the article is about: its place is placed the same way)
  const placed = main ?? top;
  if (placed) {
    // (rule place/part-of-country) "jets bombed positions in south Lebanon": a country written with a direction before
    // it is a part of it, which the dateline's city (mostly the capital) does not stand for; the country stays
    const countryPart =
      !!placed.place &&
      placeKindOf(placed.place) === 'country' &&
      cues.directionBefore.test(text.slice(Math.max(0, placed.place.mention.start - 30), placed.place.mention.start));
    const found = countryPart
      ? null
      : !placed.place ||
          placeKindOf(placed.place) === 'country' ||
          !isLocated(placed.place) ||
          placed.place.entity.id === datelinePlace?.entity.id
        ? articlePlace(
            lex,
            cues,
            idx,
            doc,
            entities,
            datelinePlace ?? null,
            dateline?.end ?? 0,
            // the sentences that tell it: its phrases and its cues ("accused X of trying to kill him in …")
            new Set([...placed.hits, ...placed.cues].map((h) => h.sentence)),
            placed.place,
            !!partOfTheCountry(cues, doc, placed),
            !!abroad,
          )
        : (venueOnStreet(doc, home, entities, placed) ?? streetCity(doc, entities, placed.place));
    if (found) {
      if ('venueOn' in found && typeof found.venueOn === 'string') placed.venueStreet = found.venueOn;
      placed.place = found.place;
      placed.merges.push(`place ${found.place.entity.name}: ${found.why}`);
    }
    const named = firstMatch(
      [PLACE_NAMED_EVENT],
      {
        named: placed.hits.find((h) => h.namedEvent && h.place)?.place,
        place: placed.place,
        datelinePlace: datelinePlace ?? null,
      },
      doc.res.rules,
    )?.out;
    if (named) {
      placed.merges.push(
        `place ${named.entity.name}: the event's own name places it there, over ${placed.place?.entity.name ?? 'no place'} (rule place/named-event)`,
      );
      placed.place = named;
    }
    const holder =
      placed.place && !locatedItself(placed.place) ? writtenHolder(doc, home, entities, placed.place) : null;
    if (holder) {
      placed.merges.push(
        `place ${holder.entity.name}: ${placed.place!.entity.name}, which the gazetteer does not locate itself, is written as lying in it`,
      );
      placed.place = holder;
    }
    const town = isCounty(placed.place)
      ? townInCounty(
          cues,
          lex,
          idx,
          doc,
          datelinePlace ?? null,
          placed.place!,
          new Set(placed.hits.map((h) => h.sentence)),
        )
      : null;
    if (town) {
      placed.place = town.place;
      placed.merges.push(`place ${town.place.entity.name}: ${town.why}`);
    }
  }
  // (rule incidents/reference-own-place) an earlier event the article points back to ("the 1988 bombing of an airliner
  // over Scotland" in a story filed from Washington) happened where its own phrase says: the dateline's or the
  // article's place it was given gives way to a place in another country the phrase goes on to name. Wires file reports of
  // their country's past attacks from its capital, so with no such place it stays.
  if (!follow) {
    const placeBefore = doc.res.words.memo(
      'incidents.referencePlaceBefore',
      () => new RegExp(`(?<![\\p{L}])(?:${doc.res.words.alt('incident-frames.placeBefore')})\\s+(?:the\\s+)?$`, 'iu'),
    );
    for (const g of kept) {
      const at = g.place?.entity;
      if (!g.reference) continue;
      if (at) {
        if (at.type !== 'place' || !at.country) continue;
        if (g.hits.some((h) => h.place?.entity.id === at.id)) continue;
      }
      // (rule incidents/reference-phrase-place) one with no place yet ("the 1988 bombing of an airliner over
      // Scotland", "over" and "off" being no locative of the event's own phrase) takes the place its phrase runs on to,
      // in one clause: no mark of punctuation between the phrase and the place, which the article's country would
      // otherwise replace
      const elsewhere = g.hits
        .flatMap((h) =>
          idx
            .within(h.sentence, h.end, Math.min(doc.sentences[h.sentence]!.end, h.end + 100))
            .filter(
              (em) =>
                at || (em.mention.start - h.end <= 60 && !/[,;:()"“”]/u.test(text.slice(h.end, em.mention.start))),
            ),
        )
        .find(
          (em) =>
            em.entity.type === 'place' &&
            !!em.entity.country &&
            (!at || em.entity.country !== at.country) &&
            placeBefore.test(text.slice(Math.max(0, em.mention.start - 30), em.mention.start)),
        );
      if (!elsewhere) continue;
      g.merges.push(
        at
          ? `place ${elsewhere.entity.name}: the phrase places the earlier event there, in another country than ${at.name}, where the article was filed or what it is about`
          : `place ${elsewhere.entity.name}: the phrase places the earlier event there (rule incidents/reference-phrase-place)`,
      );
      g.place = elsewhere;
    }
  }
  // (rule dates/charge-day-not-act-day) an act the article tells only through a charge or verdict ("walked free on
  // Friday after charges of attempted murder were dropped", "was charged on Monday with murder") happened before the
  // proceedings whose day the lede gives: it takes a lede day only one written after its words, in its phrase
  // ("accused of killing his stepfather the night of Dec. 3")
  const toldAsCharge = !!main && main.hits.every((h) => h.legal);
  const inChargePhrase = (d: { start: number; sentence: number }) =>
    !!main && main.hits.some((h) => h.sentence === d.sentence && h.start < d.start);
  // (rule dates/own-period-over-lede-day) nor does one its own phrase sets in a month or year ("killed in the capital
  // in early July", in a story of the preparations for Sunday's parade) take a lede day outside that period
  const ledeDay = ledeDates.find(
    (d) => (!main?.period || d.iso.startsWith(main.period.iso)) && (!toldAsCharge || inChargePhrase(d)),
  );
  if (main && !main.date && ledeDay) {
    const d = ledeDay;
    main.date = d.iso;
    main.ledeDay = d.iso;
    main.dateExplicit = writesDay(doc.res.words, text, d);
    main.merges.push(
      `date ${d.iso} from "${text.slice(d.start, d.end)}" in sentence ${d.sentence}, the lede's first date${main.period ? ` in ${main.period.iso}` : ''}`,
    );
  }

  // (rule dates/weeks-months-years-from-another-event) given once phrases are joined, so that it decides no join: an
  // incident nothing else dated takes the month or year its distance from the sentence's day leads back to
  for (const g of kept) {
    // (rule dates/counted-back-from-today) "stabbed three people six weeks ago": only the telling that opens the
    // incident, as a mark of the past counts; a later "another bomb went off there weeks ago" is another event's
    const back =
      g.hits.find((h) => h.countedBack)?.countedBack ??
      (isOn(doc.res.rules, DATES_COUNTED_BACK_FROM_TODAY) ? openingOf(g).countedBackToday : undefined);
    if (!back || g.date || g.period) continue;
    g.period = back.period;
    g.merges.push(back.why);
  }

  // (rule dates/days-from-another-event) "three days after a raid", "two days later": an undated event from a dated one
  // (a clause that names no event counts from the article's most-discussed dated one, of any kind: "The operation came …")
  dateByDayOffsets(
    doc,
    kept,
    anchor,
    lex.casualties.numbers,
    mostDiscussed(kept.filter((g) => g.date && !g.reference)),
  );

  // the undated phrases that belong to the article's dated main incident (the most-discussed dated one)
  const datedMain = mostDiscussed(kept.filter((g) => isViolent(groupKind(g)) && !g.reference && g.date));
  const sites = datedMain ? sitesOfMain(datedMain, kept, text) : new Set<Group>();
  if (datedMain) placeOverSites(datedMain, entities, idx, text, datelinePlace);
  // (rule incidents/county-town again) once phrases are merged into an incident placed in a county, one of them may
  // name the town in it
  const townAfterJoin = (g: Group, joined: string) => {
    if (!isCounty(g.place)) return;
    const sentences = new Set(g.hits.map((h) => h.sentence));
    const town = townInCounty(cues, lex, idx, doc, datelinePlace ?? null, g.place!, sentences);
    if (!town) return;
    g.place = town.place;
    g.merges.push(`place ${town.place.entity.name}: ${town.why}, in ${joined}`);
  };
  // ("Pittsburgh police said Williams was found shot on Mossfield Street" under "Allegheny County")
  if (datedMain && sites.size) townAfterJoin(datedMain, 'the phrase of one of its sites');
  // a person named as an incident's perpetrator is not also its victim ("the attacker was shot dead by police")
  for (const g of kept) {
    const perps = new Set(g.participants.filter((p) => p.role === 'perpetrator').map((p) => p.em.entity.id));
    g.participants = g.participants.filter((p) => p.role !== 'victim' || !perps.has(p.em.entity.id));
  }
  // (rule perpetrator/unit-of-group) "the 12th Front of the FARC", "a cell of the Front": the armed group a unit
  // perpetrator is written as part of did it too
  for (const g of kept) {
    if (!isViolent(groupKind(g))) continue;
    for (const p of [...g.participants]) {
      if (p.role !== 'perpetrator') continue;
      const parent = isOn(doc.res.rules, PARTICIPANT_UNIT_OF_GROUP)
        ? groupOfUnit(doc.res.words, idx, text, p.em.entity)
        : undefined;
      // (rule perpetrator/group-named-unit) "an ELN cell", "Shining Path columns": the group's name opens the unit's
      const named = parent
        ? undefined
        : isOn(doc.res.rules, PERPETRATOR_GROUP_NAMED_UNIT)
          ? groupNamingUnit(doc.res.words, entities, p.em.entity)
          : undefined;
      const group = parent ?? named;
      if (!group || g.participants.some((q) => q.em.entity.id === group.entity.id)) continue;
      addParticipant(g, group, 'perpetrator', {
        rule: parent ? PARTICIPANT_UNIT_OF_GROUP.id : PERPETRATOR_GROUP_NAMED_UNIT.id,
      });
      g.merges.push(
        `rule ${parent ? 'perpetrator/unit-of-group' : 'perpetrator/group-named-unit'}: ${group.entity.name}: perpetrator, the armed group whose unit "${p.em.entity.name}" did it`,
      );
    }
  }
  // (rule incident-movement/article-group) "the rebels" of an incident are the article's one main armed group
  const armedGroups: ArticleGroup<EntityMention>[] = entities
    .filter((e) => e.type === 'organization' && e.kind === 'armed_group' && e.mentions.length)
    .map((e) => ({ group: { entity: e, mention: e.mentions[0]! }, name: e.name, mentions: e.mentions.length }));
  for (const g of kept) {
    if (!isViolent(groupKind(g))) continue;
    const movement = movementOf(
      {
        describedPerpetrators: g.described.filter((d) => d.role === 'perpetrator').map((d) => d.text),
        namedGroupPerpetrator: g.participants.some(
          (p) => p.role === 'perpetrator' && p.em.entity.type === 'organization',
        ),
        groups: armedGroups,
        movementNoun: movementNounOf(doc.res.words),
      },
      doc.res.rules,
    );
    if (!movement) continue;
    addParticipant(g, movement.group, 'perpetrator', { rule: movement.rule });
    g.merges.push(movement.why);
  }
  const evidence = devicesOfTheStory(kept);
  // (the main incident's words go to the dated one when they were merged into it as one of its sites)
  const story = main && sites.has(main) ? datedMain : (main ?? top);
  const restated = story
    ? restatementsOfMain(
        cues,
        doc.res.rules,
        doc.sentences,
        home,
        story,
        kept.filter((g) => !sites.has(g) && !evidence.has(g)),
        text,
      )
    : new Set<Group>();
  // a telling merged into it as a restatement ("X was shot as he sat in a Tacoma parking lot" under "Pierce County")
  if (story && restated.size) townAfterJoin(story, 'one of its restatements');
  // a main incident placed nowhere once its tellings are joined: a city the rest of the article names, else the county
  // its first sentences name by name (rules place/city-later-in-article, place/unlocated-county)
  // (only a city of the country the report is from: its bureau's, else the one country of every place it locates)
  const located = new Set(
    entities.flatMap((e) => (e.type === 'place' && e.country && e.lat !== null ? [e.country] : [])),
  );
  const reportCountry =
    abroad ??
    (datelinePlace?.entity.type === 'place' ? datelinePlace.entity.country : null) ??
    (located.size === 1 ? [...located][0]! : null);
  const late =
    story && !story.place ? (laterCity(lex, idx, doc, reportCountry) ?? unlocatedCounty(lex, idx, doc)) : null;
  if (story && late) {
    story.place = late.place;
    story.merges.push(`place ${late.place.entity.name}: ${late.why}`);
  }
  // (rule incidents/orphan-harmed) the one harmed that a sentence without an incident word names joins the main
  // incident once its tellings are joined: a victim of its own would keep a telling that names others apart
  if (main && !main.reference)
    attachOrphanRoles(
      story && isViolent(groupKind(story)) && !story.reference ? story : main,
      orphanRoles.filter((o) => o.harmed),
      kept,
      harmedByResponse,
      describedStateForce(doc.res.words),
    );
  const folded = responsesOfTheStory(kept, story, text);
  const rest = kept.filter((g) => !sites.has(g) && !evidence.has(g) && !folded.has(g) && !restated.has(g));
  // (rule dates/clock-time-of-the-news-day) an undated event of the article's own days told with a clock time and no
  // day ("Shortly before 5 p.m. the brothers came out firing and were shot dead") happened on the day of the article's
  // dated main incident, the day its report is about
  const newsDay = datedMain?.date;
  if (newsDay)
    for (const g of rest) {
      if (g.date || g.period || g.reference || g.dateFlag) continue;
      if (g.hits.some((h) => h.past || h.compared || h.heldTo)) continue;
      const at = g.hits.find((h) => clockTimeOnly(doc.sentences[h.sentence]!.text, anchor, doc.res.words));
      if (!at) continue;
      g.date = newsDay;
      g.merges.push(
        `date ${newsDay}: sentence ${at.sentence} gives a clock time and no day, the day of the article's main incident (rule dates/clock-time-of-the-news-day)`,
      );
    }
  // (rule dates/clock-time-of-the-report-day) with no dated main incident, the main one told with a clock time and no
  // day ("the shooting happened shortly after 1 p.m.") happened on the day of the report
  else if (anchor && main && rest.includes(main) && isOn(doc.res.rules, DATES_CLOCK_TIME_OF_THE_REPORT_DAY))
    clockTimeOfTheReportDay(doc, main, anchor);
  // (rule dates/days-from-another-event, moments) "At almost the same moment, police stormed the shop": read once the
  // tellings are joined and the clock time has dated the event told before (an undated blast "minutes later" at a
  // nearby site has joined the main incident as one of its sites by then; a day given is never replaced)
  dateByDayOffsets(
    doc,
    rest,
    anchor,
    lex.casualties.numbers,
    mostDiscussed(rest.filter((g) => g.date && !g.reference)),
    'moments',
  );
  // (rule dates/soon-after-another-event) "arrested shortly after the bombing": the month of the dated event, once
  // the tellings of the main incident are joined
  periodBySoonAfter(doc, rest, anchor, story?.date && isViolent(groupKind(story)) ? story : undefined, (si, at) =>
    rawTriggers(lex, doc.sentences[si]!).some((r) => r.start === at && isViolent(r.kind) && r.cls !== 'agent'),
  );
  if (story && story.place && isViolent(groupKind(story)))
    for (const g of rest) responseNearTheScene(cues, doc, story, g);
  for (const g of rest) responseClosesTheAct(cues, doc, rest, g);
  if (story) for (const g of rest) responseOnTheNewsDay(doc, rest, story, g, anchor);
  for (const g of lastSpanTellings(home, rest, text)) rest.splice(rest.indexOf(g), 1);
  const sameVictim = sameVictimTellings(home, rest, text);
  // (rule reference/one-per-target) "the attacks on Charlie Hebdo, a policewoman in Montrouge and a supermarket",
  // split once every merge is done: no part is merged back, nor kept by a name that still points at the whole
  const out = rest
    .filter((g) => !sameVictim.has(g))
    .flatMap((g) =>
      g.reference && isOn(doc.res.rules, PARTICIPANT_TARGET_OF_LIST)
        ? (oneReferencePerTarget(cues, idx, doc, g) ?? [g])
        : [g],
    );
  if (abroad && dateline) placeAbroad(doc, out, entities, datelinePlace ?? null, abroad, dateline.end);
  townPolice(cues, text, entities, out);
  countryOfTheReport(cues, doc, out, entities, datelinePlace ?? null, abroad);
  if (!abroad && dateline) placeByPeopleAbroad(doc, out, entities, datelinePlace ?? null, dateline.end);
  return out.map((g, i) => toIncident(doc, entities, datelinePlace ?? null, g, i + 1, reportedOn(g, anchor)));
}

/**
 * Rule place/near-the-scene. "A man detained two kilometres from the scene was questioned", "officers arrested a
 * second suspect near the scene": an arrest, raid or search with no place of its own whose clause places it by the
 * scene (data nearTheScene) took place where the incident the article reports did, and is placed there.
 */
function responseNearTheScene(cues: IncidentCues, doc: Doc, story: Group, g: Group): void {
  if (!isOn(doc.res.rules, PLACE_NEAR_THE_SCENE)) return;
  if (g === story || g.place || g.reference || isViolent(groupKind(g))) return;
  const text = doc.text;
  const h = g.hits.find((x) => {
    const s = doc.sentences[x.sentence]!;
    const from = clauseStart(text, s.start, x.start);
    return cues.nearTheScene.test(text.slice(from, clauseEnd(cues, text, x.end, s.end)));
  });
  const caught = h ? undefined : capturedAtTheScene(cues, doc, g);
  if (!h && caught === undefined) return;
  g.place = story.place;
  g.merges.push(
    h
      ? `place ${story.place!.entity.name}: sentence ${h.sentence} places it by the scene of the incident the article reports (rule place/near-the-scene)`
      : `place ${story.place!.entity.name}: sentence ${caught} of its paragraph tells someone was taken hold of at the scene of the incident the article reports (rule place/captured-at-the-scene)`,
  );
  // at the scene is also at the time: with no day or month of its own it took place when the incident did, and in a
  // follow-up that is an earlier event, not one of the day of the report
  if (g.date || g.period) return;
  if (story.date) {
    g.date = story.date;
    g.merges.push(`date ${story.date}: the day of the incident whose scene it was at (rule place/near-the-scene)`);
  } else if (story.period) g.period = story.period;
  if (story.reference) g.reference = true;
}

/**
 * Rule place/captured-at-the-scene. "Security officers tackled a man at the scene … Police named him as X … He was
 * arrested on suspicion of attempted murder": an arrest told with no place of its own, in a paragraph an earlier
 * sentence of which (at most CAPTURE_SENTENCES_BEFORE before it) tells someone was taken hold of at the scene (data
 * sceneCaptureVerbs, then nearTheScene in the same clause), is that capture told as an arrest: it was made at the
 * scene. Returns the index of that sentence, or undefined. Only an arrest (a raid or search is made elsewhere), and
 * only within one paragraph (a blank line ends the telling).
 */

/** a colon or semicolon: where a dated clause may open a telling of its own (rule incidents/dated-telling-after-colon) */
const TELLING_MARK = /[:;]/gu;

/** How many sentences before an arrest a capture at the scene is read as its telling (rule place/captured-at-the-scene). */
const CAPTURE_SENTENCES_BEFORE = 3;

function capturedAtTheScene(cues: IncidentCues, doc: Doc, g: Group): number | undefined {
  if (!isOn(doc.res.rules, PLACE_CAPTURED_AT_THE_SCENE) || groupKind(g) !== 'arrest') return undefined;
  const text = doc.text;
  for (const h of g.hits) {
    for (let i = h.sentence - 1; i >= 0 && i >= h.sentence - CAPTURE_SENTENCES_BEFORE; i--) {
      const s = doc.sentences[i]!;
      // a paragraph break between the capture and the arrest ends the telling
      if (/\n\s*\n/.test(text.slice(s.end, doc.sentences[i + 1]!.start))) break;
      if (cues.capturedAtTheScene.test(s.text)) return i;
    }
  }
  return undefined;
}

/**
 * Rule dates/response-closes-the-act. "13 men stormed the studio on 9 January, taking staff hostage, before police
 * entered the building and detained them": an arrest or raid with no day, month or year of its own, told in the
 * sentence of a violent phrase that has its day and after it, joined to it by a connective that tells the response as
 * the close of the same episode (data sequelLinks: "before", "until"), took place on that day. Not with a time between
 * ("two weeks later", "days after"), a semicolon, or a date of its own in the words between.
 */
function responseClosesTheAct(cues: IncidentCues, doc: Doc, groups: readonly Group[], g: Group): void {
  if (!isOn(doc.res.rules, DATES_RESPONSE_CLOSES_THE_ACT)) return;
  if (isViolent(groupKind(g)) || g.date || g.period || g.reference || g.dateFlag) return;
  const text = doc.text;
  for (const h of g.hits) {
    for (const v of groups) {
      if (v === g || v.reference || !isViolent(groupKind(v))) continue;
      const x = v.hits.find((y) => y.sentence === h.sentence && y.date && y.end <= h.start && !y.past);
      if (!x) continue;
      const between = text.slice(x.end, h.start);
      if (!cues.sequelLinks.test(between) || /;/.test(between)) continue;
      if (cues.priorEvent.test(between) || /\b(?:later|afterwards?|days?|weeks?|months?|years?)\b/i.test(between))
        continue;
      g.date = x.date;
      g.merges.push(
        `date ${x.date}: sentence ${h.sentence} tells it as the close of "${text.slice(x.start, x.end)}", on that day (rule dates/response-closes-the-act)`,
      );
      return;
    }
  }
}

/**
 * Rule dates/response-on-the-news-day. "Abe was shot on Friday … He was arrested on suspicion of attempted murder",
 * in a report published that Friday: an arrest, raid or search the article tells after the violent incident it reports,
 * with no day, month or year of its own, followed that incident and was reported on the report's day; where the
 * incident happened on the day of publication the response happened that day too, the only day between the two. Not
 * one told in the pluperfect ("he had been arrested", before the incident), one marked as past or as what someone is
 * held to have done, a response told before the incident is, one only named as a known event ("we denounce the arrest
 * of X"), nor one whose sentence tells of another incident ("farms were raided following the murder of …").
 */
function responseOnTheNewsDay(doc: Doc, groups: readonly Group[], story: Group, g: Group, anchor: Date | null): void {
  if (!isOn(doc.res.rules, DATES_RESPONSE_ON_THE_NEWS_DAY)) return;
  if (!anchor || g === story || story.reference || !story.date || !isViolent(groupKind(story))) return;
  if (isViolent(groupKind(g)) || g.date || g.period || g.reference || g.dateFlag) return;
  if (story.date !== anchor.toISOString().slice(0, 10)) return;
  const first = Math.min(...story.hits.map((h) => h.start));
  const text = doc.text;
  const earlier = (h: Hit) => {
    const s = doc.sentences[h.sentence]!;
    return /\bhad\b/i.test(text.slice(clauseStart(text, s.start, h.start), h.start));
  };
  if (g.hits.some((h) => h.start < first || h.past || h.heldTo || h.compared || earlier(h))) return;
  // told as a deed ("he was arrested", "police raided a house"), not named as a known event ("we denounce the arrest
  // of X"), in sentences that tell of no other incident ("farms were raided after the murder of …" follows that one)
  if (!g.hits.some((h) => h.verbal)) return;
  const own = new Set(g.hits.map((h) => h.sentence));
  if (groups.some((o) => o !== g && o !== story && o.hits.some((h) => own.has(h.sentence)))) return;
  g.date = story.date;
  g.merges.push(
    `date ${story.date}: it followed the incident the article reports, which happened on the day of the report (rule dates/response-on-the-news-day)`,
  );
}

/**
 * Rule incidents/absorbed-earlier-act (see its reason in incident-inline-rules.ts): the main incident holds a phrase of
 * the telling's kind that does not give it its day: one with no day of its own, or a day that agrees with the telling's.
 */
function absorbedEarlierAct(m: Group, g: Group): boolean {
  const day = g.date;
  if (!day) return false;
  return m.hits.some(
    (h) =>
      kindsCompatible(h.kind, groupKind(g)) &&
      h.date !== m.date &&
      (!h.date || Math.abs(dayNumber(h.date) - dayNumber(day)) <= RESTATED_DATE_DAYS),
  );
}

/**
 * Rule incidents/same-victim-told-twice. Two violent groups of one article that name the same person as the one
 * harmed, of kinds one event may have, are one event told twice ("Amari Brown, 7, was shot on the Fourth of July" and,
 * paragraphs on, "Amari Brown and his father were shot late Friday"): a person is shot or killed once in the days a
 * report covers. Each may name others the other does not (a relative hurt beside the victim, a first name only), which
 * keeps them apart as tellings of the main incident (restatementsOfMain); here the shared victim carries it. Not when
 * anything tells them apart: a reference beside a report, places that do not agree, days more than RESTATED_DATE_DAYS
 * apart, named perpetrators none of whom both name. The group told less joins the one told more, whose day stays the
 * event's (the day a side paragraph gives is as often when the victim died or was named). The groups merged away are
 * returned.
 */
function sameVictimTellings(home: Home, groups: Group[], text: string): Set<Group> {
  if (!isOn(home.rules, INCIDENTS_SAME_VICTIM_TOLD_TWICE)) return new Set();
  const out = new Set<Group>();
  const victims = (g: Group) =>
    new Set(
      g.participants.filter((p) => p.role === 'victim' && p.em.entity.type === 'person').map((p) => p.em.entity.id),
    );
  const order = [...groups].sort((a, b) => a.hits.length - b.hits.length || a.hits[0]!.start - b.hits[0]!.start);
  for (const g of order) {
    if (!isViolent(groupKind(g))) continue;
    const mine = victims(g);
    if (!mine.size) continue;
    const into = [...groups]
      .sort((a, b) => b.hits.length - a.hits.length || a.hits[0]!.start - b.hits[0]!.start)
      .find((m) => {
        if (m === g || out.has(m) || m.reference !== g.reference || !isViolent(groupKind(m))) return false;
        if (m.hits.length < g.hits.length) return false;
        if (!kindsCompatible(groupKind(m), groupKind(g))) return false;
        if (![...victims(m)].some((id) => mine.has(id))) return false;
        if (m.place && g.place && !placesAgree(home, m.place, g.place)) return false;
        if (namesOthers(m, g, 'perpetrator') || namesOthers(g, m, 'perpetrator')) return false;
        if (
          m.date &&
          g.date &&
          Math.abs(dayNumber(m.date) - dayNumber(g.date)) > RESTATED_DATE_DAYS &&
          !(isOn(home.rules, INCIDENTS_ABSORBED_EARLIER_ACT) && absorbedEarlierAct(m, g))
        )
          return false;
        if (!m.date && !g.date && m.period && g.period && m.period.iso !== g.period.iso) return false;
        return true;
      });
    if (!into) continue;
    const shared = [...victims(into)].filter((id) => mine.has(id));
    const who = into.participants.find((p) => p.em.entity.id === shared[0])?.em.entity.name ?? 'the victim';
    mergeInto(into, g);
    into.merges.push(
      `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" (sentence ${g.hits[0]!.sentence}) tells the same event again: ` +
        `it names ${who} as harmed too`,
    );
    out.add(g);
  }
  return out;
}

/**
 * Rule incidents/last-span-marked-apart: "the inquiry into last week's armed takeover of a studio … the 13 men who
 * stormed the studio on 9 January, taking staff hostage": an earlier event "last week's" or "last month's" marks, with
 * no day of its own, is the one violent event of a kind it may be that the article dates in that span, at no other
 * place; it joins that event. The groups merged away are returned.
 */
function lastSpanTellings(home: Home, groups: Group[], text: string): Set<Group> {
  const out = new Set<Group>();
  if (!isOn(home.rules, INCIDENTS_LAST_SPAN_MARKED_APART)) return out;
  for (const g of groups) {
    const span = g.hits.every((h) => h.lastSpan && h.past) ? g.hits[0]!.lastSpan : null;
    if (!span || g.date || g.period) continue;
    const within = groups.filter(
      (x) =>
        x !== g &&
        !out.has(x) &&
        !x.hits.some((h) => h.lastSpan) &&
        isViolent(groupKind(x)) &&
        kindsCompatible(groupKind(x), groupKind(g)) &&
        x.date !== null &&
        x.date >= span.from &&
        x.date <= span.to &&
        (!x.place || !g.place || groupPlacesAgree(home, x.place, g.place)),
    );
    if (within.length !== 1) continue;
    const into = within[0]!;
    mergeInto(into, g, home);
    into.merges.push(
      `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" (sentence ${g.hits[0]!.sentence}) joins: "${span.mark}" names the span it is dated in (rule incidents/last-span-marked-apart)`,
    );
    out.add(g);
  }
  return out;
}

/**
 * Rule incidents/harm-in-arrest: "Shots were fired and X was wounded before being taken into custody", "X was shot and
 * arrested", "a raid on a flat, where a man was shot dead by police". The harm was done in the arrest or the raid, and
 * its phrases join that response (as done by the responders) instead of making a violent incident of their own:
 *  - a violent phrase naming no attacker whose named victims are the people an arrest phrase of the same sentence
 *    goes on to arrest (it follows the last of them with words that keep the subject, data/lexicons/incident-cues.json
 *    sameSubjectLinks, nobody else named between);
 *  - a violent phrase done by police or troops ("shot dead by police") in the sentence of a raid.
 * The people harmed are left out of the response's participants (who is arrested is not read here). The violent groups
 * merged are returned.
 */
function harmedInArrest(c: IncidentCues, idx: MentionIndex, sentence: number, text: string, groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    if (!isViolent(groupKind(g)) || g.participants.some((p) => p.role === 'perpetrator')) continue;
    const victims = g.participants.filter((p) => p.role === 'victim');
    let into: Group | undefined;
    let why = '';
    if (g.hits.every((h) => h.byResponders)) {
      into = groups.find((r) => r !== g && groupKind(r) === 'raid');
      why = 'done by the responders in the sentence of a raid';
    }
    if (!into && victims.length && victims.every((p) => p.em.entity.type === 'person')) {
      const from = victims.reduce((a, b) => (b.em.mention.end > a.em.mention.end ? b : a)).em.mention.end;
      into = groups.find(
        (r) =>
          r !== g &&
          groupKind(r) === 'arrest' &&
          r.hits.some(
            (h) =>
              h.start >= from &&
              c.sameSubjectBefore.test(text.slice(from, h.start)) &&
              !/[;:.]/.test(text.slice(from, h.start)) &&
              !idx.within(sentence, from, h.start).some(isPersonOrOrg),
          ),
      );
      why = `${victims.map((p) => p.em.entity.name).join(', ')} harmed and arrested in one telling`;
    }
    if (!into) continue;
    const harmed = new Set(victims.map((p) => p.em.entity.id));
    const others = (ps: { em: EntityMention; role: ParticipantRole }[]) =>
      ps.filter((p) => !(p.role === 'victim' && harmed.has(p.em.entity.id)));
    for (const h of g.hits) {
      h.byResponders = true;
      h.participants = others(h.participants);
    }
    g.participants = others(g.participants);
    g.described = g.described.filter((d) => d.role !== 'victim');
    mergeInto(into, g);
    into.merges.push(
      `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" joins the ${groupKind(into)}: ${why} (harm-in-arrest)`,
    );
    out.push(g);
  }
  return out;
}

/**
 * Arrests and detentions the article mentions with no date, no place and no named person of their own ("police said
 * eight people had been arrested", "several more were detained") in an article about a violent incident: the
 * investigation of that incident. As nodes of their own they would be undated, unplaced points an analyst can put
 * on no timeline or map and connect to no one; their words stay as the incident's mentions. An arrest with a date, a
 * place or a named person is an event of its own (a node linked FOLLOW_UP_OF the incident in the graph).
 */
function responsesOfTheStory(kept: Group[], main: Group | undefined, text: string): Set<Group> {
  const folded = new Set<Group>();
  if (!main) return folded;
  // (rule incidents/arrest-is-the-story) an arrest the headline or lede tells, in an article that first tells the
  // violent incident only after its lede ("A convicted paedophile was arrested on Saturday … A child sex scandal in
  // Belgium in which two girls were murdered has focused attention"), is the story itself, not that incident's
  // investigation: news opens with its own event and tells the background last
  const ledeArrest = (g: Group) => openingOf(g).sentence <= LEDE_SENTENCES && openingOf(main).sentence > LEDE_SENTENCES;
  for (const g of kept) {
    if (g === main || g.reference || g.place || g.date || g.period || !isArrest(groupKind(g))) continue;
    if (ledeArrest(g)) continue;
    if (g.participants.some((p) => p.em.entity.type === 'person')) continue;
    folded.add(g);
    for (const h of g.hits) main.cues.push({ start: h.start, end: h.end, sentence: h.sentence });
    main.merges.push(
      `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" (sentence ${g.hits[0]!.sentence}): an arrest without a date, place or named person of its own, part of the investigation`,
    );
  }
  return folded;
}

/**
 * Devices found or made safe (rule incident/device-found) with no place or date of their own, in an article that
 * reports a violent incident: "explosives were found in the attacker's car" is a detail of that incident's story. An
 * analyst needs it neither as an event of its own (an undated, unplaced node on the timeline) nor as a follow-up
 * (nothing was done in response to the incident). Placed or dated, or where the article reports nothing else, a
 * find is an attempt foiled and stays.
 */
function devicesOfTheStory(kept: Group[]): Set<Group> {
  const found = kept.filter((g) => g.hits.every((h) => h.deviceFound) && !g.place && !g.date && !g.period);
  if (!found.length || !kept.some((g) => isViolent(groupKind(g)))) return new Set();
  return new Set(found);
}

/** the perpetrator rules that read a court's or the police's words after a name */
const GUILT_WORD_RULES = PERPETRATOR_RULES.filter(
  (r) => r.id === 'perpetrator/convicted-subject' || r.id === 'perpetrator/named-as',
);

/**
 * Named people and armed groups of one sentence that a perpetrator rule (incident-perpetrators.ts) finds; a list of
 * names ("Said and Cherif Kouachi and Amedy Coulibaly") is read as one, so a cue before or after it holds for each.
 */
function namedPerpetrators(
  doc: Doc,
  idx: MentionIndex,
  s: Sentence,
  victimsBefore: readonly RolePhrase[],
): { em: EntityMention; start: number; end: number; rule: string }[] {
  const cues = perpetratorCuesOf(doc.res.words);
  const text = doc.text;
  const ms = idx.inSentence(s.index).filter(isPersonOrOrg);
  // (rule perpetrator/coordinated-bodies) organisations joined by "and the" are one list too, in any case
  const bodies = isOn(doc.res.rules, PERPETRATOR_COORDINATED_BODIES);
  const joins = (a: EntityMention, b: EntityMention) =>
    a.entity.type === b.entity.type &&
    b.mention.start >= a.mention.end &&
    (a.entity.type === 'organization' && bodies
      ? /^\s*(?:,\s*)?(?:and\s+(?:the\s+)?)?$/i
      : /^\s*(?:,\s*)?(?:and\s+)?$/
    ).test(text.slice(a.mention.end, b.mention.start)) &&
    text.slice(a.mention.end, b.mention.start).trim() !== '';
  const out: { em: EntityMention; start: number; end: number; rule: string }[] = [];
  for (let i = 0; i < ms.length; i++) {
    const em = ms[i]!;
    let a = i,
      b = i;
    while (a > 0 && joins(ms[a - 1]!, ms[a]!)) a--;
    while (b < ms.length - 1 && joins(ms[b]!, ms[b + 1]!)) b++;
    const ctx: NamedAgentContext = {
      cues,
      text,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      start: em.mention.start,
      end: em.mention.end,
      listStart: ms[a]!.mention.start,
      listEnd: ms[b]!.mention.end,
      person: em.entity.type === 'person',
      armedGroup: orgKind(em) === 'armed_group',
    };
    const hit = firstMatch(PERPETRATOR_RULES, ctx, doc.res.rules);
    if (hit) out.push({ em, start: hit.out.start, end: hit.out.end, rule: hit.rule.id });
  }
  // (rule incidents/pronoun-subject-previous-person) "He was charged with murder", "She was later named as the
  // gunman": a pronoun opening the sentence stands for the one person the sentence before names, and the rules of a
  // court's or the police's words read the words after it as after that name (a verb of attack after a pronoun is
  // rule role.pronoun-active-subject's, which knows who the sentence before says was harmed)
  const opener = /^\s*["“]?(\p{L}+)(?![\p{L}])/u.exec(s.text);
  if (opener && !ms.some((m) => m.entity.type === 'person')) {
    const start = s.start + opener[0].length - opener[1]!.length;
    const pronoun = { start, text: opener[1]! };
    const em = pronounSubjectPerson(idx, doc.res.words.set('incident-roles.subjectPronouns'), text, s, pronoun);
    // the one the sentence before says was harmed ("X was killed in the clash. He had been sentenced for murder"): the
    // court's words tell of an earlier crime, not of this incident
    const harmed = em && victimsBefore.some((v) => em.mention.start >= v.start - 4 && em.mention.end <= v.end);
    if (em && !harmed) {
      const end = start + opener[1]!.length;
      const ctx: NamedAgentContext = {
        cues,
        text,
        sentenceStart: s.start,
        sentenceEnd: s.end,
        start,
        end,
        listStart: start,
        listEnd: end,
        person: true,
        armedGroup: false,
      };
      const hit = firstMatch(GUILT_WORD_RULES, ctx, doc.res.rules);
      if (hit) out.push({ em, start: hit.out.start, end: hit.out.end, rule: hit.rule.id });
    }
  }
  return out;
}

/**
 * Who "the brothers" are (rule perpetrator/kin-group-subject): the people of one surname the article names, at least two,
 * one of whom a mention introduces with the singular kinship noun ("his older brother, Tamerlan"). One mention of each;
 * none when no surname, or more than one, has such a group (the text does not say which family it means).
 */
function kinGroupMembers(idx: MentionIndex, sentences: number, text: string, kin: string): EntityMention[] {
  const kinBefore = new RegExp(`(?<![\\p{L}])${kin}\\s*,?\\s*$`, 'iu');
  const bySurname = new Map<string, Map<string, EntityMention>>();
  const introduced = new Set<string>();
  for (let i = 0; i < sentences; i++)
    for (const em of idx.inSentence(i)) {
      if (em.entity.type !== 'person') continue;
      const words = em.entity.name.split(/\s+/u);
      if (words.length < 2) continue;
      const surname = words[words.length - 1]!.toLowerCase();
      const people = bySurname.get(surname) ?? new Map<string, EntityMention>();
      if (!people.has(em.entity.id)) people.set(em.entity.id, em);
      bySurname.set(surname, people);
      if (kinBefore.test(text.slice(Math.max(0, em.mention.start - 40), em.mention.start))) introduced.add(surname);
    }
  const families = [...bySurname].filter(([surname, people]) => people.size >= 2 && introduced.has(surname));
  return families.length === 1 ? [...families[0]![1].values()] : [];
}

/** between two targets of one list: a comma, "and", or both */
const TARGET_GLUE = /\s*,\s*(?:and\s+)?|\s+and\s+/giu;
/** what ends the list of targets: the end of the sentence or of its clause */
const TARGET_LIST_END = /[.;:()—–]|\s-\s/u;
/** before the place an item names, the words that tie its target to it ("a policewoman in Montrouge") */
const TARGET_AT_PLACE = /\s+(?:in|at|near|outside)\s+(?:the\s+)?$/iu;

/**
 * Rule reference/one-per-target. An earlier event the article refers to with a plural event noun aimed at a list of
 * named targets ("the January 2015 attacks on the satirical weekly Charlie Hebdo, a policewoman in Montrouge and the
 * Hyper Cacher kosher supermarket") names one event per target when the article says its violence spanned several days
 * ("seventeen people were killed over three days"; incident-cues.json severalDaysSpan): each becomes a reference of its
 * own, with the target its item names (a person or body as victim, else the item's words) and the place it names, so a
 * follow-up points at each and none takes the others' attackers. Who the article names for the whole series ("the three
 * attackers, A, B and C") and the series' toll go to none of them: the text does not say who did which, and each part
 * keeps only the phrase that names it (the series' other phrases, its attackers' among them, are the whole series'
 * words: kept, they drew a part to the stored event of another target). One attack at several sites on one day ("the 15
 * March attacks on the Al Noor Mosque and the Linwood Islamic Centre", "the attacks on three churches and three
 * hotels") stays one: a reference dated to a day, an article that gives no span of days, or a list whose items are not
 * named, is never split. The list ends at the clause's end or at the first item that names nothing. Returns the parts
 * (fresh groups sharing nothing with `g`), or null.
 */
function oneReferencePerTarget(cues: IncidentCues, idx: MentionIndex, doc: Doc, g: Group): Group[] | null {
  const text = doc.text;
  if (g.date || !cues.severalDaysSpan.test(text)) return null;
  for (const h of g.hits) {
    if (!h.plural || h.verbal || h.cls !== 'event') continue;
    const sentenceEnd = doc.sentences[h.sentence]!.end;
    const open = cues.targetListOpener.exec(text.slice(h.end, sentenceEnd));
    if (!open) continue;
    const listStart = h.end + open[0].length;
    const stop = TARGET_LIST_END.exec(text.slice(listStart, sentenceEnd));
    const listEnd = stop ? listStart + stop.index : sentenceEnd;
    const spans: { start: number; end: number }[] = [];
    let at = listStart;
    for (const m of eachMatch(TARGET_GLUE, text.slice(listStart, listEnd))) {
      spans.push({ start: at, end: listStart + m.index });
      at = listStart + m.index + m[0].length;
    }
    spans.push({ start: at, end: listEnd });
    const items: { place: EntityMention | null; target: EntityMention | null; words: string }[] = [];
    for (const sp of spans) {
      const inside = idx.within(h.sentence, sp.start, sp.end);
      const place = inside.find((em) => em.entity.type === 'place') ?? null;
      const target = inside.find(isPersonOrOrg) ?? null;
      const words = text
        .slice(sp.start, place ? place.mention.start : sp.end)
        .replace(TARGET_AT_PLACE, '')
        .trim();
      // an item that names nothing ("three churches") ends the list of named targets
      if (!place && !target && !/\p{Lu}/u.test(text.slice(sp.start, sp.end))) break;
      items.push({ place, target, words: words || text.slice(sp.start, sp.end).trim() });
    }
    if (items.length < 2) continue;
    const ids = new Set(items.map((it) => it.target?.entity.id ?? it.place?.entity.id ?? it.words.toLowerCase()));
    if (ids.size < items.length) continue;
    const phrase = text.slice(h.start, h.end);
    return items.map((it) => {
      const participants = it.target
        ? [{ em: it.target, role: 'victim' as ParticipantRole, rule: PARTICIPANT_TARGET_OF_LIST.id }]
        : [];
      const described: Described[] =
        !it.target && it.words
          ? [{ role: 'victim', text: it.words, start: h.start, end: h.end, sentence: h.sentence }]
          : [];
      const hit: Hit = {
        ...h,
        place: it.place,
        participants: [...participants],
        described: [...described],
        tolls: [],
        killed: null,
        injured: null,
        date: null,
      };
      return {
        hits: [hit],
        cues: [],
        place: it.place,
        date: null,
        participants,
        killed: null,
        injured: null,
        tolls: [],
        merges: [
          ...g.merges,
          `one of ${items.length} events "${phrase}" names by their targets, the article's violence spanning several ` +
            `days: the one on "${it.words}"${it.place ? ` in ${it.place.entity.name}` : ''} (rule reference/one-per-target); ` +
            `who did them and their toll, told of them all, are no one part's`,
        ],
        dateExplicit: false,
        period: g.period ? { ...g.period } : null,
        dateFlag: g.dateFlag ? { ...g.dateFlag } : null,
        described,
        reference: true,
      };
    });
  }
  return null;
}

/**
 * Rule place/town-police. "Police in Hangzhou told his family he would be sent to a study class", "Worthing police
 * said": the police of a town act there, so an arrest, raid or other response the article places nowhere else (not
 * an earlier one it refers to) was made in the one town or area whose police the article names (data
 * townPoliceNouns); a country's police ("Chinese police") say no more than the country of the report, and with the
 * police of two places the article tells nothing of which one acted.
 */
function townPolice(cues: IncidentCues, text: string, entities: NamedEntity[], groups: Group[]): void {
  const unplaced = groups.filter((g) => !g.place && !g.reference && isResponseKind(groupKind(g)));
  if (!unplaced.length) return;
  const towns = new Map<string, EntityMention>();
  for (const e of entities) {
    if (e.type !== 'place' || e.placeKind === 'country' || e.lat === null || e.lon === null) continue;
    const m = e.mentions.find(
      (x) =>
        cues.townPoliceAfter.test(text.slice(x.end, x.end + 30)) ||
        cues.townPoliceBefore.test(text.slice(Math.max(0, x.start - 50), x.start)),
    );
    if (m) towns.set(e.id, { entity: e, mention: m });
  }
  if (towns.size !== 1) return;
  const [town] = towns.values();
  for (const g of unplaced) {
    g.place = town!;
    g.merges.push(
      `place ${town!.entity.name}: the article names its police, who made it there (rule place/town-police)`,
    );
  }
}

/**
 * Rule place/part-of-the-country: the words of a sentence of the event that place it in a part of the country no
 * town stands for ("killed 17 rebels in the southeast of the country", "took eight people hostage in the country's
 * northeastern jungle", "attacks in three Mexican states"), or null. Such an event is not at the dateline's city, which
 * is only where the report was filed: the country of the report places it (rule place/country-of-the-report).
 */
function partOfTheCountry(cues: IncidentCues, doc: Doc, g: Group): string | null {
  if (!isOn(doc.res.rules, PLACE_PART_OF_THE_COUNTRY)) return null;
  for (const h of g.hits) {
    const m = cues.countryPart.exec(doc.sentences[h.sentence]?.text ?? '');
    if (m) return m[0];
  }
  return null;
}

/**
 * Rule `place/country-of-the-report`. An event the article tells with no place of its own (not a reference to an
 * earlier one it only names: rule place/told-reference-in-the-report) happened in the country the report is from,
 * when that is clear: the country of the dateline's place, or, with no located dateline, the one country all the article's located places lie in, one of them a town or site. The event is placed in that
 * country only (country precision, the reason kept), and only when the article names the country itself; nothing
 * when its places span several countries.
 */
function countryOfTheReport(
  cues: IncidentCues,
  doc: Doc,
  groups: Group[],
  entities: NamedEntity[],
  datelinePlace: EntityMention | null,
  abroad: string | null,
): void {
  // (rule place/arrest-in-the-report) an arrest, raid or foiled plot is the work of the police of the country the
  // report is from: it is placed there like a violent event
  // (rule place/told-reference-in-the-report) an earlier event the article tells, not only names: the one it discusses
  // most, or one with its victims or toll ("Forero was killed on 27 February; his wife also died"), happened in the
  // report's country as well; a bare mention ("the September 11 attacks") may lie anywhere and stays unplaced
  const top = mostDiscussed(groups.filter((g) => isViolent(groupKind(g))));
  const told = (g: Group) =>
    g === top || g.participants.some((p) => p.role === 'victim') || g.killed !== null || g.injured !== null;
  const unplaced = groups.filter((g) => !g.place && (!g.reference || told(g)));
  if (!unplaced.length) return;
  const dateline = datelinePlace?.entity.type === 'place' ? datelinePlace.entity : null;
  const countries = new Set<string>();
  // (rule place/dateline-abroad) the country a bureau abroad reports on, not the bureau's
  if (abroad) countries.add(abroad);
  else if (dateline?.country && isLocated(datelinePlace!)) countries.add(dateline.country);
  else
    for (const e of entities)
      if (e.type === 'place' && e.country && e.lat !== null && e.lon !== null) countries.add(e.country);
  if (!countries.size && !(datelinePlace && isLocated(datelinePlace))) {
    peopleCountryOfTheReport(doc, unplaced, entities);
    return;
  }
  if (countries.size !== 1) return;
  // a country named only as an actor ("Washington's aid", "the United States said") is no place of the report: the
  // article must also name a town or site in it
  const townIn = entities.some(
    (e) => e.type === 'place' && e.placeKind !== 'country' && countries.has(e.country ?? ''),
  );
  if (!townIn) return;
  const [code] = countries;
  const country = entities.find((e) => e.type === 'place' && e.placeKind === 'country' && e.country === code);
  if (!country || !country.mentions.length) {
    // (rule place/dateline-of-the-report) a report that never writes its country's name ("SAN SALVADOR, 5 MAR 90 --
    // … a soldier was shot dead") still tells where it is from: the dateline's own place stands in for that country
    // (and only when the article names another town or site of that country: the dateline alone may be a bureau's)
    if (abroad || !datelinePlace || !dateline || dateline.country !== code) return;
    const otherTown = entities.some(
      (e) => e.type === 'place' && e.placeKind !== 'country' && e.country === code && e.id !== dateline.id,
    );
    if (!otherTown) return;
    for (const g of unplaced) {
      // (an earlier event is placed by its country only: the dateline is where today's report was filed; so is one
      // its sentence places in a part of the country, rule place/part-of-the-country)
      if (g.reference || partOfTheCountry(cues, doc, g)) continue;
      g.place = datelinePlace;
      g.merges.push(
        `place ${dateline.name}: the text names no place for it, nor the country of the report; the dateline's place (rule place/dateline-of-the-report)`,
      );
    }
    return;
  }
  const why = abroad
    ? `the country the report from ${dateline?.name ?? 'abroad'} is about (rule place/dateline-abroad)`
    : dateline && dateline.country === code
      ? `the country of the dateline's ${dateline.name}`
      : 'the one country of all the places the article names';
  const town = abroad ? null : reportsOneTown(doc, entities, datelinePlace, code!);
  for (const g of unplaced) {
    if (town && !g.reference && !partOfTheCountry(cues, doc, g)) {
      g.place = town;
      g.merges.push(
        `place ${town.entity.name}: the text names no place for it; the dateline's town, the only one the report names in its country, named in its body too (rule place/reports-one-town)`,
      );
      continue;
    }
    g.place = { entity: country, mention: country.mentions[0]! };
    g.merges.push(`place ${country.name}: the text names no place for it; ${why} (rule place/country-of-the-report)`);
  }
}

/**
 * Rule place/reports-one-town (declared in incident-inline-rules.ts): the dateline's town, when it is located in the
 * country of the report and is not its capital, is the only place below that country the article names, and the body
 * names it again (not only the dateline); else null.
 */
function reportsOneTown(
  doc: Doc,
  entities: NamedEntity[],
  datelinePlace: EntityMention | null,
  code: string,
): EntityMention | null {
  if (!isOn(doc.res.rules, PLACE_REPORTS_ONE_TOWN) || !datelinePlace || !isLocated(datelinePlace)) return null;
  const town = datelinePlace.entity;
  if (town.type !== 'place' || town.placeKind === 'country' || town.country !== code) return null;
  // a capital's dateline is the national bureau's, which reports the whole country (rule place/capital-bureau-dateline)
  const capital = doc.res.gazetteer.capitalOf(code);
  if (capital && Math.abs(capital.lat - town.lat!) <= 0.05 && Math.abs(capital.lon - town.lon!) <= 0.05) return null;
  const others = entities.some(
    (e) => e.type === 'place' && e.placeKind !== 'country' && e.country === code && e.id !== town.id,
  );
  if (others) return null;
  const inBody = town.mentions.some((m) => m.start !== datelinePlace.mention.start);
  return inBody ? datelinePlace : null;
}

/** how often the text must name the one country by its people's adjective (rule place/country-of-its-people) */
const PEOPLE_COUNTRY_MIN = 2;
/** and how many times as often as any other country */
const PEOPLE_COUNTRY_RATIO = 2;

/**
 * Rule place/country-of-its-people (declared in incident-inline-rules.ts). An article that names no located place at
 * all, not even in a dateline ("CLANDESTINE, 26 JUN 89 (RADIO) -- … the Salvadoran army murdered …"), still says
 * which country it is about when it names one country's people far more than any other's: its unplaced events are
 * placed in that country, the adjective as the country's mention (demonym-country.ts countryByDemonym).
 */
function peopleCountryOfTheReport(doc: Doc, unplaced: readonly Group[], entities: NamedEntity[]): void {
  if (!isOn(doc.res.rules, PLACE_COUNTRY_OF_ITS_PEOPLE)) return;
  const votes = countryVotes(
    doc.text,
    [{ start: 0, end: doc.text.length }],
    entities,
    doc.res.gazetteer.demonyms,
    doc.res.words.set('english.verbAndFunctionWords'),
  );
  const [top, next] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < PEOPLE_COUNTRY_MIN || (next && top[1] < PEOPLE_COUNTRY_RATIO * next[1])) return;
  for (const g of unplaced) {
    if (g.reference) continue;
    const country = countryByDemonym(doc, entities, top[0], 0);
    if (!country) return;
    g.place = country;
    g.merges.push(
      `place ${country.entity.name}: the article names no located place, and its people ${top[1]} times, more than any other country's (rule place/country-of-its-people)`,
    );
  }
}

/**
 * Rule place/lede-town-over-dateline. "BOGOTA, 18 AUG 89 (WIRE) -- A senator was shot this evening as he rose to speak
 * on the main square of Soacha, 15 km south of Bogota": a lede event with no place of its own phrase happened in the
 * one town, site or area of the dateline's country its sentence names after a locative ("in", "at", "of": not the
 * dateline's place, not background, not a point other places are measured from: "15 km south of Bogota"); else in
 * such a place an earlier sentence of the lede names that tells no event of its own (it sets the scene), and no event
 * of the lede was placed at by its own phrase; after a sentence that tells an event this one goes on with it, in the
 * town this rule gave it, else at the dateline. The dateline only says where the report was filed.
 */
/**
 * (rule place/lede-town-of-another-event) the places other events of the sentence took from their own phrases: "The
 * blast came three days after gunmen attacked a police post in Turbat" names Turbat for the attack, not the blast
 */
/**
 * Rule incidents/motive-phrase-place: "moved two battalions to the Gulf in response to the attacks": an event a
 * motive phrase names (what the act of its sentence answered) did not happen where that act did. The ids of the
 * places the sentence names before the motive phrase that holds the group's first phrase there.
 */
function answeredAt(cues: IncidentCues, idx: MentionIndex, text: string, s: Sentence, g: Group): Set<string> {
  const first = g.hits.find((h) => h.sentence === s.index);
  if (!first) return new Set();
  let opener = -1;
  for (const m of eachMatch(new RegExp(cues.motiveOpener.source, 'gi'), text.slice(s.start, first.start)))
    opener = s.start + m.index;
  if (opener < 0) return new Set();
  return new Set(
    idx
      .inSentence(s.index)
      .filter((em) => em.entity.type === 'place' && em.mention.end <= opener)
      .map((em) => em.entity.id),
  );
}

function otherEventsPlaces(groups: readonly Group[], g: Group): Set<string> {
  return new Set(groups.filter((x) => x !== g && x.place).map((x) => x.place!.entity.id));
}

/**
 * (rule place/settlement-apposition) The place of sentence `si` that an apposition right before `holder` calls a
 * settlement in it ("Kessin, a village in the Mopti region": Kessin for Mopti), or null.
 */
function settlementOfHolder(
  cues: IncidentCues,
  idx: MentionIndex,
  si: number,
  text: string,
  holder: EntityMention,
): EntityMention | null {
  return (
    idx
      .inSentence(si)
      .find(
        (em) =>
          em.entity.type === 'place' &&
          em.entity.id !== holder.entity.id &&
          placeKindOf(em) !== 'country' &&
          em.mention.end < holder.mention.start &&
          holder.mention.start - em.mention.end <= 60 &&
          cues.settlementApposition.test(text.slice(em.mention.end, holder.mention.start)) &&
          /(?:^|\s)(?:in|of|near)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu.test(
            text.slice(em.mention.end, holder.mention.start),
          ),
      ) ?? null
  );
}

/** sentences after a lede event's own that may state where it took place (rule place/scene-statement) */
const SCENE_STATEMENT_SENTENCES = 4;
/** how far after the statement's verb its place is read ("took place shortly after midnight in the X area") */
const SCENE_STATEMENT_CHARS = 60;

/**
 * Rule place/scene-statement. "Gunmen attacked guards at a depot outside Moscow. … The attack took place in Sergiev
 * Posad": a sentence soon after a lede event that points back to an event with a definite phrase ("the attack", "the
 * incident", "this action") and says where it took place, occurred or was staged names its scene, which a wire
 * otherwise leaves to the dateline or to a well-known place it is measured from. Only a town, site or area of the
 * report's country, written after a locative and not itself as a point of reference ("took place 20 km from Lima").
 */
function sceneStatementPlace(
  doc: Doc,
  idx: MentionIndex,
  lex: IncidentLexicon,
  cues: IncidentCues,
  home: Home,
  from: number,
  /** a place the scene lies at the edge of will do where the statement names no town (rule place/scene-statement-at-a-point) */
  orAtAPoint: boolean,
): EntityMention | null {
  if (!isOn(doc.res.rules, PLACE_SCENE_STATEMENT)) return null;
  const last = Math.min(doc.sentences.length - 1, from + SCENE_STATEMENT_SENTENCES);
  for (let si = from; si <= last; si++) {
    const s = doc.sentences[si]!;
    const m = cues.sceneStatement.exec(s.text);
    if (!m) continue;
    const verbEnd = s.start + m.index + m[0].length;
    const places = idx
      .within(si, verbEnd, Math.min(s.end, verbEnd + SCENE_STATEMENT_CHARS))
      .filter(
        (em) =>
          em.entity.type === 'place' &&
          em.entity.placeKind !== 'country' &&
          !!em.entity.country &&
          home.countries.has(em.entity.country) &&
          !isBackgroundPlace(lex, idx, si, home.text, em),
      );
    const scene = places.find(
      (em) => cues.strictLocativeBefore.test(home.text.slice(verbEnd, em.mention.start)) && !isReferencePoint(home, em),
    );
    if (scene) return scene;
    // (rule place/scene-statement-at-a-point) "occurred on the outskirts of X": no town of its own, the point it lies at
    const point =
      orAtAPoint && isOn(doc.res.rules, PLACE_SCENE_STATEMENT_AT_A_POINT)
        ? places.find((em) => cues.adjacentPointBefore.test(home.text.slice(verbEnd, em.mention.start)))
        : undefined;
    if (point) return point;
  }
  return null;
}

function ledeTown(
  doc: Doc,
  idx: MentionIndex,
  lex: IncidentLexicon,
  cues: IncidentCues,
  datelinePlace: EntityMention,
  datelineEnd: number,
  si: number,
  claimed: ReadonlySet<string>,
  within: ReadonlySet<string>,
  told: ReadonlyMap<number, EntityMention | null>,
  claimedInSentence: ReadonlySet<string>,
): EntityMention | null {
  const country = datelinePlace.entity.type === 'place' ? datelinePlace.entity.country : null;
  if (!country) return null;
  // its own sentence first; else the lede's sentences before it that tell no event of their own and set the scene
  // ("News tonight of a painful event in Barranquilla."): after one that tells an event, this one goes on with it
  for (let sj = si; sj >= 0; sj--) {
    if (sj < si && told.has(sj)) return told.get(sj) ?? null;
    const found = townsOf(
      doc,
      idx,
      lex,
      cues,
      datelinePlace,
      country,
      datelineEnd,
      sj,
      sj === si ? claimedInSentence : claimed,
      within,
    );
    if (found.size === 1) return [...found.values()][0]!;
    if (found.size > 1) return null;
  }
  return null;
}

function townsOf(
  doc: Doc,
  idx: MentionIndex,
  lex: IncidentLexicon,
  cues: IncidentCues,
  datelinePlace: EntityMention,
  country: string,
  datelineEnd: number,
  si: number,
  claimed: ReadonlySet<string>,
  within: ReadonlySet<string>,
): Map<string, EntityMention> {
  const compass = doc.res.words.memo(
    'incidents.compassOfBefore',
    () => new RegExp(`(?<![\\p{L}])(?:${doc.res.words.alt('mentions.compassPoints')})\\s+of\\s+(?:the\\s+)?$`, 'iu'),
  );
  const locativeChain = doc.res.words.memo(
    'incidents.locativeChainBefore',
    () => new RegExp(`(?<![\\p{L}])${doc.res.words.alt('incident-cues.locatives')}\\s+[^.;:!?\\n]{1,60},\\s*$`, 'iu'),
  );
  const compassChain = doc.res.words.memo(
    'incidents.compassChainBefore',
    () =>
      new RegExp(`(?<![\\p{L}])${doc.res.words.alt('mentions.compassPoints')}\\s+of\\s+[^.;:!?\\n]{1,60},\\s*$`, 'iu'),
  );
  const found = new Map<string, EntityMention>();
  for (const em of idx.inSentence(si)) {
    const e = em.entity;
    if (e.type !== 'place' || e.placeKind === 'country' || e.country !== country) continue;
    if (e.id === datelinePlace.entity.id || em.mention.start < datelineEnd || claimed.has(e.id)) continue;
    if (compass.test(doc.text.slice(Math.max(0, em.mention.start - 30), em.mention.start))) continue;
    // (rule place/speaker-affiliation) the town of whoever reports it ("the mayor of X, Jane Roe, said") is no scene
    if (cues.speakerPlaceAfter.test(doc.text.slice(em.mention.end, em.mention.end + 90))) continue;
    // (nor the area written after such a point: "in the northeast of Medellin, Antioquia province")
    if (compassChain.test(doc.text.slice(Math.max(0, em.mention.start - 80), em.mention.start))) continue;
    // written as where something is ("in the village of X", "at the main square of X", or after the place so written
    // and a comma: "near Rio Blanco municipality, X department"), not a bus "headed for X"
    const before = doc.text.slice(Math.max(0, em.mention.start - 80), em.mention.start);
    if (!cues.locativeBefore.test(before)) {
      const chain = locativeChain.exec(before);
      if (!chain) continue;
      // (the chain of a background place is background too: "Jane Roe, of Miami, Florida")
      const inner = idx
        .inSentence(si)
        .find(
          (x) =>
            x.entity.type === 'place' &&
            x.mention.end <= em.mention.start &&
            /^\s*,\s*$/.test(doc.text.slice(x.mention.end, em.mention.start)),
        );
      if (inner && isBackgroundPlace(lex, idx, si, doc.text, inner)) continue;
    }
    // the dateline's own place told again: the area that holds it ("in Paterson, New Jersey"), or a street or site in
    // it the text locates only by it ("on Walnut Street")
    const dl = datelinePlace.entity;
    if (within.has(`${dl.id}>${e.id}`) || within.has(`${e.id}>${dl.id}`)) continue;
    if (dl.type === 'place' && e.lat !== null && e.lat === dl.lat && e.lon === dl.lon) continue;
    // (a hospital the wounded were taken to, "died at Rosales Hospital", is no scene)
    if (isBackgroundPlace(lex, idx, si, doc.text, em) || cues.treatmentPlace.test(e.name)) continue;
    if (!found.has(e.id)) found.set(e.id, em);
  }
  // a place written as lying in another ("El Penon municipality, Cundinamarca department") is the one, not both
  for (const a of [...found.keys()]) for (const b of [...found.keys()]) if (within.has(`${a}>${b}`)) found.delete(b);
  return found;
}

/** the country `cc` where the text after `bodyStart` names it, else its located place the text names most there */
function placeInCountry(
  entities: readonly NamedEntity[],
  cc: string,
  bodyStart: number,
): (EntityMention & { entity: PlaceEntity }) | null {
  const named = (e: NamedEntity) => e.mentions.filter((m) => m.start >= bodyStart).length;
  const e = entities
    .filter(
      (x): x is PlaceEntity =>
        x.type === 'place' &&
        x.country === cc &&
        named(x) > 0 &&
        (x.placeKind === 'country' || (x.lat !== null && x.lon !== null)),
    )
    .sort((a, b) => Number(b.placeKind === 'country') - Number(a.placeKind === 'country') || named(b) - named(a))[0];
  return e ? { entity: e, mention: e.mentions.find((m) => m.start >= bodyStart)! } : null;
}

/**
 * Rule place/people-abroad-over-dateline (declared in incident-inline-rules.ts; dateline-abroad.ts peopleAbroad): an
 * event placed at a dateline abroad only for want of a place of its own (the bureau's town, or its country) happened
 * in the country its own sentences name by its people; placed in that country where the text names it, else at its
 * people's adjective (rule place/country-by-demonym), else at its place the text names most.
 */
function placeByPeopleAbroad(
  doc: Doc,
  groups: Group[],
  entities: NamedEntity[],
  datelinePlace: EntityMention | null,
  bodyStart: number,
): void {
  if (!isOn(doc.res.rules, PLACE_PEOPLE_ABROAD_OVER_DATELINE)) return;
  const bureau = datelinePlace?.entity.type === 'place' ? datelinePlace.entity : null;
  if (!bureau?.country) return;
  // a report that names a town or site of the bureau's country besides the bureau's own tells news of that country
  const homeNews = entities.some(
    (e) =>
      e.type === 'place' &&
      e.placeKind !== 'country' &&
      e.country === bureau.country &&
      e.id !== bureau.id &&
      e.mentions.some((m) => m.start >= bodyStart),
  );
  if (homeNews) return;
  for (const g of groups) {
    const at = g.place?.entity;
    if (at?.type !== 'place' || at.country !== bureau.country) continue;
    if (at.id !== bureau.id && at.placeKind !== 'country') continue;
    // a phrase of its own placed it in the bureau's country ("a bomb went off in Managua")
    if (
      g.hits.some((h) => {
        const e = h.place?.entity;
        return e?.type === 'place' && e.country === bureau.country;
      })
    )
      continue;
    const cc = peopleAbroad(
      doc.text,
      bodyStart,
      [...new Set(g.hits.map((h) => h.sentence))].map((si) => doc.sentences[si]!),
      bureau.country,
      entities,
      doc.res.gazetteer.demonyms,
      doc.res.words.set('english.verbAndFunctionWords'),
      doc.res.words.set('incident-cues.homeBoundNouns'),
    );
    if (!cc) continue;
    // the country, by its name or else its people's adjective: the event's own sentences named no place of it
    const named = placeInCountry(entities, cc, bodyStart);
    const target =
      (named?.entity.placeKind === 'country' ? named : null) ?? countryByDemonym(doc, entities, cc, bodyStart) ?? named;
    if (!target) continue;
    g.merges.push(
      `place ${target.entity.name}: ${at.name} only by the dateline; the event's own sentences name ${cc}'s people, as the report does (rule place/people-abroad-over-dateline)`,
    );
    g.place = target;
  }
}

/**
 * Rule place/dateline-abroad (dateline-abroad.ts countryAbroad): an event placed in the dateline's country only by the
 * dateline (the dateline's place, or its country, given to an event whose own phrases name no place there) happened
 * in the country the report from abroad is about: that country where the text names it, else its place the text
 * names most.
 */
function placeAbroad(
  doc: Doc,
  groups: Group[],
  entities: readonly NamedEntity[],
  datelinePlace: EntityMention | null,
  abroad: string,
  bodyStart: number,
): void {
  const bureau = datelinePlace?.entity.type === 'place' ? datelinePlace.entity : null;
  if (!bureau?.country) return;
  const placeIn = (cc: string) => placeInCountry(entities, cc, bodyStart);
  for (const g of groups) {
    const at = g.place?.entity;
    if (at?.type !== 'place' || at.country !== bureau.country) continue;
    // its own phrase placed it there ("a bomb went off in Havana"): the event was in the bureau's country
    if (g.hits.some((h) => h.place?.entity.id === at.id)) continue;
    // the country its own sentences name most, else the one the report is about
    const own = topCountry(
      countryVotes(
        doc.text,
        [...new Set(g.hits.map((h) => h.sentence))].map((si) => doc.sentences[si]!),
        entities,
        doc.res.gazetteer.demonyms,
        doc.res.words.set('english.verbAndFunctionWords'),
      ),
      bureau.country,
    );
    const target = (own && placeIn(own[0])) || placeIn(abroad);
    if (!target) continue;
    g.merges.push(
      `place ${target.entity.name}: ${at.name} only by the dateline; the report from ${bureau.name} is about ${target.entity.country} (rule place/dateline-abroad)`,
    );
    g.place = target;
  }
}

/**
 * Rule `place/inner-dateline`. "BOGOTA, 11 NOV 89 (RADIO CADENA NACIONAL) -- [TEXT] PEREIRA -- Three persons were
 * injured …": a story relayed by another desk keeps its own dateline at the head of its text, after the relaying
 * one's (and any bracketed tags); that inner place, not the relaying desk's city, is where the report is from. Only a
 * name the article reads as a place, written whole before its dash.
 */
function innerDateline(text: string, outerEnd: number, places: readonly EntityMention[]): EntityMention | undefined {
  const rest = text.slice(outerEnd, outerEnd + 200);
  const m = /^(?:\s*(?:\([^)\n]{0,60}\)|\[[^\]\n]{0,60}\]))*\s*/u.exec(rest);
  const start = outerEnd + (m?.[0].length ?? 0);
  const head = /^(\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?)(?:,[^\n]{0,40}?)?\s+(?:--|—)\s/u.exec(
    text.slice(start, start + 120),
  );
  if (!head) return undefined;
  const end = start + head[1]!.length;
  return places.find((em) => em.mention.start === start && em.mention.end === end);
}

/**
 * (rule place/region-town-antecedent) The settlement in a region or country the article named last before a mention of
 * the region, in its sentence or the three before: the town "the West Bank town" refers back to.
 */
function settlementOfRegionBefore(idx: MentionIndex, si: number, region: EntityMention): EntityMention | null {
  const r = region.entity;
  if (r.type !== 'place' || (r.placeKind !== 'region' && r.placeKind !== 'country')) return null;
  for (let i = si; i >= Math.max(0, si - 3); i--) {
    const before = idx.inSentence(i).filter((m) => i < si || m.mention.end <= region.mention.start);
    for (let j = before.length - 1; j >= 0; j--) {
      const t = before[j]!.entity;
      if (t.type !== 'place' || t.key === r.key || t.precision !== 'city') continue;
      if (r.placeKind === 'region' ? t.admin1 === r.name : t.country === r.country) return before[j]!;
    }
  }
  return null;
}

/**
 * Rule place/country-owner: "hurled at the U.S. consulate in Surabaya", "an attack on French troops": a country written
 * right before a noun it owns (cues.countryOwnedAfter) says whose the target is, not where the event happened; with
 * rule place/owner-of-the-premises, also one after "the embassies of" and one listed with such a country.
 */
function ownsTheTarget(
  rules: RuleSwitches,
  cues: IncidentCues,
  idx: MentionIndex,
  text: string,
  s: Sentence,
  em: EntityMention,
): boolean {
  if (placeKindOf(em) !== 'country') return false;
  const ownerBefore = (m: EntityMention) =>
    cues.countryOwnedAfter.test(text.slice(m.mention.end, Math.min(s.end, m.mention.end + 40)));
  if (!isOn(rules, PLACE_OWNER_OF_THE_PREMISES)) return ownerBefore(em);
  const run = coordinatedCountries(cues, idx, text, s, em);
  return (
    ownerBefore(run[run.length - 1]!) ||
    cues.premisesOwnerBefore.test(text.slice(Math.max(s.start, run[0]!.mention.start - 40), run[0]!.mention.start))
  );
}

/**
 * Rule place/owner-of-the-premises: the countries of one list with `em` ("the embassies of China and the Soviet
 * Union", "the PRC and USSR embassies"), in the order written: what the list's last name is written before, or its
 * first after, it owns for all of them.
 */
function coordinatedCountries(
  cues: IncidentCues,
  idx: MentionIndex,
  text: string,
  s: Sentence,
  em: EntityMention,
): EntityMention[] {
  const countries = idx.inSentence(s.index).filter((m) => placeKindOf(m) === 'country');
  const at = countries.findIndex((m) => m.mention.start === em.mention.start && m.mention.end === em.mention.end);
  if (at < 0) return [em];
  const joined = (a: EntityMention, b: EntityMention) =>
    a.mention.end <= b.mention.start && cues.agencyListGlue.test(text.slice(a.mention.end, b.mention.start));
  let first = at;
  let last = at;
  while (first > 0 && joined(countries[first - 1]!, countries[first]!)) first--;
  while (last < countries.length - 1 && joined(countries[last]!, countries[last + 1]!)) last++;
  return countries.slice(first, last + 1);
}

function placeKindOf(em: EntityMention): string | null {
  return em.entity.type === 'place' ? em.entity.placeKind : null;
}

/** a place the map can show: the gazetteer or the text located it */
function isLocated(em: EntityMention): boolean {
  return em.entity.type === 'place' && em.entity.lat !== null && em.entity.lon !== null;
}

/**
 * "in the 5300 block of Mossfield Street": a street located only by the city the article puts it in names the event
 * less well than that city, which has the same coordinates; the incident takes the city (a venue keeps its name).
 * (rule place/landmark-keeps-its-name) A bridge or square (entities.landmarkStreetHeads: "Westminster Bridge",
 * "Trafalgar Square") is no address but the landmark the event is known by: it stays the incident's place, read
 * "Westminster Bridge, London" (place/site-in-its-city), as a venue does.
 */
function streetCity(
  doc: Doc,
  entities: NamedEntity[],
  place: EntityMention,
): { place: EntityMention; why: string } | null {
  const p = place.entity;
  if (p.type !== 'place' || p.placeKind !== 'site' || p.precision !== 'site-in-city') return null;
  const head = p.name.split(/\s+/).pop()!.toLowerCase();
  if (!doc.res.words.set('entities.streetHeads').has(head)) return null;
  if (doc.res.words.set('entities.landmarkStreetHeads').has(head)) return null;
  const city = entities.find(
    (e) => e.type === 'place' && e.placeKind === 'city' && e.lat === p.lat && e.lon === p.lon && e.mentions.length,
  );
  if (!city) return null;
  return { place: { entity: city, mention: city.mentions[0]! }, why: `${p.name}, a street of ${city.name}` };
}

/** a street or public square by the last word of its name ("Boylston Street", "Martin Place") */
function isStreet(doc: Doc, em: EntityMention): boolean {
  const p = em.entity;
  if (p.type !== 'place' || p.placeKind !== 'site') return false;
  return doc.res.words.set('entities.streetHeads').has(p.name.split(/\s+/).pop()!.toLowerCase());
}

/**
 * Rule place/venue-on-its-street: "forced their way into the Lindt Chocolate Cafe in Martin Place … gunfire was heard",
 * "held hostages inside a cafe in Martin Place … The stand-off started at the Lindt Chocolate Cafe": where the main
 * incident is placed at a street or square located only by its city, and a sentence of the incident writes a named
 * venue (a site that is no street, located by the same city) as lying in that street, or writes the venue's head noun
 * right before the street ("a cafe in Martin Place") while it names the venue, the venue is the scene: it names the
 * event more precisely than the street, which streetCity would give up for the city.
 */
function venueOnStreet(
  doc: Doc,
  home: Home,
  entities: NamedEntity[],
  g: Group,
): { place: EntityMention; why: string; venueOn: string } | null {
  if (!isOn(doc.res.rules, PLACE_VENUE_ON_ITS_STREET)) return null;
  const street = g.place;
  if (!street || !isStreet(doc, street) || street.entity.type !== 'place') return null;
  if (street.entity.precision !== 'site-in-city') return null;
  const { lat, lon } = street.entity;
  const sentences = new Set(g.hits.map((h) => h.sentence));
  const venues = entities.filter(
    (e) =>
      e.type === 'place' &&
      e.placeKind === 'site' &&
      e.precision === 'site-in-city' &&
      e.lat === lat &&
      e.lon === lon &&
      !isStreet(doc, { entity: e, mention: e.mentions[0]! }) &&
      e.mentions.some((m) => sentences.has(m.sentence)),
  );
  const found = (e: NamedEntity, why: string) => ({
    place: { entity: e, mention: e.mentions.find((m) => sentences.has(m.sentence))! },
    why: `${e.name}, ${why} (rule place/venue-on-its-street)`,
    venueOn: street.entity.id,
  });
  for (const e of venues)
    if (home.within.has(`${e.id}>${street.entity.id}`))
      return found(e, `a venue written as lying in ${street.entity.name}`);
  for (const m of street.entity.mentions) {
    if (!sentences.has(m.sentence)) continue;
    const noun = /(\p{L}+)\s+(?:in|on|at)\s+(?:the\s+)?$/u.exec(
      doc.text.slice(Math.max(0, m.start - 40), m.start),
    )?.[1];
    const e = noun && venues.find((v) => v.name.split(/\s+/).pop()!.toLowerCase() === noun.toLowerCase());
    if (e) return found(e, `the ${noun.toLowerCase()} written as lying in ${street.entity.name}`);
  }
  return null;
}

/** the headline, a dateline line and the lede: the sentences that tell what the story is about (rule incident/accident-story) */
const LEDE_SENTENCES = 2;
/**
 * Rule place/own-phrase-reach: how far past its trigger an event's own phrase is read for its place, where no clause
 * break, next event or motive ends it first. Wire prose puts the object, the day and the agent between the verb and the
 * place ("were kidnapped on 12 and 13 May by a commando of the X front in Y"): 70 characters cut such places off.
 */
const OWN_PHRASE_CHARS = 130;
/** the reach of the phrase before rule place/own-phrase-reach: a point of reference within it still places the event */
const OWN_PHRASE_NEAR_CHARS = 70;
/** lines opening with a year and a dash that make an article a history digest (rule incident/history-digest): two
 * could be a table or a timeline inside a story; a digest lists a dozen */
const HISTORY_DIGEST_ITEMS = 3;

/** how far from a city's point a section of it (a neighbourhood the gazetteer lists) may lie: a large city's reach */
const SECTION_CITY_KM = 25;

/**
 * Rule place/site-in-its-city: "Shooting at Coastland Center Mall", "Shooting in North Lawndale": a venue or street
 * located only by the city it lies in, or a quarter of a city, names the event most precisely but says nothing of
 * where it is to a reader, or to another article that names only the city. The incident keeps that place (and its key,
 * so two shootings of one city on one day stay two), and its place reads "North Lawndale, Chicago": the site first,
 * then the city the article names that holds it. That city is
 *  - for a site located by its city: the city with the site's coordinates;
 *  - for a quarter the gazetteer lists (a section of a populated place): the nearest city the article names of its
 *    state within SECTION_CITY_KM that is no quarter itself; when the article names none (local news writes "in North
 *    Lawndale" and never "Chicago"), the most populous city of the gazetteer in its state within SECTION_CITY_KM
 *    that is no quarter itself (rule place/quarter-of-gazetteer-city: a quarter belongs to the big city around it,
 *    not to the nearest suburb);
 *  - for a name the gazetteer does not locate that the text writes as a part of a place ("the Creekwood community",
 *    entities.partOfNouns): the dateline's city, else the one city the article names (local news names its own
 *    city's quarters so).
 * Null when there is no such city, or the site's name already names it.
 */
function siteCity(
  doc: Doc,
  entities: readonly NamedEntity[],
  place: PlaceEntity,
  datelinePlace: EntityMention | null,
): { name: string } | null {
  const cities = entities.filter(
    (e): e is PlaceEntity =>
      e.type === 'place' &&
      e.placeKind === 'city' &&
      e.id !== place.id &&
      e.lat !== null &&
      e.lon !== null &&
      e.mentions.length > 0 &&
      !isSection(doc, e),
  );
  let city: { name: string } | undefined;
  if (place.lat === null || place.lon === null) {
    if (place.placeKind === 'country' || place.placeKind === 'region' || !writtenAsPart(doc, place)) return null;
    const dl = datelinePlace?.entity;
    city = dl && cities.some((c) => c.id === dl.id) ? (dl as PlaceEntity) : cities.length === 1 ? cities[0] : undefined;
  } else if (place.precision === 'site-in-city') city = cities.find((e) => e.lat === place.lat && e.lon === place.lon);
  else if (place.placeKind === 'city' && isSection(doc, place)) {
    const at = { lat: place.lat, lon: place.lon };
    city = cities
      .filter((e) => e.country === place.country && (!e.admin1 || !place.admin1 || e.admin1 === place.admin1))
      .map((e) => ({ e, km: distanceKm(at, { lat: e.lat!, lon: e.lon! }) }))
      .filter((x) => x.km <= SECTION_CITY_KM)
      .sort((a, b) => a.km - b.km)[0]?.e;
    city ??= quarterCityOfGazetteer(doc.res.gazetteer, place);
  }
  if (!city) return null;
  const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(city.name)}(?![\\p{L}])`, 'iu');
  return named.test(place.name) ? null : city;
}

/** the gazetteer's cities that are no quarter of another, once per loaded gazetteer */
const wholeCities = new WeakMap<Gazetteer, CityEntry[]>();

/** rule place/quarter-of-gazetteer-city (see siteCity): the most populous whole city of the quarter's state near it */
function quarterCityOfGazetteer(gaz: Gazetteer, place: PlaceEntity): CityEntry | undefined {
  if (place.lat === null || place.lon === null) return undefined;
  let list = wholeCities.get(gaz);
  if (!list) {
    const seen = new Set<number>();
    list = [];
    for (const entries of gaz.placesByName.values())
      for (const e of entries)
        if (e.kind === 'city' && !e.section && !seen.has(e.id)) {
          seen.add(e.id);
          list.push(e);
        }
    wholeCities.set(gaz, list);
  }
  const at = { lat: place.lat, lon: place.lon };
  return list
    .filter(
      (e) =>
        e.country === place.country &&
        (!e.admin1 || !place.admin1 || e.admin1 === place.admin1) &&
        distanceKm(at, { lat: e.lat, lon: e.lon }) <= SECTION_CITY_KM,
    )
    .sort((a, b) => b.population - a.population)[0];
}

/** one of the place's mentions is followed by a noun for a part of a place ("the Creekwood community") */
function writtenAsPart(doc: Doc, place: PlaceEntity): boolean {
  const re = new RegExp(`^\\s+(?:${doc.res.words.alt('entities.partOfNouns')})(?![\\p{L}])`, 'iu');
  return place.mentions.some((m) => re.test(doc.text.slice(m.end, m.end + 30)));
}

/** the gazetteer reads the place as a section of a populated place (a city's neighbourhood) */
function isSection(doc: Doc, place: PlaceEntity): boolean {
  const id = /^place:geo:(\d+)$/.exec(place.key)?.[1];
  if (!id) return false;
  const names = new Set([place.name, ...place.mentions.map((m) => m.text)].map((n) => n.toLowerCase()));
  return [...names].some((n) =>
    (doc.res.gazetteer.placesByName.get(n) ?? []).some((e) => e.kind === 'city' && String(e.id) === id && e.section),
  );
}

/** whether the gazetteer locates the place itself, not only by the city it is taken to lie in (a street, a venue) */
function locatedItself(em: EntityMention): boolean {
  return isLocated(em) && em.entity.type === 'place' && em.entity.precision !== 'site-in-city';
}

/**
 * Rule place/written-holder: a street, venue or area the gazetteer does not locate itself (no coordinates, or only
 * those of a city it is taken to lie in) names the event less usefully than
 * the town the text writes it in ("Woodlawn Terrace Apartments in Shreveport", "North Starr Road, Campbellsburg"):
 * the incident takes that town (not a country), as streetCity does for a located street.
 */
function writtenHolder(doc: Doc, home: Home, entities: NamedEntity[], place: EntityMention): EntityMention | null {
  if (!isOn(doc.res.rules, PLACE_WRITTEN_HOLDER)) return null;
  for (const key of home.within) {
    const [inner, outer] = key.split('>');
    if (inner !== place.entity.id) continue;
    const holder = entities.find((e) => e.id === outer);
    if (holder?.type !== 'place' || holder.placeKind === 'country' || !holder.mentions.length) continue;
    const em = { entity: holder, mention: holder.mentions[0]! };
    // (rule place/written-holder-unlocated) "clashed in Bulo Burde, Hiraan region" with neither in the gazetteer: a
    // holder the gazetteer does not locate either adds no location, only a wider name; a town keeps its own name (a
    // street or venue, placeKind site, still gives way to the town or area it lies in)
    if (!isLocated(em) && place.entity.type === 'place' && place.entity.placeKind !== 'site') continue;
    // a venue on a street (rule place/venue-on-its-street) keeps its name: the street is no town
    if (!isStreet(doc, em)) return em;
  }
  return null;
}

/**
 * Rule place/capital-bureau-dateline: the country an event is placed in when the dateline is a capital's bureau that
 * places nothing, else null. The dateline's place is its country's capital (Gazetteer.capitalOf), the text after the
 * dateline never names it again, none of the event's sentences (nor the one after each) names a spot inside a town
 * (incident-cues.townScenes), and the text names the country itself: its first mention after the dateline is the
 * event's place. (A report from a bureau abroad is placed by rule place/dateline-abroad instead.)
 */
function bureauDateline(
  doc: Doc,
  cues: IncidentCues,
  idx: MentionIndex,
  datelinePlace: EntityMention,
  datelineEnd: number,
  sentences: Iterable<number>,
  entities: NamedEntity[],
): EntityMention | null {
  if (!isOn(doc.res.rules, PLACE_CAPITAL_BUREAU_DATELINE)) return null;
  const e = datelinePlace.entity;
  if (e.type !== 'place' || !e.country || e.lat === null || e.lon === null) return null;
  const capital = doc.res.gazetteer.capitalOf(e.country);
  if (!capital || Math.abs(capital.lat - e.lat) > 0.05 || Math.abs(capital.lon - e.lon) > 0.05) return null;
  if (e.mentions.some((m) => m.start >= datelineEnd)) return null;
  for (const si of sentences)
    for (const k of [si, si + 1]) {
      const s = doc.sentences[k];
      if (s && cues.townScene.test(s.text.slice(Math.max(0, datelineEnd - s.start)))) return null;
    }
  const countryMentions = doc.sentences.flatMap((s) =>
    idx
      .inSentence(s.index)
      .filter(
        (em) => em.entity.type === 'place' && em.entity.placeKind === 'country' && em.entity.country === e.country,
      ),
  );
  return (
    countryMentions.find((em) => em.mention.start >= datelineEnd) ??
    countryMentions[0] ??
    // (rule place/country-by-demonym) a country the text names only by its people's adjective ("SALVADORAN troops")
    (isOn(doc.res.rules, PLACE_COUNTRY_BY_DEMONYM) ? countryByDemonym(doc, entities, e.country, datelineEnd) : null)
  );
}

/** how many sentences of the article's start count when the main incident's place is the place it names most */
const ARTICLE_PLACE_SENTENCES = 8;

/**
 * Where the article's main incident happened when none of its phrases places it: local news names the town once
 * ("A man was shot dead on Saturday night. … Salisbury police said") and reports from there. The place the headline
 * names (titlePlace) when the dateline's is far from it or unknown; else the dateline's place; else the located place below country level that the first ARTICLE_PLACE_SENTENCES sentences name most
 * (a biography, journey or group qualifier never counts: isBackgroundPlace; the dateline's words and a point a town
 * is measured from count only where nothing else is named: rule place/point-of-reference-not-scene); within the country the incident already
 * has, when it has one.
 */
function articlePlace(
  lex: IncidentLexicon,
  cues: IncidentCues,
  idx: MentionIndex,
  doc: Doc,
  entities: NamedEntity[],
  datelinePlace: EntityMention | null,
  datelineEnd: number,
  ownSentences: ReadonlySet<number>,
  current: EntityMention | null,
  /** its sentences place it in a part of the country (rule place/part-of-the-country): not at the dateline's place */
  awayFromDateline = false,
  /** the report is from a bureau abroad (rule place/dateline-abroad) */
  reportAbroad = false,
): { place: EntityMention; why: string } | null {
  const personWords = personWordsOf(entities);
  const country = current?.entity.type === 'place' ? current.entity.country : null;
  const fits = (em: EntityMention) =>
    em.entity.type === 'place' &&
    (!awayFromDateline || em.entity.id !== datelinePlace?.entity.id) &&
    em.entity.placeKind !== 'country' &&
    isLocated(em) &&
    em.entity.id !== current?.entity.id &&
    (!country || em.entity.country === country);
  // the title is part of the text, its first line: a place it names ("2 shot in Riverton") comes first
  // (a page title's furniture after " - " or " | ", the outlet and its city, is no part of the headline)
  const title = headlineOf(doc.input.title);
  const inTitle = (em: EntityMention) => {
    const at = namedAt(title, em);
    // not a word of a person's name ("Second arrest in Jane Jackson's death"), nor background ("Woman from Leeds")
    if (at < 0 || personWords.has(em.entity.name.toLowerCase())) return 0;
    const before = title.slice(0, at);
    if (homeTownOfTheHarmed(lex, title, at, at + em.entity.name.length)) return 0;
    return lex.backgroundPlaceBefore.test(before) || lex.hospitalBefore.test(before) ? 0 : 1;
  };
  // a place the lede took from the dateline is only where the report is from: the headline's place may say better
  const currentIsDateline = !!current && current.entity.id === datelinePlace?.entity.id;
  const headline = titlePlace(
    idx,
    doc,
    title,
    inTitle,
    current,
    !!current && isLocated(current) && !currentIsDateline,
    country,
  );
  // (rule place/title-holds-current) a headline's state or island that holds the place the text or its dateline gives
  // ("Blasts rip through Bali nightclubs" over "KUTA - … in the district of Kuta") says less than they do
  const headlinePlace = headline?.entity.type === 'place' ? headline.entity : null;
  const holdsKnown =
    !!headlinePlace &&
    [current, datelinePlace].some((x) => x?.entity.type === 'place' && regionHolds(headlinePlace, x.entity, true));
  if (
    headline &&
    !holdsKnown &&
    (!datelinePlace || !isLocated(datelinePlace) || !isLocated(headline) || near(headline, datelinePlace))
  )
    return {
      place: headline,
      why: isLocated(headline)
        ? 'the place the title names, also in the text'
        : 'the place the title names, also in the text (the gazetteer does not locate it)',
    };
  // (rule place/point-of-reference-not-scene) "in the mining town of X, 90 km east of Y", "from school in X near Y": Y
  // is a point the scene is measured from, and the dateline only where the report was filed; neither is a naming of
  // where it happened, so they count only where the article names no other place ("a village near Y": then Y)
  const points = new Map<string, { em: EntityMention; n: number }>();
  const pointOfReference = (em: EntityMention) =>
    em.mention.start < datelineEnd ||
    cues.referencePointBefore.test(doc.text.slice(Math.max(0, em.mention.start - 40), em.mention.start));
  // (rule place/town-from-the-dateline) a sentence of the event itself that writes a town as where it was, measured
  // from the dateline's place ("in the mining town of X 90 km east of Y", "at a bar in X near Y", Y the dateline's),
  // names the scene; the dateline only where the report was filed
  const fromDateline = datelinePlace
    ? [...ownSentences]
        .sort((a, b) => a - b)
        .flatMap((si) => {
          const ems = idx.inSentence(si);
          return ems.filter((em, i) => {
            const next = ems[i + 1];
            if (!next || next.entity.id !== datelinePlace.entity.id) return false;
            // the words between are only the point's phrase: "X near Y", "X, 40 km north of Y"
            const between = doc.text.slice(em.mention.end, next.mention.start);
            const point = cues.referencePointBefore.exec(between);
            const before = doc.text.slice(Math.max(0, em.mention.start - 40), em.mention.start);
            return (
              !!point &&
              /^[\s,]*$/u.test(between.slice(0, point.index)) &&
              (cues.locativeBefore.test(before) || cues.settlementOfBefore.test(before)) &&
              fits(em) &&
              !pointOfReference(em) &&
              !isBackgroundPlace(lex, idx, si, doc.text, em)
            );
          });
        })[0]
    : undefined;
  if (fromDateline)
    return {
      place: fromDateline,
      why: `its sentence places it in ${fromDateline.entity.name}, measured from the dateline's ${datelinePlace!.entity.name} (rule place/town-from-the-dateline)`,
    };
  // (a dateline town the gazetteer lacks is placed in the article's country: entities.ts datelineInCountry)
  if (currentIsDateline && isLocated(current)) return null;
  if (current && !currentIsDateline && headlineConfirms(doc, current, inTitle)) return null;
  if (datelinePlace && fits(datelinePlace)) {
    const country = reportAbroad
      ? null
      : bureauDateline(doc, cues, idx, datelinePlace, datelineEnd, ownSentences, entities);
    if (country)
      return {
        place: country,
        why: `the dateline's ${datelinePlace.entity.name} is a capital's bureau, which files the whole country's news, and nothing places it in the capital (rule place/capital-bureau-dateline)`,
      };
    return { place: datelinePlace, why: "the dateline's place" };
  }
  const tally = new Map<string, { em: EntityMention; n: number }>();
  // (rule place/home-town-of-the-harmed) a victim's home town places the event only where nothing else does
  const homeTowns = new Map<string, { em: EntityMention; n: number }>();
  for (const s of doc.sentences.slice(0, ARTICLE_PLACE_SENTENCES)) {
    for (const em of idx.inSentence(s.index)) {
      if (!fits(em) || isBackgroundPlace(lex, idx, s.index, doc.text, em)) continue;
      const into = pointOfReference(em)
        ? points
        : homeTownOfTheHarmed(lex, doc.text, em.mention.start, em.mention.end)
          ? homeTowns
          : tally;
      const t = into.get(em.entity.id);
      if (t) t.n++;
      else into.set(em.entity.id, { em, n: 1 });
    }
  }
  for (const [id, t] of homeTowns) if (tally.has(id)) tally.get(id)!.n += t.n;
  const best = [...(tally.size ? tally : homeTowns.size ? homeTowns : points).values()].sort(
    (a, b) => inTitle(b.em) - inTitle(a.em) || b.n - a.n || a.em.mention.start - b.em.mention.start,
  )[0];
  if (best && inTitle(best.em)) return { place: best.em, why: `the place the title names, also in the text` };
  return best ? { place: best.em, why: `the place the article's first sentences name most (${best.n})` } : null;
}

/** how often the rest of the article must name a city for place/city-later-in-article */
const LATER_CITY_MIN_MENTIONS = 2;

/**
 * Rule place/city-later-in-article: a main incident with no place at all, in an article whose first sentences name no
 * located place, happened in the city the rest of the article names most ("… near North 35th Street …" and only in
 * the tenth sentence "Milwaukee police said"): local news names its town late, where it quotes the police. Only a
 * city of the country the report is from (`country`) named at least LATER_CITY_MIN_MENTIONS times, never a region or
 * site, and never a background place.
 */
function laterCity(
  lex: IncidentLexicon,
  idx: MentionIndex,
  doc: Doc,
  country: string | null,
): { place: EntityMention; why: string } | null {
  if (!isOn(doc.res.rules, PLACE_CITY_LATER_IN_ARTICLE)) return null;
  if (!country) return null;
  const tally = new Map<string, { em: EntityMention; n: number }>();
  for (const s of doc.sentences.slice(ARTICLE_PLACE_SENTENCES)) {
    for (const em of idx.inSentence(s.index)) {
      if (
        !isLocated(em) ||
        placeKindOf(em) !== 'city' ||
        (em.entity.type === 'place' && em.entity.country) !== country ||
        isBackgroundPlace(lex, idx, s.index, doc.text, em)
      )
        continue;
      const t = tally.get(em.entity.id);
      if (t) t.n++;
      else tally.set(em.entity.id, { em, n: 1 });
    }
  }
  // (named once, deep in the text, a city is as often a passing one: "she had studied in Guadalupe")
  const best = [...tally.values()]
    .filter((t) => t.n >= LATER_CITY_MIN_MENTIONS)
    .sort((a, b) => b.n - a.n || a.em.mention.start - b.em.mention.start)[0];
  return best
    ? {
        place: best.em,
        why: `the city the article names most after its first sentences (${best.n}) (rule place/city-later-in-article)`,
      }
    : null;
}

/**
 * Rule place/unlocated-county: a main incident with no place, in an article that names no located place where it
 * could have happened, happened in the county its first sentences name ("found dead in Polk County"), by name, when
 * the gazetteer cannot tell which state's county it is (several share the name and the article names no state).
 */
function unlocatedCounty(
  lex: IncidentLexicon,
  idx: MentionIndex,
  doc: Doc,
): { place: EntityMention; why: string } | null {
  if (!isOn(doc.res.rules, PLACE_UNLOCATED_COUNTY)) return null;
  for (const s of doc.sentences.slice(0, ARTICLE_PLACE_SENTENCES))
    for (const em of idx.inSentence(s.index))
      if (
        em.entity.type === 'place' &&
        !isLocated(em) &&
        COUNTY_NAME.test(em.entity.name) &&
        !isBackgroundPlace(lex, idx, s.index, doc.text, em)
      )
        return {
          place: em,
          why: `the county the article's first sentences name, which the gazetteer cannot place among its namesakes (rule place/unlocated-county)`,
        };
  return null;
}

/**
 * The town the article names inside the county that places its main incident (county-town.ts), if any: in the dateline,
 * the headline, or a sentence that tells the incident (`told`).
 */
function townInCounty(
  cues: IncidentCues,
  lex: IncidentLexicon,
  idx: MentionIndex,
  doc: Doc,
  datelinePlace: EntityMention | null,
  county: EntityMention,
  tellings: ReadonlySet<number>,
): { place: EntityMention; why: string } | null {
  const told = new Set(tellings);
  // (rule incidents/county-town-scene) "Deputies responded to a farmhouse near Woodburn", "Authorities arrived at the
  // Cypress home": a sentence of responders reaching a scene (incident-cues.sceneArrivals) right before or after one
  // that tells the incident names where it happened, though it has no incident word of its own
  for (const s of doc.sentences)
    if (
      !told.has(s.index) &&
      (tellings.has(s.index - 1) || tellings.has(s.index + 1)) &&
      cues.sceneArrival.test(s.text)
    )
      told.add(s.index);
  const title = headlineOf(doc.input.title);
  const mentions = doc.sentences.flatMap((s) =>
    idx.inSentence(s.index).filter((em) => !isBackgroundPlace(lex, idx, s.index, doc.text, em)),
  );
  const preferred = [
    ...(datelinePlace ? [datelinePlace.entity.id] : []),
    ...mentions.filter((em) => namedAt(title, em) >= 0).map((em) => em.entity.id),
  ];
  // a town named only beside another event or a later errand ("tracked the phone to Humble") says nothing of this one
  const here = mentions.filter((em) => preferred.includes(em.entity.id) || told.has(em.mention.sentence));
  return countyTown(county, here, preferred);
}

/** a name written out, not an abbreviation or its first word cut off ("ST." of "ST. LOUIS", "Conn.") */
function wholeName(text: string): boolean {
  return /\p{L}{3}/u.test(text) && !/\.$/.test(text);
}

/** a headline place this far from the dateline's is where the event was, the dateline only where the report is from */
const TITLE_OVER_DATELINE_KM = 150;

function near(a: EntityMention, b: EntityMention): boolean {
  const pa = a.entity,
    pb = b.entity;
  if (pa.type !== 'place' || pb.type !== 'place' || pa.lat === null || pa.lon === null) return false;
  if (pb.lat === null || pb.lon === null) return false;
  return distanceKm({ lat: pa.lat, lon: pa.lon }, { lat: pb.lat, lon: pb.lon }) <= TITLE_OVER_DATELINE_KM;
}

/**
 * The place the headline names where something happens ("4-year-old shot in St. Augustine"), also written in the text:
 * below country level, within the incident's country when it has one. A name the gazetteer does not locate counts
 * when the headline writes it as the text does, capitalised, and it is no site nor a part of a city (compassPart): a
 * town too small for the gazetteer ("Mom involved in Montfort shooting has died") names the event better than the
 * station's city in the dateline.
 */
function titlePlace(
  idx: MentionIndex,
  doc: Doc,
  title: string,
  inTitle: (em: EntityMention) => number,
  current: EntityMention | null,
  currentLocated: boolean,
  country: string | null,
): EntityMention | null {
  if (!title || !/\p{Ll}/u.test(title)) return null;
  const seen = new Set<string>();
  const found: { em: EntityMention; at: number }[] = [];
  for (const s of doc.sentences)
    for (const em of idx.inSentence(s.index)) {
      const p = em.entity;
      if (p.type !== 'place' || p.placeKind === 'country' || seen.has(p.id)) continue;
      seen.add(p.id);
      if (!inTitle(em)) continue;
      if (p.id === current?.entity.id || isLocated(em)) {
        if (country && p.country !== country) continue;
      } else if (
        currentLocated ||
        p.ambiguous ||
        p.placeKind === 'site' ||
        p.placeKind === 'region' ||
        !wholeName(em.mention.text) ||
        compassPart(doc, em.mention.text) ||
        // a headline capitalises its first word, and "New Haven, Conn." writes the state after the town
        !(title.indexOf(em.mention.text) > 0) ||
        /,\s*$/.test(title.slice(0, namedAt(title, em))) ||
        em.mention.text === em.mention.text.toUpperCase()
      )
        continue;
      found.push({ em, at: namedAt(title, em) });
    }
  // the headline names the incident's own place first ("Fatal St. Paul Shooting Of Minnetonka Teenager"): it stays
  const first = found.sort((a, b) => a.at - b.at)[0]?.em;
  return first && first.entity.id !== current?.entity.id ? first : null;
}

/**
 * Rule place/headline-confirms-town: the town the incident's own phrase names ("the injuries she sustained Jan. 2 in
 * Montfort"), too small for the gazetteer to locate, stays the incident's place when the headline names it too ("Mom
 * involved in Montfort shooting has died"): the station's city in the dateline is only where the report is from. Not a
 * site, a region, a name ending in a head word of a street or building ("Fairmont Terrace") or a part of a city
 * (compassPart), which the dateline's city may hold.
 */
function headlineConfirms(doc: Doc, current: EntityMention, inTitle: (em: EntityMention) => number): boolean {
  if (!isOn(doc.res.rules, PLACE_HEADLINE_CONFIRMS_TOWN)) return false;
  const p = current.entity;
  const head = current.entity.name.split(/\s+/).pop()!.toLowerCase();
  const words = doc.res.words;
  const building = (['entities.streetHeads', 'entities.siteHeads', 'mentions.venueHeads'] as const).some((l) =>
    words.set(l).has(head),
  );
  return (
    !building &&
    p.type === 'place' &&
    !isLocated(current) &&
    !p.ambiguous &&
    p.placeKind !== 'site' &&
    p.placeKind !== 'region' &&
    p.placeKind !== 'country' &&
    !compassPart(doc, current.mention.text) &&
    inTitle(current) > 0
  );
}

/**
 * Rule place/compass-part-of-city: a name the gazetteer does not locate that opens with a compass word ("Northwest Side",
 * "Southeast", "Lower East Side": mentions.directionalPrefixes) is a part of a city, not a town of its own: local news
 * names its city's quarters so, and a town that small is rarely named from a compass point
 */
function compassPart(doc: Doc, name: string): boolean {
  if (!isOn(doc.res.rules, PLACE_COMPASS_PART_OF_CITY)) return false;
  return doc.res.words.set('mentions.directionalPrefixes').has(name.split(/\s+/)[0]!.toLowerCase());
}

/** the words of the names of the article's people, lower case */
function personWordsOf(entities: NamedEntity[]): Set<string> {
  return new Set(
    entities.flatMap((e) => (e.type === 'person' ? e.mentions.flatMap((m) => m.text.toLowerCase().split(/\s+/)) : [])),
  );
}

/** where the place's name (or a name one of its mentions writes) stands as whole words in `line`, any case; or -1 */
function namedAt(line: string, em: EntityMention): number {
  if (!line) return -1;
  const names = new Set([em.entity.name, ...em.entity.mentions.map((m) => m.text)]);
  for (const n of names) {
    if (n.length <= 2) continue;
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'iu').exec(line);
    if (m) return m.index;
  }
  return -1;
}

/** two located places closer than this are one incident's sites (a stadium and a cafe of one city's attacks) */
const ONE_EVENT_SITES_KM = 30;

/**
 * The article's other violent incidents that are part of its dated main one, merged into it (with the reason) and
 * returned; all undated, not references, not marked as past:
 *  - at a located place within ONE_EVENT_SITES_KM of the main incident's (the same place, or a site near it: two
 *    towns stay two), of a kind that may name one event across articles ("an explosion at the metro station" beside
 *    the dated airport bombing), with no named perpetrator or victim that tells them apart;
 *  - with no place the gazetteer locates, a kind the main one may have within an article, naming nobody the main
 *    incident does not name.
 */
function sitesOfMain(main: Group, kept: Group[], text: string): Set<Group> {
  const out = new Set<Group>();
  const mp = main.place?.entity;
  if (!main.date) return out;
  for (const g of kept) {
    if (g === main || g.reference || g.date || g.hits.some((h) => h.past)) continue;
    const gp = g.place?.entity;
    if (gp?.type !== 'place' || gp.lat === null || gp.lon === null) {
      // no place the gazetteer locates, nobody named that the main incident lacks, a kind the main one may have;
      // a town of its own other than the main incident's is another place, located or not (two towns are two places)
      if (!isViolent(groupKind(g))) continue;
      if (gp?.type === 'place' && gp.placeKind === 'city' && mp?.type === 'place' && gp.id !== mp.id) continue;
      const mine = personIds(main);
      if (!kindsCompatible(groupKind(main), groupKind(g)) || [...personIds(g)].some((id) => !mine.has(id))) continue;
      mergeInto(main, g);
      main.merges.push(
        `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" (sentence ${g.hits[0]!.sentence}), undated and ` +
          `${gp ? `at ${gp.name}, a place the gazetteer does not locate` : 'unplaced'}: the main incident`,
      );
      out.add(g);
      continue;
    }
    if (mp?.type !== 'place' || mp.lat === null || mp.lon === null) continue;
    if (gp.placeKind === 'country' || (mp.country && gp.country && mp.country !== gp.country)) continue;
    // two towns a short way apart are two places; a site lies in or beside the other place
    if (gp.id !== mp.id && gp.placeKind !== 'site' && mp.placeKind !== 'site') continue;
    if (!kindsMayBeOneEventAcrossArticles(groupKind(main), groupKind(g))) continue;
    const roleConflict = (['victim', 'perpetrator'] as const).some((role) => {
      const x = new Set(main.participants.filter((p) => p.role === role).map((p) => p.em.entity.id));
      const y = g.participants.filter((p) => p.role === role).map((p) => p.em.entity.id);
      return x.size > 0 && y.length > 0 && !y.some((id) => x.has(id));
    });
    if (roleConflict || tellsOtherSides(main, g)) continue;
    const km = distanceKm({ lat: mp.lat, lon: mp.lon }, { lat: gp.lat, lon: gp.lon });
    if (km > ONE_EVENT_SITES_KM) continue;
    const place = main.place;
    mergeInto(main, g);
    main.place = place; // the main report's place stays the incident's: the other is one of its sites
    main.merges.push(
      `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" (sentence ${g.hits[0]!.sentence}) at ${gp.name}, ` +
        `${km.toFixed(0)} km from ${mp.name}, undated: a site of the main incident`,
    );
    out.add(g);
  }
  return out;
}

/** two located places further apart than this are in two towns (a site is located at the town it lies in) */
const SAME_TOWN_KM = 1;

/** "…, at Zion Church in Batticaloa": a site listed after another with "at", as in a list of an attack's sites */
const LISTED_SITE_BEFORE = /(?:,|\band)\s+at\s+(?:the\s+)?$/iu;

/**
 * Rule `place/city-over-its-sites`: "gunmen and bombers struck a concert hall, the stadium and bars in Paris" and then
 * each site in turn: the lede names the city that holds the whole attack, the body its sites. When the main
 * incident's phrases place it at two or more sites, or in two or more towns (a site of the airport town and one of
 * the capital; "at A in Colombo, at B in Negombo, at C in Batticaloa", the sites listed after its phrase's place), the
 * incident is placed in the place its opening sentence names that holds them all: a town all lie within
 * ONE_EVENT_SITES_KM of (the dateline's first, the report's city; else the one the article names most), else a
 * region or country they all lie in ("bombings … in Sri Lanka"). Its sites stay in the phrases and their places. A
 * single-site attack keeps its site, and a town named in the body (a district of the city) is no site of it. Nor
 * does a town the opening sentence names only in its dateline take the place of the one site that sentence names
 * (place/lede-site-in-dateline-city).
 */
function placeOverSites(
  main: Group,
  entities: NamedEntity[],
  idx: MentionIndex,
  text: string,
  datelinePlace: EntityMention | undefined,
): void {
  const first = openingOf(main).sentence;
  const located = (e: NamedEntity | undefined): e is PlaceEntity =>
    e?.type === 'place' && e.lat !== null && e.lon !== null && e.placeKind !== 'country' && e.placeKind !== 'region';
  const places = new Map<string, PlaceEntity>();
  for (const p of [main.place, ...main.hits.map((h) => h.place)])
    if (located(p?.entity)) places.set(p.entity.id, p.entity);
  if (main.venueStreet) places.delete(main.venueStreet);
  // the sites listed after a phrase ("explosions struck: at A in X, at B in Y, and at C"): the first after "at", the
  // next after ", at" or "and at", the towns they lie in between
  for (const h of main.hits) {
    let prev = h.end;
    let listed = 0;
    for (const em of idx.within(h.sentence, h.end, Infinity)) {
      if (em.mention.start < prev || em.entity.type !== 'place') continue;
      const between = text.slice(prev, em.mention.start);
      if (/[.;]/.test(between) || between.length > 80) break;
      const item = listed ? LISTED_SITE_BEFORE.test(between) : /\bat\s+(?:the\s+)?$/iu.test(between);
      if (item && located(em.entity) && em.entity.placeKind === 'site') {
        places.set(em.entity.id, em.entity);
        listed++;
      } else if (!listed) break;
      prev = em.mention.end;
    }
  }
  const points = [...places.values()].map((e) => ({ lat: e.lat!, lon: e.lon! }));
  // the towns: the towns named, and the towns the sites the gazetteer locates by their town lie in
  const towns: { lat: number; lon: number }[] = [];
  for (const e of places.values()) {
    if (e.placeKind !== 'city' && e.precision !== 'site-in-city') continue;
    const pt = { lat: e.lat!, lon: e.lon! };
    if (!towns.some((t) => distanceKm(t, pt) <= SAME_TOWN_KM)) towns.push(pt);
  }
  const sites = [...places.values()].filter((e) => e.placeKind === 'site');
  if (sites.length < 2 && towns.length < 2) return;
  // the places the opening sentence names
  const named = entities.filter(
    (e): e is PlaceEntity => e.type === 'place' && e.mentions.some((m) => m.sentence === first),
  );
  const cities = named
    .filter((e) => e.placeKind === 'city' && e.lat !== null && e.lon !== null)
    .filter((e) => points.every((pt) => distanceKm({ lat: e.lat!, lon: e.lon! }, pt) <= ONE_EVENT_SITES_KM))
    .sort(
      (a, b) =>
        Number(b.id === datelinePlace?.entity.id) - Number(a.id === datelinePlace?.entity.id) ||
        b.mentions.length - a.mentions.length,
    );
  const all = [...places.values()];
  const holder =
    cities[0] ??
    (towns.length >= 2
      ? named.find(
          (e) =>
            (e.placeKind === 'region' &&
              !!e.admin1 &&
              all.every((p) => p.country === e.country && p.admin1 === e.admin1)) ||
            (e.placeKind === 'country' && !!e.country && all.every((p) => p.country === e.country)),
        )
      : undefined);
  if (!holder || main.place?.entity.id === holder.id) return;
  // a lone town the opening names, with all the sites in it, is already where they are
  if (holder.placeKind === 'city' && places.size === 1 && places.has(holder.id)) return;
  // (rule place/lede-site-in-dateline-city) "LONDON — A man drove into pedestrians on Westminster Bridge and then ran
  // into the grounds of Parliament": where the opening sentence names the town only in its dateline and names one
  // site of it, the lede tells the event by that site, which stays its place ("Westminster Bridge, London"); the
  // other sites are where the attack went on
  const ledeSites = sites.filter((e) =>
    e.mentions.some((m) => m.sentence === first && m.start !== datelinePlace?.mention.start),
  );
  const onlyDateline =
    holder.id === datelinePlace?.entity.id &&
    holder.mentions.every((m) => m.sentence !== first || m.start === datelinePlace.mention.start);
  if (onlyDateline && ledeSites.length === 1 && main.place?.entity.id === ledeSites[0]!.id) {
    main.merges.push(
      `place ${ledeSites[0]!.name} kept: the one site the opening sentence names, in the dateline's ${holder.name} (rule place/lede-site-in-dateline-city)`,
    );
    return;
  }
  const names = [...places.values()].filter((e) => e.id !== holder.id).map((e) => e.name);
  main.place = { entity: holder, mention: holder.mentions.find((m) => m.sentence === first)! };
  main.merges.push(
    holder.placeKind === 'city'
      ? `place ${holder.name}: the opening sentence's town, which holds the incident's ${names.length} places (${names.join(', ')}), all within ${ONE_EVENT_SITES_KM} km of it`
      : `place ${holder.name}: the opening sentence's ${holder.placeKind}, which holds the incident's sites in ${towns.length} towns (${names.join(', ')})`,
  );
}

/**
 * Rule incidents/site-with-own-sides: a phrase that says who did it and to whom, where the doer is none of the main
 * incident's and the harmed are none of the victims the main incident names, tells another event of the same city
 * ("Coulibaly, who killed a policewoman and four hostages at the supermarket" in an analysis of the attack on a
 * newspaper's offices), not one of the main incident's sites: the sites of one attack share its attackers or its
 * victims, or name neither. Described victims ("a policewoman") count for the phrase; the main incident must name
 * a victim (a person or a body), as a count of the dead ("30 people") tells no site apart.
 */
function tellsOtherSides(main: Group, g: Group): boolean {
  const ids = (x: Group, role: ParticipantRole) =>
    new Set(x.participants.filter((p) => p.role === role).map((p) => p.em.entity.id));
  const mainDoers = ids(main, 'perpetrator'),
    mainVictims = ids(main, 'victim');
  const doers = [...ids(g, 'perpetrator')],
    victims = [...ids(g, 'victim')];
  const describedVictims = g.described.some((d) => d.role === 'victim');
  return (
    mainVictims.size > 0 &&
    doers.length > 0 &&
    doers.every((id) => !mainDoers.has(id)) &&
    (victims.length > 0 || describedVictims) &&
    victims.every((id) => !mainVictims.has(id))
  );
}

/** how many days apart two dates of one telling of an event may be: shot late one night, died or found the next day */
const RESTATED_DATE_DAYS = 1;

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T12:00:00Z`) / 86_400_000);

/**
 * The article's other violent groups that tell its main incident again (merged into it, with the reason) and returned.
 * Local news tells one event several times — a caption, the lede, a paragraph that names the victim, a closing line —
 * and each telling carries only part of what the others give (a name here, a street there, "Saturday night" in one,
 * "early Sunday" in another). A group is such a retelling when it is a reference to an earlier event only where the
 * main incident is one too (a follow-up), carries no mark of the past of its own, is of a kind the main incident may be within an article, and nothing in it tells it apart:
 *  - no word before any of its phrases that sets its event apart (data/lexicons/incident-cues.json anotherEvent), nor
 *    between it and a phrase of the main incident in one sentence (separateEvents);
 *  - no named victim or perpetrator other than the main incident's, and not a doer and victims of its own where the
 *    main incident names other victims (tellsOtherSides); a victim named where the main incident names none
 *    is the main incident's ("Dana Price was accidentally shot") when the kind is the same and the phrase is not an
 *    event named after its victim ("the murder of Lee Rigby");
 *  - no place, the main incident's place (placesAgree), or the region (state, county) the main incident's place lies
 *    in, or the other way round; on the same day also a nearby town of the same state where the telling carries
 *    nothing of its own (bareTellingNearby);
 *  - no date, or one within RESTATED_DATE_DAYS of the main incident's: the earlier of the two is kept, as a report
 *    dates what followed an event (a death in hospital, a find next morning, a statement) after it, never before;
 *    across days only when one of the two has no place of its own (placed reports a day apart are as often two
 *    events of one city's week, a wire's roundup).
 */
function restatementsOfMain(
  c: IncidentCues,
  rules: RuleSwitches,
  sentences: Sentence[],
  home: Home,
  main: Group,
  kept: Group[],
  text: string,
): Set<Group> {
  const out = new Set<Group>();
  if (!isViolent(groupKind(main))) return out;
  // "In a separate shooting, …", "another man was shot": the words before a phrase set its event apart
  // "The shooting came two years after the murder of …": a sentence that tells both says they are two (separateEvents)
  const setApart = (h: Hit) =>
    c.anotherEventBefore.test(text.slice(Math.max(sentences[h.sentence]!.start, h.start - 60), h.start)) ||
    main.hits.some(
      (m) =>
        m.sentence === h.sentence &&
        c.separateEvents.test(m.end <= h.start ? text.slice(m.end, h.start) : text.slice(h.end, m.start)),
    );
  for (const g of kept) {
    // (in a follow-up every incident is a reference: there the main incident's retellings are references too)
    if (g === main || g.reference !== main.reference || g.hits.some((h) => h.past || h.compared || setApart(h)))
      continue;
    if (lastSpanApart(home, main, g) || lastSpanApart(home, g, main)) continue;
    if (!isViolent(groupKind(g)) || !kindsCompatible(groupKind(main), groupKind(g))) continue;
    if (namesOthers(main, g, 'perpetrator') || tellsOtherSides(main, g)) continue;
    const mainVictims = personIds({ ...main, participants: main.participants.filter((p) => p.role === 'victim') });
    const tollRoom = victimWithinToll(main, g, mainVictims);
    if (namesOthers(main, g, 'victim')) {
      // a victim the main incident does not name: only a telling of the same kind that names its victim as the one
      // hurt ("Dana Price was shot"), not an event named after its victim ("the murder of Lee Rigby")
      if ((mainVictims.size && !tollRoom) || groupKind(g) !== groupKind(main) || g.hits.some((h) => h.namedObject))
        continue;
    }
    // (rule incidents/own-day-over-lede-day) a main incident dated only by the lede's first day ("found during an
    // overnight search") takes an earlier day a telling of it writes out ("killed her father July 18") instead, when
    // the telling names one it harmed as the one harmed in the main incident: the news of the lede comes after the
    // event, and a written day in a phrase of the event is the event's own
    const ownEarlierDay =
      !!g.date &&
      g.dateExplicit &&
      !g.place &&
      main.date === main.ledeDay &&
      !main.dateExplicit &&
      dayNumber(g.date) < dayNumber(main.date!) &&
      sharesVictim(main, g);
    const otherDay = !!g.date && !!main.date && g.date !== main.date && !ownEarlierDay;
    // (rule incidents/lasting-event-told-again) a captivity or a hijacking told at another of its stages
    const lasting =
      isOn(rules, INCIDENTS_LASTING_EVENT_TOLD_AGAIN) &&
      isLastingKind(groupKind(main)) &&
      isLastingKind(groupKind(g)) &&
      !main.hits.some(setApart);
    // (rule incident/own-time) a month or year of its own that the main incident's time is not in, or the other way
    // round ("In January 2015, gunmen killed … In November 2015, militants killed …", an explainer's list of past
    // attacks), is another event; two days are weighed below
    const tm = timeOf(main);
    const tg = timeOf(g);
    if ((!main.date || !g.date) && tm && tg && !tm.startsWith(tg) && !tg.startsWith(tm)) continue;
    // on another day, two places a short way apart are two events ("for the second time in as many days"): only
    // the same place, or the region it lies in, tells the same event
    const where = !g.place
      ? 'no place of its own'
      : !main.place
        ? `at ${g.place.entity.name}, where the main incident had no place`
        : (placeRelation(home, main.place, g.place, otherDay) ??
          (otherDay ? null : (bareTellingNearby(main.place, g) ?? (tollRoom ? siteOfSameCity(main.place, g) : null))));
    const stage = where === null && lasting && main.place && g.place ? lastingStagePlace(main, g, g.place) : null;
    if (where === null && stage === null) continue;
    // two placed reports a day apart, even at one place, are as often two events of a city's week (a wire's
    // roundup) as one: only a telling without a place of its own joins across days
    if (otherDay && g.place && main.place && !lasting) continue;
    let when = 'undated';
    if (otherDay) {
      const days = dayNumber(g.date!) - dayNumber(main.date!);
      if (Math.abs(days) > (lasting ? LASTING_TOLD_DAYS : RESTATED_DATE_DAYS)) continue;
      when = lasting
        ? `dated ${g.date}, ${Math.abs(days)} day(s) from ${main.date}, a stage of a lasting event (rule incidents/lasting-event-told-again)`
        : `dated ${g.date}, a day from ${main.date}`;
      // the earlier day is the event's; a date the text writes out ("Nov. 14") outweighs a relative one
      if ((days < 0 && !(main.dateExplicit && !g.dateExplicit)) || (g.dateExplicit && !main.dateExplicit)) {
        main.date = g.date;
        main.dateExplicit = g.dateExplicit;
        when += `, the earlier day taken as the event's`;
      }
    } else if (ownEarlierDay) {
      when = `dated ${g.date}, a day it writes out, before the lede's ${main.date}, taken as the event's (rule incidents/own-day-over-lede-day)`;
      main.date = g.date;
      main.dateExplicit = true;
      main.ledeDay = undefined;
    } else if (g.date) when = main.date ? `dated ${g.date} as well` : `dated ${g.date}`;
    mergeInto(main, g);
    main.merges.push(
      `"${text.slice(g.hits[0]!.start, g.hits[0]!.end)}" (sentence ${g.hits[0]!.sentence}) tells the main incident ` +
        `again: ${where ?? stage}, ${when}, naming no one the main incident does not`,
    );
    out.add(g);
  }
  return out;
}

/** how many days apart one article may tell the stages of a lasting event (rule incidents/lasting-event-told-again) */
const LASTING_TOLD_DAYS = 7;

/**
 * Rule incidents/lasting-event-told-again: a telling of a lasting event placed where the main incident is not may be
 * another of its stages only for a kind that moves across borders (a hijacked airliner). Returns why, or null.
 */
function lastingStagePlace(main: Group, g: Group, b: EntityMention): string | null {
  if (!lastsAcrossBorders(groupKind(main)) && !lastsAcrossBorders(groupKind(g))) return null;
  return `at ${b.entity.name}, another stage of a ${groupKind(g)}, which moves from place to place (rule incidents/lasting-event-told-again)`;
}

/**
 * Rule incidents/victim-within-the-toll: "Twelve people were killed … A police officer, X, was shot and killed on the
 * pavement outside": an undated telling of the main incident's kind that names a victim the main incident does not,
 * and no doer of its own, is one of the main incident's dead or hurt when the main incident's toll leaves room for
 * them (more killed and injured than it names): news names the victims of a mass attack one by one, sentence by
 * sentence. Where the toll is as many as the victims named (one man shot dead, named), another named victim is
 * another event (a roundup of a city's night).
 */
function victimWithinToll(main: Group, g: Group, mainVictims: ReadonlySet<string>): boolean {
  if (g.date || main.killed === null) return false;
  if (g.participants.some((p) => p.role === 'perpetrator')) return false;
  const added = new Set(
    g.participants.filter((p) => p.role === 'victim' && !mainVictims.has(p.em.entity.id)).map((p) => p.em.entity.id),
  );
  return main.killed + (main.injured ?? 0) >= mainVictims.size + added.size;
}

/**
 * With rule incidents/victim-within-the-toll: a site of the city the main incident's site lies in (both placed in the
 * city, not known to the gazetteer themselves: "outside the offices", "on the boulevard nearby") is a place of the same
 * attack as it moved through the city, not another event's.
 */
function siteOfSameCity(mainPlace: EntityMention, g: Group): string | null {
  const a = mainPlace.entity,
    b = g.place?.entity;
  if (!b || a.type !== 'place' || b.type !== 'place') return null;
  const inCity = (p: PlaceEntity) => p.placeKind === 'site' && p.precision === 'site-in-city';
  if (!inCity(a) || !inCity(b) || a.lat === null || a.lat !== b.lat || a.lon !== b.lon) return null;
  return `at ${b.name}, a site of the city ${a.name} lies in, naming one of the main incident's toll (rule incidents/victim-within-the-toll)`;
}

/** a town of the same state this close to the main incident's is where its news went on (a hospital, an arrest) */
const BARE_TELLING_KM = 60;

/**
 * Rule incidents/bare-telling-nearby: on the main incident's own day, a telling of it that carries nothing of its own
 * (only nouns, no victim, no doer, no toll: "the shooter was caught east of Portland", "the shooting suspect was taken
 * to a Salem jail") placed at another town of the same state a short way off is the main incident told from where its
 * story went on, not a second event; a second event there is told with someone hurt or a toll, or set apart by its
 * words ("a second shooting"), which restatementsOfMain checks first. Returns why, or null.
 */
function bareTellingNearby(mainPlace: EntityMention, g: Group): string | null {
  const a = mainPlace.entity,
    b = g.place?.entity;
  if (!b || a.type !== 'place' || b.type !== 'place') return null;
  const town = (p: PlaceEntity) => p.placeKind === 'city' || p.placeKind === 'site';
  if (!town(a) || !town(b) || !a.admin1 || a.admin1 !== b.admin1 || a.country !== b.country) return null;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const km = distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
  if (km > BARE_TELLING_KM) return null;
  const ownSides = g.participants.some((p) => p.role === 'victim' || p.role === 'perpetrator');
  const ownDescribed = g.described.some((d) => d.role === 'victim' || d.role === 'perpetrator');
  // a verb ("a teenager was shot") tells someone hurt even where the victim is not picked out; nouns only
  if (ownSides || ownDescribed || g.killed !== null || g.injured !== null || g.hits.some((h) => h.verbal)) return null;
  return `at ${b.name}, ${Math.round(km)} km from ${a.name} in ${a.admin1}, the same day, telling no one hurt and no toll of its own (rule incidents/bare-telling-nearby)`;
}

/** whether two groups name one person harmed: the same named person, or the same words for one ("the father") */
function sharesVictim(a: Group, b: Group): boolean {
  const named = (g: Group) => new Set(g.participants.filter((p) => p.role === 'victim').map((p) => p.em.entity.id));
  const described = (g: Group) =>
    new Set(g.described.filter((d) => d.role === 'victim').map((d) => d.text.toLowerCase()));
  const [na, nb, da, db] = [named(a), named(b), described(a), described(b)];
  return [...na].some((id) => nb.has(id)) || [...da].some((t) => db.has(t));
}

/** whether `g` names a `role` participant (a person or group) that `main` does not, while `main` names one too */
function namesOthers(main: Group, g: Group, role: ParticipantRole): boolean {
  const mine = new Set(main.participants.filter((p) => p.role === role).map((p) => p.em.entity.id));
  const theirs = g.participants.filter((p) => p.role === role).map((p) => p.em.entity.id);
  if (role === 'victim') return theirs.some((id) => !mine.has(id));
  return mine.size > 0 && theirs.some((id) => !mine.has(id));
}

/** a county's centre lies this close to the towns in it (most US counties are under 60 km across) */
const REGION_HOLDS_KM = 40;

/**
 * How two incident places relate when one event may be told at both: the same place (strict: the same place entity;
 * else placesAgree), or a region and a place in it (strict: only a state); null when they tell two places apart.
 */
function placeRelation(home: Home, a: EntityMention, b: EntityMention, strict: boolean): string | null {
  if (a.entity.id === b.entity.id || (!strict && placesAgree(home, a, b))) return `at ${b.entity.name}, the same place`;
  const pa = a.entity,
    pb = b.entity;
  if (pa.type !== 'place' || pb.type !== 'place') return null;
  if (regionHolds(pb, pa, strict)) return `at ${pb.name}, the region ${pa.name} lies in`;
  if (regionHolds(pa, pb, strict)) return `at ${pb.name}, within ${pa.name}`;
  return null;
}

const isState = (p: PlaceEntity) => p.placeKind === 'region' && !!p.admin1 && p.name === p.admin1;

/**
 * Rule place/region-holds: a state holds its counties and towns; a county the towns near its centre (strict: only a
 * state). The state's own name is its first-level division in the gazetteer; a neighbouring county is another place.
 */
function regionHolds(region: PlaceEntity, p: PlaceEntity, strict: boolean): boolean {
  return (
    region.placeKind === 'region' &&
    p.placeKind !== 'country' &&
    (p.placeKind !== 'region' || (isState(region) && !isState(p))) &&
    !!region.admin1 &&
    region.admin1 === p.admin1 &&
    region.country === p.country &&
    (isState(region) ||
      (!strict &&
        region.lat !== null &&
        region.lon !== null &&
        p.lat !== null &&
        p.lon !== null &&
        distanceKm({ lat: region.lat, lon: region.lon }, { lat: p.lat, lon: p.lon }) <= REGION_HOLDS_KM))
  );
}

function newGroup(h: Hit): Group {
  return {
    hits: [h],
    cues: [],
    place: h.place,
    date: h.date,
    participants: [...h.participants],
    killed: h.killed,
    injured: h.injured,
    tolls: [...h.tolls],
    merges: h.reclassedBy ? [`kind ${h.kind}: rule ${h.reclassedBy}`] : [],
    dateExplicit: h.dateExplicit,
    ...(h.dateUnwritten ? { dateUnwritten: true } : {}),
    period: h.period,
    dateFlag: h.dateFlag,
    described: [...h.described],
    reference: false,
  };
}

/** killed and injured from the counts: a revised toll replaces earlier figures (casualties.ts resolveToll) */
function setTolls(x: { tolls: Toll[]; killed: number | null; injured: number | null }): void {
  x.killed = resolveToll(x.tolls.filter((t) => t.what === 'killed'));
  x.injured = resolveToll(x.tolls.filter((t) => t.what === 'injured'));
}

function addParticipant(
  g: Group,
  em: EntityMention,
  role: ParticipantRole,
  flags: { accused?: boolean; harmedByResponse?: boolean; attackersForce?: boolean; rule?: string } = {},
): void {
  const { accused, harmedByResponse, attackersForce, rule } = flags;
  const was = g.participants.find((p) => p.em.entity.id === em.entity.id && p.role === role);
  if (!was)
    g.participants.push({
      em,
      role,
      ...(accused ? { accused: true } : {}),
      ...(harmedByResponse ? { harmedByResponse: true } : {}),
      ...(attackersForce ? { attackersForce: true } : {}),
      ...(rule ? { rule } : {}),
    });
  else {
    was.rule ??= rule;
    if (accused) was.accused = true;
    if (attackersForce) was.attackersForce = true;
    if (!harmedByResponse) delete was.harmedByResponse;
  }
}

/**
 * (rule dates/written-day-refines) "killed 12 in an overnight raid … The attackers arrived shortly after midnight on
 * Sunday": a day only implied ("overnight" reads as the day of publication) gives way to a day another telling of the
 * same event writes out, where the two agree (the written day is that day or the one before: the night spans both)
 */
function refinesUnwritten(
  g: { date: string | null; dateUnwritten?: boolean },
  h: { date: string | null; dateUnwritten?: boolean },
): boolean {
  if (!g.dateUnwritten || !g.date || !h.date || h.dateUnwritten) return false;
  const days = (Date.parse(g.date) - Date.parse(h.date)) / 86_400_000;
  return days === 0 || days === 1;
}

function takeDate(g: Group, h: Hit | Group): void {
  if (refinesUnwritten(g, h))
    g.merges.push(
      `date ${h.date}: written out for the same event, where ${g.date} was only implied (rule dates/written-day-refines)`,
    );
  if ((g.date === null && h.date) || refinesUnwritten(g, h)) {
    g.date = h.date;
    g.dateExplicit = h.dateExplicit;
    g.dateUnwritten = h.dateUnwritten === true;
  }
}

function addHit(g: Group, h: Hit): void {
  g.hits.push(h);
  g.place ??= h.place;
  takeDate(g, h);
  g.period ??= h.period;
  g.dateFlag ??= h.dateFlag;
  for (const p of h.participants) addParticipant(g, p.em, p.role, p);
  for (const d of h.described) {
    const was = g.described.find((x) => x.role === d.role && x.text.toLowerCase() === d.text.toLowerCase());
    if (!was) g.described.push(d);
    else if (d.accused) was.accused = true;
  }
  g.tolls.push(...h.tolls);
  setTolls(g);
}

/**
 * Rule place/site-in-main-incident-town: a site the text writes no town for, whose coordinates are only the dateline's
 * city's (guessedWithin), while the main incident lies in another located town of its country
 */
function guessedSiteOfMain(home: Home, site: PlaceEntity, town: PlaceEntity | null): boolean {
  return (
    isOn(home.rules, PLACE_SITE_IN_MAIN_INCIDENT_TOWN) &&
    site.placeKind === 'site' &&
    site.guessedWithin === true &&
    site.lat !== null &&
    site.lon !== null &&
    town?.placeKind === 'city' &&
    town.lat !== null &&
    town.lon !== null &&
    town.country === site.country &&
    home.points.some((pt) => distanceKm(pt, { lat: site.lat!, lon: site.lon! }) <= SAME_TOWN_KM) &&
    distanceKm({ lat: town.lat, lon: town.lon }, { lat: site.lat, lon: site.lon }) > SAME_TOWN_KM &&
    townHoldsSitesOfItsKind(home.text, site, town)
  );
}

/**
 * "a gunman killed 50 people at two mosques in <town>": the text writes a lower-case noun of the site's kind (the
 * head word of its name, "the Harbour Mosque") right before "in" and the town, so sites of that kind lie there
 */
function townHoldsSitesOfItsKind(text: string, site: PlaceEntity, town: PlaceEntity): boolean {
  const head = /(\p{Lu}\p{Ll}+)$/u.exec(site.name)?.[1]?.toLowerCase();
  if (!head) return false;
  const before = new RegExp(`(?<![\\p{L}])${head}(?:e?s)?\\s+in\\s+$`, 'u');
  return town.mentions.some((m) => before.test(text.slice(Math.max(0, m.start - 40), m.start)));
}

/** the words between two sites of one list: "A and B", "A, B and the C" */
const SITES_LISTED_BETWEEN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/u;

/**
 * (rule place/site-in-main-incident-town) a telling at a site whose town was only guessed joins the main incident in
 * another town: the site, and the sites listed with it in the same phrase that were guessed alike, lie in that town
 */
function placeGuessedSitesInTown(home: Home, into: Group, g: Group, entities: readonly NamedEntity[]): void {
  const town = into.place?.entity;
  const site = g.place?.entity;
  if (town?.type !== 'place' || site?.type !== 'place' || !guessedSiteOfMain(home, site, town)) return;
  const at = g.place!.mention;
  const listed = entities.filter(
    (e): e is PlaceEntity =>
      e.type === 'place' &&
      e.id !== site.id &&
      e.placeKind === 'site' &&
      e.guessedWithin === true &&
      e.lat === site.lat &&
      e.lon === site.lon &&
      e.mentions.some(
        (m) =>
          m.sentence === at.sentence &&
          SITES_LISTED_BETWEEN.test(
            m.start >= at.end ? home.text.slice(at.end, m.start) : home.text.slice(m.end, at.start),
          ),
      ),
  );
  for (const p of [site, ...listed]) {
    p.lat = town.lat;
    p.lon = town.lon;
    p.admin1 = town.admin1 ?? null;
    p.merges = [
      ...(p.merges ?? []).filter((m) => !m.startsWith(`located "`)),
      `located "${p.name}" in ${town.name}: the article tells it as a site of its main incident there, and writes no town for it (${p === site ? '' : 'listed with ' + site.name + '; '}the dateline's city was only a guess; rule place/site-in-main-incident-town); coordinates are ${town.name}'s`,
    ];
  }
}

/**
 * (rule place/series-keeps-its-town) `into` or the joining telling is told in the plural (a series of strikes) and
 * the joining telling's place is a site lying in the incident's town: the site is one of the series', the town stays
 */
function seriesSiteInTown(home: Home, into: Group, g: Group): PlaceEntity | null {
  const town = into.place?.entity;
  const site = g.place?.entity;
  if (!isOn(home.rules, PLACE_SERIES_KEEPS_ITS_TOWN) || town?.type !== 'place' || site?.type !== 'place') return null;
  if (town.placeKind !== 'city' || site.placeKind !== 'site' || town.lat === null || town.lon === null) return null;
  if (site.lat === null || site.lon === null || site.country !== town.country) return null;
  if (distanceKm({ lat: town.lat, lon: town.lon }, { lat: site.lat, lon: site.lon }) > SAME_TOWN_KM) return null;
  // an event noun in the plural, definite or counted ("the bombings", "the attacks on A and B", "three attacks"), not a
  // verb's plural object ("holding hostages")
  const series = [...into.hits, ...g.hits].some(
    (h) => h.plural && h.cls === 'event' && !h.verbal && !h.legal && (h.det === 'definite' || h.det === 'counted'),
  );
  return series ? site : null;
}

function mergeInto(into: Group, g: Group, home?: Home): void {
  const seriesSite = home ? seriesSiteInTown(home, into, g) : null;
  if (seriesSite)
    into.merges.push(
      `place ${into.place!.entity.name} kept: a series, and ${seriesSite.name}, where a telling places it, is one of its sites in that town (rule place/series-keeps-its-town)`,
    );
  // (rule place/stated-place-over-dateline) the dateline's place was only a fallback for a lede event with no place of
  // its own: a later telling of the event that states where it happened ("the murder of six more in Unguia, a village
  // of Choco") names its place, below the country and in the dateline's country
  const stated = g.place?.entity.type === 'place' ? g.place.entity : null;
  if (
    into.datelinePlaced &&
    !seriesSite &&
    (!home || isOn(home.rules, PLACE_STATED_PLACE_OVER_DATELINE)) &&
    !g.datelinePlaced &&
    stated &&
    into.place?.entity.type === 'place' &&
    stated.id !== into.place.entity.id &&
    stated.placeKind !== 'country' &&
    (!stated.country || stated.country === into.place.entity.country)
  ) {
    into.merges.push(
      `place ${stated.name}: a later telling states it, the dateline's ${into.place.entity.name} was only a fallback (rule place/stated-place-over-dateline)`,
    );
    into.place = g.place;
    delete into.datelinePlaced;
  }
  // (rule place/reference-point) the town a later telling names replaces the point the lede measured from, where the
  // gazetteer locates it (the map needs its point; an unlocated town leaves the point the incident's place)
  if (home && into.place && g.place && pointStandsFor(home, into.place, g.place) && isLocated(g.place)) {
    into.merges.push(
      `place ${g.place.entity.name}: the town of a later telling, near ${into.place.entity.name}, which was written as a point of reference (rule place/reference-point)`,
    );
    into.place = g.place;
  }
  // a more specific place replaces the incident's place only where the gazetteer locates it (the map needs coordinates)
  if (
    !seriesSite &&
    into.place &&
    g.place &&
    into.place.entity.type === 'place' &&
    g.place.entity.type === 'place' &&
    g.place.entity.lat !== null &&
    PLACE_SPECIFICITY[g.place.entity.placeKind]! < PLACE_SPECIFICITY[into.place.entity.placeKind]!
  )
    into.place = g.place;
  // (rule place/joined-group-keeps-its-place) a group with no place takes the place the joining group was given as a
  // whole (the scene a later sentence states, the lede's town over the dateline), not the first place one of its
  // phrases read, which that group's rules may have set aside
  into.place ??= g.place;
  for (const h of g.hits) addHit(into, h);
  takeDate(into, g);
  into.period ??= g.period;
  into.dateFlag ??= g.dateFlag;
  for (const p of g.participants) addParticipant(into, p.em, p.role, p);
  into.cues.push(...g.cues);
  into.merges.push(...g.merges);
}

/** the kind a group reports: its most frequent specific event kind, else what its agents suggest, else the generic one */
function groupKind(g: Group): IncidentKind {
  const votes = new Map<IncidentKind, number>();
  const vote = (k: IncidentKind, w: number) => votes.set(k, (votes.get(k) ?? 0) + w);
  for (const h of g.hits) {
    if (h.byResponders || h.legal) vote(h.kind, 0.01);
    else if (h.cls === 'event' || h.cls === 'plot' || h.cls === 'response') vote(h.kind, h.kind === 'attack' ? 0.1 : 1);
    else if (h.kind !== 'attack') vote(h.kind, 0.5);
    else vote(h.kind, 0.05);
  }
  // a siege or an abduction is the event that shootings inside it belong to, a ramming the hijacking of its lorry
  // (ontology sameEvent.inArticle.holds)
  for (const [k, held] of KINDS_HELD_WITHIN)
    if ((votes.get(k) ?? 0) >= 1)
      for (const h of held) if (votes.has(h)) votes.set(k, (votes.get(k) ?? 0) + (votes.get(h) ?? 0));
  let best: IncidentKind = g.hits[0]!.kind,
    bestV = -1;
  for (const h of g.hits) {
    const v = votes.get(h.kind) ?? 0;
    if (v > bestV) {
      best = h.kind;
      bestV = v;
    }
  }
  return best;
}

function personIds(g: Group): Set<string> {
  return new Set(g.participants.filter((p) => p.em.entity.type === 'person').map((p) => p.em.entity.id));
}

/** same place, or one is the country the other lies in */
/** where the article is datelined: an unknown street or venue is taken to lie there */
interface Home {
  ids: Set<string>;
  countries: Set<string>;
  /** coordinates of the dateline place: a known place close to it is where the article is */
  points: { lat: number; lon: number }[];
  /** places the text writes as lying in another ("Claremont, Bronx", "the Old West End of Toledo"): "inner>outer" ids */
  within: Set<string>;
  /** the sentences of the headline line above the dateline (rule incidents/headline-tells-the-lede) */
  headline: Set<number>;
  /** the article's text and the words that make a place a point of reference before it, or a town (rule place/reference-point) */
  text: string;
  pointBefore: RegExp;
  townBefore: RegExp;
  /** a lower-case compass word right before a place name ("south London"): the name stands for a quarter of that place */
  compassBefore: RegExp;
  /** which rules are on (the document's resources) */
  rules: RuleSwitches;
}

function placesAgree(home: Home, a: EntityMention, b: EntityMention): boolean {
  if (a.entity.id === b.entity.id) return true;
  const pa = a.entity,
    pb = b.entity;
  if (pa.type !== 'place' || pb.type !== 'place') return false;
  // one lies in the other, as the text writes it or as its name says (a state does not: an event placed only in a
  // state is told apart from a town's by what else it says, restatementsOfMain)
  if (home.within.has(`${pa.id}>${pb.id}`) || home.within.has(`${pb.id}>${pa.id}`)) return true;
  if (namedPartOf(pa, pb) || namedPartOf(pb, pa)) return true;
  if (quarterHolds(home, a, pb) || quarterHolds(home, b, pa)) return true;
  // a street or venue the gazetteer does not know (no country, no coordinates) lies where the article is datelined
  if (unlocated(a) !== unlocated(b)) {
    const known = unlocated(a) ? pb : pa;
    // "John Wilson Street" in a LONDON-datelined story about Woolwich: the district is part of the dateline city
    const nearHome =
      known.placeKind !== 'country' &&
      known.lat !== null &&
      known.lon !== null &&
      home.points.some((p) => distanceKm({ lat: p.lat, lon: p.lon }, { lat: known.lat!, lon: known.lon! }) <= 30);
    return (
      home.ids.has(known.id) ||
      nearHome ||
      (known.placeKind === 'country' && !!known.country && home.countries.has(known.country))
    );
  }
  if (pa.placeKind === 'country' && pb.placeKind !== 'country') return !!pb.country && pb.country === pa.country;
  if (pb.placeKind === 'country' && pa.placeKind !== 'country') return !!pa.country && pa.country === pb.country;
  // a site within a city, a city within a region: different kinds of place a short way apart
  if (pa.placeKind !== pb.placeKind && pa.lat !== null && pa.lon !== null && pb.lat !== null && pb.lon !== null) {
    const reach = pa.placeKind === 'region' || pb.placeKind === 'region' ? 50 : 30;
    return distanceKm({ lat: pa.lat, lon: pa.lon }, { lat: pb.lat, lon: pb.lon }) <= reach;
  }
  return false;
}

/** a town this close to a city written as a quarter ("south London") may lie in that quarter */
const QUARTER_REACH_KM = 30;

/**
 * Rule place/compass-quarter-holds-town: "a frenzied attack in south London … at a flat in Croydon": a city written
 * with a lower-case compass word before it ("south London", "west Belfast", "northern Sydney") names a quarter of it,
 * not the city centre, and a town of the same country the gazetteer locates within QUARTER_REACH_KM of it is such a
 * quarter: news names the wider city in one sentence and the suburb in another for one scene.
 */
function quarterHolds(home: Home, quarter: EntityMention, town: PlaceEntity): boolean {
  if (!isOn(home.rules, PLACE_COMPASS_QUARTER_HOLDS_TOWN)) return false;
  const q = quarter.entity;
  if (q.type !== 'place' || q.placeKind !== 'city' || town.placeKind !== 'city') return false;
  if (!q.country || q.country !== town.country || q.lat === null || q.lon === null) return false;
  if (town.lat === null || town.lon === null) return false;
  if (!home.compassBefore.test(home.text.slice(Math.max(0, quarter.mention.start - 20), quarter.mention.start)))
    return false;
  return distanceKm({ lat: q.lat, lon: q.lon }, { lat: town.lat, lon: town.lon }) <= QUARTER_REACH_KM;
}

/** a part named after its place lies this close to it where the gazetteer locates both */
const NAMED_PART_KM = 30;

const nameWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Rule place/named-part: a place whose name holds the whole name of another is a part of it ("South Side
 * Bridgeport", "Southeast D.C.", "Yale-New Haven Hospital", "North Toledo"), unless the gazetteer locates both far
 * apart ("New York" is not a part of York, nor "West Virginia" of Virginia).
 */
function namedPartOf(part: PlaceEntity, whole: PlaceEntity): boolean {
  const pw = nameWords(part.name),
    ww = nameWords(whole.name);
  if (ww.length === 0 || pw.length <= ww.length || ww.join('').length < 2) return false;
  const at = pw.findIndex((_, i) => ww.every((w, j) => pw[i + j] === w));
  if (at < 0) return false;
  if (part.lat === null || part.lon === null || whole.lat === null || whole.lon === null) return true;
  return distanceKm({ lat: part.lat, lon: part.lon }, { lat: whole.lat, lon: whole.lon }) <= NAMED_PART_KM;
}

/** a place the gazetteer does not locate: no country, no coordinates (a street, a housing complex, "Southeast D.C.") */
/**
 * A place the gazetteer does not locate: no country or coordinates at all, or (rule place/town-known-to-its-country) a
 * town or site known only as one of its country ("killed in Kessin", a town the gazetteer lacks: precision country),
 * which cannot tell whether it lies inside the place another telling of the event names
 */
function unlocated(em: EntityMention | null | undefined): boolean {
  if (!em || em.entity.type !== 'place') return false;
  const p = em.entity as PlaceEntity;
  return (p.country === null && p.lat === null) || (p.precision === 'country' && p.placeKind !== 'country');
}

const PLACE_SPECIFICITY: Record<string, number> = { site: 0, city: 1, other: 1, region: 2, country: 3 };

/** a place of reference this far from a town told of the same event may stand for it (rule place/reference-point) */
const REFERENCE_POINT_KM = 100;

/** the place is written as a point something lies from ("west of Algiers", "outside Moscow", "70 km from Lima") */
function placeCountry(em: EntityMention | null): string | null {
  return em?.entity.type === 'place' ? em.entity.country : null;
}

/** a region a country is divided into, or a wider one it holds ("Kashmir", "Anbar Province"): no town's scene */
function regionOfItsCountry(em: EntityMention | null): boolean {
  return em?.entity.type === 'place' && em.entity.placeKind === 'region' && !!em.entity.country;
}

function isReferencePoint(home: Home, em: EntityMention): boolean {
  return home.pointBefore.test(home.text.slice(Math.max(0, em.mention.start - 40), em.mention.start));
}

/**
 * Rule place/reference-point: "a bomb exploded in a restaurant west of Algiers … ripped through a restaurant in the
 * coastal town of Staoueli": a lede places an event by a well-known place it lies near, and the body names the town;
 * a place written as a town ("the town of", "the village of": where something happened, not a funeral's or an
 * office's place) that the gazetteer locates within REFERENCE_POINT_KM of a place written as such a point, or does not
 * locate and nothing puts in another country, tells the same place (and, located, the more precise one).
 */
function pointStandsFor(home: Home, point: EntityMention, town: EntityMention): boolean {
  if (!isOn(home.rules, PLACE_REFERENCE_POINT)) return false;
  const p = point.entity,
    t = town.entity;
  if (p.type !== 'place' || t.type !== 'place' || t.placeKind === 'country' || t.placeKind === 'region') return false;
  if (p.lat === null || p.lon === null || p.placeKind === 'country') return false;
  if (!isReferencePoint(home, point) || isReferencePoint(home, town)) return false;
  // the town is written as one ("in the coastal town of Staoueli"): a name after a settlement noun is where it happened
  if (!home.townBefore.test(home.text.slice(Math.max(0, town.mention.start - 40), town.mention.start))) return false;
  // a town the gazetteer does not locate (no point of its own) lies near the point when nothing puts it in another country
  if (t.lat === null || t.lon === null || t.precision === 'country')
    return t.country === null || t.country === p.country;
  return distanceKm({ lat: p.lat, lon: p.lon }, { lat: t.lat, lon: t.lon }) <= REFERENCE_POINT_KM;
}

function groupPlacesAgree(home: Home, a: EntityMention, b: EntityMention): boolean {
  return placesAgree(home, a, b) || pointStandsFor(home, a, b) || pointStandsFor(home, b, a);
}

function conflicts(home: Home, a: Group, b: Group): boolean {
  if (a.place && b.place && !groupPlacesAgree(home, a.place, b.place)) return true;
  // (rule incident/own-time) two days, or a month or year of its own that the other's day or period is not in ("a
  // similar shooting in March", in a story of a June shooting), are two times: two events
  const ta = timeOf(a);
  const tb = timeOf(b);
  // (rule dates/written-day-refines) an implied day ("overnight") and the written day of the night it spans agree
  if (ta && tb && !ta.startsWith(tb) && !tb.startsWith(ta) && !refinesUnwritten(a, b) && !refinesUnwritten(b, a))
    return true;
  if (lastSpanApart(home, a, b) || lastSpanApart(home, b, a)) return true;
  for (const role of ['victim', 'perpetrator'] as const) {
    const x = new Set(a.participants.filter((p) => p.role === role).map((p) => p.em.entity.id));
    const y = b.participants.filter((p) => p.role === role).map((p) => p.em.entity.id);
    if (x.size && y.length && !y.some((id) => x.has(id))) return true;
  }
  return false;
}

/**
 * Rule incidents/last-span-marked-apart: "the prosecutor of last week's armed takeover was shot dead on Wednesday": a
 * phrase "last week's" or "last month's" marks (Hit.lastSpan) happened in that span of the calendar, so its group is no
 * telling of a group not so marked whose day lies outside it.
 */
function lastSpanApart(home: Home, a: Group, b: Group): boolean {
  if (!isOn(home.rules, INCIDENTS_LAST_SPAN_MARKED_APART) || !b.date || b.hits.some((x) => x.lastSpan)) return false;
  return a.hits.some((x) => x.lastSpan && (b.date! < x.lastSpan.from || b.date! > x.lastSpan.to));
}

/** (rule incidents/last-span-marked-apart) every phrase of the group is an earlier event "last week's" marks */
function markedEarlier(doc: Doc, g: Group): boolean {
  return isOn(doc.res.rules, INCIDENTS_LAST_SPAN_MARKED_APART) && g.hits.every((h) => h.lastSpan && h.past);
}

/**
 * Rule dates/one-phrase-one-day: "the death toll of a bomb blast in a market on Friday": incident words written side
 * by side, with nothing but a space or a hyphen between them, are one noun phrase naming one event; a day goes to the
 * whole phrase, so the word nearer another date of the sentence ("a newspaper on Saturday put the toll of a bomb
 * blast …") does not take that day and make a second event of the same blast. Returns the hit with the hits chained
 * to it so, in text order.
 */
export function phraseOf<T extends { start: number; end: number }>(text: string, hits: readonly T[], h: T): T[] {
  const joined = (a: T, b: T) => a.end <= b.start && /^(?: +|-)$/.test(text.slice(a.end, b.start));
  const out = [h];
  for (let cur = h, next = hits.find((x) => joined(cur, x)); next; cur = next, next = hits.find((x) => joined(cur, x)))
    out.push(next);
  for (let cur = h, prev = hits.find((x) => joined(x, cur)); prev; cur = prev, prev = hits.find((x) => joined(x, cur)))
    out.unshift(prev);
  return out;
}

function conflictsIgnoringDate(home: Home, a: Group, b: Group): boolean {
  return conflicts(home, a, { ...b, date: null, period: null });
}

/**
 * Rule definite-reference/own-period: a reference ("the attack", "the gunman") conflicts with an incident as
 * conflicts() says, leaving out its day (more often when something was said about it than when it happened) but not
 * a month or year of its own that the incident's time is not in: "the attack in March", in a story of a June
 * shooting, is another event, not the story's.
 */
function conflictsIgnoringDay(home: Home, a: Group, b: Group): boolean {
  return conflicts(home, a, { ...b, date: null });
}

/** the time a group is given: its day, else its month or year (ISO, so a day starts with its month and year) */
function timeOf(g: Group): string | null {
  return g.date ?? g.period?.iso ?? null;
}

/**
 * Rule place/clause-town: "a bomb killed three policemen in Turbat, and gunmen shot dead two labourers in Gwadar": an
 * event of the sentence that its own phrase did not place, followed by a town (a city of the gazetteer) written after
 * a locative and then by a phrase placed in another town, happened in the first town; so placed, it stays apart from the later phrase (each
 * event of a report that names two towns gets its own).
 */
function clauseTown(
  cues: IncidentCues,
  lex: IncidentLexicon,
  idx: MentionIndex,
  home: Home,
  si: number,
  text: string,
  g: Group,
  h: Hit,
): void {
  if (!isOn(home.rules, PLACE_CLAUSE_TOWN)) return;
  // two towns the gazetteer knows: a site or area beside a venue ("at the mosque, opposite the park, where …") is no
  // other event's place
  const isTown = (em: EntityMention) => em.entity.type === 'place' && em.entity.placeKind === 'city';
  if (g.place || !h.place || !isTown(h.place)) return;
  // (an attacker named after the town, "… in Turbat, and gunmen shot dead", joined it unplaced: its own hit counts)
  const last = [...g.hits].reverse().find((x) => x.cls !== 'agent') ?? g.hits[0]!;
  if (last.end > h.start) return;
  const town = idx
    .within(si, last.end, h.start)
    .find(
      (em) =>
        isTown(em) &&
        em.mention.end <= h.start &&
        cues.strictLocativeBefore.test(text.slice(Math.max(last.end, em.mention.start - 30), em.mention.start)) &&
        !isBackgroundPlace(lex, idx, si, text, em) &&
        !placesAgree(home, em, h.place!),
    );
  if (!town) return;
  g.place = town;
  g.merges.push(
    `place ${town.entity.name}: written after it, before a phrase placed in ${h.place.entity.name} (rule place/clause-town)`,
  );
}

// "the shooting came two years after the murder of …": two events in one sentence (cues.separateEvents)
/** a year written in a mark of the past ("the 2013 siege"): the mark dates the phrase to that year */
const PAST_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

function fits(c: IncidentCues, home: Home, text: string, g: Group, h: Hit): boolean {
  const hg = newGroup(h);
  if (conflicts(home, g, hg) && !coVictims(home, g, hg)) return false;
  const last = g.hits[g.hits.length - 1]!;
  if (c.separateEvents.test(text.slice(last.end, h.start))) return false;
  // (rule incidents/year-marked-apart) "looks back at the deadliest attacks, the 2013 siege of the mall and …": a phrase
  // a past year marks is an event of that year; it joins no phrase of its sentence told first without a mark of the
  // past ("the 2015 attacks, the bombings at the stadium …" opens with its mark and keeps its parts); an attacker noun
  // before it is its doer ("the gunmen behind the January 2015 attacks"), no event of its own
  if (
    isOn(home.rules, INCIDENTS_YEAR_MARKED_APART) &&
    PAST_YEAR.test(h.past ?? '') &&
    !g.hits.some((x) => x.past) &&
    g.hits.some((x) => x.cls !== 'agent')
  )
    return false;
  const loose = (x: Hit) => x.cls === 'agent' || x.cls === 'weak' || x.byResponders || x.legal;
  const flexible = loose(h) || g.hits.every(loose);
  if (flexible) return isViolent(h.kind) === isViolent(groupKind(g));
  return kindsMayBeOneEventInSentence(groupKind(g), h.kind);
}

/**
 * Rule incidents/co-victims-in-sentence: "Jose Marte was shot once in the leg, while Oscar Delgado was shot in the
 * abdomen": verbs of one kind in one sentence that each name only people hurt, with no place, day, attacker or mark of
 * the past telling them apart, tell the victims of one event; news sets another event apart in words of its own ("in
 * a separate shooting", cues.separateEvents, checked by fits) or in a sentence of its own.
 */
function coVictims(home: Home, g: Group, hg: Group): boolean {
  if (!isOn(home.rules, INCIDENTS_CO_VICTIMS_IN_SENTENCE)) return false;
  const plain = (x: Hit) => x.verbal && !x.past && !x.compared && !x.namedObject;
  const onlyVictims = (x: Group) =>
    x.participants.length > 0 && x.participants.every((p) => p.role === 'victim' && p.em.entity.type === 'person');
  const kind = hg.hits[0]!.kind;
  return (
    isViolent(kind) &&
    hg.hits.every(plain) &&
    g.hits.every((x) => plain(x) && x.kind === kind) &&
    onlyVictims(g) &&
    onlyVictims(hg) &&
    !conflicts(home, g, { ...hg, participants: [] })
  );
}

function mostDiscussed(groups: Group[]): Group | undefined {
  let best: Group | undefined;
  for (const g of groups) if (!best || g.hits.length + g.cues.length > best.hits.length + best.cues.length) best = g;
  return best;
}

/**
 * Rule incidents/year-marked-apart: "the 2013 siege", a phrase a past year marks, is an event of that year; it joins no
 * incident dated in another year (the documentary shown on Thursday that looks back at it is no telling of it)
 */
function ofItsYear(home: Home, incidents: Group[], g: Group): Group[] {
  if (!isOn(home.rules, INCIDENTS_YEAR_MARKED_APART)) return incidents;
  const marked = (x: Group) => x.hits.map((h) => PAST_YEAR.exec(h.past ?? '')?.[0]).filter((y) => y !== undefined);
  const years = marked(g);
  if (!years.length) return incidents;
  return incidents.filter((x) => {
    const when = x.date ?? x.period?.iso;
    const own = when ? [when.slice(0, 4)] : marked(x);
    return !own.length || own.some((y) => years.includes(y));
  });
}

function findTarget(home: Home, all: Group[], g: Group): { into: Group; why: string } | null {
  const incidents = ofItsYear(home, all, g);
  // (rule incidents/set-apart) "In a separate incident, a militiaman was killed in Apopa": a telling that opens set
  // apart from what came before joins nothing told before it
  if (g.hits[0]!.apart) return null;
  const kind = groupKind(g);
  const told = headlineTold(home, incidents, g);
  if (told)
    return {
      into: told,
      why: 'the headline told it: the lede tells it again (rule incidents/headline-tells-the-lede)',
    };
  // "X faces 50 charges of murder and 40 of attempted murder": a charge with no place or date of its own names the
  // incident the article reports, and the accused is that incident's (the charge says nothing of its kind); the other
  // phrases of a charge sentence go with it
  const charged = new Set(g.hits.filter((h) => h.legal).map((h) => h.sentence));
  if (!g.place && !g.date && charged.size && g.hits.every((h) => charged.has(h.sentence))) {
    const main = mostDiscussed(incidents.filter((x) => isViolent(groupKind(x)) && !conflicts(home, x, g)));
    if (main) return { into: main, why: 'a charge without a place or date of its own: the main incident' };
  }
  if (g.hits.every((h) => h.cls === 'weak') && !g.place) {
    // "Among those killed were X and Y": victims named further down, with no place, date or attacker of their own,
    // are the most-discussed violent incident's; "was killed" alone otherwise refers to nothing in particular
    const namedVictims =
      g.participants.length > 0 &&
      g.participants.every((p) => p.role === 'victim' && p.em.entity.type === 'person') &&
      !g.date &&
      !g.hits.some((h) => h.past);
    // an attacker reported killed ("X was shot dead") belongs to the attack X is named as doing
    const victims = new Set(g.participants.map((p) => p.em.entity.id));
    const theirs = namedVictims
      ? incidents.find((x) => x.participants.some((p) => p.role === 'perpetrator' && victims.has(p.em.entity.id)))
      : undefined;
    if (theirs) return { into: theirs, why: 'the death of a named attacker: part of the attack' };
    const main = namedVictims ? mostDiscussed(incidents.filter((x) => isViolent(groupKind(x)))) : undefined;
    if (main && !conflictsIgnoringDate(home, main, { ...g, participants: [] }))
      return { into: main, why: 'victims named without a place or date of their own: the main incident' };
    return sceneJustTold(home, incidents, g);
  }
  const unnamed = (h: Hit) => h.cls === 'agent' || h.cls === 'weak' || h.byResponders || h.legal;
  const flexible = g.hits.every(unnamed) || (g.hits.some((h) => h.cls === 'agent') && !g.place);
  const compatible = incidents.filter(
    (x) =>
      !conflicts(home, x, g) &&
      (flexible ? isViolent(groupKind(x)) === isViolent(kind) : kindsCompatible(groupKind(x), kind)),
  );
  if (g.place) {
    // (rule incidents/attackers-storm-any-kind) "Gunmen stormed the school": attackers and the generic word of an
    // attack say it was violent but not what was done; told where an abduction was, they are how it began (the
    // kinds that hold the one their agent word suggests: ontology sameEvent.inArticle.holds)
    const storming =
      isOn(home.rules, INCIDENTS_ATTACKERS_STORM_ANY_KIND) &&
      g.hits.some((h) => h.cls === 'agent') &&
      g.hits.every((h) => unnamed(h) || h.kind === 'attack');
    const holdsIt = (x: Group) => KINDS_HELD_WITHIN.get(groupKind(x))?.includes(kind) ?? false;
    const joinable = storming
      ? [...compatible, ...incidents.filter((x) => !compatible.includes(x) && holdsIt(x) && !conflicts(home, x, g))]
      : compatible;
    // (rule incidents/last-span-marked-apart) a telling with no mark of its own is the news of its place, not the
    // earlier event "last week's" marks there
    const earlier = (x: Group) =>
      isOn(home.rules, INCIDENTS_LAST_SPAN_MARKED_APART) &&
      !g.hits.some((h) => h.lastSpan) &&
      x.hits.every((h) => h.lastSpan && h.past);
    const same = joinable.filter((x) => x.place && !earlier(x) && groupPlacesAgree(home, x.place, g.place!));
    const hit = same.find((x) => !g.date || x.date === g.date) ?? same[0];
    if (hit) return { into: hit, why: `same place ${g.place.entity.name}` };
    // "The attack took place on John Wilson Street": a definite reference placed at a street or site the gazetteer
    // does not know adds a detail to the main incident rather than starting a new one
    const gp = g.place.entity as PlaceEntity;
    const top = mostDiscussed(incidents);
    const tp = top?.place?.entity.type === 'place' ? (top.place.entity as PlaceEntity) : null;
    // a site: one the gazetteer does not know, or a known one near the main incident ("searched at Manchester Airport … before the attack"),
    // or (rule place/site-in-main-incident-town) one whose town the text never writes, only guessed from the dateline
    const site =
      unlocated(g.place) ||
      guessedSiteOfMain(home, gp, tp) ||
      (gp.placeKind === 'site' &&
        gp.lat !== null &&
        gp.lon !== null &&
        tp?.lat != null &&
        tp.lon != null &&
        distanceKm({ lat: gp.lat, lon: gp.lon }, { lat: tp.lat, lon: tp.lon }) <= 30);
    if (
      top &&
      site &&
      // (a plural one only with a day of its own the main incident's time holds, "the 15 May attacks on a church and
      // a school", rule incident/date-is-no-count; the charges of its sentence name the same deed)
      g.hits.some((h) => !h.legal) &&
      g.hits.every((h) => h.legal || (h.det === 'definite' && (!h.plural || h.ownDay))) &&
      !conflicts(home, top, { ...g, place: null }) &&
      (flexible ? isViolent(groupKind(top)) === isViolent(kind) : kindsCompatible(groupKind(top), kind))
    ) {
      return {
        into: top,
        why: `definite reference at ${g.place.entity.name}, a site within the main incident's place`,
      };
    }
    const main = mostDiscussed(compatible);
    // "the shooting in <Place>" after a lede that named no place
    if (
      main &&
      !main.place &&
      g.hits.some((h) => h.det === 'definite' && !h.plural) &&
      main === mostDiscussed(incidents)
    ) {
      return { into: main, why: `definite reference placing the main incident in ${g.place.entity.name}` };
    }
  }
  if (flexible && !g.place) {
    // "the bomber", "the gunman, named as …": who did the main event, not a new event
    const target = mostDiscussed(
      incidents.filter((x) => isViolent(groupKind(x)) === isViolent(kind) && !conflictsIgnoringDay(home, x, g)),
    );
    if (target) return { into: target, why: 'agent of the most-discussed incident' };
  }
  // "X was shot", "X was killed": a verb naming only its victim, with no place or date of its own, says who was hurt
  // in the incident the article reports, unless that incident already names other victims (conflicts)
  const victimsOnly =
    g.participants.length > 0 && g.participants.every((p) => p.role === 'victim' && p.em.entity.type === 'person');
  // (a street or venue the gazetteer does not know, "was found shot on Elm Street", is no place of its own)
  const ownPlace = g.place && !unlocated(g.place);
  if (!ownPlace && !g.date && victimsOnly && g.hits.every((h) => h.verbal && !h.past && !h.compared)) {
    const main = mostDiscussed(
      incidents.filter(
        (x) => !conflicts(home, x, { ...g, place: null }) && isViolent(groupKind(x)) === isViolent(kind),
      ),
    );
    // a month or year of its own the main incident's date is not in ("in October the teacher was beheaded", in a
    // story of a January attack) is a date of its own: another event
    const mainTime = main ? (main.date ?? main.period?.iso ?? null) : null;
    const ownPeriod = g.period && mainTime !== null && !mainTime.startsWith(g.period.iso);
    if (main && !ownPeriod && main === mostDiscussed(incidents.filter((x) => isViolent(groupKind(x)))))
      return { into: main, why: 'a victim named by a verb without a place or date of its own: the main incident' };
  }
  const persons = personIds(g);
  if (persons.size) {
    const hit = compatible.find((x) => [...personIds(x)].some((id) => persons.has(id)));
    if (hit) return { into: hit, why: 'same named participant' };
    // (rule place/unlocated-yields) a street or area the gazetteer does not locate cannot tell two tellings of one
    // named person's shooting apart ("in Southeast D.C.", "at Potomac Gardens"): it yields to the shared person
    const yields = incidents.find(
      (x) =>
        (unlocated(g.place) || unlocated(x.place)) &&
        !conflicts(home, x, { ...g, place: null }) &&
        kindsCompatible(groupKind(x), kind) &&
        [...personIds(x)].some((id) => persons.has(id)),
    );
    if (yields)
      return {
        into: yields,
        why: `same named participant; ${(unlocated(g.place) ? g : yields).place!.entity.name} is not located`,
      };
    // "the bombing by X": a definite phrase with no place or date of its own that names an attacker the article's
    // incident does not name yet still refers to it (a later paragraph names the attacker); below, as a bare one
    // a victim the incident does not name is another event ("the murder of Y")
    const byNamed = g.participants.every((p) => p.role === 'perpetrator');
    // (rule incidents/suspect-of-the-only-arrest) "The surviving suspect was taken into custody in Watertown on Friday.
    // X, 19, was captured at 8:45 p.m.": a response with no place or date of its own that names only whom it acted on
    // names the one the article's only response of its kind acted on, when that one names nobody: it tells nothing
    // that sets it apart
    if (!g.place && !g.date && !g.period && isResponseKind(kind) && g.participants.every((p) => p.role === 'suspect')) {
      const same = compatible.filter((x) => groupKind(x) === kind);
      const only = same.length === 1 ? same[0]! : undefined;
      if (only && !only.participants.some((p) => p.role === 'suspect'))
        return { into: only, why: `the article's only ${kind}, which names nobody it acted on: its suspect` };
    }
    // (rule incidents/only-response-named-later) "Police have arrested a British tourist, a prosecutor said on Tuesday.
    // … John Roe, 34, was arrested on Sunday in a hotel in Durres": a response that names whom it acted on, with a
    // place or day of its own, tells again the article's only earlier response of its kind when that one names nobody
    // and gives no day: the lede summed up what the later sentence details
    if (isResponseKind(kind) && g.participants.every((p) => p.role === 'suspect')) {
      const same = compatible.filter((x) => groupKind(x) === kind);
      const only = same.length === 1 ? same[0]! : undefined;
      if (
        only &&
        !only.date &&
        !only.period &&
        !only.participants.some((p) => p.role === 'suspect') &&
        (!only.place || !g.place || placesAgree(home, only.place, g.place))
      )
        return {
          into: only,
          why: `the article's only ${kind}, which names nobody and gives no day: told again in detail`,
        };
    }
    if (g.place || g.date || !byNamed || !g.hits.every((h) => h.det === 'definite')) return null;
  }
  if (g.date) {
    const hit = compatible.find((x) => x.date === g.date);
    if (hit) return { into: hit, why: `same date ${g.date}` };
  }
  const scene = sceneJustTold(home, incidents, g);
  if (scene) return scene;
  // one article rarely reports two unrelated events of the same specific kind without telling them apart
  if (kind !== 'attack' && kind !== 'other') {
    const same = compatible.filter((x) => groupKind(x) === kind);
    if (same.length === 1) return { into: same[0]!, why: `the article's only ${kind}, nothing tells them apart` };
  }
  // (rule incidents/raid-and-its-detentions) "Police raided a church in Paris … A man detained in the round-up a week
  // ago was deported on Friday": the arrests of an article that tells one raid, and the raid of one that tells one
  // arrest, are that response's: police detain people in the raid they make, and news tells the raid and the
  // detentions in sentences of their own. A day, place or person of its own that disagrees keeps them two (compatible).
  if (isResponseKind(kind)) {
    const responses = incidents.filter((x) => isResponseKind(groupKind(x)));
    const only = responses.length === 1 ? responses[0]! : undefined;
    if (only && groupKind(only) !== kind && compatible.includes(only))
      return { into: only, why: `the article's only response, a ${groupKind(only)}: the ${kind} was made in it` };
  }
  if (g.date && !g.hits.every((h) => h.det === 'definite')) return null;
  if (g.place) return null;
  // a bare reference: "the attack", "the killers of …" without a place of its own; a day in its
  // sentence is more often when something was said about it than when it happened, but not a month or year of its
  // own the incident's time is not in (conflictsIgnoringDay)
  const reference = g.hits.some((h) => (h.det === 'definite' || h.cls === 'agent') && !h.genericObject);
  if (!reference) return null;
  // ("the 5 October arrest": a day written in the phrase itself is the event's own, which must agree)
  const ownDay = g.hits.some((h) => h.ownDay);
  const candidates = incidents.filter(
    (x) =>
      !(ownDay ? conflicts(home, x, g) : conflictsIgnoringDay(home, x, g)) &&
      (flexible ? isViolent(groupKind(x)) === isViolent(kind) : kindsCompatible(groupKind(x), kind)),
  );
  // (rule definite-reference/own-time) "the siege", with no mark of the past of its own, is an event of the article's
  // own days where there is one to refer to: not one the article opened as past ("last Friday's attacks")
  const current = g.hits.some((h) => h.past) ? [] : candidates.filter((x) => !openingOf(x).past);
  const target = mostDiscussed(current.length ? current : candidates);
  return target ? { into: target, why: 'definite reference to the most-discussed incident' } : null;
}

/**
 * Rule incidents/counted-from-another: "The attack came a day after rebels of a new army launched coordinated attacks
 * in three states": an event named after a distance in days from the event the sentence opens with, not as a definite
 * reference ("two days after the bombing", read as the article's own event by the caller's determiner check), is another event (dated from the distance by dates/days-from-another-event); it joins nothing told
 * before it.
 */
function countedFromAnother(
  offsets: readonly { start: number; end: number }[],
  raws: readonly { start: number; end: number }[],
  text: string,
  h: { start: number },
): boolean {
  return offsets.some(
    (o) =>
      o.end <= h.start &&
      h.start - o.end <= EVENT_PHRASE_REACH &&
      !/[;:.]/.test(text.slice(o.end, h.start)) &&
      raws.some((r) => r.end <= o.start),
  );
}

/**
 * The sentences of the headline: the text's first line, when the dateline stands on a later line ("Bomb kills nine in
 * market.\nKARACHI, Oct 11 - A bomb exploded ..."). Wire copy sets the headline above the dateline.
 */
function headlineSentences(doc: Doc, dateline: { start: number } | null): Set<number> {
  const out = new Set<number>();
  const firstLineEnd = doc.text.indexOf('\n');
  if (!dateline || firstLineEnd < 0 || dateline.start <= firstLineEnd) return out;
  for (const s of doc.sentences) if (s.end <= firstLineEnd && s.text.trim()) out.add(s.index);
  return out;
}

/** the lede's sentences: the HEADLINE_LEDE_SENTENCES after the headline line that tell an event */
const HEADLINE_LEDE_SENTENCES = 2;

/** kinds that one event may be told by in a headline and in a lede: the same kind, or any violent kind for an agent or a bare verb of harm */
function headlineKindFits(headline: Group, lede: Group): boolean {
  const loose = (x: Group) => x.hits.every((h) => h.cls === 'agent' || h.cls === 'weak');
  if (loose(headline) || loose(lede)) return isViolent(groupKind(headline)) === isViolent(groupKind(lede));
  return kindsCompatible(groupKind(headline), groupKind(lede));
}

/** the lede sentences after the headline line (up to HEADLINE_LEDE_SENTENCES of them that tell an event) */
function ledeSentencesAfter(home: Home, told: Iterable<number>): Set<number> {
  const last = Math.max(...home.headline);
  return new Set(
    [...told]
      .filter((si) => si > last)
      .sort((a, b) => a - b)
      .slice(0, HEADLINE_LEDE_SENTENCES),
  );
}

/** a group of the lede that tells the headline group's event again (rule incidents/headline-tells-the-lede) */
function ledeRetelling(home: Home, sentenceGroups: Map<number, Group[]>, headline: Group): boolean {
  const lede = ledeSentencesAfter(home, sentenceGroups.keys());
  return [...lede].some((si) =>
    sentenceGroups.get(si)!.some((x) => !x.hits[0]!.apart && headlineKindFits(headline, x)),
  );
}

/**
 * Rule incidents/headline-tells-the-lede: "Bomb kills nine in market. / KARACHI - A bomb exploded in a market in the
 * town of Landi on Friday, killing nine": a headline tells in a few bare words the event its lede tells in full, so the
 * lede's first telling of a fitting kind joins the headline's incident, which has no place of its own (the dateline
 * only says where the report was filed, and the lede names the town). Nothing else in the article tells the two
 * apart: a day, victims or attackers of their own that disagree keep them two (conflicts, place aside).
 */
function headlineTold(home: Home, incidents: Group[], g: Group): Group | null {
  if (!home.headline.size) return null;
  const opening = g.hits[0]!.sentence;
  if (home.headline.has(opening)) return null;
  const told = new Set(incidents.flatMap((x) => x.hits.map((h) => h.sentence)));
  told.add(opening);
  if (!ledeSentencesAfter(home, told).has(opening)) return null;
  const candidates = incidents.filter(
    (x) =>
      !x.place &&
      x.hits.every((h) => home.headline.has(h.sentence)) &&
      headlineKindFits(x, g) &&
      !conflicts(home, x, { ...g, place: null }),
  );
  return candidates.length === 1 ? candidates[0]! : null;
}

/**
 * Rule incidents/told-just-before: a verb of harm with no place, date or mark of the past of its own ("the brothers
 * came out firing and were shot dead", "four hostages had been shot dead") goes on with the event told in the one or
 * two sentences right before it: news tells one scene in consecutive sentences, and a reader takes such a sentence as
 * part of the scene just told, not of another event of the same kind told elsewhere in the article.
 */
function sceneJustTold(home: Home, incidents: Group[], g: Group): { into: Group; why: string } | null {
  if (!isOn(home.rules, INCIDENTS_TOLD_JUST_BEFORE)) return null;
  const s = g.hits[0]!.sentence;
  if (g.place || g.date || g.period || !isViolent(groupKind(g))) return null;
  if (g.hits.some((h) => h.sentence !== s || !h.verbal || h.past || h.compared || h.heldTo)) return null;
  const lastBefore = (x: Group) => Math.max(-1, ...x.hits.filter((h) => h.sentence < s).map((h) => h.sentence));
  const latest = Math.max(-1, ...incidents.map(lastBefore));
  if (latest < s - 2) return null;
  const told = incidents.filter((x) => lastBefore(x) === latest);
  const scene = told.length === 1 ? told[0]! : null;
  if (!scene || !isViolent(groupKind(scene)) || openingOf(scene).past) return null;
  const theirs = personIds(scene);
  if (!kindsCompatible(groupKind(scene), groupKind(g)) || [...personIds(g)].some((id) => !theirs.has(id))) return null;
  if (conflicts(home, scene, g)) return null;
  return { into: scene, why: `no place or date of its own: goes on with the event told in sentence ${latest}` };
}

/** the phrase that opens a group: the article's first telling of its event */
/** (rule dates/counted-back-from-today) "after", "since" (news.longOffsetAfterEvent) between a phrase and a distance */
function afterAnotherEvent(words: WordLists): RegExp {
  return words.memo(
    'incidents.afterAnotherEventRe',
    () => new RegExp(`(?<![\\p{L}])${words.alt('news.longOffsetAfterEvent')}(?![\\p{L}])`, 'iu'),
  );
}

function openingOf(g: Group): Hit {
  return g.hits.reduce((a, b) => (b.start < a.start ? b : a));
}

/** The last day of a month ("2015-01") or year ("2015") period, as an ISO date. */
function anchored(g: Group): boolean {
  // "attacks in Baghdad" with no article, date or toll reads as a generalisation
  const generic = g.hits.every((h) => h.det === 'bare' && h.plural && !h.verbal);
  if (generic)
    return (
      g.date !== null ||
      g.killed !== null ||
      g.injured !== null ||
      g.participants.some((p) => p.em.entity.type === 'person')
    );
  // "soldiers killed in Afghanistan", "the attackers, born in Pakistan": a verb of harm or an agent noun placed only in a
  // country, with no date, count or named participant, is background to the story, not an event of its own
  const onlyCountry = g.place?.entity.type === 'place' && g.place.entity.placeKind === 'country';
  if (
    onlyCountry &&
    g.hits.every((h) => h.cls === 'weak' || h.cls === 'agent') &&
    !g.date &&
    !g.participants.length &&
    g.killed === null &&
    g.injured === null
  )
    return false;
  if (g.place || g.date || g.participants.length || g.killed !== null || g.injured !== null) return true;
  // "gunmen killed an officer": attackers described by a verb of harm they did
  if (g.described.some((d) => d.role === 'perpetrator') && g.hits.some((h) => h.verbal && !h.legal && !h.byResponders))
    return true;
  if (g.hits.some((h) => h.namedObject || (h.verbal && h.cls !== 'weak'))) return true;
  // the lede reports the article's event
  return g.hits.some((h) => h.sentence <= 2 && h.cls !== 'weak' && !h.genericObject && h.det !== 'bare');
}

/** what names an article's incidents that have no place and day of their own: its id, else a hash of its text */
export function incidentSource(doc: Doc): string {
  return doc.input.id !== undefined && slug(doc.input.id)
    ? slug(doc.input.id)
    : createHash('sha256').update(doc.text).digest('hex').slice(0, 16);
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** rule dates/clock-time-of-the-report-day (see its reason in incident-inline-rules.ts) */
function clockTimeOfTheReportDay(doc: Doc, main: Group, anchor: Date): void {
  if (main.date || main.period || main.reference || main.dateFlag) return;
  if (main.hits.some((h) => h.past || h.compared || h.heldTo)) return;
  const at = main.hits.find((h) => clockTimeOnly(doc.sentences[h.sentence]!.text, anchor, doc.res.words));
  if (!at) return;
  const day = anchor.toISOString().slice(0, 10);
  main.date = day;
  main.merges.push(
    `date ${day}: sentence ${at.sentence} gives a clock time and no day, and no incident of the article has a day: the day of the report (rule dates/clock-time-of-the-report-day)`,
  );
}

/**
 * The day an incident the text gives no day of is reported on (rule dates/reported-on): the publication date, else the
 * dateline's. A news report tells what happened on or before its own day, so this bounds the event's date from above
 * and places it on a timeline, stored as that (`dateBasis: "reported"`), never as the day it happened. Not for an
 * earlier event the article refers to, nor one the text gives a month or year of, nor one whose written date after
 * publication is flagged for review, nor without a dated article.
 */
function reportedOn(g: Group, anchor: Date | null): string | null {
  if (!anchor || g.date || g.period || g.reference || g.dateFlag) return null;
  return anchor.toISOString().slice(0, 10);
}

function toIncident(
  doc: Doc,
  entities: readonly NamedEntity[],
  datelinePlace: EntityMention | null,
  g: Group,
  n: number,
  reported: string | null,
): IncidentEntity {
  const kind = groupKind(g);
  const place = g.place ? (g.place.entity as PlaceEntity) : null;
  const holder = place ? siteCity(doc, entities, place, datelinePlace) : null;
  const participants: Participant[] = [];
  // (rule incidents/harmed-by-response-is-suspect) the one the police harmed is the suspect of their act only where that
  // act is an incident of its own; told within the attack ("the attackers were shot dead by police"), he is its doer
  const response = firstByResponders(g);
  for (const p of g.participants) {
    if (p.harmedByResponse && !response) continue;
    if (!participants.some((x) => x.entity === p.em.entity.id && x.role === p.role))
      participants.push({
        entity: p.em.entity.id,
        name: p.em.entity.name,
        role: p.role,
        ...(p.rule ? { rule: p.rule } : {}),
      });
  }
  // (rule incidents/deed-noun-fallback) "the kidnappers", "the murderers" only say that someone did it: they stand for
  // the attackers where nothing else names or describes them, and add nothing beside "FARC rebels" or a named group
  const otherPerpetrator =
    g.participants.some((p) => p.role === 'perpetrator') ||
    g.described.some((d) => d.role === 'perpetrator' && !d.fallback);
  for (const d of g.described) {
    if (d.fallback && otherPerpetrator) continue;
    if (d.role === 'victim' && toldMoreFully(d, g.described)) continue;
    if (!participants.some((x) => x.role === d.role && x.name.toLowerCase() === d.text.toLowerCase()))
      participants.push({ entity: null, name: d.text, role: d.role, described: true, sentence: d.sentence });
  }
  const stateForceWords = describedStateForce(doc.res.words);
  const bareMembersWords = describedBareMembers(doc.res.words);
  const entityOf = (id: string | null) =>
    id ? g.participants.find((x) => x.em.entity.id === id)?.em.entity : undefined;
  const sides = settleSides(
    {
      participants,
      stateForce: (p) => {
        const e = entityOf(p.entity);
        return e ? e.type === 'organization' && e.kind === 'agency' : !!p.described && stateForceWords.test(p.name);
      },
      organizationKind: (p) => {
        const e = entityOf(p.entity);
        return e?.type === 'organization' ? e.kind : null;
      },
      bareMembers: (p) => !!p.described && bareMembersWords.test(p.name.trim()),
      attackersForce: (p) =>
        !!p.entity && g.participants.some((x) => x.em.entity.id === p.entity && x.attackersForce === true),
      sentencesOf: (p) =>
        p.entity
          ? (entityOf(p.entity)?.mentions.map((m) => m.sentence) ?? [])
          : p.sentence !== undefined
            ? [p.sentence]
            : [],
      civilianHarmSentences: new Set(g.hits.filter((h) => h.civilianHarm).map((h) => h.sentence)),
      accused: (p) =>
        p.entity
          ? g.participants.some((x) => x.em.entity.id === p.entity && x.role === p.role && x.accused === true)
          : g.described.some((d) => d.role === p.role && d.accused === true && d.text === p.name),
    },
    doc.res.rules,
  );
  // named after its victim only when there is one: a mass shooting is not "the shooting of" one of its dead
  const personVictims = sides.participants.filter((p) => p.role === 'victim' && entityOf(p.entity)?.type === 'person');
  const victim = personVictims.length === 1 && (g.killed === null || g.killed <= 1) ? personVictims[0] : undefined;
  const name = incidentName(kind, {
    victim: victim?.name,
    place: place?.name,
    placeKind: place?.placeKind,
    date: g.date,
  });
  const merges = [...g.merges, ...sides.reasons];
  const key = place && g.date ? `incident:${kind}:${place.key}:${g.date}` : `incident:${incidentSource(doc)}:${n}`;
  const spans = [...g.hits.map((h) => ({ start: h.start, end: h.end, sentence: h.sentence })), ...g.cues].sort(
    (a, b) => a.start - b.start,
  );
  const mentions: Mention[] = [];
  for (const sp of spans)
    if (!mentions.some((m) => m.start === sp.start)) mentions.push({ ...sp, text: doc.text.slice(sp.start, sp.end) });
  return {
    id: `i${n}`,
    key,
    type: 'incident',
    name,
    aliases: [],
    mentions,
    ...(merges.length ? { merges } : {}),
    kind,
    place: place ? (holder ? `${place.name}, ${holder.name}` : place.name) : null,
    placeId: place?.id ?? null,
    date: g.date ?? reported,
    ...(!g.date && reported ? { dateBasis: 'reported' as const } : {}),
    participants: sides.participants,
    killed: g.killed,
    injured: g.injured,
    ...(killedByList(g) ? { killedByList: true } : {}),
    datePrecision: g.date || reported ? 'day' : (g.period?.precision ?? null),
    ...(!g.date && g.period ? { datePeriod: g.period.iso } : {}),
    ...(g.dateFlag && !g.date ? { dateFlag: g.dateFlag } : {}),
    ...(g.reference ? { reference: true } : {}),
    ...(firstByResponders(g) ? { byResponders: true } : {}),
    ...(g.hits[0]?.apart ? { toldApart: true } : {}),
  };
}

/**
 * Rule victim/past-telling: a phrase that places its event in the past ("the murder of six priests last year", "the
 * killing of X in 1989", "like the massacre of …") refers to an earlier event, even where it joined a group of the
 * article's own days (it shares a place or a name with it): the people it names as harmed are that earlier event's
 * victims, not this one's. A victim stays when a telling without such a mark names it too.
 */
function dropPastTellingVictims(g: Group): void {
  const pastHit = (h: Hit) => h.past !== null || h.compared !== null;
  const past = g.hits.filter(pastHit);
  if (!past.length || past.length === g.hits.length) return;
  const own = g.hits.filter((h) => !pastHit(h));
  const ownIds = new Set(
    own.flatMap((h) => h.participants.filter((p) => p.role === 'victim').map((p) => p.em.entity.id)),
  );
  const ownTexts = new Set(
    own.flatMap((h) => h.described.filter((d) => d.role === 'victim').map((d) => d.text.toLowerCase())),
  );
  const pastIds = new Set(
    past.flatMap((h) => h.participants.filter((p) => p.role === 'victim').map((p) => p.em.entity.id)),
  );
  const pastTexts = new Set(
    past.flatMap((h) => h.described.filter((d) => d.role === 'victim').map((d) => d.text.toLowerCase())),
  );
  const dropped: string[] = [];
  g.participants = g.participants.filter((p) => {
    const drop = p.role === 'victim' && pastIds.has(p.em.entity.id) && !ownIds.has(p.em.entity.id);
    if (drop) dropped.push(p.em.entity.name);
    return !drop;
  });
  g.described = g.described.filter((d) => {
    const t = d.text.toLowerCase();
    const drop = d.role === 'victim' && pastTexts.has(t) && !ownTexts.has(t);
    if (drop) dropped.push(d.text);
    return !drop;
  });
  if (dropped.length)
    g.merges.push(
      `victims of an earlier event left out: ${dropped.map((x) => `"${x}"`).join(', ')} (rule victim/past-telling)`,
    );
}

/**
 * Rule victim/told-more-fully: a described victim whose words all stand in a fuller description of victims with the
 * same head noun in the incident ("the Jesuits" beside "six Jesuits", "priests" beside "six Jesuit priests") is the
 * same people told again, not more of them. (Not applied to perpetrators: "guerrillas" beside "FMLN guerrillas" was
 * measured neutral to harmful on MUC-4 there.)
 */
function toldMoreFully(d: Described, all: readonly Described[]): boolean {
  const words = (x: Described) => x.text.toLowerCase().split(/\s+/).filter(Boolean);
  const mine = words(d);
  const head = mine[mine.length - 1];
  if (!head) return false;
  return all.some((o) => {
    if (o === d || o.role !== d.role) return false;
    const theirs = words(o);
    return theirs.length > mine.length && theirs[theirs.length - 1] === head && mine.every((w) => theirs.includes(w));
  });
}

/** the incident's death toll is a count of victims listed one by one (casualties.ts LIST_COUNT_RULES), no stated toll */
function killedByList(g: Group): boolean {
  if (g.killed === null) return false;
  const killed = g.tolls.filter((t) => t.what === 'killed');
  const best = Math.max(...killed.map((t) => t.rank));
  const used = killed.filter((t) => t.rank === best && t.count === g.killed);
  return used.length > 0 && used.every((t) => t.rule !== undefined && LIST_COUNT_RULES.has(t.rule));
}

/**
 * Rule incidents/done-by-responders: a violent incident whose first phrase says the police or troops did it ("Amri
 * was shot dead by Italian police near Milan") is marked as their act, of a kind the ontology counts as a response
 * when they do it (responseHarm): in an article about another violent incident it is the response to that one (a
 * suspect shot while sought for an attack), which the graph links FOLLOW_UP_OF it.
 */
function firstByResponders(g: Group): boolean {
  const first = g.hits.reduce<Hit | null>((a, h) => (!a || h.start < a.start ? h : a), null);
  return !!first?.byResponders && isViolent(groupKind(g)) && isResponseHarmKind(groupKind(g));
}

/**
 * Rule "held-to act": the words right before an incident phrase that hold someone to have done it ("the brothers
 * suspected of the massacre", "accused of carrying out the bombing"): the suspicion cues of
 * data/lexicons/incident-roles.json, then at most three words. The phrase names an act done before the news of its
 * sentence; returns the cue, or null.
 */
function heldToMark(words: WordLists, before: string): string | null {
  const re = words.memo(
    'incidents.heldTo',
    () =>
      new RegExp(
        `(?<![\\p{L}])(?:${words.list('incident-roles.suspicionCues').join('|')})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`,
        'iu',
      ),
  );
  return re.exec(before)?.[0].trim() ?? null;
}
