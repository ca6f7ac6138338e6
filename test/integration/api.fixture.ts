// A small hand-made graph for the API tests, written with parameterised Cypher that follows
// docs/graph-model.md (the ingestion path is not ready yet). Offsets are computed from the texts,
// so every mention span and evidence offset is real.
import type { EntityType } from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import { ENTITY_LABEL, type EntityRelType } from '../../src/graph/model.js';

export interface FixtureEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  /** strings to find in article texts as mentions; default name and aliases */
  surfaces?: string[];
  props?: Record<string, unknown>;
}

export interface FixtureArticle {
  id: string;
  title: string;
  source: string;
  published: string;
  text: string;
  covers?: string[];
  relations?: Array<{ type: EntityRelType; from: string; to: string; label?: string }>;
}

export interface FixtureDuplicate {
  newer: string;
  older: string;
  score: number;
  kind: string;
}

interface Span {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export function splitSentences(text: string): Array<{ index: number; start: number; end: number; text: string }> {
  const out: Array<{ index: number; start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const start = (m.index ?? 0) + lead;
    const body = raw.trim();
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}

function findMentions(text: string, surfaces: string[], sentences: ReturnType<typeof splitSentences>): Span[] {
  const spans: Span[] = [];
  // longest surface first, so "Inspector Mara Voss" wins over "Voss" at the same place
  for (const s of [...surfaces].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      if (spans.some((x) => at < x.end && at + s.length > x.start)) continue;
      const sentence = sentences.find((x) => at >= x.start && at < x.end);
      if (sentence) spans.push({ start: at, end: at + s.length, text: s, sentence: sentence.index });
    }
  }
  return spans;
}

export async function writeFixture(
  graph: Graph,
  data: { entities: FixtureEntity[]; articles: FixtureArticle[]; duplicates?: FixtureDuplicate[] },
): Promise<void> {
  const byKey = new Map(data.entities.map((e) => [e.key, e]));
  await graph.write(async (tx) => {
    for (const e of data.entities) {
      const aliases = e.aliases ?? [];
      await tx.run(
        `MERGE (n:Entity:${ENTITY_LABEL[e.type]} {key: $key})
         SET n += $props, n.type = $type, n.name = $name, n.aliases = $aliases, n.searchText = $searchText
         // as src/graph/writer.ts does: the Neo4j date the timeline reads through the incident_date index
         SET n.dateValue = CASE WHEN n.date IS NULL THEN null ELSE date(n.date) END,
             n.firstReported = CASE WHEN n.firstReported IS NULL THEN null ELSE date(n.firstReported) END`,
        {
          key: e.key,
          type: e.type,
          name: e.name,
          aliases,
          searchText: [e.name, ...aliases].join('\n'),
          props: e.props ?? {},
        },
      );
    }
    for (const a of data.articles) {
      const sentences = splitSentences(a.text);
      await tx.run(
        `CREATE (a:Article {id: $id, title: $title, url: $url, source: $source, published: $published,
                 publishedDate: date($published), text: $text, status: 'complete', wordCount: size(split($text, ' '))})
         WITH a UNWIND $sentences AS s
         CREATE (:Sentence {id: s.id, articleId: $id, index: toInteger(s.index),
                 start: toInteger(s.start), end: toInteger(s.end), text: s.text})`,
        {
          id: a.id,
          title: a.title,
          url: `https://example.org/${a.id}`,
          source: a.source,
          published: a.published,
          text: a.text,
          sentences: sentences.map((s) => ({ ...s, id: `${a.id}:${s.index}` })),
        },
      );
      const mentionsOf = new Map<string, Span[]>();
      for (const e of data.entities) {
        const spans = findMentions(a.text, e.surfaces ?? [e.name, ...(e.aliases ?? [])], sentences);
        if (spans.length === 0) continue;
        mentionsOf.set(e.key, spans);
        await tx.run(
          `MATCH (a:Article {id: $id}), (e:Entity {key: $key})
           CREATE (a)-[:MENTIONS {count: size($spans)}]->(e)
           WITH e UNWIND $spans AS m
           MATCH (s:Sentence {id: m.sentenceId})
           CREATE (s)-[:MENTIONS {start: toInteger(m.start), end: toInteger(m.end), text: m.text}]->(e)`,
          { id: a.id, key: e.key, spans: spans.map((m) => ({ ...m, sentenceId: `${a.id}:${m.sentence}` })) },
        );
      }
      for (const key of a.covers ?? []) {
        await tx.run(`MATCH (a:Article {id: $id}), (i:Incident {key: $key}) CREATE (a)-[:COVERS]->(i)`, {
          id: a.id,
          key,
        });
      }
      for (const r of a.relations ?? []) {
        if (!byKey.has(r.from) || !byKey.has(r.to))
          throw new Error(`fixture relation names an unknown entity: ${r.from} → ${r.to}`);
        const fromSpans = mentionsOf.get(r.from) ?? [];
        const toSpans = mentionsOf.get(r.to) ?? [];
        const shared = [...new Set(fromSpans.map((s) => s.sentence))].filter((i) =>
          toSpans.some((t) => t.sentence === i),
        );
        if (shared.length === 0)
          throw new Error(`fixture relation ${r.type} ${r.from} → ${r.to} has no shared sentence in ${a.id}`);
        const evidence = shared.flatMap((i) => {
          const s = sentences[i];
          return s ? [s.start, s.end] : [];
        });
        await tx.run(
          `MATCH (x:Entity {key: $from}), (y:Entity {key: $to})
           MERGE (x)-[r:${r.type} {articleId: $articleId}]->(y)
           SET r.sentenceIds = $sentenceIds, r.evidence = [x IN $evidence | toInteger(x)], r.label = $label, r.source = $source, r.published = $published`,
          {
            from: r.from,
            to: r.to,
            articleId: a.id,
            label: r.label ?? null,
            source: a.source,
            published: a.published,
            sentenceIds: shared.map((i) => `${a.id}:${i}`),
            evidence,
          },
        );
      }
    }
    for (const d of data.duplicates ?? []) {
      await tx.run(
        `MATCH (n:Article {id: $newer}), (o:Article {id: $older}) CREATE (n)-[:DUPLICATE_OF {score: $score, kind: $kind}]->(o)`,
        { ...d },
      );
    }
  });
}
