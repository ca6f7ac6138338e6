// The role rules that read who did it from the syntax alone (a "by" agent, one accused or held responsible, state
// forces included), the name-slot victim rules, and the casualty rules that count one victim or "the murder of N".
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { roleCuesOf, rolePhrases } from '../../src/extract/incident-roles.js';
import { res } from '../helpers/resources.js';

const phrases = (s: string) =>
  rolePhrases(roleCuesOf(res), s, 0).map((p) => ({
    role: p.role,
    text: p.text,
    needsEntity: p.needsEntity,
    personOnly: p.personOnly ?? false,
  }));
const described = (s: string, role: 'perpetrator' | 'victim') =>
  phrases(s)
    .filter((p) => p.role === role && !p.needsEntity)
    .map((p) => p.text);
const named = (s: string) =>
  phrases(s)
    .filter((p) => p.role === 'victim' && p.personOnly)
    .map((p) => p.text);
const counts = (s: string) => casualtiesIn(res.incidents.casualties, s).map((c) => [c.what, c.count]);

describe('perpetrators the syntax names', () => {
  it('a "by" agent is the attacker whatever its noun, state forces included', () => {
    expect(described('Two farmers were shot dead by army troops near the river.', 'perpetrator')).toEqual([
      'army troops',
    ]);
    expect(described('THE JOURNALIST WAS KILLED BY SOLDIERS AT A CHECKPOINT.', 'perpetrator')).toEqual(['SOLDIERS']);
    expect(described('The device was planted by two individuals in sports clothes.', 'perpetrator')).toEqual([
      'two individuals',
    ]);
  });

  it('a force noun that opens a group name is not the state', () => {
    expect(described('He was kidnapped by the Army of National Liberation last week.', 'perpetrator')).not.toContain(
      'Army',
    );
  });

  it('one accused, suspected or held responsible for an act of harm did it', () => {
    expect(described('Five soldiers accused of committing the massacre were arrested.', 'perpetrator')).toEqual([
      'Five soldiers',
    ]);
    expect(
      described('The prosecutor said members of the army were responsible for the killings.', 'perpetrator'),
    ).toEqual(['army']);
  });

  it('the subject of a verb of attack from a distance did it, a state force included', () => {
    expect(described('The Myanmar military shelled the township overnight.', 'perpetrator')).toEqual([
      'Myanmar military',
    ]);
    expect(described('Government forces fired rockets at the camp.', 'perpetrator')).toEqual(['Government forces']);
    expect(described('An airstrike by coalition forces hit a market.', 'perpetrator')).toEqual(['coalition forces']);
  });

  it('bandits, separatists and rioters are attackers by their noun', () => {
    expect(described('Bandits kidnapped 30 passengers on the highway.', 'perpetrator')).toEqual(['Bandits']);
  });

  it('a subject alone does not make soldiers or police attackers', () => {
    // (the gunman they killed is the attacker: role.attacker-harmed)
    expect(described('Police killed the gunman after a standoff.', 'perpetrator')).not.toContain('Police');
  });
});

describe('named victims', () => {
  it('a name before a passive harm verb, across an apposition or "who"', () => {
    expect(named('Ana Ruiz, a nurse from Tula, who was abducted on Monday, was freed.')).toContain('Ana Ruiz');
    expect(named('Officials said that Pedro Gomez was murdered in his home.')).toContain('Pedro Gomez');
  });

  it('a slot that starts at a place is tried again from the next words', () => {
    expect(named('In Santa Rosa, Juan Perez, a judge, was killed.')).toContain('Juan Perez');
  });

  it('a name after a harm verb or "the kidnapping of"', () => {
    expect(named('Gunmen killed Mayor Luis Vargas in the square.')).toContain('Mayor Luis Vargas');
    expect(named('They condemned the kidnapping of party secretary Rosa Lima in the capital.')).toContain(
      'party secretary Rosa Lima',
    );
  });
});

describe('casualty counts of one victim and of "the murder of N"', () => {
  it('the singular auxiliary counts one killed or hurt', () => {
    expect(counts('The mayor was shot dead outside his office.')).toEqual([['killed', 1]]);
    expect(counts('A GUARD WAS SERIOUSLY WOUNDED.')).toEqual([['injured', 1]]);
    expect(counts('The driver was reportedly killed.')).toEqual([['killed', 1]]);
  });

  it('no count from a negation or a near miss', () => {
    expect(counts('The mayor was not killed.')).toEqual([]);
    expect(counts('The mayor was nearly killed.')).toEqual([]);
  });

  it('a verb of killing before "a"/"an" and one person', () => {
    expect(counts('Rebels ambushed the convoy, killing a soldier.')).toEqual([['killed', 1]]);
    expect(counts('They killed an off-duty policeman.')).toEqual([['killed', 1]]);
  });

  it('a verb of wounding or beheading before one person or a count', () => {
    expect(counts('Shelling hit the district, wounding a woman aged 58.')).toEqual([['injured', 1]]);
    expect(counts('Insurgents beheaded three villagers.')).toEqual([['killed', 3]]);
  });

  it('a noun of death before "of" and a count', () => {
    expect(counts('the murder of six Jesuit priests')).toEqual([['killed', 6]]);
    expect(counts('THE DEATHS OF 12 PEOPLE')).toEqual([['killed', 12]]);
  });
});

describe('an age is no casualty count (casualty/age-is-no-count)', () => {
  it('reads no count from an age before a word of harm', () => {
    expect(counts('A 3 year old was injured in the shooting.')).toEqual([['injured', 1]]);
    expect(counts('17 year olds injured in the attack were treated at the scene.')).toEqual([]);
    expect(counts('Two men aged 19 and 20 were injured when shots were fired.')).toEqual([]);
    expect(counts('A man aged 23 was wounded when shots were fired.')).toEqual([['injured', 1]]);
    expect(counts('The police said 45, of Leeds, were injured.')).toEqual([]);
    expect(counts('Four people aged between 20 and 30 were injured.')).toEqual([]);
  });

  it('still counts a number that is no age, and a person named by age as one', () => {
    expect(counts('Gunmen killed 12, of whom three were children.')).toEqual([['killed', 12]]);
    expect(counts('A gunman opened fire, killing a 19-year-old and injuring a 52 year old man.')).toEqual([
      ['killed', 1],
      ['injured', 1],
    ]);
  });
});

describe('people named one by one as those killed or hurt (casualty/named-listed-killed)', () => {
  it('counts one per name', () => {
    expect(counts('Krystle Campbell, Lingzi Lu and Martin Richard were killed.')).toEqual([['killed', 3]]);
    expect(counts('Said and Cherif Kouachi were killed.')).toEqual([['killed', 2]]);
    expect(counts('Jane Doe and John Roe were wounded.')).toEqual([['injured', 2]]);
  });

  it('counts no names in the middle of a clause, nor words in capitals', () => {
    expect(counts('Officers from Leeds and York were injured.')).toEqual([]);
    expect(counts('SMITH AND JONES WERE KILLED.')).toEqual([]);
  });
});
