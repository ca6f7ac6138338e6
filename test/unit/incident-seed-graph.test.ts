// Rules of issue #10 (the seeds' graph, one incident per event): capture verbs report an arrest, a responder is the
// agency the investigation cue speaks of, a multi-town incident takes the place its lede names, a reference that names
// several attacks is one reference per attack. Texts written for these tests; people and places invented or generic.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { incidentsOf } from '../helpers/incidents.js';
import { withoutRules } from '../helpers/resources.js';
import { fixture, type EntitySpec } from './extract-incidents.fixtures.js';

const named = (p: { name: string; role: string }[], role: string) =>
  p.filter((x) => x.role === role).map((x) => x.name);

describe('capture verbs (incident/capture-of-a-person)', () => {
  it('"X was captured" is an arrest with X as its suspect', () => {
    const incs = incidentsOf(
      '2021-06-12',
      'Marcus Pellow, 31, was captured on Friday night in a farmhouse outside Leeds after a three-day search. ' +
        'He is wanted over the stabbing of two men in a Leeds pub last month.',
    );
    const arrest = incs.find((i) => i.kind === 'arrest');
    expect(arrest).toBeDefined();
    expect(named(arrest!.participants, 'suspect')).toEqual(['Marcus Pellow']);
  });

  it('"police apprehended X" is an arrest with X as its suspect', () => {
    const incs = incidentsOf(
      '2021-06-12',
      'Officers apprehended Marcus Pellow at a bus station in Leeds on Friday, two days after a gunman shot a guard ' +
        'at a bank in the city.',
    );
    const arrest = incs.find((i) => i.kind === 'arrest');
    expect(named(arrest?.participants ?? [], 'suspect')).toEqual(['Marcus Pellow']);
  });

  it('a town captured by fighters, or a scene captured on camera, is no arrest', () => {
    const incs = incidentsOf(
      '2021-06-12',
      'Rebels captured the town of Kidal on Friday after a day of fighting. The moment a shell hit the market was ' +
        'captured on camera by a resident.',
    );
    expect(incs.filter((i) => i.kind === 'arrest')).toEqual([]);
  });

  it("a capture that names its suspect is the article's only arrest, which named nobody", () => {
    const incs = incidentsOf(
      '2021-06-12',
      'The man sought over the Leeds pub stabbing was taken into custody in Harrogate on Friday after a three-day ' +
        'search. Marcus Pellow, 31, was captured at about 9 p.m. when a farmer saw him in a barn.',
    );
    const arrests = incs.filter((i) => i.kind === 'arrest');
    expect(arrests).toHaveLength(1);
    expect(named(arrests[0]!.participants, 'suspect')).toEqual(['Marcus Pellow']);
  });
});

describe('responders of an investigation cue (incidents/responder-of-the-cue)', () => {
  const story =
    'A bomb exploded at a railway station in Leeds on Monday, killing nine people. ' +
    'The home secretary said the FBI had warned British officials because investigators could not rule out that the ' +
    'bomber had accomplices. Detectives from Scotland Yard were leading the investigation, working alongside the ' +
    'Security Service, MI5.';

  it('is the agency the cue speaks of, not any agency of its sentence', () => {
    const bombing = incidentsOf('2021-06-15', story).find((i) => i.kind === 'bombing');
    const responders = named(bombing?.participants ?? [], 'responder');
    expect(responders).toContain('MI5');
    expect(responders).not.toContain('FBI');
  });
});

describe('an incident at sites in several towns (place/city-over-its-sites)', () => {
  // Kessington and Westfield are 9 km apart; Dunmore is 60 km from both; all in Ruritania (RU)
  const places: EntitySpec[] = [
    { type: 'place', name: 'Ruritania', placeKind: 'country', country: 'RU', lat: 50.3, lon: 10.3 },
    { type: 'place', name: 'Kessington', placeKind: 'city', country: 'RU', lat: 50.0, lon: 10.0 },
    { type: 'place', name: 'Westfield', placeKind: 'city', country: 'RU', lat: 50.06, lon: 10.09 },
    { type: 'place', name: 'Dunmore', placeKind: 'city', country: 'RU', lat: 50.5, lon: 10.4 },
    ...[
      ['Harbour Arena', 50.0, 10.0],
      ['Grand Hotel', 50.0, 10.0],
      ['Mill Church', 50.5, 10.4],
      ['Cross Street station', 50.0, 10.0],
    ].map(([name, lat, lon]): EntitySpec => ({
      type: 'place',
      name: name as string,
      placeKind: 'site',
      country: 'RU',
      lat: lat as number,
      lon: lon as number,
      precision: 'site-in-city',
    })),
  ];
  const violentOf = (text: string) =>
    findIncidents(...(Object.values(fixture({ text, published: '2024-05-13' }, places)) as [never, never])).filter(
      (i) => i.kind !== 'arrest' && i.kind !== 'raid',
    );

  it('takes the country the lede names when the sites lie in towns far apart', () => {
    const incs = violentOf(
      'DUNMORE - A series of bombings struck churches and hotels in Ruritania on Sunday, killing 90 people. ' +
        'Four explosions went off within an hour: at the Harbour Arena in Kessington, at Mill Church in Dunmore, ' +
        'and at the Grand Hotel in Kessington.',
    );
    expect(incs).toHaveLength(1);
    expect(incs[0]!.place).toBe('Ruritania');
  });

  it('takes the town of the dateline and lede when the sites lie in it and a town beside it', () => {
    const incs = violentOf(
      'KESSINGTON - Suicide bombers struck the departure hall of the airport at Westfield and a train in ' +
        'Kessington on Monday morning, killing 30 people. Two explosions tore through the airport shortly before 8 ' +
        'a.m. An hour later another blast hit a train at Cross Street station.',
    );
    expect(incs).toHaveLength(1);
    expect(incs[0]!.place).toBe('Kessington');
  });
});

