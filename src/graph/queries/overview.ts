// Whole-graph views: timeline, map, outlets and counts.
import { z } from 'zod';
import {
  PLACE_PRECISIONS,
  type MapResponse,
  type SourcesResponse,
  type StatsResponse,
  type TimelineResponse,
} from '../../api/contract.js';
import type { Graph } from '../driver.js';
import { ENTITY_LABEL, NODE_LABELS, REL_TYPES } from '../model.js';
import { inlineArticleCount, withArticleCounts } from './article-counts.js';
import { cypherInt, entityFields, num, numOrNull, toEntityFields } from './mappers.js';

const withInlineCount = (entity: unknown, articles: unknown) => ({
  ...toEntityFields(entity),
  articles: numOrNull.parse(articles),
});

export interface TimelineFilters {
  /** inclusive ISO days */
  from?: string | undefined;
  to?: string | undefined;
  kinds?: string[] | undefined;
  limit: number;
  offset: number;
}

/**
 * Incidents in time order, a page at a time: each at its own date, or, when the reports give none, at the day it
 * was first reported (`dateBasis: 'first-report'`: it happened on or before that day). Each of the two kinds is read
 * from its range index in index order (`incident_date` on `dateValue`, `incident_first_reported` on `firstReported`)
 * and cut at offset + limit before the two are merged, so a page costs its own size rather than a scan and sort of
 * every incident. The WHERE clauses are assembled from fixed fragments: a `$x IS NULL OR …` guard would stop the
 * planner from seeking the index.
 */
export async function getTimeline(graph: Graph, f: TimelineFilters): Promise<TimelineResponse> {
  const filters = (at: string) => {
    const where: string[] = [];
    if (f.from !== undefined) where.push(`${at} >= date($from)`);
    if (f.to !== undefined) where.push(`${at} <= date($to)`);
    if (f.kinds !== undefined) where.push('coalesce(i.judgedKind, i.kind) IN $kinds');
    // incidents an analyst rejected or merged away (judgements.ts) are not events
    where.push('i.hiddenBy IS NULL');
    return where.join(' AND ');
  };
  return graph.read(async (tx) => {
    const rows = await tx.run(
      `CALL () {
         MATCH (i:Incident) WHERE i.dateValue IS NOT NULL AND ${filters('i.dateValue')}
         WITH i ORDER BY i.dateValue, i.key LIMIT $end
         RETURN i, i.dateValue AS at, 'event' AS basis
         UNION ALL
         MATCH (i:Incident) WHERE i.firstReported IS NOT NULL AND i.dateValue IS NULL AND ${filters('i.firstReported')}
         WITH i ORDER BY i.firstReported, i.key LIMIT $end
         RETURN i, i.firstReported AS at, 'first-report' AS basis
       }
       WITH i, at, basis ORDER BY at, i.key SKIP $offset LIMIT $limit
       RETURN ${entityFields('i')} AS incident, ${inlineArticleCount('i')} AS articles, toString(at) AS at, basis`,
      {
        from: f.from ?? null,
        to: f.to ?? null,
        kinds: f.kinds ?? null,
        offset: cypherInt(f.offset),
        limit: cypherInt(f.limit),
        end: cypherInt(f.offset + f.limit),
      },
    );
    const placed = rows.records.map((r) => ({
      ...withInlineCount(r.get('incident'), r.get('articles')),
      ...TimelinePlacement.parse({ at: r.get('at'), dateBasis: r.get('basis') }),
    }));
    return { incidents: await withArticleCounts(tx, graph, placed) };
  });
}

const TimelinePlacement = z.object({
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dateBasis: z.enum(['event', 'first-report']),
});

/**
 * Located places and incidents, each ranked by incoming mentions (a degree lookup, no traversal), a page at a
 * time; the page's article counts come from the shared cache (article-counts.ts).
 */
export async function getMap(graph: Graph, page: { limit: number; offset: number }): Promise<MapResponse> {
  return graph.read(async (tx) => {
    const located = async (label: (typeof ENTITY_LABEL)[keyof typeof ENTITY_LABEL]) => {
      // an incident's coordinates are its place's: how precise they are is that place's precision
      const rows = await tx.run(
        `MATCH (e:${label}) WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND e.hiddenBy IS NULL
         WITH e, COUNT { (e)<-[:MENTIONS]-() } AS mentions
         ORDER BY mentions DESC, e.key SKIP $offset LIMIT $limit
         OPTIONAL MATCH (p:${ENTITY_LABEL.place} {key: e.placeKey})
         RETURN ${entityFields('e')} AS entity, coalesce(p.precision, e.precision) AS precision`,
        { offset: cypherInt(page.offset), limit: cypherInt(page.limit) },
      );
      // The most-mentioned come first, so these are mostly hubs: all counts from the cache, none inline.
      return withArticleCounts(
        tx,
        graph,
        rows.records.map((r) => ({
          ...toEntityFields(r.get('entity')),
          placePrecision: PlacePrecisionField.parse(r.get('precision')),
        })),
      );
    };
    const places = (await located(ENTITY_LABEL.place)).map(({ placePrecision: _, ...place }) => place);
    return { places, incidents: await located(ENTITY_LABEL.incident) };
  });
}

const PlacePrecisionField = z.enum(PLACE_PRECISIONS).nullable();

const SourceRow = z.object({ name: z.string(), articles: num });

export async function getSources(graph: Graph): Promise<SourcesResponse> {
  const rows = await graph.read((tx) =>
    tx.run(
      `MATCH (a:Article) WHERE a.source IS NOT NULL
       RETURN a.source AS name, count(*) AS articles ORDER BY articles DESC, name`,
    ),
  );
  return { sources: rows.records.map((r) => SourceRow.parse(r.toObject())) };
}

export async function getStats(graph: Graph): Promise<StatsResponse> {
  return graph.read(async (tx) => {
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    // One count per label/type: each is answered from Neo4j's count store, without scanning.
    for (const label of NODE_LABELS) {
      const r = await tx.run(`MATCH (n:${label}) RETURN count(n) AS c`);
      nodes[label] = num.parse(r.records[0]?.get('c') ?? 0);
    }
    for (const type of REL_TYPES) {
      const r = await tx.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS c`);
      relationships[type] = num.parse(r.records[0]?.get('c') ?? 0);
    }
    return { nodes, relationships };
  });
}

export async function pingGraph(graph: Graph): Promise<boolean> {
  try {
    await graph.read((tx) => tx.run('RETURN 1'));
    return true;
  } catch {
    return false;
  }
}
