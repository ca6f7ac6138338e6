// The cross-article incident matcher on hand-made incidents: what it merges, what it keeps apart, and that every
// decision carries its score and readable reasons.
import { describe, expect, it } from 'vitest';
import {
  dateEvidence,
  kindEvidence,
  matchIncident,
  scoreCandidate,
  placeEvidence,
  wordWeight,
  textSimilarity,
  contentWords,
  referenceReachStart,
  type MatchPlace,
} from '../../src/resolution/incident-matcher.js';
import { factsLike } from '../helpers/incident-frames.js';

const city = (key: string, name: string, lat: number, lon: number, country = 'FR'): MatchPlace => ({
  key,
  name,
  placeKind: 'city',
  country,
  lat,
  lon,
});
const rouen = city('place:geo:rouen', 'Rouen', 49.443, 1.1);
const leHavre = city('place:geo:lehavre', 'Le Havre', 49.494, 0.107);
const normandy: MatchPlace = {
  key: 'place:region:normandy',
  name: 'Normandy',
  placeKind: 'region',
  country: 'FR',
  lat: 49.18,
  lon: 0.37,
};
const france: MatchPlace = {
  key: 'place:country:FR',
  name: 'France',
  placeKind: 'country',
  country: 'FR',
  lat: 46,
  lon: 2,
};
const quaySite: MatchPlace = {
  key: 'place:name:rouen-quay',
  name: 'Rouen Quay',
  placeKind: 'site',
  country: null,
  lat: null,
  lon: null,
};

const incident = factsLike({
  kind: 'shooting',
  date: '2024-09-14',
  published: '2024-09-14',
  place: rouen,
  participants: [],
  text: '',
  killed: null,
  injured: null,
});

describe('kind evidence', () => {
  it('scores the same kind above one family and rules out different families', () => {
    expect(kindEvidence('shooting', 'shooting').points).toBeGreaterThan(kindEvidence('shooting', 'murder').points);
    expect(kindEvidence('shooting', 'murder').blocked).toBeNull();
    expect(kindEvidence('attack', 'bombing').blocked).toBeNull();
    expect(kindEvidence('arrest', 'shooting').blocked).toMatch(/different kinds/);
    expect(kindEvidence('kidnapping', 'bombing').blocked).not.toBeNull();
  });

  it("gives the same verdict when asked again, and a caller's own lexicon its own verdict", () => {
    const first = kindEvidence('kidnapping', 'bombing');
    expect(kindEvidence('kidnapping', 'bombing')).toEqual(first);
    expect(kindEvidence('bombing', 'kidnapping').blocked).not.toBeNull();
    // the verdict kept for the default lexicon is not given under another one
    const families = { harm: ['kidnapping', 'bombing'] };
    expect(kindEvidence('kidnapping', 'bombing', { families })).toMatchObject({ points: 0.6, blocked: null });
    expect(kindEvidence('kidnapping', 'bombing').blocked).toBe(first.blocked);
    expect(kindEvidence('kidnapping', null)).toMatchObject({ points: 0, blocked: null });
  });
});

describe('place evidence', () => {
  it('accepts a place within another by its parents or distance, and keeps other towns apart', () => {
    expect(placeEvidence(rouen, { ...rouen }).points).toBeGreaterThan(1);
    expect(placeEvidence({ ...rouen, parents: [normandy.key] }, normandy).blocked).toBeNull();
    expect(placeEvidence(rouen, normandy).blocked).toBeNull();
    expect(placeEvidence(rouen, france).blocked).toBeNull();
    expect(placeEvidence(rouen, leHavre).blocked).toMatch(/km apart/);
    expect(placeEvidence(rouen, city('place:geo:x', 'Mons', 50.45, 3.95, 'BE')).blocked).toMatch(/different countries/);
  });

  it('lets a site named after its city lie in it, and an unknown place block nothing', () => {
    expect(placeEvidence(quaySite, rouen).why).toMatch(/lies in Rouen/);
    expect(placeEvidence(null, rouen)).toEqual({ points: 0, blocked: null, why: 'place unknown on one side' });
    const unlocated: MatchPlace = { ...quaySite, key: 'place:name:old-mill', name: 'Old Mill' };
    expect(placeEvidence(unlocated, rouen).blocked).toBeNull();
  });
});

