// A court report names the wider city with a compass word in one sentence ("in east Bristol") and the suburb in
// another: one attack, not two (issue #10). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

const violent = (published: string, text: string) =>
  incidentsOf(published, text).filter((i) => !['trial', 'sentencing', 'inquest'].includes(i.kind));

describe('a city written with a compass word holds a nearby town of the same country', () => {
  it('tells a headline stabbing in a suburb and a lede murder in "south London" as one attack', () => {
    const all = violent(
      '2024-07-19',
      'Driver who stabbed three men in Croydon jailed for life\n\n' +
        'A delivery driver who murdered three men in a knife attack in south London has been jailed for life. ' +
        'The judge said he would serve at least 35 years.',
    );
    expect(all).toHaveLength(1);
    expect(all[0]!.kind).toBe('stabbing');
  });

  it('keeps a town far from the city apart', () => {
    const all = violent(
      '2024-07-19',
      'Man who stabbed two women in Brighton jailed\n\n' +
        'A man who murdered three men in a knife attack in south London has been jailed for life. ' +
        'The judge said he would serve at least 30 years.',
    );
    expect(all.length).toBeGreaterThan(1);
  });
});