describe('a reference that names several attacks by their targets (reference/one-per-target)', () => {
  const specs: EntitySpec[] = [
    { type: 'place', name: 'Paris', placeKind: 'city', country: 'FR', lat: 48.85, lon: 2.35 },
    { type: 'place', name: 'Nanterre', placeKind: 'city', country: 'FR', lat: 48.89, lon: 2.2 },
    { type: 'place', name: 'Lyon', placeKind: 'city', country: 'FR', lat: 45.76, lon: 4.84 },
    { type: 'organization', name: 'Daily Lantern', kind: 'media' },
    { type: 'person', name: 'Karim Haddad' },
    { type: 'person', name: 'Yacine Haddad' },
    { type: 'person', name: 'Paul Rene' },
  ];
  const trial = (series: string, span: string) =>
    'PARIS - A court in Paris on Wednesday convicted all 11 defendants accused of helping the gunmen behind the ' +
    `${series} attacks on the newspaper Daily Lantern, a police officer in Nanterre and a synagogue in Lyon. ` +
    `The three attackers, Karim Haddad, Yacine Haddad and Paul Rene, were killed by police in 2016. ${span}` +
    'The trial lasted four months.';
  const refsOf = (text: string) => {
    const { doc, entities } = fixture({ text, published: '2021-06-10', title: 'Eleven convicted at trial' }, specs);
    return findIncidents(doc, entities).filter((i) => i.reference && i.kind !== 'trial');
  };

  it('is one reference per target when the violence spanned days, none with the attackers of all', () => {
    const refs = refsOf(trial('March 2016', 'Nine people were killed over three days. '));
    expect(refs).toHaveLength(3);
    expect(refs.map((r) => r.place ?? '-').sort()).toEqual(['-', 'Lyon', 'Nanterre']);
    // the newspaper attacked is the target of its attack (incident-sides/organization-is-target)
    expect(refs.some((r) => named(r.participants, 'target').includes('Daily Lantern'))).toBe(true);
    for (const r of refs) {
      expect(named(r.participants, 'perpetrator')).toEqual([]);
      expect(r.killed).toBeNull();
    }
  });

  it('stays one reference for an attack at several sites on one day', () => {
    // dated to its day, as news dates a one-day attack at several sites
    expect(refsOf(trial('15 March 2016', 'Nine people were killed over three days. '))).toHaveLength(1);
    // nothing says the violence spanned days
    expect(refsOf(trial('March 2016', 'Nine people were killed. '))).toHaveLength(1);
  });
});

describe('a clock time and no day anywhere (dates/clock-time-of-the-report-day)', () => {
  const breaking =
    'Deputies are investigating a shooting that left a teenager in critical condition, the Marion County ' +
    "Sheriff's Office said. Deputies said the shooting happened shortly after 3 p.m. on Birch Hollow Lane. " +
    'The boy was taken to a hospital.';

  it("dates the article's main incident with the day of the report", () => {
    const main = incidentsOf('2019-04-14', breaking).find((i) => i.kind === 'shooting');
    expect(main).toBeDefined();
    expect(main!.date).toBe('2019-04-14');
    expect(main!.dateBasis).toBeUndefined();
    expect(main!.merges?.join(' ')).toContain('dates/clock-time-of-the-report-day');
  });

  it('leaves the date as only the day it was reported without a clock time', () => {
    const main = incidentsOf('2019-04-14', breaking.replace(' shortly after 3 p.m.', '')).find(
      (i) => i.kind === 'shooting',
    );
    expect(main).toBeDefined();
    expect(main!.dateBasis).toBe('reported');
  });

  it('switched off (KG_DISABLE_RULES), the day is only the day it was reported', () => {
    const off = extract(
      { published: '2019-04-14', text: breaking },
      withoutRules('dates/clock-time-of-the-report-day'),
    );
    const main = off.entities.find((e): e is IncidentEntity => e.type === 'incident' && e.kind === 'shooting');
    expect(main?.dateBasis).toBe('reported');
  });
});

describe('a clock time with no day (dates/clock-time-of-the-news-day)', () => {
  it('dates an event of the article with the day of its main incident', () => {
    const incs = incidentsOf(
      '2021-03-10',
      'LYON - Police on Tuesday shot dead a gunman who had taken four people hostage in a bakery in Lyon. ' +
        'Officers had surrounded the shop since dawn. Two other men had barricaded themselves inside a warehouse ' +
        'in Villeurbanne after a car chase. Shortly before 4 p.m. the two men came out firing and were shot dead.',
    );
    const siege = incs.find((i) => i.place === 'Villeurbanne');
    expect(siege).toBeDefined();
    expect(siege!.date).toBe('2021-03-09');
    expect(siege!.dateBasis).toBeUndefined();
  });

  it('leaves an event told with a day of its own, or a reference, as it was', () => {
    const incs = incidentsOf(
      '2021-03-10',
      'LYON - Police on Tuesday shot dead a gunman who had taken four people hostage in a bakery in Lyon. ' +
        'In 2019 a man had attacked a bus in Villeurbanne; at about 6 p.m. he stabbed two passengers.',
    );
    const earlier = incs.find((i) => i.place === 'Villeurbanne');
    expect(earlier?.date ?? null).not.toBe('2021-03-09');
  });
});
