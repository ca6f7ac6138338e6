// Rule incidents/county-town: a county places the main incident only when the article names no town inside it.
// Texts written for these tests; places hand-built (a county's point is the centre the gazetteer gives it).
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { COUNTY_TOWN_KM, countyTown, isCounty } from '../../src/extract/county-town.js';
import type { EntityMention } from '../../src/extract/mention-index.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';
import { fixture } from './extract-incidents.fixtures.js';

const COUNTY = {
  type: 'place' as const,
  name: 'Alder County',
  placeKind: 'region' as const,
  country: 'US',
  admin1: 'Ohio',
  gazId: 'county-US.OH.999',
  lat: 40,
  lon: -82,
};
// about 11 km from the county's point
const TOWN = { type: 'place' as const, name: 'Millbrook', country: 'US', admin1: 'Ohio', lat: 40.1, lon: -82 };
// about 220 km away: another county's town
const FAR = { type: 'place' as const, name: 'Harlow', country: 'US', admin1: 'Ohio', lat: 42, lon: -82 };
// close, but across the state line
const OTHER_STATE = { type: 'place' as const, name: 'Dunmore', country: 'US', admin1: 'Indiana', lat: 40.05, lon: -82 };

function main(text: string, title?: string) {
  const { doc, entities } = fixture({ text, title, published: '2020-06-08' }, [COUNTY, TOWN, FAR, OTHER_STATE]);
  return findIncidents(doc, entities)[0];
}

describe('a county places the main incident only when no town in it is named', () => {
  it('takes the town the sentence of the incident names inside the county', () => {
    const inc = main('A Millbrook teenager was shot and killed at a party in Alder County on Saturday, deputies said.');
    expect(inc?.place).toBe('Millbrook');
    expect(inc?.merges?.join(' ')).toMatch(/county-town/);
  });

  it('takes the town the headline names inside the county', () => {
    const inc = main(
      'A teenager was shot and killed in Alder County on Saturday. Millbrook neighbours held a vigil on Sunday.',
      'Teen shot dead in Millbrook',
    );
    expect(inc?.place).toBe('Millbrook');
  });

  it('keeps the county when the town is named only beside something else', () => {
    const inc = main(
      'A teenager was shot and killed in Alder County on Saturday. Deputies later tracked a phone to Millbrook.',
    );
    expect(inc?.place).toBe('Alder County');
  });

  it('keeps the county when the only town named lies far from it', () => {
    const inc = main(
      'A teenager was shot and killed in Alder County on Saturday. His family moved from Harlow in May.',
    );
    expect(inc?.place).toBe('Alder County');
  });

  it('keeps the county when the town near it is in another state', () => {
    const inc = main('A Dunmore teenager was shot and killed in Alder County on Saturday, deputies said.');
    expect(inc?.place).toBe('Alder County');
  });

  // rule incidents/county-town-scene
  it('takes the town a sentence of responders reaching the scene names, right after the telling', () => {
    const inc = main(
      'A teenager was shot and killed in Alder County on Saturday. Deputies responded to a barn near Millbrook around noon.',
    );
    expect(inc?.place).toBe('Millbrook');
  });

  it('takes the town a sentence of responders reaching the scene names, right before the telling', () => {
    const inc = main(
      'Officers arrived at a Millbrook house on Saturday afternoon. A teenager there had been shot and killed in Alder County, deputies said.',
    );
    expect(inc?.place).toBe('Millbrook');
  });

  it('keeps the county when the sentence naming the town is no arrival at a scene', () => {
    const inc = main(
      'A teenager was shot and killed in Alder County on Saturday. Relatives drove to a church near Millbrook around noon.',
    );
    expect(inc?.place).toBe('Alder County');
  });

  it('keeps the county when the arrival sentence lies further from the telling', () => {
    const inc = main(
      'A teenager was shot and killed in Alder County on Saturday. His school closed on Monday. Classes resumed on Tuesday. Deputies responded to a barn near Millbrook on Wednesday.',
    );
    expect(inc?.place).toBe('Alder County');
  });

  // rule incidents/county-town again, after the restatements are joined
  it('takes the town a restatement of the main incident names', () => {
    const { doc, entities } = fixture(
      {
        text:
          'A 16-year-old girl has been charged with murder after Alder County prosecutors say she shot and killed a cousin by mistake.\n\n' +
          'The girl pleaded not guilty on Friday in the death of Dana Reyes.\n\n' +
          'Court papers show Dana Reyes was shot while standing in a Millbrook driveway June 2 with friends.',
        published: '2020-06-08',
      },
      [COUNTY, TOWN, { type: 'person' as const, name: 'Dana Reyes' }],
    );
    const inc = findIncidents(doc, entities)[0];
    expect(inc?.place).toBe('Millbrook');
    // the restatement places itself ("in a Millbrook driveway", rule place/site-modifier) or the county step takes
    // its town after the join: either way the reason names the town
    expect(inc?.merges?.join(' ')).toMatch(/restatements|at Millbrook/);
  });

  // place/post-account-name: a town in the name of the account an embedded post credits is no scene
  it('keeps the county when the town is named only in the account name of an embedded post', () => {
    const inc = main(
      'A 4-year-old boy accidentally shot himself at a home in northwest Alder County on Tuesday, deputies said.\n\n' +
        'BREAKING: Boy, 4, dies after accidentally shooting himself at an Alder County home https://t.co/abc — Channel 9 Millbrook (@Chan9News) June 8, 2020',
    );
    expect(inc?.place).toBe('Alder County');
  });

  it('keeps a place that is no county', () => {
    const inc = main('A teenager was shot and killed in Harlow on Saturday. The Millbrook teenager was 16.');
    expect(inc?.place).toBe('Harlow');
  });
});

