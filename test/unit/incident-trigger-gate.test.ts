// The incident triggers' gate (IncidentLexicon.anyTrigger): a sentence it refuses must hold no trigger that starts a
// word (what rawTriggers keeps), and it need not try positions inside a word. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { startsWord } from '../../src/extract/incident-lexicon.js';
import { loadResources } from '../../src/extract/resources.js';

const lex = loadResources().incidents;

/** whether some trigger rule matches where a word starts, reading each rule's matches as rawTriggers does */
function triggerStartsWord(text: string): boolean {
  return lex.triggers.some((rule) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (startsWord(text, m.index)) return true;
      if (m[0] === '') rule.re.lastIndex++;
    }
    return false;
  });
}

const withTrigger = [
  'A bombing shook the market on Tuesday.',
  'Bombings were reported in two towns.',
  '(Shootings) rose last year, the report said.',
  '“Explosions” woke the street before dawn.',
  'Police said the blast damaged a bus.',
  'ÉTÉ: a car bomb went off near the port.',
  'Café owners heard the explosion at noon.',
  'Über drivers fled the shooting downtown.',
  'The ΣΩ club heard blasts after midnight.',
  // a letter beyond the BMP, and a combining mark whose case class holds a letter, right before the trigger: startsWord
  // reads one code unit before it, neither a letter nor a digit there
  'A 𝐀bombing was reported by the agency.',
  'A \u0345bombing was reported by the agency.',
];

const onlyInsideWords = [
  'The counterblasts of the brass band filled the square.',
  'Antibombings leaflets were printed.',
  'The minister spoke about roads and schools.',
  'Σblasts and ébombings are no words of English.',
];

describe('incident trigger gate', () => {
  it('passes every sentence where a trigger starts a word, whatever stands before it', () => {
    for (const s of withTrigger) {
      expect(triggerStartsWord(s), s).toBe(true);
      expect(lex.anyTrigger.test(s), s).toBe(true);
    }
  });

  it('refuses a sentence whose trigger words are only the tails of longer words', () => {
    for (const s of onlyInsideWords.slice(0, 3)) {
      expect(triggerStartsWord(s), s).toBe(false);
      expect(lex.anyTrigger.test(s), s).toBe(false);
    }
  });

  it('never refuses a sentence that holds a trigger starting a word', () => {
    for (const s of [...withTrigger, ...onlyInsideWords])
      if (triggerStartsWord(s)) expect(lex.anyTrigger.test(s), s).toBe(true);
  });
});
