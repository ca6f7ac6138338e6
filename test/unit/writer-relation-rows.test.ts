// The relationship rows the graph writer sends (src/graph/writer.ts relationRows): sorted by their start key, each
// naming its article by index, the article's id, source, publication and first-seen time sent once in `articles`.
import { describe, expect, it } from 'vitest';
import { RELATIONS, relationRows } from '../../src/graph/writer.js';

const rel = (from: string, to: string) => ({
  from,
  to,
  sentenceIds: [`${from}-${to}`],
  evidence: [0],
  label: null as string | null,
});
const write = (id: string, source: string | null, relations: Record<string, ReturnType<typeof rel>[]>) => ({
  article: { id, source, published: '2024-03-02' } as never,
  relations,
});

describe('relationship rows sent with their articles', () => {
  const ws = [
    write('a1', 'Harbour Times', { ROLE: [rel('person:b', 'org:x')], LOCATED_IN: [rel('org:x', 'place:y')] }),
    write('a2', null, { AFFILIATED_WITH: [rel('person:a', 'org:x')] }),
  ];
  const firstSeen = (w: (typeof ws)[number]) =>
    (w.article as { id: string }).id === 'a2' ? '2024-01-01T00:00Z' : null;
  const { rows, articles } = relationRows(ws, firstSeen);

  it('list every relationship once, in start-key order, with its type and its article by index', () => {
    expect(rows.map((r) => [r.from, r.to, r.type, r.article])).toEqual([
      ['org:x', 'place:y', 'LOCATED_IN', 0],
      ['person:a', 'org:x', 'AFFILIATED_WITH', 1],
      ['person:b', 'org:x', 'ROLE', 0],
    ]);
    expect(rows.every((r) => !('source' in r) && !('articleId' in r))).toBe(true);
  });

  it("send each article's fields once, in batch order, those without a value left out", () => {
    expect(articles).toEqual([
      { id: 'a1', source: 'Harbour Times', published: '2024-03-02' },
      { id: 'a2', published: '2024-03-02', firstSeen: '2024-01-01T00:00Z' },
    ]);
  });

  it('name the sentences they cite by index into one list of ids, each id once', () => {
    const shared = write('a3', null, {
      ROLE: [{ ...rel('person:c', 'org:z'), sentenceIds: ['a3:1', 'a3:4'], label: 'chief' }],
      AFFILIATED_WITH: [{ ...rel('person:c', 'org:w'), sentenceIds: ['a3:4'] }],
    });
    const out = relationRows([shared], () => null);
    expect([...out.sentences].sort()).toEqual(['a3:1', 'a3:4']);
    expect(out.rows.map((r) => [r.to, r.sentences.map((i) => out.sentences[i]), r.label])).toEqual([
      ['org:z', ['a3:1', 'a3:4'], 'chief'],
      ['org:w', ['a3:4'], undefined],
    ]);
    expect(out.rows.every((r) => !('sentenceIds' in r))).toBe(true);
    expect(out.rows.map((r) => r.evidence)).toEqual([[0], [0]]);
    expect(RELATIONS).toContain('[i IN row.sentences | $sentences[toInteger(i)]]');
  });

  it('are read by the statement through the article index', () => {
    expect(RELATIONS).toContain('$articles[toInteger(row.article)] AS art');
    expect(RELATIONS).not.toMatch(/row\.(articleId|source|published|firstSeen)\b/);
  });
});
