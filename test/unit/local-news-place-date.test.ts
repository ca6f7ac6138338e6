// Local crime news: how a town, its state and the day are written ("shot in Millbrook Saturday, police said",
// "Springfield police", "Gary, Ind."). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const run = (text: string, published = '2019-10-14') => extract({ text, published }, res).entities;
const incidents = (text: string, published?: string) =>
  run(text, published).filter((e): e is IncidentEntity => e.type === 'incident');
const placeNamed = (text: string, name: string) =>
  run(text).find((e): e is PlaceEntity => e.type === 'place' && e.name === name);

describe('triggers of local shooting reports', () => {
  it('reads "fatally shot", "shot himself" and a self-inflicted gunshot wound as shootings', () => {
    for (const text of [
      'A delivery driver was fatally shot outside a warehouse on Friday night.',
      'A nine-year-old boy shot himself with a rifle he found in a wardrobe on Sunday.',
      'A toddler died of a self-inflicted gunshot wound at a relative’s flat on Saturday.',
    ])
      expect(incidents(text).map((i) => i.kind)).toEqual(['shooting']);
  });

  it('does not read "non-life threatening injuries" as a threat of an attack', () => {
    const incs = incidents('A teenager suffered non-life threatening injuries in a shooting at a car park on Sunday.');
    expect(incs.map((i) => [i.kind, i.date])).toEqual([['shooting', '2019-10-13']]);
  });
});

describe('the day of a local shooting', () => {
  it('reads a weekday written right after the town as the day, not as a named day', () => {
    const d = datesIn(
      'A man was shot in Millbrook Saturday and died later.',
      0,
      new Date('2019-10-14T12:00:00Z'),
      undefined,
      res.words,
    );
    expect(d.map((x) => x.iso)).toEqual(['2019-10-12']);
    const named = datesIn(
      'Marchers remembered Bloody Sunday in the rain.',
      0,
      new Date('2019-10-14T12:00:00Z'),
      undefined,
      res.words,
    );
    expect(named).toEqual([]);
  });

  it('keeps the date of the event before a closing ", police said", not the day they spoke', () => {
    const [inc] = incidents('A cyclist was shot in the leg near the river Friday night, police said.');
    expect(inc?.date).toBe('2019-10-11');
    const [first] = incidents('On Friday, police said a cyclist had been shot.');
    expect([first?.date, first?.dateBasis]).toEqual(['2019-10-14', 'reported']);
  });

  it("keeps a written day of the month in a follow-up, where a weekday is the proceedings' week", () => {
    const [written] = incidents(
      'A coroner ruled the shooting of a farmhand accidental. He died in a shooting on September 30, the sheriff said.',
    );
    expect(written?.date).toBe('2019-09-30');
    const [weekday] = incidents(
      'The trial of a farmhand over a shooting opened. The victim was shot on Friday, prosecutors told the jury.',
    );
    expect(weekday?.date ?? null).toBeNull();
  });

  it('reads "this morning" as the day of publication', () => {
    const d = datesIn(
      'She was shot this morning at her home.',
      0,
      new Date('2019-10-14T12:00:00Z'),
      undefined,
      res.words,
    );
    expect(d.map((x) => x.iso)).toEqual(['2019-10-14']);
  });
});

describe('a town written before its agency or its state', () => {
  it('keeps a known town before "police" a place, when the article also writes it as one', () => {
    const p = placeNamed('A man fired twice at a parked car, Apopka police said. Nobody was hurt in Apopka.', 'Apopka');
    expect(p?.country).toBe('US');
    expect(p?.mentions).toHaveLength(2);
    expect(p?.merges).toContain('rule entities/place-before-local-agency');
    // "Metro police": a word the gazetteer knows as a town abroad, never written as a place here
    const metro = placeNamed(
      'NASHVILLE, Tenn. — A boy was hurt in a shooting. Metro police said he is recovering.',
      'Metro',
    );
    expect(metro).toBeUndefined();
  });

  it('types a name before a state abbreviation as the town of that state', () => {
    const p = placeNamed('Five people were hurt in a shooting in Gary, Ind., late on Saturday.', 'Gary');
    expect([p?.country, p?.admin1]).toEqual(['US', 'Indiana']);
  });

  it('prefers the namesake in the state the article names', () => {
    const p = placeNamed('GREENVILLE, S.C. — Deputies said a man was shot near Greenville on Friday.', 'Greenville');
    expect(p?.admin1).toBe('South Carolina');
  });

  it("never reads a compass word alone as a country's division of that name", () => {
    expect(res.gazetteer.placesByName.get('north')).toBeUndefined();
    const p = run('A man was shot on the North Side on Friday.').find(
      (e): e is PlaceEntity => e.type === 'place' && e.name === 'North',
    );
    expect(p?.country ?? null).toBeNull();
  });

  it('places "Southwest Baltimore" in Baltimore', () => {
    const p = placeNamed('A man was shot in Southwest Baltimore late on Saturday, police said.', 'Southwest Baltimore');
    const city = run('Police in Baltimore said so.').find((e): e is PlaceEntity => e.type === 'place');
    expect([p?.country, p?.lat]).toEqual(['US', city?.lat]);
  });

  it('does not place a street in the town it is named after', () => {
    const text = 'DENVER — A man was shot on Saturday on the 300 block of Aurora Street in Denver.';
    const street = placeNamed(text, 'Aurora Street');
    expect(street?.lat).toBe(placeNamed(text, 'Denver')?.lat);
  });
});

