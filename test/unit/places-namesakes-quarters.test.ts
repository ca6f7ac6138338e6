// Namesakes and quarters of US local news (issues #10, #11): a state named like a country is the state when the
// story's other places support it, a city quarter the gazetteer lists reads with the big city around it even when
// the story never names that city, and Manhattan's best-known neighbourhoods are places. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { mainIncident, placeNamed } from '../helpers/extracted-places.js';

describe('rule geocode/division-named-like-country-in-story', () => {
  it('reads Georgia as the US state, and Savannah as its city, when the two are named together', () => {
    const text =
      'A woman was shot dead outside a restaurant in Savannah late on Saturday, police in Georgia said. ' +
      'Officers are looking for a man seen running from the scene.';
    expect(placeNamed({ text }, /^Georgia$/)?.country).toBe('US');
    const city = placeNamed({ text }, /^Savannah$/);
    expect(city?.country).toBe('US');
    expect(city?.admin1).toBe('Georgia');
    expect(mainIncident({ text })?.place).toBe('Savannah');
  });

  it('reads Georgia as the US state in a local story whose towns lie in another state', () => {
    const text =
      'Deputies in Polk County said the suspect first claimed the two boys were staying with relatives in Georgia. ' +
      'She was later charged with shooting them at a house outside Lakeland.';
    expect(placeNamed({ text }, /^Georgia$/)?.country).toBe('US');
    // named only in passing: the story's own towns are still looked up in Florida
    expect(placeNamed({ text }, /^Lakeland$/)?.admin1).toBe('Florida');
  });

  it('reads Georgia as the US state when two of the story’s counties have namesakes in it (division-holding-named-counties)', () => {
    // Elbert and Madison counties both lie in several states, Georgia among them; the story names no city
    const text =
      'A 15-year-old Georgia boy was shot dead on Thursday when a rifle went off as he and his father launched a ' +
      'boat at a bridge on the Elbert County line, Madison County deputies said.';
    expect(placeNamed({ text }, /^Georgia$/)?.country).toBe('US');
    expect(placeNamed({ text }, /^Elbert County$/)?.admin1).toBe('Georgia');
  });

  it('keeps the country when only one county name could lie in the state', () => {
    const text = 'Madison County deputies said a man who had worked in Georgia for a year was shot on Friday.';
    expect(placeNamed({ text }, /^Georgia$/)?.country).toBe('GE');
  });

  it('keeps the country when a town of the country is named', () => {
    const text = 'Artillery hit the edge of Gori in Georgia on Thursday, killing three soldiers.';
    expect(placeNamed({ text }, /^Georgia$/)?.country).toBe('GE');
  });
});

describe('rule place/quarter-of-gazetteer-city', () => {
  it('names a Chicago quarter with Chicago when the story never writes the city', () => {
    const text = 'A 17-year-old was wounded in a shooting in North Lawndale on Sunday evening, police said.';
    expect(mainIncident({ text })?.place).toBe('North Lawndale, Chicago');
  });

  it('still names the city the story writes itself', () => {
    const text = 'A man was shot in Bridgeport on Monday, Chicago police said.';
    expect(mainIncident({ text })?.place).toBe('Bridgeport, Chicago');
  });
});

describe('Manhattan neighbourhoods in the gazetteer', () => {
  it('places the Upper West Side in New York', () => {
    const text = 'Two people were hurt in a shooting in Upper West Side early on Friday, police said.';
    const p = placeNamed({ text }, /^Upper West Side$/);
    expect(p?.country).toBe('US');
    expect(p?.admin1).toBe('New York');
  });
});

describe('rule geocode/county-of-named-town', () => {
  it('reads a county name of several states as the one of the city the story names', () => {
    // Putnam counties lie in Tennessee (with a city) and in Ohio, Indiana, Florida and more (towns only)
    const text =
      'The Putnam County sheriff’s office is still looking into a shooting that killed a teenager on Saturday. ' +
      'The boy lived in Findlay and was visiting friends.';
    expect(placeNamed({ text }, /^Putnam County$/)?.admin1).toBe('Ohio');
    expect(placeNamed({ text }, /^Findlay$/)?.admin1).toBe('Ohio');
  });

  it('reads it as the one of a dateline town that only one state has', () => {
    const text =
      'PANDORA — A 17-year-old boy died on Saturday night after an apparent accidental shooting, according to a ' +
      'release from the Putnam County sheriff.';
    expect(placeNamed({ text }, /^Putnam County$/)?.admin1).toBe('Ohio');
  });
});

describe('rule gazetteer/county-of-towns', () => {
  it('places a county whose towns are all below the city floor', () => {
    const text = 'A 6-year-old boy was shot at a home in Routt County on Sunday afternoon, the sheriff said.';
    const p = placeNamed({ text }, /^Routt County$/);
    expect(p?.country).toBe('US');
    expect(p?.admin1).toBe('Colorado');
    expect(p?.lat).not.toBeNull();
  });

  it('lets a small namesake county stand back for one with a city', () => {
    // Cook County of Chicago keeps its single reading beside the Cook counties of Georgia and Minnesota's towns,
    // so its state still picks the Chicago quarter over the Connecticut city
    const text =
      'A teenager was shot dead in Bridgeport last week, and Cook County prosecutors charged a 15-year-old boy.';
    expect(placeNamed({ text }, /^Cook County$/)?.admin1).toBe('Illinois');
    expect(placeNamed({ text }, /^Bridgeport$/)?.admin1).toBe('Illinois');
  });
});
