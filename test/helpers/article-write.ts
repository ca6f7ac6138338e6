// ArticleWrites (src/graph/rows.ts) for tests: one holding only an article id and entity rows, for tests of the
// identity decisions, which read no more of it; one made by the real extractor and ingest preparation from a text.
import { extract } from '../../src/extract/index.js';
import type { ArticleWrite } from '../../src/graph/rows.js';
import { articleIdFromHash, contentHash, extractionInput, normaliseText } from '../../src/ingest/normalise.js';
import { prepareArticleWrite } from '../../src/ingest/prepare.js';
import type { SourceArticle } from '../../src/sources/article.js';
import { res } from './resources.js';

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

/** the write the ingest prepares for a text from 'Test Wire', its origin named by the test's `file` and `item` */
export function extractedArticleWrite(
  t: { title: string; published: string; text: string },
  file: string,
  item: number,
): ArticleWrite {
  const source: SourceArticle = {
    text: t.text,
    title: t.title,
    published: t.published,
    publishedAt: null,
    source: 'Test Wire',
    url: null,
    origin: { file, item },
  };
  const text = normaliseText(t.text);
  const hash = contentHash(text);
  const id = articleIdFromHash(hash);
  const result = extract(extractionInput(id, text, source), res);
  return prepareArticleWrite(source, { id, text, contentHash: hash, extractorVersion: 'test' }, result);
}
