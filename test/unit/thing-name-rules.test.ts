// Issue #11: names of things (a make of vehicle or weapon, an illness named after a person) are no person, body or
// place of the graph. The rules of thing-name-rules.ts drop them.
import { describe, expect, it } from 'vitest';
import { makeDoc, sentenceAt } from '../../src/extract/document.js';
import { applyThingNameRules } from '../../src/extract/thing-name-rules.js';
import { applyEntityRules } from '../../src/extract/entity-rules.js';
import { taggerSpan, type Piece } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

/** "type:text" of the candidates left after the thing-name rules, given spans as the tagger typed them */
function thingRulesOver(text: string, pieces: readonly Piece[]): string[] {
  const doc = makeDoc({ text }, res);
  const cands = pieces.map(([type, s, from]) => {
    const start = text.indexOf(s, from ?? 0);
    return taggerSpan(type, start, s, sentenceAt(doc.sentences, start));
  });
  applyThingNameRules(doc, cands);
  return cands.map((c) => `${c.type}:${c.text}`);
}

describe('entities/name-before-product-noun', () => {
  it('drops each make of a list that ends before a noun of a weapon, after a descriptor', () => {
    expect(
      thingRulesOver('Officers found Vektor, Zastava and Norinco semi-automatic rifles in the boot.', [
        ['person', 'Vektor'],
        ['place', 'Zastava'],
        ['organization', 'Norinco'],
      ]),
    ).toEqual([]);
  });

  it('drops a model read as a body before a model code and "engine"', () => {
    expect(
      thingRulesOver('The factory will make the Strelka V-8 engine from next spring.', [['organization', 'Strelka']]),
    ).toEqual([]);
  });

  it('keeps a maker the gazetteer knows ("Toyota trucks") and a possessive owner', () => {
    expect(
      thingRulesOver("Toyota trucks were lined up outside. Greenvale's cars were stolen.", [
        ['organization', 'Toyota'],
        ['organization', "Greenvale's"],
      ]),
    ).toEqual(['organization:Toyota', "organization:Greenvale's"]);
  });

  it('keeps a name the article also writes as a person ("the Okafor drone programme")', () => {
    expect(
      thingRulesOver('Amaka Okafor defended the plan. Critics of the Okafor drones say it costs too much.', [
        ['person', 'Amaka Okafor'],
        ['person', 'Okafor', 20],
      ]),
    ).toEqual(['person:Amaka Okafor', 'person:Okafor']);
  });

  it('keeps a name before a noun that is not a made thing ("Vektor workers")', () => {
    expect(thingRulesOver('Vektor workers went on strike on Monday.', [['organization', 'Vektor']])).toEqual([
      'organization:Vektor',
    ]);
  });
});

describe('entities/eponymous-condition', () => {
  it('drops the name of an illness written with "\'s disease", the possessive inside or after the mention', () => {
    expect(
      thingRulesOver("The retired judge has had Huntington's disease for years.", [['person', 'Huntington']]),
    ).toEqual([]);
    expect(thingRulesOver("She was told she has Crohn's disease.", [['person', "Crohn's"]])).toEqual([]);
  });

  it('keeps a person whose name is followed by a possessive and another noun', () => {
    expect(thingRulesOver("Dr Halvorsen's research was published.", [['person', 'Halvorsen']])).toEqual([
      'person:Halvorsen',
    ]);
  });
});

describe('entities/not-an-entity-word with the names of diseases', () => {
  it('drops a disease that news capitalises, and keeps a town', () => {
    const text = 'Nurses in Kenema are treating patients with Ebola.';
    const doc = makeDoc({ text }, res);
    const cands = [
      taggerSpan('place', text.indexOf('Kenema'), 'Kenema'),
      taggerSpan('person', text.indexOf('Ebola'), 'Ebola'),
    ];
    applyEntityRules(doc, cands);
    expect(cands.map((c) => `${c.type}:${c.text}`)).toEqual(['place:Kenema']);
  });
});
