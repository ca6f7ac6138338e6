// An entity page's facts and reasons in words (src/graph/queries/entity-facts.ts): what a student reads first on an
// incident (when, where, the toll, who did it) and why the graph holds each node as it is.
import { describe, expect, it } from 'vitest';
import { articleIdsIn, entityFacts, withArticleTitles } from '../../src/graph/queries/entity-facts.js';

const incident = { type: 'incident' as const, kind: 'bombing', country: null, date: '2015-11-13' };
const value = (f: ReturnType<typeof entityFacts>, label: string) => f.facts.find((x) => x.label === label)?.value;

describe('entityFacts', () => {
  it("says an incident's kind, day, place, toll and participants, named and described", () => {
    const f = entityFacts(
      incident,
      {
        placeName: 'Paris',
        killed: 130,
        injured: 352,
        frames: 9,
        describedParticipants: ['perpetrator: Belgian militant @ a_496357c8576e73bb:0', 'victim: 129 people @ a_e8:0'],
      },
      [
        { role: 'perpetrator', name: 'Salah Abdeslam' },
        { role: 'perpetrator', name: 'ISIL' },
        { role: 'victim', name: 'Ann Lee' },
      ],
    );
    expect(f.facts.map((x) => x.label)).toEqual([
      'Kind',
      'When',
      'Where',
      'Killed',
      'Injured',
      'Perpetrators',
      'Victims',
      'Perpetrators (described)',
      'Reports',
    ]);
    expect(value(f, 'Kind')).toBe('Bombing');
    expect(value(f, 'Killed')).toBe('130');
    expect(value(f, 'Perpetrators')).toBe('Salah Abdeslam; ISIL');
    // the count of victims is the toll said again
    expect(value(f, 'Victims (described)')).toBeUndefined();
    expect(value(f, 'Perpetrators (described)')).toBe('Belgian militant');
  });

  it('says an undated incident is undated and when it was first reported, never a made-up day', () => {
    const f = entityFacts({ ...incident, date: null }, { firstReported: '2016-03-18' });
    expect(value(f, 'When')).toBe('undated; first reported 2016-03-18');
    expect(value(f, 'Where')).toBe('no place the reports agree on');
    const month = entityFacts({ ...incident, date: null }, { datePeriod: '2015-01', datePrecision: 'month' });
    expect(value(month, 'When')).toBe('2015-01 (month only)');
  });

  it('keeps the reasons of its merges, naming articles by their titles', () => {
    const raw = entityFacts(incident, {
      mergedFrom: [
        'a_496357c8576e73bb incident:bombing:place:name:comptoir-voltaire:2015-11-13 ~ a_e8827f7d21e3f35e incident:bombing:place:geo:2988507:2015-11-13: score 7.185; same kind (bombing)',
      ],
      placeReason: 'multi-site attack: the reports place it at 2 sites',
    });
    expect(articleIdsIn(raw)).toEqual(['a_496357c8576e73bb', 'a_e8827f7d21e3f35e']);
    const f = withArticleTitles(
      raw,
      new Map([
        ['a_496357c8576e73bb', 'Ringleader killed in raid'],
        ['a_e8827f7d21e3f35e', 'Coordinated attacks kill 129'],
      ]),
    );
    expect(f.reasons).toEqual([
      { label: 'Place', items: ['multi-site attack: the reports place it at 2 sites'] },
      {
        label: 'Why these reports are one incident',
        items: ['“Ringleader killed in raid” ~ “Coordinated attacks kill 129”: score 7.185; same kind (bombing)'],
      },
    ]);
  });

  it("sums up a person's identity across articles and a place's uncertainty", () => {
    const p = entityFacts(
      { type: 'person', kind: null, country: null, date: null },
      { identity: ['a_1: same full name', 'a_2: same full name'], reasons: ['"Abdeslam" -> "Salah Abdeslam"'] },
    );
    expect(p.reasons).toEqual([
      { label: 'Names joined', items: ['"Abdeslam" -> "Salah Abdeslam"'] },
      { label: 'Same person across articles', items: ['same full name (2 articles)'] },
    ]);
    const place = entityFacts(
      { type: 'place', kind: null, country: 'LK', date: null },
      { placeKind: 'site', admin1: 'Western Province', precision: 'site-in-city', ambiguous: true },
    );
    expect(value(place, 'In')).toBe('Western Province, LK');
    expect(value(place, 'Coordinates')).toMatch(/its town's: the gazetteer does not hold the site/);
    expect(value(place, 'Uncertain')).toBeDefined();
  });

  it("says a landmark the gazetteer holds has coordinates of its own, and an unknown site its town's", () => {
    const site = { placeKind: 'site', precision: 'site-in-city' };
    const landmark = entityFacts(
      { key: 'place:region:loc-xx-town-old-square', type: 'place', kind: null, country: 'GB', date: null },
      site,
    );
    expect(value(landmark, 'Coordinates')).toBe("the site's own, from the gazetteer");
    const street = entityFacts(
      { key: 'place:name:mill-lane', type: 'place', kind: null, country: 'GB', date: null },
      site,
    );
    expect(value(street, 'Coordinates')).toMatch(/its town's/);
  });

  it('leaves out a stored property of the wrong shape', () => {
    const f = entityFacts(incident, { killed: 'many', mergedFrom: 'not a list', placeName: 7 });
    expect(value(f, 'Killed')).toBeUndefined();
    expect(f.reasons).toEqual([]);
    expect(value(f, 'Where')).toBe('no place the reports agree on');
  });
});
