// Role rules of the roles23 round: how attackers came or looked, written between them and their verb with no comma
// (role.attacker-manner-gap); an adverb between "who are" and "involved in" (role.suspected-of); verbs of harm that
// maim or kill by hand (harmVerbs: "maimed", "strangled", "beaten to death").
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases, participantNames, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('attackers described by how they came or looked (role.attacker-manner-gap)', () => {
  it('"masked men wearing overalls robbed": the men are the attackers', () => {
    expect(
      phrases(
        'A band of armed men wearing grey overalls robbed a cash van on the coast road on Friday.',
        'perpetrator',
      ),
    ).toEqual(['band of armed men']);
  });

  it('two phrases of manner joined by "and"', () => {
    expect(
      phrases(
        'Two gunmen riding a scooter and carrying assault rifles stormed a pharmacy in the old town.',
        'perpetrator',
      ),
    ).toEqual(['Two gunmen']);
  });

  it('no manner phrase makes people who are not attackers into attackers', () => {
    expect(phrases('Two nurses wearing masks entered the ward after the shelling.', 'perpetrator')).toEqual([]);
  });
});

describe('an adverb before a cue of suspicion (role.suspected-of)', () => {
  it('"three men who are allegedly involved in the murder": the men are held to have done it', () => {
    expect(
      phrases(
        'Police said that three men who are allegedly involved in the murder of the councillor were detained.',
        'perpetrator',
      ),
    ).toEqual(['three men']);
  });
});

describe('verbs of harm done by hand (harmVerbs)', () => {
  it('"maimed", "strangled" and "beaten to death" name who suffered it', () => {
    expect(phrases('The rebels maimed two farmers who refused to pay.', 'victim')).toEqual(['two farmers']);
    expect(phrases('A shopkeeper was strangled in his store.', 'victim')).toEqual(['shopkeeper']);
    expect(phrases('Three villagers were beaten to death by a mob.', 'victim')).toEqual(['Three villagers']);
  });
});

describe('what attackers do that is no harm verb (attackerDeedVerbs)', () => {
  it('"a suicide bomber blew himself up", "rebels clashed with troops": the attackers', () => {
    expect(
      phrases('A suicide bomber blew himself up at the gate of a mosque, killing nine worshippers.', 'perpetrator'),
    ).toEqual(['suicide bomber']);
    expect(phrases('Separatist rebels clashed with troops near the border crossing.', 'perpetrator')).toEqual([
      'Separatist rebels',
    ]);
    // the state force as the subject names no attacker by this cue
    expect(phrases('Troops clashed with separatist rebels near the border crossing.', 'perpetrator')).toEqual([]);
  });
});

describe('police harmed are victims, not the response (incidents/responder-subject-active)', () => {
  it('"two police officers were killed" after an attack by militants names its victims', () => {
    const incs = roleIncidentsOf(
      'On 2 June, NLF militants planted a roadside bomb that struck a police truck near Santa Clara. Two police officers were killed.',
    );
    expect(participantNames(incs, 'victim', true)).toEqual(['officers']);
    expect(participantNames(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('the police as the subject of the harm verb are still the response', () => {
    const incs = roleIncidentsOf(
      'NLF gunmen attacked a bank in Santa Clara on Monday, killing a guard. Police later shot two of the gunmen.',
    );
    expect(participantNames(incs, 'victim', true)).toEqual(['guard']);
  });
});

describe('a person noun that only modifies a place (role.owner-modifier)', () => {
  it('"attacked a police post" names the post, not the police; "killing three policemen" names the harmed', () => {
    expect(
      phrases(
        'Militants attacked a police post near the dam, killing three policemen and wounding two others.',
        'victim',
      ),
    ).toEqual(['three policemen']);
    expect(phrases('Rebels shelled an army base outside the town.', 'victim')).toEqual([]);
  });
});

describe('people listed among the harmed, and those who came out unhurt (role.casualty-list, role.target-unharmed)', () => {
  it('"among the dead were three policemen" names described victims', () => {
    expect(phrases('Among the dead were three policemen and a nurse.', 'victim')).toEqual(['three policemen', 'nurse']);
  });

  it('"two guards who were inside escaped injury": the guards were its target', () => {
    expect(phrases('The three guards who were inside escaped injury.', 'victim')).toEqual(['three guards']);
  });
});

describe('people arrested for an act of harm (role.arrested-for)', () => {
  it('"police arrested two men for the murder": the men are held to have done it', () => {
    expect(phrases('Police arrested two men for the murder of a shopkeeper.', 'perpetrator')).toEqual(['two men']);
  });

  it('a list arrested together shares the role', () => {
    expect(
      phrases('The arrest of 12 soldiers and two officers for killing six farmers was announced.', 'perpetrator'),
    ).toEqual(['12 soldiers', 'two officers']);
  });

  it('an arrest for no act of harm names no attacker', () => {
    expect(phrases('Police arrested two men for fraud at the bank.', 'perpetrator')).toEqual([]);
  });
});

describe('where and when between a harm verb and its agent (role.agent-after-adjuncts)', () => {
  it('"kidnapped on Monday near his farm by armed men": the men did it', () => {
    expect(
      phrases('The engineer was kidnapped on 3 May near his farm by a group of armed men.', 'perpetrator'),
    ).toEqual(['group of armed men']);
    expect(
      phrases('The massacre was perpetrated in the capital on 16 November 1990 by army troops.', 'perpetrator'),
    ).toEqual(['army troops']);
  });

  it('a clause between the verb and "by" is no adjunct', () => {
    expect(
      phrases('He was kidnapped to protest against the planned state visit by two ministers.', 'perpetrator'),
    ).toEqual([]);
  });
});
