// Analyst judgements (issue 14) on a real Neo4j: each op shapes what the read queries return, survives
// `--reextract` and an extractor version bump, and once withdrawn leaves exactly what extraction wrote.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ArticleInput, ExtractionResult } from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import {
  addJudgement,
  JudgementConflict,
  listJudgements,
  splitKey,
  staleJudgements,
  withdrawJudgement,
  type Judgement,
} from '../../src/graph/judgements.js';
import { getArticle } from '../../src/graph/queries/articles.js';
import { getEdgeEvidence, getEntity, getNeighbors } from '../../src/graph/queries/entities.js';
import { findPaths } from '../../src/graph/queries/paths.js';
import { searchEntities } from '../../src/graph/queries/search.js';
import { ingestPaths, type IngestOptions } from '../../src/ingest/pipeline.js';
import { useTestGraph } from '../helpers/neo4j.js';
import { res } from '../helpers/resources.js';
import {
  AL_HADDAD,
  COLE,
  extractedState as stateOf,
  FILES,
  FRONT,
  HADDAD,
  SUBJECT,
  WHITFIELD,
} from './judgements.fixture.js';

let graph: Graph;
let dir: string;
let version = 1;
const who = 'test analyst';

async function ingest(options: IngestOptions = {}) {
  return ingestPaths(graph, [dir], { duplicates: true, extractorVersion: `judgements-${version}`, ...options });
}
/** the two ways stored articles are processed again */
const reextract = () => ingest({ reextract: true });
const bumpVersion = () => {
  version++;
  return ingest();
};

const extractedState = () => stateOf(graph);

const neighbourKeys = async (key: string) =>
  (await getNeighbors(graph, key, { limit: 200, offset: 0 }))?.nodes.map((n) => n.key).sort() ?? [];
const searchKeys = async (q: string) => (await searchEntities(graph, { q, limit: 20 })).map((e) => e.key);
/** the full-text index is eventually consistent: wait until a search agrees */
async function searchUntil(q: string, ok: (keys: string[]) => boolean): Promise<string[]> {
  let keys: string[] = [];
  for (let i = 0; i < 50; i++) {
    keys = await searchKeys(q);
    if (ok(keys)) return keys;
    await new Promise((r) => setTimeout(r, 100));
  }
  return keys;
}

let baseline: Awaited<ReturnType<typeof extractedState>>;

useTestGraph((g) => (graph = g), { reset: 'once' });
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-judgements-'));
  for (const [name, body] of Object.entries(FILES)) await writeFile(join(dir, name), body);
  const summary = await ingest();
  expect(summary.articles.new).toBe(2);
  baseline = await extractedState();
  // the fixture's premise: two keys for one man, one link each side only
  expect(baseline.entities.some((e) => e.startsWith(`${HADDAD}|`))).toBe(true);
  expect(baseline.entities.some((e) => e.startsWith(`${AL_HADDAD}|`))).toBe(true);
  expect(await neighbourKeys(HADDAD)).not.toContain(WHITFIELD);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The shared life of every judgement: effect, effect after --reextract, effect after a version bump, withdrawn = extraction. */
async function lifecycle(input: Record<string, unknown>, effect: (j: Judgement) => Promise<void>): Promise<void> {
  const j = await addJudgement(graph, { ...input, who, why: 'test' });
  await effect(j);
  const again = await reextract();
  expect(again.reextracted).toBe(2);
  expect(await staleJudgements(graph)).toEqual([]);
  await effect(j);
  const bumped = await bumpVersion();
  expect(bumped.reextracted).toBe(2);
  await effect(j);
  await withdrawJudgement(graph, j.id, who);
  expect(await extractedState()).toEqual(baseline);
}

/** the sentences that name `key`, in article title then index order, with the title of their article */
async function sentencesNaming(key: string): Promise<Array<{ id: string; article: string; text: string }>> {
  const res = await graph.read((tx) =>
    tx.run(
      `MATCH (s:Sentence)-[m:MENTIONS]->(:Entity {key: $key}) WHERE m.viaJudgement IS NULL
     MATCH (a:Article {id: s.articleId})
     RETURN DISTINCT s.id AS id, a.title AS article, s.text AS text, s.index AS i ORDER BY article, i`,
      { key },
    ),
  );
  return res.records.map((r) => ({
    id: String(r.get('id')),
    article: String(r.get('article')),
    text: String(r.get('text')),
  }));
}
const articleIdOf = async (title: string) =>
  String(
    (
      await graph.read((tx) => tx.run('MATCH (a:Article {title: $title}) RETURN a.id AS id', { title }))
    ).records[0]?.get('id'),
  );