describe('date evidence', () => {
  it('reads each date with its precision', () => {
    const a = incident({ key: 'a', date: '2024-09-14' });
    expect(dateEvidence(a, incident({ key: 'b', date: '2024-09-14' })).points).toBe(1.5);
    expect(dateEvidence(a, incident({ key: 'b', date: '2024-09-15' })).blocked).toBeNull();
    expect(dateEvidence(a, incident({ key: 'b', date: '2024-09-20' })).blocked).toMatch(/6 days apart/);
    expect(dateEvidence(a, incident({ key: 'b', date: '2024-09' })).blocked).toBeNull();
    expect(dateEvidence(a, incident({ key: 'b', date: '2024-10' })).blocked).not.toBeNull();
  });

  it('keeps police operations written on days more than one apart apart (rule match/one-day-operations)', () => {
    const raid = incident({ key: 'a', kind: 'raid', date: '2016-03-15' });
    expect(dateEvidence(raid, incident({ key: 'b', kind: 'arrest', date: '2016-03-18' })).blocked).toMatch(
      /police operations 3 days apart/,
    );
    // a day apart may be one operation reported on either side of midnight
    expect(dateEvidence(raid, incident({ key: 'b', kind: 'arrest', date: '2016-03-16' })).blocked).toBeNull();
    // attacks keep the wider window
    const attack = incident({ key: 'a', kind: 'shooting', date: '2016-03-15' });
    expect(dateEvidence(attack, incident({ key: 'b', kind: 'shooting', date: '2016-03-18' })).blocked).toBeNull();
  });

  it('keeps reports dated days apart whose scenes lie on different streets apart (rule match/days-apart-other-street)', () => {
    const first = incident({
      key: 'a',
      kind: 'shooting',
      date: '2019-06-02',
      text: 'A man was shot dead in the 1200 block of Linden Avenue early Sunday.',
    });
    const other = (text: string, date: string) => incident({ key: 'b', kind: 'shooting', date, text });
    expect(
      dateEvidence(first, other('A woman was killed by gunfire at 45 Quarry Road on Wednesday.', '2019-06-05')).blocked,
    ).toMatch(/different streets/);
    // the same street, another way of writing its number: may be one event told again
    expect(
      dateEvidence(first, other('He was found shot at 1214 Linden Ave. on Wednesday.', '2019-06-05')).blocked,
    ).toBeNull();
    // a day apart (a late-night event), or one side giving no address: the dates decide as before
    expect(
      dateEvidence(first, other('A woman was killed by gunfire at 45 Quarry Road.', '2019-06-03')).blocked,
    ).toBeNull();
    expect(dateEvidence(first, other('A woman was killed by gunfire on Wednesday.', '2019-06-05')).blocked).toBeNull();
  });

  it('compares an undated report through its publication, which may not come before the event', () => {
    const dated = incident({ key: 'a', date: '2024-09-14' });
    expect(dateEvidence(dated, incident({ key: 'b', date: null, published: '2024-09-15' })).blocked).toBeNull();
    expect(dateEvidence(dated, incident({ key: 'b', date: null, published: '2024-09-10' })).blocked).toMatch(
      /before the event/,
    );
    expect(dateEvidence(dated, incident({ key: 'b', date: null, published: '2025-09-14' })).blocked).not.toBeNull();
  });
});

describe('a reference with a month or year of its own', () => {
  it('matches only a stored event dated within it', () => {
    const stored = incident({ key: 'a', date: '2015-01-08', published: '2015-01-09' });
    const ref = (datePeriod: string | null) =>
      incident({ key: 'b', date: null, published: '2020-12-16', reference: true, datePeriod });
    expect(dateEvidence(ref('2020-10'), stored).blocked).toMatch(
      /a reference to 2020-10, the stored one dated 2015-01-08/,
    );
    expect(dateEvidence(ref('2015'), stored).blocked).toBeNull();
    expect(dateEvidence(ref('2015-01'), stored).blocked).toBeNull();
    // with no period of its own, any earlier event of the ten years before will do
    expect(dateEvidence(ref(null), stored).blocked).toBeNull();
  });
});

