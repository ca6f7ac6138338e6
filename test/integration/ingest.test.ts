// Ingestion against the real test Neo4j: idempotency, failures named, atomic articles, offsets that match.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/document.js';
import { res } from '../helpers/resources.js';
import type { ArticleInput, Entity, ExtractionResult, Relation } from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import { graphStats } from '../../src/graph/stats.js';
import type { InTransactionHook } from '../../src/graph/writer.js';
import { articleIdFromHash, contentHash, normaliseText } from '../../src/ingest/normalise.js';
import { ingestArticles, ingestPaths } from '../../src/ingest/pipeline.js';
import type { ReadResult } from '../../src/sources/article.js';
import { streamJsonl } from '../../src/sources/jsonl-stream.js';
import { parseFile } from '../../src/sources/parse.js';
import { listFiles, readSources } from '../../src/sources/walk.js';
import { useTestGraph } from '../helpers/neo4j.js';

// A small dictionary extractor, so the test knows exactly which entities and relations each article yields
// (the real extractor is exercised in the seeds test at the end and by its own tests).
/** an entity without the fields the extractor fills in (Omit distributed over the union, so each type keeps its own fields) */
type EntityFields<E = Entity> = E extends Entity ? Omit<E, 'mentions' | 'id' | 'key'> : never;
const DICTIONARY: Array<{ pattern: string; key: string; make: (id: string) => EntityFields }> = [
  {
    pattern: 'Andrew Parker',
    key: 'person:andrew parker',
    make: () => ({ type: 'person', name: 'Andrew Parker', aliases: [], roles: [] }),
  },
  {
    pattern: 'Parker',
    key: 'person:andrew parker',
    make: () => ({ type: 'person', name: 'Parker', aliases: [], roles: [] }),
  },
  {
    pattern: 'MI5',
    key: 'org:known:mi5',
    make: () => ({ type: 'organization', name: 'MI5', aliases: ['Security Service'], kind: 'agency', country: 'GB' }),
  },
  {
    pattern: 'London',
    key: 'place:test:london',
    make: () => ({
      type: 'place',
      name: 'London',
      aliases: [],
      placeKind: 'city',
      country: 'GB',
      lat: 51.5,
      lon: -0.13,
      ambiguous: false,
    }),
  },
  {
    pattern: 'Leeds',
    key: 'place:test:leeds',
    make: () => ({
      type: 'place',
      name: 'Leeds',
      aliases: [],
      placeKind: 'city',
      country: 'GB',
      lat: 53.8,
      lon: -1.55,
      ambiguous: false,
    }),
  },
];

function dictionaryExtract(input: ArticleInput): ExtractionResult {
  const text = input.text;
  const sentences = splitSentences(res.words, text);
  const sentenceAt = (pos: number) => sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const byKey = new Map<string, Entity>();
  const taken: Array<[number, number]> = [];
  for (const d of DICTIONARY) {
    for (const m of text.matchAll(new RegExp(`\\b${d.pattern}\\b`, 'g'))) {
      const start = m.index,
        end = start + d.pattern.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      let e = byKey.get(d.key);
      if (!e) {
        e = { ...d.make(''), id: `e${byKey.size + 1}`, key: d.key, mentions: [] } as Entity;
        byKey.set(d.key, e);
      } else if (e.name !== d.pattern && !e.aliases.includes(d.pattern)) e.aliases.push(d.pattern);
      e.mentions.push({ start, end, text: d.pattern, sentence: sentenceAt(start) });
    }
  }
  const entities = [...byKey.values()];
  const bomb = /\bbomb(?:ing)?\b/.exec(text);
  const place = entities.find((e) => e.type === 'place');
  if (bomb && place && input.published) {
    entities.push({
      id: 'i1',
      key: `incident:bombing:${place.key}:${input.published}`,
      type: 'incident',
      name: `bombing in ${place.name}`,
      aliases: [],
      kind: 'bombing',
      place: place.name,
      placeId: place.id,
      date: input.published,
      participants: [],
      killed: 2,
      injured: null,
      mentions: [
        { start: bomb.index, end: bomb.index + bomb[0].length, text: bomb[0], sentence: sentenceAt(bomb.index) },
      ],
    });
  }
  const relations: Relation[] = [];
  for (const a of entities)
    for (const b of entities) {
      if (a.id >= b.id) continue;
      const shared = a.mentions.filter((m) => b.mentions.some((n) => n.sentence === m.sentence));
      for (const m of shared) {
        const s = sentences[m.sentence]!;
        relations.push({
          type: 'co_mention',
          from: a.id,
          to: b.id,
          evidence: [{ start: s.start, end: s.end, sentence: s.index }],
        });
      }
    }
  const parker = byKey.get('person:andrew parker'),
    mi5 = byKey.get('org:known:mi5');
  if (parker && mi5)
    relations.push({
      type: 'affiliation',
      from: parker.id,
      to: mi5.id,
      label: 'director general',
      evidence: [{ ...mi5.mentions[0]!, sentence: mi5.mentions[0]!.sentence }],
    });
  return { ...(input.id ? { id: input.id } : {}), sentences, entities, relations, warnings: [] };
}

