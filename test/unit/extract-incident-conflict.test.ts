// Conflict-event kinds, background places, dates with precision, casualty lists and revised tolls, described
// participants. Sentences are written for these tests (places are invented or generic); entities are hand-built
// (extract-incidents.fixtures.ts) so the tests do not depend on the entity extractor.
import { describe, expect, it } from 'vitest';
import { casualtiesIn, resolveToll } from '../../src/extract/casualties.js';
import { datesIn } from '../../src/extract/dates.js';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { incidentKindInfo, INCIDENT_KINDS } from '../../src/ontology/index.js';
import { fixture } from './extract-incidents.fixtures.js';
import { res } from '../helpers/resources.js';

const PLACES = [
  { type: 'place' as const, name: 'Valdora', country: 'VD' },
  { type: 'place' as const, name: 'Kessin', country: 'VD' },
  { type: 'place' as const, name: 'Marrow Province', placeKind: 'region' as const, country: 'VD' },
  { type: 'place' as const, name: 'Ostrava Republic', placeKind: 'country' as const, country: 'OR' },
  { type: 'place' as const, name: 'Tarsia', placeKind: 'country' as const, country: 'TA' },
];

function incidentsOf(text: string, published?: string, extra: Parameters<typeof fixture>[1] = []): IncidentEntity[] {
  const { doc, entities } = fixture({ text, ...(published ? { published } : {}) }, [...PLACES, ...extra]);
  return findIncidents(doc, entities);
}

const only = (text: string, published = '2022-09-14') => {
  const incs = incidentsOf(text, published);
  expect(incs, text).toHaveLength(1);
  return incs[0]!;
};

describe('conflict kinds', () => {
  it('every conflict kind is in the ontology with a family and a violent flag', () => {
    for (const k of [
      'air strike',
      'shelling',
      'grenade attack',
      'ambush',
      'armed clash',
      'abduction',
      'assassination',
      'mass killing',
      'hostage-taking',
      'arson',
    ]) {
      expect(INCIDENT_KINDS).toContain(k);
      expect(incidentKindInfo(k).violent).toBe(true);
      expect(incidentKindInfo(k).family).not.toBe('other');
    }
  });

  it.each([
    ['A hand grenade was thrown at a police patrol in Kessin on Monday, wounding three officers.', 'grenade attack'],
    ['Militants lobbed a grenade into a crowded bus station in Valdora.', 'grenade attack'],
    ['Fighter jets struck a fuel depot outside Kessin overnight, killing four guards.', 'air strike'],
    ['A drone strike on a compound in Marrow Province killed two commanders on Sunday.', 'air strike'],
    ['The air force bombed two villages near Kessin on Monday, killing five farmers.', 'air strike'],
    ['Witnesses said the army used helicopters and jets to bomb a market in Valdora.', 'air strike'],
    ['Artillery fire hit a school in Kessin on Tuesday, injuring 11 pupils.', 'shelling'],
    ['Villages near Valdora were shelled for a second night.', 'shelling'],
    ['Insurgents ambushed an army supply column near Kessin, killing six soldiers.', 'ambush'],
    ['Fierce clashes between government troops and rebel fighters in Marrow Province left nine dead.', 'armed clash'],
    ['Two engineers were abducted from a construction site in Valdora on Friday.', 'abduction'],
    ['The district governor was assassinated outside his home in Kessin on Saturday.', 'assassination'],
    ['Armed men set fire to a clinic in Valdora on Monday.', 'arson'],
    ['Gunmen took 14 workers hostage at a mine near Kessin on Thursday.', 'hostage-taking'],
    ['At least 40 villagers died in a mass killing in Marrow Province last week.', 'mass killing'],
  ])('%s → %s', (text, kind) => {
    expect(only(text).kind).toBe(kind);
  });

  it('a short note with only an agent and a verb of harm is an incident: "gunmen killed an officer"', () => {
    const inc = only('Gunmen killed a police officer in Kessin.');
    expect(inc.kind).toBe('shooting');
    expect(inc.participants.filter((p) => p.described).map((p) => [p.role, p.name])).toEqual([
      ['perpetrator', 'Gunmen'],
      ['victim', 'officer'],
    ]);
    expect(only('Unknown attackers killed a village chief in Valdora.').kind).toBe('attack');
  });

  it('striking a deal is no strike, and aircraft used for anything but an attack make no air strike', () => {
    expect(incidentsOf('The air force struck a deal with an engine maker in Valdora on Monday.', '2022-09-14')).toEqual(
      [],
    );
    expect(incidentsOf('The ministry used drones to survey the flooded farms near Kessin.', '2022-09-14')).toEqual([]);
  });

  it('a verb of harm that sums up a story is not the event of its agent noun', () => {
    const incs = incidentsOf('Nine people were killed over the two days, not counting the gunmen.', '2022-09-14');
    expect(incs.every((i) => i.killed === null)).toBe(true);
  });
});

