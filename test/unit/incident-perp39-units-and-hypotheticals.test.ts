// Perpetrator bodies of the perp39 round: a unit an armed group names after a person is a body, not that person
// (mentions/person-name-opens-unit-name). Sentences written for this test; each with a guard against reading more.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const extracted = (text: string) => extract({ text }, res).entities;
const perpetrators = (text: string): string[] =>
  extracted(text)
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));
const typeOf = (text: string, name: string) => extracted(text).find((e) => e.name === name)?.type;

describe('a unit named after a person (mentions/person-name-opens-unit-name)', () => {
  const caps =
    'QUITO, 4 MAR 90 -- A BOMB WENT OFF LAST NIGHT AT A POWER STATION NEAR QUITO. THE ANTONIO SILVA COMMANDO UNIT CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE STATION.';

  it("in capitals, the person's name and the unit nouns after it are one body", () => {
    expect(typeOf(caps, 'Antonio Silva Commando Unit')).toBe('organization');
    expect(typeOf(caps, 'Antonio Silva')).toBeUndefined();
  });

  it('the unit, not the person it is named after, claimed the attack', () => {
    const perps = perpetrators(caps);
    expect(perps).toContain('Antonio Silva Commando Unit');
    expect(perps).not.toContain('Antonio Silva');
  });

  it('one unit noun is enough ("the Rosa Marin Cell")', () => {
    const text =
      'LIMA, 4 MAR 90 -- TWO ENGINEERS WERE KIDNAPPED YESTERDAY NEAR HUARAZ BY THE ROSA MARIN CELL OF THE NORTHERN LIBERATION FRONT.';
    expect(typeOf(text, 'Rosa Marin Cell')).toBe('organization');
  });

  it('a person followed by a word that is no unit noun stays a person', () => {
    const text =
      'QUITO, 4 MAR 90 -- GUNMEN SHOT DEAD ANTONIO SILVA YESTERDAY OUTSIDE HIS HOME IN QUITO, THE POLICE SAID.';
    expect(typeOf(text, 'Antonio Silva')).toBe('person');
  });
});

const rolesOf = (text: string): [string, string][] =>
  extracted(text)
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) => i.participants.map((p): [string, string] => [p.name, p.role]));

describe('attackers of a sentence without an incident beside state doers (incidents/orphan-attackers-beside-state-doers)', () => {
  const blamed =
    'TEGUCIGALPA, 9 MAY 90 -- A GROUP OF LAWYERS TODAY BLAMED SOLDIERS OF THE ARMY FOR THE MURDER OF THREE TEACHERS IN COMAYAGUA. THE MINISTER SAID THE CHARGE WAS PART OF THE OFFENSIVE THAT THE REBELS LAUNCHED IN MARCH.';

  it("the soldiers blamed in the incident's own sentence stay its perpetrators", () => {
    const roles = rolesOf(blamed);
    expect(roles).toContainEqual(['soldiers', 'perpetrator']);
    expect(roles).not.toContainEqual(['soldiers', 'responder']);
  });

  it('rebels a later sentence only mentions do not join the murder', () => {
    expect(rolesOf(blamed)).not.toContainEqual(['rebels', 'perpetrator']);
  });

  it('attackers a later sentence holds responsible still join it', () => {
    const text =
      'TEGUCIGALPA, 9 MAY 90 -- POLICE TODAY ACCUSED TWO OFFICERS OF THE MURDER OF THREE TEACHERS IN COMAYAGUA. A JUDGE SAID THE REBELS ARE RESPONSIBLE FOR THE CRIME.';
    expect(rolesOf(text)).toContainEqual(['rebels', 'perpetrator']);
  });
});

describe('the agent of an act a clause only supposes (role.conditional-agent)', () => {
  it('"as they would have if it had been carried out by the Front": the Front is no perpetrator', () => {
    const text =
      'SANTA RITA, 5 MAY 90 -- THREE NUNS WERE MURDERED YESTERDAY AT THEIR CONVENT IN SANTA RITA. THE TROOPS NEARBY DID NOT MOVE, AS THEY WOULD HAVE IF THE OPERATION HAD BEEN CARRIED OUT BY THE NORTHERN LIBERATION FRONT.';
    expect(perpetrators(text)).not.toContain('Northern Liberation Front');
  });

  it('"unless it was planted by rebels": nor are the rebels', () => {
    const text =
      'A bomb killed two porters at the Santa Rita bus station on Sunday. Nobody knows who left it there unless it was planted by rebels.';
    expect(perpetrators(text)).not.toContain('rebels');
  });

  it('a comma closes the supposition: the agent after it is said to have done it', () => {
    const text =
      'Three nuns were murdered on Sunday at their convent in Santa Rita. If the witnesses are right, the murders were carried out by the Northern Liberation Front.';
    expect(perpetrators(text)).toContain('Northern Liberation Front');
  });
});
