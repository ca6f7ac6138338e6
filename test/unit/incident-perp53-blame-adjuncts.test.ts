// Perpetrator shapes of the perporg53 round: the "by" agent of a participle of carrying out an act after when and
// where it happened (role.blamed-after-adjuncts), and an act a copula or "as" calls an action, act or operation of
// someone (role.blamed-act-noun). Each with a near miss that must stay unread.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';
import type { EntitySpec } from './extract-incidents.fixtures.js';

const FRONT: EntitySpec = {
  type: 'organization',
  name: 'Northern Liberation Front',
  kind: 'armed_group',
  forms: ['NORTHERN LIBERATION FRONT'],
};

describe('a "by" agent after when and where the act happened (role.blamed-after-adjuncts)', () => {
  it('"carried out this morning by" + described doers', () => {
    expect(
      phrases('The bombing of the power station was carried out this morning by urban guerrillas.', 'perpetrator'),
    ).toEqual(['urban guerrillas']);
  });

  it('"launched on 12 May in the north by" + a named group', () => {
    const incs = roleIncidentsOf(
      'The attack on the barracks, launched on 12 May in the north by the Northern Liberation Front, killed four soldiers.',
      [FRONT],
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('not a "by" that only says how ("carried out this morning by hand" names no doer)', () => {
    const incs = roleIncidentsOf('The bombing of the depot was carried out this morning by hand.', [FRONT]);
    expect(incs.map((i) => i.kind)).toEqual(['bombing']);
    expect(incs.flatMap((i) => i.participants).filter((p) => p.role === 'perpetrator')).toEqual([]);
  });

  it('not an order or a plan ("a curfew ordered on Monday by the municipal government" is no doer of the bombing)', () => {
    const incs = roleIncidentsOf(
      'The bank was bombed hours after a curfew ordered on Monday by the municipal government came into force.',
      [FRONT],
    );
    expect(incs.map((i) => i.kind)).toEqual(['bombing']);
    expect(incs.flatMap((i) => i.participants).filter((p) => p.role === 'perpetrator')).toEqual([]);
  });
});

describe('an act called an action or operation of someone (role.blamed-act-noun)', () => {
  it('"the bombing was a cowardly action by the army"', () => {
    expect(phrases('The bombing of the market was a cowardly action by the army.', 'perpetrator')).toEqual(['army']);
  });

  it('"as an act of desperation by" + a named group, in capitals', () => {
    const incs = roleIncidentsOf(
      'THE MINISTER SAID THE BOMBING OF THE MARKET MUST BE SEEN AS AN ACT OF DESPERATION BY THE NORTHERN LIBERATION FRONT.',
      [FRONT],
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('not where it is denied ("was not an action by the army")', () => {
    expect(phrases('The bombing of the market was not an action by the army.', 'perpetrator')).toEqual([]);
  });

  it('not an action with no copula or "as" before it ("praised the swift action by the police")', () => {
    expect(
      phrases('After the bombing of the market the mayor praised the swift action by the police.', 'perpetrator'),
    ).toEqual([]);
  });
});