describe('no invented incidents', () => {
  it("a country named as biography, journey or an armed group's qualifier does not place an incident", () => {
    expect(
      incidentsOf('Police named the attackers as two brothers, both born in Tarsia.', '2022-09-14').map((i) => i.place),
    ).not.toContain('Tarsia');
    expect(incidentsOf('The letters were sent to the families of soldiers killed in Tarsia.', '2022-09-14')).toEqual(
      [],
    );
    const withGroup = incidentsOf(
      'During the siege in Kessin the gunman said he acted for the Northern Front in Tarsia.',
      '2022-09-14',
      [{ type: 'organization', name: 'Northern Front', kind: 'armed_group' }],
    );
    expect(withGroup.map((i) => i.place)).toEqual(['Kessin']);
  });

  it("a country that is the subject of a verb is not the attack's premodifier", () => {
    const incs = incidentsOf(
      'The bombing in Kessin killed five people. The government of Tarsia condemned the attack.',
      '2022-09-14',
    );
    expect(incs.map((i) => i.place)).toEqual(['Kessin']);
  });

  it('running totals, accidents and threats are not incidents', () => {
    expect(incidentsOf('More than 12,000 people have been killed in the conflict since 2014.', '2022-09-14')).toEqual(
      [],
    );
    expect(incidentsOf('Some 300 attacks were recorded over the past decade.', '2022-09-14')).toEqual([]);
    expect(incidentsOf('Two people died when their car left the road near Valdora.', '2022-09-14')).toEqual([]);
    expect(incidentsOf('The group threatened to bomb the airport in Kessin.', '2022-09-14')).toEqual([]);
    expect(incidentsOf('A speaker was believed to have been killed in Tarsia.', '2022-09-14')).toEqual([]);
  });
});

describe('dates with precision', () => {
  it('a day is anchored to publication; a month without a day is kept as a month, not invented as a day', () => {
    const day = only('Rebels ambushed a convoy near Kessin on Tuesday, killing two.', '2022-09-14');
    expect([day.date, day.datePrecision]).toEqual(['2022-09-13', 'day']);
    const month = only('A car bomb exploded in Valdora in March 2021, killing three.', '2022-09-14');
    expect([month.date, month.datePrecision, month.datePeriod]).toEqual([null, 'month', '2021-03']);
    expect(
      datesIn('It happened in 2019.', 0, new Date(Date.UTC(2022, 0, 1)), undefined, res.words).map((d) => [
        d.iso,
        d.precision,
      ]),
    ).toEqual([['2019', 'year']]);
  });

  it('a written date after publication is flagged on the incident, not stored as its date', () => {
    const inc = only('A bomb exploded at a market in Kessin on 20 October 2022, killing three.', '2022-09-14');
    expect(inc.date).toBeNull();
    expect(inc.dateFlag).toMatchObject({ reason: 'after-publication', date: '2022-10-20', text: 'on 20 October 2022' });
  });

  it('an undated article gets an undated incident for a relative date', () => {
    const [inc, ...rest] = incidentsOf('Gunmen shot dead two guards at a bank in Kessin on Friday.');
    expect(rest).toEqual([]);
    expect(inc!.date).toBeNull();
    expect(inc!.datePrecision).toBeNull();
    expect(inc!.killed).toBe(2);
  });
});

