// Sides of one incident (issue #10): the state forces that stopped an attack are its responders, not its
// perpetrators, and an attacker killed in the attack is not its victim; where state forces are the only attackers
// they stay perpetrators. A mass killing is not named after one of its dead. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { settleSides } from '../../src/extract/incident-sides.js';
import type { IncidentEntity, Participant } from '../../src/extract/types.js';
import { ALL_RULES_ON } from '../../src/rules/index.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ published: '2021-09-06', text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const roles = (i: IncidentEntity) => i.participants.map((p) => `${p.role}:${p.name}`);

describe('incident sides', () => {
  it('makes a police force named as agent of harm to the attackers a responder', () => {
    const [attack] = incidents(
      'DERNMOUTH — Two men stabbed shoppers at the Kelvard market on Sunday, killing four people. The attackers, ' +
        'Tomas Rell and Ivo Marsk, were shot dead by armed officers of the Dernmouth Police within minutes.',
    );
    expect(attack).toBeDefined();
    expect(roles(attack!)).toContain('perpetrator:Tomas Rell');
    expect(roles(attack!).filter((r) => r.startsWith('perpetrator:'))).not.toContainEqual(
      expect.stringMatching(/police|officers/i),
    );
    // "the attackers … were shot dead by officers of the Police": the agent of harm to attackers is the response (rule
    // role.responder-agent)
    expect(roles(attack!)).toContain('responder:Dernmouth Police');
  });

  it('keeps state forces as perpetrators when nobody else attacked, and an attacker is not also a victim', () => {
    const only: Participant[] = [
      { entity: 'o1', name: 'Ministry Guard', role: 'perpetrator' },
      { entity: null, name: 'three farmers', role: 'victim', described: true },
    ];
    const agency = (p: Participant) => p.entity === 'o1';
    expect(settleSides({ participants: only, stateForce: agency }, ALL_RULES_ON).participants).toEqual(only);

    const both: Participant[] = [
      { entity: 'p1', name: 'Ivo Marsk', role: 'perpetrator' },
      { entity: 'p1', name: 'Ivo Marsk', role: 'victim' },
      { entity: 'p2', name: 'Lina Dorr', role: 'victim' },
    ];
    const settled = settleSides({ participants: both, stateForce: () => false }, ALL_RULES_ON);
    expect(settled.participants.map((p) => `${p.role}:${p.name}`)).toEqual([
      'perpetrator:Ivo Marsk',
      'victim:Lina Dorr',
    ]);
    expect(settled.reasons).toEqual([
      'incident-sides/attacker-not-own-victim: Ivo Marsk: perpetrator, so not also its victim',
    ]);
  });

  it('keeps the state force the attackers are members of a perpetrator (incidents/attackers-own-force)', () => {
    const ps: Participant[] = [
      { entity: null, name: 'killers', role: 'perpetrator', described: true },
      { entity: 'o1', name: 'Dernmouth Police', role: 'perpetrator' },
    ];
    const stateForce = (p: Participant) => p.entity === 'o1';
    const own = settleSides({ participants: ps, stateForce, attackersForce: stateForce }, ALL_RULES_ON);
    expect(own.participants.map((p) => `${p.role}:${p.name}`)).toEqual([
      'perpetrator:killers',
      'perpetrator:Dernmouth Police',
    ]);
    // the near miss: a force beside attackers it is not said to be of is the response to them
    const beside = settleSides({ participants: ps, stateForce, attackersForce: () => false }, ALL_RULES_ON);
    expect(beside.participants.map((p) => `${p.role}:${p.name}`)).toContain('responder:Dernmouth Police');
  });

  it('can be switched off by rule id', () => {
    const ps: Participant[] = [
      { entity: 'p1', name: 'Ivo Marsk', role: 'perpetrator' },
      { entity: 'o1', name: 'Dernmouth Police', role: 'perpetrator' },
    ];
    const off = { disabled: new Set(['incident-sides/state-forces-oppose-attackers']) };
    expect(settleSides({ participants: ps, stateForce: (p) => p.entity === 'o1' }, off).participants).toEqual(ps);
  });

  it('does not name a killing of many after one of its dead', () => {
    const [attack] = incidents(
      'KELVARD — Gunmen shot dead Lina Dorr, a teacher, and eight other guests at a wedding hall in Kelvard on ' +
        'Saturday, killing nine people in all.',
    );
    expect(roles(attack!)).toContain('victim:Lina Dorr');
    expect(attack!.killed).toBe(9);
    expect(attack!.name).toMatch(/^Shooting in /);
  });

  it('makes an organisation an attack acted on its target, not its victim; an armed group attacked stays a victim', () => {
    const [bombing] = incidents(
      'TULVERA — Unidentified men set off a bomb at the offices of the newspaper La Voz in Tulvera on Sunday. The ' +
        'attack on La Voz wounded two guards.',
    );
    expect(bombing).toBeDefined();
    expect(roles(bombing!)).toContain('target:La Voz');
    expect(roles(bombing!)).not.toContain('victim:La Voz');
    expect(roles(bombing!)).toContain('victim:two guards');

    const ps: Participant[] = [
      { entity: 'o1', name: 'Teachers Union', role: 'victim' },
      { entity: 'o2', name: 'Red Hills Front', role: 'victim' },
      { entity: 'p1', name: 'Lina Dorr', role: 'victim' },
    ];
    const kinds: Record<string, string> = { o1: 'institution', o2: 'armed_group' };
    const settled = settleSides(
      { participants: ps, stateForce: () => false, organizationKind: (p) => kinds[p.entity ?? ''] ?? null },
      ALL_RULES_ON,
    );
    expect(settled.participants.map((p) => `${p.role}:${p.name}`)).toEqual([
      'target:Teachers Union',
      'victim:Red Hills Front',
      'victim:Lina Dorr',
    ]);
    expect(settled.reasons[0]).toMatch(/^incident-sides\/organization-is-target: Teachers Union/);
  });

  it('reads a victim phrase that opens an organisation name as that organisation, the target', () => {
    const [bombing] = incidents(
      'TULVERA — Unidentified men set off a bomb at the offices of the Tulvera Teachers Union on Sunday. The attack ' +
        'on the Tulvera Teachers Union wounded two guards.',
    );
    expect(bombing).toBeDefined();
    expect(roles(bombing!)).toContain('target:Tulvera Teachers Union');
    expect(roles(bombing!)).not.toContain('victim:Tulvera Teachers');
    expect(roles(bombing!)).toContain('victim:two guards');
  });

  it('keeps a state force a perpetrator where its sentence tells harm to civilians and names no other attacker', () => {
    // the civilians-harmed-by-force exception of incident-sides/state-forces-oppose-attackers
    const ps: Participant[] = [
      { entity: 'o1', name: 'Keldan Army', role: 'perpetrator' },
      { entity: null, name: 'five farmers', role: 'victim', described: true, sentence: 0 },
      { entity: null, name: 'rebels', role: 'perpetrator', described: true, sentence: 1 },
    ];
    const stateForce = (p: Participant) => p.entity === 'o1';
    const sentencesOf = (p: Participant) => (p.entity === 'o1' ? [0] : p.sentence !== undefined ? [p.sentence] : []);
    const alone = settleSides(
      { participants: ps, stateForce, sentencesOf, civilianHarmSentences: new Set([0]) },
      ALL_RULES_ON,
    );
    expect(alone.participants.map((p) => `${p.role}:${p.name}`)).toContain('perpetrator:Keldan Army');
    // near miss: the sentence that tells the harm names the rebels too, so the army there is the response to them
    const beside = settleSides(
      {
        participants: ps,
        stateForce,
        sentencesOf: (p) => (p.entity === 'o1' ? [1] : p.sentence !== undefined ? [p.sentence] : []),
        civilianHarmSentences: new Set([1]),
      },
      ALL_RULES_ON,
    );
    expect(beside.participants.map((p) => `${p.role}:${p.name}`)).toContain('responder:Keldan Army');
  });

  it('reads helicopters of an army that strafed a village as the attack of that army', () => {
    const found = incidents(
      'VARNO — Army helicopters strafed the hamlet of Dosk on Sunday, killing six peasants, residents said. ' +
        'Rebels had ambushed a patrol near Dosk the day before.',
    );
    const perps = found.flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));
    const responders = found.flatMap((i) => i.participants.filter((p) => p.role === 'responder').map((p) => p.name));
    expect(perps.some((n) => /army/i.test(n))).toBe(true);
    expect(responders.some((n) => /army/i.test(n))).toBe(false);
  });
});
