import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const run = (text: string, published = '2022-06-01', resources = res) => {
  const out = extract({ text, published }, resources);
  return {
    incidents: out.entities.filter((e): e is IncidentEntity => e.type === 'incident'),
    places: out.entities.filter((e): e is PlaceEntity => e.type === 'place'),
  };
};

describe('incident/date-is-no-count', () => {
  it('the day and year of a written date do not make attackers before a verb a counted statistic', () => {
    const text =
      'Some 40 people died on 3 May 2018 when suicide bombers tied to a militant faction attacked two markets in Mogadishu.';
    const [inc, ...rest] = run(text).incidents;
    expect(rest).toHaveLength(0);
    expect(inc!.kind).toBe('bombing');
    expect(inc!.date).toBe('2018-05-03');
    // without the rule the day "3" counts the bombers as a statistic, and the verb alone tells a bare attack
    const off = run(text, '2022-06-01', withoutRules('incident/date-is-no-count')).incidents;
    expect(off.map((i) => i.kind)).toEqual(['attack']);
  });

  it('a count before the event word still counts it ("12 bombings were recorded")', () => {
    expect(run('Officials said 12 bombings were recorded across the province during the year.').incidents).toHaveLength(
      0,
    );
  });

  it('a day written inside a definite phrase is that event\'s own: "the 2 March arrest" stays apart from a later one', () => {
    const text =
      'KANDAHAR, March 9 - Police arrested four men carrying explosives on Tuesday in Kandahar. ' +
      'Officers said the men had been traced after the 2 March arrest of a courier who carried detonators.';
    const arrests = run(text, '2022-03-09').incidents.filter((i) => i.kind === 'arrest');
    expect(arrests.map((i) => i.date).sort()).toEqual(['2022-03-02', '2022-03-08']);
  });
});

describe('entities/town-name-before-site-noun-abroad', () => {
  const text =
    'COLOMBO, Sri Lanka - A guest was robbed at knifepoint at the Shangri-La hotel in Colombo late on Friday, police said.';
  it('a name the gazetteer knows only as a town abroad, written before "hotel", is the hotel', () => {
    const hotel = run(text).places.find((p) => p.name === 'Shangri-La');
    expect(hotel?.placeKind).toBe('site');
    expect(hotel?.country).toBe('LK');
    const off = run(text, '2022-06-01', withoutRules('entities/town-name-before-site-noun-abroad')).places;
    expect(off.find((p) => p.name === 'Shangri-La')?.placeKind).not.toBe('site');
  });

  it("a town of the article's own country before a site noun stays the town", () => {
    const kabul = run(
      'KABUL, Afghanistan - Gunmen stormed a guesthouse near the Kabul airport on Friday, officials said.',
    ).places.find((p) => p.name === 'Kabul');
    expect(kabul?.placeKind).toBe('city');
  });
});

describe('place/site-in-main-incident-town', () => {
  // a report filed from the capital about a shooting in another town, naming its sites later without the town
  const lede = (where: string) =>
    'WELLINGTON, New Zealand - Parliament on Tuesday voted to tighten the gun laws, less than three weeks after a gunman ' +
    `killed 22 people ${where}. Ministers said the vote was a first step. ` +
    'The man accused of the 4 May attacks on the Kowhai Chapel and the Rata Hall, a 31-year-old farmer, faces 22 charges of murder and 9 of attempted murder.';

  it('the sites lie in the town where the lede writes sites of their kind, and the reference joins the shooting (its charges too, "and 9 of attempted murder" a charge without its noun)', () => {
    const { incidents, places } = run(lede('at two chapels in Dunedin'));
    const dunedin = places.find((p) => p.name === 'Dunedin')!;
    const chapel = places.find((p) => p.name === 'Kowhai Chapel')!;
    const hall = places.find((p) => p.name === 'Rata Hall')!;
    expect([chapel.lat, chapel.lon]).toEqual([dunedin.lat, dunedin.lon]);
    expect([hall.lat, hall.lon]).toEqual([dunedin.lat, dunedin.lon]);
    expect(chapel.merges?.join(' ')).toContain('place/site-in-main-incident-town');
    const violent = incidents.filter((i) => i.kind !== 'arrest');
    expect(violent).toHaveLength(1);
    expect(violent[0]!.place).toBe('Dunedin');
    expect(violent[0]!.date).toBe('2022-05-04');
    const off = run(lede('at two chapels in Dunedin'), '2022-06-01', withoutRules('place/site-in-main-incident-town'));
    const offChapel = off.places.find((p) => p.name === 'Kowhai Chapel')!;
    expect(offChapel.lat).not.toBe(dunedin.lat);
  });

  it('a lede that writes no site of that kind in the town leaves the site where it was guessed', () => {
    const { places } = run(lede('in Dunedin'));
    const wellington = places.find((p) => p.name === 'Wellington')!;
    const chapel = places.find((p) => p.name === 'Kowhai Chapel')!;
    expect([chapel.lat, chapel.lon]).toEqual([wellington.lat, wellington.lon]);
  });
});

describe('place/series-keeps-its-town', () => {
  const story = (lede: string) =>
    `COLOMBO, Sri Lanka - Officials on Thursday revised the death toll from ${lede} to 180. ` +
    'Police said the leader of the cell had died in the bombing at the Lotus Bay hotel in Colombo.';

  it('a series told at one of its sites stays in the town that holds them', () => {
    const [inc] = run(story('the Sunday bombings'), '2022-06-02').incidents.filter((i) => i.kind === 'bombing');
    expect(inc!.place).toBe('Colombo');
    expect(inc!.merges?.join(' ')).toContain('place/series-keeps-its-town');
    const [off] = run(
      story('the Sunday bombings'),
      '2022-06-02',
      withoutRules('place/series-keeps-its-town'),
    ).incidents;
    expect(off!.place).not.toBe('Colombo');
  });

  it('a single bombing told at its site takes the site', () => {
    const [inc] = run(story('the Sunday bombing'), '2022-06-02').incidents.filter((i) => i.kind === 'bombing');
    expect(inc!.place).not.toBe('Colombo');
  });
});