describe('judgements survive re-extraction and withdraw exactly', { timeout: 300_000 }, () => {
  it('merge: one entity with both names, the links of both, found by either name', async () => {
    await lifecycle({ op: 'merge', keep: HADDAD, merge: AL_HADDAD }, async () => {
      const page = await getEntity(graph, HADDAD, { evidence: 50, articles: 10 });
      expect(page?.entity.aliases).toContain('Omar al-Haddad');
      expect(page?.articles.map((a) => a.title).sort()).toEqual(['Arrest in Leeds', 'Court in Manchester']);
      expect(page?.evidence.some((s) => s.text.includes('Omar al-Haddad appeared'))).toBe(true);
      expect(await neighbourKeys(HADDAD)).toContain(WHITFIELD);
      const ofWhitfield = await neighbourKeys(WHITFIELD);
      expect(ofWhitfield).toContain(HADDAD);
      expect(ofWhitfield).not.toContain(AL_HADDAD);
      expect(await searchUntil('al-haddad', (k) => k.includes(HADDAD) && !k.includes(AL_HADDAD))).toEqual(
        expect.arrayContaining([HADDAD]),
      );
      expect(await searchKeys('al-haddad')).not.toContain(AL_HADDAD);
      const paths = await findPaths(graph, WHITFIELD, HADDAD, 2);
      expect('paths' in paths && paths.paths.some((p) => p.nodes.length === 2)).toBe(true);
    });
    expect(await neighbourKeys(HADDAD)).not.toContain(WHITFIELD);
    expect(await neighbourKeys(WHITFIELD)).toContain(AL_HADDAD);
  });

  it('split: the chosen mentions become another entity with the links they support; the rest stay', async () => {
    const named = await sentencesNaming(HADDAD);
    // the fixture's premise: Haddad is named in two sentences of one article, and only the second names Sarah Cole
    expect(named.map((s) => s.article)).toEqual(['Arrest in Leeds', 'Arrest in Leeds']);
    const [first, second] = named.map((s) => s.id) as [string, string];
    expect(await neighbourKeys(COLE)).toContain(HADDAD);
    let other = '';
    await lifecycle({ op: 'split', entity: HADDAD, sentences: [second], name: 'Haddad (the planner)' }, async (j) => {
      other = splitKey(j);
      const page = await getEntity(graph, other, { evidence: 10, articles: 10 });
      expect(page?.entity).toMatchObject({ name: 'Haddad (the planner)', type: 'person', articles: 1 });
      expect(page?.evidence.map((s) => s.sentenceId)).toEqual([second]);
      const kept = await getEntity(graph, HADDAD, { evidence: 10, articles: 10 });
      expect(kept?.evidence.map((s) => s.sentenceId)).toEqual([first]);
      expect(kept?.entity.articles).toBe(1);
      // the co-mention with Cole rests on the second sentence only: it moved; the affiliation (first sentence) stayed
      expect(await neighbourKeys(COLE)).toEqual(expect.arrayContaining([other]));
      expect(await neighbourKeys(COLE)).not.toContain(HADDAD);
      expect(await neighbourKeys(HADDAD)).toContain(FRONT);
      expect(await neighbourKeys(HADDAD)).not.toContain(COLE);
      expect(await getEdgeEvidence(graph, { from: HADDAD, to: COLE, type: 'CO_MENTIONED' }, 10)).toBeNull();
      const article = await getArticle(graph, await articleIdOf('Arrest in Leeds'), 10);
      expect(article?.mentions.filter((m) => m.key === other).map((m) => m.name)).toEqual(['Haddad (the planner)']);
      expect(await searchUntil('planner', (k) => k.includes(other))).toContain(other);
    });
    expect(await neighbourKeys(COLE)).toContain(HADDAD);
    expect(await getEntity(graph, other, { evidence: 1, articles: 1 })).toBeNull();
  });

  it('reject mention: that sentence no longer counts for the entity in evidence, neighbours, counts, edges and the article', async () => {
    const inCourt = (await sentencesNaming(COLE)).filter((s) => s.article === 'Court in Manchester');
    expect(inCourt).toHaveLength(1);
    const sentence = (inCourt[0] as { id: string }).id;
    const courtId = await articleIdOf('Court in Manchester');
    expect(await neighbourKeys(COLE)).toEqual(expect.arrayContaining([WHITFIELD, AL_HADDAD, HADDAD]));
    await lifecycle({ op: 'reject', mention: { sentenceId: sentence, entity: COLE } }, async () => {
      const page = await getEntity(graph, COLE, { evidence: 10, articles: 10 });
      expect(page?.entity.articles).toBe(1);
      expect(page?.articles.map((a) => a.title)).toEqual(['Arrest in Leeds']);
      expect(page?.evidence.map((s) => s.sentenceId)).not.toContain(sentence);
      expect(page?.evidenceTotal).toBe(1);
      // Whitfield and al-Haddad were linked to Cole only by that sentence; Haddad also by the other article
      const around = await neighbourKeys(COLE);
      expect(around).toContain(HADDAD);
      expect(around).not.toContain(WHITFIELD);
      expect(around).not.toContain(AL_HADDAD);
      expect(await neighbourKeys(WHITFIELD)).not.toContain(COLE);
      expect(await getEdgeEvidence(graph, { from: WHITFIELD, to: COLE, type: 'CO_MENTIONED' }, 10)).toBeNull();
      const court = await getArticle(graph, courtId, 10);
      expect(court?.mentions.map((m) => m.key)).not.toContain(COLE);
      expect(court?.mentions.map((m) => m.key)).toContain(WHITFIELD);
    });
    expect(await neighbourKeys(COLE)).toContain(WHITFIELD);
  });

  it('rename: the new name is shown and searchable, the extracted one kept as an alias', async () => {
    await lifecycle({ op: 'rename', entity: COLE, name: 'Sarah J. Cole' }, async () => {
      const page = await getEntity(graph, COLE, { evidence: 5, articles: 5 });
      expect(page?.entity.name).toBe('Sarah J. Cole');
      expect(page?.entity.aliases).toContain('Sarah Cole');
      expect(await searchUntil('sarah j', (k) => k.includes(COLE))).toContain(COLE);
    });
    expect((await getEntity(graph, COLE, { evidence: 1, articles: 1 }))?.entity.name).toBe('Sarah Cole');
  });

  it('retype: type and kind come from the judgement', async () => {
    await lifecycle({ op: 'retype', entity: FRONT, kind: 'armed_group' }, async () => {
      expect((await getEntity(graph, FRONT, { evidence: 1, articles: 1 }))?.entity.kind).toBe('armed_group');
      const around = await getNeighbors(graph, HADDAD, { limit: 50, offset: 0, kinds: ['armed_group'] });
      expect(around?.nodes.map((n) => n.key)).toContain(FRONT);
    });
    await lifecycle({ op: 'retype', entity: SUBJECT, type: 'place' }, async () => {
      expect((await getEntity(graph, SUBJECT, { evidence: 1, articles: 1 }))?.entity.type).toBe('place');
    });
  });

  it('reject entity: gone from search, neighbourhoods and paths', async () => {
    await lifecycle({ op: 'reject', entity: SUBJECT }, async () => {
      expect(await neighbourKeys(HADDAD)).not.toContain(SUBJECT);
      expect(await searchUntil('sarah cole', (k) => !k.includes(SUBJECT))).not.toContain(SUBJECT);
    });
    expect(await neighbourKeys(HADDAD)).toContain(SUBJECT);
  });

  it('reject link: the link is not drawn; confirm marks it without changing what is drawn', async () => {
    const link = { from: HADDAD, to: COLE, type: 'CO_MENTIONED' };
    expect(await neighbourKeys(HADDAD)).toContain(COLE);
    await lifecycle({ op: 'reject', link }, async () => {
      expect(await neighbourKeys(HADDAD)).not.toContain(COLE);
    });
    await lifecycle({ op: 'confirm', link }, async () => {
      expect(await neighbourKeys(HADDAD)).toContain(COLE);
      const marked = await graph.read((tx) =>
        tx.run(
          `MATCH (:Entity {key: $from})-[r:CO_MENTIONED]->(:Entity {key: $to}) RETURN count(r.confirmedBy) AS n`,
          link,
        ),
      );
      expect(Number(marked.records[0]?.get('n'))).toBeGreaterThan(0);
    });
  });

  it('distinct: kept through re-extraction and blocks a merge of the pair', async () => {
    await lifecycle({ op: 'distinct', a: HADDAD, b: AL_HADDAD }, async () => {
      await expect(
        addJudgement(graph, { op: 'merge', keep: AL_HADDAD, merge: HADDAD, who, why: 'x' }),
      ).rejects.toBeInstanceOf(JudgementConflict);
      expect((await listJudgements(graph)).filter((j) => j.op === 'distinct' && j.withdrawnAt === null)).toHaveLength(
        1,
      );
    });
    // withdrawn, the merge is allowed again
    const merge = await addJudgement(graph, { op: 'merge', keep: AL_HADDAD, merge: HADDAD, who, why: 'x' });
    await withdrawJudgement(graph, merge.id, who);
    expect(await extractedState()).toEqual(baseline);
  });

  it('several judgements at once withdraw back to extraction in any order', async () => {
    const ids = [
      (await addJudgement(graph, { op: 'merge', keep: HADDAD, merge: AL_HADDAD, who, why: 'same man' })).id,
      (await addJudgement(graph, { op: 'rename', entity: HADDAD, name: 'Omar al-Haddad', who, why: 'full name' })).id,
      (
        await addJudgement(graph, {
          op: 'reject',
          link: { from: HADDAD, to: FRONT, type: 'AFFILIATED_WITH' },
          who,
          why: 'x',
        })
      ).id,
    ];
    expect((await getEntity(graph, HADDAD, { evidence: 1, articles: 1 }))?.entity.name).toBe('Omar al-Haddad');
    await reextract();
    expect(await neighbourKeys(HADDAD)).toContain(WHITFIELD);
    for (const id of [ids[1], ids[0], ids[2]]) await withdrawJudgement(graph, id as string, who);
    expect(await extractedState()).toEqual(baseline);
  });

  it('a judgement whose target extraction no longer produces is kept and reported, and the graph holds no ghost', async () => {
    const j = await addJudgement(graph, { op: 'merge', keep: HADDAD, merge: WHITFIELD, who, why: 'test' });
    const without = (input: ArticleInput): ExtractionResult => {
      const r = extract(input, res);
      const gone = new Set(r.entities.filter((e) => e.key === WHITFIELD).map((e) => e.id));
      return {
        ...r,
        entities: r.entities.filter((e) => !gone.has(e.id)),
        relations: r.relations.filter((x) => !gone.has(x.from) && !gone.has(x.to)),
      };
    };
    await ingest({ reextract: true, extract: without });
    const stale = await staleJudgements(graph);
    expect(stale.map((s) => s.id)).toEqual([j.id]);
    expect(stale[0]?.missing).toEqual([`entity ${WHITFIELD}`]);
    expect((await listJudgements(graph)).some((x) => x.id === j.id && x.withdrawnAt === null)).toBe(true);
    expect(await neighbourKeys(HADDAD)).not.toContain(WHITFIELD);
    // back with the entity, the judgement applies again
    await reextract();
    expect(await staleJudgements(graph)).toEqual([]);
    expect(await neighbourKeys(HADDAD)).toContain(AL_HADDAD);
    await withdrawJudgement(graph, j.id, who);
    expect(await extractedState()).toEqual(baseline);
  });

  it('refuses bad input with a message naming the problem, and an unknown target', async () => {
    await expect(addJudgement(graph, { op: 'merge', keep: HADDAD, merge: HADDAD, who, why: 'x' })).rejects.toThrow(
      /itself/,
    );
    await expect(addJudgement(graph, { op: 'rename', entity: HADDAD, who, why: 'x' })).rejects.toThrow(/name/);
    await expect(
      addJudgement(graph, {
        op: 'reject',
        entity: HADDAD,
        link: { from: HADDAD, to: COLE, type: 'ROLE' },
        who,
        why: 'x',
      }),
    ).rejects.toThrow(/exactly one/);
    await expect(
      addJudgement(graph, { op: 'rename', entity: 'person:nobody', name: 'X', who, why: 'x' }),
    ).rejects.toThrow(/not found/);
    await expect(addJudgement(graph, { op: 'retype', entity: HADDAD, kind: 'wizard', who, why: 'x' })).rejects.toThrow(
      /kind/,
    );
  });
});
