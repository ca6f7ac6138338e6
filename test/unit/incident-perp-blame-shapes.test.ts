// Perpetrator shapes of the perp48 round: a passive agent whose name opens with "People's" (rule
// incident/people-at-large reads no agent as the people harmed), blame put "on" someone after a long object
// ("blamed the bombing of … on"), organisations joined by "and the" (perpetrator/coordinated-bodies), and an adverb
// before "responsible" ("are solely responsible for"). Each with a guard against reading more than the sentence says.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';
import type { EntitySpec } from './extract-incidents.fixtures.js';

const PEOPLES_ARMY: EntitySpec = {
  type: 'organization',
  name: "People's Liberation Army",
  kind: 'armed_group',
  forms: ["PEOPLE'S LIBERATION ARMY"],
};
const SECOND_GROUP: EntitySpec = { type: 'organization', name: 'Red Dawn', kind: 'armed_group', forms: ['RED DAWN'] };
const FRONT: EntitySpec = {
  type: 'organization',
  name: 'Northern Liberation Front',
  kind: 'armed_group',
  forms: ['NLF', 'NORTHERN LIBERATION FRONT'],
};
const TOWN: EntitySpec = { type: 'place', name: 'Santa Clara', country: 'CU', forms: ['SANTA CLARA'] };

describe('an agent named "People\'s …" is no people at large (incident/people-at-large)', () => {
  it('"was kidnapped by People\'s Liberation Army guerrillas": an abduction, and the army did it', () => {
    const incs = roleIncidentsOf("A rancher was kidnapped by People's Liberation Army guerrillas in Santa Clara.", [
      PEOPLES_ARMY,
      TOWN,
    ]);
    expect(incs.map((i) => i.kind)).toEqual(['kidnapping']);
    expect(role(incs, 'perpetrator', false)).toEqual(["People's Liberation Army"]);
  });

  it('in capitals too', () => {
    const incs = roleIncidentsOf("A RANCHER WAS KILLED BY PEOPLE'S LIBERATION ARMY GUERRILLAS IN SANTA CLARA.", [
      PEOPLES_ARMY,
      TOWN,
    ]);
    expect(incs).toHaveLength(1);
    expect(role(incs, 'perpetrator', false)).toEqual(["People's Liberation Army"]);
  });

  it('a guard: violence aimed at a whole people is still no incident', () => {
    expect(roleIncidentsOf('The regime is killing the Salvadoran people, the bishop said.', [TOWN])).toEqual([]);
  });
});

describe('blame put "on" someone after a long object (role.blamed)', () => {
  it('"blamed yesterday\'s bombing of the newspaper offices in Santa Clara on the rebels"', () => {
    expect(
      phrases(
        "Police blamed yesterday's bombing of the newspaper offices in Santa Clara on the rebels.",
        'perpetrator',
      ),
    ).toEqual(['rebels']);
  });

  it('a guard: the place of an attack before "on" the one blamed is not blamed', () => {
    expect(phrases('Police blamed the attack on the barracks on the rebels.', 'perpetrator')).toEqual(['rebels']);
  });

  it('a guard: "blamed … for" is the accusation rule\'s, whatever "on" comes after it', () => {
    expect(phrases('The mayor blamed the rebels for the attack on the villagers.', 'perpetrator')).toEqual(['rebels']);
  });
});

describe('organisations joined by "and the" are one list of subjects (perpetrator/coordinated-bodies)', () => {
  it('"the Front and the Red Dawn bombed the bridge": both did it', () => {
    const incs = roleIncidentsOf('The Northern Liberation Front and the Red Dawn bombed the bridge near Santa Clara.', [
      FRONT,
      SECOND_GROUP,
      TOWN,
    ]);
    expect(role(incs, 'perpetrator', false).sort()).toEqual(['Northern Liberation Front', 'Red Dawn']);
  });

  it('in capitals too', () => {
    const incs = roleIncidentsOf('THE NORTHERN LIBERATION FRONT AND THE RED DAWN BOMBED THE BRIDGE NEAR SANTA CLARA.', [
      FRONT,
      SECOND_GROUP,
      TOWN,
    ]);
    expect(role(incs, 'perpetrator', false).sort()).toEqual(['Northern Liberation Front', 'Red Dawn']);
  });

  it('a guard: "or" leaves open who did it', () => {
    const incs = roleIncidentsOf('The Northern Liberation Front or the Red Dawn bombed the bridge near Santa Clara.', [
      FRONT,
      SECOND_GROUP,
      TOWN,
    ]);
    expect(role(incs, 'perpetrator', false)).toEqual(['Red Dawn']);
  });
});

describe('an adverb before "responsible" (role.claim)', () => {
  it('"the government and the army are solely responsible for the bombing"', () => {
    expect(
      phrases(
        'The government and the army are solely responsible for the bombing of the union offices.',
        'perpetrator',
      ),
    ).toEqual(['government', 'army']);
  });

  it('in capitals too', () => {
    expect(phrases('THE ARMY IS FULLY RESPONSIBLE FOR THE MASSACRE OF THE PEASANTS.', 'perpetrator')).toEqual(['ARMY']);
  });
});
