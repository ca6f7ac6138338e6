// Role phrases an analyst would see as wrong, and the rules that read them right: the "including" list after a by-agent
// (rule role.agent-inclusion-harmed), "responsible for" a duty (rule role.responsible-for-duty) and the person robbed
// or assaulted (rules role.robbed-person, role.named-robbed-person, role.robbed-passive-subject,
// role.named-robbed-passive-subject); a state body blamed for the act stays its perpetrator beside other attackers.
import { describe, expect, it } from 'vitest';
import { settleSides } from '../../src/extract/incident-sides.js';
import type { Participant } from '../../src/extract/types.js';
import { ALL_RULES_ON } from '../../src/rules/index.js';
import { describedPhrases, nameSlots, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('an "including" list after a by-agent counts those harmed (role.agent-inclusion-harmed)', () => {
  it('the people the list names are victims, not more of the attackers', () => {
    const s = 'Seven villagers were killed on Tuesday by guerrillas, including a teacher and her two sons.';
    expect(describedPhrases(s, 'victim')).toEqual(['Seven villagers', 'teacher', 'two sons']);
    expect(describedPhrases(s, 'perpetrator')).toEqual(['guerrillas']);
  });

  it('after a harm noun and its agent too', () => {
    const s = 'The murder of four farmers by a death squad, including a priest, was condemned.';
    expect(describedPhrases(s, 'victim')).toContain('priest');
    expect(describedPhrases(s, 'perpetrator')).not.toContain('priest');
  });

  it('a name the list holds is one of those harmed', () => {
    const incs = roleIncidentsOf('Four people were shot dead in Santa Clara by gunmen, including Ana Vidal.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
    expect(role(incs, 'perpetrator', false)).not.toContain('Ana Vidal');
  });

  it('near miss: ranks and attacker nouns the list holds stay with the agent', () => {
    const ranks = 'Two guards were wounded by soldiers, including a captain.';
    expect(describedPhrases(ranks, 'victim')).toEqual(['Two guards']);
    expect(describedPhrases(ranks, 'perpetrator')).toContain('captain');
    const attackers = 'Nine passengers were killed by militants, including two snipers.';
    expect(describedPhrases(attackers, 'victim')).toEqual(['Nine passengers']);
  });
});

describe('"responsible for" a duty claims nothing (role.responsible-for-duty)', () => {
  it('a unit responsible for guarding a place is no perpetrator', () => {
    const s = 'Soldiers who were responsible for guarding the bridge were killed in the ambush.';
    expect(describedPhrases(s, 'perpetrator')).toEqual([]);
  });

  it('a force responsible for security in a city is no perpetrator of the bombing it reports', () => {
    const s =
      'The provincial police, which is responsible for security in the port, said the bomb wounded four workers.';
    expect(describedPhrases(s, 'perpetrator')).toEqual([]);
    expect(describedPhrases(s, 'victim')).toContain('four workers');
  });

  it('near miss: responsible for the act itself is a claim', () => {
    expect(
      describedPhrases('The rebels who were responsible for the ambush fled into the hills.', 'perpetrator'),
    ).toEqual(['rebels']);
  });
});

describe('the person robbed or assaulted suffered it (role.robbed-person and kin)', () => {
  it('the object of "robbed" that names people is a victim', () => {
    expect(describedPhrases('Two men robbed a shopkeeper on Friday night.', 'victim')).toEqual(['shopkeeper']);
    expect(describedPhrases('Gunmen held up a minibus and robbed the passengers.', 'victim')).toContain('passengers');
  });

  it('a passive subject that names people is a victim', () => {
    expect(describedPhrases('A tourist was robbed at knifepoint near the harbour.', 'victim')).toEqual(['tourist']);
  });

  it('a name robbed is a name slot of those harmed', () => {
    expect(nameSlots('Thieves mugged Tomas Reyes, a banker, outside the station.')).toContain('Tomas Reyes');
    const incs = roleIncidentsOf('Gunmen shot a guard in Santa Clara on Monday and robbed Tomas Reyes.');
    expect(role(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('near miss: a bank or a shop robbed names no one harmed', () => {
    expect(describedPhrases('Gunmen robbed the bank on Monday.', 'victim')).toEqual([]);
    expect(describedPhrases('The store was robbed overnight.', 'victim')).toEqual([]);
  });
});

describe('a state body blamed for the act stays its perpetrator (incident-sides/state-forces-oppose-attackers, accused exception)', () => {
  const parts: Participant[] = [
    { entity: null, name: 'masked gunmen', role: 'perpetrator', described: true },
    { entity: 'o1', name: 'National Army', role: 'perpetrator' },
  ];
  const agency = (p: Participant) => p.entity === 'o1';

  it('an accused state body beside other attackers is not turned into a responder', () => {
    const out = settleSides({ participants: parts, stateForce: agency, accused: agency }, ALL_RULES_ON).participants;
    expect(out.map((p) => `${p.role}:${p.name}`)).toContain('perpetrator:National Army');
  });

  it('near miss: a state body read only as an agent beside the attackers is the response', () => {
    const out = settleSides({ participants: parts, stateForce: agency }, ALL_RULES_ON).participants;
    expect(out.map((p) => `${p.role}:${p.name}`)).toContain('responder:National Army');
  });

  it('in an article: the blamer says the army did it, so the army is no responder', () => {
    const incs = roleIncidentsOf(
      'Masked gunmen killed a union leader in Santa Clara on Sunday. The NLF blamed the army for the killing.',
    );
    expect(role(incs, 'perpetrator', true)).toContain('army');
    expect(role(incs, 'responder', true)).not.toContain('army');
  });
});

describe('a charge between commas is the subject’s own clause, no apposition (role.charged-apposition)', () => {
  it('the one charged is no victim of the harm said of the person after him', () => {
    const s = 'Ivo Marsk, 19, is charged with murder in the death of his cousin Tomas Reyes, 22, who was shot at home.';
    expect(nameSlots(s)).not.toContainEqual(expect.stringMatching(/Marsk/u));
  });

  it('near miss: an apposition with no charge still reaches its passive verb', () => {
    expect(nameSlots('Ana Vidal, 42, a nurse at the clinic, was shot at home.')).toContain('Ana Vidal');
    expect(nameSlots('Tomas Reyes, who led the union, was killed on Friday.')).toContain('Tomas Reyes');
  });
});
