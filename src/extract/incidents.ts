// Incidents: trigger phrases grouped into one incident per event, with kind, place, date, participants.
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import type { IncidentEntity } from './types.js';

export function findIncidents(_doc: Doc, _entities: NamedEntity[]): IncidentEntity[] {
  return []; // replaced by the incident extractor (issue 3)
}