const FILES: Record<string, string> = {
  'a.md':
    '---\ntitle: Parker warns\npublished: 2024-05-01\nsource: Wire One\n---\nParker of MI5 warned of threats in London.\n\nThe Security Service said more.\n',
  'sub/b.txt': 'Bombing in Leeds\n\nAndrew Parker said a bomb exploded in Leeds. Two people were killed.\n',
  'sub/deeper/c.html':
    '<html><head><title>Raid</title><meta property="og:site_name" content="Courier"><meta name="date" content="2024-05-02"></head><body><script>evil()</script><article><p>Police in London raided a flat.</p><p>MI5 was involved.</p></article></body></html>',
  'd.jsonl':
    '{"text":"Nothing of note happened here.","title":"Quiet"}\n{"text":"MI5 and Parker met in London.","source":"Wire Two","published":"2024-05-03"}\n',
  'e.rss':
    '<rss version="2.0"><channel><title>Feed</title><item><title>Item</title><pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;A bombing in London, Parker said.&lt;/p&gt;</description></item></channel></rss>',
  'broken.json': '{"text": "cut off',
  // not articles: skipped by the folder walk
  'README.md': '# About this folder\n\nTest fixtures.\n',
  '.hidden/x.txt': 'Hidden\n\nMI5 in London.\n',
  'notes.pdf': 'not a supported type',
};

let graph: Graph;
let dir: string;
/** ids of the articles in the temp folder; queries are scoped to them */
let ids: string[];

useTestGraph((g) => (graph = g), { reset: 'each' });
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  for (const [name, content] of Object.entries(FILES)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await writeFile(join(dir, 'junk.txt'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0xff, 0xfe]));
  ids = (await readSources([dir])).articles.map((a) => articleIdFromHash(contentHash(normaliseText(a.text))));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await graph.read((tx) => tx.run(cypher, { ids, ...params }));
  return res.records.map((r) => r.toObject() as T);
}

