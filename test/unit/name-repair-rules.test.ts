// Issue 11: names the tagger cut at initials, possessives that lost their apostrophe, and members of a bracketed list
// (src/extract/name-repair-rules.ts). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { candidatesOver, rulesOver } from '../helpers/entity-rules.js';

describe('entities/initialled-person-name (issue 11)', () => {
  it('a given name, an initial and a surname cut apart are one person', () => {
    const kept = candidatesOver('The archive keeps the letters of Harold K. Winslow to his sister.', [
      ['place', 'Harold'],
      ['place', 'K. Winslow'],
    ]).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['person:Harold K. Winslow']);
    expect(kept[0]!.rules).toContain('entities/initialled-person-name');
  });

  it('initials run together and a surname, typed a body, are a person', () => {
    expect(
      rulesOver('R.J. Tennant said on Monday the sale had fallen through.', [['organization', 'R.J. Tennant']]),
    ).toEqual(['person:R.J. Tennant']);
  });

  it('an abbreviation the gazetteer knows, or a name running on into another word, is left alone', () => {
    expect(
      rulesOver('Parcels sent by U.S. Postal Service arrived late.', [['organization', 'U.S. Postal Service']]),
    ).toEqual(['organization:U.S. Postal Service']);
    expect(rulesOver('Parcels went by U.S. Postal on Friday.', [['organization', 'U.S. Postal']])).toEqual([
      'organization:U.S. Postal',
    ]);
    expect(rulesOver('Planes landed at the Harold K. Winslow airport.', [['place', 'Harold K. Winslow']])).toEqual([
      'place:Harold K. Winslow',
    ]);
    expect(rulesOver('Planes landed at Harold K. Winslow Field overnight.', [['place', 'Harold K. Winslow']])).toEqual([
      'place:Harold K. Winslow',
    ]);
  });
});

describe('entities/possessive-without-apostrophe (issue 11)', () => {
  it("a country's possessive written without its apostrophe is the country, and a name run on after it stands apart", () => {
    const kept = candidatesOver('The storm cut power along Norways western coast.', [['place', 'Norways']]).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['place:Norway']);
    expect(kept[0]!.gaz.some((e) => e.kind === 'country')).toBe(true);
    expect(rulesOver('A tremor shook Chiles Central Valley on Sunday.', [['place', 'Chiles Central Valley']])).toEqual([
      'place:Chile',
      'place:Central Valley',
    ]);
  });

  it('a plural after "the" or a number, and a name that ends in "s" of its own, stay as written', () => {
    expect(rulesOver('Envoys of the two Koreas met at the border.', [['place', 'Koreas']])).toEqual(['place:Koreas']);
    expect(rulesOver('Ferries to the Philippines were cancelled.', [['place', 'Philippines']])).toEqual([
      'place:Philippines',
    ]);
  });
});

describe('entities/bracketed-list-of-people (issue 11)', () => {
  it('a member of a bracketed team list of people is a person too', () => {
    const text = 'Relay final: 1. Canada (Mark Dubois, Peter Lanh, Rob Kessler) 3:02.1';
    expect(
      rulesOver(text, [
        ['place', 'Canada'],
        ['person', 'Mark Dubois'],
        ['place', 'Peter Lanh'],
        ['person', 'Rob Kessler'],
      ]),
    ).toContain('person:Peter Lanh');
  });

  it('a bracketed list of places, or a list that does not fill the brackets, keeps its types', () => {
    const places = rulesOver('Sales rose in three regions (Ostrava Sud, Brno Jih, Mark Dubois) last year.', [
      ['place', 'Ostrava Sud'],
      ['place', 'Brno Jih'],
      ['person', 'Mark Dubois'],
    ]);
    expect(places).toContain('place:Ostrava Sud');
    const open = rulesOver('The squad (coached by Mark Dubois, Peter Lanh, Rob Kessler) trained.', [
      ['person', 'Mark Dubois'],
      ['place', 'Peter Lanh'],
      ['person', 'Rob Kessler'],
    ]);
    expect(open).toContain('place:Peter Lanh');
  });
});

