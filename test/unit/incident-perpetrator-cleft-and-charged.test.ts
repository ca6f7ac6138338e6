// Two shapes that name who did an act of harm: a cleft between the subject and its verb ("the guards were the ones
// who shot the prisoners", rule role.cleft-subject), and a progressive passive before a suspicion cue ("the police
// are being accused of the killing", rule role.suspected-of). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { rolePhrasesIn } from '../helpers/incident-roles.js';

const perpetrators = (s: string) =>
  rolePhrasesIn(s)
    .filter((p) => p.role === 'perpetrator')
    .map((p) => p.text);

describe('a cleft before a verb of harm (role.cleft-subject)', () => {
  it('names the subject of the cleft as the one who did it', () => {
    expect(perpetrators('Witnesses said the border guards were the ones who shot the two farmers.')).toEqual([
      'border guards',
    ]);
  });

  it('names no one where the verb after the cleft is no harm', () => {
    expect(perpetrators('The farmers said they are the ones who were wronged.')).toEqual([]);
  });
});

describe('a progressive passive before a suspicion cue (role.suspected-of)', () => {
  it('reads "are being accused of" as "are accused of"', () => {
    expect(perpetrators('Now the border guards are being accused of the murder of a teacher.')).toEqual([
      'border guards',
    ]);
  });
});