describe('kg ingest pipeline', () => {
  it('stores every valid article, names the corrupt files, and changes nothing the second time', async () => {
    const first = await ingestPaths(graph, [dir], { extract: dictionaryExtract });
    expect(first.files).toBe(7);
    expect(first.articles).toEqual({ new: 6, unchanged: 0, failed: 2 });
    expect(first.failures.map((f) => f.file).sort()).toEqual([join(dir, 'broken.json'), join(dir, 'junk.txt')]);
    expect(first.failures.find((f) => f.file.endsWith('broken.json'))!.reason).toMatch(/not valid JSON/);
    expect(first.failures.find((f) => f.file.endsWith('junk.txt'))!.reason).toMatch(/binary|UTF-8/);
    expect(first.relations).toBeGreaterThan(0);

    const titles = await rows<{ title: string | null; status: string }>(
      'MATCH (a:Article) WHERE a.id IN $ids RETURN a.title AS title, a.status AS status ORDER BY title',
    );
    expect(ids).toHaveLength(6);
    expect(titles.map((t) => t.title)).toEqual(['Bombing in Leeds', 'Item', 'Parker warns', 'Quiet', 'Raid', null]);
    expect(new Set(titles.map((t) => t.status))).toEqual(new Set(['complete']));

    const before = await graphStats(graph);
    const second = await ingestPaths(graph, [dir], { extract: dictionaryExtract });
    expect(second.articles).toEqual({ new: 0, unchanged: 6, failed: 2 });
    expect(second.entities).toBe(0);
    expect(await graphStats(graph)).toEqual(before);
  });

  it('merges entities across articles: longer person name wins, aliases unioned once, searchText, one relationship per article', async () => {
    await ingestPaths(graph, [dir], { extract: dictionaryExtract });
    const [parker] = await rows<{ name: string; aliases: string[]; searchText: string; labels: string[] }>(
      "MATCH (e:Entity {key: 'person:andrew parker'}) RETURN e.name AS name, e.aliases AS aliases, e.searchText AS searchText, labels(e) AS labels",
    );
    expect(parker!.name).toBe('Andrew Parker');
    expect(parker!.aliases).toEqual(['Parker']);
    expect(parker!.searchText).toBe('Andrew Parker Parker');
    expect(parker!.labels.sort()).toEqual(['Entity', 'Person']);
    const [mi5] = await rows<{ aliases: string[] }>(
      "MATCH (e:Organization {key: 'org:known:mi5'}) RETURN e.aliases AS aliases",
    );
    expect(mi5!.aliases).toEqual(['Security Service']);

    // Parker and MI5 share a sentence in a.md and d.jsonl: two AFFILIATED_WITH relationships, one per article
    const aff = await rows<{
      articleId: string;
      label: string;
      source: string | null;
      evidence: number[];
      sentenceIds: string[];
    }>(
      "MATCH (:Person {key: 'person:andrew parker'})-[r:AFFILIATED_WITH]->(:Organization {key: 'org:known:mi5'}) RETURN r.articleId AS articleId, r.label AS label, r.source AS source, r.evidence AS evidence, r.sentenceIds AS sentenceIds ORDER BY source",
    );
    expect(aff.map((r) => r.source)).toEqual(['Wire One', 'Wire Two']);
    expect(new Set(aff.map((r) => r.articleId)).size).toBe(2);
    for (const r of aff) {
      expect(r.label).toBe('director general');
      expect(r.evidence.length % 2).toBe(0);
      expect(r.sentenceIds.every((id) => id.startsWith(`${r.articleId}:`))).toBe(true);
    }

    // The bombing in Leeds: incident with the place's coordinates, a Neo4j date, covered by its article
    const inc = await rows<{ key: string; lat: number; dateIsDate: boolean; killed: number; covered: number }>(
      `MATCH (i:Incident) RETURN i.key AS key, i.lat AS lat, valueType(i.dateValue) STARTS WITH 'DATE' AS dateIsDate, i.killed AS killed,
              COUNT { (:Article)-[:COVERS]->(i) } AS covered ORDER BY key`,
    );
    // the node is keyed by its article's extracted key, made unique by the article id (docs/graph-model.md)
    expect(inc).toHaveLength(1);
    expect(inc[0]!.key).toMatch(/^incident:bombing:place:test:london:2024-05-03:a_[0-9a-f]{16}$/);
    expect(inc[0]).toMatchObject({ lat: 51.5, dateIsDate: true, killed: 2, covered: 1 });
  });

  it('every stored mention points at its text in the stored article, inside its sentence', async () => {
    const summary = await ingestPaths(graph, [dir], { extract: dictionaryExtract });
    expect(summary.warnings).toBe(0);
    const ms = await rows<{
      text: string;
      sStart: number;
      sEnd: number;
      sText: string;
      start: number;
      end: number;
      mText: string;
      count: number;
      n: number;
    }>(
      `MATCH (a:Article) WHERE a.id IN $ids
       MATCH (s:Sentence {articleId: a.id})-[m:MENTIONS]->(e:Entity)
       MATCH (a)-[am:MENTIONS]->(e)
       RETURN a.text AS text, s.start AS sStart, s.end AS sEnd, s.text AS sText, m.start AS start, m.end AS end, m.text AS mText,
              am.count AS count, COUNT { (:Sentence {articleId: a.id})-[:MENTIONS]->(e) } AS n`,
    );
    // 3 in a.md, 2 in b.txt, 2 in c.html, 3 in d.jsonl, 2 names + 1 incident in e.rss
    expect(ms.length).toBe(13);
    for (const m of ms) {
      expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
      expect(m.text.slice(m.start, m.end)).toBe(m.mText);
      expect(m.text.slice(m.sStart, m.sEnd)).toBe(m.sText);
      expect(m.start >= m.sStart && m.end <= m.sEnd).toBe(true);
      expect(m.count).toBe(m.n);
    }
  });

  it('a failing article is rolled back whole while the others are stored', async () => {
    // The failure comes from Neo4j itself, in the article's own transaction after all its statements ran.
    const poison: InTransactionHook = async (tx, w) => {
      if (w.article.title === 'Bombing in Leeds') await tx.run("RETURN date('not a date') AS d");
    };
    const summary = await ingestPaths(graph, [dir], { extract: dictionaryExtract, hook: poison });
    expect(summary.articles.new).toBe(5);
    const failed = summary.failures.find((f) => f.file.endsWith('b.txt'));
    expect(failed).toMatchObject({ item: 0, reason: expect.stringMatching(/^write failed, nothing stored/) });

    const leftovers = await rows<{
      articles: number;
      sentences: number;
      leeds: number;
      incidents: number;
      rels: number;
    }>(
      `RETURN COUNT { (a:Article) WHERE a.title = 'Bombing in Leeds' } AS articles,
              COUNT { (s:Sentence) WHERE NOT EXISTS { MATCH (x:Article) WHERE x.id = s.articleId } } AS sentences,
              COUNT { (p:Place {key: 'place:test:leeds'}) } AS leeds,
              COUNT { (i:Incident) WHERE i.key CONTAINS 'leeds' } AS incidents,
              COUNT { ()-[r]->() WHERE r.articleId IS NOT NULL AND NOT EXISTS { MATCH (x:Article) WHERE x.id = r.articleId } } AS rels`,
    );
    expect(leftovers[0]).toEqual({ articles: 0, sentences: 0, leeds: 0, incidents: 0, rels: 0 });
    // Andrew Parker's full name came only from the failed article, so the stored entity keeps the short one
    const [p] = await rows<{ name: string }>("MATCH (e:Person {key: 'person:andrew parker'}) RETURN e.name AS name");
    expect(p!.name).toBe('Parker');

    // The failed article is stored by the next run, and only it
    const retry = await ingestPaths(graph, [dir], { extract: dictionaryExtract });
    expect(retry.articles).toEqual({ new: 1, unchanged: 5, failed: 2 });
  });

  it('an extractor that throws fails only that article', async () => {
    const flaky = (input: ArticleInput) => {
      if (input.title === 'Quiet') throw new Error('tagger exploded');
      return dictionaryExtract(input);
    };
    const summary = await ingestPaths(graph, [dir], { extract: flaky });
    expect(summary.articles.new).toBe(5);
    expect(summary.failures.find((f) => f.file.endsWith('d.jsonl'))).toEqual({
      file: join(dir, 'd.jsonl'),
      item: 0,
      reason: 'extraction failed: tagger exploded',
    });
  });
});

