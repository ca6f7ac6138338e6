// Entity page, one-hop neighbourhood and edge evidence.
import { z } from 'zod';
import type {
  ArticleRef,
  EdgeEvidenceResponse,
  EdgeType,
  EntityResponse,
  EntitySummary,
  EvidenceSentence,
  GraphEdge,
  NeighborsResponse,
  NodeType,
} from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { ENTITY_REL_TYPES, SYMMETRIC_REL_TYPES } from '../model.js';
import { inlineArticleCount, withArticleCounts } from './article-counts.js';
import { articleIdsIn, entityFacts, withArticleTitles } from './entity-facts.js';
import { pickShown } from './evidence-groups.js';
import { linkReasons } from './link-reasons.js';
import {
  articleProjection,
  cypherInt,
  entityFields,
  num,
  numOrNull,
  reportOf,
  toArticleRef,
  toEntityFields,
  toEvidenceSentence,
  toExtra,
  toGraphEdge,
} from './mappers.js';

/** `ROLE|AFFILIATED_WITH|…`: every entity-to-entity relationship type, from the fixed model list */
export const ENTITY_REL_PATTERN = ENTITY_REL_TYPES.join('|');

export function assertEdgeType(type: string): EdgeType {
  const found = ENTITY_REL_TYPES.find((t) => t === type);
  if (!found) throw new Error(`unknown relationship type ${JSON.stringify(type)}`);
  return found;
}

/** how many named participants an entity page lists */
const PARTICIPANTS_SHOWN = 60;
/** how many articles named in an entity's reasons get their title looked up */
const TITLED_ARTICLES = 200;

export async function getEntity(
  graph: Graph,
  key: string,
  limits: { evidence: number; articles: number; evidenceOffset?: number },
): Promise<EntityResponse | null> {
  const offset = limits.evidenceOffset ?? 0;
  return graph.read(async (tx) => {
    const found = await tx.run(
      `MATCH (e:Entity {key: $key}) RETURN ${entityFields('e')} AS entity, properties(e) AS props`,
      { key },
    );
    const record = found.records[0];
    if (!record) return null;
    // Distinct sentences (coalesce(textHash, id): a wire copy's repeat is one) from the newest articles first. For
    // hubs, only the newest `window` articles are looked at to pick the groups; each chosen group then gets all its
    // members naming the entity, older articles included, so the original of a copy can be the one shown.
    const evidence = await tx.run(
      `MATCH (e:Entity {key: $key})<-[am:MENTIONS]-(a:Article) WHERE am.hiddenBy IS NULL
       WITH e, a ORDER BY a.published DESC, a.id LIMIT $window
       MATCH (s:Sentence {articleId: a.id})-[sm:MENTIONS]->(e) WHERE sm.hiddenBy IS NULL
       WITH DISTINCT e, a, s
       ORDER BY a.published DESC, a.id, s.index
       WITH e, coalesce(s.textHash, s.id) AS grp, collect({published: a.published, id: a.id, index: s.index})[0] AS newest
       ORDER BY newest.published DESC, newest.id, newest.index
       SKIP $offset LIMIT $limit
       WITH e, collect(grp) AS groups
       MATCH (e)<-[m:MENTIONS]-(s:Sentence)
       WHERE coalesce(s.textHash, s.id) IN groups AND m.hiddenBy IS NULL
       MATCH (art:Article {id: s.articleId})
       WITH groups, s, art, collect({start: m.start, end: m.end}) AS spans
       WITH groups, s, art, spans, coalesce(s.textHash, s.id) AS grp
       RETURN [i IN range(0, size(groups) - 1) WHERE groups[i] = grp][0] AS position,
              {article: ${articleProjection('art')}, sentenceId: s.id, text: s.text, start: s.start, index: s.index,
               isCopy: EXISTS { (art)-[:DUPLICATE_OF]->(:Article) }, spans: spans} AS row`,
      {
        key,
        offset: cypherInt(offset),
        limit: cypherInt(limits.evidence),
        window: cypherInt((offset + limits.evidence) * ENTITY_EVIDENCE_WINDOW),
      },
    );
    const total = await tx.run(
      `MATCH (e:Entity {key: $key})<-[m:MENTIONS]-(s:Sentence) WHERE m.hiddenBy IS NULL RETURN count(DISTINCT coalesce(s.textHash, s.id)) AS n`,
      { key },
    );
    const articles = await tx.run(
      `MATCH (e:Entity {key: $key})<-[m:MENTIONS]-(a:Article) WHERE m.hiddenBy IS NULL
       WITH a ORDER BY a.published DESC, a.id LIMIT $limit
       RETURN ${articleProjection('a')} AS article`,
      { key, limit: cypherInt(limits.articles) },
    );
    const headlines = await tx.run(
      `MATCH (e:Entity {key: $key})<-[m:MENTIONS]-(a:Article) WHERE m.hiddenBy IS NULL AND m.title IS NOT NULL
       WITH a, m ORDER BY a.published DESC, a.id LIMIT $limit
       RETURN ${articleProjection('a')} AS article, m.title AS spans`,
      { key, limit: cypherInt(limits.articles) },
    );
    const [summary] = await withArticleCounts(tx, graph, [toEntityFields(record.get('entity'))]);
    const extra = toExtra(record.get('props'));
    // who took part, by role, most-reported first: the incident page names them beside its facts
    const participants =
      summary?.type === 'incident'
        ? await tx.run(
            `MATCH (p:Entity)-[r:PARTICIPATED_IN]->(e:Entity {key: $key})
             WHERE r.hiddenBy IS NULL AND p.hiddenBy IS NULL
             WITH r.label AS role, coalesce(p.judgedName, p.name) AS name, count(DISTINCT r.articleId) AS articles
             ORDER BY role, articles DESC, name LIMIT $limit
             RETURN role, name, articles`,
            { key, limit: cypherInt(PARTICIPANTS_SHOWN) },
          )
        : null;
    const facts = entityFacts(
      summary as EntitySummary,
      extra,
      (participants?.records ?? []).map((r) => ({
        role: String(r.get('role') ?? 'other'),
        name: String(r.get('name')),
      })),
    );
    // reasons name articles by id: the page names them by title
    const ids = articleIdsIn(facts).slice(0, TITLED_ARTICLES);
    const titles = ids.length
      ? await tx.run(`MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title`, { ids })
      : null;
    return {
      entity: { ...(summary as EntitySummary), extra },
      facts: withArticleTitles(
        facts,
        new Map((titles?.records ?? []).map((r) => [String(r.get('id')), String(r.get('title') ?? r.get('id'))])),
      ),
      evidence: groupedEvidence(
        evidence.records.map((r) => ({ group: num.parse(r.get('position')), row: r.get('row') })),
      ),
      evidenceTotal: num.parse(total.records[0]?.get('n') ?? 0),
      articles: articles.records.map((r) => toArticleRef(r.get('article'))),
      headlines: headlines.records.flatMap((r) => {
        const article = toArticleRef(r.get('article'));
        const flat = z.array(num).parse(r.get('spans'));
        const highlights: { start: number; end: number }[] = [];
        for (let i = 0; i + 1 < flat.length; i += 2) highlights.push({ start: flat[i]!, end: flat[i + 1]! });
        // a title stored without one (the article's id stands for it) has nothing to mark
        return highlights.every((x) => x.end <= article.title.length) ? [{ article, highlights }] : [];
      }),
    };
  });
}

