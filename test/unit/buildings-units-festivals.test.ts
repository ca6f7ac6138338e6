// Issue #11 (entities an analyst can trust): a building named with a given name is no person, a unit named with a
// number keeps its number, a festival is no place, and a village the text calls one is a place wherever it is
// written. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Entity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';
import { candidatesOver, rulesOver } from '../helpers/entity-rules.js';

const run = (text: string) => extract({ text, published: '2021-03-02' }, res).entities;
const named = (ents: Entity[], name: string) => ents.filter((e) => e.name === name);
const typed = (ents: Entity[]) => ents.filter((e) => e.type !== 'incident').map((e) => `${e.type}:${e.name}`);

describe('entities/article-before-named-building', () => {
  it('"the Lutheran Christian Church": a given name then a building word after "the" is the building', () => {
    const text = 'A grenade went off outside the Lutheran Christian Church on Hill Road late on Friday.';
    const { kept } = candidatesOver(text, [['person', 'Christian Church']]);
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['place:Lutheran Christian Church']);
    expect(kept[0]!.venue).toBe(true);
    expect(kept[0]!.rules).toContain('entities/article-before-named-building');
  });

  it('a temple and a school named after a person are a site and a body', () => {
    const text = 'Two men set fire to the Miriam Temple and then to the Joseph School, witnesses said.';
    expect(
      rulesOver(text, [
        ['person', 'Miriam Temple'],
        ['person', 'Joseph School'],
      ]),
    ).toEqual(['place:Miriam Temple', 'organization:Joseph School']);
  });

  it('a person with no article before the name, or a name that modifies a noun, stays a person', () => {
    expect(rulesOver('Fans cheered as Charlotte Church sang on Saturday.', [['person', 'Charlotte Church']])).toEqual([
      'person:Charlotte Church',
    ]);
    expect(rulesOver('Tickets for the Charlotte Church concert sold out.', [['person', 'Charlotte Church']])).toEqual([
      'person:Charlotte Church',
    ]);
  });

  it('a title among the capitalised words after "the" keeps the person', () => {
    expect(rulesOver('Reporters met the President Joseph Temple on Monday.', [['person', 'Joseph Temple']])).toEqual([
      'person:Joseph Temple',
    ]);
  });
});

describe('a named bakery or restaurant is a venue (mentions.venueHeads)', () => {
  it('"the Old Mill Bakery" in a town is a site there, not a body', () => {
    const ents = run('Gunmen burst into the Old Mill Bakery in Chittagong on Friday night and took hostages.');
    const bakery = named(ents, 'Old Mill Bakery')[0] as PlaceEntity | undefined;
    expect(bakery?.type).toBe('place');
    expect(bakery?.placeKind).toBe('site');
  });
});

describe('entities/numbered-unit-name', () => {
  it('a unit noun and its number are one body', () => {
    const text = 'Soldiers of Brigade 12 and analysts of Unit 4100 were named in the leaked report.';
    expect(rulesOver(text, [['organization', 'Unit']]).sort()).toEqual([
      'organization:Brigade 12',
      'organization:Unit 4100',
    ]);
  });

  it('a name and number described as a squad are one body, though the tagger read a person', () => {
    const text = 'Agents from Kopassus 31, the army special forces squad, searched the house on Monday.';
    const { kept } = candidatesOver(text, [['person', 'Kopassus']]);
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['organization:Kopassus 31']);
    expect(kept[0]!.rules).toContain('entities/numbered-unit-name');
  });

  it('a name the article always writes with the same number keeps it', () => {
    const text = 'Gegana 7 raided a flat in Medan. Later Gegana 7 said two men were held.';
    expect(
      rulesOver(text, [
        ['organization', 'Gegana'],
        ['person', 'Gegana', text.indexOf('Gegana') + 1],
      ]),
    ).toEqual(['organization:Gegana 7', 'organization:Gegana 7']);
  });

  it('a name before a number with no such sign, a score or a measure is left alone', () => {
    expect(rulesOver('Jones 2 of the group were absent.', [['person', 'Jones']])).toEqual(['person:Jones']);
    expect(rulesOver('The Team 4.5 percent rise and a Brigade 9% share surprised no one.', [])).toEqual([]);
  });

  it('a model number before a noun, and an abbreviation before a number, are no unit', () => {
    const text = 'The Fokker 50 plane left at noon. Later the Fokker 50 crew radioed the tower from gate No. 7.';
    expect(
      rulesOver(text, [
        ['organization', 'Fokker'],
        ['organization', 'Fokker', text.indexOf('Fokker') + 1],
        ['person', 'No.'],
      ]),
    ).toEqual(['organization:Fokker', 'organization:Fokker', 'person:No.']);
  });

  it('sports copy reads a side and a number as a score', () => {
    const text = 'SOCCER - Results of the league: Rovers 2 Athletic 1. Division 3 leaders won the cup match.';
    expect(rulesOver(text, [['organization', 'Rovers']])).toEqual(['organization:Rovers']);
  });
});

