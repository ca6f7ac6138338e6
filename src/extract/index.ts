// The pure extraction core: article text in, typed result out. No I/O here.
import { makeDoc } from './document.js';
import { findEntities } from './entities.js';
import { findIncidents } from './incidents.js';
import { guardInput } from './input-guard.js';
import { findRelations } from './relations.js';
import type { ArticleInput, ExtractionResult } from './types.js';

export type * from './types.js';

export function extract(input: ArticleInput): ExtractionResult {
  if (typeof input?.text !== 'string') throw new TypeError('extract: input.text must be a string');
  const guard = guardInput(input.text);
  const warnings: string[] = [...guard.warnings];
  if (guard.skip) return { ...(input.id !== undefined ? { id: input.id } : {}), sentences: [], entities: [], relations: [], warnings };
  // the guarded text has the same offsets as the input (markup blanked, tail cut), so spans still slice the input
  const doc = makeDoc(input, guard.text);
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
