// The extraction contract: what the pure core returns for one article.
// `kg extract --jsonl` prints these objects; the graph writer stores them.
// Offsets are JavaScript string offsets into the input text, end exclusive.

// Kinds, roles and relation types are the ontology's (data/ontology.json), not listed here.
export {
  ENTITY_TYPES,
  ORG_KINDS,
  INCIDENT_KINDS,
  PLACE_KINDS,
  PARTICIPANT_ROLES,
  RELATION_TYPES,
  type EntityType,
  type OrgKind,
  type IncidentKind,
  type PlaceKind,
  type ParticipantRole,
  type RelationType,
} from '../ontology/index.js';
import type { EntityType, OrgKind, IncidentKind, PlaceKind, ParticipantRole, RelationType } from '../ontology/index.js';

/** One place in the text where an entity is named. `text === input.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** index into ExtractionResult.sentences */
  sentence: number;
}

/**
 * One place in the article's title where an entity is named: offsets into `input.title` (its headline, before the
 * page furniture), never into the text, so the text's offsets and sentence indices stay as they are.
 */
export interface TitleMention {
  field: 'title';
  start: number;
  end: number;
  /** `input.title.slice(start, end)` */
  text: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

interface EntityBase {
  /** unique within one result, e.g. "e3" */
  id: string;
  /**
   * Stable cross-article identity: gazetteer ids for known places/organisations
   * ("place:geo:2988507", "org:known:mi5"), normalised names otherwise ("person:andrew parker").
   */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** where the title names it (headline.ts); absent when it does not. An incident told only in the title has these and no `mentions` */
  titleMentions?: TitleMention[];
  /** why mentions were merged into this entity (resolution audit trail) */
  merges?: string[];
}

export interface PersonEntity extends EntityBase {
  type: 'person';
  /** titles/roles stripped from the name ("Director General", "Mr") */
  roles: string[];
  /** ISO codes of the countries the text ties the person to ("Tunisian Anis Amri"), compared across articles */
  countries?: string[];
  /** the article's country (dateline, else most of its places): weak evidence of where the person belongs */
  homeCountry?: string;
}

export interface OrganizationEntity extends EntityBase {
  type: 'organization';
  kind: OrgKind;
  /** ISO 3166-1 alpha-2 where known */
  country: string | null;
}

export interface PlaceEntity extends EntityBase {
  type: 'place';
  placeKind: PlaceKind;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** true when the name matched several gazetteer places and the context did not decide */
  ambiguous: boolean;
  /** first-level division (state, province, nation of the UK) where known */
  admin1?: string | null;
  /** what the coordinates are: the country's centre, a region's, the city's, or the city a site is in */
  precision?: 'country' | 'region' | 'city' | 'site-in-city' | null;
  /**
   * the coordinates are those of a city the site was only guessed to lie in (the city next in its clause, the
   * dateline's, the article's only one), not one the text writes it in (rule place/stated-town-over-guess)
   */
  guessedWithin?: boolean;
}

export interface Participant {
  /** id of a person or organization entity in the same result; null for one the text only describes */
  entity: string | null;
  /** the name, or the words that describe the participant ("unidentified gunmen") */
  name: string;
  role: ParticipantRole;
  /** true when the text describes the participant without naming it */
  described?: boolean;
  /** for a described participant: the sentence (index) that describes it */
  sentence?: number;
  /**
   * the rule that gave the role, where it is known: a role rule of src/extract/incident-roles.ts ("role.claim"; a
   * "+" joins a rule that refined its reading) or a side rule that changed it; the participation link keeps it
   */
  rule?: string;
}

export interface IncidentEntity extends EntityBase {
  type: 'incident';
  kind: IncidentKind;
  /**
   * name of the place entity, for readers; `placeId` links it. A venue or a quarter of a city is followed by the city
   * the article names that holds it ("Coastland Center Mall, Naples", "North Lawndale, Chicago": rule
   * place/site-in-its-city in incidents.ts)
   */
  place: string | null;
  placeId: string | null;
  /** ISO date (YYYY-MM-DD) or null */
  date: string | null;
  /**
   * "reported": the text gives no day of the incident, and `date` is the day the article (or its dateline) reports
   * it: the incident happened on or before it. Absent when `date` is the event's own day, read from the text.
   */
  dateBasis?: 'reported';
  participants: Participant[];
  killed: number | null;
  injured: number | null;
  /** `killed` counts victims listed one by one ("killed a guard and two customers"), not a stated toll */
  killedByList?: boolean;
  /** the article refers to it as an earlier event (a trial or anniversary piece, "the 2015 attacks") */
  reference?: boolean;
  /** its first phrase says the police or troops did it ("was shot dead by police"): their response to someone */
  byResponders?: boolean;
  /**
   * its first phrase opens with words that tell it apart from what the article told before ("In a separate incident",
   * "Separately": incident-cues.separateIncident): an event of its own, part of no series the article reports
   */
  toldApart?: boolean;
  /** how precise the date is: "day" when `date` is set; "month" or "year" when only `datePeriod` is; null when undated */
  datePrecision?: 'day' | 'month' | 'year' | null;
  /** "2019-03" or "2019": the month or year the text gives when it gives no day */
  datePeriod?: string;
  /** a date in the text that cannot be the event's (after the publication date): shown for review, never stored as the date */
  dateFlag?: DateFlag;
}

export interface DateFlag {
  reason: 'after-publication';
  /** the date as the text gives it, resolved */
  date: string;
  /** the words of the text */
  text: string;
  sentence: number;
}

export type Entity = PersonEntity | OrganizationEntity | PlaceEntity | IncidentEntity;

export interface Evidence {
  start: number;
  end: number;
  sentence: number;
}

export interface Relation {
  type: RelationType;
  /** entity ids within the same result */
  from: string;
  to: string;
  /** role title, participant role or speech cue where the type has one */
  label?: string;
  evidence: Evidence[];
  /** ids of the named rules that found it (src/extract/rules/), where a rule did */
  rules?: string[];
}

export interface ArticleInput {
  id?: string;
  text: string;
  title?: string;
  /** ISO date or date-time of publication, used to anchor relative dates */
  published?: string;
  source?: string;
}

/** What the article says about itself: its outlet and the agencies it credits. Never entities of the graph. */
export interface ArticleFacts {
  /** the outlet that published the article: its source, else the name in brackets after its dateline */
  outlet: string | null;
  /** other outlets or agencies credited in datelines ("(Northline Wire)", "from wire reports") */
  credits: string[];
  /** the dateline's place as written ("BOSTON"), if the article opens with one */
  dateline: string | null;
}

export interface ExtractionResult {
  id?: string;
  article?: ArticleFacts;
  sentences: Sentence[];
  entities: Entity[];
  relations: Relation[];
  /** non-fatal notes (input truncated, script not supported, …) */
  warnings: string[];
}
