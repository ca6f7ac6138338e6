// Blame said of a named body (issue #10): a statement that judges a group guilty, accountable or behind the act, or
// says it "did it", names the doer as a claim does (incident-cues.claims); so does "attributed these acts to".
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf, ROLE_TEST_ENTITIES } from '../helpers/incident-roles.js';

const named = (text: string) => participantNames(roleIncidentsOf(text, ROLE_TEST_ENTITIES), 'perpetrator', false);

describe('a judgement of blame names the doer', () => {
  const lede = 'A car bomb went off outside a bank in Santa Clara on Monday, killing two clerks. ';

  it('reads "is behind the bombing"', () => {
    expect(named(`${lede}The governor said the Northern Liberation Front is behind the bombing.`)).toEqual([
      'Northern Liberation Front',
    ]);
  });

  it('reads "is guilty" and "is accountable for the attack"', () => {
    expect(named(`${lede}"Everybody knows the Northern Liberation Front is guilty," the mayor said.`)).toEqual([
      'Northern Liberation Front',
    ]);
    expect(named(`${lede}The bishop said the Northern Liberation Front was accountable for the attack.`)).toEqual([
      'Northern Liberation Front',
    ]);
  });

  it('reads "I am sure the group did it"', () => {
    expect(named(`${lede}"I am sure the Northern Liberation Front did it," the minister told reporters.`)).toEqual([
      'Northern Liberation Front',
    ]);
  });

  it('reads "attributed these acts to" (incident-roles.blameCues)', () => {
    expect(named(`${lede}The police attributed these acts to the Northern Liberation Front.`)).toEqual([
      'Northern Liberation Front',
    ]);
    expect(named(`${lede}The police attributed the delays to the Northern Liberation Front.`)).toEqual([]);
  });

  it('does not read a denial, a schedule or a guilt of something else', () => {
    expect(
      named(`${lede}The minister said nobody did it on purpose and the Popular Union is behind schedule.`),
    ).toEqual([]);
    expect(named(`${lede}The Popular Union is accountable to its voters, its leader said.`)).toEqual([]);
  });
});