describe('entities/not-an-entity-word: festivals', () => {
  it('"Mawlid" and "Maulud", the Prophet\'s birthday, and other festivals are no entity', () => {
    const text =
      'Families met to mark Maulud in the square. Last year Mawlid fell in October, weeks after Navratri and Holi.';
    expect(
      rulesOver(text, [
        ['place', 'Maulud'],
        ['person', 'Mawlid'],
        ['place', 'Navratri'],
        ['person', 'Holi'],
      ]),
    ).toEqual([]);
  });
});

describe('entities/called-settlement-everywhere', () => {
  it('a village the text calls one is a place at its other mentions too', () => {
    const text =
      'Raiders killed nine herders in Tessalit Kora, a village near the river, on Sunday. ' +
      'They overran Tessalit Kora at dawn, residents said.';
    expect(
      rulesOver(text, [
        ['place', 'Tessalit Kora'],
        ['organization', 'Tessalit Kora', text.indexOf('Tessalit Kora') + 1],
      ]),
    ).toEqual(['place:Tessalit Kora', 'place:Tessalit Kora']);
  });

  it('"the village of X" makes X a place in the whole story', () => {
    const text = 'Gunmen on motorbikes rode into Dangora before dawn. The village of Dangora lost twelve men.';
    const out = candidatesOver(text, [
      ['organization', 'Dangora'],
      ['place', 'Dangora', text.indexOf('Dangora') + 1],
    ]).kept;
    expect(out.map((c) => c.type)).toEqual(['place', 'place']);
    expect(out[0]!.rules).toContain('entities/called-settlement-everywhere');
  });

  it('a person sharing a given name with the village is left alone', () => {
    const text = 'The town of Amina voted on Monday. Amina said she would stand again.';
    expect(
      rulesOver(text, [
        ['place', 'Amina'],
        ['person', 'Amina', text.indexOf('Amina') + 1],
      ]),
    ).toEqual(['place:Amina', 'person:Amina']);
  });

  it("in sports copy a town's name stands for its club", () => {
    const text =
      'SOCCER - Fans in the town of Ashby cheered on Saturday. Ashby beat the league leaders 2-1 in the cup ' +
      'match, and the coach praised the striker after the goal.';
    expect(
      rulesOver(text, [
        ['place', 'Ashby'],
        ['organization', 'Ashby', text.indexOf('Ashby') + 1],
      ]),
    ).toEqual(['place:Ashby', 'organization:Ashby']);
  });

  it('end to end, the village is one place and no body', () => {
    const text =
      'NIAMEY, Niger - Armed men killed 14 farmers in Kobadie, a village in western Niger, officials said on ' +
      'Friday. The attackers looted Kobadie and burned its granaries. Kobadie lies near the border with Mali.';
    const ents = run(text);
    expect(typed(named(ents, 'Kobadie'))).toEqual(['place:Kobadie']);
  });
});
