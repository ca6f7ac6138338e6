// The evidence of many nodes and links in one request (POST /api/evidence), for exports of a whole view: per item
// the distinct supporting sentences (a wire copy's repeat is one, as in the evidence panel), newest first, at most
// `perItem` each with the total; the articles they come from are named once, in `sources`.
import { z } from 'zod';
import type {
  BundleSentence,
  EdgeRef,
  EvidenceBundleResponse,
  EvidenceSentence,
  SourceArticle,
} from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { ENTITY_REL_TYPES, SYMMETRIC_REL_TYPES } from '../model.js';
import { groupedEvidence } from './entities.js';
import { articleProjection, cypherInt, edgeId, num, strOrNull, toArticleRef } from './mappers.js';

export interface BundleRequest {
  nodes: readonly string[];
  edges: readonly EdgeRef[];
  perItem: number;
}

/** One member of a group of identical sentences, as groupedEvidence reads it. */
const MEMBER = (s: string, art: string, spans: string) =>
  `{article: ${articleProjection(art)}, sentenceId: ${s}.id, text: ${s}.text, start: ${s}.start, index: ${s}.index,
    isCopy: EXISTS { (${art})-[:DUPLICATE_OF]->(:Article) }, spans: ${spans}}`;

/** Groups (lists of members), newest first by their first member; `members` rows are ordered newest first. */
const PAGE_OF_GROUPS = `
    WITH coalesce(s.textHash, s.id) AS grp, collect(member) AS members
    ORDER BY members[0].article.published DESC, members[0].article.id, members[0].index
    WITH collect(members) AS groups
    RETURN size(groups) AS total, groups[0..$perItem] AS page`;

const ItemRow = z.object({ total: num, page: z.array(z.array(z.unknown())) });

function toBundle(page: unknown[][], sources: Map<string, unknown>): BundleSentence[] {
  for (const members of page) {
    for (const m of members) {
      const article = z
        .object({ article: z.object({ id: z.string() }).passthrough() })
        .passthrough()
        .parse(m).article;
      sources.set(article.id, article);
    }
  }
  const rows = page.flatMap((members, group) => members.map((row) => ({ group, row })));
  return groupedEvidence(rows).map((s: EvidenceSentence) => ({
    sentenceId: s.sentenceId,
    articleId: s.article.id,
    text: s.text,
    highlights: s.highlights,
    alsoIn: (s.alsoIn ?? []).map((a) => a.id),
  }));
}

export async function getEvidenceBundle(graph: Graph, req: BundleRequest): Promise<EvidenceBundleResponse> {
  const perItem = cypherInt(req.perItem);
  return graph.read(async (tx) => {
    const sources = new Map<string, unknown>();
    const missing: string[] = [];
    const nodes: EvidenceBundleResponse['nodes'] = [];
    const keys = [...new Set(req.nodes)];
    if (keys.length > 0) {
      const res = await tx.run(
        `UNWIND $keys AS key
         OPTIONAL MATCH (e:Entity {key: key})
         CALL (e) {
           MATCH (e)<-[m:MENTIONS]-(s:Sentence)
           MATCH (art:Article {id: s.articleId})
           WITH s, art, collect({start: m.start, end: m.end}) AS spans
           ORDER BY art.published DESC, art.id, s.index
           WITH s, ${MEMBER('s', 'art', 'spans')} AS member
           ${PAGE_OF_GROUPS}
         }
         RETURN key, e IS NOT NULL AS found, total, page`,
        { keys, perItem },
      );
      for (const r of res.records) {
        const key = z.string().parse(r.get('key'));
        if (r.get('found') !== true) {
          missing.push(key);
          continue;
        }
        const item = ItemRow.parse({ total: r.get('total'), page: r.get('page') });
        nodes.push({ key, evidence: toBundle(item.page, sources), evidenceTotal: item.total });
      }
    }

    const edges: EvidenceBundleResponse['edges'] = [];
    for (const type of ENTITY_REL_TYPES) {
      const wanted = dedupeEdges(req.edges.filter((e) => e.type === type));
      if (wanted.length === 0) continue;
      // a symmetric link is stored once per pair, in key order: either direction asked finds it
      const arrow = SYMMETRIC_REL_TYPES.has(type) ? '-' : '->';
      const res = await tx.run(
        `UNWIND $edges AS edge
         OPTIONAL MATCH (a:Entity {key: edge.from})-[r:${type}]${arrow}(b:Entity {key: edge.to})
         WITH edge, a, b, collect(r) AS rels
         CALL (a, b, rels) {
           UNWIND rels AS r
           UNWIND coalesce(r.sentenceIds, []) AS sid
           MATCH (s:Sentence {id: sid})
           MATCH (art:Article {id: coalesce(s.articleId, r.articleId)})
           WITH DISTINCT a, b, s, art
           ORDER BY art.published DESC, art.id, s.index
           WITH s, ${MEMBER('s', 'art', '[(s)-[m:MENTIONS]->(x) WHERE x = a OR x = b | {start: m.start, end: m.end}]')} AS member
           ${PAGE_OF_GROUPS}
         }
         RETURN edge.from AS from, edge.to AS to, size(rels) > 0 AS found, total, page`,
        { edges: wanted.map(({ from, to }) => ({ from, to })), perItem },
      );
      for (const r of res.records) {
        const from = z.string().parse(r.get('from'));
        const to = z.string().parse(r.get('to'));
        const id = edgeId(type, from, to);
        if (r.get('found') !== true) {
          missing.push(id);
          continue;
        }
        const item = ItemRow.parse({ total: r.get('total'), page: r.get('page') });
        edges.push({ id, from, to, type, evidence: toBundle(item.page, sources), evidenceTotal: item.total });
      }
    }

    // copies named in alsoIn are sources too
    const alsoIn = [...new Set([...nodes, ...edges].flatMap((i) => i.evidence.flatMap((s) => s.alsoIn)))].filter(
      (id) => !sources.has(id),
    );
    if (alsoIn.length > 0) {
      const res = await tx.run(
        `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${articleProjection('a')} AS article`,
        { ids: alsoIn },
      );
      for (const r of res.records) {
        const article = z.object({ id: z.string() }).passthrough().parse(r.get('article'));
        sources.set(article.id, article);
      }
    }
    const outlets = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.outlet AS outlet', {
      ids: [...sources.keys()],
    });
    const outletOf = new Map(
      outlets.records.map((r) => [z.string().parse(r.get('id')), strOrNull.parse(r.get('outlet'))]),
    );
    const named: SourceArticle[] = [...sources.values()]
      .map((row) => toArticleRef(row))
      .map((a) => ({ ...a, outlet: outletOf.get(a.id) ?? null }))
      .sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id.localeCompare(y.id));
    return { nodes, edges, sources: named, missing };
  });
}

function dedupeEdges(edges: readonly EdgeRef[]): EdgeRef[] {
  const seen = new Map<string, EdgeRef>();
  for (const e of edges) seen.set(`${e.from}\u0000${e.to}`, e);
  return [...seen.values()];
}
