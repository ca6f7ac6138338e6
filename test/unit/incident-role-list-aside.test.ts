// An item of a list of people harmed may carry an aside before the next item: set off by dashes, or a relative clause
// between commas. The list goes on after the aside (rule role.list-aside), read after its cue and before it.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('a list item with an aside (role.list-aside)', () => {
  it('dashes after the cue: "kidnapped three nuns -- two of them foreigners -- and their driver"', () => {
    const v = phrases('Rebels kidnapped three nuns -- two of them foreigners -- and their driver on Monday.', 'victim');
    expect(v).toEqual(expect.arrayContaining(['three nuns', 'driver']));
  });

  it('dashes before a passive verb, in capitals and with an em dash', () => {
    const caps = 'ON FRIDAY FOUR TEACHERS -- THREE LOCALS AND ONE VISITOR -- AND A NURSE WERE SHOT BY GUNMEN.';
    expect(phrases(caps, 'victim')).toEqual(expect.arrayContaining(['FOUR TEACHERS', 'NURSE']));
    const em = 'On Friday four teachers — three locals and one visitor — and a nurse were shot by gunmen.';
    expect(phrases(em, 'victim')).toEqual(expect.arrayContaining(['four teachers', 'nurse']));
  });

  it('a relative clause between commas: "killed five workers, two of whom were brothers, and a guard"', () => {
    const v = phrases('The blast killed five workers, two of whom were brothers, and a guard.', 'victim');
    expect(v).toEqual(expect.arrayContaining(['five workers', 'guard']));
    // the clause says who two of the workers were; it names no one more
    expect(v.filter((x) => /brothers/iu.test(x))).toEqual([]);
  });

  it('a relative clause and then the next clause is no item', () => {
    const v = phrases(
      'Gunmen killed two teachers, who were driving home, and police said the attack was planned.',
      'victim',
    );
    expect(v).toEqual(['two teachers']);
  });
});
