// Shapes news uses to say who was harmed that the role rules did not read: a progressive passive ("are being held
// hostage", rule role.progressive-passive), "held X hostage" (role.hostage-object), a harm participle set off by commas
// after a name ("X, kidnapped on Monday near the port, was freed", role.named-harmed-apposition), a victim noun that
// opens a list of the harmed ("the other victim, X,", "a new victim of the violence is X"), and person nouns the
// victim heads lacked ("a baker", "the rector", "cattle breeders"). Sentences in mixed case and in wire capitals.
import { describe, expect, it } from 'vitest';
import {
  describedPhrases,
  participantNames as role,
  roleIncidentsOf,
  ROLE_TEST_ENTITIES,
} from '../helpers/incident-roles.js';

const CAPS = ROLE_TEST_ENTITIES.map((e) => ({ ...e, forms: [...(e.forms ?? []), e.name.toUpperCase()] }));

describe('a progressive passive (role.progressive-passive)', () => {
  it('"are being held hostage" names who suffered it, "still" before "being" too', () => {
    expect(describedPhrases('Three aid workers are being held hostage by the gang in the hills.', 'victim')).toContain(
      'Three aid workers',
    );
    expect(describedPhrases('TWO NURSES ARE STILL BEING HELD HOSTAGE BY THE REBELS.', 'victim')).toContain(
      'TWO NURSES',
    );
  });
});

describe('"held X hostage", "took X as hostages" (role.hostage-object)', () => {
  it('reads the people held as victims', () => {
    expect(describedPhrases('The gang held two nurses hostage for a week.', 'victim')).toContain('two nurses');
    expect(describedPhrases('THE COMMANDO TOOK A GROUP OF BANK EMPLOYEES AS HOSTAGES.', 'victim')).toContain(
      'BANK EMPLOYEES',
    );
  });

  it('reads a named person held as a victim of the kidnapping', () => {
    const incs = roleIncidentsOf('Gunmen held Ana Vidal hostage for three days in a kidnapping near Santa Clara.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('"taking as hostages" + a list of people', () => {
    expect(
      describedPhrases('The raiders set the depot on fire and fled, taking as hostages three engineers.', 'victim'),
    ).toContain('three engineers');
  });

  it('"holding talks" or a hostage with no one held names no victim', () => {
    expect(describedPhrases('The mayor held two meetings about the hostage crisis.', 'victim')).toEqual([]);
  });
});

describe('a harm participle set off by commas after a name (role.named-harmed-apposition)', () => {
  it('"X, kidnapped on Monday near the port, was freed": X suffered the kidnapping', () => {
    const incs = roleIncidentsOf('Tomas Reyes, kidnapped on Monday near the port, was freed by the kidnappers today.');
    expect(role(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('the same in capitals, the participle opened by a count of days', () => {
    const incs = roleIncidentsOf(
      'TEACHER ANA VIDAL, ABDUCTED 11 DAYS AGO IN SANTA CLARA, WAS RESCUED TODAY AFTER A KIDNAPPING.',
      CAPS,
    );
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('described people: "two engineers, abducted last week in the north, were freed"', () => {
    expect(
      describedPhrases('Two engineers, abducted last week in the north, were freed on Monday.', 'victim'),
    ).toContain('Two engineers');
  });

  it('a participle with an object after it is the next verb of a list, not an apposition', () => {
    expect(describedPhrases('Gunmen stormed the village, killed two farmers and fled.', 'victim')).not.toContain(
      'village',
    );
    expect(describedPhrases('The soldiers, killed two farmers on Monday, fled.', 'victim')).toEqual(['two farmers']);
  });
});

describe('a victim noun that opens the list of the harmed (incident-roles.casualtyListOpeners)', () => {
  it('"the other victim, X, is recovering": X was harmed in the article\'s incident', () => {
    const incs = roleIncidentsOf(
      'A bomb exploded outside a bank in Santa Clara on Monday, wounding two people. The other victim, Tomas Reyes, is recovering in hospital.',
    );
    expect(role(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('"a new victim of the violence is X", "the fatality was a woman"', () => {
    const incs = roleIncidentsOf(
      'Gunmen shot dead a teacher in Santa Clara on Monday. A new victim of the violence is Ana Vidal, a party leader.',
    );
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
    expect(describedPhrases('THE FATALITY WAS AN ELDERLY WOMAN.', 'victim')).toContain('ELDERLY WOMAN');
  });

  it('not where the words after say where the victims were or what most of them were', () => {
    expect(describedPhrases('Most of the victims were in cars and buses at the time.', 'victim')).toEqual([]);
    expect(describedPhrases('The victims, most of them farmers, were returning from the market.', 'victim')).toEqual(
      [],
    );
  });
});

describe('person nouns as the head of a harmed phrase (incident-roles.victimHeads)', () => {
  it('a baker, the rector, cattle breeders, refugees', () => {
    expect(describedPhrases('A local baker was killed in the blast.', 'victim')).toContain('local baker');
    expect(describedPhrases('GUNMEN MURDERED THE UNIVERSITY RECTOR.', 'victim')).toContain('UNIVERSITY RECTOR');
    expect(describedPhrases('The rebels kidnapped several cattle breeders near the border.', 'victim')).toContain(
      'cattle breeders',
    );
    expect(describedPhrases('A rocket hit the church, wounding 12 refugees.', 'victim')).toContain('12 refugees');
  });
});

describe('the last item of a list closed by a comma before its verb (role.named-last-item-passive-subject)', () => {
  it('"A, the treasurer; and B, were also killed": every item suffered it', () => {
    const incs = roleIncidentsOf(
      'A bomb exploded in Santa Clara on Monday. Tomas Reyes, the party treasurer; and his driver Ana Vidal, were also killed.',
    );
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Tomas Reyes', 'Ana Vidal']));
  });

  it('described items, in capitals, with a verb of dying', () => {
    expect(describedPhrases('A NURSE, A DRIVER, AND TWO STUDENTS, DIED IN THE BLAST.', 'victim')).toEqual(
      expect.arrayContaining(['NURSE', 'DRIVER', 'TWO STUDENTS']),
    );
  });

  it("in a sentence with no incident word of its own, the items are the main incident's harmed (incidents/orphan-harmed)", () => {
    const incs = roleIncidentsOf(
      'A bomb exploded at a market in Santa Clara on Monday. Tomas Reyes, a porter; and Ana Vidal, died in hospital.',
    );
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Tomas Reyes', 'Ana Vidal']));
  });

  it('no list before the comma ("and" opening no list item) reads no one new', () => {
    expect(describedPhrases('The envoy arrived and spoke, then left.', 'victim')).toEqual([]);
  });
});
