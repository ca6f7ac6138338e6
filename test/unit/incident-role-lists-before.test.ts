// Role rules of the roles14 round: a list that ends in a role phrase before its cue (role.list-before), police or
// troops who harm civilians (role.subject-harms-civilians, incidents/forces-harm-civilians), a bracketed gloss between a
// group's name and its verb (perpetrator/gloss-transparent), "an attack against <name>" (role.named-attack-on), blame
// in the present ("we blame", "hold … responsible"), and no passive read as an active subject
// (role.active-subject-no-passive), and who died (role.died). Each with guards against reading more than the sentence
// says.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { describedPhrases as phrases, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

const incidentsOf = (text: string): IncidentEntity[] => roleIncidentsOf(text);

describe('a list before a passive verb (role.list-before)', () => {
  it('every described item of the list suffered it', () => {
    expect(phrases('Two policemen and a civilian were killed by the rebels.', 'victim')).toEqual([
      'Two policemen',
      'civilian',
    ]);
  });

  it('every named item of the list suffered it', () => {
    const incs = incidentsOf('Ana Vidal and Tomas Reyes were shot dead by gunmen in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
  });

  it('an attacker in the list died in it, no victim of it', () => {
    expect(phrases('The gunman and two hostages were killed.', 'victim')).toEqual(['two hostages']);
    const incs = incidentsOf('The three attackers, Ana Vidal and Tomas Reyes, were killed by police in Santa Clara.');
    expect(role(incs, 'victim', false)).toEqual([]);
  });

  it('a clause before the list is no item of it', () => {
    expect(phrases('Soldiers arrived and two peasants were killed.', 'victim')).toEqual(['two peasants']);
    const incs = incidentsOf('In Santa Clara, two peasants were killed on Monday.');
    expect(role(incs, 'victim', false)).toEqual([]);
  });
});

describe('no passive read as an active subject (role.active-subject-no-passive)', () => {
  it('"a member of the <group>, were abducted" names the one abducted, not the group as attacker', () => {
    expect(
      phrases('Vidal and Reyes, a member of the Northern Liberation Front, were abducted by gunmen.', 'perpetrator'),
    ).toEqual(['gunmen']);
  });
});

describe('police or troops who harm civilians (role.subject-harms-civilians)', () => {
  it('"<civilians> were shot by soldiers": the soldiers did it', () => {
    const incs = incidentsOf('Two reporters were shot by soldiers in Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', true)).toContain('soldiers');
    expect(role(incs, 'victim', true)).toContain('Two reporters');
  });

  it('"troops massacred <civilians>": the troops did it', () => {
    const incs = incidentsOf('Troops massacred 80 peasants in Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', true)).toContain('Troops');
  });

  it('police or troops who harm anyone else are the response', () => {
    expect(role(incidentsOf('Police shot dead a man in Santa Clara on Monday.'), 'perpetrator', true)).toEqual([]);
    expect(
      role(incidentsOf('Soldiers killed three guerrillas in Santa Clara on Monday.'), 'perpetrator', true),
    ).toEqual([]);
  });
});

describe('a bracketed gloss between a group and its verb (perpetrator/gloss-transparent)', () => {
  it('"the NLF (Northern Liberation Front) killed": the group did it', () => {
    const incs = incidentsOf('The NLF (Northern Liberation Front) killed two farmers in Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('"the NLF staged the attack": the group did it', () => {
    const incs = incidentsOf('The NLF staged the attack in Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('a gloss before a verb of speech names no attacker', () => {
    const incs = incidentsOf(
      'The NLF (Northern Liberation Front) condemned the killing of two farmers in Santa Clara on Monday.',
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Northern Liberation Front');
  });
});

describe('blame in the present', () => {
  it('"hold the army responsible for": the army is blamed', () => {
    expect(phrases('Survivors hold the army responsible for the massacre of 80 peasants.', 'perpetrator')).toEqual([
      'army',
    ]);
    expect(phrases('We blame the army for the massacre of 80 peasants.', 'perpetrator')).toEqual(['army']);
  });

  it('"hold" without "responsible" blames no one', () => {
    expect(phrases('The kidnappers hold the hostages for ransom.', 'perpetrator')).not.toContain('hostages');
  });
});

describe('"an attack against <name>" (role.named-attack-on)', () => {
  it('the named person is the one attacked', () => {
    const incs = incidentsOf(
      'Gunmen carried out an attack against former minister Ana Vidal in Santa Clara on Monday.',
    );
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('a name slot that holds no person names no victim', () => {
    const incs = incidentsOf('Rebels carried out an attack against Santa Clara on Monday, killing two farmers.');
    expect(role(incs, 'victim', false)).toEqual([]);
  });
});

describe('who died (role.died, role.named-died)', () => {
  it('"<phrase> died in the blast", "were found dead": who died', () => {
    expect(phrases('Two guards and a civilian died in the blast.', 'victim')).toEqual(['Two guards', 'civilian']);
    expect(phrases('Three peasants were found dead near the road.', 'victim')).toEqual(['Three peasants']);
    expect(phrases('The attacker died in the blast.', 'victim')).toEqual([]);
    const incs = incidentsOf('A bomb exploded in Santa Clara on Monday; Ana Vidal died in the explosion.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('"<phrase> who died": a relative pronoun between the one who died and the verb', () => {
    expect(phrases('We mourn the photographer who died in the crossfire on Friday.', 'victim')).toEqual([
      'photographer',
    ]);
    expect(phrases('THE TWO GUARDS, WHO DIED AT THE GATE, WERE BURIED TODAY.', 'victim')).toContain('TWO GUARDS');
    expect(phrases('The attacker who died in the blast was not named.', 'victim')).toEqual([]);
  });

  it('"died of" an illness is no harm', () => {
    const incs = incidentsOf('A bomb exploded in Santa Clara on Monday, and Ana Vidal died of cancer in 1990.');
    expect(role(incs, 'victim', false)).not.toContain('Ana Vidal');
  });
});
