// Where someone spoke of an incident is not where it happened (rule place/where-it-was-said, a backgroundPlaceBefore
// cue in data/lexicons/incident-context.json). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { fixture } from './extract-incidents.fixtures.js';

const PLACES = [
  { type: 'place' as const, name: 'Millbrook', country: 'US', lat: 40, lon: -80 },
  { type: 'place' as const, name: 'Capitol Hall', country: 'US', lat: 38.9, lon: -77, placeKind: 'site' as const },
  { type: 'place' as const, name: 'Harlow', country: 'US', lat: 42, lon: -82 },
];

const placesOf = (text: string) => {
  const { doc, entities } = fixture(text, PLACES);
  return findIncidents(doc, entities).map((i) => i.place);
};

describe('place/where-it-was-said', () => {
  it('"Speaking at Capitol Hall, the governor said … the attack": the hall is where he spoke', () => {
    const places = placesOf(
      'Two bombs exploded near the finish line of a race in Millbrook on Monday, killing three people. ' +
        'Speaking at Capitol Hall, the governor said it was not yet known who had carried out the attack.',
    );
    expect(places).not.toContain('Capitol Hall');
    expect(places).toContain('Millbrook');
  });

  it('guard: "told reporters in Harlow" places nothing; a bombing in Harlow itself still is there', () => {
    expect(
      placesOf('The mayor told reporters in Harlow that the bombing in Millbrook had killed two people.'),
    ).not.toContain('Harlow');
    expect(placesOf('A bomb exploded at a market in Harlow on Monday, killing two people.')).toContain('Harlow');
  });

  it('"a press conference held in Capitol Hall": the hall is where the sheriff spoke, not a second scene', () => {
    const places = placesOf(
      'A boy was killed and his mother was wounded in a shooting at their home in Millbrook on Friday. ' +
        'The sheriff named the victims of the shooting during a press conference held in Capitol Hall.',
    );
    expect(places).not.toContain('Capitol Hall');
    expect(places).toContain('Millbrook');
  });
});
