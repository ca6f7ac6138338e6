// (rule role.list-including) "killed three people, including X": the name after "including" is one of those harmed.
// The worded glue ("including", "along with") is read before a bare comma, which would take "including" for the first
// word of a name and end the list there.
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a name after "including" is listed with those harmed', () => {
  it('"killed three people, including X", mixed case', () => {
    const incs = roleIncidentsOf('Gunmen killed three people, including Ana Vidal, in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('", killing nine people, including union leader X", in capitals', () => {
    const incs = roleIncidentsOf(
      'A BOMB EXPLODED AT A UNION OFFICE IN SANTA CLARA ON MONDAY, KILLING NINE PEOPLE, INCLUDING UNION LEADER TOMAS REYES.',
      [
        { type: 'person', name: 'TOMAS REYES', forms: ['REYES'] },
        { type: 'place', name: 'SANTA CLARA', country: 'CU' },
      ],
    );
    expect(role(incs, 'victim', false)).toContain('TOMAS REYES');
  });
});
