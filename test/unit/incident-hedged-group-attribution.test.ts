// A group held to have done an attack by a suspicion (issue #10, rule incidents/hedged-group-attribution): "police
// suspect the Front", "the Front is believed to be behind the attack", "the Front is suspected of the bombing". The
// link is a perpetrator one that keeps the rule as its reason. Near misses: a negated suspicion, a belief about what
// the group will do, a person suspected, and a suspicion with no body of its own. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf } from '../helpers/incident-roles.js';

const LEDE =
  'SANTA CLARA, 9 March -- A bomb went off outside a bank in Santa Clara on Tuesday, wounding three clerks. ';
const perpetrators = (text: string) => participantNames(roleIncidentsOf(text), 'perpetrator', false);
const ruleOf = (text: string, name: string) =>
  roleIncidentsOf(text)
    .flatMap((i) => i.participants)
    .find((p) => p.role === 'perpetrator' && p.name === name)?.rule;

describe('a group held to have done an attack by a suspicion', () => {
  it('reads the group after a body that suspects it', () => {
    expect(perpetrators(LEDE + 'Police suspect the Northern Liberation Front.')).toEqual(['Northern Liberation Front']);
    expect(perpetrators(LEDE + 'Investigators said they suspected the NLF, which is active in the hills.')).toEqual([
      'Northern Liberation Front',
    ]);
    // a phrase describing the group, set off by a comma, may stand before its name
    expect(perpetrators(LEDE + 'Police suspect the radical leftist organisation, the NLF.')).toEqual([
      'Northern Liberation Front',
    ]);
    expect(ruleOf(LEDE + 'Police suspect the Northern Liberation Front.', 'Northern Liberation Front')).toBe(
      'incidents/hedged-group-attribution',
    );
  });

  it('reads the group before a passive of suspicion tied to the act', () => {
    expect(perpetrators(LEDE + 'The Northern Liberation Front is believed to be behind the blast.')).toEqual([
      'Northern Liberation Front',
    ]);
    expect(perpetrators(LEDE + 'The NLF was suspected of the bombing, the mayor said.')).toEqual([
      'Northern Liberation Front',
    ]);
  });

  it('reads no group where the suspicion is denied, is about a later act, or has no body of its own', () => {
    expect(perpetrators(LEDE + 'Police do not suspect the Northern Liberation Front.')).toEqual([]);
    expect(perpetrators(LEDE + 'The Northern Liberation Front is believed to be planning talks.')).toEqual([]);
    expect(perpetrators(LEDE + 'A man who once met the Northern Liberation Front spoke to reporters.')).toEqual([]);
  });

  it('leaves a person suspected to the rules of people', () => {
    expect(perpetrators(LEDE + 'Police suspect Tomas Reyes.')).not.toContain('Tomas Reyes');
  });
});
