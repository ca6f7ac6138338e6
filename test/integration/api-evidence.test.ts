// Evidence of an edge and of an entity page shows a sentence repeated word for word by a wire copy once, with the
// other article in `alsoIn`. Two fictional same-day wire copies go through the real ingestion path (sentence
// hashes, duplicate detection and its direction, writer); the extraction is given by hand so the test depends on a
// known graph, not on the extractor's recall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeEvidenceResponse, EntityResponse, EvidenceSentence } from '../../src/api/contract.js';
import type { Entity, ExtractionResult, Relation } from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import type { SourceArticle } from '../../src/sources/article.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { sentencesOf } from '../helpers/sentences.js';

const RUEL = 'person:hana ruel';
const CONSTABULARY = 'org:name:salthaven-constabulary';

const SHARED =
  'Inspector Hana Ruel of the Salthaven Constabulary said the suspect had been followed for several weeks before the arrest.';
const ORIGINAL_ONLY =
  'Hana Ruel said the Salthaven Constabulary would ask witnesses to come forward with any footage taken near the terminal.';
const COPY_ONLY = 'Hana Ruel added that the Salthaven Constabulary had found a fuel can beside the burnt ticket hall.';

const story = (line: string) =>
  [
    'SALTHAVEN (Meridian Wire) - Police in Salthaven detained a 31-year-old man on Sunday after a fire was set at the ferry terminal overnight.',
    SHARED,
    'No one was hurt in the fire, which damaged a ticket hall and two parked vans near the harbour entrance.',
    line,
    'Ferry services to the outer islands are expected to resume on Tuesday morning, the port operator said.',
  ].join(' ');

const ORIGINAL: SourceArticle = {
  text: story(ORIGINAL_ONLY),
  title: 'Man held after ferry terminal fire',
  source: 'Meridian Wire',
  published: '2025-02-10',
  url: 'https://example.org/meridian/1',
  origin: { file: 'api-evidence', item: 0 },
};
// the same wire story run by another outlet the same day, one sentence rewritten
const COPY: SourceArticle = {
  text: story(COPY_ONLY),
  title: 'Arrest over Salthaven terminal blaze',
  source: 'Harbour Gazette',
  published: '2025-02-10',
  url: 'https://example.org/gazette/1',
  origin: { file: 'api-evidence', item: 1 },
};

/** What a perfect extractor returns: both names wherever they occur, a role wherever they share a sentence. */
function annotate(text: string): ExtractionResult {
  const sentences = sentencesOf(text);
  const mentionsOf = (surface: string): Entity['mentions'] => {
    const found: Entity['mentions'] = [];
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      found.push({
        start: at,
        end: at + surface.length,
        text: surface,
        sentence: sentences.findIndex((s) => at >= s.start && at < s.end),
      });
    }
    return found;
  };
  const person: Entity = {
    id: 'p',
    key: RUEL,
    type: 'person',
    name: 'Hana Ruel',
    aliases: [],
    mentions: mentionsOf('Hana Ruel'),
    roles: ['Inspector'],
  };
  const org: Entity = {
    id: 'o',
    key: CONSTABULARY,
    type: 'organization',
    name: 'Salthaven Constabulary',
    aliases: [],
    mentions: mentionsOf('Salthaven Constabulary'),
    kind: 'agency',
    country: null,
  };
  const shared = [...new Set(person.mentions.map((m) => m.sentence))].filter((i) =>
    org.mentions.some((m) => m.sentence === i),
  );
  const role: Relation = {
    type: 'role',
    from: 'p',
    to: 'o',
    label: 'Inspector',
    evidence: shared.map((i) => ({ start: sentences[i]!.start, end: sentences[i]!.end, sentence: i })),
  };
  return { sentences, entities: [person, org], relations: [role], warnings: [] };
}

let graph: Graph;
let api: RunningApi | undefined;
let base: string;
const ids = { original: '', copy: '' };

