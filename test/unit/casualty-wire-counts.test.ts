// Casualty counts as wire reports write them (issue #10): a word of severity between the auxiliary and the verb, an
// aside that opens with "including", "only" before a count, nouns of injury before those hurt, running totals over
// years or days, and a count that is the subject of an active verb of harm (the killers, not the killed).
import { describe, expect, it } from 'vitest';
import { casualtiesIn, type TextSpan } from '../../src/extract/casualties.js';
import { res } from '../helpers/resources.js';

const counts = (s: string, people: readonly TextSpan[] = []) =>
  casualtiesIn(res.incidents.casualties, s, 0, undefined, people).map((c) => [c.what, c.count]);
const span = (s: string, name: string) => [{ start: s.indexOf(name), end: s.indexOf(name) + name.length }];

describe('wire-report casualty counts', () => {
  it('a word of severity after the auxiliary keeps the count', () => {
    expect(counts('Four guards were badly wounded when the grenade went off.')).toEqual([['injured', 4]]);
    expect(counts('Three more passengers were critically hurt, the ministry said.')).toEqual([['injured', 3]]);
  });

  it('an aside opening with "including" keeps the count before it', () => {
    expect(counts('Seven villagers, including a nurse, were wounded in the raid.')).toEqual([['injured', 7]]);
    // …unless the aside counts the attacker among them: then the count is not the victims'
    expect(counts('Six passengers, including the hijacker, died in the crash.')).toEqual([]);
  });

  it('"police" after a count is the people counted, as wire copy writes it', () => {
    expect(counts('Four police and two civilians were killed at the checkpoint.')).toEqual([['killed', 6]]);
    expect(counts('The bomb killed 3 police outside the station.')).toEqual([['killed', 3]]);
  });

  it('"only" before a count is a quantifier', () => {
    expect(counts('The device exploded at dawn, injuring only three people.')).toEqual([['injured', 3]]);
  });

  it('a noun of injury before "of" or "to" counts those hurt', () => {
    expect(counts('The blast led to the injury of nine people near the market.')).toEqual([['injured', 9]]);
    expect(counts('The explosion caused injuries to a bus driver.')).toEqual([['injured', 1]]);
    expect(counts('The goalkeeper suffered injuries to two fingers.')).toEqual([]);
  });

  it('(rule casualty/killers-are-no-count) a count before an active verb of harm with an object is of those who did it', () => {
    expect(counts('Three soldiers murdered a shopkeeper in the village.')).toEqual([['killed', 1]]);
    expect(counts('Two militants wounded his brother outside the mosque.')).toEqual([['injured', 1]]);
    // passive, or a time after the verb: still the people harmed
    expect(counts('Three soldiers were murdered a week ago.')).toEqual([['killed', 3]]);
    expect(counts('Five people killed the previous night were buried today.')).toEqual([['killed', 5]]);
  });

  it('a running total over years of war, a few days or since a founding is no toll of one event', () => {
    expect(counts('More than 40,000 people have died during 12 years of fighting.')).toEqual([]);
    expect(counts('Four councillors have been killed in less than ten days.')).toEqual([]);
    expect(counts('Since the party was founded in 1987, some 500 members have been murdered.')).toEqual([]);
  });

  it('a plural in "-men" is people counted', () => {
    expect(counts('Two fishermen drowned and four crewmen died when the boat was shelled.')).toEqual([['killed', 4]]);
  });

  it('"the war ... killed" is a running total only when the war does the killing, not before a passive count', () => {
    expect(counts('The insurgency, which has killed some 20,000 people, goes on.')).toEqual([]);
    expect(counts('A war communique says that 12 rebels were killed near the river.')).toEqual([['killed', 12]]);
  });

  it('(rule casualty/killing-him) a verb of a killing done before "him" or "her" is one; a threat to kill is none', () => {
    expect(counts('A man walked up to the guard post, fired four shots, killing him on the spot.')).toEqual([
      ['killed', 1],
    ]);
    expect(counts('Masked men forced their way into the farmhouse and murdered her.')).toEqual([['killed', 1]]);
    expect(counts('The cartel had threatened to kill him for months.')).toEqual([]);
    expect(counts('He stabbed and killed her, then killed himself.')).toEqual([['killed', 2]]);
  });

  it('(rule casualty/named-possessive-death) a name with the bare apostrophe before a noun of one death is one', () => {
    const s = "The senate condemned Tomas Reyes Ortiz' murder in the port city.";
    expect(counts(s, span(s, 'Tomas Reyes Ortiz'))).toEqual([['killed', 1]]);
  });

  it('(rule casualty/possessive-victim) a name in the possessive opens one victim, and wire nouns of people count', () => {
    expect(counts("The gunmen also wounded Herrera's nephew.")).toEqual([['injured', 1]]);
    expect(counts('Two men on a motorbike shot dead a watchman outside the depot.')).toEqual([['killed', 1]]);
    expect(counts('Unknown attackers killed a prosecutor in the square.')).toEqual([['killed', 1]]);
  });

  it('a thousands separator inside a list of counts is no list comma', () => {
    expect(counts('In the offensive 1,480 guerrillas and 280 troops were killed, the army said.')).toEqual([
      ['killed', 1760],
    ]);
    expect(counts('Officials said 2,015 miners, 3 nurses and 12 guards were injured.')).toEqual([['injured', 2030]]);
    // a comma between counts of a list still parts the items
    expect(counts('Three guards, 4 drivers and a nurse were wounded.')).toEqual([['injured', 8]]);
  });
});
