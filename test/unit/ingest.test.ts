import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../src/extract/types.js';
import { articleIdFromHash, contentHash, normaliseText, wordCount } from '../../src/ingest/normalise.js';
import { countEntities, countRelations } from '../../src/graph/rows.js';
import { prepareArticleWrite } from '../../src/ingest/prepare.js';
import { formatSummary } from '../../src/ingest/report.js';
import type { SourceArticle } from '../../src/sources/article.js';
import { sentenceTextHash } from '../../src/dedup/sentence-hash.js';

describe('normalisation and identity', () => {
  it('NFC and LF line endings', () => {
    const decomposed = 'Cafe\u0301\r\nline two\rline three';
    expect(normaliseText(decomposed)).toBe('Caf\u00e9\nline two\nline three');
  });
  it('the same text in different encodings and line endings gets the same id', () => {
    const a = normaliseText('Caf\u00e9 attack\nin Paris');
    const b = normaliseText('Cafe\u0301 attack\r\nin Paris');
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).not.toBe(contentHash(normaliseText('Cafe attack\nin Paris')));
  });
  it('sha256 hex and a_ + 16 hex id', () => {
    // sha256("abc"), the FIPS 180-2 test vector
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(articleIdFromHash(contentHash('abc'))).toBe('a_ba7816bf8f01cfea');
  });
  it('counts words', () => {
    expect(wordCount("The suspect's car, a 2019 Ford, was found—burnt.")).toBe(9);
    expect(wordCount('')).toBe(0);
  });
});

const text = 'Andrew Parker of MI5 spoke in London. Parker said a plot was foiled in London.';
const source: SourceArticle = {
  text,
  title: 'Plot foiled',
  published: '2025-06-10',
  source: 'Wire',
  url: null,
  origin: { file: 'f.txt', item: 0 },
};
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const s0end = text.indexOf('.') + 1;
const result: ExtractionResult = {
  sentences: [
    { index: 0, start: 0, end: s0end, text: text.slice(0, s0end) },
    { index: 1, start: s0end + 1, end: text.length, text: text.slice(s0end + 1) },
  ],
  entities: [
    {
      id: 'e1',
      key: 'person:andrew parker',
      type: 'person',
      name: 'Andrew Parker',
      aliases: ['Parker'],
      roles: [],
      mentions: [
        { ...span('Andrew Parker'), sentence: 0 },
        { ...span('Parker', s0end), sentence: 1 },
      ],
    },
    {
      id: 'e2',
      key: 'org:known:mi5',
      type: 'organization',
      name: 'MI5',
      aliases: [],
      kind: 'agency',
      country: 'GB',
      mentions: [{ ...span('MI5'), sentence: 0 }],
    },
    {
      id: 'e3',
      key: 'place:geo:2643743',
      type: 'place',
      name: 'London',
      aliases: [],
      placeKind: 'city',
      country: 'GB',
      lat: 51.5,
      lon: -0.12,
      ambiguous: false,
      // second mention carries the wrong sentence index: it is re-located by offset
      mentions: [
        { ...span('London'), sentence: 0 },
        { ...span('London', s0end), sentence: 0 },
      ],
    },
    {
      id: 'e4',
      key: 'person:ghost',
      type: 'person',
      name: 'Ghost',
      aliases: [],
      roles: [],
      mentions: [{ start: 0, end: 5, text: 'Ghost', sentence: 0 }],
    },
    {
      id: 'e5',
      key: 'incident:foiled plot:place:geo:2643743:2025-06-09',
      type: 'incident',
      name: 'foiled plot in London',
      aliases: [],
      kind: 'foiled plot',
      place: 'London',
      placeId: 'e3',
      date: '2025-06-09',
      participants: [],
      killed: null,
      injured: null,
      mentions: [{ ...span('plot was foiled'), sentence: 1 }],
    },
  ],
  relations: [
    { type: 'affiliation', from: 'e1', to: 'e2', evidence: [{ ...span('Andrew Parker of MI5'), sentence: 0 }] },
    {
      type: 'affiliation',
      from: 'e1',
      to: 'e2',
      label: 'officer',
      evidence: [
        { ...span('Andrew Parker of MI5'), sentence: 0 },
        { start: 500, end: 510, sentence: 3 },
      ],
    },
    { type: 'location', from: 'e5', to: 'e3', evidence: [{ ...span('foiled in London'), sentence: 1 }] },
    { type: 'co_mention', from: 'e4', to: 'e2', evidence: [{ ...span('MI5'), sentence: 0 }] },
    { type: 'co_mention', from: 'e2', to: 'e2', evidence: [{ ...span('MI5'), sentence: 0 }] },
  ],
  warnings: [],
};

