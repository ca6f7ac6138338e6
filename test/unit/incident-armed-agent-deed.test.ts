// Attacks told without an incident noun: an unnamed armed attacker as the subject of a verb of violence (rule
// incidents/armed-agent-deed), and the trigger phrases for a possessive object, passive harm by a weapon or from the
// air, an attempted abduction and an accused assassination (incident-triggers). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { ARMED_AGENT_DEED, agentDeedCuesOf } from '../../src/extract/incident-group-deed.js';
import { roleIncidentsOf } from '../helpers/incident-roles.js';
import { res } from '../helpers/resources.js';

const kinds = (text: string) => roleIncidentsOf(text).map((i) => i.kind);
const deedVerbs = (sentence: string) =>
  (ARMED_AGENT_DEED.apply({ cues: agentDeedCuesOf(res.words), sentence }) ?? []).map((d) =>
    sentence.slice(d.start, d.end),
  );

describe('an unnamed armed attacker as the subject of a verb of violence (incidents/armed-agent-deed)', () => {
  it('"guerrillas shot the mayor", "a rebel column machine-gunned a bus": an attack', () => {
    expect(kinds('Guerrillas shot the mayor of Santa Clara on Friday night.')).toEqual(['attack']);
    expect(kinds('Police said that a rebel column machine-gunned a bus on the road north of Santa Clara.')).toEqual([
      'attack',
    ]);
  });

  it('a determiner, modifiers, whose fighters they are and a gloss may stand before the verb', () => {
    expect(deedVerbs('Early today a group of heavily armed men machine-gunned the bus.')).toEqual(['machine-gunned']);
    expect(deedVerbs('Yesterday guerrillas of the Northern Front (NF) attacked the barracks.')).toEqual(['attacked']);
  });

  it('no deed where the attacker is an object, nor with a verb it did not do', () => {
    expect(deedVerbs('Troops pursuing guerrillas attacked the barracks.')).toEqual([]);
    expect(deedVerbs('The rebels shot down a plane.')).toEqual([]);
    expect(deedVerbs('Guerrillas were seen near the barracks.')).toEqual([]);
  });

  it('no incident from politics, business, sport or a camera', () => {
    expect(kinds('Labour rebels attacked the plan in a stormy debate on Tuesday.')).toEqual([]);
    expect(kinds("Conservative rebels attacked the prime minister's speech on Monday.")).toEqual([]);
    expect(kinds('The militants shot a video of the ceremony in Santa Clara last week.')).toEqual([]);
    expect(kinds('Rebels shot the film in the jungle over three months, the director said.')).toEqual([]);
    expect(kinds('The striker shot wide and the home side attacked the goal all evening.')).toEqual([]);
    expect(kinds('The company hit a record high on the stock market on Friday.')).toEqual([]);
    expect(kinds("Critics attacked the minister's decision to close the hospital in Santa Clara.")).toEqual([]);
  });
});

describe('trigger phrases for attacks told without an incident noun (incident-triggers)', () => {
  it('an attack on someone\'s premises: "attacked the governor\'s house"', () => {
    expect(kinds("SANTA CLARA, 3 MAR -- UNKNOWN PERSONS ATTACKED THE GOVERNOR'S HOUSE LAST NIGHT.")).toEqual([
      'attack',
    ]);
  });

  it('passive harm by a weapon or from the air', () => {
    expect(kinds('A policeman was wounded by a gunshot in Santa Clara on Monday.')).toEqual(['shooting']);
    expect(kinds('The convoy was rocketed by army helicopters near Santa Clara.')).toEqual(['attack']);
    expect(kinds('The striker was hit by a late tackle in Santa Clara on Monday.')).toEqual([]);
    expect(kinds('The coach was fired on Thursday after the home defeat in Santa Clara.')).toEqual([]);
  });

  it('a stray bullet names no shooting of its own: the kind stays that of the attack told around it', () => {
    expect(
      kinds(
        'A man stabbed three shoppers in Santa Clara on Monday. Officers fired to stop him, and a passer-by was injured by a stray bullet.',
      ),
    ).toEqual(['stabbing']);
  });

  it('an attempted abduction and an accused assassination', () => {
    expect(kinds('The rebels tried to kidnap the envoy in Santa Clara on Monday.')).toEqual(['kidnapping']);
    expect(kinds('The movement accused the secret police of assassinating its candidate in Santa Clara.')).toEqual([
      'assassination',
    ]);
  });
});
