// General wire news borrows the words of violence for things that are not incidents: a fall on the stock market, a
// drill, a film about an old siege. Each case is written for this file.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

describe('market news (incident/market-figure)', () => {
  it('a "massacre" of share prices is no massacre', () => {
    const text =
      'MILAN 1997-03-11\nItalian shares suffered a massacre on Tuesday as the main index shed 4 percent and dealers blamed heavy selling of bank stocks.';
    expect(incidentsOf('1997-03-11', text)).toEqual([]);
  });

  it('a "dawn raid" on a company\'s shares is a purchase', () => {
    const text =
      'LONDON 1996-10-02\nThe brewer launched a dawn raid on Wednesday, buying 14 percent of the shares of its smaller rival on the stock exchange.';
    expect(incidentsOf('1996-10-02', text)).toEqual([]);
  });

  it('a massacre at a market place, told with no word of trading, still counts', () => {
    const text =
      'KIGALI 1996-11-04\nMilitiamen massacred 30 villagers at a crowded market north of Gisenyi on Monday, aid workers said.';
    expect(incidentsOf('1996-11-04', text).map((i) => i.kind)).toContain('massacre');
  });
});

describe('drills and acted events (incident/simulated)', () => {
  it('a mock attack in an exercise is no attack', () => {
    const text =
      "TAIPEI 1996-08-21\nMarines staged a mock attack on a beach near Hualien on Wednesday to test the island's coastal defences, the army said.";
    expect(incidentsOf('1996-08-21', text)).toEqual([]);
  });

  it('a hijacking that police rehearsed is no hijacking', () => {
    const text =
      'ATHENS 1996-05-14\nGreek commandos rehearsed a hijacking at Athens airport on Tuesday, officials said.';
    expect(incidentsOf('1996-05-14', text)).toEqual([]);
  });

  it('a real attack on troops at an exercise still counts', () => {
    const text =
      'ALGIERS 1996-05-14\nRebels attacked an army patrol near Medea on Tuesday, killing four soldiers, the army said.';
    expect(incidentsOf('1996-05-14', text).length).toBe(1);
  });
});

describe('a work about an old event (incident/work-about)', () => {
  it('a documentary about a siege of years ago reports no siege', () => {
    const text =
      'PARIS 1997-02-03\nA documentary about the 1994 siege of an airliner at Marseille airport was shown on French television on Monday.';
    expect(incidentsOf('1997-02-03', text)).toEqual([]);
  });

  it('a headline saying a book recalls a massacre reports none', () => {
    const text =
      'NEW BOOK RECALLS VILLAGE MASSACRE.\nWARSAW 1996-09-12\nA historian published a book on Thursday about the wartime killing of a village.';
    expect(incidentsOf('1996-09-12', text)).toEqual([]);
  });
});

describe('a count of people is no count of events (incident/determiner-in-own-phrase)', () => {
  it('"killed 12 rebels in clashes" is one armed clash, not a statistic of clashes', () => {
    const text =
      'DIYARBAKIR 1996-07-08\nGovernment troops killed 12 rebels in clashes near the town of Lice on Sunday, the governor said.';
    const incs = incidentsOf('1996-07-08', text);
    expect(incs.map((i) => i.kind)).toEqual(['armed clash']);
    expect(incs[0]?.killed).toBe(12);
  });

  it('a plural event word counted in tens is still a statistic', () => {
    const text = 'OSLO 1996-07-08\nThe report said 40 bombings were recorded in the region last year.';
    expect(incidentsOf('1996-07-08', text)).toEqual([]);
  });
});

describe('an area the event was outside (place/outside-an-area)', () => {
  it('"the deadliest attack outside <region>" adds no second incident placed there', () => {
    const text =
      'MOSCOW 1996-06-12\nA bomb tore through a bus in the town of Nalchik on Wednesday, killing nine passengers. It was the deadliest attack on civilians outside Chechnya this year.';
    const incs = incidentsOf('1996-06-12', text);
    expect(incs.length).toBe(1);
    expect(incs[0]?.place).toBe('Nalchik');
  });

  it('a bomb outside a town is still placed at the town', () => {
    const text = 'ISLAMABAD 1996-06-12\nA bomb exploded outside Peshawar on Wednesday, wounding four people.';
    expect(incidentsOf('1996-06-12', text)[0]?.place).toBe('Peshawar');
  });
});

describe('words of war that are not words of the market (incident/market-figure)', () => {
  it('attacks "at more than 20 points" of a country are attacks', () => {
    const text =
      'SAN SALVADOR 1989-11-12\nGuerrillas launched attacks at more than 20 points across the country on Sunday, the army said.';
    expect(incidentsOf('1989-11-12', text).length).toBeGreaterThan(0);
  });
});
