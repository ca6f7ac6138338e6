// A named armed group, a relative clause set off by commas, then its verb of attack (rule
// perpetrator/subject-after-relative), and verbs of attack on things a named group is said to have done ("dynamited",
// "blew up", "ambushed": incident-roles.perpetrationVerbs). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a relative clause between a named group and its verb (perpetrator/subject-after-relative)', () => {
  it('"the NLF, which …, on Monday bombed": the NLF did it', () => {
    const incs = roleIncidentsOf(
      'The NLF, which has been fighting in the hills for a decade, on Monday bombed a bridge near Santa Clara.',
    );
    expect(incs.map((i) => i.kind)).toContain('bombing');
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('a time word may open the verb after the clause', () => {
    const incs = roleIncidentsOf(
      'SANTA CLARA, 4 MAR -- THE NLF, WHICH SIGNED NO TRUCE WITH THE GOVERNMENT, TODAY BOMBED A BRIDGE IN SANTA CLARA.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('is no subject where the verb after the clause is passive', () => {
    const incs = roleIncidentsOf(
      'The NLF, which has been fighting in the hills for a decade, was attacked near Santa Clara on Monday.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual([]);
  });
});

describe('verbs of attack on things after a named group (incident-roles.perpetrationVerbs)', () => {
  it('"the NLF, which …, dynamited a pipeline": the NLF did it', () => {
    const incs = roleIncidentsOf('The NLF, which rejects the peace talks, dynamited an oil pipeline near Santa Clara.');
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });
});
