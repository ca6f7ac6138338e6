// A follow-up filed from the capital (issue #10): the lede places the earlier event elsewhere, and the next
// sentence's "the attacker … was shot dead" refers back to it; it is not a new event at the dateline. Texts written
// for these tests.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

describe('a definite reference after a lede that places the event away from the dateline', () => {
  it('joins the attacker, his death and his rampage to the event the lede placed', () => {
    const all = incidentsOf(
      '2023-05-10',
      'LYON — A court in Lyon on Tuesday jailed three men for helping the man who drove a van into a market ' +
        'crowd in Grenoble on 2 June 2021, killing nine people. The attacker, Remi Dalban, was shot dead by police ' +
        'at the end of his rampage, so none of the three faced murder charges.',
    );
    const violent = all.filter((i) => i.kind !== 'trial' && i.kind !== 'sentencing');
    expect(violent).toHaveLength(1);
    expect(violent[0]).toMatchObject({ date: '2021-06-02', place: 'Grenoble' });
    expect(violent[0]!.mentions.map((m) => m.text)).toContain('rampage');
  });
});
