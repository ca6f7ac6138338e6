// Issue 11: a firm's name cut before its suffix's owner words, an outlet named right after its noun, a list of firms
// (src/extract/body-name-rules.ts). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { candidatesOver, rulesOver } from '../helpers/entity-rules.js';

describe('entities/firm-name-reaches-back (issue 11)', () => {
  it('a firm name cut after a surname runs back over it, one organisation', () => {
    const kept = candidatesOver('Brakeman Foods said it had bought Harkavy Plastics Inc for cash on Tuesday.', [
      ['organization', 'Brakeman Foods'],
      ['person', 'Harkavy'],
      ['organization', 'Plastics Inc'],
    ]).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual([
      'organization:Brakeman Foods',
      'organization:Harkavy Plastics Inc',
    ]);
    expect(kept[1]!.rules).toContain('entities/firm-name-reaches-back');
  });

  it('a possessive owner word with no mention of its own joins the firm', () => {
    expect(
      rulesOver("Analysts expect a bid for Tollander's Savings Corp. within weeks.", [
        ['organization', 'Savings Corp.'],
      ]),
    ).toEqual(["organization:Tollander's Savings Corp."]);
  });

  it('a common word, a weekday, a country or its possessive before the firm stay out', () => {
    expect(rulesOver('Shares Plastics Inc issued last year rose.', [['organization', 'Plastics Inc']])).toEqual([
      'organization:Plastics Inc',
    ]);
    expect(
      rulesOver('The board met on Monday Harvest Mills Ltd said.', [['organization', 'Harvest Mills Ltd']]),
    ).toEqual(['organization:Harvest Mills Ltd']);
    expect(
      rulesOver("Investors cheered as Norway's Fjordline Shipping Co raised its dividend.", [
        ['place', 'Norway'],
        ['organization', 'Fjordline Shipping Co'],
      ]),
    ).toEqual(['place:Norway', 'organization:Fjordline Shipping Co']);
  });

  it('the firm named again without its suffix is the firm; a "-based" word before it stays out', () => {
    expect(
      rulesOver('Buyers looked at Harkavy Plastics Inc first. Harkavy Plastics makes crates.', [
        ['person', 'Harkavy'],
        ['organization', 'Plastics Inc'],
        ['person', 'Harkavy Plastics', 40],
      ]),
    ).toEqual(['organization:Harkavy Plastics Inc', 'organization:Harkavy Plastics']);
    expect(
      rulesOver('Traders named Leeds-based Harkavy Plastics Inc as a buyer.', [
        ['organization', 'Harkavy Plastics Inc'],
      ]),
    ).toEqual(['organization:Harkavy Plastics Inc']);
  });

  it('a compass word before a place the firm name holds joins it; before a word of no place it stays out', () => {
    expect(
      rulesOver('Northern Ontario Timber Co said its mills would reopen.', [['organization', 'Ontario Timber Co']]),
    ).toEqual(['organization:Northern Ontario Timber Co']);
    expect(
      rulesOver('Northern Harkavy Timber Co said its mills would reopen.', [['organization', 'Harkavy Timber Co']]),
    ).toEqual(['organization:Harkavy Timber Co']);
  });

  it('a name without a company suffix does not reach back', () => {
    expect(
      rulesOver('Officials in Lisbon Harbour Authority offices said nothing.', [
        ['place', 'Lisbon'],
        ['organization', 'Harbour Authority'],
      ]),
    ).toEqual(['place:Lisbon', 'organization:Harbour Authority']);
  });
});

