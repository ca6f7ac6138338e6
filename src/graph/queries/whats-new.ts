// What is new (GET /api/new): entities, incidents and links the graph first held at or after an instant, with the
// articles that brought them. `firstSeen` is written by src/graph/writer.ts and kept across re-ingestion, so what
// was new once stays dated when it came.
import { z } from 'zod';
import type {
  NewArticle,
  WhatsNewEntity,
  WhatsNewLink,
  WhatsNewResponse,
  WhatsNewSection,
} from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { ENTITY_REL_TYPES } from '../model.js';
import {
  cypherInt,
  edgeType,
  entityProjection,
  nodeType,
  num,
  reportOf,
  strOrNull,
  toArticleRef,
  toEntitySummary,
  toGraphEdge,
} from './mappers.js';

/** articles listed per new item (`broughtByTotal` says how many there are) */
export const NEW_ITEM_ARTICLES = 5;

export interface WhatsNewQuery {
  /** ISO instant */
  since: string;
  offset: number;
  limit: number;
  /** the sections to fill; all when absent */
  sections?: readonly WhatsNewSection[] | undefined;
}

/** Cypher map of an article that brought something new. */
function newArticleProjection(v: string): string {
  return `{id: ${v}.id, title: ${v}.title, source: ${v}.source, published: ${v}.published, url: ${v}.url,
    outlet: ${v}.outlet, firstSeen: toString(${v}.firstSeen)}`;
}

const NewArticleRow = z.object({ outlet: strOrNull, firstSeen: z.string() }).passthrough();

function toNewArticle(row: unknown): NewArticle {
  const { outlet, firstSeen } = NewArticleRow.parse(row);
  return { ...toArticleRef(row), outlet, firstSeen };
}

/** The articles first seen since $since that brought `v` (via MENTIONS, or COVERS for incidents), oldest first. */
const BROUGHT_BY = (v: string) => `
  CALL (${v}) {
    MATCH (a:Article)-[:MENTIONS|COVERS]->(${v}) WHERE a.firstSeen >= datetime($since)
    WITH DISTINCT a ORDER BY a.firstSeen, a.published, a.id
    RETURN collect(${newArticleProjection('a')}) AS brought
  }`;

/** entities that count: not hidden by a judgement (merged away or rejected) */
const NEW_ENTITY = (v: string) => `${v}.firstSeen >= datetime($since) AND ${v}.hiddenBy IS NULL`;
const IS_INCIDENT = (v: string) => `coalesce(${v}.judgedType, ${v}.type) = 'incident'`;

/**
 * The relationships first seen since $since, one row per (from, to, type) link whose every supporting
 * relationship is that recent (an older article already showed the link otherwise). One branch per type so each
 * uses its own `firstSeen` index (cypher/first-seen.cypher).
 */
const NEW_LINKS = `
  CALL () {
    ${ENTITY_REL_TYPES.map((t) => `MATCH (x:Entity)-[r:${t}]->(y:Entity) WHERE r.firstSeen >= datetime($since) RETURN DISTINCT x, y, '${t}' AS type`).join('\n    UNION\n    ')}
  }
  WITH x, y, type
  WHERE x.hiddenBy IS NULL AND y.hiddenBy IS NULL
    AND NOT EXISTS { MATCH (x)-[old]->(y) WHERE type(old) = type AND old.firstSeen < datetime($since) }
    AND EXISTS { MATCH (x)-[ok]->(y) WHERE type(ok) = type AND ok.rejectedBy IS NULL }`;

const EntityRow = z.object({ entity: z.unknown(), firstSeen: z.string(), brought: z.array(z.unknown()) });
const LinkRow = z.object({
  from: z.string(),
  to: z.string(),
  type: edgeType,
  fromName: z.string(),
  toName: z.string(),
  fromType: nodeType,
  toType: nodeType,
  firstSeen: z.string(),
  weight: num,
  independent: num,
  outlets: num,
  label: strOrNull,
  brought: z.array(z.unknown()),
});

function toNewEntity(row: unknown): WhatsNewEntity {
  const r = EntityRow.parse(row);
  return {
    ...toEntitySummary(r.entity),
    firstSeen: r.firstSeen,
    broughtBy: r.brought.slice(0, NEW_ITEM_ARTICLES).map(toNewArticle),
    broughtByTotal: r.brought.length,
  };
}

function toNewLink(row: unknown): WhatsNewLink {
  const r = LinkRow.parse(row);
  const edge = toGraphEdge({
    type: r.type,
    from: r.from,
    to: r.to,
    label: r.label,
    weight: r.weight,
    independent: r.independent,
    outlets: r.outlets,
  });
  return {
    ...edge,
    firstSeen: r.firstSeen,
    fromName: r.fromName,
    toName: r.toName,
    fromType: r.fromType,
    toType: r.toType,
    broughtBy: r.brought.slice(0, NEW_ITEM_ARTICLES).map(toNewArticle),
    broughtByTotal: r.brought.length,
  };
}

