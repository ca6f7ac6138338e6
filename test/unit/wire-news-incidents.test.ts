// Short wire reports in the style of a news agency's general service (sport, markets, weather, accidents, protests,
// fighting), run through the extractor to find what it takes for an incident and what it misses. Each case is written
// for this file.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { incidentsOf } from '../helpers/incidents.js';
import { res } from '../helpers/resources.js';

const kinds = (published: string, text: string) => incidentsOf(published, text).map((i) => i.kind);

describe('deaths told with the mishap as the subject of the sentence (incident/accident)', () => {
  it.each([
    [
      'weather',
      'SOFIA 1996-12-06\nHeavy snow and bitter cold have killed eleven people across Bulgaria this week, most of them pensioners, the health ministry said on Friday.',
    ],
    [
      'a fire',
      'DHAKA 1996-12-03\nA fire raced through a garment workshop in Chittagong on Tuesday, killing eight workers and leaving 300 jobless, firemen said.',
    ],
    [
      'a tornado',
      'ATLANTA 1996-12-03\nA tornado tore through a mobile home park in southern Georgia on Tuesday, killing three people and injuring 15.',
    ],
    [
      'a gas explosion',
      'KIEV 1996-12-02\nA gas explosion brought down part of a five-storey block of flats in Dnipropetrovsk on Monday, killing four residents.',
    ],
  ])('%s is no incident', (_what, text) => {
    expect(incidentsOf('1996-12-04', text)).toEqual([]);
  });

  it('a sentence whose subject is a person still reports a killing', () => {
    const text =
      'LAGOS 1996-12-04\nTwo masked men killed a moneychanger at a market in Kano on Wednesday and fled with his cash, police said.';
    expect(incidentsOf('1996-12-04', text).length).toBe(1);
  });

  it('a fire set by attackers is still an arson', () => {
    const text =
      'COLOMBO 1996-12-04\nRebels set fire to a bus near Vavuniya on Wednesday, killing five passengers, the military said.';
    expect(kinds('1996-12-04', text)).toEqual(['arson']);
  });
});

describe('words of violence that a game report uses (notTriggers)', () => {
  it('a defence "shot to pieces" and a game "killed off" are play', () => {
    const text =
      'MADRID 1996-12-08\nReal Madrid crushed Sevilla 4-0 on Sunday. Davor Suker killed off the contest before the break and the visitors were shot to pieces after it.';
    expect(incidentsOf('1996-12-08', text)).toEqual([]);
  });
});

describe('a clash between the police and a crowd (incident/crowd-clash-unharmed, incident/crowd-violence)', () => {
  it('with people hurt it is one riot, not a bombing of the petrol bombs thrown', () => {
    const text =
      'JAKARTA 1996-12-05\nPolice clashed with hundreds of students in the city of Ujung Pandang on Thursday, firing tear gas at demonstrators who threw petrol bombs. Eleven students were hurt, a hospital official said.';
    const incs = incidentsOf('1996-12-05', text);
    expect(incs.map((i) => i.kind)).toEqual(['riot']);
    expect(incs[0]?.injured).toBe(11);
  });

  it('with nobody hurt and nothing thrown it is no incident', () => {
    const text =
      'PARIS 1996-12-05\nPolice briefly clashed with hundreds of strikers at a depot near Lyon on Thursday before talks resumed, union leaders said.';
    expect(incidentsOf('1996-12-05', text)).toEqual([]);
  });

  it('a fight of party supporters with sticks and home-made bombs is one riot', () => {
    const text =
      'ISLAMABAD 1996-12-05\nAt least 25 people were hurt when supporters of two rival candidates fought with clubs and crude bombs in Hyderabad on Thursday, police said.';
    expect(kinds('1996-12-05', text)).toEqual(['riot']);
  });

  it('fans who fight running battles with the police riot', () => {
    const text =
      "ATHENS 1996-12-09\nFootball fans fought running battles with riot police outside a stadium in Piraeus after Sunday's game, and nine people were hurt.";
    expect(kinds('1996-12-09', text)).toEqual(['riot']);
  });

  it('troops in pitched battles with rebels still fight an armed clash', () => {
    const text =
      'KAMPALA 1996-12-09\nGovernment troops fought pitched battles with rebels near Kasese on Sunday, and 14 rebels were killed, the army said.';
    expect(kinds('1996-12-09', text)).toEqual(['armed clash']);
  });
});

describe('"the <region> town" with no name after it (place/region-town-antecedent)', () => {
  it('is the town of that region the article named before', () => {
    const text =
      'JERUSALEM 1996-12-09\nIsraeli and Palestinian officials met on Monday to discuss security in Nablus. Hours later a gunman shot and wounded a Jewish settler in the West Bank town, the army said.';
    const incs = incidentsOf('1996-12-09', text);
    expect(incs.length).toBe(1);
    expect(incs[0]?.place).toBe('Nablus');
  });

  it('"in the West Bank town of <name>" still names its own town', () => {
    const text =
      'JERUSALEM 1996-12-09\nOfficials met in Nablus on Monday. Hours later a gunman shot and wounded a Jewish settler in the West Bank town of Ramallah, the army said.';
    expect(incidentsOf('1996-12-09', text)[0]?.place).toBe('Ramallah');
  });
});

describe('places of 1990s wire copy (gazetteer)', () => {
  it('"Zaire" is the country of Kinshasa, not the Angolan province of that name', () => {
    const text =
      'KINSHASA 1996-12-10\nRebels shelled the town of Uvira in eastern Zaire on Tuesday, killing at least six civilians, aid workers said.';
    const incs = incidentsOf('1996-12-10', text);
    expect(incs.map((i) => i.place)).toEqual(['Uvira']);
    const zaire = extract({ published: '1996-12-10', text }, res).entities.find(
      (e) => e.type === 'place' && (e.name === 'Zaire' || e.aliases.includes('Zaire')),
    );
    expect(zaire && zaire.type === 'place' ? zaire.country : null).toBe('CD');
  });

  it('a division named like its capital city is written without a trailing space, and the city is the place', () => {
    const text =
      'DHAKA 1996-12-10\nAt least 12 people were hurt when rival student groups fought with knives and bombs in Dhaka on Tuesday, police said.';
    expect(incidentsOf('1996-12-10', text).map((i) => i.place)).toEqual(['Dhaka']);
  });
});

describe('a country written with a direction before it (place/part-of-country)', () => {
  it('"in south Lebanon" is not the capital the dateline names', () => {
    const text =
      'BEIRUT 1996-12-10\nIsraeli helicopters fired rockets at suspected guerrilla bases in south Lebanon on Tuesday, security sources said.';
    expect(incidentsOf('1996-12-10', text).map((i) => i.place)).toEqual(['Lebanon']);
  });

  it('the country alone still takes the dateline city', () => {
    const text =
      'BEIRUT 1996-12-10\nA bomb exploded outside a bank in Lebanon on Tuesday, wounding two guards, police said.';
    expect(incidentsOf('1996-12-10', text).map((i) => i.place)).toEqual(['Beirut']);
  });
});
