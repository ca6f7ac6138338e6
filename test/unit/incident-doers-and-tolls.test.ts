// Who did it and how many died, where the sentence holds more than the incident (issue #10): a count of what police or
// troops did since (casualty/responders-own-toll), a name set off by commas after the doer's noun
// (perpetrator/apposed-to-subject), attackers counted among the dead (role.attackers-among-the-dead), and a body that
// says its drone or aircraft struck (role.named-own-machine, role.own-machine, role.possessive-machine-subject).
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf, ROLE_TEST_ENTITIES } from '../helpers/incident-roles.js';
import type { IncidentEntity } from '../../src/extract/types.js';

const killedOf = (incs: IncidentEntity[]) => incs.map((i) => i.killed);

describe('a count of the responders’ own killings (casualty/responders-own-toll)', () => {
  it('is no toll of an incident word in another clause: "since the siege, police say they have killed …"', () => {
    const incs = roleIncidentsOf(
      'Gunmen seized a hotel in Santa Clara in March 2019 and shot dead nine guests. ' +
        'Since the siege, police say they have killed more than 60 suspected militants in raids.',
    );
    expect(killedOf(incs)).toContain(9);
    expect(killedOf(incs)).not.toContain(60);
  });

  it('troops as the subject of "had killed" in a clause after the incident word: not its toll either', () => {
    const incs = roleIncidentsOf(
      'The bombing of the bus depot in Santa Clara on Monday killed three drivers, and troops had killed 14 suspected gunmen by Friday.',
    );
    expect(killedOf(incs)).toContain(3);
    expect(killedOf(incs)).not.toContain(14);
  });

  it('civilians the troops killed stay the toll: their harm is the attack itself', () => {
    const incs = roleIncidentsOf('In the massacre at a village near Santa Clara, soldiers killed 17 fishermen.');
    expect(killedOf(incs)).toContain(17);
  });

  it('stays the toll of an incident word of its own clause: "troops killed 20 rebels in a clash"', () => {
    const incs = roleIncidentsOf('Troops killed 20 rebels in a clash near Santa Clara on Monday.');
    expect(killedOf(incs)).toContain(20);
  });
});

describe('a name set off by commas after the doer’s noun (perpetrator/apposed-to-subject)', () => {
  it('"the uncle, X, drove a van loaded with explosives into the school": X did it', () => {
    const incs = roleIncidentsOf(
      'A van bomb exploded at a school in Santa Clara on Friday, killing six pupils. ' +
        'Investigators said the uncle, Tomas Reyes, drove a van loaded with explosives into the school yard.',
    );
    expect(role(incs, 'perpetrator', false)).toContain('Tomas Reyes');
  });

  it('not the one the apposition names when its verb is no attack ("the uncle, X, told reporters")', () => {
    const incs = roleIncidentsOf(
      'A van bomb exploded at a school in Santa Clara on Friday, killing six pupils. ' +
        'The janitor, Tomas Reyes, told reporters he heard two blasts.',
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Tomas Reyes');
  });

  it('not a name renaming the one harmed ("the guard, X, was shot")', () => {
    const incs = roleIncidentsOf(
      'Gunmen raided a bank in Santa Clara on Friday. The guard, Tomas Reyes, was shot in the leg.',
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Tomas Reyes');
  });
});

describe('attackers a count of the dead includes (role.attackers-among-the-dead)', () => {
  it('"killing nine people including the three bombers": the bombers did it and are no victims', () => {
    const incs = roleIncidentsOf(
      'Three men blew themselves up at two markets in Santa Clara on Friday, killing at least nine people including the three bombers.',
    );
    expect(role(incs, 'victim', true)).not.toContain('three bombers');
    expect(role(incs, 'perpetrator', true)).toContain('three bombers');
    expect(killedOf(incs)).toContain(9);
  });

  it('people of any other noun so included stay victims ("including two children")', () => {
    const incs = roleIncidentsOf(
      'Gunmen attacked a market in Santa Clara on Friday, killing seven people, including two children.',
    );
    expect(role(incs, 'victim', true)).toContain('two children');
  });
});

describe('a body that says its drone or aircraft struck (role.named-own-machine, role.own-machine)', () => {
  const specs = [
    ...ROLE_TEST_ENTITIES,
    { type: 'organization' as const, name: 'Ruritanian Army', kind: 'agency' as const },
  ];

  it('"the Ruritanian Army said its drone had struck the gathering": the army did it', () => {
    const incs = roleIncidentsOf(
      'An air strike on a funeral in Santa Clara killed 40 mourners on Sunday. ' +
        'The Ruritanian Army said its drone had struck the gathering by mistake.',
      specs,
    );
    expect(role(incs, 'perpetrator', false)).toContain('Ruritanian Army');
  });

  it('a force by its noun: "the military acknowledged that its jets hit the convoy"', () => {
    const incs = roleIncidentsOf(
      'An air strike on a convoy near Santa Clara killed 12 refugees on Sunday. ' +
        'The military acknowledged that its jets hit the convoy.',
    );
    expect(role(incs, 'perpetrator', true)).toContain('military');
  });

  it('"Its drone had struck …" opening a sentence: the body the sentence before opens with (incidents/machine-owner-previous-subject)', () => {
    const incs = roleIncidentsOf(
      'An air strike on a funeral in Santa Clara killed 40 mourners on Sunday. ' +
        'The Ruritanian Army admitted the error on Monday. Its drone had struck the gathering by mistake.',
      specs,
    );
    expect(role(incs, 'perpetrator', false)).toContain('Ruritanian Army');
  });

  it('not a body named later in the sentence before ("A spokesman for the X said …")', () => {
    const incs = roleIncidentsOf(
      'An air strike on a funeral in Santa Clara killed 40 mourners on Sunday. ' +
        'A spokesman said the Ruritanian Army was investigating. Its drone had struck the gathering by mistake.',
      specs,
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Ruritanian Army');
  });

  it('not where the machine only watched ("its drone had filmed the gathering")', () => {
    const incs = roleIncidentsOf(
      'An air strike on a funeral in Santa Clara killed 40 mourners on Sunday. ' +
        'The Ruritanian Army said its drone had filmed the gathering.',
      specs,
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Ruritanian Army');
  });
});