describe('re-ingesting an unchanged file (defect 2: conversion is paid once)', () => {
  let raw: string;
  beforeAll(async () => {
    raw = await mkdtemp(join(tmpdir(), 'kg-ingest-raw-'));
    await writeFile(join(raw, 'a.md'), FILES['a.md']!);
    await writeFile(join(raw, 'a-copy.md'), FILES['a.md']!); // the same bytes under another name
    await writeFile(join(raw, 'b.txt'), FILES['sub/b.txt']!);
    await writeFile(join(raw, 'c.html'), FILES['sub/deeper/c.html']!);
    await writeFile(join(raw, 'e.rss'), FILES['e.rss']!);
    // two articles, one text twice: the file stores two distinct articles
    await writeFile(
      join(raw, 'pair.json'),
      JSON.stringify([{ text: 'MI5 met in Leeds.' }, { text: 'Parker spoke in York.' }, { text: 'MI5 met in Leeds.' }]),
    );
    // one good item and one bad one: converted (and its failure reported) on every run
    await writeFile(join(raw, 'half.json'), JSON.stringify([{ text: 'Parker was in London.' }, { title: 'no text' }]));
  });
  afterAll(async () => {
    if (raw) await rm(raw, { recursive: true, force: true });
  });

  it('hashes the raw bytes first and converts and extracts only files whose bytes are not stored', async () => {
    const parsed: string[] = [];
    const onFileParsed = (file: string) => parsed.push(file.slice(raw.length + 1));
    let extracted = 0;
    const counting = (input: ArticleInput) => {
      extracted++;
      return dictionaryExtract(input);
    };
    const first = await ingestPaths(graph, [raw], { extract: counting, batch: { onFileParsed } });
    expect(parsed.sort()).toEqual(['a-copy.md', 'a.md', 'b.txt', 'c.html', 'e.rss', 'half.json', 'pair.json']);
    expect(first.articles).toEqual({ new: 7, unchanged: 2, failed: 1 });
    expect(first.unchangedFiles).toBe(0);
    // the raw hash of each fully converted file is on its articles, with the number of articles the file holds
    const { readFile } = await import('node:fs/promises');
    const { rawFileHash } = await import('../../src/sources/walk.js');
    const stored = await graph.read((tx) =>
      tx.run('MATCH (a:Article) WHERE a.sourceHash IS NOT NULL RETURN a.sourceHash AS h, a.sourceArticles AS n'),
    );
    const byHash = new Map<string, number[]>();
    for (const r of stored.records) byHash.set(r.get('h'), [...(byHash.get(r.get('h')) ?? []), r.get('n')]);
    expect(byHash.get(rawFileHash('a.md', await readFile(join(raw, 'a.md'))))).toEqual([1]);
    expect(byHash.get(rawFileHash('pair.json', await readFile(join(raw, 'pair.json'))))).toEqual([2, 2]);
    expect(byHash.has(rawFileHash('half.json', await readFile(join(raw, 'half.json'))))).toBe(false);
    // the same bytes as another format are another file
    expect(rawFileHash('a.txt', Buffer.from(FILES['a.md']!))).not.toBe(
      rawFileHash('a.md', Buffer.from(FILES['a.md']!)),
    );

    const before = await graphStats(graph);
    parsed.length = 0;
    extracted = 0;
    const second = await ingestPaths(graph, [raw], { extract: counting, batch: { onFileParsed } });
    expect(parsed).toEqual(['half.json']);
    expect(extracted).toBe(0);
    expect(second.files).toBe(7);
    expect(second.unchangedFiles).toBe(6);
    expect(second.articles).toEqual({ new: 0, unchanged: 8, failed: 1 });
    expect(second.failures).toEqual([expect.objectContaining({ file: join(raw, 'half.json'), item: 1 })]);
    expect(await graphStats(graph)).toEqual(before);

    // a changed byte is a changed file; an article removed from the graph makes its file convert again
    await writeFile(join(raw, 'b.txt'), FILES['sub/b.txt']! + 'Police in York said more.\n');
    await graph.write((tx) =>
      tx.run(
        `MATCH (a:Article) WHERE a.title = 'Item' OPTIONAL MATCH (s:Sentence {articleId: a.id}) DETACH DELETE a, s`,
      ),
    );
    parsed.length = 0;
    const third = await ingestPaths(graph, [raw], { extract: counting, batch: { onFileParsed } });
    expect(parsed.sort()).toEqual(['b.txt', 'e.rss', 'half.json']);
    expect(third.articles).toEqual({ new: 2, unchanged: 6, failed: 1 });

    // with reextract every file is converted again
    parsed.length = 0;
    await ingestPaths(graph, [raw], { extract: counting, reextract: true, batch: { onFileParsed } });
    expect(parsed).toHaveLength(7);
  }, 240_000);
});

