// Duplicate clusters: articles connected by DUPLICATE_OF ("copies") and articles covering one incident ("same story").
import { z } from 'zod';
import type { ArticleRef, ArticleRole, DuplicatesResponse } from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { articleProjection, cypherInt, numOrNull, strOrNull, toArticleRef } from './mappers.js';

type Cluster = DuplicatesResponse['clusters'][number];

/** An article published at most this many days after its incident reports it; later ones follow it up. */
export const REPORT_DAYS = 3;
const DAY_MS = 86_400_000;

/** The role of an article in a same-story cluster of an incident dated `incidentDate`. */
export function storyRole(a: ArticleRef, copyOf: string | null, incidentDate: string | null): ArticleRole {
  if (copyOf !== null) return 'copy';
  if (incidentDate === null || a.published === null) return 'original';
  const gap = (Date.parse(a.published.slice(0, 10)) - Date.parse(incidentDate.slice(0, 10))) / DAY_MS;
  return gap <= REPORT_DAYS ? 'original' : 'follow-up';
}

/** "Bombing in Paris (2015-11-13)" already says place and date; add them only when the name does not. */
export function storyLabel(name: string | null, key: string, place: string | null, date: string | null): string {
  const base = name ?? key;
  const parts = [base];
  if (place && !base.includes(place)) parts.push(place);
  const day = date?.slice(0, 10);
  if (day && !base.includes(day)) parts.push(day);
  return parts.join(' · ');
}

export interface DuplicateFilters {
  /** inclusive ISO dates; a cluster is kept when one of its articles was published in the range */
  from?: string | undefined;
  to?: string | undefined;
  /** a cluster is kept when one of its articles comes from this outlet */
  source?: string | undefined;
  /** clusters per kind */
  limit: number;
}

const DupEdge = z.object({ newer: z.string(), older: z.string(), score: numOrNull });
const StoryRow = z.object({
  key: z.string(),
  name: strOrNull,
  place: strOrNull,
  date: strOrNull,
  articles: z.array(z.unknown()),
});

export async function getDuplicates(graph: Graph, f: DuplicateFilters): Promise<DuplicatesResponse> {
  return graph.read(async (tx) => {
    const edgeRows = await tx.run(
      `MATCH (a:Article)-[d:DUPLICATE_OF]->(b:Article) RETURN a.id AS newer, b.id AS older, d.score AS score`,
    );
    const edges = edgeRows.records.map((r) => DupEdge.parse(r.toObject()));
    const components = connectedComponents(edges);
    const memberIds = [...new Set(components.flat())];
    const refRows = await tx.run(
      `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${articleProjection('a')} AS ref`,
      { ids: memberIds },
    );
    const refs = new Map<string, ArticleRef>();
    for (const r of refRows.records) {
      const ref = toArticleRef(r.get('ref'));
      refs.set(ref.id, ref);
    }
    // An article's score is that of its best link to an older copy; the original has none.
    const scoreOf = new Map<string, number>();
    for (const e of edges) if (e.score !== null) scoreOf.set(e.newer, Math.max(scoreOf.get(e.newer) ?? 0, e.score));
    // the article each copy copies (its best-scored link); an article that copies nothing is an original
    const copyOf = new Map<string, { older: string; score: number }>();
    for (const e of edges) {
      const had = copyOf.get(e.newer);
      if (!had || (e.score ?? 0) > had.score) copyOf.set(e.newer, { older: e.older, score: e.score ?? 0 });
    }
    const copied = (id: string) => copyOf.get(id)?.older ?? null;

    const copies: Cluster[] = [];
    for (const ids of components) {
      const articles = ids.flatMap((id) => {
        const ref = refs.get(id);
        const of = copied(id);
        return ref
          ? [
              {
                ...ref,
                score: scoreOf.get(id) ?? null,
                role: (of === null ? 'original' : 'copy') as ArticleRole,
                copyOf: of,
              },
            ]
          : [];
      });
      if (articles.length < 2 || !articles.some((a) => matches(a, f))) continue;
      articles.sort((a, b) => Number(a.role === 'copy') - Number(b.role === 'copy') || byTime(a, b));
      const first = articles[0] as ArticleRef;
      const independent = articles.filter((a) => a.role !== 'copy').length;
      copies.push({
        id: `copies:${first.id}`,
        label: first.title,
        kind: 'copies',
        incident: null,
        independent,
        articles,
      });
    }
    copies.sort((a, b) => latest(b).localeCompare(latest(a)) || a.id.localeCompare(b.id));

    const storyRows = await tx.run(
      `${
        // With an outlet, start from its articles (indexed) instead of every incident.
        f.source !== undefined
          ? 'MATCH (:Article {source: $source})-[:COVERS]->(c:Incident) WITH DISTINCT c AS i'
          : 'MATCH (i:Incident)'
      }
       WITH i WHERE i.date IS NOT NULL AND i.hiddenBy IS NULL AND COUNT { (i)<-[c:COVERS]-() WHERE c.reference IS NULL AND c.hiddenBy IS NULL } >= 2
       WITH i ORDER BY i.date DESC, i.key
       CALL (i) {
         // an article that only refers to the incident (a trial or anniversary piece) is not the same story
         MATCH (i)<-[c:COVERS]-(a:Article) WHERE c.reference IS NULL AND c.hiddenBy IS NULL
         RETURN collect(${articleProjection('a')}) AS articles
       }
       WITH i, articles
       WHERE size(articles) >= 2
         AND any(a IN articles WHERE ($source IS NULL OR a.source = $source)
               AND ($from IS NULL OR substring(a.published, 0, 10) >= $from)
               AND ($to IS NULL OR substring(a.published, 0, 10) <= $to))
       RETURN i.key AS key, coalesce(i.judgedName, i.name) AS name, i.placeName AS place, i.date AS date, articles
       LIMIT $limit`,
      { source: f.source ?? null, from: f.from ?? null, to: f.to ?? null, limit: cypherInt(f.limit) },
    );
    const stories: Cluster[] = storyRows.records.map((r) => {
      const row = StoryRow.parse(r.toObject());
      const label = storyLabel(row.name, row.key, row.place, row.date);
      const articles = row.articles
        .map((a) => {
          const ref = toArticleRef(a);
          const of = copied(ref.id);
          return { ...ref, score: null, role: storyRole(ref, of, row.date), copyOf: of };
        })
        .sort(byTime);
      const independent = articles.filter((a) => a.role !== 'copy').length;
      return { id: `story:${row.key}`, label, kind: 'same story', incident: row.key, independent, articles };
    });
    return { clusters: [...copies.slice(0, f.limit), ...stories] };
  });
}

function matches(a: ArticleRef, f: DuplicateFilters): boolean {
  if (f.source !== undefined && a.source !== f.source) return false;
  const day = a.published?.slice(0, 10) ?? null;
  if (f.from !== undefined && (day === null || day < f.from)) return false;
  if (f.to !== undefined && (day === null || day > f.to)) return false;
  return true;
}

/** oldest first; undated articles last */
function byTime(a: ArticleRef, b: ArticleRef): number {
  return (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id);
}

function latest(c: Cluster): string {
  return c.articles.reduce((m, a) => (a.published !== null && a.published > m ? a.published : m), '');
}

function connectedComponents(edges: Array<{ newer: string; older: string }>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let cur = x;
    while (cur !== root) {
      const next = parent.get(cur) ?? root;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const { newer, older } of edges) {
    if (!parent.has(newer)) parent.set(newer, newer);
    if (!parent.has(older)) parent.set(older, older);
    const a = find(newer);
    const b = find(older);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}
