// The pure extraction core: article text in, typed result out. No I/O here.
import { makeDoc } from './document.js';
import { findEntities } from './entities.js';
import { findIncidents } from './incidents.js';
import { findRelations } from './relations.js';
import type { ArticleInput, ExtractionResult } from './types.js';

export type * from './types.js';

export function extract(input: ArticleInput): ExtractionResult {
  const warnings: string[] = [];
  const doc = makeDoc(input);
  const entities = findEntities(doc);
  const incidents = findIncidents(doc, entities);
  const relations = findRelations(doc, entities, incidents);
  return {
    ...(input.id !== undefined ? { id: input.id } : {}),
    sentences: doc.sentences,
    entities: [...entities, ...incidents],
    relations,
    warnings,
  };
}