describe('evidence sentences repeated by wire copies', () => {
  it('carry one textHash, so a reader can show the sentence once with every article that has it', async () => {
    const shared = 'Parker of MI5 warned of threats in London.';
    const copies = [
      { text: `LONDON (Wire One) - ${shared} He spoke on Monday.`, source: 'Wire One' },
      { text: `LONDON - ${shared} Officials gave no details.`, source: 'Paper Two' },
      { text: `Parker of MI5 warned of new threats in London. Nothing else.`, source: 'Paper Three' },
    ].map((a, item) => ({
      ...a,
      title: null,
      published: '2024-05-01',
      url: null,
      origin: { file: 'copies.jsonl', item },
    }));
    const summary = await ingestArticles(graph, copies, [], { extract: dictionaryExtract });
    expect(summary.articles.new).toBe(3);
    // the read side's grouping: evidence sentences of one edge by textHash
    const groups = await rows<{ hash: string; articles: string[]; texts: string[] }>(
      `MATCH (:Person {key: 'person:andrew parker'})-[r:AFFILIATED_WITH]->(:Organization {key: 'org:known:mi5'})
       UNWIND r.sentenceIds AS sid MATCH (s:Sentence {id: sid})
       WITH s.textHash AS hash, collect(DISTINCT s.articleId) AS articles, collect(s.text) AS texts
       RETURN hash, articles, texts ORDER BY size(articles) DESC`,
    );
    expect(groups.map((g) => g.articles.length)).toEqual([2, 1]);
    expect(groups[0]!.texts.every((t) => t.endsWith(shared))).toBe(true);
    expect(groups[1]!.texts[0]).toContain('new threats');
    expect(groups.every((g) => /^[0-9a-f]{16}$/.test(g.hash))).toBe(true);
  });
});