describe('entities/known-names-run-together (issue 11)', () => {
  it('a person and a place the article names apart, read as one name, are the two names', () => {
    const text = 'Senate backs Okonjo Darfur truce plan. Okonjo flew to Darfur on Monday, where fighting had stopped.';
    const kept = rulesOver(text, [
      ['person', 'Okonjo Darfur'],
      ['person', 'Okonjo', 30],
      ['place', 'Darfur', 50],
    ]);
    expect(kept.slice(0, 2)).toEqual(['person:Okonjo', 'place:Darfur']);
  });

  it('a body run into a country is the body and the country', () => {
    const text = 'Monitors of the UNHCR Liberia team left. The UNHCR said staff were safe.';
    expect(
      rulesOver(text, [
        ['organization', 'UNHCR Liberia'],
        ['organization', 'UNHCR', 40],
      ]),
    ).toEqual(['organization:UNHCR', 'place:Liberia', 'organization:UNHCR']);
  });

  it('two names of one kind, a common word, or a name written whole again stay one name', () => {
    const same = 'Talks on the Halvorsen Brekke merger ended. Halvorsen and Brekke both declined to comment.';
    expect(
      rulesOver(same, [
        ['organization', 'Halvorsen Brekke'],
        ['organization', 'Halvorsen', 40],
        ['organization', 'Brekke', 40],
      ]),
    ).toContain('organization:Halvorsen Brekke');
    const qualified = 'The Kenya Treasury sold bonds. The Treasury said demand was strong.';
    expect(
      rulesOver(qualified, [
        ['organization', 'Kenya Treasury'],
        ['organization', 'Treasury', 30],
      ]),
    ).toContain('organization:Kenya Treasury');
    const whole = 'Fans of Leeds Rovers cheered. Leeds Rovers won in Leeds, and Rovers fans sang.';
    expect(
      rulesOver(whole, [
        ['organization', 'Leeds Rovers'],
        ['organization', 'Leeds Rovers', 20],
        ['place', 'Leeds', 40],
        ['organization', 'Rovers', 50],
      ]),
    ).toContain('organization:Leeds Rovers');
  });

  it('an abbreviated first word stays with the name after it, even where the two parts stand apart elsewhere', () => {
    const text = 'The fire in Ft. Halden spread fast. Crews from Ft. came later; Halden said little.';
    expect(
      rulesOver(text, [
        ['place', 'Ft. Halden'],
        ['place', 'Ft.', 51],
        ['person', 'Halden', 65],
      ]),
    ).toContain('place:Ft. Halden');
  });
});

describe('entities/firm-suffix-closes-name (issue 11)', () => {
  it('a company suffix right after a name read as a person makes the whole a firm', () => {
    expect(
      rulesOver('Grain was bought from Pierre Lavalle Corp for shipment in May.', [['person', 'Pierre Lavalle']]),
    ).toEqual(['organization:Pierre Lavalle Corp']);
  });

  it('a suffix that is a plain noun, or one followed by more of a name, leaves the name alone', () => {
    expect(rulesOver('The deal was signed by Amos Keller Partners last week.', [['person', 'Amos Keller']])).toEqual([
      'person:Amos Keller',
    ]);
    expect(rulesOver('Bonds of the Marlow Co Building Authority were sold.', [['place', 'Marlow']])).toEqual([
      'place:Marlow',
    ]);
  });
});

describe('entities/period-after-body-name (issue 11)', () => {
  it('a half, a quarter or a month after a body name is no part of it', () => {
    expect(rulesOver('Korvel Q3 profit rises. The firm said sales grew.', [['organization', 'Korvel Q3']])).toEqual([
      'organization:Korvel',
    ]);
    expect(
      rulesOver('Traders waited for the Ohio Builders Council March survey.', [
        ['organization', 'Ohio Builders Council March'],
      ]),
    ).toEqual(['organization:Ohio Builders Council']);
  });

  it('a month before a day, or a person named after a month, keeps its words', () => {
    expect(
      rulesOver('The Ohio Builders Council March 3 meeting was cancelled.', [
        ['organization', 'Ohio Builders Council March'],
      ]),
    ).toEqual(['organization:Ohio Builders Council March']);
    expect(rulesOver('The report was written by Mary June last year.', [['person', 'Mary June']])).toEqual([
      'person:Mary June',
    ]);
  });
});