async function get<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, `${path} → ${res.status}`).toBe(200);
  return (await res.json()) as T;
}
const enc = encodeURIComponent;
const edgePath = `/api/edges/evidence?from=${enc(RUEL)}&to=${enc(CONSTABULARY)}&type=ROLE`;
const byText = (evidence: EvidenceSentence[], text: string) => evidence.filter((e) => e.text === text);

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  // the copy first: which one is the original must not depend on ingestion order
  const summary = await ingestArticles(graph, [COPY, ORIGINAL], [], {
    extract: (input) => annotate(input.text),
    duplicates: true,
  });
  expect(summary.failures).toEqual([]);
  const link = await graph.read((tx) =>
    tx.run(
      'MATCH (c:Article)-[:DUPLICATE_OF]->(o:Article) RETURN c.id AS copy, c.source AS copySource, o.id AS original, o.source AS originalSource',
    ),
  );
  expect(link.records.map((r) => [r.get('copySource'), r.get('originalSource')])).toEqual([
    ['Harbour Gazette', 'Meridian Wire'],
  ]);
  ids.copy = String(link.records[0]?.get('copy'));
  ids.original = String(link.records[0]?.get('original'));
  api = await startApi(graph);
  base = api.base;
});

afterAll(async () => {
  await api?.close();
});

describe('evidence repeated by wire copies', () => {
  it('lists a sentence shared by two copies once, from the original, with the copy in alsoIn; differing sentences stay separate', async () => {
    // same day, so the earliest-published rule ties; the copy has the smaller id, so only "not a copy" picks the original
    expect(ids.copy < ids.original, 'fixture: the copy should sort first by id').toBe(true);
    const res = await get<EdgeEvidenceResponse>(edgePath);
    // two articles from two outlets, but the second copies the first: one independent report
    expect(res.edge).toMatchObject({ weight: 2, independent: 1, outlets: 2 });
    expect(res.evidence.map((e) => e.text).sort()).toEqual([COPY_ONLY, ORIGINAL_ONLY, SHARED].sort());

    const [shared] = byText(res.evidence, SHARED);
    expect(shared?.article).toMatchObject({
      id: ids.original,
      source: 'Meridian Wire',
      title: 'Man held after ferry terminal fire',
    });
    expect(shared?.alsoIn).toEqual([
      expect.objectContaining({
        id: ids.copy,
        source: 'Harbour Gazette',
        title: 'Arrest over Salthaven terminal blaze',
      }),
    ]);
    // highlights and offsets are those of the sentence shown, in its own article
    expect(shared?.highlights.map((h) => SHARED.slice(h.start, h.end))).toEqual([
      'Hana Ruel',
      'Salthaven Constabulary',
    ]);
    expect(ORIGINAL.text.slice(shared!.start, shared!.start + SHARED.length)).toBe(SHARED);

    expect(byText(res.evidence, ORIGINAL_ONLY)[0]).toMatchObject({ article: { id: ids.original }, alsoIn: [] });
    expect(byText(res.evidence, COPY_ONLY)[0]).toMatchObject({ article: { id: ids.copy }, alsoIn: [] });
    const copyOnly = byText(res.evidence, COPY_ONLY)[0]!;
    expect(COPY.text.slice(copyOnly.start, copyOnly.start + COPY_ONLY.length)).toBe(COPY_ONLY);

    // every supporting article is named once, as the article shown or in alsoIn
    const named = res.evidence.flatMap((e) => [e.article.id, ...(e.alsoIn ?? []).map((a) => a.id)]);
    expect(new Set(named)).toEqual(new Set([ids.original, ids.copy]));
  });

  it('applies the limit to distinct sentences, not to rows', async () => {
    const all = await get<EdgeEvidenceResponse>(edgePath);
    const one = await get<EdgeEvidenceResponse>(`${edgePath}&limit=1`);
    expect(one.evidence).toHaveLength(1);
    expect(one.evidence[0]).toEqual(all.evidence[0]);
    const two = await get<EdgeEvidenceResponse>(`${edgePath}&limit=2`);
    expect(two.evidence).toEqual(all.evidence.slice(0, 2));
    expect(new Set(two.evidence.map((e) => e.text)).size).toBe(2);
  });

  it('groups the entity page evidence the same way', async () => {
    const res = await get<EntityResponse>(`/api/entities/${enc(RUEL)}`);
    expect(res.entity.articles).toBe(2);
    expect(res.evidence.map((e) => e.text).sort()).toEqual([COPY_ONLY, ORIGINAL_ONLY, SHARED].sort());
    const [shared] = byText(res.evidence, SHARED);
    expect(shared).toMatchObject({ article: { id: ids.original }, alsoIn: [{ id: ids.copy }] });
    expect(shared?.highlights.map((h) => SHARED.slice(h.start, h.end))).toEqual(['Hana Ruel']);
    expect(byText(res.evidence, COPY_ONLY)[0]?.alsoIn).toEqual([]);
    expect(res.articles.map((a) => a.id).sort()).toEqual([ids.copy, ids.original].sort());
  });
});
