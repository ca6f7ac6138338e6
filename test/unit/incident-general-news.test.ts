// General wire news that is no security incident (road and transport accidents, disasters, running totals of a
// conflict, animals slaughtered, sport), and hijackings that are. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string) => run({ text }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('deaths in a sentence that tells of a mishap (incident/accident)', () => {
  it.each([
    'A minibus carrying farm workers skidded off a wet road and overturned near Leeds on Monday, killing seven.',
    'Nine people were killed on Sunday when two lorries in which they were riding collided near Galway.',
    'At least 12 people have been killed and dozens hurt in the storm-battered port of Cork, officials said.',
    'Six farmers were killed in a field near Leeds on Friday when lightning struck the shelter they were in.',
    'Forty people have been killed in Cork this month in what doctors call the worst epidemic of its kind.',
    'Eleven killed as minibus plunges into canal near Lahore.',
    'Two trains collide outside Leeds, 14 dead.',
    'Ferry capsizes in storm off Cork, 30 feared dead.',
  ])('is an accident or a disaster: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });

  it('stays an attack when the sentence names who killed', () => {
    const found = incidents(
      'Gunmen killed three villagers near Leeds on Monday before their car crashed into a ditch.',
    );
    expect(found.length).toBe(1);
  });
});

describe('a later bare death in a story whose lede told an accident (incident/accident-story)', () => {
  it('is the same accident', () => {
    const text =
      'Two die as coach leaves mountain road.\nLEEDS 1999-05-04\nTwo people were killed on Monday when a coach ' +
      'plunged off a mountain road near Leeds, police said.\nA 40-year-old teacher from Hull was killed.';
    expect(incidents(text).filter((i) => i.kind !== 'arrest')).toEqual([]);
  });
});

