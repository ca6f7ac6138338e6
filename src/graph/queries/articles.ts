// Article page: text, entity mentions for highlighting, incidents, near-duplicates and same-story coverage.
import { z } from 'zod';
import type { ArticleResponse } from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { withArticleCounts } from './article-counts.js';
import {
  articleProjection,
  cypherInt,
  entityFields,
  nodeType,
  num,
  strOrNull,
  toArticleRef,
  toEntityFields,
} from './mappers.js';

const Score = z.preprocess((v) => v ?? 0, num);
const Strings = z.array(z.string());
const Relation = z.enum(['original', 'copy']);
const Mention = z.object({ start: num, end: num, key: z.string(), type: nodeType, name: z.string() });

/** The part of the stored text one response carries: [offset, offset + length). */
export interface TextPage {
  offset: number;
  length: number;
}

export async function getArticle(
  graph: Graph,
  id: string,
  relatedLimit: number,
  page: TextPage = { offset: 0, length: 200_000 },
): Promise<ArticleResponse | null> {
  return graph.read(async (tx) => {
    // the page is cut in the database, so a huge stored text never crosses the wire whole
    const found = await tx.run(
      `MATCH (a:Article {id: $id})
       RETURN ${articleProjection('a')} AS ref, substring(coalesce(a.text, ''), $offset, $length) AS text,
              size(coalesce(a.text, '')) AS textLength, a.textTruncatedFrom AS truncatedFrom`,
      { id, offset: cypherInt(page.offset), length: cypherInt(page.length) },
    );
    const record = found.records[0];
    if (!record) return null;
    const mentions = await tx.run(
      `MATCH (:Sentence {articleId: $id})-[m:MENTIONS]->(e:Entity)
       WHERE m.start >= $offset AND m.end <= $offset + $length AND m.hiddenBy IS NULL AND e.hiddenBy IS NULL
       RETURN {start: m.start, end: m.end, key: e.key, type: coalesce(e.judgedType, e.type), name: coalesce(e.judgedName, e.name)} AS mention
       ORDER BY m.start, m.end`,
      { id, offset: cypherInt(page.offset), length: cypherInt(page.length) },
    );
    const incidents = await tx.run(
      `MATCH (:Article {id: $id})-[c:COVERS]->(i:Incident) WHERE c.hiddenBy IS NULL AND i.hiddenBy IS NULL
       RETURN ${entityFields('i')} AS incident ORDER BY i.date, i.key`,
      { id },
    );
    const copies = await tx.run(
      `MATCH (a:Article {id: $id})-[d:DUPLICATE_OF]-(b:Article)
       WITH b, max(d.score) AS score, head(collect(d.kind)) AS kind, startNode(d) = a AS thisCopies
       RETURN ${articleProjection('b')} AS ref, score, kind, CASE WHEN thisCopies THEN 'original' ELSE 'copy' END AS relation
       ORDER BY score DESC, b.published, b.id LIMIT $limit`,
      { id, limit: cypherInt(relatedLimit) },
    );
    const sameStory = await tx.run(
      `MATCH (a:Article {id: $id})-[c1:COVERS]->(i:Incident)<-[c2:COVERS]-(o:Article)
       WHERE o <> a AND c1.reference IS NULL AND c2.reference IS NULL AND c1.hiddenBy IS NULL AND c2.hiddenBy IS NULL AND i.hiddenBy IS NULL
       WITH o, collect(DISTINCT i.key) AS incidents
       RETURN ${articleProjection('o')} AS ref, incidents
       ORDER BY o.published, o.id LIMIT $limit`,
      { id, limit: cypherInt(relatedLimit) },
    );
    return {
      article: {
        ...toArticleRef(record.get('ref')),
        text: z.string().parse(record.get('text') ?? ''),
        textOffset: page.offset,
        textLength: num.parse(record.get('textLength')),
        textTruncatedFrom: z
          .number()
          .nullable()
          .parse(record.get('truncatedFrom') ?? null),
      },
      mentions: mentions.records.map((r) => Mention.parse(r.get('mention'))),
      incidents: await withArticleCounts(
        tx,
        graph,
        incidents.records.map((r) => toEntityFields(r.get('incident'))),
      ),
      copies: copies.records.map((r) => ({
        ...toArticleRef(r.get('ref')),
        score: Score.parse(r.get('score')),
        kind: strOrNull.parse(r.get('kind')) ?? 'copy',
        relation: Relation.parse(r.get('relation')),
      })),
      sameStory: sameStory.records.map((r) => ({
        ...toArticleRef(r.get('ref')),
        incidents: Strings.parse(r.get('incidents')),
      })),
    };
  });
}
