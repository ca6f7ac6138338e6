// The extraction contract: what the pure core returns for one article.
// `kg extract --jsonl` prints these objects; the graph writer stores them.
// Offsets are JavaScript string offsets into the input text, end exclusive.

// Kinds, roles and relation types are the ontology's (data/ontology.json), not listed here.
export {
  ENTITY_TYPES, ORG_KINDS, INCIDENT_KINDS, PLACE_KINDS, PARTICIPANT_ROLES, RELATION_TYPES,
  type EntityType, type OrgKind, type IncidentKind, type PlaceKind, type ParticipantRole, type RelationType,
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
  /** why mentions were merged into this entity (resolution audit trail) */
  merges?: string[];
}

export interface PersonEntity extends EntityBase {
  type: 'person';
  /** titles/roles stripped from the name ("Director General", "Mr") */
  roles: string[];
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
}

export interface Participant {
  /** id of a person or organization entity in the same result */
  entity: string;
  name: string;
  role: ParticipantRole;
}

export interface IncidentEntity extends EntityBase {
  type: 'incident';
  kind: IncidentKind;
  /** name of the place entity, for readers; `placeId` links it */
  place: string | null;
  placeId: string | null;
  /** ISO date (YYYY-MM-DD) or null */
  date: string | null;
  participants: Participant[];
  killed: number | null;
  injured: number | null;
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

export interface ExtractionResult {
  id?: string;
  sentences: Sentence[];
  entities: Entity[];
  relations: Relation[];
  /** non-fatal notes (input truncated, script not supported, …) */
  warnings: string[];
}
