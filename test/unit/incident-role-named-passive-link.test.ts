// (rule role.named-passive-link-gap) "Officer X of the county police was shot": an "of", "at" or "from" phrase between a
// named subject and its passive verb of harm says where the person served; the named person suffered the harm.
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a named subject with an "of" phrase before its passive verb of harm', () => {
  it('the name before "of the ... was shot" is the one harmed', () => {
    const incs = roleIncidentsOf(
      'Sergeant Ana Vidal of the harbour patrol unit was shot dead in Santa Clara on Monday.',
    );
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('an apposition after the "of" phrase keeps the reading, in capitals', () => {
    const incs = roleIncidentsOf(
      'SANTA CLARA, 9 MAR 21 -- JUDGE TOMAS REYES OF THE APPEALS COURT IN THE PROVINCE, WHO HEARD DRUG CASES, WAS MURDERED YESTERDAY.',
      [
        { type: 'person', name: 'TOMAS REYES', forms: ['REYES'] },
        { type: 'place', name: 'SANTA CLARA', country: 'CU' },
      ],
    );
    expect(role(incs, 'victim', false)).toContain('TOMAS REYES');
  });

  it('a name inside the "of" phrase of a described subject is not the one harmed', () => {
    const incs = roleIncidentsOf('The driver of Tomas Reyes was shot dead in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).not.toContain('Tomas Reyes');
    expect(role(incs, 'victim', true)).toContain('driver');
  });

  it('an "and" in the phrase after the name opens one more subject, not the "of" phrase', () => {
    const incs = roleIncidentsOf(
      'Tomas Reyes of the harbour unit and his brother were questioned in Santa Clara on Monday after a bomb exploded.',
    );
    expect(role(incs, 'victim', false)).not.toContain('Tomas Reyes');
  });
});
