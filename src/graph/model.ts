// The fixed vocabulary of the graph. Labels and relationship types used in Cypher come only from here.
import type { EdgeType } from '../api/contract.js';
import type { EntityType, RelationType } from '../extract/types.js';
import { ONTOLOGY } from '../ontology/index.js';

export const ENTITY_LABEL: Record<EntityType, 'Person' | 'Organization' | 'Place' | 'Incident'> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  incident: 'Incident',
};

/** relation type → relationship type, from the ontology (whose schema allows only upper-case identifiers) */
export const RELATION_REL_TYPE: Readonly<Record<RelationType, EntityRelType>> = Object.fromEntries(
  ONTOLOGY.relationTypes.map((r) => [r.id, r.graphType as EntityRelType]),
);

export type EntityRelType = EdgeType;
export const ENTITY_REL_TYPES: readonly EntityRelType[] = Object.values(RELATION_REL_TYPE);

/** Relationship types that say the same thing in either direction (stored once per pair, ordered by entity key). */
export const SYMMETRIC_REL_TYPES: ReadonlySet<EntityRelType> = new Set<EntityRelType>([
  RELATION_REL_TYPE['co_mention']!,
]);

/**
 * Every node label and relationship type the graph holds (docs/graph-model.md), for counts and checks; labels and
 * types in Cypher come from these fixed lists. LshBucket/IN_BUCKET remain only in stores written before the band
 * index moved out of the graph. HAS_SENTENCE is gone: a sentence names its article by `articleId`
 * (src/graph/sentence-articles.ts removes the links of older stores at start-up).
 */
export const NODE_LABELS = [
  'Article',
  'Sentence',
  'Entity',
  ...Object.values(ENTITY_LABEL),
  'IncidentFrame',
  'Judgement',
  'KgLock',
  'LshBucket',
] as const;
export const REL_TYPES = ['MENTIONS', 'COVERS', 'DUPLICATE_OF', ...ENTITY_REL_TYPES, 'IN_BUCKET'] as const;
