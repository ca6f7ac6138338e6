// The entity rules run over spans as the tagger typed them, for the rule tests: each piece is found in the text
// (from an offset when the same words stand twice) and placed in its sentence.
import { makeDoc, sentenceAt } from '../../src/extract/document.js';
import { applyEntityRules } from '../../src/extract/entity-rules.js';
import { applyNameRepairRules } from '../../src/extract/name-repair-rules.js';
import { applyBodyNameRules } from '../../src/extract/body-name-rules.js';
import { applyTableRules } from '../../src/extract/table-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { res } from './resources.js';

/** a span as the tagger typed it: its type, its words, and where to look for them from (the first occurrence: 0) */
export type Piece = [Candidate['type'], string, number?];

/** one span as the tagger typed it, at `start` in sentence `sentence` (`sure`: a name the tagger is sure of) */
export function taggerSpan(
  type: Candidate['type'],
  start: number,
  text: string,
  sentence = 0,
  sure = false,
): Candidate {
  const c: Candidate = { type, start, end: start + text.length, text, sentence, gaz: [], source: 'tagger', roles: [] };
  return sure ? { ...c, sure } : c;
}

/**
 * Runs the entity rules over the given pieces of `text`, as the tagger typed them (`sure`: names the tagger is sure
 * of). `made` are the candidates in the pieces' order, as the rules left them (a dropped or joined one too); `kept`
 * the list after the rules, which drop and join candidates.
 */
export function candidatesOver(
  text: string,
  pieces: readonly Piece[],
  sure = false,
): { made: Candidate[]; kept: Candidate[] } {
  const doc = makeDoc({ text }, res);
  const made = pieces.map(([type, s, from]) => {
    const start = text.indexOf(s, from ?? 0);
    return taggerSpan(type, start, s, sentenceAt(doc.sentences, start), sure);
  });
  const kept = [...made];
  applyEntityRules(doc, kept);
  applyNameRepairRules(doc, kept);
  applyBodyNameRules(doc, kept);
  applyTableRules(doc, kept);
  return { made, kept };
}

/** runs the entity rules over the given pieces of `text`, as the tagger typed them; "type:text" of each after them */
export function rulesOver(text: string, pieces: readonly Piece[]): string[] {
  return candidatesOver(text, pieces).kept.map((c) => `${c.type}:${c.text}`);
}
