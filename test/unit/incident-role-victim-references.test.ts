// Victims named where a harm is referred to rather than told: "the murder last week of X" and "the killing in the
// capital of two aid workers" (rule role.harm-of-adjunct), and a sentence of names that says who the people harmed in
// the sentence before were, "They are X and Y" (rule role.named-casualty-list-anaphor). Sentences in mixed case and in
// the capitals of wire copy, written for these tests.
import { describe, expect, it } from 'vitest';
import { describedPhrases, nameSlots, participantNames, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('a time or a place between a harm noun and its "of" (rule role.harm-of-adjunct)', () => {
  it('names who suffered it after a time', () => {
    expect(describedPhrases('Unions condemned the murder last week of two teachers in the north.', 'victim')).toContain(
      'two teachers',
    );
    expect(
      describedPhrases(
        'THE KILLINGS DURING THE PAST 48 HOURS OF TWO JUDGES AND A MAYOR IN THE NORTH ALARMED THE PARTY.',
        'victim',
      ),
    ).toEqual(expect.arrayContaining(['TWO JUDGES', 'MAYOR']));
    expect(nameSlots('THE PARTY RECALLED THE ASSASSINATION ON 9 APRIL OF ITS LEADER ANA VIDAL.').join(' ')).toContain(
      'ANA VIDAL',
    );
  });

  it('names who suffered it after a short place', () => {
    expect(describedPhrases('Mourners recalled the massacre at Las Piedras of 30 farmers.', 'victim')).toContain(
      '30 farmers',
    );
    expect(nameSlots('THE BISHOP CONDEMNED THE MURDER IN SANTA CLARA OF TOMAS REYES.').join(' ')).toContain(
      'TOMAS REYES',
    );
  });

  it('leaves an "of" that belongs to the place or to a compound preposition alone', () => {
    expect(describedPhrases('The killing in the town of Soacha shocked the farmers.', 'victim')).toEqual([]);
    expect(describedPhrases('An attack in front of the offices of the governor was foiled.', 'victim')).toEqual([]);
    expect(describedPhrases('The kidnapping in retaliation of the judge was denied.', 'victim')).toEqual([]);
  });
});

describe('"They are X and Y" after a sentence of people harmed (rule role.named-casualty-list-anaphor)', () => {
  it('gives the people listed the victim role of the incident told before', () => {
    const mixed = roleIncidentsOf(
      'Two people were shot dead by gunmen in Santa Clara on Monday. They were Ana Vidal and Tomas Reyes.',
    );
    expect(participantNames(mixed, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
    const one = roleIncidentsOf(
      'Two people were kidnapped by guerrillas in Santa Clara on Monday. One of them is Tomas Reyes, a teacher.',
    );
    expect(participantNames(one, 'victim', false)).toContain('Tomas Reyes');
  });

  it('reads the names after the opener in capitals too, only where the opener starts the sentence', () => {
    expect(nameSlots('THEY ARE ANA VIDAL AND TOMAS REYES.').join(' | ')).toContain('ANA VIDAL');
    expect(nameSlots('POLICE SAID THEY ARE ANA VIDAL AND TOMAS REYES.').join(' | ')).not.toContain('ANA VIDAL');
  });

  it('names no victim where the sentence before ends with no one harmed', () => {
    const incs = roleIncidentsOf(
      'Two people were shot dead in Santa Clara on Monday, and police arrested two gunmen. They are Ana Vidal and ' +
        'Tomas Reyes.',
    );
    expect(participantNames(incs, 'victim', false)).not.toContain('Ana Vidal');
    const plain = roleIncidentsOf('A bomb went off in Santa Clara on Monday. They are Ana Vidal and Tomas Reyes.');
    expect(participantNames(plain, 'victim', false)).toEqual([]);
  });
});
