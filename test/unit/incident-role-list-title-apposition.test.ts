// (rule role.list-title-apposition) "killed X, leader of the party, and Y": the words between the commas say who X is;
// the list goes on after the "and", so Y was harmed too. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { describedPhrases, nameSlots, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a named list item with a title apposition before the next item', () => {
  it('"killed A, head of the union, and B": both named people are victims', () => {
    const incs = roleIncidentsOf(
      'Gunmen killed Ana Vidal, head of the dockworkers union, and Tomas Reyes in Santa Clara on Monday.',
    );
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
  });

  it('in capitals, with a title before the second name', () => {
    const slots = nameSlots(
      'GUNMEN KILLED ANA VIDAL, SECRETARY OF THE TEACHERS UNION, AND FORMER MAYOR TOMAS REYES IN SANTA CLARA.',
    );
    expect(slots).toEqual(expect.arrayContaining(['ANA VIDAL']));
    expect(slots.some((x) => x.endsWith('TOMAS REYES'))).toBe(true);
  });

  it('a phrase opened by an article between commas is one more item, not an apposition', () => {
    const v = describedPhrases('The bomb killed a judge, a police officer of the city, and a taxi driver.', 'victim');
    // the officer is read as an item of the list, not skipped as the judge's apposition
    expect(v).toEqual(expect.arrayContaining(['judge', 'officer']));
  });

  it('an apposition followed by a new clause adds no one ("and police said")', () => {
    const incs = roleIncidentsOf(
      'Gunmen killed Ana Vidal, head of the dockworkers union, and police said Tomas Reyes saw the attack in Santa Clara.',
    );
    expect(role(incs, 'victim', false)).toEqual(['Ana Vidal']);
  });

  it('a bare name between commas is an item, not an apposition: all three are read', () => {
    const slots = nameSlots('Gunmen killed Ana Vidal, Luis Ortega, and Tomas Reyes in Santa Clara.');
    expect(slots).toEqual(expect.arrayContaining(['Ana Vidal', 'Luis Ortega', 'Tomas Reyes']));
  });
});