describe('a reference with no date, month or year of its own (rule incidents/reference-reach)', () => {
  const ref = incident({ key: 'r', date: null, published: '2024-06-10', reference: true });
  it('reaches back ten years from its article', () => {
    expect(dateEvidence(ref, incident({ key: 'a', date: '2021-06-01', published: '2021-06-01' })).blocked).toBeNull();
    expect(dateEvidence(ref, incident({ key: 'a', date: '2014-06-10', published: '2014-06-10' })).blocked).toBeNull();
    expect(dateEvidence(ref, incident({ key: 'a', date: '2014-06-09', published: '2014-06-09' })).blocked).toMatch(
      /more than 3653 days before/,
    );
    // an undated stored report by its publication
    expect(dateEvidence(ref, incident({ key: 'a', date: null, published: '2012-01-05' })).blocked).toMatch(
      /first reported 2012-01-05, more than 3653 days before/,
    );
  });
  it('reaches as far back as the year or month it names', () => {
    expect(referenceReachStart('2024-06-10', null)).toBe('2014-06-10');
    expect(referenceReachStart('2024-06-10', '2009')).toBe('2009-01-01');
    expect(referenceReachStart('2024-06-10', '2009-10')).toBe('2009-10-01');
    // a period within the reach changes nothing; a publication that is no date sets no bound
    expect(referenceReachStart('2024-06-10', '2019-03')).toBe('2014-06-10');
    expect(referenceReachStart('', null)).toBe('');
  });
  it('lets a reference naming its year reach past ten years', () => {
    const named = incident({ key: 'r', date: null, published: '2024-06-10', reference: true, datePeriod: '2009' });
    expect(dateEvidence(named, incident({ key: 'a', date: '2009-07-07', published: '2009-07-07' })).blocked).toBeNull();
  });
});

describe("a date around its report's publication", () => {
  it('reads it as an undated report of an earlier event within the report lag, and no further', () => {
    const event = incident({ key: 'a', date: '2024-09-14' });
    // dated the day before its publication, four days after the event: a revised toll, a charge
    const revised = dateEvidence(event, incident({ key: 'b', date: '2024-09-18', published: '2024-09-19' }));
    expect(revised.blocked).toBeNull();
    expect(revised.why).toMatch(/around its publication/);
    // eleven days on: another event
    expect(
      dateEvidence(event, incident({ key: 'b', date: '2024-09-25', published: '2024-09-25' })).blocked,
    ).not.toBeNull();
    // a date well before its own publication is the article's reading of when it happened: compared as it is
    expect(dateEvidence(event, incident({ key: 'b', date: '2024-09-19', published: '2024-09-28' })).blocked).toMatch(
      /5 days apart/,
    );
  });
});

describe('describing sentences', () => {
  it('weighs words every incident report uses below names and details', () => {
    expect(wordWeight('shooting')).toBeLessThan(1);
    expect(wordWeight('year-old')).toBeLessThan(1);
    expect(wordWeight('dubreuil')).toBe(1);
    const a = incident({
      key: 'a',
      place: null,
      text: 'A 17-year-old was shot outside his home on Rue Verte; the Lycée Corneille pupil died in hospital.',
    });
    const generic = incident({
      key: 'b',
      text: 'A man was shot near the Saint-Sever station car park and died in hospital after the shooting.',
    });
    const named = incident({ key: 'c', text: 'Police said Marcel Dubreuil was shot and died in hospital.' });
    const withName = incident({
      key: 'd',
      place: null,
      text: 'Marcel Dubreuil, 17, was shot outside his home; police said he died in hospital.',
    });
    // same kind and day, one place unknown: shared common words alone do not make one event, a shared name does
    expect(matchIncident(a, [generic]).match).toBeNull();
    expect(matchIncident(withName, [named]).match).toBe('c');
  });

  it('weighs names only some incidents share above words all of them use', () => {
    const texts = [
      'Gunfire at a bakery on Quai Cartier left the owner Marcel Dubreuil wounded',
      'Marcel Dubreuil was hurt when shots hit the bakery',
      'Shots hit a bar on Rue Verte',
      'Shots wounded a taxi driver',
    ];
    const corpus = texts.map(contentWords);
    expect(textSimilarity(texts[0]!, texts[1]!, corpus)).toBeGreaterThan(textSimilarity(texts[2]!, texts[3]!, corpus));
    expect(textSimilarity('', texts[1]!, corpus)).toBe(0);
  });
});

