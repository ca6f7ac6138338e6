// The relationship rows the graph writer sends (src/graph/writer.ts relationRows): sorted by their start key, each
// naming its article, ends, sentences and rules by index, the article's id, source, publication and first-seen time
// sent once in `articles`.
import { describe, expect, it } from 'vitest';
import { RELATIONS, relationRows, type BatchKeys } from '../../src/graph/writer.js';

/** keys named by their own string, index order being key order as batchKeys gives it */
const keyList = (...keys: string[]): BatchKeys => {
  const sorted = [...keys].sort();
  return { keys: sorted, of: (k) => sorted.indexOf(k) };
};

const rel = (from: string, to: string) => ({
  from,
  to,
  sentenceIds: [`${from}-${to}`],
  evidence: [0],
  label: null as string | null,
  rules: undefined as string[] | undefined,
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
  const keys = keyList('org:x', 'person:a', 'person:b', 'place:y');
  const { rows, articles } = relationRows(ws, firstSeen, keys);

  it('list every relationship once, in start-key order, with its type and its article and ends by index', () => {
    expect(rows.map((r) => [keys.keys[r[1]], keys.keys[r[2]], r[3], r[0]])).toEqual([
      ['org:x', 'place:y', 'LOCATED_IN', 0],
      ['person:a', 'org:x', 'AFFILIATED_WITH', 1],
      ['person:b', 'org:x', 'ROLE', 0],
    ]);
    expect(rows.every((r) => r.length === 6)).toBe(true);
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
    const k = keyList('person:c', 'org:z', 'org:w');
    const out = relationRows([shared], () => null, k);
    expect([...out.sentences].sort()).toEqual(['a3:1', 'a3:4']);
    expect(out.rows.map((r) => [k.keys[r[2]], r[4].map((i) => out.sentences[i]), r[7]])).toEqual([
      ['org:z', ['a3:1', 'a3:4'], 'chief'],
      ['org:w', ['a3:4'], undefined],
    ]);
    // no rules: null where a label follows, left out where none does
    expect(out.rows.map((r) => r[6])).toEqual([null, undefined]);
    expect(out.rows.map((r) => r[5])).toEqual([[0], [0]]);
    expect(RELATIONS).toContain('[i IN row[4] | $sentences[toInteger(i)]]');
  });

  it('send each list of rules once, named by index', () => {
    const ruled = write('a4', null, {
      ROLE: [{ ...rel('person:d', 'org:v'), rules: ['relation/title'] }],
      AFFILIATED_WITH: [
        { ...rel('person:d', 'org:u'), rules: ['relation/member'] },
        { ...rel('person:e', 'org:u'), rules: ['relation/title'] },
      ],
    });
    const k = keyList('person:d', 'person:e', 'org:u', 'org:v');
    const out = relationRows([ruled], () => null, k);
    expect(out.rules).toEqual([['relation/title'], ['relation/member']]);
    expect(out.rows.map((r) => [k.keys[r[1]], k.keys[r[2]], out.rules[r[6] as number]])).toEqual([
      ['person:d', 'org:v', ['relation/title']],
      ['person:d', 'org:u', ['relation/member']],
      ['person:e', 'org:u', ['relation/title']],
    ]);
    expect(RELATIONS).toContain('r.rules = $rules[toInteger(row[6])]');
  });

  it('are read by the statement through the article and key indices', () => {
    expect(RELATIONS).toContain('$articles[toInteger(row[0])] AS art');
    expect(RELATIONS).toContain('MATCH (x:Entity {key: $keys[toInteger(row[1])]})');
    expect(RELATIONS).toContain("CASE WHEN row[3] = 'ROLE'");
    expect(RELATIONS).not.toMatch(/row\.\w/);
  });
});
