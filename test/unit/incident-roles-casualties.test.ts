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