export interface NeighborFilters {
  limit: number;
  offset: number;
  /** neighbour entity types */
  types?: NodeType[] | undefined;
  /** organisation/incident kinds; neighbours without a kind (people, places) are not filtered by it */
  kinds?: string[] | undefined;
  /** relationship types */
  rels?: EdgeType[] | undefined;
  /** inclusive ISO dates over the supporting articles' published dates */
  from?: string | undefined;
  to?: string | undefined;
  /** outlets of the supporting articles */
  sources?: string[] | undefined;
}

/** How many of the newest articles naming an entity its page looks at, per evidence sentence asked for. */
const ENTITY_EVIDENCE_WINDOW = 5;

/** One sentence of an evidence group as the queries return it; `ev` is the relationship's evidence offsets. */
const EvidenceMemberRow = z.object({
  article: z.unknown(),
  sentenceId: z.string(),
  text: z.string(),
  start: num,
  index: num,
  isCopy: z.boolean(),
  spans: z.array(z.unknown()),
  ev: z.array(num).optional(),
});

/**
 * Rows of (group position, member) into one EvidenceSentence per group, in group order: the member shown is chosen
 * by pickShown, its highlights are its own mention spans or else (older data) its relationship's evidence offsets.
 */
export function groupedEvidence(rows: Array<{ group: number; row: unknown }>): EvidenceSentence[] {
  const groups = new Map<number, Array<z.infer<typeof EvidenceMemberRow> & { article: ArticleRef }>>();
  for (const { group, row } of rows) {
    const m = EvidenceMemberRow.parse(row);
    const list = groups.get(group) ?? [];
    list.push({ ...m, article: toArticleRef(m.article) });
    groups.set(group, list);
  }
  const evidence: EvidenceSentence[] = [];
  for (const group of [...groups.keys()].sort((x, y) => x - y)) {
    const picked = pickShown(groups.get(group) ?? []);
    if (!picked) continue;
    const s = picked.shown;
    const spans = s.spans.length > 0 || !s.ev ? s.spans : evidencePairs(s.ev, s.start, s.start + s.text.length);
    const sentence = toEvidenceSentence({
      article: s.article,
      sentenceId: s.sentenceId,
      text: s.text,
      start: s.start,
      spans,
    });
    evidence.push({ ...sentence, alsoIn: picked.alsoIn });
  }
  return evidence;
}

