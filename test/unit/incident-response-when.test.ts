// Who a response acts on when the sentence leaves its subject out (rule role.named-response-when): "X had been
// mistreated when detained in …", "X was questioned after being arrested": X is the one detained or arrested.
// Sentences written for this test, over the role-test entities.
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a response participle after when/after/while (role.named-response-when)', () => {
  it('"X had been mistreated when detained in Y": X was detained', () => {
    const incs = roleIncidentsOf(
      'The inquiry heard that Ana Vidal had been mistreated when detained in Santa Clara in 2015.',
    );
    expect(incs.map((i) => i.kind)).toContain('arrest');
    expect(role(incs, 'suspect', false)).toEqual(['Ana Vidal']);
  });

  it('"X, 34, was questioned after being arrested": X was arrested, across an apposition', () => {
    const incs = roleIncidentsOf(
      'Tomas Reyes, 34, was questioned for hours after being arrested in Santa Clara on Monday.',
    );
    expect(role(incs, 'suspect', false)).toEqual(['Tomas Reyes']);
  });

  it('a guard: someone who acted when others were detained is not the one detained', () => {
    const incs = roleIncidentsOf('Ana Vidal protested when two students were detained in Santa Clara on Monday.');
    expect(role(incs, 'suspect', false)).toEqual([]);
  });
});
