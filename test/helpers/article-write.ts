// An ArticleWrite (src/graph/rows.ts) holding only an article id and entity rows, for tests of the identity
// decisions, which read no more of it.
import type { ArticleWrite } from '../../src/graph/rows.js';

export const articleWrite = (id: string, entities: Partial<Record<'person' | 'organization' | 'place', unknown[]>>) =>
  ({
    article: { id },
    entities: { person: [], organization: [], place: [], incident: [], ...entities },
    sentenceMentions: [],
    articleMentions: [],
    covers: [],
    relations: {},
    warnings: [],
  }) as unknown as ArticleWrite;
