// A piece about a film or an anniversary names past attacks by their year ("the 2009 bombing of the station"):
// each is an event of that year, a reference, and none becomes an incident dated the day the piece was written
// (rule incidents/year-marked-apart, issue #10). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

describe('rule incidents/year-marked-apart', () => {
  it('a phrase a past year marks joins no phrase of its sentence told without one, nor an incident of another year', () => {
    const all = incidentsOf(
      '2024-10-03',
      'A play that opened in Lahore on Wednesday recalls two of the worst attacks the city has seen, ' +
        'the 2009 bombing of the Moon Market and the 2016 massacre at Gulshan Park.',
    );
    const bombing = all.find((i) => i.kind === 'bombing');
    const massacre = all.find((i) => i.kind === 'massacre');
    expect(bombing).toMatchObject({ reference: true, datePeriod: '2009' });
    expect(massacre).toMatchObject({ reference: true, datePeriod: '2016' });
    // neither past event is told as happening on the day of the play
    expect(all.filter((i) => i.date === '2024-10-02' && (i.kind === 'bombing' || i.kind === 'massacre'))).toEqual([]);
  });

  it('a year that opens the phrase keeps the parts told after it together', () => {
    const all = incidentsOf(
      '2024-10-03',
      'Survivors of the 2009 bombings, the blast at the Moon Market and the explosion outside the bank, met on Wednesday.',
    );
    const past = all.filter((i) => i.reference);
    expect(past).toHaveLength(1);
    expect(past[0]!.datePeriod).toBe('2009');
  });

  it('an attacker noun before a year-marked phrase is its doer, not an event of the day', () => {
    const all = incidentsOf(
      '2024-10-03',
      'A court on Wednesday jailed two men who drove the gunmen behind the 2016 attacks on a cafe in Dhaka and a ' +
        'checkpoint in Sylhet. The attackers, Arif Hossain and Rafiq Alam, were killed by troops in 2016.',
    );
    const violent = all.filter((i) => i.kind !== 'trial' && i.kind !== 'sentencing');
    expect(violent.length).toBeGreaterThan(0);
    expect(violent.every((i) => i.reference === true)).toBe(true);
    expect(violent.some((i) => i.date === '2024-10-02')).toBe(false);
  });
});
