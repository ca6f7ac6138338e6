// The mention rows the graph writer sends (src/graph/writer.ts mentionRows): articles, sentences and entity keys named
// by index, a sentence mention's text left out where Cypher's substring of its sentence gives it, kept otherwise.
import { describe, expect, it } from 'vitest';
import { batchKeys, coverRows, mentionRows } from '../../src/graph/writer.js';

/** a row's values with its integers as numbers */
const plain = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(plain)
    : v && typeof v === 'object' && 'toNumber' in v
      ? (v as { toNumber(): number }).toNumber()
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
        : v;

const write = (id: string, text: string, names: string[]) => {
  const cut = text.indexOf('. ') + 1;
  const sentences = [
    { id: `${id}:0`, index: 0, start: 0, end: cut, text: text.slice(0, cut), textHash: 'h0' },
    { id: `${id}:1`, index: 1, start: cut + 1, end: text.length, text: text.slice(cut + 1), textHash: 'h1' },
  ];
  const sentenceMentions = names.map((name) => {
    const start = text.indexOf(name);
    const s = sentences.find((x) => x.start <= start && start < x.end)!;
    return { sentenceId: s.id, key: `k:${name}`, start, end: start + name.length, text: name };
  });
  const articleMentions = names.map((name) => ({ key: `k:${name}`, count: 1 }));
  return {
    article: { id, text } as { id: string; text: string },
    sentences,
    sentenceMentions,
    articleMentions,
    covers: [] as string[],
    relations: {},
  };
};
const rowsOf = (ws: ReturnType<typeof write>[]) => mentionRows(ws as never, batchKeys(ws as never));

describe('mention rows sent with a batch', () => {
  it('name articles and sentences by index and leave out texts their sentence holds', () => {
    const a = write('a1', 'Rangers closed the Harbour Road. Ana Lopes spoke to reporters.', [
      'Ana Lopes',
      'Harbour Road',
    ]);
    const b = write('a2', 'Fire crews reached Dunmore. Rangers thanked Ana Lopes.', ['Dunmore', 'Ana Lopes']);
    const keys = batchKeys([a, b] as never);
    expect(keys.keys).toEqual(['k:Ana Lopes', 'k:Dunmore', 'k:Harbour Road']);
    const m = mentionRows([a, b] as never, keys);
    expect(m.articles).toEqual(['a1', 'a2']);
    expect(m.sentences).toEqual(['a1:1', 'a1:0', 'a2:0', 'a2:1']);
    expect(plain(m.rows)).toEqual([
      [0, 0, 33, 42],
      [3, 0, 44, 53],
      [2, 1, 19, 26],
      [1, 2, 19, 31],
    ]);
    expect(plain(m.articleMentions)).toEqual([
      [0, 0, 1],
      [1, 0, 1],
      [1, 1, 1],
      [0, 2, 1],
    ]);
  });

  it("keep an article mention's title spans, and name covered incidents by article and key index", () => {
    const a = write('a1', 'Rangers closed the Harbour Road. Ana Lopes spoke to reporters.', ['Ana Lopes']);
    a.articleMentions.push({ key: 'incident:a1:1', count: 0, title: [0, 7] } as never);
    a.covers.push('incident:a1:1');
    const b = write('a2', 'Fire crews reached Dunmore. Rangers thanked Ana Lopes.', ['Dunmore']);
    b.covers.push('incident:a1:1', 'incident:a2:1');
    const keys = batchKeys([a, b] as never);
    expect(keys.keys).toEqual(['incident:a1:1', 'incident:a2:1', 'k:Ana Lopes', 'k:Dunmore']);
    expect(plain(mentionRows([a, b] as never, keys).articleMentions)).toEqual([
      [0, 0, 0, [0, 7]],
      [0, 2, 1],
      [1, 3, 1],
    ]);
    expect(coverRows([a, b], keys)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
  });

  it('refuse a key the batch does not name', () => {
    const a = write('a1', 'Rangers closed the road. Ana Lopes spoke to reporters.', ['Ana Lopes']);
    expect(() => batchKeys([a] as never).of('k:Nobody')).toThrow(/not a key of the batch/);
  });

  it('keep the text where the article holds a surrogate pair (Cypher counts code points)', () => {
    const a = write('a1', 'A \u{1F6A8} alert went out. Ana Lopes spoke to reporters.', ['Ana Lopes']);
    expect(rowsOf([a]).rows.map((r) => r[4])).toEqual(['Ana Lopes']);
  });

  it('keep the text where it is not its sentence between its offsets', () => {
    const a = write('a1', 'Rangers closed the road. Ana Lopes spoke to reporters.', ['Ana Lopes']);
    a.sentenceMentions[0]!.text = 'Ana  Lopes';
    expect(rowsOf([a]).rows.map((r) => r[4])).toEqual(['Ana  Lopes']);
  });
});
