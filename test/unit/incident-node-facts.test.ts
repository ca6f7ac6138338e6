// What an Incident node says when its reports disagree (issue #10): one name rule ("at" a site, a dateline's capitals
// in normal case), a multi-site attack placed at its city, and one side per participant across reports, the same
// whatever order the reports came in. Places and people are invented for these tests.
import { describe, expect, it } from 'vitest';
import {
  attachmentRows,
  incidentProperties,
  placeChangedPairs,
  placeVerdicts,
  placeVote,
  sideChangedPairs,
  sideVerdicts,
  type StoredFrame,
} from '../../src/graph/incident-frames.js';
import { incidentName, placeInName } from '../../src/ontology/index.js';
import { storedFrame } from '../helpers/incident-frames.js';

/** A stored report of a bombing in Velmora; `over` changes what a test is about. */
function frame(id: string, over: Partial<StoredFrame> = {}): StoredFrame {
  return storedFrame(id, {
    key: `${id}|incident:${id}:1`,
    extractedKey: `incident:${id}:1`,
    name: 'Bombing in Velmora (2023-05-06)',
    kind: 'bombing',
    date: '2023-05-06',
    published: '2023-05-07',
    place: { key: 'place:velmora', name: 'Velmora', placeKind: 'city', country: 'XX', lat: 10, lon: 20 },
    names: [],
    text: '',
    placeName: 'Velmora',
    ...over,
  });
}

const site = (key: string, name: string, lat: number, lon: number) => ({
  place: { key, name, placeKind: 'site', country: 'XX', lat, lon },
  placeName: name,
});

describe('incident names', () => {
  it('puts an incident "at" a site and "in" a city, in extraction and graph alike (one rule)', () => {
    expect(incidentName('siege', { place: 'Orla Tea Rooms', placeKind: 'site', date: '2020-01-02' })).toBe(
      'Siege at Orla Tea Rooms (2020-01-02)',
    );
    expect(incidentName('siege', { place: 'Velmora', placeKind: 'city' })).toBe('Siege in Velmora');
    expect(incidentName('siege', { place: 'Velmora' })).toBe('Siege in Velmora');
  });

  it('puts an incident "on" a bridge or street, and still "at" a square', () => {
    expect(incidentName('vehicle attack', { place: 'Orla Bridge', placeKind: 'site' })).toBe(
      'Vehicle attack on Orla Bridge',
    );
    expect(incidentName('shooting', { place: 'Kestrel Street, Velmora', placeKind: 'site' })).toBe(
      'Shooting on Kestrel Street, Velmora',
    );
    expect(incidentName('shooting', { place: 'Orla Square', placeKind: 'site' })).toBe('Shooting at Orla Square');
    expect(incidentName('shooting', { place: 'Bridge', placeKind: 'city' })).toBe('Shooting in Bridge');
  });

  it("writes a dateline's capitals in normal case and keeps acronyms", () => {
    expect(incidentName('stabbing', { place: 'KESTRAVO' })).toBe('Stabbing in Kestravo');
    expect(placeInName('PORT-SAINT-ELME')).toBe('Port-Saint-Elme');
    expect(placeInName('NEW KESTRAVO')).toBe('New Kestravo');
    expect(placeInName('UK')).toBe('UK');
    expect(placeInName('Kestravo')).toBe('Kestravo');
  });

  it('names a node placed at a site with "at"', () => {
    const a = frame('a', {
      name: 'Siege at Orla Tea Rooms (2023-05-06)',
      kind: 'siege',
      ...site('s:orla', 'Orla Tea Rooms', 10, 20),
    });
    const p = incidentProperties({ key: 'K', members: [a.key], merges: [] }, new Map([[a.key, a]]));
    expect(p['name']).toBe('Siege at Orla Tea Rooms (2023-05-06)');
  });
});

describe('the toll of an incident', () => {
  it('takes the largest count of its reports, a later report that only refers to it included', () => {
    const report = frame('a', { killed: 133 });
    const charges = frame('b', { reference: true, killed: 139, date: null, published: '2023-05-10' });
    const frames = new Map([report, charges].map((f) => [f.key, f]));
    const p = incidentProperties({ key: 'K', members: [report.key, charges.key], merges: [] }, frames);
    expect(p).toMatchObject({ killed: 139, date: '2023-05-06' });
  });
});