describe('a running total of a conflict or campaign', () => {
  it.each([
    'More than 3,000 people have been killed in the separatist struggle the movement began in 1990.',
    'The group has killed about 500 people in its campaign for independence since the 1970s.',
    'The border war between the two countries killed 40,000 people.',
    "The country's civil war, started by rebels in 1991, has killed some 60,000 people.",
  ])('is no incident: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });
});

describe('animals slaughtered', () => {
  it.each([
    'Officials in Leeds slaughtered 5,000 chickens after an outbreak of bird flu.',
    'Farmers in Leeds said on Monday a new slaughter plan for older cattle would cost them dearly.',
  ])('is no mass killing: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });
});

describe('words of sport in a match report', () => {
  it('a penalty shoot-out and a ball rammed home are play', () => {
    const text =
      'SOCCER - LEEDS EDGE HULL.\nLEEDS 1999-05-04\nLeeds beat Hull in a penalty shoot-out after their striker ' +
      'rammed home a free kick late on.';
    expect(incidents(text)).toEqual([]);
  });
});

describe('a hijacking', () => {
  it('is an incident of its own kind', () => {
    const found = incidents(
      'Four armed men hijacked an airliner on a flight to Leeds on Sunday and held the passengers for six hours.',
    );
    expect(found.map((i) => i.kind)).toEqual(['hijacking']);
  });

  it('is not workers who "hijacked" their managers', () => {
    expect(incidents('Striking workers hijacked two managers at the plant in Leeds on Monday.')).toEqual([]);
  });
});

describe('a lasting event told at several of its stages (incidents/lasting-event-told-again)', () => {
  const reported = (text: string) =>
    run({ text, published: '1999-05-04' }).filter((e): e is IncidentEntity => e.type === 'incident');

  it('is one hijacking where the plane was seized one day and landed in another country the next', () => {
    const text =
      'Hijacked Tarom jet lands at a Dublin airport.\nDUBLIN 1999-05-04\nA hijacked Tarom jet carrying 140 ' +
      'passengers and crew landed at Shannon airport just outside Limerick early on Tuesday morning after flying ' +
      'from Malta, witnesses said.\nThe Boeing 737 Flight 210, which was hijacked on Monday evening on its way ' +
      'from Bucharest to Tunis, landed at 5.10 a.m. after a flight of three hours.';
    const found = reported(text);
    expect(found.map((i) => i.kind)).toEqual(['hijacking']);
    expect(found[0]!.date).toBe('1999-05-03');
  });

  it('is one hostage-taking told on the day it began and again two days on at the same site', () => {
    const text =
      'Guerrillas take 200 hostage at embassy in Quito.\nQUITO 1999-05-06\nLeftist guerrillas stormed the ' +
      'Peruvian embassy in Quito on Tuesday night and took 200 guests hostage, police said.\nOn Thursday the ' +
      'rebels freed 40 women and were holding 160 hostages at the Peruvian embassy in Quito, a police spokesman ' +
      'said.';
    const found = run({ text, published: '1999-05-06' }).filter((e): e is IncidentEntity => e.type === 'incident');
    expect(found.filter((i) => i.kind !== 'arrest' && i.kind !== 'raid').length).toBe(1);
  });

  it('keeps two kidnappings in two towns two days apart: a kidnapping is told as the seizure', () => {
    const text =
      'Gunmen kidnapped two engineers from a dam site near Cuzco on Saturday, police said.\nLIMA 1999-05-04\n' +
      'Kidnappers seized a rancher near Arequipa on Monday and demanded a ransom, police said.';
    expect(reported(text).filter((i) => i.kind !== 'arrest').length).toBe(2);
  });

  it('keeps two shootings a day apart at two towns apart: a shooting does not last', () => {
    const text =
      'Gunmen shot a shopkeeper dead in Leeds on Monday, police said.\nOn Tuesday, gunmen shot a taxi driver ' +
      'dead in Bradford, police said.';
    expect(reported(text).length).toBe(2);
  });

  it('keeps apart two kidnappings set apart in words, however close in time', () => {
    const text =
      'Rebels kidnapped three oil workers near Cuzco on Saturday, police said.\nIn a separate kidnapping, ' +
      'gunmen kidnapped a rancher near Arequipa on Monday.';
    expect(reported(text).filter((i) => i.kind !== 'arrest').length).toBe(2);
  });
});

describe('a town written as the modifier of a site after an indefinite article (place/site-modifier)', () => {
  it('is where the incident happened, not the dateline', () => {
    const found = incidents(
      'Two die in pub.\nLONDON 1999-05-04\nTwo men were shot dead in a Leeds pub on Friday night, police said.',
    );
    expect(found.map((i) => [i.kind, i.place])).toEqual([['shooting', 'Leeds']]);
  });

  it('is the place of an earlier event the article recalls', () => {
    const found = incidents(
      'Exiles recall deaths.\nBONN 1999-05-04\nProsecutors say agents ordered the killing of three exiles in a Hamburg restaurant in 1992.',
    );
    expect(found.map((i) => i.place)).toEqual(['Hamburg']);
  });
});

describe('a country that owns the target (place/country-owner)', () => {
  it('is not the place: the place the phrase goes on to name is', () => {
    const found = incidents('Youths hurled a fire bomb at the U.S. consulate in Leeds on Monday, police said.');
    expect(found.map((i) => i.place)).toEqual(['Leeds']);
  });

  it("is not the place when the event phrase names no town: the dateline's city is", () => {
    const found = incidents('QUITO, May 3 -- A bomb exploded near the U.S. embassy on Tuesday, breaking windows.');
    expect(found.map((i) => i.place)).toEqual(['Quito']);
  });

  it('is not the place when it comes right before the event word ("the U.S. embassy was attacked")', () => {
    const found = incidents('BOGOTA, May 3 -- Police said the U.S. embassy was attacked with rockets on Tuesday.');
    expect(found.map((i) => i.place)).toEqual(['Bogotá']);
  });

  it('is not the place in capitals wire copy either, where "this capital" points to the dateline', () => {
    const found = incidents(
      'QUITO, 3 MAY 90 -- A PARCEL BOMB LEFT NEAR THE U.S. EMBASSY IN THIS CAPITAL WAS DEFUSED BY POLICE TODAY.',
    );
    expect(found.map((i) => i.place)).toEqual(['Quito']);
  });
});
