// A list after a role phrase reads one more item at a time; an item may reach four words before its person noun and
// so read across the next clause's verb ("killed a farmer and police today arrested two men" named the two men as
// victims). Rule role.list-item-no-verb ends the list there.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('a list item never holds the next clause’s verb (role.list-item-no-verb)', () => {
  const men = (xs: string[]) => xs.filter((x) => /\bmen\b|suspects/iu.test(x));

  it('"killed a farmer and police today arrested two men": the men are no victims', () => {
    const v = phrases('Gunmen killed a farmer and police today arrested two men near the market.', 'victim');
    expect(v).toContain('farmer');
    expect(men(v)).toEqual([]);
  });

  it('with a force noun and an adverb before the verb, and in capitals', () => {
    expect(men(phrases('Rebels shot a teacher and the army quickly detained several suspects.', 'victim'))).toEqual([]);
    expect(men(phrases('GUNMEN KILLED A FARMER AND POLICE LATER ARRESTED 2 MEN.', 'victim'))).toEqual([]);
  });

  it('a list of people harmed still reads on', () => {
    const v = phrases('Gunmen killed a farmer, his wife and two farmhands in the village.', 'victim');
    expect(v).toEqual(expect.arrayContaining(['farmer', 'wife']));
  });
});
