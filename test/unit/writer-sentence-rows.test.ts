// The sentence rows the graph writer sends (src/graph/writer.ts sentenceRows): without their text where Cypher's
// substring of the article's text gives the same string (no surrogate pair in the text), with it otherwise.
import { describe, expect, it } from 'vitest';
import { sentenceRows } from '../../src/graph/writer.js';

const write = (text: string) => {
  const cut = text.indexOf('. ') + 1;
  const sentences = [
    { id: 's0', index: 0, start: 0, end: cut, text: text.slice(0, cut), textHash: 'h0' },
    { id: 's1', index: 1, start: cut + 1, end: text.length, text: text.slice(cut + 1), textHash: 'h1' },
  ];
  return { article: { text } as { text: string }, sentences };
};

describe('sentence rows sent with their article', () => {
  it('leave the text out when the article holds no surrogate pair', () => {
    const rows = sentenceRows(write('Police sealed off the café. Two men were held on Tuesday.') as never);
    expect(rows).toEqual([
      ['s0', 0, 0, 27, 'h0'],
      ['s1', 1, 28, 57, 'h1'],
    ]);
  });

  it('keep it when the text holds one (Cypher counts code points, JavaScript UTF-16 units)', () => {
    const w = write('Police posted a \u{1F6A8} warning. Two men were held on Tuesday.');
    const rows = sentenceRows(w as never);
    expect(rows.map((r) => r[5])).toEqual(w.sentences.map((s) => s.text));
    expect(rows.map((r) => r.slice(0, 5))).toEqual(w.sentences.map((s) => [s.id, s.index, s.start, s.end, s.textHash]));
  });
});
