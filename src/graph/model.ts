// The fixed vocabulary of the graph. Labels and relationship types used in Cypher come only from here.
import type { EntityType, RelationType } from '../extract/types.js';

export const ENTITY_LABEL: Record<EntityType, 'Person' | 'Organization' | 'Place' | 'Incident'> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  incident: 'Incident',
};

export const RELATION_REL_TYPE = {
  role: 'ROLE',
  affiliation: 'AFFILIATED_WITH',
  location: 'LOCATED_IN',
  participation: 'PARTICIPATED_IN',
  speech: 'SPOKE_AT',
  co_mention: 'CO_MENTIONED',
} as const satisfies Record<RelationType, string>;

export type EntityRelType = (typeof RELATION_REL_TYPE)[RelationType];
export const ENTITY_REL_TYPES: readonly EntityRelType[] = Object.values(RELATION_REL_TYPE);
