// Relations between entities, each with the evidence offsets that support it.
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import type { IncidentEntity, Relation } from './types.js';

export function findRelations(_doc: Doc, _entities: NamedEntity[], _incidents: IncidentEntity[]): Relation[] {
  return []; // replaced by the relation extractor (issue 3)
}
