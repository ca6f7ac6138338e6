// Perpetrator organisations of the perporg54 round: a force with an aside on its means between it and its verb of
// attack from a distance (role.remote-attack-after-aside), and a state force the attackers are said to be members of,
// which stays a perpetrator beside them (incidents/attackers-own-force). Each with a near miss that must not change.
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf, ROLE_TEST_ENTITIES } from '../helpers/incident-roles.js';
import type { EntitySpec } from './extract-incidents.fixtures.js';

describe('an aside on what a force used, between it and its verb of bombing (role.remote-attack-after-aside)', () => {
  it('"the air force, using helicopter gunships, bombed": the air force did it', () => {
    const incs = roleIncidentsOf(
      'Rebels said that on Sunday the air force, using helicopter gunships and transport planes, bombed hamlets near Santa Clara, killing four farmers.',
    );
    expect(incs.map((i) => i.kind)).toContain('bombing');
    expect(role(incs, 'perpetrator', true)).toEqual(['air force']);
  });

  it('"backed by tanks" and an adverb in -ly before the verb', () => {
    const incs = roleIncidentsOf(
      'The army, backed by tanks and artillery, heavily shelled the outskirts of Santa Clara on Sunday, killing three farmers.',
    );
    expect(role(incs, 'perpetrator', true)).toEqual(['army']);
  });

  it('a near miss: an aside that says who reported it gives no doer', () => {
    const incs = roleIncidentsOf(
      'The army, the rebels said on Monday, shelled the outskirts of Santa Clara on Sunday, killing three farmers.',
    );
    expect(role(incs, 'perpetrator', true)).toEqual([]);
  });

  it('a near miss: a place with an aside, then a passive verb, is what was shelled', () => {
    const incs = roleIncidentsOf(
      'The town, with its old church and market, was shelled on Sunday near Santa Clara, killing three farmers.',
    );
    expect(role(incs, 'perpetrator', true)).toEqual([]);
  });
});

const WITH_POLICE: readonly EntitySpec[] = [
  ...ROLE_TEST_ENTITIES,
  { type: 'organization', name: 'Border Police', kind: 'agency' },
];

describe('the state force the attackers are members of stays a perpetrator (incidents/attackers-own-force)', () => {
  it('"the killers were members of the Border Police": the force did it with them, no responder', () => {
    const incs = roleIncidentsOf(
      'Two union leaders were shot dead in Santa Clara on Sunday. Witnesses said the killers were members of the Border Police.',
      WITH_POLICE,
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Border Police']);
    expect(role(incs, 'responder', false)).toEqual([]);
  });

  it('"the gunmen were either members of the Border Police": the same', () => {
    const incs = roleIncidentsOf(
      'Two union leaders were shot dead by gunmen in Santa Clara on Sunday. Their friends say the gunmen were either members of the Border Police or men close to them.',
      WITH_POLICE,
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Border Police']);
  });

  it('a near miss: police who hunt the gunmen are the response to them', () => {
    const incs = roleIncidentsOf(
      'Two union leaders were shot dead by gunmen in Santa Clara on Sunday, and officers of the Border Police returned fire.',
      WITH_POLICE,
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Border Police');
  });
});
