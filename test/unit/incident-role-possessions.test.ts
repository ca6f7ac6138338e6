// Who was harmed where a phrase names someone's kin, staff or property (roles22): "the mayor's wife" is the wife
// (role.possessor-not-head), and "an attack on the residence of the vice president" is aimed at the residence, its
// owner no victim by that cue (role.owner-not-harmed, data/lexicons/incident-roles.json ownedPlaceNouns).
import { describe, expect, it } from 'vitest';
import {
  describedPhrases as phrases,
  nameSlots,
  participantNames as role,
  roleIncidentsOf,
} from '../helpers/incident-roles.js';

describe('the one possessed is the one harmed (role.possessor-not-head)', () => {
  it('"killed the mayor\'s wife": the wife', () => {
    expect(phrases("Gunmen killed the mayor's wife in Santa Clara.", 'victim')).toEqual(["mayor's wife"]);
  });

  it('"in which Delgado\'s driver was killed": the driver, not Delgado', () => {
    expect(nameSlots("DELGADO'S DRIVER WAS KILLED IN THE ATTACK.").filter((x) => x.includes('DELGADO'))).toEqual([]);
    expect(phrases("DELGADO'S DRIVER WAS KILLED IN THE ATTACK.", 'victim')).toEqual(["DELGADO'S DRIVER"]);
  });

  it('"killed Ana Vidal\'s husband": the husband is the victim, Ana Vidal is not', () => {
    const incs = roleIncidentsOf("Gunmen killed Ana Vidal's husband in Santa Clara on Monday.");
    expect(role(incs, 'victim', false)).toEqual([]);
    expect(role(incs, 'victim', true)).toEqual(["Ana Vidal's husband"]);
  });

  it('a name with an apostrophe of its own is a name', () => {
    expect(nameSlots("Gunmen killed Luis O'Brien in the town.")).toEqual(["Luis O'Brien"]);
  });
});

describe('the owner of a building attacked (role.owner-not-harmed)', () => {
  it('"an attack on the residence of the vice president": no victim', () => {
    expect(phrases('The attack on the residence of the vice president caused damage.', 'victim')).toEqual([]);
  });

  it('"dynamited President X\'s private home": no victim', () => {
    expect(phrases("Rebels dynamited President Alfredo Cristiani's private home.", 'victim')).toEqual([]);
  });

  it('"the homes of 30 peasants were burned": no victim', () => {
    expect(phrases('The homes of 30 peasants were burned.', 'victim')).toEqual([]);
  });

  it('those harmed in the attack still are victims, and a convoy carries its people', () => {
    expect(phrases('Gunmen attacked the home of the mayor, killing two guards.', 'victim')).toEqual(['two guards']);
    expect(phrases('Rebels ambushed a convoy of soldiers.', 'victim')).toEqual(['convoy']);
  });
});

describe('a vehicle after a person noun is a thing attacked (role.thing-after-person-noun)', () => {
  it('"two police cars" names no people', () => {
    expect(phrases('Rebels attacked two police cars in Alpha, wounding three agents.', 'victim')).toEqual([
      'three agents',
    ]);
    expect(phrases('GUNMEN FIRED ON AN ARMY TRUCK NEAR THE BRIDGE.', 'victim')).toEqual([]);
  });

  it('nor a patrol car; a patrol is still the people in it', () => {
    expect(phrases('Rebels ambushed an army patrol car near Alpha.', 'victim')).toEqual([]);
    expect(phrases('Rebels ambushed an army patrol near Alpha.', 'victim')).toEqual(['army patrol']);
  });
});
