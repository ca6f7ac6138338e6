// Cross-article matching of local news: a town and its state, a town one report locates and another does not, a
// victim one report names in full and another by surname.
import { describe, expect, it } from 'vitest';
import {
  divisionEvidence,
  matchIncident,
  participantEvidence,
  placeEvidence,
  type MatchPlace,
} from '../../src/resolution/incident-matcher.js';
import { factsLike } from '../helpers/incident-frames.js';

const cedarRapids: MatchPlace = {
  key: 'place:geo:4850751',
  name: 'Cedar Rapids',
  placeKind: 'city',
  country: 'US',
  lat: 42.008,
  lon: -91.644,
  admin1: 'Iowa',
};
const iowa: MatchPlace = {
  key: 'place:region:iowa',
  name: 'Iowa',
  placeKind: 'region',
  country: 'US',
  lat: 42.075,
  lon: -93.5,
  admin1: 'Iowa',
};
const omaha: MatchPlace = {
  key: 'place:geo:5074472',
  name: 'Omaha',
  placeKind: 'city',
  country: 'US',
  lat: 41.259,
  lon: -95.938,
  admin1: 'Nebraska',
};
const englewoodChicago: MatchPlace = {
  key: 'place:geo:4891176',
  name: 'Englewood',
  placeKind: 'city',
  country: 'US',
  lat: 41.78,
  lon: -87.645,
  admin1: 'Illinois',
};
const englewoodUnplaced: MatchPlace = {
  key: 'place:name:englewood',
  name: 'Englewood',
  placeKind: 'other',
  country: null,
  lat: null,
  lon: null,
};

const report = factsLike({
  kind: 'shooting',
  date: '2016-03-18',
  published: '2016-03-19',
  place: cedarRapids,
  participants: [],
  text: '',
  killed: null,
  injured: null,
});

describe('a town and the state it lies in', () => {
  it('reads the state the gazetteer gives the town, not its distance from the centre of the state', () => {
    // Cedar Rapids is farther from the centre of Iowa than a city may be from its region's point
    const e = placeEvidence(cedarRapids, iowa);
    expect(e.blocked).toBeNull();
    expect(e.points).toBeGreaterThan(0);
    expect(e.why).toMatch(/Cedar Rapids lies in Iowa/);
    expect(placeEvidence(iowa, cedarRapids).blocked).toBeNull();
  });

  it('keeps a town of another state apart, however near the state centre it is', () => {
    expect(placeEvidence(omaha, iowa).blocked).toMatch(/Omaha lies in Nebraska, not in Iowa/);
  });

  it('says nothing when the town has no state, or neither side is a state', () => {
    expect(divisionEvidence({ ...cedarRapids, admin1: null }, iowa)).toBeNull();
    expect(divisionEvidence(cedarRapids, omaha)).toBeNull();
  });

  it('joins a report placed in the town with one placed only in its state', () => {
    const d = matchIncident(report({ key: 'state', place: iowa }), [report({ key: 'town' })]);
    expect(d.match).toBe('town');
    expect(d.reasons.join(' ')).toMatch(/lies in Iowa/);
  });
});

describe('a place one report locates and another does not', () => {
  it('is one place when both write the same name', () => {
    const e = placeEvidence(englewoodChicago, englewoodUnplaced);
    expect(e.blocked).toBeNull();
    expect(e.points).toBeGreaterThan(1);
    expect(e.why).toMatch(/the same name/);
  });

  it('still neither adds nor rules out when the names differ', () => {
    const e = placeEvidence(englewoodChicago, { ...englewoodUnplaced, key: 'place:name:woodlawn', name: 'Woodlawn' });
    expect(e.blocked).toBeNull();
    expect(e.points).toBeLessThan(0);
  });
});

describe('one town name the gazetteer placed at namesakes in two states', () => {
  const englewoodColorado: MatchPlace = {
    key: 'place:geo:5421250',
    name: 'Englewood',
    placeKind: 'city',
    country: 'US',
    lat: 39.648,
    lon: -104.988,
    admin1: 'Colorado',
  };

  it('neither rules the reports apart nor adds', () => {
    const e = placeEvidence(englewoodChicago, englewoodColorado);
    expect(e.blocked).toBeNull();
    expect(e.points).toBe(0);
    expect(e.why).toMatch(/different namesakes/);
  });

  it('joins two reports of one day that other evidence ties together, and no more', () => {
    const words = 'a boy of six found his uncle’s pistol under a sofa on Laflin Street';
    const stored = report({ key: 'il', place: englewoodChicago, text: words });
    expect(matchIncident(report({ key: 'co', place: englewoodColorado, text: words }), [stored]).match).toBe('il');
    // the same name alone, with nothing else in common, is not enough
    const other = report({ key: 'co2', place: englewoodColorado, text: 'a clerk was robbed at a liquor store' });
    expect(
      matchIncident(other, [report({ key: 'il2', place: englewoodChicago, text: 'shots hit a parked van' })]).match,
    ).toBeNull();
  });

  it('still keeps towns of other names apart', () => {
    expect(placeEvidence(englewoodChicago, { ...englewoodColorado, name: 'Littleton' }).blocked).toMatch(/km apart/);
  });
});

