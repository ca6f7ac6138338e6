// (rule role.casualty-list-first, incidents/listed-casualties) A list of the harmed opened by "among the injured are",
// "the wounded include" is read as that list, not as the object of the verb inside the opener; in a sentence that
// names no incident of its own, the people listed, named or described, are the main incident's victims. Texts written
// for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, rolePhrasesIn, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a list of the harmed after its opener (role.casualty-list-first)', () => {
  it('"among the injured are two boys" is read by the casualty-list rule', () => {
    const ps = rolePhrasesIn('Among the injured are two boys who stood by the gate.').filter((p) => !p.personOnly);
    expect(ps.map((p) => [p.text, p.rule])).toEqual([['two boys', 'role.casualty-list']]);
  });

  it('described people listed in a sentence with no incident word are the main incident victims', () => {
    const incs = roleIncidentsOf(
      'A bomb went off at the bus station in Santa Clara on Monday. Among the injured are two boys who stood by ' +
        'the gate. The wounded include a street vendor.',
    );
    expect(participantNames(incs, 'victim', true)).toEqual(expect.arrayContaining(['two boys', 'street vendor']));
  });

  it('named people listed after "the injured were" are its victims too', () => {
    const incs = roleIncidentsOf(
      'A bomb went off at the bus station in Santa Clara on Monday. The injured were Ana Vidal, 34, and Tomas Reyes.',
    );
    expect(participantNames(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
  });
});
