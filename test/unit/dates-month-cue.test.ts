// The quick test before chrono-node reads a sentence (mayHoldDate): a month's name is a cue of a date only where
// chrono-node can read it as one (before a character that is not a letter, or a word it reads glued to the name), so
// words that merely start like a month ("market", "decided") send no sentence to chrono-node, and every month date
// chrono-node reads is still let through. Sentences written for this test.
import * as chronoEn from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { datesIn, mayHoldDate } from '../../src/extract/dates.js';
import { res } from '../helpers/resources.js';

const anchor = new Date('2021-06-09T12:00:00Z');

describe("a month's name as a cue of a date", () => {
  it('words that only start like a month are no cue', () => {
    for (const text of [
      'Prices at the market rose sharply.',
      'The council decided against the plan.',
      'A separate inquiry was opened.',
      'Jansher won the final in straight games.',
      'The mayor declined to comment.',
    ])
      expect(mayHoldDate(text, res.words), text).toBe(false);
  });

  it('every month date chrono-node reads is let through, in any case and glued as chrono-node reads it', () => {
    for (const text of [
      'The raid took place in March.',
      'Rebels struck on Sept. 4 near the border.',
      'The bomb went off on 3 JAN 2020 at the market.',
      'Troops left the town on dec 12.',
      'The ceasefire held until Jan2021.',
      'The talks began on Marchfirst.',
      'The pact was signed in Mayof 2019.',
      'Fighting resumed in October, officials said.',
    ]) {
      expect(mayHoldDate(text, res.words), text).toBe(true);
      expect(
        chronoEn.parse(text, { instant: anchor, timezone: 0 }).some((r) => r.start.isCertain('month')),
        text,
      ).toBe(true);
    }
  });

  it('a month named in a sentence is still dated', () => {
    expect(datesIn('Gunmen attacked the post on May 3.', 0, anchor, undefined, res.words).map((d) => d.iso)).toEqual([
      '2021-05-03',
    ]);
    expect(datesIn('The market was attacked, officials said.', 0, anchor, undefined, res.words)).toEqual([]);
  });
});
