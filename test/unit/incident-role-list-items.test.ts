// Each item of a list of people harmed before its verb is read by its own noun (role.list-item-own-noun): an item that
// ends in a person noun is a described victim though the list ends in a name, and read backwards from a passive verb
// the described reading of an item comes before a name that starts a word earlier.
import { describe, expect, it } from 'vitest';
import {
  describedPhrases as phrases,
  nameSlots,
  participantNames as role,
  roleIncidentsOf,
} from '../helpers/incident-roles.js';

describe('a list item read by its own noun (role.list-item-own-noun)', () => {
  it('"in which his bodyguard and driver were killed": the bodyguard is described, not a name slot', () => {
    const s = 'The minister was wounded in an attack in which his bodyguard and driver were also killed.';
    expect(phrases(s, 'victim')).toEqual(expect.arrayContaining(['bodyguard', 'driver']));
    expect(nameSlots(s)).not.toContain('bodyguard');
  });

  it('all in capitals, the same', () => {
    const s = 'THE MINISTER WAS WOUNDED IN AN ATTACK IN WHICH HIS BODYGUARD AND DRIVER WERE ALSO KILLED.';
    expect(phrases(s, 'victim')).toEqual(expect.arrayContaining(['BODYGUARD', 'DRIVER']));
  });

  it('"a police colonel and <name> were killed": the colonel is a described victim though the list ends in a name', () => {
    const incs = roleIncidentsOf('A police colonel and Ana Vidal were killed in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
    expect(role(incs, 'victim', true)).toContain('colonel');
  });

  it('an attacker noun listed after a name slot is no victim', () => {
    const killed = roleIncidentsOf('Gunmen killed Ana Vidal, Tomas Reyes and two guerrillas in Santa Clara on Monday.');
    expect(role(killed, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
    expect(role(killed, 'victim', true)).not.toContain('two guerrillas');
  });
});