describe('entities/outlet-after-media-noun (issue 11)', () => {
  it('a name right after "news agency" or "the weekly" is that outlet, not a person', () => {
    const kept = candidatesOver('The state news agency Tarsa said the talks would resume in spring.', [
      ['person', 'Tarsa'],
    ]).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['organization:Tarsa']);
    expect(kept[0]!.media).toBe(true);
    expect(
      rulesOver('The state news agency Tarsa said so. Tarsa added a map.', [
        ['person', 'Tarsa'],
        ['person', 'Tarsa', 30],
      ]),
    ).toEqual(['organization:Tarsa', 'organization:Tarsa']);
    expect(rulesOver('The weekly Morgenblad printed the letter in full.', [['place', 'Morgenblad']])).toEqual([
      'organization:Morgenblad',
    ]);
  });

  it('a town name after an outlet noun is the outlet, a country is not', () => {
    expect(rulesOver('The weekly Bristol printed the letter in full.', [['place', 'Bristol']])).toEqual([
      'organization:Bristol',
    ]);
    expect(rulesOver('The weekly France printed the letter in full.', [['person', 'France']])).toEqual([
      'person:France',
    ]);
  });

  it('a given name after a described outlet noun is the outlet', () => {
    expect(rulesOver('The official state news agency Katrin carried the decree.', [['person', 'Katrin']])).toEqual([
      'organization:Katrin',
    ]);
  });

  it('a given name after a bare outlet noun, or a name with a title, stays a person', () => {
    expect(
      rulesOver('Her brother told the newspaper Maria had been released unharmed.', [['person', 'Maria']]),
    ).toEqual(['person:Maria']);
    expect(
      rulesOver('The minister told the agency Dr. Okonkwo would lead the inquiry.', [['person', 'Okonkwo']]),
    ).toEqual(['person:Okonkwo']);
  });
});

describe('entities/portfolio-before-office-title (issue 11)', () => {
  it("a portfolio word before a minister's title is no body", () => {
    expect(
      rulesOver('Interior Minister Anna Berg ordered a review of the border posts.', [
        ['organization', 'Interior'],
        ['person', 'Anna Berg'],
      ]),
    ).toEqual(['person:Anna Berg']);
  });

  it('the ministry itself, or a portfolio of more words, stays a body', () => {
    expect(
      rulesOver('The Interior Ministry said the border posts would reopen.', [['organization', 'Interior Ministry']]),
    ).toEqual(['organization:Interior Ministry']);
    expect(
      rulesOver('Foreign Office Minister Tom Ward flew to Lagos.', [
        ['organization', 'Foreign Office'],
        ['person', 'Tom Ward'],
      ]),
    ).toEqual(['organization:Foreign Office', 'person:Tom Ward']);
  });
});

describe('entities/outlet-after-media-noun: the outlet named again (issue 11)', () => {
  it('a later mention of an outlet an earlier step already typed is the outlet, not a person', () => {
    const kept = candidatesOver('The weekly Karavella ran the story first. Karavella said its source was sound.', [
      ['organization', 'Karavella'],
      ['person', 'Karavella', 42],
    ]).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['organization:Karavella', 'organization:Karavella']);
  });

  it('a given name after a described outlet noun at the start of a sentence is the outlet, named again too', () => {
    const kept = candidatesOver('The official news agency Petra said the envoy had left. Petra gave no reason.', [
      ['person', 'Petra'],
      ['person', 'Petra', 56],
    ]).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['organization:Petra', 'organization:Petra']);
  });

  it('a name written again that no outlet noun introduced keeps its type', () => {
    expect(
      rulesOver('Karavella Petrova wrote the piece. Karavella said it was true.', [
        ['person', 'Karavella Petrova'],
        ['person', 'Karavella', 35],
      ]),
    ).toEqual(['person:Karavella Petrova', 'person:Karavella']);
  });
});

