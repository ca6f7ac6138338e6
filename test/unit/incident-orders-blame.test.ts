// The one on whose orders an act of harm was done had it done (incident-roles.blameCues, rule role.named-blamed and
// role.blamed): "murdered on orders from X", "following orders from X", "on the orders of X", said after a verb of
// harm; not where the verb harms no one ("released on the orders of the court"). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf } from '../helpers/incident-roles.js';

const named = (text: string) => participantNames(roleIncidentsOf(text), 'perpetrator', false);
const described = (text: string) => participantNames(roleIncidentsOf(text), 'perpetrator', true);

describe('the one whose orders the attackers followed', () => {
  it('is a perpetrator of the act done on its orders', () => {
    expect(
      named(
        'The judge was murdered outside his home in Santa Clara on Monday on orders from the Northern Liberation Front.',
      ),
    ).toEqual(['Northern Liberation Front']);
    expect(named('Two gunmen kidnapped the mayor of Rio Verde on Friday, following orders from the NLF.')).toEqual([
      'Northern Liberation Front',
    ]);
  });

  it('may be a described one, as the gunmen are', () => {
    expect(
      described('The trade unionist was shot dead in Santa Clara last night on orders from guerrilla commanders.'),
    ).toEqual(['guerrilla commanders']);
  });

  it('is nobody where the act done on orders harms no one', () => {
    expect(
      named(
        'A bomb killed two guards in Santa Clara on Monday. The driver was released on the orders of the Supreme Court.',
      ),
    ).toEqual([]);
    expect(
      named(
        'A bomb killed two guards in Santa Clara on Monday. A suspect was arrested on orders from the Attorney General.',
      ),
    ).toEqual([]);
  });
});
