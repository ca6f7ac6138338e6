// Perpetrators named by blame, suspicion and attribution (issue #10): a gloss inside the phrase blamed
// (role.blamed-gloss), a government or its secret services blamed for an act of harm (role.accused-state-body),
// "suspect X of", "bore the hallmarks of X", "attributed the attack on … to X", "X was responsible for the bombing",
// "X ordered the assassination of", "those responsible for the attack were X" (role.those-responsible), a claim by a
// group news calls "the so-called X" (role.styled-name-claim); and two readings that named the wrong one: a driver in
// apposition is no suspect by the noun alone, and the person whose troops did it is not the doer
// (role.possessor-not-head). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { describedPhrases, participantNames, roleIncidentsOf, rolePhrasesIn } from '../helpers/incident-roles.js';

const named = (text: string) => participantNames(roleIncidentsOf(text), 'perpetrator', false);
const described = (text: string) => participantNames(roleIncidentsOf(text), 'perpetrator', true);

describe('the one blamed for an attack', () => {
  it('keeps a bracketed gloss inside the phrase blamed (role.blamed-gloss)', () => {
    expect(
      describedPhrases('The mayor blamed NLF [Northern Liberation Front] rebels for the killing.', 'perpetrator'),
    ).toEqual(['NLF [Northern Liberation Front] rebels']);
    expect(describedPhrases('The bombing was blamed on Red Hand (RH) militants.', 'perpetrator')).toEqual([
      'Red Hand (RH) militants',
    ]);
  });

  it('does not read past a gloss into the next phrase', () => {
    const phrases = rolePhrasesIn(
      'Four farmers were hurt in the ambush carried out by the NLF [Northern Liberation Front] against the villagers.',
    ).filter((p) => p.role === 'perpetrator');
    expect(phrases.map((p) => p.text)).toEqual(['NLF']);
  });

  it('is a government or its secret services only where blamed for an act of harm (role.accused-state-body)', () => {
    expect(describedPhrases('The union accused the government of ordering the massacre.', 'perpetrator')).toEqual([
      'government',
    ]);
    expect(
      describedPhrases('The family accused the intelligence services of murdering the lawyer.', 'perpetrator'),
    ).toEqual(['intelligence services']);
    expect(
      describedPhrases(
        'The rebels blamed the government and the armed forces for the murder of ten union members.',
        'perpetrator',
      ),
    ).toEqual(['government', 'armed forces']);
    expect(describedPhrases('The union accused the government of corruption.', 'perpetrator')).toEqual([]);
    expect(describedPhrases('The opposition blamed the government for the crisis.', 'perpetrator')).toEqual([]);
  });

  it('keeps the army blamed with the government a perpetrator, not the response to it', () => {
    const incs = roleIncidentsOf(
      'A bomb killed ten union members in Santa Clara on Monday. The rebels blamed the government and the army for the bombing.',
    );
    expect(participantNames(incs, 'perpetrator', true).sort()).toEqual(['army', 'government']);
    expect(participantNames(incs, 'responder', true)).toEqual([]);
  });

  it('is the one police "suspect of" the act, not "a suspected member"', () => {
    expect(describedPhrases('Police suspect NLF rebels of planting the bomb.', 'perpetrator')).toEqual(['NLF rebels']);
    expect(
      named(
        'A bomb exploded at a market in Santa Clara on Sunday, killing three people. Police suspect the Northern Liberation Front of carrying out the attack.',
      ),
    ).toEqual(['Northern Liberation Front']);
    expect(
      rolePhrasesIn('A suspected member of the cell was arrested.').filter((p) => p.role === 'perpetrator'),
    ).toEqual([]);
  });

  it('is the group whose hallmarks the attack bore', () => {
    expect(
      named(
        'A bomb exploded at a market in Santa Clara on Sunday, killing three people. Officials said the attack bore the hallmarks of the Northern Liberation Front.',
      ),
    ).toEqual(['Northern Liberation Front']);
  });

  it('is the one an attack is attributed to, its target between ("attributed the attack on the bank to")', () => {
    expect(
      named(
        'A bomb exploded at a bank in Santa Clara on Sunday, killing three people. Police attributed the attack on the bank to the Northern Liberation Front.',
      ),
    ).toEqual(['Northern Liberation Front']);
    expect(describedPhrases('He attributed the rise in violence to poverty.', 'perpetrator')).toEqual([]);
  });

  it('is a named group said to be responsible for the act of harm, not for anything else', () => {
    expect(
      named(
        'A bomb exploded at a market in Santa Clara on Sunday, killing three people. The army said the Northern Liberation Front was responsible for the bombing.',
      ),
    ).toEqual(['Northern Liberation Front']);
    expect(
      named(
        'A bomb exploded at a market in Santa Clara on Sunday, killing three people. The Popular Union is responsible for security in the town.',
      ),
    ).toEqual([]);
  });

  it('is a government said to be responsible for an act of harm (role.accused-state-body), not for security', () => {
    expect(
      describedPhrases(
        'The rebels said the government was responsible for the bombing of the union offices.',
        'perpetrator',
      ),
    ).toEqual(['government']);
    expect(describedPhrases('The government is responsible for security in the capital.', 'perpetrator')).toEqual([]);
  });

  it('is the one "those responsible for" the act are said to be (role.those-responsible)', () => {
    expect(
      describedPhrases(
        'Those responsible for the murder of the judge are soldiers of the garrison, the priest said.',
        'perpetrator',
      ),
    ).toEqual(['soldiers']);
    expect(
      named(
        'A bomb exploded at a market in Santa Clara on Sunday, killing three people. Those responsible for the bombing were the Northern Liberation Front, police said.',
      ),
    ).toEqual(['Northern Liberation Front']);
    expect(
      named(
        'A bomb exploded at a market in Santa Clara on Sunday. Those responsible for the attack were arrested on Monday.',
      ),
    ).toEqual([]);
  });

  it('is the one who ordered the assassination, not one who ordered an inquiry into it', () => {
    expect(named('Tomas Reyes ordered the assassination of a judge in Santa Clara on Monday.')).toEqual([
      'Tomas Reyes',
    ]);
    expect(
      named('Gunmen killed a judge in Santa Clara on Monday. Tomas Reyes ordered an investigation into the attack.'),
    ).toEqual([]);
  });

  it('is the group news calls "the so-called X" or quotes, claiming it, though the name finder misses it (role.styled-name-claim)', () => {
    expect(
      described(
        'A bomb exploded at a market in Santa Clara on Sunday, killing three people. The so-called Red Hand claimed responsibility for the bombing.',
      ),
    ).toContain('Red Hand');
    expect(
      describedPhrases(
        'A group calling itself the Red Hand has claimed responsibility for the bombing.',
        'perpetrator',
      ),
    ).toEqual(['Red Hand']);
    expect(describedPhrases('The "Red Hand" claimed credit for the two bombings.', 'perpetrator')).toEqual([
      'Red Hand',
    ]);
  });

  it('reads "narco-terrorists" as attackers, with or without the hyphen', () => {
    expect(describedPhrases('Narco-terrorists planted a bomb outside the court.', 'perpetrator')).toEqual([
      'Narco-terrorists',
    ]);
  });
});

describe('the members of an armed group named after the phrase (incidents/group-members-described)', () => {
  it('are described attackers beside the group', () => {
    const text = 'Members of the Northern Liberation Front kidnapped a councillor in Santa Clara on Monday.';
    expect(named(text)).toEqual(['Northern Liberation Front']);
    expect(described(text)).toEqual(['Members']);
  });
});

describe('no perpetrator where the syntax names someone else', () => {
  it('a driver in apposition is no suspect by the noun alone', () => {
    const text =
      'Gunmen kidnapped two engineers in Santa Clara on Monday. The driver, Tomas Reyes, was also kidnapped but released hours later.';
    expect(named(text)).not.toContain('Tomas Reyes');
  });

  it('the person whose troops did it is not the doer: the troops are (role.possessor-not-head)', () => {
    const text = "Two reporters were killed in Santa Clara on Monday in the shooting by Tomas Reyes's troops.";
    expect(named(text)).toEqual([]);
    expect(described(text)).toEqual(["Tomas Reyes's troops"]);
  });
});
