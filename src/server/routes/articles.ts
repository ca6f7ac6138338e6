import { Router } from 'express';
import { z } from 'zod';
import type { ArticleResponse, DuplicatesResponse } from '../../api/contract.js';
import type { Graph } from '../../graph/driver.js';
import { getArticle } from '../../graph/queries/articles.js';
import { getDuplicates } from '../../graph/queries/duplicates.js';
import { notFound } from '../errors.js';
import { dateRange, integer, isoDay, parseQuery, query, text } from '../params.js';

const RELATED_ARTICLES = 50;
export const DUPLICATE_CLUSTERS_MAX = 500;

const IdParam = z.object({ id: text(200) });

/** Characters of article text per response (articles are rarely over 50,000). */
export const ARTICLE_TEXT_PAGE = 200_000;
const TextPageQuery = z.object({
  textOffset: integer(0, 100_000_000, 0),
  textLength: integer(1, ARTICLE_TEXT_PAGE, ARTICLE_TEXT_PAGE),
});

const DuplicatesQuery = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    source: text(200).optional(),
    limit: integer(1, DUPLICATE_CLUSTERS_MAX, 100),
  })
  .superRefine(dateRange);

export function articleRoutes(graph: Graph): Router {
  const router = Router();

  router.get('/articles/:id', async (req, res) => {
    const { id } = parseQuery(IdParam, req.params);
    const page = query(TextPageQuery, req);
    const found = await getArticle(graph, id, RELATED_ARTICLES, { offset: page.textOffset, length: page.textLength });
    if (!found) throw notFound(`article ${JSON.stringify(id)}`);
    res.json(found satisfies ArticleResponse);
  });

  router.get('/duplicates', async (req, res) => {
    const filters = query(DuplicatesQuery, req);
    res.json((await getDuplicates(graph, filters)) satisfies DuplicatesResponse);
  });

  return router;
}
