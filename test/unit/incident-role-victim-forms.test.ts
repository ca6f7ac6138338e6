// Forms news gives those harmed that the role rules missed or misread (victim31 round, read off MUC-4 wire reports):
// the second clause of a passive of harm without its auxiliary (role.gapped-passive-subject), a possessive before a
// noun of harm (role.possessor-harmed), a list that goes on after its first item's "of" complement
// (role.list-after-of-complement), and a harm participle that tells of a practice, not of one event's harm.
import { describe, expect, it } from 'vitest';
import {
  describedPhrases as phrases,
  nameSlots,
  participantNames,
  roleIncidentsOf,
} from '../helpers/incident-roles.js';

describe('a passive of harm whose second clause leaves out the auxiliary (role.gapped-passive-subject)', () => {
  it('"were killed and three bystanders wounded": both subjects were harmed, none did it', () => {
    const s = 'Two guards were killed and three bystanders wounded in the blast.';
    expect(phrases(s, 'victim')).toEqual(['Two guards', 'three bystanders']);
    expect(phrases(s, 'perpetrator')).toEqual([]);
  });

  it('a possessive and an adverb in the second clause, in capitals', () => {
    const s = 'THE DRIVER WAS SHOT AND HIS BODYGUARD SERIOUSLY INJURED.';
    expect(phrases(s, 'victim')).toEqual(['DRIVER', 'BODYGUARD']);
    expect(phrases(s, 'perpetrator')).toEqual([]);
  });

  it('a name in the second clause is a name slot of the harmed', () => {
    expect(nameSlots('The mayor was killed and Tomas Reyes wounded when the bomb went off.')).toContain('Tomas Reyes');
  });

  it('a verb with an object after it is a clause of its own: its subject did it', () => {
    expect(phrases('A soldier was killed and the rebels wounded two farmers.', 'victim')).not.toContain('rebels');
  });

  it('the named one in the second clause is a victim of the incident, not its attacker', () => {
    const incs = roleIncidentsOf('A teacher was shot dead in Santa Clara on Monday and Ana Vidal wounded.');
    expect(participantNames(incs, 'victim', false)).toContain('Ana Vidal');
    expect(participantNames(incs, 'perpetrator', false)).not.toContain('Ana Vidal');
  });
  it("in a sentence with no incident word of its own, the named one harmed is the main incident's", () => {
    const incs = roleIncidentsOf(
      'Gunmen attacked a bus in Santa Clara on Monday. Its driver was wounded and Ana Vidal hurt.',
    );
    expect(participantNames(incs, 'victim', false)).toContain('Ana Vidal');
  });
});

describe('a possessive before a noun of harm its possessor suffered (role.possessor-harmed)', () => {
  it('"the mayor\'s assassination", "the nuns\' murder": the possessor suffered it', () => {
    expect(phrases("The mayor's assassination shook the town.", 'victim')).toEqual(['mayor']);
    expect(phrases("Nobody was tried for the two nuns' murder.", 'victim')).toEqual(['two nuns']);
  });

  it('with "of" after the noun the possessor did it; an attack belongs to who made it', () => {
    expect(phrases("The rebels' killing of the judge was condemned.", 'victim')).not.toContain('rebels');
    expect(phrases("The militia's attack on the village failed.", 'victim')).toEqual([]);
  });

  it('a named possessor is the victim of the incident; a name earlier in the sentence is not', () => {
    const incs = roleIncidentsOf("Tomas Reyes condemned Vidal's murder in Santa Clara on Monday.");
    expect(participantNames(incs, 'victim', false)).toEqual(['Ana Vidal']);
  });
});

describe('a list that goes on after its first item\'s "of" complement (role.list-after-of-complement)', () => {
  it('"killed the mayor of the town and two of his bodyguards"', () => {
    expect(phrases('Gunmen killed the mayor of the town and two of his bodyguards.', 'victim')).toEqual([
      'mayor',
      'bodyguards',
    ]);
  });

  it('"the mayor of the small town of X, as well as two farmers"', () => {
    expect(
      phrases('Rebels killed the mayor of the small port of Vela, as well as two farmers, officials said.', 'victim'),
    ).toEqual(['mayor', 'two farmers']);
  });

  it('a complement followed by the next clause lists no one', () => {
    expect(phrases('Gunmen killed the owner of the farm and police arrested two men.', 'victim')).toEqual(['owner']);
  });
});

describe('a harm participle that tells of a practice (participleBlockers)', () => {
  it('after a progressive auxiliary, "stop" or "by", it names no one one event harmed', () => {
    expect(phrases('The army is killing peasants in the north.', 'victim')).toEqual([]);
    expect(phrases('The rebels must stop kidnapping engineers.', 'victim')).toEqual([]);
    expect(phrases('They spread terror by murdering teachers.', 'victim')).toEqual([]);
  });

  it('after a comma or a word of the clause it adds the harm the event did', () => {
    expect(phrases('A bomb went off at the market, killing two women.', 'victim')).toEqual(['two women']);
    expect(phrases('A bomb hit the bus killing a boy and wounding a nurse.', 'victim')).toEqual(['boy', 'nurse']);
  });
});
