// A conflict report as wire services write them: a raid by gunmen is their attack, "overnight" gives way to the day a
// later sentence writes out, and the groups said to carry out "repeated attacks" in the region are background, not the
// attackers (rules incidents/armed-raid-noun, dates/written-day-first, dates/written-day-refines,
// incidents/claim-of-set-aside-events; approximateCount in data/lexicons/incident-context.json).
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { fixture } from './extract-incidents.fixtures.js';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

const REPORT = [
  'Gunmen on motorbikes killed at least 14 villagers in an overnight raid on a village near Santa Clara, officials said on Wednesday.',
  'The attackers arrived shortly after midnight on Tuesday and opened fire on residents.',
  'No group claimed responsibility.',
  'Militants linked to the NLF have carried out repeated attacks in the region, where more than 400 civilians were killed last year.',
].join(' ');

describe('a village raid by gunmen, told as a conflict report', () => {
  const incs = roleIncidentsOf(REPORT);

  it('is one attack, not a police raid beside a shooting (incidents/armed-raid-noun)', () => {
    expect(incs).toHaveLength(1);
    expect(incs[0]!.kind).not.toBe('raid');
  });

  it('counts the 14 killed, not the year\'s 400 (approximateCount: "repeated attacks" stand for many events)', () => {
    expect(incs[0]!.killed).toBe(14);
  });

  it('has no group as its perpetrator: the group of "repeated attacks" is background', () => {
    expect(role(incs, 'perpetrator', false)).toEqual([]);
    expect(role(incs, 'perpetrator', true)).toContain('Gunmen');
  });

  it('is dated to the night the body writes out (Tuesday), not the day of publication (dates/written-day-refines)', () => {
    expect(incs[0]!.date).toBe('2021-03-09');
  });
});

describe('a day written out beats "overnight" in the same sentence (dates/written-day-first)', () => {
  it('"in an overnight attack … on Sunday" is Sunday', () => {
    const incs = roleIncidentsOf(
      'Gunmen killed 12 villagers in an overnight attack on a village near Santa Clara on Sunday.',
    );
    expect(incs[0]!.date).toBe('2021-03-07');
  });

  it('"overnight" alone is still the day of publication', () => {
    const incs = roleIncidentsOf('Gunmen killed 12 villagers in an overnight attack on a village near Santa Clara.');
    expect(incs[0]!.date).toBe('2021-03-10');
  });
});

describe('a raid by the police or troops stays a raid', () => {
  it('"Police killed two suspects in a raid on a house"', () => {
    const { doc, entities } = fixture(
      { text: 'Police killed two suspects in a raid on a house in Santa Clara on Sunday.', published: '2021-03-10' },
      [{ type: 'place', name: 'Santa Clara', country: 'CU' }],
    );
    expect(findIncidents(doc, entities)[0]!.kind).toBe('raid');
  });
});
