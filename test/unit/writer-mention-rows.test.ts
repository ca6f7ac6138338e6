// The mention rows the graph writer sends (src/graph/writer.ts mentionRows): articles and sentences named by index,
// a sentence mention's text left out where Cypher's substring of its sentence gives it, kept otherwise.
import { describe, expect, it } from 'vitest';
import { mentionRows } from '../../src/graph/writer.js';

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
  return { article: { id, text } as { id: string; text: string }, sentences, sentenceMentions, articleMentions };
};

describe('mention rows sent with a batch', () => {
  it('name articles and sentences by index and leave out texts their sentence holds', () => {
    const a = write('a1', 'Rangers closed the Harbour Road. Ana Lopes spoke to reporters.', [
      'Ana Lopes',
      'Harbour Road',
    ]);
    const b = write('a2', 'Fire crews reached Dunmore. Rangers thanked Ana Lopes.', ['Dunmore', 'Ana Lopes']);
    const m = mentionRows([a, b] as never);
    expect(m.articles).toEqual(['a1', 'a2']);
    expect(m.sentences).toEqual(['a1:1', 'a1:0', 'a2:0', 'a2:1']);
    expect(plain(m.rows)).toEqual([
      [0, 'k:Ana Lopes', 33, 42],
      [3, 'k:Ana Lopes', 44, 53],
      [2, 'k:Dunmore', 19, 26],
      [1, 'k:Harbour Road', 19, 31],
    ]);
    expect(plain(m.articleMentions)).toEqual([
      { key: 'k:Ana Lopes', article: 0, count: 1 },
      { key: 'k:Ana Lopes', article: 1, count: 1 },
      { key: 'k:Dunmore', article: 1, count: 1 },
      { key: 'k:Harbour Road', article: 0, count: 1 },
    ]);
  });

  it('keep the text where the article holds a surrogate pair (Cypher counts code points)', () => {
    const a = write('a1', 'A \u{1F6A8} alert went out. Ana Lopes spoke to reporters.', ['Ana Lopes']);
    expect(mentionRows([a] as never).rows.map((r) => r[4])).toEqual(['Ana Lopes']);
  });

  it('keep the text where it is not its sentence between its offsets', () => {
    const a = write('a1', 'Rangers closed the road. Ana Lopes spoke to reporters.', ['Ana Lopes']);
    a.sentenceMentions[0]!.text = 'Ana  Lopes';
    expect(mentionRows([a] as never).rows.map((r) => r[4])).toEqual(['Ana  Lopes']);
  });
});
