// Common words in capitals (old wire copy, headlines) are no entity: a venue head after shouted common words
// (mentions/venue-run stays off in capitals), an acronym written with a small letter inside ("LeT") is the word it
// spells in capitals (gazetteer match), a firm's line of business stops a given name from making a person
// (mentions/given-name-opens-person-in-capitals, mentions.industryWords), and a first word the article writes alone
// as a body is that body (entities/caps-given-name-written-alone). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const NAMED = new Set(['person', 'organization', 'place']);
const mentions = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => NAMED.has(e.type))
    .flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('common nouns before a venue head in capitals', () => {
  it('"THE STOCK MARKET", "A NEARBY AIRPORT" are no places', () => {
    const ms = mentions(
      'TRADERS SAID THE STOCK MARKET WOULD OPEN LOWER. ALL FLIGHTS WILL GO TO A NEARBY AIRPORT UNTIL MONDAY.',
    );
    expect(ms.filter((m) => /MARKET|AIRPORT/.test(m))).toEqual([]);
  });

  it('mixed case still finds a venue by its capitalised head', () => {
    const ms = mentions('Police closed the roads around Varnell Ridge Market on Sunday, officials said.');
    expect(ms).toContain('place:Varnell Ridge Market');
  });
});

describe('an acronym with a small letter inside, in capitals', () => {
  it('"LET" is the verb, not Lashkar-e-Taiba ("LeT")', () => {
    const ms = mentions('THE COACH SAID HIS SIDE STARTED WELL BUT LET THE GAME SLIP AFTER HALF AN HOUR.');
    expect(ms.filter((m) => /:LET$/.test(m))).toEqual([]);
  });

  it('the acronym as written still names the group', () => {
    const ms = mentions('Indian officials blamed the LeT for the raid on the border post, a spokesman said.');
    expect(ms).toContain('organization:LeT');
  });
});

describe('a given name opening a name in capitals', () => {
  it('a name with a word for a line of business is a firm, not a person', () => {
    const ms = mentions('SAID JOHN HALE OF REAGAN COMMUNICATIONS, WHICH REPRESENTS THREE OF THE AIRLINES.');
    expect(ms.filter((m) => m.startsWith('person:REAGAN'))).toEqual([]);
    expect(ms).toContain('person:JOHN HALE');
  });

  it('a name with a noun for a body or a site after the given name is no person ("GARA NEWSPAPER", "YORK HOSPITAL")', () => {
    const ms = mentions('THE REPORT IN THE LOCAL ELENA NEWSPAPER SAID THREE MEN WERE TAKEN TO THE MARION HOSPITAL.');
    expect(ms.filter((m) => /^person:.*(?:NEWSPAPER|HOSPITAL)/.test(m))).toEqual([]);
  });

  it('a first word the article writes alone as a body is that body', () => {
    const ms = mentions(
      'SOCCER - TORRES MOVES TO ATALANTA. STRIKER TORRES HAS BEEN LOANED TO SERIE A CLUB ATALANTA FOR A YEAR. THE MOVE TO BERGAMO-BASED ATALANTA REUNITES TORRES WITH HIS OLD COACH.',
    );
    expect(ms.filter((m) => m.startsWith('person:ATALANTA'))).toEqual([]);
    expect(ms.filter((m) => m === 'organization:ATALANTA' || m === 'place:ATALANTA').length).toBeGreaterThanOrEqual(1);
  });
});

describe('common nouns the gazetteer holds as a name, in capitals', () => {
  it('"THE ISLAND" is no Iceland ("Island", its Icelandic name), "PARLIAMENT" alone no body', () => {
    const ms = mentions(
      'THE STORM HIT THE ISLAND ON FRIDAY. THE SPEAKER OF THE NEW PARLIAMENT SAID PARLIAMENT WOULD MEET ON MONDAY.',
    );
    expect(ms.filter((m) => /ISLAND|PARLIAMENT/.test(m))).toEqual([]);
  });

  it('mixed case keeps Iceland and Parliament', () => {
    const ms = mentions('The storm hit Iceland on Friday. Parliament will meet on Monday, the speaker said.');
    expect(ms).toContain('place:Iceland');
    expect(ms).toContain('organization:Parliament');
  });
});
