// A span of time between an active verb of harm and its object (rule role.named-object-after-span): "murdered in
// less than a week A, B and C" names those harmed after the span, and the list after the first name follows.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf, rolePhrasesIn } from '../helpers/incident-roles.js';

describe('rule role.named-object-after-span', () => {
  it('reads the name after how long the series took as the object', () => {
    const s = 'Gunmen shot dead in less than a week Tomas Reyes and Ana Vidal in Santa Clara.';
    const phrases = rolePhrasesIn(s);
    expect(phrases.filter((p) => p.rule === 'role.named-object-after-span').map((p) => p.text)).toContain(
      'Tomas Reyes',
    );
    const victims = participantNames(roleIncidentsOf(s), 'victim', false);
    expect(victims).toEqual(expect.arrayContaining(['Tomas Reyes', 'Ana Vidal']));
  });

  it('reads it in text written in capitals, with a comma after the span', () => {
    const phrases = rolePhrasesIn('REBELS MURDERED IN UNDER 72 HOURS, TOMAS REYES AND ANA VIDAL IN SANTA CLARA.');
    expect(phrases.filter((p) => p.rule.startsWith('role.named-object-after-span')).map((p) => p.text)).toEqual([
      'TOMAS REYES',
      'ANA VIDAL',
    ]);
    // the span itself is no name of the one harmed
    expect(phrases.map((p) => p.text)).not.toContain('UNDER 72 HOURS');
  });

  it('reads no object after a passive verb and a span', () => {
    const s = 'Two guards were shot dead within two hours Tomas Reyes, the mayor, told the radio.';
    const phrases = rolePhrasesIn(s);
    expect(phrases.filter((p) => p.rule === 'role.named-object-after-span')).toEqual([]);
  });

  it('needs a count and a unit of time after the opener', () => {
    const s = 'Gunmen shot dead in the course of the raid Tomas Reyes said.';
    const phrases = rolePhrasesIn(s);
    expect(phrases.filter((p) => p.rule === 'role.named-object-after-span')).toEqual([]);
  });
});