describe('prepareArticleWrite', () => {
  const w = prepareArticleWrite(source, { id: 'a_x', text, contentHash: 'h' }, result);

  it('article row with word count and validated published date', () => {
    expect(w.article).toEqual({
      id: 'a_x',
      title: 'Plot foiled',
      url: null,
      source: 'Wire',
      published: '2025-06-10',
      publishedAt: null,
      outlet: 'Wire',
      credits: [],
      text,
      textTruncatedFrom: null,
      contentHash: 'h',
      sourceHash: null,
      sourceArticles: null,
      wordCount: 15,
    });
    // the raw hash of the file it came from, when the reader recorded one (a re-ingest skips converting those bytes)
    const raw = { hash: 'f'.repeat(64), articles: 2 };
    const fromFile = prepareArticleWrite(
      { ...source, origin: { ...source.origin, raw } },
      { id: 'a_x', text, contentHash: 'h' },
      result,
    );
    expect(fromFile.article).toMatchObject({ sourceHash: raw.hash, sourceArticles: 2 });
    const timed = prepareArticleWrite(
      { ...source, publishedAt: '2025-06-10T08:05:00.000Z' },
      { id: 'a_x', text, contentHash: 'h' },
      result,
    );
    expect(timed.article.publishedAt).toBe('2025-06-10T08:05:00.000Z');
    // the outlet and credits the extractor read are stored on the article, not as entities
    const credited = prepareArticleWrite(
      source,
      { id: 'a_x', text, contentHash: 'h' },
      { ...result, article: { outlet: 'Harbour Daily', credits: ['Fjord Telegraph'], dateline: 'OSLO' } },
    );
    expect(credited.article).toMatchObject({ outlet: 'Harbour Daily', credits: ['Fjord Telegraph'] });
  });
  it('sentences keyed by article and index, text taken from the stored text', () => {
    expect(w.sentences.map((s) => [s.id, text.slice(s.start, s.end) === s.text])).toEqual([
      ['a_x:0', true],
      ['a_x:1', true],
    ]);
    expect(w.sentences.map((s) => s.textHash)).toEqual(w.sentences.map((s) => sentenceTextHash(s.text)));
    expect(new Set(w.sentences.map((s) => s.textHash)).size).toBe(2);
  });
  it('drops entities whose mentions do not match the text, and says so', () => {
    expect(w.entities.person.map((p) => p.key)).toEqual(['person:andrew parker']);
    expect(w.warnings.some((m) => m.includes('person:ghost'))).toBe(true);
  });
  it('every sentence mention points into its sentence and matches the text', () => {
    expect(w.sentenceMentions).toHaveLength(6);
    for (const m of w.sentenceMentions) {
      const s = w.sentences.find((x) => x.id === m.sentenceId)!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
    const london = w.sentenceMentions.filter((m) => m.key === 'place:geo:2643743').map((m) => m.sentenceId);
    expect(london).toEqual(['a_x:0', 'a_x:1']);
  });
  it('article mentions count per entity; incidents covered with place coordinates', () => {
    expect(Object.fromEntries(w.articleMentions.map((m) => [m.key, m.count]))).toEqual({
      'person:andrew parker': 2,
      'org:known:mi5': 1,
      'place:geo:2643743': 2,
      'incident:foiled plot:place:geo:2643743:2025-06-09': 1,
    });
    expect(w.covers).toEqual(['incident:foiled plot:place:geo:2643743:2025-06-09']);
    expect(w.entities.incident[0]).toMatchObject({ date: '2025-06-09', placeName: 'London', lat: 51.5, lon: -0.12 });
  });
  it("an incident's place label with the city of its site stores the place entity's own name", () => {
    const labelled = {
      ...result,
      entities: result.entities.map((e) => (e.type === 'incident' ? { ...e, place: 'London, Greater London' } : e)),
    };
    const lw = prepareArticleWrite(source, { id: 'a_x', text, contentHash: 'h' }, labelled);
    expect(lw.entities.incident[0]?.placeName).toBe('London');
  });
  it('one relation row per (type, from, to) with flat deduplicated evidence; dangling and self relations skipped', () => {
    const parker = span('Andrew Parker of MI5');
    expect(w.relations.AFFILIATED_WITH).toEqual([
      {
        from: 'person:andrew parker',
        to: 'org:known:mi5',
        sentenceIds: ['a_x:0'],
        evidence: [parker.start, parker.end],
        label: 'officer',
      },
    ]);
    expect(w.relations.LOCATED_IN?.[0]).toMatchObject({
      from: 'incident:foiled plot:place:geo:2643743:2025-06-09',
      to: 'place:geo:2643743',
      sentenceIds: ['a_x:1'],
    });
    expect(w.relations.CO_MENTIONED).toBeUndefined();
    expect(countRelations(w)).toBe(2);
    expect(countEntities(w)).toBe(4);
  });
  it('entities of one result that share a key become one row with the union of names', () => {
    const twin: ExtractionResult = {
      ...result,
      entities: [
        result.entities[0]!,
        {
          ...result.entities[0]!,
          id: 'e9',
          name: 'A. Parker',
          aliases: ['Andrew Parker'],
          mentions: [{ ...span('Parker', s0end), sentence: 1 }],
        },
      ],
      relations: [],
    };
    const t = prepareArticleWrite(source, { id: 'a_y', text, contentHash: 'h' }, twin);
    expect(t.entities.person).toEqual([
      {
        type: 'person',
        key: 'person:andrew parker',
        name: 'Andrew Parker',
        aliases: ['Parker', 'A. Parker'],
        countries: [],
        homeCountry: null,
        roles: [],
        context: [],
      },
    ]);
    expect(t.articleMentions).toEqual([{ key: 'person:andrew parker', count: 3 }]);
  });
  it('an impossible incident date is stored as unknown rather than failing in Neo4j', () => {
    const bad: ExtractionResult = {
      ...result,
      entities: [
        {
          ...(result.entities[4] as Extract<(typeof result.entities)[number], { type: 'incident' }>),
          date: '2025-02-30',
        },
      ],
      relations: [],
    };
    expect(
      prepareArticleWrite(source, { id: 'a_z', text, contentHash: 'h' }, bad).entities.incident[0]!.date,
    ).toBeNull();
  });
});

describe('formatSummary', () => {
  it('lists failures with file and item', () => {
    const out = formatSummary({
      files: 2,
      unchangedFiles: 0,
      articles: { new: 1, unchanged: 0, failed: 2 },
      reextracted: 0,
      entities: 3,
      distinctEntities: 3,
      relations: 1,
      warnings: 0,
      extractorWarnings: [],
      seconds: 0.5,
      failures: [
        { file: 'a.json', reason: 'not valid JSON' },
        { file: 'b.jsonl', item: 4, reason: 'line 5: x' },
      ],
    });
    expect(out).toContain('1 new, 0 unchanged, 2 failed');
    expect(out).toContain('  a.json: not valid JSON');
    expect(out).toContain('  b.jsonl (item 4): line 5: x');
  });
});

describe('ingestArticles when Neo4j goes away', () => {
  it('lists the first failure and the rest as not attempted, without trying each', async () => {
    const { ingestArticles } = await import('../../src/ingest/pipeline.js');
    let writes = 0;
    const down = Object.assign(new Error('connection refused'), { code: 'ServiceUnavailable' });
    // a stand-in for the Graph: reads find nothing stored, every write fails as an unreachable server does
    const graph = {
      read: async () => new Set<string>(),
      write: async () => {
        writes++;
        throw down;
      },
    } as unknown as import('../../src/graph/driver.js').Graph;
    const articles = ['One.', 'Two.', 'Three.', 'Four.'].map((text, item) => ({
      ...source,
      text,
      origin: { file: 'f.jsonl', item },
    }));
    // one article per write batch (batchRows 1), so the later ones are not attempted at all
    const summary = await ingestArticles(graph, articles, [], {
      batchRows: 1,
      extract: () => ({ sentences: [], entities: [], relations: [], warnings: [] }),
    });
    expect(writes).toBeLessThanOrEqual(2);
    expect(summary.articles).toEqual({ new: 0, unchanged: 0, failed: 4 });
    expect(summary.failures[0]!.reason).toMatch(/^write failed, nothing stored: connection refused/);
    expect(summary.failures.at(-1)!.reason).toMatch(/^not attempted: Neo4j became unavailable/);
  });
});

describe('ingestArticles pulls its source lazily', () => {
  it('has at most one batch of articles taken from the source and not yet extracted', async () => {
    const { ingestArticles } = await import('../../src/ingest/pipeline.js');
    // a stand-in for the Graph: nothing stored, every write succeeds
    const graph = {
      read: async () => new Set<string>(),
      write: async () => ({ outcomes: Array<string>(50).fill('new'), committed: () => {} }),
    } as unknown as import('../../src/graph/driver.js').Graph;
    let pulled = 0;
    let extracted = 0;
    let maxAhead = 0;
    function* articles() {
      for (let item = 0; item < 50; item++) {
        pulled++;
        yield { ...source, text: `Article number ${item}.`, origin: { file: 'f.jsonl', item } };
      }
    }
    const summary = await ingestArticles(graph, articles(), [], {
      batch: { maxArticles: 7 },
      extract: () => {
        extracted++;
        maxAhead = Math.max(maxAhead, pulled - extracted + 1);
        return { sentences: [], entities: [], relations: [], warnings: [] };
      },
    });
    expect(summary.articles).toEqual({ new: 50, unchanged: 0, failed: 0 });
    expect(pulled).toBe(50);
    expect(maxAhead).toBe(7);
  });
});

describe('title mentions (src/extract/headline.ts) on the article mentions', () => {
  const titled: ExtractionResult = {
    ...result,
    entities: [
      ...result.entities.map((e) =>
        e.key === 'incident:foiled plot:place:geo:2643743:2025-06-09'
          ? { ...e, titleMentions: [{ field: 'title' as const, start: 0, end: 4, text: 'Plot' }] }
          : e.key === 'org:known:mi5'
            ? // offsets that do not match the title are dropped with a warning
              { ...e, titleMentions: [{ field: 'title' as const, start: 5, end: 8, text: 'MI5' }] }
            : e,
      ),
      {
        id: 'i2',
        key: 'incident:a_x:2',
        type: 'incident',
        name: 'Plot',
        aliases: [],
        kind: 'foiled plot',
        place: null,
        placeId: null,
        date: null,
        participants: [],
        killed: null,
        injured: null,
        mentions: [],
        titleMentions: [{ field: 'title', start: 5, end: 11, text: 'foiled' }],
      },
    ],
  };
  const t = prepareArticleWrite(source, { id: 'a_x', text, contentHash: 'h' }, titled);

  it('stores the spans as [start, end, …] offsets into the title, beside the count of sentence mentions', () => {
    expect(t.articleMentions.find((m) => m.key === 'incident:foiled plot:place:geo:2643743:2025-06-09')).toEqual({
      key: 'incident:foiled plot:place:geo:2643743:2025-06-09',
      count: 1,
      title: [0, 4],
    });
    expect(t.articleMentions.find((m) => m.key === 'org:known:mi5')).toEqual({ key: 'org:known:mi5', count: 1 });
    expect(t.warnings.join(' ')).toMatch(/title mention "MI5" of org:known:mi5 dropped/);
  });

  it('gives an incident told only in the title an article mention of count 0, and its coverage', () => {
    expect(t.articleMentions.find((m) => m.key === 'incident:a_x:2')).toEqual({
      key: 'incident:a_x:2',
      count: 0,
      title: [5, 11],
    });
    expect(t.covers).toContain('incident:a_x:2');
  });
});
