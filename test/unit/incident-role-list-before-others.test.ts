// "the mayor and six other people were killed": the count and "other" (or "more") before the last item of a list of
// people harmed leave the earlier items in the list (rule role.list-before-other-people). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases, participantNames, roleIncidentsOf } from '../helpers/incident-roles.js';

const named = (text: string, role: 'victim' | 'perpetrator') => participantNames(roleIncidentsOf(text), role, false);

describe('a list that ends in "N other people" (role.list-before-other-people)', () => {
  it('keeps the named person before "and six other people" a victim', () => {
    expect(
      named('Ana Vidal and six other people were killed in the blast in Santa Clara on Tuesday.', 'victim'),
    ).toEqual(['Ana Vidal']);
    // a count in figures as much
    expect(
      named('Ana Vidal and 12 other people were killed in the blast in Santa Clara on Tuesday.', 'victim'),
    ).toEqual(['Ana Vidal']);
  });

  it('reads "two more" and a described item the same way', () => {
    const v = phrases('A village teacher and two more passengers were wounded when gunmen fired on the bus.', 'victim');
    expect(v).toEqual(expect.arrayContaining(['village teacher', 'two more passengers']));
  });

  it('reads no earlier item where no harm follows: "police arrested Tomas Reyes and six other people"', () => {
    expect(
      named('Police arrested Tomas Reyes and six other people after the bomb in Santa Clara killed a guard.', 'victim'),
    ).toEqual([]);
  });
});
