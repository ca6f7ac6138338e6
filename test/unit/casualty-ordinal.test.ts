// An ordinal after "a" counts one person more ("and a fourth wounded"), and an item of a list of victims never holds
// a clause's verb ("Five were killed and a sixth" is no list of six).
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { res } from '../helpers/resources.js';

const counts = (s: string) => casualtiesIn(res.incidents.casualties, s, 0).map((c) => [c.what, c.count]);

describe('ordinals in casualty counts', () => {
  it('(rule casualty/ordinal-injured) "a fifth hurt" after a toll is one injured', () => {
    expect(counts('Four miners were shot dead and a fifth hurt in the ambush on Tuesday.')).toEqual([
      ['killed', 4],
      ['injured', 1],
    ]);
    expect(counts('Two pilgrims died at the scene and a third man was seriously wounded.')).toEqual([
      ['killed', 2],
      ['injured', 1],
    ]);
  });

  it('after a verb of harm: "killing three soldiers and wounding a fourth" is one injured', () => {
    expect(counts('Gunmen ambushed the patrol, killing three soldiers and wounding a fourth.')).toEqual([
      ['killed', 3],
      ['injured', 1],
    ]);
  });

  it('(rule casualty/ordinal-killed) "a second person killed" is one dead', () => {
    expect(counts('One soldier was wounded and a second soldier killed by the mine.')).toEqual([
      ['injured', 1],
      ['killed', 1],
    ]);
  });

  it('(rule casualty/list-item-holds-no-verb) a list of victims still sums its items', () => {
    expect(counts('A driver and three passengers were wounded near the depot.')).toEqual([['injured', 4]]);
    expect(counts('Six people were killed and a seventh wounded.')).toEqual([
      ['killed', 6],
      ['injured', 1],
    ]);
  });
});

describe('a list of victims before a hedged verb', () => {
  it('"four guards and nine fighters were reportedly killed" sums both items', () => {
    expect(counts('Four guards and nine fighters were reportedly killed in the clashes.')).toEqual([['killed', 13]]);
  });
});
