// (rule role.named-casualty-list, incident-roles.casualtyListOpeners) "the victim was identified as X": one victim
// named the way news names several ("the victims were identified as X and Y").
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('"the victim was identified as" names the one harmed', () => {
  it('a single victim, in mixed case', () => {
    const incs = roleIncidentsOf(
      'A man was shot dead outside a bar in Santa Clara on Monday. The victim was identified as Tomas Reyes.',
    );
    expect(role(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('a single victim, in a wire report in capitals', () => {
    const incs = roleIncidentsOf(
      'GUNMEN KILLED A CLERK IN SANTA CLARA ON MONDAY. THE VICTIM WAS IDENTIFIED AS ANA VIDAL.',
      [
        { type: 'person', name: 'ANA VIDAL', forms: ['VIDAL'] },
        { type: 'place', name: 'SANTA CLARA', country: 'CU' },
      ],
    );
    expect(role(incs, 'victim', false)).toContain('ANA VIDAL');
  });
});
