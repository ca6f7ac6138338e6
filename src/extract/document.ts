// Sentence splitting that keeps character offsets into the original text.
// Owned by the entity-extraction work; incidents and relations only read `Doc`.
import type { ArticleInput, Sentence } from './types.js';

export interface Doc {
  input: ArticleInput;
  text: string;
  sentences: Sentence[];
}

const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*[A-Z0-9“"‘'])/g;

/** Baseline splitter; the entity work replaces it with one that knows abbreviations and datelines. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

export function makeDoc(input: ArticleInput): Doc {
  return { input, text: input.text, sentences: splitSentences(input.text) };
}
