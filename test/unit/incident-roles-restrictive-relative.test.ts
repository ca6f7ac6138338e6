// Role rules of the roles54 round: a relative clause of what attackers were doing or wearing, written with no commas
// between them and their verb (role.restrictive-relative-manner); a phrase of manner that holds no conjunction
// (role.manner-gap-no-clause); a word spelt as a nationality inside a thing's name (role.nationality-thing-compound);
// active verbs that tie people to an act of harm (role.implicated-in, role.named-implicated-in).
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases, rolePhrasesIn } from '../helpers/incident-roles.js';

describe('a relative clause of what attackers were doing, unset by commas (role.restrictive-relative-manner)', () => {
  it('"two men who were walking past the bank planted the bomb": the men planted it', () => {
    expect(
      phrases('Witnesses said two men who were walking past the bank planted the bomb and ran off.', 'perpetrator'),
    ).toEqual(['two men']);
  });

  it('"three men who were wearing hoods shot dead a guard": the men did it', () => {
    expect(phrases('Three men who were wearing hoods shot dead a guard outside the depot.', 'perpetrator')).toEqual([
      'Three men',
    ]);
  });

  it('in capitals as wire reports are written', () => {
    expect(
      phrases('TWO INDIVIDUALS WHO WERE STANDING NEAR THE GATE PLACED THE EXPLOSIVES AND FLED.', 'perpetrator'),
    ).toEqual(['TWO INDIVIDUALS']);
  });

  it('a relative clause of what was done to them makes them no attackers', () => {
    expect(phrases('Two men who were wounded in the blast set off for the hospital on foot.', 'perpetrator')).toEqual(
      [],
    );
  });
});

describe('a phrase of manner holds no conjunction (role.manner-gap-no-clause)', () => {
  it('"two men on a bus when gunmen opened fire": the gunmen fired, not the men', () => {
    expect(
      phrases('Two men on a bus when gunmen opened fire on it were unhurt, the police said.', 'perpetrator'),
    ).not.toContain('Two men');
  });

  it('"two men who were leaving the bar when gunmen set off a bomb": the men set off nothing', () => {
    expect(
      phrases('Two men who were leaving the bar when gunmen set off a bomb were hurt.', 'perpetrator'),
    ).not.toContain('Two men');
  });

  it('a phrase of manner with no conjunction still reads ("on a motorcycle")', () => {
    expect(phrases('Two men on a motorcycle set off a bomb near the market.', 'perpetrator')).toEqual(['Two men']);
  });
});

describe('a word spelt as a nationality inside the name of a thing (role.nationality-thing-compound)', () => {
  it('"blew up several electricity poles": poles, no people harmed', () => {
    expect(phrases('The rebels blew up several electricity poles outside the town.', 'victim')).toEqual([]);
    expect(phrases('SABOTEURS BLEW UP THREE TELEPHONE POLES.', 'victim')).toEqual([]);
  });

  it('"kidnapped two Poles": the nationality still names people', () => {
    expect(phrases('Gunmen kidnapped two Poles, the police said.', 'victim')).toEqual(['two Poles']);
    expect(phrases('GUNMEN KIDNAPPED TWO POLES, THE POLICE SAID.', 'victim')).toEqual(['TWO POLES']);
  });
});

describe('an active verb that ties people to an act of harm (role.implicated-in, role.named-implicated-in)', () => {
  it('"implicated four officers and five soldiers in the murder": the officers are held to have done it', () => {
    expect(
      phrases(
        'The minister implicated four officers and five soldiers in the murder of the two farmers.',
        'perpetrator',
      ),
    ).toEqual(expect.arrayContaining(['four officers', 'five soldiers']));
  });

  it('"links the colonel to the bombing" in capitals', () => {
    expect(phrases('A SWORN STATEMENT LINKS THE COLONEL TO THE 1984 BOMBING OF THE MARKET.', 'perpetrator')).toEqual([
      'COLONEL',
    ]);
  });

  it('a named person so tied is a name slot of the role', () => {
    expect(
      rolePhrasesIn('A court statement links Tomas Reyes to the assassination of the mayor.')
        .filter((p) => p.role === 'perpetrator' && p.rule === 'role.named-implicated-in')
        .map((p) => p.text),
    ).toEqual(['Tomas Reyes']);
  });

  it('tying things, or people to what is no harm, names no one who did it', () => {
    expect(phrases('Police linked the two attacks to the same cell.', 'perpetrator')).toEqual([]);
    expect(phrases('The study linked two officers to the new training programme.', 'perpetrator')).toEqual([]);
  });
});

describe('the one a verb of telling addresses (role.addressee-not-harmed)', () => {
  it('"told the police that he was attacked": the police were told, not attacked', () => {
    expect(phrases('The driver told the police that he was attacked by three men.', 'victim')).toEqual([]);
    expect(phrases('SHE TOLD POLICE THAT HER HUSBAND HAD BEEN KILLED.', 'victim')).not.toContain('POLICE');
    expect(phrases('Officials informed the two families that their relatives were kidnapped.', 'victim')).not.toContain(
      'two families',
    );
  });

  it('a relative "that" after people no one told still names who suffered it', () => {
    expect(phrases('The two guards that were on duty were wounded in the blast.', 'victim')).toEqual(['two guards']);
    expect(phrases('The police said the two guards that were on duty were wounded.', 'victim')).toEqual(['two guards']);
  });
});

describe('the passive of a verb that ties people to an act of harm (role.implicated-in)', () => {
  it('"has been linked by the prosecutor to the murder": the prosecutor tied him to it, and did nothing', () => {
    expect(
      rolePhrasesIn('One of them has been linked by the chief prosecutor Ana Vidal to the murder of the major.')
        .filter((p) => p.role === 'perpetrator')
        .map((p) => p.text),
    ).toEqual([]);
  });
});
