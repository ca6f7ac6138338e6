// A casualty rule's cue (CasualtyCues.cues) lets a sentence without the rule's verb or word of harm skip its costly
// pattern (issue 12: the casualty patterns were an eighth of extraction time). Each cue is made of parts of the rule's
// own pattern, so the skip can never drop a count: checked here for every rule, and on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { casualtiesIn, type CasualtyCues } from '../../src/extract/casualties.js';
import { res } from '../helpers/resources.js';

const cues = res.incidents.casualties;
const withoutCues: CasualtyCues = { ...cues, cues: {} };

describe('casualty rule cues', () => {
  it('are made of parts of their own rule’s pattern, tested case-insensitively', () => {
    const ids = Object.keys(cues.cueParts);
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) {
      const pattern = cues.patterns[id];
      expect(pattern, id).toBeDefined();
      for (const part of cues.cueParts[id]!) expect(pattern!.source, id).toContain(part);
      expect(cues.cues[id]!.flags, id).toContain('i');
    }
  });

  it('skip only sentences the rules could not count in: the same counts with and without them', () => {
    const sentences = [
      'Gunmen killed three farmers near Lakeside on Sunday, and two others were wounded.',
      'A guard, a driver and two passers-by were injured when the device went off.',
      'The death toll rose to 41 on Monday, officials said.',
      'Police said the officer was shot dead and a teenager later died in hospital.',
      'The blast killed a soldier and wounded his two children, leaving the house in ruins.',
      'No one was hurt in the fire, which destroyed a warehouse.',
      'The council approved a new budget for the harbour on Tuesday.',
      'Maria Ortez and Jon Bell were killed, and Ana Ruiz was wounded.',
    ];
    let found = 0;
    for (const s of sentences) {
      const counts = casualtiesIn(cues, s, 0);
      found += counts.length;
      expect(counts, s).toEqual(casualtiesIn(withoutCues, s, 0));
    }
    expect(found).toBeGreaterThan(10);
  });
});
