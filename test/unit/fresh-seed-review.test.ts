// Faults found reviewing the graph of new sample articles (a kidnapping claimed by a group, a convoy bombing claimed by
// a group, the shooting of a politician), each fixed by a general rule or by data. Texts written for these tests;
// places are real, people and events invented.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';
import { namedNodes, typesOf } from '../helpers/named-entities.js';

describe('a group that "claimed the attack"', () => {
  it('is the perpetrator, as when it claims responsibility', () => {
    const found = incidentsOf(
      '2021-06-03',
      'A car bomb exploded at a checkpoint in Quetta on Wednesday, killing six soldiers. ' +
        'The Tehrik-i-Taliban Pakistan claimed the bombing in a statement.',
    );
    const bombing = found.find((i) => i.kind === 'bombing');
    expect(bombing?.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name)).toContain(
      'Tehrik-i-Taliban Pakistan',
    );
  });

  it('is not when a clause follows: the speaker only says something about the attack', () => {
    const found = incidentsOf(
      '2021-06-03',
      'A car bomb exploded at a checkpoint in Quetta on Wednesday, killing six soldiers. ' +
        'The Interior Ministry claimed the attack was planned abroad.',
    );
    const bombing = found.find((i) => i.kind === 'bombing');
    expect(bombing?.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name)).not.toContain(
      'Interior Ministry',
    );
  });
});

describe('gunmen who storm a place and an abduction told there', () => {
  it('are one abduction, not a shooting beside it', () => {
    const found = incidentsOf(
      '2021-03-01',
      'Police said on Monday that bandits had abducted more than 40 pupils from a boarding school in Kagara. ' +
        'Gunmen stormed the school in Kagara late on Saturday. ' +
        'They marched the pupils into the bush and the guards were unable to stop them.',
    );
    const violent = found.filter((i) => !i.reference && i.kind !== 'arrest');
    expect(violent.map((i) => i.kind)).toEqual(['abduction']);
    expect(violent[0]!.place).toBe('Kagara');
  });
});

describe('names that are no person or place', () => {
  it('"Central" opening an agency name is the level of government, not a town', () => {
    const text = 'Officers of the Central Industrial Police Force guarded the airport.';
    expect(namedNodes(text).filter((e) => e.type === 'place')).toEqual([]);
  });

  it('the words of a slogan are no body or person, even when the name finder leaves out the verbs opening it', () => {
    const slogan = 'Thousands marched in Accra under the slogan Free Our Sons on Friday.';
    expect(namedNodes(slogan).map((e) => e.name)).toEqual(['Accra']);
    const left = 'Parents campaigned online under the slogan Bring Back Our Boys for weeks.';
    expect(namedNodes(left).filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a church that is a religious body is an organisation; a church building stays a place', () => {
    expect(
      typesOf('The ruling angered the Unification Church, which said it would appeal.', 'Unification Church'),
    ).toEqual(['organization']);
    expect(typesOf("Mourners gathered at St Anne's Church in Leeds on Sunday.", "St Anne's Church")).toEqual(['place']);
  });
});

describe('rule place/reaction-place', () => {
  it('a place after the protests an event set off places nothing: the later mention joins the event', () => {
    const found = incidentsOf(
      '2021-03-01',
      'Gunmen abducted more than 40 pupils from a boarding school in Kagara late on Saturday, police said.\n\n' +
        'The kidnapping has set off protests in Minna and Kano.',
    );
    expect(found.map((i) => [i.kind, i.place])).toEqual([['abduction', 'Kagara']]);
  });

  it('a place told before the reaction is still the scene', () => {
    const found = incidentsOf('2021-03-01', 'A bombing in Kano on Sunday sparked outrage across the country.');
    expect(found.map((i) => i.place)).toEqual(['Kano']);
  });
});

describe('a city GeoNames names with its Japanese suffix', () => {
  it('answers to its everyday name ("Nara" for Nara-shi), not only to the prefecture of that name', () => {
    const nara = namedNodes('A fire destroyed a warehouse in the city of Nara on Tuesday.').find(
      (e) => e.name === 'Nara',
    );
    expect(nara?.key).toBe('place:geo:1855612');
    // GeoNames also holds a "Kashihara" in Osaka prefecture (a smaller town); the everyday name is the larger city's
    const kashihara = namedNodes('Two people were hurt in a crash in Kashihara on Monday.').find(
      (e) => e.name === 'Kashihara',
    );
    expect(kashihara?.key).toBe('place:geo:1859951');
  });
});
