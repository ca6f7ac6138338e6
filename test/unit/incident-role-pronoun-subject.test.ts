// A sentence that opens with "he" or "she" as the subject of a harm or response verb stands for the one person the
// sentence before names (rule incidents/pronoun-subject-previous-person). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf, ROLE_TEST_ENTITIES } from '../helpers/incident-roles.js';
import type { EntitySpec } from './extract-incidents.fixtures.js';

// the same people and town, as a text in capitals writes them
const IN_CAPITALS: EntitySpec[] = [
  { type: 'person', name: 'Ana Vidal', forms: ['ANA VIDAL'] },
  { type: 'person', name: 'Tomas Reyes', forms: ['TOMAS REYES'] },
  { type: 'place', name: 'Santa Clara', country: 'CU', forms: ['SANTA CLARA'] },
];

const named = (
  text: string,
  role: 'victim' | 'suspect',
  kind?: string,
  specs: readonly EntitySpec[] = ROLE_TEST_ENTITIES,
) =>
  participantNames(
    roleIncidentsOf(text, specs).filter((i) => (kind ? i.kind === kind : i.kind !== 'arrest')),
    role,
    false,
  );

describe('a sentence-initial pronoun as the one harmed or acted on', () => {
  it('is the one person the sentence before names, as the suspect of an arrest', () => {
    expect(
      named(
        'A car bomb tore through the market in Santa Clara on Monday. Police said Tomas Reyes had bought the car a week earlier. He was arrested in Santa Clara on Wednesday.',
        'suspect',
        'arrest',
      ),
    ).toEqual(['Tomas Reyes']);
  });

  it('is the one person the sentence before names, as the victim of a shooting', () => {
    expect(
      named(
        'Ana Vidal had received threats for months. She was shot dead outside her office in Santa Clara on Friday.',
        'victim',
      ),
    ).toEqual(['Ana Vidal']);
  });

  it('is the same person in a text written in capitals', () => {
    expect(
      named(
        'ANA VIDAL HAD RECEIVED THREATS FOR MONTHS. SHE WAS SHOT DEAD OUTSIDE HER OFFICE IN SANTA CLARA ON FRIDAY.',
        'victim',
        undefined,
        IN_CAPITALS,
      ),
    ).toEqual(['Ana Vidal']);
  });

  it('is the same person when the sentence before names them twice', () => {
    expect(
      named(
        'Ana Vidal ran the clinic, and colleagues said Vidal had refused to close it. She was shot dead in Santa Clara on Friday.',
        'victim',
      ),
    ).toEqual(['Ana Vidal']);
  });

  it('is nobody when the sentence before names two people', () => {
    expect(
      named(
        'Ana Vidal and Tomas Reyes had argued at the meeting. He was shot dead in Santa Clara on Friday.',
        'victim',
      ),
    ).toEqual([]);
  });

  it('is nobody when the pronoun does not open its sentence', () => {
    expect(
      named('Ana Vidal ran the clinic. Neighbours said that she was shot dead in Santa Clara on Friday.', 'victim'),
    ).toEqual([]);
  });
});

describe('a sentence-initial pronoun as the one who did it', () => {
  it('is the one person the sentence before names, as the subject of an active verb of attack', () => {
    const incs = roleIncidentsOf(
      'Witnesses said Tomas Reyes walked into the cafe in Santa Clara on Friday carrying a rifle. He opened fire on the customers, killing three.',
    );
    expect(participantNames(incs, 'perpetrator', false)).toEqual(['Tomas Reyes']);
  });

  it('is not the person the sentence before says was harmed', () => {
    const incs = roleIncidentsOf(
      'Ana Vidal was shot dead in Santa Clara on Friday. He killed her with a rifle, police said.',
    );
    expect(participantNames(incs, 'perpetrator', false)).toEqual([]);
  });
});