const Unknowns = z.array(z.unknown());
const NumbersOrNull = z.array(numOrNull);

const EdgePart = z.object({
  key: z.string(),
  type: z.string(),
  out: z.boolean(),
  weight: num,
  independent: num,
  outlets: num,
  label: z.string().nullable(),
});

const EdgeParts = z.array(EdgePart);

/** The filter clause shared by both neighbourhood queries; `c` is the centre, `n` the neighbour, `r` the link. */
const NEIGHBOR_FILTER = `
  n.hiddenBy IS NULL AND r.hiddenBy IS NULL
  AND ($types IS NULL OR coalesce(n.judgedType, n.type) IN $types)
  AND ($kinds IS NULL OR coalesce(n.judgedKind, n.kind) IS NULL OR coalesce(n.judgedKind, n.kind) IN $kinds)
  AND ($rels IS NULL OR type(r) IN $rels)
  AND ($from IS NULL OR substring(r.published, 0, 10) >= $from)
  AND ($to IS NULL OR substring(r.published, 0, 10) <= $to)
  AND ($sources IS NULL OR r.source IN $sources)`;

export async function getNeighbors(graph: Graph, key: string, f: NeighborFilters): Promise<NeighborsResponse | null> {
  const filters = {
    types: f.types ?? null,
    kinds: f.kinds ?? null,
    rels: f.rels ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    sources: f.sources ?? null,
  };
  return graph.read(async (tx) => {
    // One round trip: rank every neighbour by its number of supporting relationships (one per article and
    // type) without reading relationship properties unless a filter needs them, then detail only the page. Each
    // neighbour keeps the relationships the expansion found, so the page is detailed from them: matching the
    // page's neighbours again (an Expand(Into) per neighbour, costly between two hubs) found the same ones.
    const result = await tx.run(
      `MATCH (c:Entity {key: $key})
       OPTIONAL MATCH (c)-[r:${ENTITY_REL_PATTERN}]-(n)
       WHERE n <> c AND ${NEIGHBOR_FILTER}
       WITH c, n, collect(r) AS links
       ORDER BY size(links) DESC, n.key
       WITH c, collect(CASE WHEN n IS NOT NULL THEN {n: n, links: links} END) AS ranked
       WITH c, size(ranked) AS total, ranked[$offset..($offset + $limit)] AS paged
       WITH c, total, [p IN paged | p.n] AS page, paged
       CALL (c, paged) {
         UNWIND paged AS p
         WITH p.n AS n, p.links AS links
         UNWIND links AS r
         WITH n, type(r) AS type, startNode(r) = c AS out,
              count(DISTINCT r.articleId) AS weight, count(DISTINCT ${reportOf('r.articleId')}) AS independent,
              count(DISTINCT r.source) AS outlets, head(collect(r.label)) AS label
         ORDER BY n.key, type, out
         RETURN collect({key: n.key, type: type, out: out, weight: weight, independent: independent, outlets: outlets, label: label}) AS parts
       }
       RETURN ${entityFields('c')} AS center, ${inlineArticleCount('c')} AS centerArticles, total,
              [n IN page | ${entityFields('n')}] AS page, [n IN page | ${inlineArticleCount('n')}] AS pageArticles, parts`,
      { key, ...filters, offset: cypherInt(f.offset), limit: cypherInt(f.limit) },
    );
    const record = result.records[0];
    if (!record) return null;
    const total = num.parse(record.get('total'));
    const pageArticles = NumbersOrNull.parse(record.get('pageArticles'));
    const page = Unknowns.parse(record.get('page')).map((row, i) => ({
      ...toEntityFields(row),
      articles: pageArticles[i] ?? null,
    }));
    const edges: GraphEdge[] = EdgeParts.parse(record.get('parts')).map((e) =>
      toGraphEdge({ ...e, from: e.out ? key : e.key, to: e.out ? e.key : key }),
    );
    const centerFields = {
      ...toEntityFields(record.get('center')),
      articles: numOrNull.parse(record.get('centerArticles')),
    };
    const [center, ...nodes] = await withArticleCounts(tx, graph, [centerFields, ...page]);
    return { center: center as EntitySummary, nodes, edges, total };
  });
}