describe('place of a multi-site attack', () => {
  const stadium = frame('a', {
    name: 'Bombing at North Stadium (2023-05-06)',
    ...site('s:stadium', 'North Stadium', 10.05, 20),
  });
  const cafe = frame('b', { name: 'Bombing at Lark Cafe', ...site('s:cafe', 'Lark Cafe', 10, 20.03) });
  const city = frame('c', { name: 'Bombing in Velmora' });

  it('places an attack on several sites of one city at the city, with the reason', () => {
    for (const order of [
      [stadium, cafe, city],
      [city, cafe, stadium],
    ]) {
      const { frame: f, reason } = placeVote(order);
      expect(f?.place?.key).toBe('place:velmora');
      expect(reason).toMatch(/multi-site attack: .*2 sites \(Lark Cafe, North Stadium\)/);
    }
    const frames = new Map([stadium, cafe, city].map((f) => [f.key, f]));
    const p = incidentProperties({ key: 'K', members: [stadium.key, cafe.key, city.key], merges: [] }, frames);
    expect(p).toMatchObject({ placeName: 'Velmora', name: 'Bombing in Velmora (2023-05-06)' });
    expect(p['placeReason']).toMatch(/multi-site/);
  });

  it('counts a site that a reference gives, though the reference does not vote for the place', () => {
    const cafeRef = { ...cafe, reference: true };
    expect(placeVote([stadium, city]).frame?.place?.key).toBe('s:stadium');
    const { frame: f, reason } = placeVote([stadium, city], [cafeRef]);
    expect(f?.place?.key).toBe('place:velmora');
    expect(reason).toMatch(/2 sites \(Lark Cafe, North Stadium\)/);
    const frames = new Map([stadium, cafeRef, city].map((f) => [f.key, f]));
    const p = incidentProperties({ key: 'K', members: [stadium.key, cafeRef.key, city.key], merges: [] }, frames);
    expect(p).toMatchObject({ placeName: 'Velmora' });
  });

  it('keeps one site, and keeps the vote where no reported city lies near every site', () => {
    const again = { ...stadium, key: 'd|k', articleId: 'd' };
    expect(placeVote([stadium, again, city]).frame?.place?.key).toBe('s:stadium');
    const far = frame('e', { ...site('s:far', 'Harbour Hall', 14, 25) });
    // no multi-site attack; of the tied places, the town two reports agree with (place/conflicting-tie-to-town)
    for (const order of [
      [stadium, far, city],
      [far, city, stadium],
    ]) {
      const { frame: f, reason } = placeVote(order);
      expect(reason).toBeNull();
      expect(f?.place?.key).toBe('place:velmora');
    }
  });
});

describe('one side per participant across reports', () => {
  const attacker = { key: 'person:oren vask', name: 'Oren Vask' };
  const rel = (label: string) => ({
    type: 'PARTICIPATED_IN' as const,
    from: attacker.key,
    to: '',
    sentenceIds: [],
    evidence: [],
    label,
  });
  const withRole = (id: string, role: string) =>
    frame(id, {
      participants: [{ ...attacker, role }],
      rows: { count: 1, mentions: [], relations: [rel(role)] },
    });
  const a = withRole('a', 'perpetrator');
  const b = withRole('b', 'perpetrator');
  const c = withRole('c', 'victim');
  const labels = (attach: Array<{ f: StoredFrame; key: string }>) =>
    attachmentRows(attach, new Map(), sideVerdicts(attach))
      .relations.map((r) => `${r.articleId}:${r.label}`)
      .sort();

  it('writes no victim link for a man most reports name the attacker, whatever the order', () => {
    const one = [a, b, c].map((f) => ({ f, key: 'K' }));
    const two = [c, b, a].map((f) => ({ f, key: 'K' }));
    expect(labels(one)).toEqual(['a:perpetrator', 'b:perpetrator']);
    expect(labels(two)).toEqual(labels(one));
    const frames = new Map([a, b, c].map((f) => [f.key, f]));
    const p = incidentProperties({ key: 'K', members: [a.key, b.key, c.key], merges: [] }, frames);
    expect(p['sideReasons']).toEqual([expect.stringMatching(/^Oren Vask: perpetrator, not victim: 2 article/)]);
  });

  it('keeps the perpetrator on a tie, and the victim where more articles say so', () => {
    expect(labels([a, c].map((f) => ({ f, key: 'K' })))).toEqual(['a:perpetrator']);
    const d = withRole('d', 'victim');
    expect(labels([a, c, d].map((f) => ({ f, key: 'K' })))).toEqual(['c:victim', 'd:victim']);
  });

  it("rewrites an untouched article's links when a new report changes the verdict", () => {
    // c (victim) was alone on the node; a and b join it: c's pair must be written again
    const before = sideVerdicts([{ f: c, key: 'K' }]);
    const after = sideVerdicts([a, b, c].map((f) => ({ f, key: 'K' })));
    const pairs = sideChangedPairs(
      before,
      after,
      [a, b, c].map((f) => ({ f, key: 'K' })),
    );
    expect(pairs.has('K\u0000c')).toBe(true);
    expect(
      sideChangedPairs(
        after,
        after,
        [a, b, c].map((f) => ({ f, key: 'K' })),
      ).size,
    ).toBe(0);
  });
});