describe('rule place/treated-there', () => {
  it('does not place the shooting where the victim is recovering', () => {
    const incs = incidents(
      'A 4-year-old boy was shot in the stomach at his home in Gainesville on Sunday afternoon. ' +
        'The boy is in Orlando recovering after being shot, deputies said.',
    );
    expect(incs.map((i) => i.place)).toEqual(['Gainesville']);
  });

  it('does not read the town a hospital is named after as the place of the shooting', () => {
    const incs = incidents(
      'A woman was shot in the head at a home in Wenatchee on Thursday. ' +
        'She died at Providence Sacred Heart Medical Center after suffering a gunshot wound, deputies said.',
    );
    expect(incs.map((i) => i.place)).toEqual(['Wenatchee']);
  });
});

describe('rule dates/posting-stamp', () => {
  it('reads a date after "Posted:" or "Originally posted at" as the page\'s stamp, not an event day', () => {
    const spans = (text: string) =>
      datesIn(text, 0, new Date('2016-10-17T12:00:00Z'), undefined, res.words).map((d) => d.iso);
    expect(spans('Posted: Monday, October 17, 2016 10:26 am |')).toEqual([]);
    expect(spans('Originally posted at 12:26 a.m. Oct. 16')).toEqual([]);
    expect(spans('The teenager was shot on Saturday.')).toEqual(['2016-10-15']);
  });

  it('does not date the incident by the stamp that opens the page', () => {
    const incs = incidents(
      'Posted: Monday, October 17, 2016 10:26 am |\n' +
        'BRANSON — A teenager has been charged with murder in the shooting death of another teenager in Branson.\n' +
        'John Carr, 18, has been charged with first-degree murder in the death of Eric Lane, also 18.\n' +
        'Police arrived at a home and found Lane lying in the road.\n' +
        'Carr is in Taney County Jail on a $500,000 bond.\n' +
        'Below are previous updates from the weekend.\n' +
        'BRANSON — Police have named the victim of a shooting that took place Saturday evening.\n' +
        'Lane was found with a single gunshot wound to his chest, according to police.',
      '2016-10-17',
    );
    expect(incs.map((i) => i.date)).toEqual(['2016-10-15']);
  });
});

describe('rules dates/status-report and dates/reported-at-clock', () => {
  it("dates the shooting by when it was reported to the police, not by the day of the victim's condition", () => {
    const incs = incidents(
      'LOUISVILLE, Ky. — A 4-year-old girl who was shot at a home in Louisville was still in grave condition on ' +
        'Saturday, police said. Family members identified the girl as Ilanye Price. The shooting was reported at ' +
        '7:15 p.m. Friday at a home on Algonquin Parkway near 35th Street.',
      '2015-03-14',
    );
    expect(incs.map((i) => i.date)).toEqual(['2015-03-13']);
  });

  it('still reads a day right after an active "reported" as the day of saying', () => {
    const incs = incidents('A man was shot dead in Louisville, police reported on Saturday.', '2015-03-14');
    expect(incs.map((i) => i.dateBasis)).toEqual(['reported']);
  });
});

describe('rule dates/status-report alone', () => {
  it('does not date the shooting by the day the victim was in grave condition', () => {
    const incs = incidents(
      'A 4-year-old girl who was shot at a home in Louisville was still in grave condition on Saturday, police said.',
      '2015-03-14',
    );
    expect(incs.map((i) => [i.date, i.dateBasis])).toEqual([['2015-03-14', 'reported']]);
  });
});
