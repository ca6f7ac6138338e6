// A named armed group as the subject of a verb of attack on things, in a sentence with no incident noun (rule
// incidents/armed-group-deed), and an explosive charge set or thrown as a bombing of its own (incident-triggers).
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { ARMED_GROUP_DEED, groupDeedCuesOf } from '../../src/extract/incident-group-deed.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { extractedVictims, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';
import { res } from '../helpers/resources.js';

const deed = (before: string, after: string) =>
  ARMED_GROUP_DEED.apply({ cues: groupDeedCuesOf(res.words), before, after });

describe('a named armed group as the subject of a verb of attack on things (incidents/armed-group-deed)', () => {
  it('"the NLF destroyed the depot": an attack, and the NLF did it', () => {
    const incs = roleIncidentsOf('The NLF destroyed the fuel depot of Santa Clara on Monday night.');
    expect(incs.map((i) => i.kind)).toEqual(['attack']);
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it("a gloss, an auxiliary and its fighters' noun may stand between the name and the verb", () => {
    const incs = roleIncidentsOf(
      'SANTA CLARA, 4 MAR -- NLF [NORTHERN LIBERATION FRONT] SAPPERS HAVE SABOTAGED THE POWER LINES NEAR SANTA CLARA.',
    );
    expect(incs.map((i) => i.kind)).toEqual(['attack']);
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('a verb of fire makes an arson', () => {
    const incs = roleIncidentsOf('Witnesses said that the NLF set three buses on fire in Santa Clara on Monday.');
    expect(incs.map((i) => i.kind)).toEqual(['arson']);
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('no incident where the group is not the subject, nor where it suffered the verb', () => {
    expect(roleIncidentsOf('Troops pursuing the NLF destroyed a bridge near Santa Clara.')).toEqual([]);
    expect(roleIncidentsOf('The NLF was destroyed as a fighting force years ago, its leaders say.')).toEqual([]);
  });

  it('reads the subject position from the words before the name', () => {
    expect(deed('reports say that the ', ' destroyed the depot')).not.toBeNull();
    expect(deed('soldiers chasing the ', ' destroyed the depot')).toBeNull();
    expect(deed('', ' burned two trucks')?.arson).toBe(true);
  });

  it('"accused the NLF of destroying houses": the accused group did the deed its gerund names', () => {
    const incs = roleIncidentsOf(
      'The governor accused the NLF of destroying several houses in Santa Clara with dynamite on Monday.',
    );
    expect(incs.map((i) => i.kind)).toEqual(['attack']);
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
    expect(deed('officials blamed the ', ' for setting two buses on fire')?.arson).toBe(true);
  });

  it('an accusation of no deed of attack, or no accusation before the gerund, makes no incident', () => {
    expect(deed('the governor accused the ', ' of planning new offensives')).toBeNull();
    expect(deed('the governor praised the ', ' for destroying its weapons')).toBeNull();
    expect(roleIncidentsOf('The governor accused the NLF of lying about the peace talks in Santa Clara.')).toEqual([]);
  });
});

describe('a person strafed or riddled with bullets (incident-triggers)', () => {
  it('"died when he was strafed by guerrillas": a shooting that killed him', () => {
    const text = 'Judge Tomas Arbeloa died on Sunday when he was strafed by guerrillas near Santa Clara.';
    const incs = extract({ text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
    expect(incs.map((i) => [i.kind, i.killed])).toEqual([['shooting', 1]]);
    expect(extractedVictims(text)).toEqual(['Tomas Arbeloa']);
  });

  it('"the mayor was riddled with bullets from a passing car" is a shooting', () => {
    const incs = roleIncidentsOf('The mayor was riddled with bullets from a passing car in Santa Clara.');
    expect(incs.map((i) => i.kind)).toEqual(['shooting']);
  });
});

describe('an explosive charge set or thrown (incident-triggers)', () => {
  it('"placed dynamite charges at the bank": a bombing the NLF did', () => {
    const incs = roleIncidentsOf('NLF guerrillas placed two dynamite charges at the bank in Santa Clara on Monday.');
    expect(incs.map((i) => i.kind)).toEqual(['bombing']);
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });
});
