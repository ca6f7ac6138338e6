// Wire copy as agencies file it: a desk slug before the headline, a dateline on a line of its own with the date, clubs
// and firms named with the country they come from, partnerships joined with "&", results tables. None of their
// furniture may become a node. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity } from '../../src/extract/types.js';

const NAMED = new Set(['person', 'organization', 'place']);
const nodes = (text: string) => extract({ text }, res).entities.filter((e) => NAMED.has(e.type));
const typed = (es: Entity[], name: string) =>
  es
    .filter((e) => e.type !== 'incident' && (e.name.toLowerCase() === name.toLowerCase() || e.aliases.includes(name)))
    .map((e) => e.type);
const names = (es: Entity[]) => es.map((e) => e.name.toLowerCase());

describe('wire copy furniture is no entity', () => {
  it('the desk or sport before a headline dash is a section label', () => {
    const es = nodes(
      'CRICKET - HOSTS SQUARE SERIES AFTER LATE COLLAPSE.\nCARDIFF 2031-06-14\nThe visitors lost five wickets for 12 runs on the final afternoon.',
    );
    expect(names(es)).not.toContain('cricket');
    const golf = nodes('GOLF - LEADERS AFTER THE SECOND ROUND.\nThe leaders were two shots clear of the field.');
    expect(names(golf)).not.toContain('golf');
  });

  it('capitals before the date on a line of their own are the dateline place', () => {
    const es = nodes(
      'Harbour workers strike over pay.\nSAN SEBASTIAN 2031-03-02\nDock workers walked out on Thursday, the union said.',
    );
    expect(typed(es, 'San Sebastian')).toEqual(['place']);
    const monthDated = nodes(
      'Ferry fares rise.\nVALLETTA, Malta Mar 2\nFares will rise by a tenth, the operator said.',
    );
    expect(typed(monthDated, 'Valletta')).toEqual(['place']);
  });

  it('a lone letter in a results table and a weekday alone are not names', () => {
    const es = nodes(
      'Division two results on Sunday:\nBorac 2 Sloga (K) 1\nJedinstvo (P) 0 Rudar 0\nMonday will bring the replays.',
    );
    expect(names(es)).not.toContain('k');
    expect(names(es)).not.toContain('p');
    expect(names(es)).not.toContain('monday');
  });
});

describe('firms and clubs as wire copy names them', () => {
  it('partners joined with "&" are one firm', () => {
    const es = nodes(
      'Shares of Hollis & Brandt Co rose 4 percent on Tuesday after analysts at Mercer Quinn & Sons raised their rating.',
    );
    expect(typed(es, 'Hollis & Brandt Co')).toEqual(['organization']);
    expect(names(es)).not.toContain('hollis');
    expect(names(es)).not.toContain('& brandt co');
  });

  it('"of" and a country after a club or firm the article names alone is where it comes from', () => {
    const es = nodes(
      'VALTOR BEAT KESTREL IN PLAY-OFF.\nValtor of Spain beat Kestrel of Norway 92-81 in the play-off on Saturday. Valtor led from the start.',
    );
    expect(typed(es, 'Valtor')).toContain('organization');
    expect(typed(es, 'Norway')).toEqual(['place']);
    expect(names(es)).not.toContain('valtor of spain');
    const firm = nodes('The cars were made by Hanwol Motor Corp of South Korea, the ministry said.');
    expect(typed(firm, 'Hanwol Motor Corp')).toEqual(['organization']);
    expect(typed(firm, 'South Korea')).toEqual(['place']);
  });

  it('a body named with "of" and its country keeps its whole name', () => {
    const es = nodes('The Bank of England left rates unchanged, and the Rally of Turkey was moved to October.');
    expect(names(es)).toContain('bank of england');
    expect(names(es)).not.toContain('rally');
  });
});

describe('names and the words around them', () => {
  it('a name ends before an opening bracket it does not close', () => {
    const es = nodes('Hizbollah (Party of God) gunmen fired rockets across the border on Friday, the army said.');
    expect(es.some((e) => e.name.includes('('))).toBe(false);
  });

  it('a nationality word before a given name describes the person', () => {
    const es = nodes('Lewis kept his title by beating American Oliver McCall on points in Las Vegas.');
    expect(typed(es, 'Oliver McCall')).toEqual(['person']);
    expect(names(es).some((n) => n.startsWith('american'))).toBe(false);
  });

  it('regional and sub-national peoples are no entity on their own', () => {
    const es = nodes(
      'The Texan served two aces. A referendum will ask Scots about a parliament. The North Africans were held to a draw.',
    );
    expect(names(es)).not.toContain('texan');
    expect(names(es)).not.toContain('scots');
    expect(names(es)).not.toContain('north africans');
  });

  it('two bodies joined by "and", each named alone elsewhere, are two bodies', () => {
    const es = nodes(
      'Analysts named Halvard and Brenmoor as likely buyers. Halvard declined to comment. Brenmoor shares rose 3 percent.',
    );
    expect(names(es)).not.toContain('halvard and brenmoor');
  });
});

describe('results tables', () => {
  it('a town named in a line of scores or standings is the club, a country stays a place', () => {
    const es = nodes(
      'Third division results on Saturday:\nPort Vale 2 Oxford 0\nNotts County 3 1 1 1 2 2 4\nItaly 2 Moldova 0',
    );
    expect(typed(es, 'Port Vale')).toEqual(['organization']);
    expect(typed(es, 'Notts County')).toEqual(['organization']);
    expect(typed(es, 'Italy')).toEqual(['place']);
  });
});

describe('lists of people', () => {
  it('an entry of a ranked results list that is mostly people is a person', () => {
    const es = nodes(
      [
        "Women's discus",
        '1. Maria Keller (Germany) 66.60 metres',
        '2. Ilse Varga (Hungary) 65.12',
        '3. Anna Rossi (Italy) 64.10',
        '4. Virgilijus Alekna (Lithuania) 63.00',
      ].join('\n'),
    );
    expect(typed(es, 'Virgilijus Alekna')).toEqual(['person']);
  });

  it('a dateline wholly in capitals shows no acronym: "MONTE CARLO" is the place', () => {
    const es = nodes('Sprinters to meet in Sarajevo.\nMONTE CARLO 2031-08-30\nThe champion will race on Sunday.');
    expect(typed(es, 'MONTE CARLO')).toEqual(['place']);
  });
});

describe('words that name no one', () => {
  it('the Internet and the Web are no body', () => {
    const es = nodes(
      'New rules forbid Internet news sites from publishing reports. The ministry launched its official Web site on Monday.',
    );
    expect(names(es)).not.toContain('internet');
    expect(names(es)).not.toContain('web');
  });
});

describe('a capital stands for its government', () => {
  it('"the Tehran government" names no person', () => {
    const es = nodes('The ministry made a sharp protest to the Tehran government on Saturday.');
    expect(typed(es, 'Tehran')).not.toContain('person');
  });
});