/** the rules each of a link's relationships keeps (null on one stored before rules were kept) */
const StoredRules = z.array(z.object({ articleId: z.string().nullable(), rules: z.array(z.string()).nullable() }));

/** Aggregated edge (weight = supporting articles, outlets = distinct sources) between two entities. */
export async function getEdgeEvidence(
  graph: Graph,
  edge: { from: string; to: string; type: EdgeType },
  limit: number,
  offset = 0,
): Promise<EdgeEvidenceResponse | null> {
  const type = assertEdgeType(edge.type);
  return graph.read(async (tx) => {
    if (SYMMETRIC_REL_TYPES.has(type)) {
      // a symmetric link is stored once per pair, in entity-key order: asked the other way round, it is the same link
      const stored = await tx.run(
        `RETURN EXISTS { (:Entity {key: $from})-[r:${type}]->(:Entity {key: $to}) WHERE r.hiddenBy IS NULL } AS ok`,
        edge,
      );
      if (stored.records[0]?.get('ok') !== true) edge = { ...edge, from: edge.to, to: edge.from };
    }
    const summary = await tx.run(
      `MATCH (a:Entity {key: $from})-[r:${type}]->(b:Entity {key: $to}) WHERE r.hiddenBy IS NULL
       RETURN count(DISTINCT r.articleId) AS weight, count(DISTINCT ${reportOf('r.articleId')}) AS independent,
              count(DISTINCT r.source) AS outlets, head(collect(r.label)) AS label,
              collect({articleId: r.articleId, rules: r.rules}) AS rules`,
      { from: edge.from, to: edge.to },
    );
    const s = summary.records[0];
    const weight = s ? num.parse(s.get('weight')) : 0;
    if (weight === 0) return null;
    // One item per distinct sentence (coalesce(textHash, id)): groups ordered by their newest article, LIMIT on groups.
    const rows = await tx.run(
      `MATCH (a:Entity {key: $from})-[r:${type}]->(b:Entity {key: $to}) WHERE r.hiddenBy IS NULL
       UNWIND coalesce(r.judgedSentenceIds, r.sentenceIds, []) AS sid
       MATCH (s:Sentence {id: sid})
       MATCH (art:Article {id: coalesce(s.articleId, r.articleId)})
       WITH DISTINCT a, b, s, art, r.evidence AS ev
       ORDER BY art.published DESC, art.id, s.index
       WITH a, b, coalesce(s.textHash, s.id) AS grp, collect({s: s, art: art, ev: ev}) AS members
       ORDER BY members[0].art.published DESC, members[0].art.id, members[0].s.index
       SKIP $offset LIMIT $limit
       WITH a, b, collect(members) AS groups
       UNWIND range(0, size(groups) - 1) AS position
       UNWIND groups[position] AS member
       WITH a, b, position, member.s AS s, member.art AS art, member.ev AS ev
       RETURN position,
              {article: ${articleProjection('art')}, sentenceId: s.id, text: s.text, start: s.start, index: s.index,
               isCopy: EXISTS { (art)-[:DUPLICATE_OF]->(:Article) }, ev: coalesce(ev, []),
               spans: [(s)-[m:MENTIONS]->(x) WHERE (x = a OR x = b) AND m.hiddenBy IS NULL | {start: m.start, end: m.end}]} AS row`,
      { from: edge.from, to: edge.to, offset: cypherInt(offset), limit: cypherInt(limit) },
    );
    const total = await tx.run(
      `MATCH (a:Entity {key: $from})-[r:${type}]->(b:Entity {key: $to}) WHERE r.hiddenBy IS NULL
       UNWIND coalesce(r.judgedSentenceIds, r.sentenceIds, []) AS sid
       MATCH (s:Sentence {id: sid})
       RETURN count(DISTINCT coalesce(s.textHash, s.id)) AS n`,
      { from: edge.from, to: edge.to },
    );
    const evidence = groupedEvidence(
      rows.records.map((r) => ({ group: num.parse(r.get('position')), row: r.get('row') })),
    );
    return {
      edge: toGraphEdge({
        type,
        from: edge.from,
        to: edge.to,
        label: s?.get('label') ?? null,
        weight,
        independent: s?.get('independent'),
        outlets: s?.get('outlets'),
      }),
      reasons: linkReasons(StoredRules.parse(s?.get('rules') ?? [])),
      evidence,
      evidenceTotal: num.parse(total.records[0]?.get('n') ?? 0),
    };
  });
}

function evidencePairs(
  flat: number[],
  sentenceStart: number,
  sentenceEnd: number,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const start = flat[i] as number;
    const end = flat[i + 1] as number;
    if (end > sentenceStart && start < sentenceEnd) spans.push({ start, end });
  }
  return spans;
}
