// The mention an entity rule adds where the tagger gave none: one shape for every rule that makes one.
import { sentenceAt, type Doc } from './document.js';
import type { Candidate, MentionType } from './mentions.js';

/** A rule's mention of `doc` at [start, end): its words and sentence read from the document, `rule` its reason. */
export function ruleCandidate(doc: Doc, type: MentionType, start: number, end: number, rule?: string): Candidate {
  return {
    type,
    start,
    end,
    text: doc.input.text.slice(start, end),
    sentence: sentenceAt(doc.sentences, start),
    gaz: [],
    source: 'rule',
    roles: [],
    ...(rule ? { rules: [rule] } : {}),
  };
}
