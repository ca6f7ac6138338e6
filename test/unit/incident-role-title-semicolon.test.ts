// Two ways news writes the people of an incident that the role phrases misread: a title right before a name ("party
// leader Ana Vidal", rule incidents/title-before-name) is that person, not more people besides them; and a list after
// its cue whose items carry appositions is cut by semicolons ("A, 42; B, a driver; and C", rule
// role.list-apposition-semicolon).
import { describe, expect, it } from 'vitest';
import {
  describedPhrases,
  participantNames as role,
  roleIncidentsOf,
  ROLE_TEST_ENTITIES,
} from '../helpers/incident-roles.js';

// the same entities, their names also written in capitals (as a wire text in capitals has them)
const CAPS = ROLE_TEST_ENTITIES.map((e) => ({ ...e, forms: [...(e.forms ?? []), e.name.toUpperCase()] }));

describe('a title right before a name is that person (incidents/title-before-name)', () => {
  it('"shot dead party leader Ana Vidal": one victim, named, with no described "leader" beside her', () => {
    const incs = roleIncidentsOf('Gunmen shot dead party leader Ana Vidal outside her home in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toEqual(['Ana Vidal']);
    expect(role(incs, 'victim', true)).toEqual([]);
  });

  it('all in capitals, the same', () => {
    const incs = roleIncidentsOf(
      'GUNMEN SHOT DEAD PARTY LEADER ANA VIDAL OUTSIDE HER HOME IN SANTA CLARA ON MONDAY.',
      CAPS,
    );
    expect(role(incs, 'victim', false)).toEqual(['Ana Vidal']);
    expect(role(incs, 'victim', true)).toEqual([]);
  });

  it('a title whose name the phrase rule did not read makes the person a victim', () => {
    const incs = roleIncidentsOf('A bomb killed the former mayor Tomas Reyes in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toContain('Tomas Reyes');
    expect(role(incs, 'victim', true)).not.toContain('former mayor');
  });

  it('a comma is no title: "two reporters, Ana Vidal and Tomas Reyes" keeps the reporters described', () => {
    const incs = roleIncidentsOf('Gunmen killed two reporters, Ana Vidal and Tomas Reyes, in Santa Clara on Monday.');
    expect(role(incs, 'victim', true)).toContain('two reporters');
  });
});

describe('a list after its cue cut by semicolons (role.list-apposition-semicolon)', () => {
  it('"killed A, 42; B, a clerk at the bank; and two students": every item shares the role', () => {
    const s = 'The blast killed Ana Vidal, 42; Tomas Reyes, a clerk at the bank; and two students.';
    expect(describedPhrases(s, 'victim')).toContain('two students');
    const incs = roleIncidentsOf(s);
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
  });

  it('all in capitals, the same', () => {
    const s = 'THE BLAST KILLED ANA VIDAL, 42; TOMAS REYES, A CLERK AT THE BANK; AND TWO STUDENTS.';
    expect(describedPhrases(s, 'victim')).toContain('TWO STUDENTS');
  });

  it('a new clause after the semicolon is no item ("; police are investigating")', () => {
    const s = 'The blast killed Ana Vidal, a clerk at the bank; police are investigating.';
    expect(describedPhrases(s, 'victim')).not.toContain('police');
  });
});
