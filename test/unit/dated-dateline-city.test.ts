// A dateline with its date after the place's comma ("NANTES, 6 June 2031 -", "NICE, Jan 6 (Wire) -") is the
// place the story was filed from, and its date names no one (rule entities/dateline-place). Outside sport a large
// city's name alone is the city, though the tagger learnt from sports wire to read it as the club (rule
// entities/city-outside-sport). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { outletNames } from '../../src/news/conventions.js';
import { namedNodes as nodes, typesOf } from '../helpers/named-entities.js';

const body = ' Two masked men set fire to a warehouse near the port overnight, police said.\n\n';

describe('a dateline with its date', () => {
  it('is a place when the day comes before the month', () => {
    expect(typesOf(`NANTES, 6 June 2031 -${body}`, 'NANTES')).toEqual(['place']);
  });

  it('is a place when the month comes first, and the month names no one', () => {
    const text = `NICE, Jan 6 (Harbour Wire) -${body}`;
    expect(typesOf(text, 'NICE')).toEqual(['place']);
    expect(nodes(text).map((e) => e.name)).not.toContain('Jan');
  });
});

describe('a dateline of old wire copy in capitals', () => {
  const caps = ' [COMMENTARY] [TEXT] GENERAL MARIO QUINTERO RESIGNED TODAY AS THE ARMY CHIEF, THE GOVERNMENT SAID.\n\n';
  const names = (text: string) => nodes(text).map((e) => e.name);

  it('"LIMA, 8 JAN 90 --": its month and two-digit year name no one', () => {
    const text = `LIMA, 8 JAN 90 (RADIO LIBERTAD) --${caps}`;
    expect(names(text).filter((n) => /JAN/i.test(n))).toEqual([]);
    expect(typesOf(text, 'LIMA')).toEqual(['place']);
    expect(names(text)).toContain('Mario Quintero');
  });

  it('the same with no space between the credit and the dashes', () => {
    const text = `LIMA, 8 JAN 90 (RADIO LIBERTAD)--${caps}`;
    expect(names(text).filter((n) => /JAN/i.test(n))).toEqual([]);
  });

  it('"QUITO (ECUADOR), 14 FEB 90 (RADIO COSTA) --": with the country in brackets, the credit is the outlet', () => {
    const text = `QUITO (ECUADOR), 14 FEB 90 (RADIO COSTA) --${caps}`;
    expect(names(text).filter((n) => /FEB/.test(n))).toEqual([]);
    expect(typesOf(text, 'QUITO')).toEqual(['place']);
    expect(outletNames(text)).toEqual(['RADIO COSTA']);
  });
});

describe('a large city named alone', () => {
  const text = `BORDEAUX -${body}Investigators said both men had moved from Marseille to Lyon last year.`;

  it('is the city in a story with no word of sport', () => {
    expect(typesOf(text, 'Marseille')).toEqual(['place']);
    expect(typesOf(text, 'Lyon')).toEqual(['place']);
  });

  it('stays the club in a game report', () => {
    const game = 'Lyon lost 2-1 at home to Marseille on Sunday, conceding a late goal in the league.';
    expect(typesOf(game, 'Lyon')).toEqual(['organization']);
  });
});
