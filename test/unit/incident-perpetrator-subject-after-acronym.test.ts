// Rule perpetrator/subject-after-acronym: a named armed group, its short form set off by commas, then an active verb
// of attack ("the Northern Liberation Front, NLF, bombed …"), as wire copy in capitals writes it. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a short form in apposition between a named group and its verb (perpetrator/subject-after-acronym)', () => {
  it('"the Northern Liberation Front, NLF, bombed": the Front did it', () => {
    const incs = roleIncidentsOf('The Northern Liberation Front, NLF, bombed a bridge near Santa Clara on Monday.');
    expect(incs.map((i) => i.kind)).toContain('bombing');
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('a time word may open the verb after the short form', () => {
    const incs = roleIncidentsOf('The Northern Liberation Front, NLF, yesterday bombed a bridge near Santa Clara.');
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('is no subject where the verb after the short form is passive', () => {
    const incs = roleIncidentsOf('The Northern Liberation Front, NLF, was bombed near Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', false)).toEqual([]);
  });
});
