// A response's suspect is not also its responder (issue #10): a body the arrest acted on and that the subject search
// also reads as the one that made it keeps only the suspect role. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { settleSides } from '../../src/extract/incident-sides.js';
import type { IncidentEntity, Participant } from '../../src/extract/types.js';
import { ALL_RULES_ON } from '../../src/rules/index.js';
import { res } from '../helpers/resources.js';

const RULE = 'incident-sides/suspect-not-own-responder';

describe('rule incident-sides/suspect-not-own-responder', () => {
  const ps: Participant[] = [
    { entity: 'o1', name: 'Harrow Front', role: 'suspect' },
    { entity: 'o1', name: 'Harrow Front', role: 'responder' },
    { entity: 'o2', name: 'Velmar Police', role: 'responder' },
  ];

  it('drops the responder reading of a body that is the suspect', () => {
    const settled = settleSides({ participants: ps, stateForce: () => false }, ALL_RULES_ON);
    expect(settled.participants.map((p) => `${p.role}:${p.name}`)).toEqual([
      'suspect:Harrow Front',
      'responder:Velmar Police',
    ]);
    expect(settled.reasons).toEqual([`${RULE}: Harrow Front: suspect, so not also its responder`]);
  });

  it('can be switched off by rule id', () => {
    const off = { disabled: new Set([RULE]) };
    expect(settleSides({ participants: ps, stateForce: () => false }, off).participants).toEqual(ps);
  });

  it('applies to an extracted arrest of a group named before a later response word', () => {
    const text =
      'DORVEL, Kestria — Three gunmen shot dead four guards at a fuel depot in Dorvel on Sunday, police said.\n\n' +
      'The police chief said the leader of the gunmen ran the local cell of Harrow Liberation Front (HLF), a network ' +
      'of Kestrian militants.\n\n' +
      'He said the shooting may have been revenge for the arrest of HLF leaders and to a deadly brawl by jailed ' +
      'militants at a police detention centre near Ostrava last week.';
    const arrests = extract({ published: '2022-03-07', text }, res).entities.filter(
      (e): e is IncidentEntity => e.type === 'incident' && e.kind === 'arrest',
    );
    expect(arrests).toHaveLength(1);
    const roles = arrests[0]!.participants.filter((p) => /Harrow/.test(p.name)).map((p) => p.role);
    expect(roles).toEqual(['suspect']);
  });
});
