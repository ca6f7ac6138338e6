// The dead an "of" phrase names (rules role.dead-of and role.named-dead-of, incident-roles.deadOfNouns): "the body of
// X", "the bodies of three farmers", "the remains of". Whoever the phrase names died, so they suffered the incident the
// article tells of, also where the sentence has no incident word of its own ("The body of X was found on Monday":
// incidents/orphan-harmed). Not "body" as a group of people ("a governing body of judges"). "Cost the lives of" is a
// harm verb beside "claimed the lives of" (incident-roles.harmVerbs). Sentences in mixed case and in the capitals of
// wire copy, written for these tests.
import { describe, expect, it } from 'vitest';
import {
  participantNames as role,
  roleIncidentsOf,
  rolePhrasesIn,
  ROLE_TEST_ENTITIES,
} from '../helpers/incident-roles.js';

const victims = (s: string) =>
  rolePhrasesIn(s)
    .filter((p) => p.role === 'victim' && !p.personOnly)
    .map((p) => p.text);
const rulesOf = (s: string) =>
  rolePhrasesIn(s)
    .filter((p) => p.role === 'victim')
    .map((p) => p.rule.split('+')[0]);

describe('the bodies of people (rule role.dead-of)', () => {
  it('reads the people whose bodies were found as victims, in mixed case and capitals', () => {
    expect(victims('The bodies of three farmers were found beside the river road on Monday.')).toContain(
      'three farmers',
    );
    expect(victims('THE BODIES OF TWO STUDENTS WERE FOUND NEAR THE CAMPUS.')).toContain('TWO STUDENTS');
    expect(victims('Villagers recovered the body of a young teacher from the ravine.')).toContain('young teacher');
  });

  it('"the remains of" names the dead as much', () => {
    expect(victims('Forensic teams identified the remains of two missing reporters.')).toContain(
      'two missing reporters',
    );
  });

  it('"cost the lives of" is a harm verb: who it names suffered it', () => {
    expect(rulesOf('THE AMBUSH COST THE LIVES OF SIX POLICEMEN.')).toContain('role.active-object');
    expect(victims('The ambush cost the lives of six policemen.')).toContain('six policemen');
  });

  it('reads no victim in "body" as a group of people, nor in a body that names no person', () => {
    expect(rulesOf('A governing body of judges will review the case next month.')).not.toContain('role.dead-of');
    expect(rulesOf('The electoral body of the province met on Friday.')).not.toContain('role.dead-of');
    expect(victims('The body of the report runs to forty pages.')).toEqual([]);
  });

  it('does not read "the lives of" without a verb of taking them', () => {
    expect(rulesOf('The campaign aims to improve the lives of farmers in the valley.')).not.toContain('role.dead-of');
  });
});

describe('the body of a named person (rule role.named-dead-of)', () => {
  const specs = [
    ...ROLE_TEST_ENTITIES,
    { type: 'person' as const, name: 'Ramiro Ostendorf', forms: ['Ostendorf'] },
    { type: 'person' as const, name: 'Lidia Casaverde', forms: ['Casaverde'] },
  ];

  it('the one whose body was found in a sentence with no incident word is a victim of the main incident', () => {
    const incs = roleIncidentsOf(
      'Gunmen kidnapped a union leader and his assistant in Santa Clara on Tuesday. ' +
        'The body of union leader Ramiro Ostendorf was found on a farm two days later.',
      specs,
    );
    expect(role(incs, 'victim', false)).toContain('Ramiro Ostendorf');
  });

  it('the body of a named person in the sentence that tells of the attack', () => {
    const incs = roleIncidentsOf(
      'The body of Lidia Casaverde, shot dead by unidentified men, was found near Santa Clara on Sunday.',
      specs,
    );
    expect(role(incs, 'victim', false)).toContain('Lidia Casaverde');
  });

  it('reads no one dead in bodies a threat speaks of (rule incidents/dead-of-irrealis)', () => {
    const threat = roleIncidentsOf(
      'Gunmen shot dead a judge in Santa Clara on Sunday. ' +
        'The Front warned that the town would soon see the bodies of its mayors.',
      specs,
    );
    expect(role(threat, 'victim', true)).not.toContain('mayors');
    const found = roleIncidentsOf(
      'Gunmen shot dead a judge in Santa Clara on Sunday. Peasants later found the bodies of two mayors.',
      specs,
    );
    expect(role(found, 'victim', true)).toContain('two mayors');
  });

  it('does not make a person named after "a body of" a victim', () => {
    const incs = roleIncidentsOf(
      'Gunmen shot dead a judge in Santa Clara on Sunday. ' +
        'An advisory body of Ramiro Ostendorf will study the attack.',
      specs,
    );
    expect(role(incs, 'victim', false)).not.toContain('Ramiro Ostendorf');
  });
});
