// Issue #11: "Board" ends the names of bodies ("the Kenya Rugby Board", "the Ohio Parole Board"), which news opens
// with a place's name; read as the place, such a body became a place node. As a head word of bodies (mentions.orgHeads)
// it makes the run an organisation (rule mentions/body-run). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

const rule = SPAN_RULES.find((r) => r.id === 'mentions/body-run')!;
/** the spans after rule mentions/body-run, given spans as the tagger typed them over the words of `sentence` */
const run = (sentence: string, tagged: Span[]) => {
  const words = sentence.split(' ');
  rule.run({ res, words, spans: tagged, allCaps: false, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
  return tagged.map((t) => [t.type, words.slice(t.s, t.e).join(' ')]);
};
const span = (type: string, s: number, e: number): Span => ({ type, s, e, gaz: [], weak: false, source: 'tagger' });

describe('"Board" as a head word of bodies', () => {
  it('makes a run that opens with a country and ends in "Board" an organisation', () => {
    expect(run('The Kenya Rugby Board fined two players on Monday .', [span('place', 1, 4)])).toEqual([
      ['organization', 'Kenya Rugby Board'],
    ]);
  });

  it('leaves a country before a lower-case "board" or "television" a place', () => {
    expect(
      run('Kenya television showed the Kenya board meeting .', [span('place', 0, 1), span('place', 4, 5)]),
    ).toEqual([
      ['place', 'Kenya'],
      ['place', 'Kenya'],
    ]);
  });
});
