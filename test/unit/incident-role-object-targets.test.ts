// "him" or "her" as the object of an active harm verb stands for a person named before it (rules
// role.pronoun-harm-object, incidents/pronoun-object-antecedent); the target of an act of harm tried or escaped is a
// victim though unhurt (rules role.attempt-object, role.named-attempt-object). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf, ROLE_TEST_ENTITIES } from '../helpers/incident-roles.js';
import type { EntitySpec } from './extract-incidents.fixtures.js';

const IN_CAPITALS: EntitySpec[] = [
  { type: 'person', name: 'Ana Vidal', forms: ['ANA VIDAL'] },
  { type: 'person', name: 'Tomas Reyes', forms: ['TOMAS REYES'] },
  { type: 'place', name: 'Santa Clara', country: 'CU', forms: ['SANTA CLARA'] },
];

const victims = (text: string, specs: readonly EntitySpec[] = ROLE_TEST_ENTITIES) =>
  participantNames(roleIncidentsOf(text, specs), 'victim', false);

describe('an object pronoun of a harm verb', () => {
  it('is the person named in an earlier clause of its sentence', () => {
    expect(victims('Ana Vidal was locking up the clinic in Santa Clara on Friday when two gunmen shot her.')).toEqual([
      'Ana Vidal',
    ]);
  });

  it('is that person after a semicolon, and "twice" after the pronoun leaves it whole', () => {
    expect(
      victims('The driver, Tomas Reyes, tried to drive away; the gunmen shot him twice in Santa Clara on Friday.'),
    ).toEqual(['Tomas Reyes']);
  });

  it('is the same person in a text written in capitals', () => {
    expect(
      victims('ANA VIDAL WAS LOCKING UP THE CLINIC IN SANTA CLARA ON FRIDAY WHEN TWO GUNMEN SHOT HER.', IN_CAPITALS),
    ).toEqual(['Ana Vidal']);
  });

  it('is the one person the sentence before names, when its own sentence names none before it', () => {
    expect(
      victims('Tomas Reyes ran a bakery in Santa Clara. Two hooded gunmen shot him dead there on Friday.'),
    ).toEqual(['Tomas Reyes']);
  });

  it('is not the person right before the verb, its subject', () => {
    const incs = roleIncidentsOf(
      'Witnesses said Tomas Reyes shot him during a shooting outside a bar in Santa Clara on Friday.',
      ROLE_TEST_ENTITIES,
    );
    expect(incs.length).toBeGreaterThan(0);
    expect(participantNames(incs, 'victim', false)).not.toContain('Tomas Reyes');
  });

  it('is not a possessive "her" before a noun', () => {
    expect(victims('Ana Vidal was at home in Santa Clara on Friday when gunmen killed her brother.')).not.toContain(
      'Ana Vidal',
    );
  });

  it('is not the person the sentence before names when its own sentence describes one in an earlier clause', () => {
    const incs = roleIncidentsOf(
      'Tomas Reyes ran the prison in Santa Clara. On Friday gunmen seized one of the guards at the gate, took his rifle and shot him dead.',
    );
    expect(incs.length).toBeGreaterThan(0);
    expect(participantNames(incs, 'victim', false)).not.toContain('Tomas Reyes');
  });

  it('is nobody when the sentence before names two people', () => {
    expect(
      victims('Ana Vidal and Tomas Reyes had argued at the meeting. Two gunmen shot him in Santa Clara on Friday.'),
    ).toEqual([]);
  });

  it('is not the attacker the sentence before names', () => {
    expect(
      victims('Tomas Reyes opened fire on the crowd in Santa Clara on Friday. A guard shot him in the leg.'),
    ).not.toContain('Tomas Reyes');
  });
});

describe('the target of an act of harm tried (rules role.attempt-object, role.named-attempt-object)', () => {
  it('is the person named after "tried to kill"', () => {
    expect(victims('Two gunmen tried to kill Ana Vidal outside the clinic in Santa Clara on Friday.')).toEqual([
      'Ana Vidal',
    ]);
  });

  it('is the person named after "in an attempt to kidnap"', () => {
    expect(
      victims('Rebels stormed a hotel in Santa Clara on Friday in an attempt to kidnap Tomas Reyes, police said.'),
    ).toContain('Tomas Reyes');
  });

  it('is the people described after "attempted to kidnap"', () => {
    const incs = roleIncidentsOf('Rebels attacked a bus in Santa Clara on Friday and attempted to kidnap two nurses.');
    expect(participantNames(incs, 'victim', true).some((n) => /nurses/.test(n))).toBe(true);
  });

  it('is not the person a threat names ("threatened to kill")', () => {
    const incs = roleIncidentsOf(
      'A bomb exploded outside the clinic in Santa Clara on Friday; the rebels threatened to kill Ana Vidal next.',
    );
    expect(incs.length).toBeGreaterThan(0);
    expect(participantNames(incs, 'victim', false)).not.toContain('Ana Vidal');
  });
});

describe('one who escaped an attack (incident-roles.targetCues)', () => {
  it('was its target', () => {
    expect(victims('Ana Vidal escaped a bomb attack on her car in Santa Clara on Friday.')).toContain('Ana Vidal');
  });

  it('is not one who escaped from prison', () => {
    const incs = roleIncidentsOf(
      'A bomb exploded outside the court in Santa Clara on Friday, a day after Tomas Reyes escaped from prison.',
    );
    expect(participantNames(incs, 'victim', false)).not.toContain('Tomas Reyes');
  });
});
