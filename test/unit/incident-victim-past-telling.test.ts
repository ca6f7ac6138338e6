// Victims of an earlier event the article recalls are not the victims of its own incident (rule victim/past-telling):
// a phrase placed in the past ("in earlier bombings", "in 2019", "last year") may join the day's incident by its place,
// yet the people it names as harmed are that earlier event's.
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('victims of a past telling (victim/past-telling)', () => {
  it('"have wounded four tourists in earlier bombings": not victims of today\'s bombing', () => {
    const incs = roleIncidentsOf(
      'Eight tourists were injured today when a bomb exploded on a bus in Santa Clara. The rebels have wounded four tourists in earlier bombings in Santa Clara.',
    );
    expect(incs.filter((i) => !i.reference).map((i) => i.kind)).toEqual(['bombing']);
    expect(role(incs, 'victim', true)).toEqual(['Eight tourists']);
  });

  it('a telling with no mark of the past keeps its victims', () => {
    const incs = roleIncidentsOf(
      'Eight tourists were injured today when a bomb exploded on a bus in Santa Clara. The rebels also wounded four tourists in the bombing in Santa Clara.',
    );
    expect(role(incs, 'victim', true)).toContain('four tourists');
  });

  it('"was assassinated by a gang of traffickers last year": an earlier event, a reference', () => {
    const incs = roleIncidentsOf('Tomas Reyes was assassinated by a gang of drug traffickers last year.');
    expect(incs.map((i) => i.reference)).toEqual([true]);
  });
});

describe('victims told again (victim/told-more-fully)', () => {
  it('"six peasants" then "the peasants": one group of victims', () => {
    const incs = roleIncidentsOf(
      'Rebels kidnapped six peasants in Santa Clara today. Police said the rebels kidnapped the peasants at dawn.',
    );
    expect(role(incs, 'victim', true)).toEqual(['six peasants']);
  });

  it('a description that is no part of the other stays', () => {
    const incs = roleIncidentsOf('Rebels kidnapped six peasants and two nurses in Santa Clara today.');
    expect(role(incs, 'victim', true).sort()).toEqual(['six peasants', 'two nurses']);
  });
});
