// Victims a count includes after a passive harm verb (rules role.harmed-including, role.named-harmed-including), and
// lists before a passive harm verb whose items open with a count, "other" or a partitive (rules
// role.list-before-counted-item, role.list-before-partitive).
import { describe, expect, it } from 'vitest';
import { describedPhrases, nameSlots, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('", including" after a passive harm verb or a death (role.harmed-including)', () => {
  it('the described people the count includes were harmed too', () => {
    expect(
      describedPhrases(
        'Nine people were wounded on Sunday, including four nurses, in the blast at the clinic.',
        'victim',
      ),
    ).toContain('four nurses');
    expect(describedPhrases('SIX PASSENGERS DIED IN THE BLAST, INCLUDING A WATCHMAN.', 'victim')).toContain('WATCHMAN');
  });

  it('a name after "including" is a name slot of those harmed (role.named-harmed-including)', () => {
    expect(nameSlots('Eight teachers were murdered last year, including Tomas Reyes, a union leader.')).toContain(
      'Tomas Reyes',
    );
    const incs = roleIncidentsOf('Gunmen attacked a bus in Santa Clara. Four people were killed, including Ana Vidal.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('near miss: the people a "by" agent includes did it, and are no victims', () => {
    const victims = describedPhrases('Three farmers were shot by soldiers, including two sergeants.', 'victim');
    expect(victims).toEqual(['Three farmers']);
  });

  it('near miss: "including" after a verb of no harm names no one harmed', () => {
    expect(describedPhrases('Five students were questioned, including two teachers.', 'victim')).toEqual([]);
  });

  it('an attacker noun the count of the dead includes died in the attack: no victim', () => {
    expect(describedPhrases('Seven people died, including both gunmen.', 'victim')).not.toContain('both gunmen');
  });
});

describe('a list before a passive harm verb whose item opens with a count or "other" (role.list-before-counted-item)', () => {
  it('the items before "other priests" share the role', () => {
    expect(nameSlots('Ana Vidal, other nurses and a driver were abducted.')).toContain('Ana Vidal');
    expect(describedPhrases('A teacher, two students and a guard were wounded.', 'victim')).toEqual([
      'teacher',
      'two students',
      'guard',
    ]);
  });

  it('near miss: a clause before the list still ends it', () => {
    expect(describedPhrases('Officials reported that other soldiers were wounded.', 'victim')).not.toContain(
      'Officials',
    );
  });
});

describe('a partitive before the last item of a list (role.list-before-partitive)', () => {
  it('"his driver and one of his bodyguards were killed": the driver was harmed too', () => {
    expect(describedPhrases('His driver and one of his bodyguards were killed in the ambush.', 'victim')).toEqual([
      'driver',
      'bodyguards',
    ]);
  });

  it('near miss: a partitive after a clause opener lists nothing before it', () => {
    expect(describedPhrases('Witnesses said that two of the guards were injured.', 'victim')).toEqual(['guards']);
  });
});

describe('an aside that breaks down the people before a passive harm verb (role.described-passive-aside)', () => {
  it('the subject before the aside suffered it', () => {
    expect(
      describedPhrases('Four people -- two nurses and two drivers -- were injured in the blast.', 'victim'),
    ).toContain('Four people');
  });

  it('near miss: with no passive harm verb after the aside, no one is harmed', () => {
    expect(describedPhrases('Four people -- two nurses and two drivers -- were questioned.', 'victim')).toEqual([]);
  });
});

describe('the items of that aside (role.aside-breakdown-harmed)', () => {
  it('each person the aside counts out suffered it', () => {
    expect(describedPhrases('Nine people (four teachers and five students) were wounded on Friday.', 'victim')).toEqual(
      expect.arrayContaining(['four teachers', 'five students']),
    );
    expect(
      describedPhrases('SEVEN NUNS -- SIX COLOMBIANS AND ONE PERUVIAN -- AND A DRIVER WERE ABDUCTED.', 'victim'),
    ).toEqual(expect.arrayContaining(['SIX COLOMBIANS', 'ONE PERUVIAN']));
  });

  it('near miss: an aside on attackers names no victims', () => {
    expect(describedPhrases('Six gunmen -- two commanders and four guards -- were killed.', 'victim')).toEqual([]);
  });

  it('near miss: an aside that says who some of them were ("two of them women") is no list of its own', () => {
    expect(describedPhrases('The hostages (three of them women) were freed.', 'victim')).not.toContain('them women');
  });
});
