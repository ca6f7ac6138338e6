// Rule incidents/follow-up-not-ruled-out (src/resolution/incident-clustering.ts): a later report that names the victim
// of an earlier shooting is not kept out of that shooting's incident by its publication lag when another report ties
// the two (a charge story that joined the report of the day before it). A later report naming nobody of the shooting
// is not let in by the rule. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { reportsLike } from '../helpers/incident-frames.js';
import { clusterFrames, personFollowUp } from '../../src/resolution/incident-clustering.js';
import type { MatchPlace } from '../../src/resolution/incident-matcher.js';

const millbrook: MatchPlace = {
  key: 'place:geo:millbrook',
  name: 'Millbrook',
  placeKind: 'city',
  country: 'US',
  lat: 39.42,
  lon: -104.1,
  admin1: 'Colorado',
};
const victim = { key: 'person:corin vale', name: 'Corin Vale', role: 'victim' };
const clerk = { key: 'person:abel tunsted', name: 'Abel Tunsted', role: 'suspect' };

const report = reportsLike({
  name: 'Shooting in Millbrook',
  kind: 'shooting',
  date: '2016-04-01',
  published: '2016-04-02',
  place: millbrook,
  participants: [victim],
  names: [{ key: victim.key, name: victim.name }],
  text: 'A boy of fourteen, Corin Vale, was shot dead inside a pawn shop on Quarry Road in Millbrook on Friday.',
  killed: 1,
  injured: null,
  reference: false,
});

// the shooting, told the day after
const shooting = report('a');
// the charge, dated on its own day four days on, unplaced: it names the victim and the clerk
const charge = report('b', {
  date: '2016-04-05',
  published: '2016-04-05',
  place: null,
  participants: [clerk],
  names: [
    { key: victim.key, name: victim.name },
    { key: clerk.key, name: clerk.name },
  ],
  text: 'The pawn shop clerk Abel Tunsted was charged on Tuesday with murder in the shooting of Corin Vale at the pawn shop.',
});
// the bail hearing, undated, six days after the shooting: past the lag an undated report of the day may have
const hearing = report('c', {
  date: null,
  published: '2016-04-07',
  participants: [victim, clerk],
  names: [
    { key: victim.key, name: victim.name },
    { key: clerk.key, name: clerk.name },
  ],
  text: 'A judge let the pawn shop clerk Abel Tunsted, charged with murder in the shooting of Corin Vale, stay free on bail.',
});

describe('a later report that names the victim, tied to the shooting by another report', () => {
  it('joins the shooting with the report that ties them, and says why beside the link', () => {
    expect(personFollowUp(hearing, shooting)).not.toBeNull();
    const c = clusterFrames([shooting, charge, hearing]);
    const node = c.assignment.get(shooting.key);
    expect(c.assignment.get(charge.key)).toBe(node);
    expect(c.assignment.get(hearing.key)).toBe(node);
    const reasons = c.incidents.flatMap((i) => i.merges).flatMap((m) => m.reasons);
    expect(reasons.some((r) => /follow-up-not-ruled-out/.test(r) && /Corin Vale \(victim\)/.test(r))).toBe(true);
  });

  it('is not let in by the rule when it names nobody of the shooting', () => {
    const other = {
      ...hearing,
      participants: [clerk],
      names: [{ key: clerk.key, name: clerk.name }],
      text: 'A judge let the pawn shop clerk Abel Tunsted, charged with murder, stay free on bail.',
    };
    expect(personFollowUp(other, shooting)).toBeNull();
    const c = clusterFrames([shooting, charge, other]);
    const reasons = c.incidents.flatMap((i) => i.merges).flatMap((m) => m.reasons);
    expect(reasons.some((r) => /follow-up-not-ruled-out/.test(r))).toBe(false);
  });
});
