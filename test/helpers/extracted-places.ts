// The entities of one article published on 2019-10-14 (unless it says otherwise): the place named so, and the first
// incident. The shape the incident-place tests read.
import { extract } from '../../src/extract/index.js';
import type { Resources } from '../../src/extract/resources.js';
import type { ArticleInput, IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from './resources.js';

export type TestArticle = Partial<ArticleInput> & { text: string };

export const run = (input: TestArticle) => extract({ published: '2019-10-14', ...input }, res).entities;

export const placeNamed = (input: TestArticle, name: RegExp) =>
  run(input).find((e): e is PlaceEntity => e.type === 'place' && name.test(e.name));

export const mainIncident = (input: TestArticle) => run(input).find((e): e is IncidentEntity => e.type === 'incident');

/** One article's entities with lookups by name: its places, its incidents and the place each incident is put in. */
export function placesOf(text: string, published = '2025-04-16', resources: Resources = res) {
  const ents = extract({ text, published }, resources).entities;
  const places = ents.filter((e): e is PlaceEntity => e.type === 'place');
  const incidents = ents.filter((e): e is IncidentEntity => e.type === 'incident');
  return {
    ents,
    place: (name: string) => places.find((e) => e.name === name),
    typeOf: (name: string) => ents.find((e) => e.name === name)?.type,
    incidents,
    placeOf: (i: IncidentEntity | undefined) => places.find((p) => p.id === i?.placeId),
  };
}
