// Which namesake a local story means (issues #10, #11): a local broadcaster's dateline is a town of its own country,
// a lone namesake in the state of another city the story names stays placed when a state is named in passing, and
// the everyday spelling of a city finds that city. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { mainIncident, placeNamed } from '../helpers/extracted-places.js';

describe('rule geocode/local-outlet-dateline', () => {
  const text =
    'NEWPORT (WKXT) – A man was shot outside a gas station late Tuesday, deputies said. ' +
    'He was flown to a hospital in Knoxville, where he is in stable condition.';

  it('reads the dateline town in the outlet’s country, in the state the story names', () => {
    const p = placeNamed({ text }, /^Newport$/i);
    expect(p?.country).toBe('US');
    expect(p?.admin1).toBe('Tennessee');
    expect(mainIncident({ text })?.place).toMatch(/^Newport$/i);
  });

  it('leaves a dateline without a local outlet as it was', () => {
    const t = 'NEWPORT – A man was shot outside a gas station late Tuesday, police said.';
    expect(placeNamed({ text: t }, /^Newport$/i)?.country).not.toBe('US');
  });
});

describe('rule geocode/division-of-another-town', () => {
  it('keeps a lone namesake in the state of another city the story names', () => {
    const text =
      'A shooting left two men dead at a motel on Friday, according to the Fairbanks Police Department. ' +
      'One of the men had moved up from New Mexico last spring, and his family lives in Anchorage.';
    const p = placeNamed({ text }, /^Fairbanks$/);
    expect(p?.admin1).toBe('Alaska');
    expect(mainIncident({ text })?.place).toBe('Fairbanks');
  });
});

describe('an everyday spelling of a city', () => {
  it('finds Cusco as Cuzco, not a region next to it', () => {
    const text = 'Guerrillas attacked a police post in Cuzco on Monday, killing two officers.';
    const p = placeNamed({ text }, /^(Cuzco|Cusco)$/);
    expect(p?.placeKind).toBe('city');
    expect(p?.country).toBe('PE');
  });

  it('finds a half of a city once divided as that city', () => {
    const text =
      'EAST BERLIN, 2 MAY 89 (PRESS) -- THE PARTY NEWSPAPER SAID TODAY THAT A UNION LEADER WAS SHOT IN TUNJA, COLOMBIA.';
    const p = placeNamed({ text }, /BERLIN/i);
    expect(p?.country).toBe('DE');
    expect(p?.placeKind).toBe('city');
  });
});

describe('short and everyday forms of US places', () => {
  it('finds a county written with "St." as the county named "Saint"', () => {
    const text =
      'A woman was shot outside a gas station in St. Louis County on Friday, county police said. ' +
      'She was taken to a hospital in St. Louis.';
    const p = placeNamed({ text }, /^(St\.|Saint) Louis County$/);
    expect(p?.admin1).toBe('Missouri');
    expect(p?.lat).not.toBeNull();
  });

  it('finds the Bronx without its article', () => {
    const text = 'A teenager was shot on a stoop in the Bronx late Sunday, police said.';
    const p = placeNamed({ text }, /Bronx/);
    expect(p?.admin1).toBe('New York');
    expect(mainIncident({ text })?.place).toMatch(/Bronx/);
  });
});

describe('a main incident placed nowhere in its first sentences', () => {
  it('rule place/city-later-in-article: takes the city the rest of the article names', () => {
    const text =
      'A girl of 15 was shot and killed through the front window of her home last week. ' +
      'Her aunt said the family had moved into the house in the spring. ' +
      'Neighbours said they heard six or seven shots. ' +
      'The girl was in the living room with her younger brother. ' +
      'He was not hurt. ' +
      'Two men were charged on Tuesday with reckless homicide. ' +
      'Both remain in custody. ' +
      'A vigil is planned for Friday evening. ' +
      'Detectives in Milwaukee asked anyone with information to call them. ' +
      'It was the third such shooting in Milwaukee this month.';
    expect(mainIncident({ text })?.place).toBe('Milwaukee');
  });

  it('does not take a city of another country than the report’s', () => {
    const text =
      'SAN SALVADOR, 3 MAY 90 -- A student was shot dead last night, the police said. ' +
      'Her family said she had no enemies. ' +
      'Her brother said she studied law. ' +
      'Her friends gathered at the house. ' +
      'They asked for justice. ' +
      'No group has claimed the killing. ' +
      'The police are looking for two men. ' +
      'A funeral will be held tomorrow. ' +
      'She had spent a year studying in Barcelona, and friends in Barcelona sent flowers.';
    expect(mainIncident({ text })?.place ?? '').not.toBe('Barcelona');
  });

  it('rule place/unlocated-county: takes the county its first sentences name, by name', () => {
    const text =
      'The bodies of a woman and her grandson were found in a shed in Polk County on Tuesday, deputies said. ' +
      'Both had been shot.';
    expect(placeNamed({ text }, /^Polk County$/)?.lat ?? null).toBeNull();
    expect(mainIncident({ text })?.place).toBe('Polk County');
  });
});

describe('rule geocode/division-holding-named-city', () => {
  it('reads "Georgia" as the US state in a story that names a city there', () => {
    const text = 'ATLANTA – A woman was shot dead on Saturday at a park in northern Georgia, the sheriff said.';
    const p = placeNamed({ text }, /^Georgia$/);
    expect(p?.country).toBe('US');
    expect(p?.placeKind).toBe('region');
  });

  it('leaves the country where the story names no city of the state, or a city of the country', () => {
    const abroad = 'TBILISI, Georgia – A grenade went off near a police station on Monday, wounding two officers.';
    expect(placeNamed({ text: abroad }, /^Georgia$/)?.country).toBe('GE');
    const aid = 'WASHINGTON – The United States will send aid to Georgia after troops shelled Gori, officials said.';
    expect(placeNamed({ text: aid }, /^Georgia$/)?.country).toBe('GE');
  });
});
