// Whom a response acts on: the person or group arrested, detained or taken into custody is that arrest's suspect
// (rules role.named-response-subject, role.named-response-object, incidents/response-suspect). Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf, rolePhrasesIn } from '../helpers/incident-roles.js';

const suspectsOf = (text: string, kind = 'arrest') =>
  participantNames(
    roleIncidentsOf(text).filter((i) => i.kind === kind),
    'suspect',
    false,
  );

describe('the suspect of an arrest', () => {
  it('is the subject of a passive arrest verb, a long apposition between', () => {
    expect(
      suspectsOf(
        'Tomas Reyes, the only known member of the cell that bombed the market in Santa Clara last year, was arrested on Friday during a police raid.',
      ),
    ).toEqual(['Tomas Reyes']);
  });

  it('is the subject of "was taken into custody" and of "were detained", a list before the verb', () => {
    expect(suspectsOf('Ana Vidal, 41, was taken into custody in Santa Clara on Monday.')).toEqual(['Ana Vidal']);
    expect(suspectsOf('Ana Vidal and Tomas Reyes were detained in Santa Clara on Monday.').sort()).toEqual([
      'Ana Vidal',
      'Tomas Reyes',
    ]);
  });

  it('is the object of an active arrest verb', () => {
    expect(suspectsOf('Police in Santa Clara detained Ana Vidal on Tuesday.')).toEqual(['Ana Vidal']);
  });

  it('is read as a role phrase of its own', () => {
    const phrases = rolePhrasesIn('Ana Vidal, who had been sought for a month, was arrested on Friday.');
    expect(phrases.filter((p) => p.role === 'suspect').map((p) => p.text)).toEqual(['Ana Vidal']);
  });

  it('is nobody where the arrest names no one', () => {
    expect(suspectsOf('Police arrested two men in Santa Clara on Friday.')).toEqual([]);
  });

  it('leaves the victim of the attack a victim, and is no participant of the attack', () => {
    const incs = roleIncidentsOf(
      'Gunmen shot dead Ana Vidal in Santa Clara on Friday. Police later arrested Tomas Reyes in Santa Clara.',
    );
    const violent = incs.filter((i) => i.kind !== 'arrest');
    expect(participantNames(violent, 'victim', false)).toContain('Ana Vidal');
    expect(violent.flatMap((i) => i.participants.map((p) => p.name))).not.toContain('Tomas Reyes');
    expect(participantNames(incs, 'suspect', false)).toEqual(['Tomas Reyes']);
  });
});