describe('countyTown', () => {
  const place = (name: string, extra: Partial<PlaceEntity>, start: number): EntityMention => ({
    entity: {
      id: name,
      key: `place:test:${name}`,
      type: 'place',
      name,
      aliases: [],
      mentions: [],
      placeKind: 'city',
      country: 'US',
      lat: 40,
      lon: -82,
      ambiguous: false,
      admin1: 'Ohio',
      ...extra,
    },
    mention: { start, end: start + name.length, text: name, sentence: 0 },
  });
  const county = place('Alder County', { placeKind: 'region', key: 'place:region:county-US.OH.999' }, 0);

  it('tells a county by its gazetteer id', () => {
    expect(isCounty(county)).toBe(true);
    expect(isCounty(place('Alder', { placeKind: 'region' }, 0))).toBe(false);
  });

  it('prefers the dateline or headline town, then the town named most', () => {
    const a = place('Aston', { lat: 40.2 }, 10);
    const b = place('Bexley', { lat: 39.9 }, 20);
    const b2 = place('Bexley', { lat: 39.9 }, 30);
    expect(countyTown(county, [a, b, b2], [])?.place.entity.name).toBe('Bexley');
    expect(countyTown(county, [a, b, b2], ['Aston'])?.place.entity.name).toBe('Aston');
  });

  it(`counts a town within ${COUNTY_TOWN_KM} km of the county's point only`, () => {
    const edge = (COUNTY_TOWN_KM + 5) / 111;
    expect(countyTown(county, [place('Farley', { lat: 40 + edge }, 10)], [])).toBeNull();
    expect(countyTown(county, [place('Nearby', { lat: 40 + edge / 2 }, 10)], [])?.place.entity.name).toBe('Nearby');
  });
});

describe('a county gives way to the town the phrase of one of its sites names', () => {
  it('"Pittsburgh police said Lane was found shot on Mossfield Street", merged as a site, places it in Pittsburgh', () => {
    const text =
      'A teenager was gunned down in his neighborhood after attending an afterschool program Monday night.\n\n' +
      "Photos: Allegheny County's most wanted fugitives. Can you help find anyone?\n\n" +
      'The medical examiner identified the victim as Marcus Lane, 17.\n\n' +
      '"I just pray things get better," said a neighbor.\n\n' +
      'Pittsburgh police said Lane was found shot on Mossfield Street around 9 p.m. after he was dropped off by a van.';
    const inc = extract({ text, title: 'Teen dropped off by van, then shot dead', published: '2016-09-13' }, res)
      .entities.filter((e): e is IncidentEntity => e.type === 'incident')
      .find((e) => e.kind === 'shooting');
    expect(inc?.place).toBe('Pittsburgh');
    expect(inc?.merges?.join(' ')).toMatch(/county-town.*one of its sites/);
  });
});