describe('a victim named in full by one report and by surname by another', () => {
  const full = { key: 'person:joshua-guzman', name: 'Joshua Guzman', role: 'victim' };
  const surname = { key: 'person:guzman', name: 'Guzman', role: 'victim' };

  it('is the same victim, not a different one', () => {
    const e = participantEvidence([full], [surname]);
    expect(e.points).toBeGreaterThan(0);
    expect(e.why.join(' ')).toMatch(/surname only/);
    expect(e.why.join(' ')).not.toMatch(/different named victims/);
  });

  it('does not read another person of that surname in another role as the victim', () => {
    const e = participantEvidence([full], [{ ...surname, role: 'perpetrator' }]);
    expect(e.why.join(' ')).not.toMatch(/surname only/);
  });

  it('still tells two victims of different names apart', () => {
    const e = participantEvidence([full], [{ key: 'person:maria-lopez', name: 'Maria Lopez', role: 'victim' }]);
    expect(e.points).toBeLessThan(0);
    expect(e.why.join(' ')).toMatch(/different named victims/);
  });
});

describe('a victim named with a nickname or middle name by one report and without by another', () => {
  const plain = { key: 'person:joshua-guzman', name: 'Joshua Guzman', role: 'victim' };
  const nick = { key: 'person:josue-joshua-guzman', name: 'Josue “Joshua” Guzman', role: 'victim' };

  it('is the same victim, not a different one', () => {
    const e = participantEvidence([plain], [nick]);
    expect(e.points).toBeGreaterThan(0);
    expect(e.why.join(' ')).toMatch(/nickname or middle name/);
    expect(e.why.join(' ')).not.toMatch(/different named victims/);
    const middle = participantEvidence(
      [{ key: 'person:jamie-salazar', name: 'Jamie Salazar', role: 'victim' }],
      [{ key: 'person:jamie-lynn-salazar', name: 'Jamie Lynn Salazar', role: 'victim' }],
    );
    expect(middle.why.join(' ')).toMatch(/nickname or middle name/);
  });

  it('still tells apart two people of one family (one surname, other given names)', () => {
    const e = participantEvidence(
      [{ key: 'person:shawn-lenhart', name: 'Shawn Lenhart', role: 'victim' }],
      [{ key: 'person:bentley-james-lenhart', name: 'Bentley James Lenhart', role: 'victim' }],
    );
    expect(e.points).toBeLessThan(0);
    expect(e.why.join(' ')).toMatch(/different named victims/);
  });
});

describe('two reports placed in one county (rule match/same-county)', () => {
  const county: MatchPlace = {
    key: 'place:region:county-US.OH.137',
    name: 'Putnam County',
    placeKind: 'region',
    country: 'US',
    lat: 41.02,
    lon: -84.13,
    admin1: 'Ohio',
  };

  it('weighs more than one state and less than one town', () => {
    const same = placeEvidence(county, { ...county });
    expect(same.blocked).toBeNull();
    expect(same.why).toMatch(/a part of Ohio/);
    expect(same.points).toBeGreaterThan(placeEvidence(iowa, { ...iowa }).points);
    expect(same.points).toBeLessThan(placeEvidence(cedarRapids, { ...cedarRapids }).points);
  });

  it('joins the sheriff’s first report with an undated follow-up two days on', () => {
    const first = report({
      key: 'first',
      place: county,
      date: '2015-10-17',
      published: '2015-10-18',
      killed: 1,
      text:
        'a teenager was killed when a rifle went off as classmates handled guns in a barn behind the house late on ' +
        'Saturday; the coroner came out and pronounced him dead before midnight',
    });
    const later = report({
      key: 'later',
      place: county,
      date: null,
      published: '2015-10-19',
      killed: 1,
      text:
        'a boy of 17 from a nearby town died at a home he was visiting with two classmates; deputies say the death ' +
        'was an accident and they are still looking into it, and his name was released on Monday',
    });
    const d = matchIncident(later, [first]);
    expect(d.match).toBe('first');
    // the county was what carried it over the bar
    expect(d.score - placeEvidence(county, county).points + placeEvidence(iowa, iowa).points).toBeLessThan(3);
  });

  it('reads a town near the county’s point as lying in it, and weighs it as the county', () => {
    const pandora: MatchPlace = {
      key: 'place:geo:5166061',
      name: 'Pandora',
      placeKind: 'city',
      country: 'US',
      lat: 40.948,
      lon: -83.961,
      admin1: 'Ohio',
    };
    const e = placeEvidence(pandora, county);
    expect(e.why).toMatch(/within the county/);
    expect(e.points).toBe(placeEvidence(county, county).points);
    // a town of another state as near the point is not in the county
    expect(placeEvidence({ ...pandora, admin1: 'Indiana' }, county).points).toBeLessThan(e.points);
    // nor is one 100 km away, though it may lie in the county's wider region
    const far = placeEvidence({ ...pandora, lat: 41.9, lon: -84.1 }, county);
    expect(far.blocked).toBeNull();
    expect(far.points).toBeLessThan(e.points);
  });

  it('still keeps two shootings of one county apart when their days differ', () => {
    const a = report({ key: 'a', place: county, date: '2015-10-17', published: '2015-10-18', text: 'a store clerk' });
    const b = report({ key: 'b', place: county, date: '2015-10-20', published: '2015-10-21', text: 'a farm worker' });
    expect(matchIncident(b, [a]).match).toBeNull();
  });
});