describe('entities/list-of-firms (issue 11)', () => {
  it('single-word members of a list that ends in a firm are firms too', () => {
    const kept = candidatesOver(
      'The mill bought maize from Halvorsen, Takeda, Meridian and Baxley Trading Corp last week.',
      [
        ['organization', 'Halvorsen'],
        ['person', 'Takeda'],
        ['place', 'Meridian'],
        ['organization', 'Baxley Trading Corp'],
      ],
    ).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual([
      'organization:Halvorsen',
      'organization:Takeda',
      'organization:Meridian',
      'organization:Baxley Trading Corp',
    ]);
    expect(kept[1]!.rules).toContain('entities/list-of-firms');
  });

  it('no firm named in the list, or a member with a given name, leaves the types alone', () => {
    expect(
      rulesOver('The mill bought maize from Halvorsen, Takeda, Meridian and Baxley last week.', [
        ['organization', 'Halvorsen'],
        ['person', 'Takeda'],
        ['place', 'Meridian'],
        ['organization', 'Baxley'],
      ]),
    ).toEqual(['organization:Halvorsen', 'person:Takeda', 'place:Meridian', 'organization:Baxley']);
    expect(
      rulesOver('Shares went to Halvorsen Ltd, Orvell Holdings Inc and Maria Takeda in the sale.', [
        ['organization', 'Halvorsen Ltd'],
        ['organization', 'Orvell Holdings Inc'],
        ['person', 'Maria Takeda'],
      ]),
    ).toEqual(['organization:Halvorsen Ltd', 'organization:Orvell Holdings Inc', 'person:Maria Takeda']);
  });

  it('a list that is mostly places keeps its places, whatever firm ends it', () => {
    expect(
      rulesOver('Trucks ran between Tarnow, Kielce, Radom and Vistula Freight Ltd depots.', [
        ['place', 'Tarnow'],
        ['place', 'Kielce'],
        ['place', 'Radom'],
        ['organization', 'Vistula Freight Ltd'],
      ]),
    ).toEqual(['place:Tarnow', 'place:Kielce', 'place:Radom', 'organization:Vistula Freight Ltd']);
  });
});

describe('entities/partner-firm-name (issue 11)', () => {
  it('partners\' surnames joined by "&" are one firm', () => {
    const kept = candidatesOver("The bonds were cleared by Harrow, Pelling & Lusk, the county's counsel.", [
      ['organization', 'Harrow'],
      ['organization', 'Pelling & Lusk'],
    ]).kept;
    expect(kept.map((c) => `${c.type}:${c.text}`)).toEqual(['organization:Harrow, Pelling & Lusk']);
    expect(kept[0]!.rules).toContain('entities/partner-firm-name');
  });

  it('a company suffix closes the run, and three names after "at" are one firm', () => {
    expect(
      rulesOver('He spent a decade as a partner of Tarrant, Quillby and Co. before joining the bank.', [
        ['person', 'Tarrant'],
        ['organization', 'Quillby and Co'],
      ]),
    ).toEqual(['organization:Tarrant, Quillby and Co']);
    expect(
      rulesOver('"Rates will fall," said a fund manager at Tarrant, Quillby and Fenn, which runs $2 billion.', [
        ['place', 'Tarrant'],
        ['place', 'Quillby'],
        ['place', 'Fenn'],
      ]),
    ).toEqual(['organization:Tarrant, Quillby and Fenn']);
  });

  it('keeps apart two names with "and", given names, places and people the article names in full', () => {
    expect(
      rulesOver('Talks between Quillby and Fenn ended on Friday.', [
        ['person', 'Quillby'],
        ['person', 'Fenn'],
      ]),
    ).toEqual(['person:Quillby', 'person:Fenn']);
    expect(
      rulesOver('Flights from Trinidad & Tobago resumed.', [
        ['place', 'Trinidad'],
        ['place', 'Tobago'],
      ]),
    ).toEqual(['place:Trinidad', 'place:Tobago']);
    expect(
      rulesOver('Mara Fenn met Ivo Quillby. She was seen at Quillby, Fenn and Tarrant on Monday.', [
        ['person', 'Mara Fenn'],
        ['person', 'Ivo Quillby'],
        ['person', 'Quillby', 30],
        ['person', 'Fenn', 40],
        ['person', 'Tarrant'],
      ]),
    ).toEqual(['person:Mara Fenn', 'person:Ivo Quillby', 'person:Quillby', 'person:Fenn', 'person:Tarrant']);
  });
});
