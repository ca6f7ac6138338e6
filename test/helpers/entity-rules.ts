// The entity rules run over spans as the tagger typed them, for the rule tests: each piece is found in the text
// (from an offset when the same words stand twice) and placed in its sentence.
import { makeDoc, sentenceAt } from '../../src/extract/document.js';
import { applyEntityRules } from '../../src/extract/entity-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { res } from './resources.js';

/** runs the entity rules over the given pieces of `text`, as the tagger typed them; "type:text" of each after them */
export function rulesOver(text: string, pieces: [Candidate['type'], string, number?][]): string[] {
  const doc = makeDoc({ text }, res);
  const cands = pieces.map(([type, s, from]): Candidate => {
    const start = text.indexOf(s, from ?? 0);
    const sentence = sentenceAt(doc.sentences, start);
    return { type, start, end: start + s.length, text: s, sentence, gaz: [], source: 'tagger', roles: [] };
  });
  applyEntityRules(doc, cands);
  return cands.map((c) => `${c.type}:${c.text}`);
}
