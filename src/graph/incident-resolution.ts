// Cross-article incident resolution, run inside a batch's write transaction before its incidents are
// merged: an incident of the new article that is the same event as a stored Incident takes over that node's
// key, so COVERS, PARTICIPATED_IN and LOCATED_IN of every outlet attach to one node.
//
// This file fetches candidates for a whole batch in one query (stored incidents whose date, else first report, lies in a window around the new
// incident's date, else the article's publication) and hands them with the new incident to the pure, scored
// matcher (src/resolution/incident-matcher.ts), which decides and says why. The decision's score and reasons
// are recorded on the node (`mergedFrom`).
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { matchIncident, type IncidentFacts, type MatchDecision, type MatchPlace } from '../resolution/incident-matcher.js';
import type { ArticleWrite, IncidentRow, PlaceRow } from './rows.js';

/** candidates are looked for this many days either side of the new incident's date (else publication) */
export const RESOLUTION_WINDOW_DAYS = 7;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

const Participant = z.object({ key: z.string(), name: z.string(), role: z.string().nullable() });
const Candidate = z.object({
  key: z.string(),
  kind: z.string().nullable(),
  date: z.string().nullable(),
  firstReported: z.string().nullable(),
  placeKey: z.string().nullable(),
  placeName: z.string().nullable(),
  placeKind: z.string().nullable(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  killed: z.number().nullable(),
  injured: z.number().nullable(),
  articleIds: z.array(z.string()),
  titles: z.array(z.string()),
  sentences: z.array(z.string()),
  participants: z.array(Participant),
  names: z.array(z.object({ key: z.string(), name: z.string(), articles: z.number() })),
});
type Candidate = z.infer<typeof Candidate>;

// Stored incidents whose date (else first report) lies in the window; two index seeks (incident_date,
// incident_first_reported), then the place of each from its own placeKey or, for nodes written before
// placeKey existed, its LOCATED_IN edge, and what the matcher compares: covering articles and their titles,
// the sentences that mention the incident, its participants.
const CANDIDATES = `
UNWIND $queries AS q
CALL (q) {
  MATCH (i:Incident) WHERE i.dateValue >= date(q.from) AND i.dateValue <= date(q.to) RETURN i
  UNION
  MATCH (i:Incident) WHERE i.firstReported >= date(q.from) AND i.firstReported <= date(q.to) AND i.dateValue IS NULL RETURN i
}
WITH q, i WHERE NOT i.key IN q.exclude
WITH q, i, coalesce(i.placeKey, head([(i)-[:LOCATED_IN]->(x:Place) | x.key])) AS placeKey
OPTIONAL MATCH (p:Place {key: placeKey})
RETURN q.index AS query, i.key AS key, i.kind AS kind, i.date AS date, toString(i.firstReported) AS firstReported, placeKey,
       coalesce(p.name, i.placeName) AS placeName, p.placeKind AS placeKind, p.country AS country,
       toFloat(p.lat) AS lat, toFloat(p.lon) AS lon, toFloat(i.killed) AS killed, toFloat(i.injured) AS injured,
       [(a:Article)-[:COVERS]->(i) | a.id] AS articleIds,
       [(a:Article)-[:COVERS]->(i) WHERE a.title IS NOT NULL | a.title][0..5] AS titles,
       [(s:Sentence)-[:MENTIONS]->(i) | s.text][0..12] AS sentences,
       [(e:Entity)-[r:PARTICIPATED_IN]->(i) | {key: e.key, name: e.name, role: r.label}] AS participants,
       COLLECT {
         MATCH (a:Article)-[:COVERS]->(i) MATCH (a)-[:MENTIONS]->(p:Person) WITH DISTINCT p LIMIT 40
         RETURN {key: p.key, name: p.name, articles: toFloat(COUNT { (p)<-[:MENTIONS]-(:Article) })}
       } AS names
ORDER BY query, key`;

const RETURN_CANDIDATE = CANDIDATES.slice(CANDIDATES.indexOf('WITH q, i, coalesce')).replaceAll('q, i', 'i').replace('q.index AS query, ', '').replace('ORDER BY query, key', 'ORDER BY key');

// A past event the article refers to: stored incidents of any earlier date at one of the article's places or with
// one of its people or groups among their participants.
const REFERENCE_CANDIDATES = `
CALL () {
  MATCH (i:Incident) WHERE i.placeKey IN $placeKeys RETURN i
  UNION
  MATCH (e:Entity)-[:PARTICIPATED_IN]->(i:Incident) WHERE e.key IN $entityKeys RETURN i
}
WITH i WHERE NOT i.key IN $exclude AND coalesce(i.dateValue, i.firstReported) <= date($before)
${RETURN_CANDIDATE}
LIMIT 200`;

export interface Resolution {
  /** the incident's key as extracted */
  from: string;
  /** the stored incident it was resolved to */
  to: string;
  why: string;
}

function placeOf(key: string | null, name: string | null, kind: string | null, country: string | null, lat: number | null, lon: number | null): MatchPlace | null {
  return key ? { key, name: name ?? key, placeKind: kind, country, lat, lon } : null;
}

/** The new incident as the matcher sees it: what this article says about it. */
export function incomingFacts(w: ArticleWrite, row: IncidentRow): IncidentFacts {
  const placeByKey = new Map<string, PlaceRow>(w.entities.place.map((p) => [p.key, p]));
  const p = row.placeKey ? placeByKey.get(row.placeKey) : undefined;
  const sentenceIds = new Set(w.sentenceMentions.filter((m) => m.key === row.key).map((m) => m.sentenceId));
  const names = new Map<string, string>();
  for (const e of [...w.entities.person, ...w.entities.organization]) names.set(e.key, e.name);
  const participants = (w.relations.PARTICIPATED_IN ?? []).filter((r) => r.to === row.key && names.has(r.from))
    .map((r) => ({ key: r.from, name: names.get(r.from)!, role: r.label ?? 'other' }));
  return {
    key: row.key, kind: row.kind, date: row.date, published: w.article.published?.slice(0, 10) ?? null,
    place: placeOf(row.placeKey, p?.name ?? row.placeName, p?.placeKind ?? null, p?.country ?? null, p?.lat ?? null, p?.lon ?? null),
    participants, reference: row.reference === true,
    names: w.entities.person.map((e) => ({ key: e.key, name: e.name })),
    text: [w.article.title ?? '', ...w.sentences.filter((s) => sentenceIds.has(s.id)).map((s) => s.text)].join('\n'),
    articleIds: [w.article.id], killed: row.killed, injured: row.injured,
  };
}

function candidateFacts(c: Candidate): IncidentFacts {
  return {
    key: c.key, kind: c.kind, date: c.date, published: c.firstReported,
    place: placeOf(c.placeKey, c.placeName, c.placeKind, c.country, c.lat, c.lon),
    participants: c.participants.map((p) => ({ key: p.key, name: p.name, role: p.role ?? 'other' })),
    text: [...c.titles, ...c.sentences].join('\n'), articleIds: c.articleIds, killed: c.killed, injured: c.injured, names: c.names,
  };
}

/**
 * Resolutions for each article of a batch, in order. Stored candidates are read in one query for the whole batch
 * (references to past events, which are rare, in one query each); an incident first written by an earlier article
 * of the batch is a candidate for the later ones, as it would be had they been written one by one. Two incidents
 * of one article never resolve to one node (the extractor told them apart); an incident whose own key is stored
 * (or written earlier in the batch) is that node.
 */
export async function resolveBatchIncidents(tx: ManagedTransaction, writes: readonly ArticleWrite[]): Promise<Resolution[][]> {
  const ownKeys = [...new Set(writes.flatMap((w) => w.entities.incident.map((r) => r.key)))];
  if (!ownKeys.length) return writes.map(() => []);
  const stored = await tx.run('UNWIND $keys AS k MATCH (i:Incident {key: k}) RETURN i.key AS key', { keys: ownKeys });
  const existing = new Set(stored.records.map((r) => z.string().parse(r.get('key'))));

  const refOf = (w: ArticleWrite, row: IncidentRow) => row.date ?? w.article.published;
  const queries: Array<{ index: number; from: string; to: string; exclude: string[] }> = [];
  const candidatesOf = new Map<number, IncidentFacts[]>();
  let n = 0;
  for (const w of writes) {
    const keys = w.entities.incident.map((r) => r.key);
    for (const row of w.entities.incident) {
      const index = n++;
      const ref = refOf(w, row);
      if (existing.has(row.key) || !ref) continue;
      if (row.reference && !row.date) {
        const res = await tx.run(REFERENCE_CANDIDATES, {
          placeKeys: w.entities.place.filter((p) => p.placeKind !== 'country' && p.placeKind !== 'region').map((p) => p.key).concat(row.placeKey ? [row.placeKey] : []),
          entityKeys: [...w.entities.person, ...w.entities.organization].map((e) => e.key), before: ref.slice(0, 10), exclude: keys,
        });
        candidatesOf.set(index, res.records.map((r) => candidateFacts(Candidate.parse(r.toObject()))));
      } else {
        queries.push({ index, from: addDays(ref, -RESOLUTION_WINDOW_DAYS), to: addDays(ref, RESOLUTION_WINDOW_DAYS), exclude: keys });
      }
    }
  }
  if (queries.length) {
    const res = await tx.run(CANDIDATES, { queries });
    for (const r of res.records) {
      const { query, ...c } = r.toObject() as Record<string, unknown>;
      const q = z.number().int().parse(query);
      const list = candidatesOf.get(q) ?? [];
      list.push(candidateFacts(Candidate.parse(c)));
      candidatesOf.set(q, list);
    }
  }

  // incidents first written by earlier articles of this batch, as candidates
  const written = new Map<string, IncidentFacts>();
  const out: Resolution[][] = [];
  n = 0;
  for (const w of writes) {
    const resolutions: Resolution[] = [];
    const keys = w.entities.incident.map((r) => r.key);
    const taken = new Set<string>(keys.filter((k) => existing.has(k)));
    const indexed = w.entities.incident.map((row) => ({ row, q: n++ }));
    for (const { row, q } of [...indexed].sort((a, b) => a.row.key.localeCompare(b.row.key))) {
      if (existing.has(row.key) || !refOf(w, row)) continue;
      const fromBatch = row.reference && !row.date ? [] : [...written.values()];
      const pool = [...(candidatesOf.get(q) ?? []), ...fromBatch].filter((c) => !taken.has(c.key) && !keys.includes(c.key));
      const decision: MatchDecision = matchIncident(incomingFacts(w, row), pool);
      if (decision.match) {
        taken.add(decision.match);
        resolutions.push({ from: row.key, to: decision.match, why: decision.reasons.join('; ') });
      }
    }
    const to = new Map(resolutions.map((r) => [r.from, r.to]));
    for (const { row } of indexed) {
      const key = to.get(row.key) ?? row.key;
      existing.add(key);
      // an unresolved reference is not written (applyResolutions), so it is no candidate either
      if (to.has(row.key) || written.has(key) || row.reference) continue;
      written.set(key, { ...incomingFacts(w, row), key });
    }
    out.push(resolutions);
  }
  return out;
}

/**
 * The write without the given incidents: references to past events that no stored incident matched are not
 * written (a new node would be an event invented in the article's own time).
 */
export function withoutIncidents(w: ArticleWrite, keys: ReadonlySet<string>): ArticleWrite {
  const relations: ArticleWrite['relations'] = {};
  for (const [type, rows] of Object.entries(w.relations) as [keyof ArticleWrite['relations'], ArticleWrite['relations'][keyof ArticleWrite['relations']]][]) {
    relations[type] = rows?.filter((r) => !keys.has(r.from) && !keys.has(r.to));
  }
  return {
    ...w,
    entities: { ...w.entities, incident: w.entities.incident.filter((r) => !keys.has(r.key)) },
    sentenceMentions: w.sentenceMentions.filter((m) => !keys.has(m.key)),
    articleMentions: w.articleMentions.filter((m) => !keys.has(m.key)),
    covers: w.covers.filter((k) => !keys.has(k)),
    relations,
  };
}

/**
 * The write with every resolved incident key replaced by the stored one, and references to past events that
 * resolved to nothing left out (pure).
 */
export function applyResolutions(w: ArticleWrite, resolutions: Resolution[]): ArticleWrite {
  const resolved = new Set(resolutions.map((r) => r.from));
  const dropped = new Set(w.entities.incident.filter((r) => r.reference && !resolved.has(r.key)).map((r) => r.key));
  if (dropped.size) w = withoutIncidents(w, dropped);
  if (!resolutions.length) return w;
  const map = new Map(resolutions.map((r) => [r.from, r.to]));
  const k = (key: string) => map.get(key) ?? key;
  const relations: ArticleWrite['relations'] = {};
  for (const [type, rows] of Object.entries(w.relations) as [keyof ArticleWrite['relations'], ArticleWrite['relations'][keyof ArticleWrite['relations']]][]) {
    relations[type] = rows?.map((r) => ({ ...r, from: k(r.from), to: k(r.to) }));
  }
  return {
    ...w,
    entities: { ...w.entities, incident: w.entities.incident.map((r) => ({ ...r, key: k(r.key) })) },
    sentenceMentions: w.sentenceMentions.map((m) => ({ ...m, key: k(m.key) })),
    articleMentions: w.articleMentions.map((m) => ({ ...m, key: k(m.key) })),
    covers: w.covers.map(k),
    relations,
  };
}