describe('the streaming folder walk', () => {
  it('reads a file named twice, or inside a folder also named, once; a named hidden file is still read', async () => {
    const { files, failures } = await listFiles([
      join(dir, 'a.md'),
      dir,
      join(dir, 'sub'),
      join(dir, '.hidden', 'x.txt'),
      `${dir}/`,
      join(dir, 'missing.txt'),
    ]);
    expect(failures).toEqual([{ file: join(dir, 'missing.txt'), reason: 'no such file or directory' }]);
    expect(files.filter((f) => f.endsWith('a.md'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('b.txt'))).toHaveLength(1);
    expect(files).toContain(join(dir, '.hidden', 'x.txt'));
    expect(new Set(files).size).toBe(files.length);
    expect(files).toHaveLength(8);
  });
});

describe('JSON Lines read as a stream', () => {
  async function both(name: string, bytes: Uint8Array) {
    const file = join(dir, name);
    await writeFile(file, bytes);
    const streamed: ReadResult = { articles: [], failures: [] };
    let parts = 0;
    for await (const part of streamJsonl(file, 50)) {
      parts++;
      streamed.articles.push(...part.articles);
      streamed.failures.push(...part.failures);
    }
    await rm(file);
    return { streamed, whole: parseFile(file, bytes), parts };
  }

  it('gives what reading the whole file gives, across chunk boundaries, line endings and bad lines', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i % 97 === 5) lines.push('{"text": "cut');
      else if (i % 89 === 7) lines.push('[1, 2]');
      else if (i % 83 === 9) lines.push('{"title": "no text"}');
      else if (i % 13 === 0) lines.push('   ');
      else
        lines.push(
          JSON.stringify({
            text: `Ünïcödé line ${i}: 警察 said — ${'x'.repeat(i % 50)}`,
            published: '2024-05-01T10:00:00Z',
          }),
        );
    }
    // BOM, CRLF and lone-CR endings; 3000 lines cross many 64 KB chunks, some inside a multi-byte character
    const content = '\ufeff' + lines.map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r')).join('');
    const { streamed, whole, parts } = await both('many.jsonl', new TextEncoder().encode(content));
    expect(whole.articles.length).toBeGreaterThan(2500);
    expect(streamed).toEqual(whole);
    expect(parts).toBeGreaterThan(50);
  });

  it('names empty, blank, binary and non-UTF-8 files as reading them whole does', async () => {
    for (const bytes of [
      new Uint8Array(),
      new TextEncoder().encode(' \n\n '),
      new Uint8Array([0x7b, 0x00, 0x7d]),
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
    ]) {
      const { streamed, whole } = await both('odd.jsonl', bytes);
      expect(whole.failures).toHaveLength(1);
      expect(streamed).toEqual(whole);
    }
  });
});

