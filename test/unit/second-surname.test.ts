// Issue #10: Spanish and Portuguese names carry two surnames, often joined by a particle, and the tagger may end the
// name at the first one. Rule entities/second-surname-continues-name carries the name on; the people step then reads
// the two surnames written alone later as that person. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { candidatesOver, rulesOver } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

describe('entities/second-surname-continues-name', () => {
  it('carries a name on over a particle and the surname after it, in capitals and in mixed case', () => {
    const caps = 'THE BISHOP LUIS HERRERA DE LA FUENTE CONDEMNED THE BOMBING.';
    expect(rulesOver(caps, [['person', 'LUIS HERRERA']])).toEqual(['person:LUIS HERRERA DE LA FUENTE']);
    const mixed = 'The lawyer Ana Robles y Vega spoke at the funeral on Sunday.';
    expect(rulesOver(mixed, [['person', 'Ana Robles']])).toEqual(['person:Ana Robles y Vega']);
  });

  it('joins a person the tagger read on the words after the particle', () => {
    const text = 'THE BISHOP LUIS HERRERA DE LA FUENTE CONDEMNED THE BOMBING.';
    expect(
      rulesOver(text, [
        ['person', 'LUIS HERRERA'],
        ['person', 'LA FUENTE'],
      ]),
    ).toEqual(['person:LUIS HERRERA DE LA FUENTE']);
  });

  it('takes an untagged second surname the article writes again after the first one', () => {
    const text = 'GUNMEN SHOT JULIO MENDEZ ARBELO ON MONDAY. MENDEZ ARBELO DIED IN HOSPITAL.';
    expect(
      rulesOver(text, [
        ['person', 'JULIO MENDEZ'],
        ['person', 'MENDEZ', 30],
      ]),
    ).toEqual(['person:JULIO MENDEZ ARBELO', 'person:MENDEZ ARBELO']);
  });

  it('leaves the verb or word the sentence goes on with', () => {
    for (const text of [
      'MINISTER JULIO MENDEZ REAFFIRMED HIS PLAN.',
      'MINISTER JULIO MENDEZ LEFT THE COUNTRY.',
      'MINISTER JULIO MENDEZ HAS RESIGNED.',
      'MINISTER JULIO MENDEZ--WHO RESIGNED--SPOKE.',
    ])
      expect(rulesOver(text, [['person', 'JULIO MENDEZ']])).toEqual(['person:JULIO MENDEZ']);
  });

  it('leaves a surname alone when no full name of the article carries it on', () => {
    // (rule entities/caps-foreign-name-then-surname reads a one-word person and the foreign word after it as given
    // name and surname, "MENDEZ ARBELO"; this rule itself takes no surname on without a full name behind it)
    const text = 'POLICE SAID MENDEZ ARBELO DIED IN HOSPITAL.';
    const { kept } = candidatesOver(text, [['person', 'MENDEZ']]);
    expect(kept.flatMap((c) => c.rules ?? [])).not.toContain('entities/second-surname-continues-name');
    // in mixed case no other rule joins the pair, so the lone surname stays as the tagger read it
    expect(rulesOver('Police said Mendez Arbelo died in hospital.', [['person', 'Mendez']])).toEqual(['person:Mendez']);
  });

  it('takes a town read right after a name, not one the article writes as a place', () => {
    const text = 'GUNMEN KILLED JUAN CARLOS OSPINA TRUJILLO ON FRIDAY.';
    expect(
      rulesOver(text, [
        ['person', 'JUAN CARLOS OSPINA'],
        ['place', 'TRUJILLO'],
      ]),
    ).toEqual(['person:JUAN CARLOS OSPINA TRUJILLO']);
    const placed = 'GUNMEN KILLED JUAN CARLOS OSPINA TRUJILLO ON FRIDAY. THE ARMY PATROLS TRUJILLO NOW.';
    expect(
      rulesOver(placed, [
        ['person', 'JUAN CARLOS OSPINA'],
        ['place', 'TRUJILLO'],
        ['place', 'TRUJILLO', 60],
      ]),
    ).toEqual(['person:JUAN CARLOS OSPINA', 'place:TRUJILLO', 'place:TRUJILLO']);
  });
});

describe('the two surnames written alone are the person named in full', () => {
  it('"Mendez Arbelo" after "Julio Mendez Arbelo" is one person, and so is "Mendez"', () => {
    const text =
      'Gunmen shot Julio Mendez Arbelo outside his office in Lima on Monday. Mendez Arbelo died in hospital. ' +
      'Police said Mendez had received threats.';
    const people = findEntities(makeDoc({ text }, res)).filter((e) => e.type === 'person');
    expect(people.map((p) => p.name)).toEqual(['Julio Mendez Arbelo']);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Julio Mendez Arbelo', 'Mendez Arbelo', 'Mendez']);
  });
});
