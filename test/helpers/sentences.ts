// Naive sentence splitting for hand-written test fixtures (full stops, question and exclamation marks), with offsets.
import type { Sentence } from '../../src/extract/types.js';

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const body = m[0].trim();
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}