describe('kg ingest streams in bounded batches', () => {
  const N = 23;
  const BATCH = 4;
  let many: string;
  beforeAll(async () => {
    many = await mkdtemp(join(tmpdir(), 'kg-ingest-many-'));
    for (let i = 0; i < N; i++) {
      // file 17 repeats file 2's text (a later batch), file 9 holds two articles, file 13 is corrupt
      const n = i === 17 ? 2 : i;
      const name = `f${String(i).padStart(2, '0')}`;
      if (i === 9)
        await writeFile(
          join(many, `${name}.jsonl`),
          `{"text":"MI5 in London, item ${i}a."}\n{"text":"Parker in Leeds, item ${i}b."}\n`,
        );
      else if (i === 13) await writeFile(join(many, `${name}.json`), '{"text": "cut');
      else
        await writeFile(join(many, `${name}.txt`), `Article ${n}\n\nParker of MI5 spoke in London about case ${n}.\n`);
    }
  });
  afterAll(async () => {
    if (many) await rm(many, { recursive: true, force: true });
  });

  it('reads a file only when the batch before it is extracted, and the totals stay right', async () => {
    let read = 0;
    let readArticles = 0;
    const onFileRead = (file: string) => {
      read++;
      readArticles += file.endsWith('f09.jsonl') ? 2 : file.endsWith('f13.json') ? 0 : 1;
    };
    let handled = 0; // articles extracted so far
    let maxAhead = 0;
    const counting = (input: ArticleInput) => {
      // articles read but not yet extracted, this one included
      maxAhead = Math.max(maxAhead, readArticles - handled);
      handled++;
      return dictionaryExtract(input);
    };
    const ticks: number[] = [];
    const totals: number[] = [];
    const progress = { total: (n: number) => totals.push(n), tick: () => ticks.push(1) };
    const first = await ingestPaths(graph, [many], {
      extract: counting,
      batch: { maxArticles: BATCH, onFileRead },
      progress,
    });
    expect(read).toBe(N);
    // 23 files: 22 readable with 23 articles, one duplicate text → 22 new, 1 unchanged, 1 corrupt file
    expect(first.files).toBe(N);
    expect(first.articles).toEqual({ new: 22, unchanged: 1, failed: 1 });
    expect(first.failures.map((f) => f.file)).toEqual([join(many, 'f13.json')]);
    expect(handled).toBe(22);
    // never more than one batch read ahead of the extractor (+1: the repeated text is read but never extracted)
    expect(maxAhead).toBeLessThanOrEqual(BATCH + 1);
    expect(maxAhead).toBeGreaterThan(1);
    expect(totals.at(-1)).toBe(23);
    expect(totals.length).toBeGreaterThan(3);
    expect(ticks.length).toBe(23);

    const before = await graphStats(graph);
    handled = 0;
    const second = await ingestPaths(graph, [many], { extract: counting, batch: { maxArticles: BATCH } });
    expect(second.articles).toEqual({ new: 0, unchanged: 23, failed: 1 });
    expect(handled).toBe(0);
    expect(await graphStats(graph)).toEqual(before);
  });

  it('with --reextract, a text repeated in a later batch is rewritten once', async () => {
    await ingestPaths(graph, [many], { extract: dictionaryExtract, batch: { maxArticles: BATCH } });
    const again = await ingestPaths(graph, [many], {
      extract: dictionaryExtract,
      reextract: true,
      batch: { maxArticles: BATCH },
    });
    expect(again.articles).toEqual({ new: 22, unchanged: 1, failed: 1 });
    expect(again.reextracted).toBe(22);
  });
});
