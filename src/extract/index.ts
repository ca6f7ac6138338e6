// The pure extraction core: article text and resources in, typed result out. No I/O here: resources come from
// loadResources() (resources.ts), and the stages are declared in pipeline.ts.
import { asWritten, titleAsWritten } from './no-capitals.js';
import { STAGES, startPipeline } from './pipeline.js';
import type { Resources } from './resources.js';
import type { ArticleInput, ExtractionResult } from './types.js';
import { articleFacts } from '../news/conventions.js';

export type * from './types.js';

/** Pure: everything it knows comes in `res` (loadResources()). */
export function extract(input: ArticleInput, res: Resources): ExtractionResult {
  if (typeof input?.text !== 'string') throw new TypeError('extract: input.text must be a string');
  const { state, warnings } = startPipeline(input, res);
  const id = input.id !== undefined ? { id: input.id } : {};
  if (!state) return { ...id, sentences: [], entities: [], relations: [], warnings };
  for (const stage of STAGES) stage.run(state);
  const result: ExtractionResult = {
    ...id,
    article: articleFacts(state.doc.res.words, state.doc.text, input.source),
    sentences: state.doc.sentences,
    entities: [...state.entities, ...state.incidents],
    relations: state.relations,
    warnings,
  };
  // a text read in capitals is shown as written (rule mentions/no-capitals-read-in-capitals)
  if (state.doc.noCapitals) asWritten(result, state.doc.input.text, input.text);
  // and so is a title read in capitals (rule mentions/title-without-capitals-read-in-capitals)
  if (input.title !== undefined && state.doc.input.title !== input.title)
    titleAsWritten(result, state.doc.input.title ?? '', input.title);
  return result;
}