describe('matchIncident', () => {
  it('merges two reports of one event and says why, with a score', () => {
    const stored = incident({ key: 'stored', text: 'Gunman kills two outside Rouen bakery' });
    const fresh = incident({ key: 'fresh', text: 'Two dead after shooting at a bakery in Rouen' });
    const d = matchIncident(fresh, [stored]);
    expect(d.match).toBe('stored');
    expect(d.score).toBeGreaterThanOrEqual(3);
    expect(d.reasons.join('; ')).toMatch(/same kind \(shooting\).*same place Rouen.*same date 2024-09-14/);
  });

  it('never merges two incidents of one article', () => {
    const stored = incident({ key: 'stored', articleIds: ['art-1'] });
    const d = matchIncident(incident({ key: 'fresh', articleIds: ['art-1'] }), [stored]);
    expect(d.match).toBeNull();
    expect(d.candidates[0]!.blocked).toMatch(/same article/);
  });

  it('keeps sister events apart: another town, another week, other named perpetrators', () => {
    const base = incident({
      key: 'fresh',
      participants: [{ key: 'person:jean roux', name: 'Jean Roux', role: 'perpetrator' }],
    });
    expect(matchIncident(base, [incident({ key: 'havre', place: leHavre })]).match).toBeNull();
    expect(matchIncident(base, [incident({ key: 'later', date: '2024-09-21' })]).match).toBeNull();
    const other = incident({
      key: 'other',
      date: '2024-09-15',
      participants: [{ key: 'person:luc vidal', name: 'Luc Vidal', role: 'perpetrator' }],
    });
    const d = matchIncident(base, [other]);
    expect(d.match).toBeNull();
    expect(d.candidates[0]!.reasons.join(' ')).toMatch(/different named perpetrators/);
  });

  it('lets shared people and sentences carry a match when one side has no place', () => {
    const stored = incident({
      key: 'stored',
      text: 'Marcel Dubreuil, a baker, was shot dead in Rouen',
      participants: [{ key: 'person:marcel dubreuil', name: 'Marcel Dubreuil', role: 'victim' }],
    });
    const fresh = incident({
      key: 'fresh',
      place: null,
      date: null,
      published: '2024-09-15',
      text: 'Friends mourn Marcel Dubreuil, the baker shot dead at his shop',
      participants: [{ key: 'person:marcel dubreuil', name: 'Marcel Dubreuil', role: 'victim' }],
    });
    const d = matchIncident(fresh, [stored, incident({ key: 'bar', text: 'Shots hit a bar on Rue Verte' })]);
    expect(d.match).toBe('stored');
    expect(d.reasons.join(' ')).toMatch(/both name Marcel Dubreuil as victim/);
    // the same report with nothing shared stays apart
    expect(matchIncident({ ...fresh, participants: [], text: 'A quiet town mourns' }, [stored]).match).toBeNull();
  });

  it('is deterministic on ties: the earlier key wins', () => {
    const a = incident({ key: 'b-node' }),
      b = incident({ key: 'a-node' });
    expect(matchIncident(incident({ key: 'fresh' }), [a, b]).match).toBe('a-node');
  });
});

describe('names the reporting articles share', () => {
  it('ties two unplaced reports through a rarely named person, not through a famous one', () => {
    const stored = incident({
      key: 'stored',
      place: null,
      date: null,
      published: '2024-09-14',
      text: 'Odile Marchal was shot on her doorstep',
      names: [{ key: 'person:odile marchal', name: 'Odile Marchal', articles: 2 }],
    });
    const fresh = incident({
      key: 'fresh',
      place: null,
      date: null,
      published: '2024-09-15',
      text: 'Neighbours describe the night Odile Marchal was shot',
      names: [{ key: 'person:odile marchal', name: 'Odile Marchal' }],
    });
    const d = matchIncident(fresh, [stored]);
    expect(d.match).toBe('stored');
    expect(d.reasons.join(' ')).toMatch(/name the same people \(Odile Marchal\)/);
    const famous = {
      ...stored,
      text: 'The President spoke after a shooting',
      names: [{ key: 'person:president', name: 'The President', articles: 500 }],
    };
    expect(
      matchIncident(
        {
          ...fresh,
          text: 'A shooting; the President spoke',
          names: [{ key: 'person:president', name: 'The President' }],
        },
        [famous],
      ).match,
    ).toBeNull();
  });
});

describe('a stated toll of 0 (casualty/none-killed)', () => {
  it('is no evidence against a later report with deaths: first reports often say no one was hurt', () => {
    const early = incident({ key: 'a', killed: 0 });
    const later = incident({ key: 'b', killed: 5 });
    const s = scoreCandidate(early, later, []);
    expect(s.reasons.join('; ')).not.toMatch(/death tolls/);
  });
});