describe('casualties', () => {
  const counts = (s: string) => casualtiesIn(res.incidents.casualties, s).map((c) => [c.what, c.count]);

  it('counts listed victims, number words and "at least"', () => {
    expect(counts('A teacher, a nurse and a bus driver were killed.')).toEqual([['killed', 3]]);
    expect(counts('Two children and a woman were wounded.')).toEqual([['injured', 3]]);
    expect(counts('At least twenty-three people were killed.')).toEqual([['killed', 23]]);
    expect(counts('The gunmen shot dead two hundred villagers.')).toEqual([['killed', 200]]);
    expect(counts('The blast killed a dozen people.')).toEqual([['killed', 12]]);
    // "12 years" is no count; "was killed" is one person (casualty/one-was-killed)
    expect(counts('He served 12 years in prison and was killed.')).toEqual([['killed', 1]]);
  });

  it('a verb of harm after a vague count of people counts victims, not events (incident/approximate-count)', () => {
    const a = only('On 26 September, militiamen clashed with soldiers in Kessin. At least 8 people were killed.');
    expect(a.killed).toBe(8);
    const b = only('On 26 September, militiamen clashed with soldiers in Kessin. More than 12 people were wounded.');
    expect(b.injured).toBe(12);
    // a vague count of events still generalises: no incident of its own
    expect(incidentsOf('Dozens of attacks were recorded in the province last year.')).toHaveLength(0);
  });

  it('a vague count of people before a clause that tells the event counts those people, not events (incident/approximate-count)', () => {
    const a = only('Four people were killed and several hurt when a car bomb went off in Kessin on Monday.');
    expect(a.kind).toBe('bombing');
    expect(a.killed).toBe(4);
    // the near miss: a vague count right before the event word still generalises
    expect(incidentsOf('Several car bombings went off in Kessin last year.')).toHaveLength(0);
    // a vague duration before a preposition of time tells no event of its own
    expect(incidentsOf('They were caught in a car near Kessin several hours after the attack.')).toHaveLength(0);
  });

  it('a revised toll later in the article replaces the earlier figure, even in a sentence without an incident word', () => {
    const a = only(
      'Three people were killed in a bombing in Kessin on Friday. The toll later rose to 19.',
      '2022-09-14',
    );
    expect(a.killed).toBe(19);
    const b = only(
      'The death toll from the bombing in Kessin was cut to 41. Earlier reports said 60 people had been killed in the bombing.',
      '2022-09-14',
    );
    expect(b.killed).toBe(41);
    // without a revision the larger figure stands (a later paragraph often breaks the total down); a stale one only alone
    expect(
      resolveToll([
        { count: 9, rank: 1, start: 0 },
        { count: 4, rank: 1, start: 50 },
      ]),
    ).toBe(9);
    expect(resolveToll([{ count: 60, rank: 0, start: 50 }])).toBe(60);
  });
});

describe('described participants', () => {
  it('keeps described attackers and victims with their role and the sentence that describes them', () => {
    const text =
      'A bomb went off outside a courthouse in Valdora on Monday. Police said a lone attacker had wounded two guards before fleeing.';
    const inc = only(text);
    const described = inc.participants.filter((p) => p.described);
    expect(described).toContainEqual({
      entity: null,
      name: 'lone attacker',
      role: 'perpetrator',
      described: true,
      sentence: 1,
    });
  });

  it('a conjunction opens the next clause, not a victim phrase: "killed when gunmen opened fire"', () => {
    const inc = only('A shopkeeper and a guard were killed when gunmen opened fire in Kessin on Monday.');
    expect(inc.killed).toBe(2);
    expect(inc.participants.filter((p) => p.role === 'victim').map((p) => p.name)).not.toContain('gunmen');
  });
});
