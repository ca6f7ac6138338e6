// People, organisations and places: mentions, typing, in-article resolution, geocoding.
import type { Doc } from './document.js';
import type { OrganizationEntity, PersonEntity, PlaceEntity } from './types.js';

export type NamedEntity = PersonEntity | OrganizationEntity | PlaceEntity;

export function findEntities(_doc: Doc): NamedEntity[] {
  return []; // replaced by the entity extractor (issue 3)
}
