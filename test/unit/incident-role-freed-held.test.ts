// People set free were held (rule role.freed-held): "the two engineers were released", "troops rescued the rancher",
// "X was freed" name the victims of the abduction or hostage-taking the article reports, and of no other kind of
// incident; people a state holds ("20 prisoners were released") and what a release makes public ("released an official
// statement") are no one held; who "is still holding" someone holds a victim (rule role.still-held). Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { describedPhrases, participantNames, roleIncidentsOf, rolePhrasesIn } from '../helpers/incident-roles.js';

describe('who a release frees (rule role.freed-held)', () => {
  it('reads the subject of a passive release and the object of an active one', () => {
    expect(describedPhrases('The two engineers were released unharmed on Sunday.', 'victim')).toContain(
      'two engineers',
    );
    expect(describedPhrases('TROOPS RESCUED THREE HOSTAGES NEAR THE RIVER.', 'victim')).toContain('THREE HOSTAGES');
  });

  it('reads no prisoner and nothing made public', () => {
    expect(describedPhrases('The government released 20 prisoners on Friday.', 'victim')).toEqual([]);
    expect(describedPhrases('The company released an official statement on the kidnapping.', 'victim')).toEqual([]);
  });

  it('names the victim of an abduction told before, in a sentence with no incident word', () => {
    const incs = roleIncidentsOf(
      'Gunmen kidnapped a businessman in Santa Clara on Monday. Tomas Reyes was freed by his captors on Friday.',
    );
    expect(participantNames(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('names no victim of an incident in which no one is held', () => {
    const incs = roleIncidentsOf(
      'A bomb exploded at the market in Santa Clara on Monday. Tomas Reyes was released from hospital on Friday.',
    );
    expect(participantNames(incs, 'victim', false)).not.toContain('Tomas Reyes');
  });

  it('adds no description of its own where the incident already has its victims', () => {
    const incs = roleIncidentsOf(
      'Rebels kidnapped three engineers in Santa Clara on Monday. The engineers were released on Friday.',
    );
    expect(participantNames(incs, 'victim', true)).toEqual(['three engineers']);
  });

  it('reads who is still held as a victim of the abduction (rule role.still-held)', () => {
    const incs = roleIncidentsOf(
      'Rebels kidnapped three engineers in Santa Clara on Monday. The rebels are still holding Ana Vidal and Tomas Reyes.',
    );
    expect(participantNames(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
    expect(describedPhrases('THE FRONT IS ALSO HOLDING TWO ENGINEERS IN THE MOUNTAINS.', 'victim')).toContain(
      'TWO ENGINEERS',
    );
  });

  it('leaves "holding X hostage" and a talk held to other rules', () => {
    expect(
      rolePhrasesIn('The gunmen were holding two nurses hostage.').filter((p) => p.rule.startsWith('role.still-held')),
    ).toEqual([]);
    expect(describedPhrases('The union is holding a meeting with the mayor.', 'victim')).toEqual([]);
  });
});