export async function getWhatsNew(graph: Graph, q: WhatsNewQuery): Promise<WhatsNewResponse> {
  const wanted = new Set<WhatsNewSection>(q.sections ?? ['entities', 'incidents', 'links', 'articles']);
  const params = { since: q.since, offset: cypherInt(q.offset), limit: cypherInt(q.limit) };
  return graph.read(async (tx) => {
    const head = await tx.run(
      `RETURN toString(datetime($since)) AS since, toString(datetime()) AS now,
         COUNT { MATCH (e:Entity) WHERE ${NEW_ENTITY('e')} AND NOT ${IS_INCIDENT('e')} } AS entities,
         COUNT { MATCH (e:Entity) WHERE ${NEW_ENTITY('e')} AND ${IS_INCIDENT('e')} } AS incidents,
         COUNT { MATCH (a:Article) WHERE a.firstSeen >= datetime($since) } AS articles`,
      params,
    );
    const h = z
      .object({ since: z.string(), now: z.string(), entities: num, incidents: num, articles: num })
      .parse(head.records[0]?.toObject());
    const linkCount = await tx.run(`${NEW_LINKS} RETURN count(*) AS n`, params);
    const links = num.parse(linkCount.records[0]?.get('n') ?? 0);

    const entityPage = async (incidents: boolean): Promise<WhatsNewEntity[]> => {
      const res = await tx.run(
        `MATCH (e:Entity) WHERE ${NEW_ENTITY('e')} AND ${incidents ? '' : 'NOT '}${IS_INCIDENT('e')}
         WITH e, COUNT { (:Article)-[:MENTIONS|COVERS]->(e) } AS reach
         ORDER BY e.firstSeen DESC, reach DESC, e.key
         SKIP $offset LIMIT $limit
         ${BROUGHT_BY('e')}
         RETURN ${entityProjection('e')} AS entity, toString(e.firstSeen) AS firstSeen, brought`,
        params,
      );
      return res.records.map((r) => toNewEntity(r.toObject()));
    };

    const linkPage = async (): Promise<WhatsNewLink[]> => {
      const res = await tx.run(
        `${NEW_LINKS}
         CALL (x, y, type) {
           MATCH (x)-[r]->(y) WHERE type(r) = type AND r.rejectedBy IS NULL
           RETURN min(r.firstSeen) AS firstSeen, count(DISTINCT r.articleId) AS weight,
                  count(DISTINCT ${reportOf('r.articleId')}) AS independent, count(DISTINCT r.source) AS outlets,
                  head(collect(r.label)) AS label, collect(DISTINCT r.articleId) AS articleIds
         }
         WITH x, y, type, firstSeen, weight, independent, outlets, label, articleIds
         ORDER BY firstSeen DESC, weight DESC, x.key, y.key, type
         SKIP $offset LIMIT $limit
         CALL (articleIds) {
           UNWIND articleIds AS id
           MATCH (a:Article {id: id}) WHERE a.firstSeen >= datetime($since)
           WITH a ORDER BY a.firstSeen, a.published, a.id
           RETURN collect(${newArticleProjection('a')}) AS brought
         }
         RETURN x.key AS from, y.key AS to, type, coalesce(x.judgedName, x.name) AS fromName, coalesce(y.judgedName, y.name) AS toName,
                coalesce(x.judgedType, x.type) AS fromType, coalesce(y.judgedType, y.type) AS toType,
                toString(firstSeen) AS firstSeen, weight, independent, outlets, label, brought`,
        params,
      );
      return res.records.map((r) => toNewLink(r.toObject()));
    };

    const articlePage = async (): Promise<NewArticle[]> => {
      const res = await tx.run(
        `MATCH (a:Article) WHERE a.firstSeen >= datetime($since)
         WITH a ORDER BY a.firstSeen DESC, a.published DESC, a.id
         SKIP $offset LIMIT $limit
         RETURN ${newArticleProjection('a')} AS article`,
        params,
      );
      return res.records.map((r) => toNewArticle(r.get('article')));
    };

    return {
      since: h.since,
      now: h.now,
      counts: { entities: h.entities, incidents: h.incidents, links, articles: h.articles },
      offset: q.offset,
      limit: q.limit,
      entities: wanted.has('entities') && q.limit > 0 ? await entityPage(false) : [],
      incidents: wanted.has('incidents') && q.limit > 0 ? await entityPage(true) : [],
      links: wanted.has('links') && q.limit > 0 ? await linkPage() : [],
      articles: wanted.has('articles') && q.limit > 0 ? await articlePage() : [],
    };
  });
}
