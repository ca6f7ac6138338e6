// Rule casualty/members-of-name: a count of the members of a named body, then its verb of death ("two members of
// the Red Dawn Front were killed"). The body's name after "of (the)" stands between the count and the verb, and the
// count is of the members. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { res } from '../helpers/resources.js';

const counts = (s: string) => casualtiesIn(res.incidents.casualties, s, 0).map((c) => [c.what, c.count]);

describe('a count of members of a named body (casualty/members-of-name)', () => {
  it('counts the members killed, in capitals as wire copy writes them', () => {
    expect(counts('TWO MEMBERS OF THE RED DAWN FRONT WERE KILLED IN A CLASH NEAR THE BORDER.')).toEqual([
      ['killed', 2],
    ]);
    expect(counts('Three militants of the Northern Liberation Front died in the raid.')).toEqual([['killed', 3]]);
  });

  it('keeps a bracketed gloss after the name', () => {
    expect(counts('FOUR FIGHTERS OF THE NLF [NORTHERN LIBERATION FRONT] WERE KILLED YESTERDAY.')).toEqual([
      ['killed', 4],
    ]);
  });

  it('counts no one when the members are the killers of someone else', () => {
    expect(counts('Two members of the Red Dawn Front killed a farmer near the border.')).toEqual([['killed', 1]]);
  });

  it('does not run the name over a clause', () => {
    expect(counts('Five members of the patrol that was ambushed were unhurt.')).toEqual([]);
  });
});
