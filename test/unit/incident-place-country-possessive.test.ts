// Where a wire report says it happened when the lede names the region with its country in the possessive, and a
// later sentence goes on with the attack while naming the speaker's own town.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

const violent = (published: string, text: string) =>
  incidentsOf(published, text)
    .filter((i) => i.kind !== 'arrest')
    .map((i) => i.place);

describe('the scene over the dateline', () => {
  it('(rule place/country-possessive-area) "in northern Nigeria\'s Zamfara state" places it in Zamfara', () => {
    const text =
      "ABUJA (Wire) - Gunmen killed 15 villagers in a raid in northern Nigeria's Zamfara state, police said on Sunday.";
    expect(violent('2021-03-07', text)).toEqual(['Zamfara']);
  });

  it('(rules place/speaker-affiliation, place/verb-goes-on-with-the-lede) the next sentence adds to the same raid', () => {
    const text =
      "ABUJA (Wire) - Gunmen killed 15 villagers in a raid in northern Nigeria's Zamfara state, police said on Sunday.\n\n" +
      'The gunmen arrived at dawn and opened fire on fleeing residents, the head of the council of Gusau, Abubakar Sani, told reporters.';
    expect(violent('2021-03-07', text)).toEqual(['Zamfara']);
  });
});
