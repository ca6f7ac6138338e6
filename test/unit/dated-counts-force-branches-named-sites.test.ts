import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, OrganizationEntity, PlaceEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const incidentsOf = (text: string, published = '2022-06-01', resources = res) =>
  extract({ text, published }, resources).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('incident/date-is-no-count', () => {
  it('the day and year of a written date do not make attackers before a verb a counted statistic', () => {
    const text =
      'Some 40 people died on 3 May 2018 when suicide bombers tied to a militant faction attacked two markets in Mogadishu.';
    const [inc, ...rest] = incidentsOf(text);
    expect(rest).toHaveLength(0);
    expect(inc!.kind).toBe('bombing');
    expect(inc!.date).toBe('2018-05-03');
    // without the rule the day "3" counts the bombers as a statistic, and the verb alone tells a bare attack
    const off = incidentsOf(text, '2022-06-01', withoutRules('incident/date-is-no-count'));
    expect(off.map((i) => i.kind)).toEqual(['attack']);
  });

  it('a count before the attackers still counts them ("12 bombings were recorded")', () => {
    const incs = incidentsOf('Officials said 12 bombings were recorded across the province during the year.');
    expect(incs).toHaveLength(0);
  });

  it('a day written inside a definite phrase is that event\'s own: "the 2 March raid" stays apart from a later one', () => {
    const text =
      'KANDAHAR, March 9 - Police arrested four men carrying explosives on Tuesday in Kandahar. ' +
      'Officers said the men had been traced after the 2 March arrest of a courier who carried detonators.';
    const arrests = incidentsOf(text, '2022-03-09').filter((i) => i.kind === 'arrest');
    expect(arrests.map((i) => i.date).sort()).toEqual(['2022-03-02', '2022-03-08']);
  });
});

describe('org/force-branch-over-whole', () => {
  const perpetrators = (text: string, resources = res) => {
    const out = extract({ text, published: '2022-01-10' }, resources);
    const orgs = new Map(
      out.entities.filter((e): e is OrganizationEntity => e.type === 'organization').map((e) => [e.id, e]),
    );
    return {
      orgs: [...orgs.values()].map((o) => o.key),
      perps: out.entities
        .filter((e): e is IncidentEntity => e.type === 'incident')
        .flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator'))
        .map((p) => (p.entity ? orgs.get(p.entity)?.key : p.name)),
    };
  };
  const strike =
    'A military air strike on a wedding party near the village of Kafin Dutse in Katsina State killed 30 civilians on Saturday. ' +
    'The Nigerian Army said its aircraft had hit the crowd in error.';

  it("a country's military beside its army in one strike: the strike keeps the army, and no military node is left", () => {
    const { orgs, perps } = perpetrators(strike);
    expect(perps).toContain('org:generic:army:NG');
    expect(perps).not.toContain('org:generic:military:NG');
    expect(orgs).not.toContain('org:generic:military:NG');
    const off = perpetrators(strike, withoutRules('org/force-branch-over-whole'));
    expect(off.perps).toEqual(expect.arrayContaining(['org:generic:army:NG', 'org:generic:military:NG']));
  });

  it('the military alone stays the perpetrator', () => {
    const { perps } = perpetrators(
      'A military air strike on a wedding party near the village of Kafin Dutse in Katsina State killed 30 civilians on Saturday.',
    );
    expect(perps).toContain('org:generic:military:NG');
  });
});

describe('entities/town-name-before-site-noun-abroad', () => {
  const places = (text: string, resources = res) =>
    extract({ text, published: '2022-01-10' }, resources).entities.filter((e): e is PlaceEntity => e.type === 'place');

  it('a name the gazetteer knows only as a town abroad, written before "hotel", is the hotel', () => {
    const text =
      'COLOMBO, Sri Lanka - A guest was robbed at knifepoint at the Shangri-La hotel in Colombo late on Friday, police said.';
    const hotel = places(text).find((p) => p.name === 'Shangri-La');
    expect(hotel?.placeKind).toBe('site');
    expect(hotel?.country).toBe('LK');
    const off = places(text, withoutRules('entities/town-name-before-site-noun-abroad')).find(
      (p) => p.name === 'Shangri-La',
    );
    expect(off?.placeKind).not.toBe('site');
  });

  it("a town of the article's own country before a site noun stays the town", () => {
    const text = 'KABUL, Afghanistan - Gunmen stormed a guesthouse near the Kabul airport on Friday, officials said.';
    const kabul = places(text).find((p) => p.name === 'Kabul');
    expect(kabul?.placeKind).toBe('city');
  });
});

describe('gazetteer: Whitehall is a street of London', () => {
  it('typed a site, not a town', () => {
    const text = 'LONDON - Officials in Whitehall said on Monday that the review of the attack would be published.';
    const w = extract({ text, published: '2022-01-10' }, res).entities.find(
      (e): e is PlaceEntity => e.type === 'place' && e.name === 'Whitehall',
    );
    expect(w?.placeKind).toBe('site');
  });
});