describe('one place per incident across reports (place/one-place-per-incident)', () => {
  const placedAt = (id: string, place: StoredFrame['place']) =>
    frame(id, {
      place,
      placeName: place?.name ?? null,
      rows: {
        count: 1,
        mentions: [],
        relations: place
          ? [{ type: 'LOCATED_IN' as const, from: '', to: place.key, sentenceIds: [], evidence: [], label: null }]
          : [],
      },
    });
  const velmora = { key: 'place:velmora', name: 'Velmora', placeKind: 'city', country: 'XX', lat: 10, lon: 20 };
  // about 3 km from Velmora's point: a site of the town
  const market = { key: 's:market', name: 'Velmora Market', placeKind: 'site', country: 'XX', lat: 10.02, lon: 20.02 };
  // about 300 km away: another town
  const dorne = { key: 'place:dorne', name: 'Dorne', placeKind: 'city', country: 'XX', lat: 12, lon: 21 };
  // a name the gazetteer does not place (a product read as a town)
  const unplaced = {
    key: 'place:name:quillo',
    name: 'Quillo',
    placeKind: 'other',
    country: null,
    lat: null,
    lon: null,
  };
  const located = (attach: Array<{ f: StoredFrame; key: string }>) =>
    attachmentRows(attach, new Map(), new Map(), placeVerdicts(attach))
      .relations.filter((r) => r.type === 'LOCATED_IN')
      .map((r) => `${r.articleId}:${r.to}`)
      .sort();

  it('links the place most reports give and the places that agree with it, not a town elsewhere or an unplaced name', () => {
    const a = placedAt('a', velmora),
      b = placedAt('b', velmora),
      c = placedAt('c', market),
      d = placedAt('d', dorne),
      e = placedAt('e', unplaced);
    const attach = [a, b, c, d, e].map((f) => ({ f, key: 'K' }));
    expect(located(attach)).toEqual(['a:place:velmora', 'b:place:velmora', 'c:s:market']);
    const frames = new Map([a, b, c, d, e].map((f) => [f.key, f]));
    const p = incidentProperties({ key: 'K', members: [...frames.keys()], merges: [] }, frames);
    expect(p['placeKey']).toBe('place:velmora');
    expect(p['placeReason']).toMatch(/^place\/one-place-per-incident: 3 of 5 .*Dorne \(d\); Quillo \(e\)$/u);
  });

  it('leaves every link and gives no reason where the reports agree', () => {
    const attach = [placedAt('a', velmora), placedAt('c', market)].map((f) => ({ f, key: 'K' }));
    expect(located(attach)).toEqual(['a:place:velmora', 'c:s:market']);
    expect(placeVerdicts(attach).size).toBe(0);
  });

  it('on a tie, takes the town over a site placed far from it, and the site where the two agree', () => {
    // the gazetteer put a street of the same name in a town 300 km off
    const street = { key: 's:kell', name: 'Kell Street', placeKind: 'site', country: 'XX', lat: 12.01, lon: 21 };
    expect(placeVote([placedAt('a', street), placedAt('b', velmora)]).frame?.place?.key).toBe('place:velmora');
    expect(placeVote([placedAt('b', velmora), placedAt('a', street)]).frame?.place?.key).toBe('place:velmora');
    expect(placeVote([placedAt('c', market), placedAt('b', velmora)]).frame?.place?.key).toBe('s:market');
    // more votes still win: two reports at the street outvote one at the town
    const twice = [placedAt('a', street), placedAt('f', street), placedAt('b', velmora)];
    expect(placeVote(twice).frame?.place?.key).toBe('s:kell');
  });

  it("rewrites an earlier article's link when a new report moves the node's place", () => {
    // d alone placed the node at Dorne; two reports at Velmora now outvote it, so d's pair is written again
    const d = placedAt('d', dorne),
      a = placedAt('a', velmora),
      b = placedAt('b', velmora);
    const before = placeVerdicts([{ f: d, key: 'K' }]);
    const all = [a, b, d].map((f) => ({ f, key: 'K' }));
    const after = placeVerdicts(all);
    expect(placeChangedPairs(before, after, all).has('K\u0000d')).toBe(true);
    expect(placeChangedPairs(after, after, all).size).toBe(0);
  });
});
