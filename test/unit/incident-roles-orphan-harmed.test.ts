// Role rules of the roles20 round, read off wire reports (MUC-4 dev): a body noun that ends an attacker phrase ("an
// urban guerrilla group", role.collective-tail), the one harmed in a sentence with no incident word of its own
// (incidents/orphan-harmed), a victim's name the name-finder did not read (incidents/unread-victim-name), and a group
// that says it did the deed (role.named-own-deed).
import { describe, expect, it } from 'vitest';
import {
  describedPhrases as phrases,
  participantNames as role,
  roleIncidentsOf,
  rolePhrasesIn,
  ROLE_TEST_ENTITIES,
} from '../helpers/incident-roles.js';

describe('a body noun after the attacker noun belongs to the phrase (role.collective-tail)', () => {
  it('"an urban guerrilla group", "a rebel column", "a commando unit": the whole phrase, its head the body', () => {
    expect(phrases('The depot was blown up by an urban guerrilla group on Sunday.', 'perpetrator')).toEqual([
      'urban guerrilla group',
    ]);
    expect(phrases('The convoy was ambushed by paramilitary groups near the river.', 'perpetrator')).toEqual([
      'paramilitary groups',
    ]);
    expect(phrases('A bridge was dynamited by a commando unit.', 'perpetrator')).toEqual(['commando unit']);
  });

  it('a noun after the phrase that is no body stays out ("the guerrillas station" is no phrase of theirs)', () => {
    expect(phrases('The office was burned by guerrillas during the night.', 'perpetrator')).toEqual(['guerrillas']);
  });
});

describe('the one harmed in a sentence with no incident word (incidents/orphan-harmed)', () => {
  const specs = [...ROLE_TEST_ENTITIES, { type: 'person' as const, name: 'Marta Quiroga', forms: ['Quiroga'] }];

  it('"X, a reporter, was seriously wounded" after the attack is told: a victim of the main incident', () => {
    const incs = roleIncidentsOf(
      'Gunmen attacked a bus near Santa Clara on Tuesday, killing two passengers. ' +
        'Marta Quiroga, a reporter travelling on it, was seriously wounded.',
      specs,
    );
    expect(role(incs, 'victim', false)).toContain('Marta Quiroga');
  });

  it('a described subject of a passive harm verb: "four street vendors were also hurt"', () => {
    const incs = roleIncidentsOf(
      'A car bomb exploded outside the market in Santa Clara on Tuesday. Four street vendors were also hurt.',
      specs,
    );
    expect(role(incs, 'victim', true)).toContain('Four street vendors');
  });

  it('not where a state force acts in the sentence: the one it harmed may be the response’s', () => {
    const incs = roleIncidentsOf(
      'Gunmen attacked a bus near Santa Clara on Tuesday. ' +
        'Marta Quiroga was wounded by soldiers at a checkpoint hours later.',
      specs,
    );
    expect(role(incs, 'victim', false)).not.toContain('Marta Quiroga');
  });

  it('not one who died after a gunfight with officers (incidents/orphan-harmed-in-clash): he died in the response', () => {
    const incs = roleIncidentsOf(
      'A car bomb exploded outside the market in Santa Clara on Tuesday, killing three shoppers. ' +
        'Marta Quiroga, 31, died early on Thursday after a gunfight with officers on the edge of the town.',
      specs,
    );
    expect(role(incs, 'victim', false)).not.toContain('Marta Quiroga');
  });
});

describe('a victim’s name the name-finder did not read (incidents/unread-victim-name)', () => {
  it('a given name and the words after it to the end of the victim’s name slot', () => {
    const incs = roleIncidentsOf('LEGAL ADVISER ROBERTO ALDANA WAS SHOT DEAD IN SANTA CLARA ON MONDAY.');
    expect(role(incs, 'victim', true)).toContain('ROBERTO ALDANA');
  });

  it('no name after a saint’s prefix (a place), none that holds a place’s head word', () => {
    const incs = roleIncidentsOf(
      'A bomb went off on Monday and 14 people were injured. Near San Isidro a patrol was ambushed.',
    );
    expect(role(incs, 'victim', true)).not.toContain('Isidro');
    const road = roleIncidentsOf('GUNMEN ATTACKED MARIA HIGHWAY ON MONDAY.');
    expect(role(road, 'victim', true).join(' ')).not.toMatch(/MARIA/);
  });
});

describe('a group that says it did the deed (role.named-own-deed)', () => {
  it('"the Front claims it attacked", "said its units ambushed": the group is the perpetrator', () => {
    expect(
      rolePhrasesIn('The Northern Liberation Front claims it attacked the army post.')
        .filter((p) => p.role === 'perpetrator')
        .map((p) => p.text),
    ).toEqual(['Northern Liberation Front']);
    const units = roleIncidentsOf(
      'The NLF said on Tuesday that its urban units ambushed a police patrol in Santa Clara, killing two officers.',
    );
    expect(role(units, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('not where the group says it did not, nor where it says another did', () => {
    const denied = roleIncidentsOf(
      'The NLF said its units had not attacked the post; a bomb killed two guards in Santa Clara on Monday.',
    );
    expect(role(denied, 'perpetrator', false)).not.toContain('Northern Liberation Front');
    const other = roleIncidentsOf('The Popular Union said the army attacked the village of Santa Clara on Monday.');
    expect(role(other, 'perpetrator', false)).not.toContain('Popular Union');
  });
});
