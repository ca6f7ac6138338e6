// The judgement API on a real Express app (port 0) and a real Neo4j: writes need the bearer token (401/403 and
// the graph unchanged without it), a merge shows in the entity page with its reason, and withdrawing undoes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { parseFile } from '../../src/sources/index.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import { startApi, type RunningApi } from '../helpers/api-server.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { AL_HADDAD, extractedState, FILES, HADDAD, WHITFIELD } from './judgements.fixture.js';

const TOKEN = 'test-write-token-1234';
let graph: Graph;
let api: RunningApi;
let readOnly: RunningApi;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  const sources = Object.entries(FILES).flatMap(
    ([name, body]) => parseFile(name, new TextEncoder().encode(body)).articles,
  );
  const summary = await ingestArticles(graph, sources, []);
  expect(summary.articles.new).toBe(2);
  api = await startApi(graph, { writeToken: TOKEN });
  readOnly = await startApi(graph, { writeToken: '' });
});
afterAll(async () => {
  await api?.close();
  await readOnly?.close();
});

const send = (base: string, method: string, path: string, body?: unknown, token?: string) =>
  fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
const getJson = async (path: string) => {
  const res = await fetch(`${api.base}${path}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
};
const neighbourKeys = async (key: string) =>
  (
    (await getJson(`/api/entities/${encodeURIComponent(key)}/neighbors`)) as { nodes: Array<{ key: string }> }
  ).nodes.map((n) => n.key);

const MERGE = { op: 'merge', keep: HADDAD, merge: AL_HADDAD, who: 'analyst', why: 'same man, see both articles' };

describe('judgement writes need the token', () => {
  it('answers 401 without or with a wrong token, 403 on a read-only server, and changes nothing', async () => {
    const before = await extractedState(graph);
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/api/judgements', MERGE],
      ['DELETE', '/api/judgements/j_0123456789abcdef', undefined],
    ];
    for (const [method, path, body] of writes) {
      expect((await send(api.base, method, path, body)).status).toBe(401);
      expect((await send(api.base, method, path, body, 'wrong-token')).status).toBe(401);
      const off = await send(readOnly.base, method, path, body, TOKEN);
      expect(off.status).toBe(403);
      expect(((await off.json()) as { error: string }).error).toMatch(/KG_WRITE_TOKEN/);
    }
    expect(await extractedState(graph)).toEqual(before);
    expect(((await getJson('/api/judgements')) as { judgements: unknown[] }).judgements).toEqual([]);
  });
});

describe('judgements over HTTP', () => {
  it('suggests the two Haddad keys as a likely duplicate, with reasons', async () => {
    const { suggestions } = (await getJson('/api/judgements/suggestions')) as {
      suggestions: Array<{ keep: { key: string }; merge: { key: string }; why: string[] }>;
    };
    const pair = suggestions.find((s) => [s.keep.key, s.merge.key].sort().join() === [AL_HADDAD, HADDAD].sort().join());
    expect(pair?.why.join('; ')).toMatch(/first name and surname|every word/);
  });

  it('validates the body and names the field', async () => {
    const bad = await send(
      api.base,
      'POST',
      '/api/judgements',
      { op: 'rename', entity: HADDAD, who: 'a', why: 'b' },
      TOKEN,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/"name"/);
    const unknown = await send(
      api.base,
      'POST',
      '/api/judgements',
      { op: 'reject', entity: 'person:nobody', who: 'a', why: 'b' },
      TOKEN,
    );
    expect(unknown.status).toBe(409);
    expect((await send(api.base, 'DELETE', '/api/judgements/j_0123456789abcdef', undefined, TOKEN)).status).toBe(404);
  });

  it('splits mentions off: the new entity has its own page and the reason; a sentence not naming it is refused; withdrawn, it is gone', async () => {
    const before = await extractedState(graph);
    const named = await graph.read((tx) =>
      tx.run('MATCH (s:Sentence)-[:MENTIONS]->(:Entity {key: $key}) WHERE s.text CONTAINS $words RETURN s.id AS id', {
        key: HADDAD,
        words: 'had planned',
      }),
    );
    const sentence = String(named.records[0]?.get('id'));
    const body = {
      op: 'split',
      entity: HADDAD,
      sentences: [sentence],
      name: 'Haddad the planner',
      who: 'analyst',
      why: 'another man',
    };
    const refused = await send(
      api.base,
      'POST',
      '/api/judgements',
      { ...body, sentences: [sentence, 'a_0000000000000000:9'] },
      TOKEN,
    );
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /mention of person:omar haddad in a_0000000000000000:9/,
    );
    expect(await extractedState(graph)).toEqual(before);

    const created = await send(api.base, 'POST', '/api/judgements', body, TOKEN);
    expect(created.status).toBe(201);
    const { judgement } = (await created.json()) as { judgement: { id: string; created: string } };
    expect(judgement.created).toBe(`split:${judgement.id}`);
    const page = (await getJson(`/api/entities/${encodeURIComponent(judgement.created)}`)) as {
      entity: { name: string };
      evidence: Array<{ sentenceId: string }>;
      judgements: Array<{ id: string; why: string }>;
    };
    expect(page.entity.name).toBe('Haddad the planner');
    expect(page.evidence.map((e) => e.sentenceId)).toEqual([sentence]);
    expect(page.judgements.map((j) => [j.id, j.why])).toEqual([[judgement.id, 'another man']]);

    expect((await send(api.base, 'DELETE', `/api/judgements/${judgement.id}`, { who: 'analyst' }, TOKEN)).status).toBe(
      200,
    );
    expect((await fetch(`${api.base}/api/entities/${encodeURIComponent(judgement.created)}`)).status).toBe(404);
    expect(await extractedState(graph)).toEqual(before);
  });

  it('merges, shows the reason on the entity and its edges, lists it, and withdraws it', async () => {
    expect(await neighbourKeys(HADDAD)).not.toContain(WHITFIELD); // also fills the response cache
    const before = await extractedState(graph);
    const created = await send(api.base, 'POST', '/api/judgements', MERGE, TOKEN);
    expect(created.status).toBe(201);
    const { judgement } = (await created.json()) as { judgement: { id: string; what: string } };
    expect(judgement.what).toBe(`merged ${AL_HADDAD} into ${HADDAD}`);

    expect(await neighbourKeys(HADDAD)).toContain(WHITFIELD);
    const page = (await getJson(`/api/entities/${encodeURIComponent(HADDAD)}`)) as {
      entity: { aliases: string[] };
      judgements: Array<{ id: string; why: string; who: string; at: string }>;
    };
    expect(page.entity.aliases).toContain('Omar al-Haddad');
    expect(page.judgements.map((j) => [j.id, j.why, j.who])).toEqual([[judgement.id, MERGE.why, 'analyst']]);
    const edge = (await getJson(
      `/api/edges/evidence?type=CO_MENTIONED&from=${encodeURIComponent(HADDAD)}&to=${encodeURIComponent(WHITFIELD)}`,
    )) as { evidence: Array<{ text: string }>; judgements: Array<{ id: string }> };
    expect(edge.evidence.some((s) => s.text.includes('James Whitfield'))).toBe(true);
    expect(edge.judgements.map((j) => j.id)).toEqual([judgement.id]);
    const listed = (await getJson('/api/judgements?op=merge&status=active')) as { judgements: Array<{ id: string }> };
    expect(listed.judgements.map((j) => j.id)).toEqual([judgement.id]);
    expect(((await getJson('/api/judgements?op=rename')) as { judgements: unknown[] }).judgements).toEqual([]);
    // the merged pair is no longer suggested
    const { suggestions } = (await getJson('/api/judgements/suggestions')) as {
      suggestions: Array<{ keep: { key: string }; merge: { key: string } }>;
    };
    expect(suggestions.some((s) => [s.keep.key, s.merge.key].includes(AL_HADDAD))).toBe(false);

    const conflict = await send(
      api.base,
      'POST',
      '/api/judgements',
      { op: 'distinct', a: AL_HADDAD, b: HADDAD, who: 'b', why: 'no' },
      TOKEN,
    );
    expect(conflict.status).toBe(409);

    const withdrawn = await send(api.base, 'DELETE', `/api/judgements/${judgement.id}`, { who: 'analyst' }, TOKEN);
    expect(withdrawn.status).toBe(200);
    expect(await neighbourKeys(HADDAD)).not.toContain(WHITFIELD);
    expect(await extractedState(graph)).toEqual(before);
    const history = (await getJson('/api/judgements?status=withdrawn&op=merge')) as {
      judgements: Array<{ id: string; withdrawnBy: string }>;
    };
    expect(history.judgements.map((j) => [j.id, j.withdrawnBy])).toEqual([[judgement.id, 'analyst']]);
  });
});
