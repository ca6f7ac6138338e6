// Role rules of session 16: who was harmed beyond the harm verb ("was the victim of", "among those killed", "also
// injured were", ", killing X", "accused of murdering X", an apposition between a described subject and its passive
// verb, items of a semicolon list with appositions), who did it ("carried out by <group>", members of a state force,
// "participated in" with a list), and the article's main armed group for an incident done by "the rebels".
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';
import { rolePhrasesIn as all } from '../helpers/incident-roles.js';

/** described phrases of a role that count without a name */
const described = (s: string, role: 'perpetrator' | 'victim') =>
  all(s)
    .filter((p) => p.role === role && !p.needsEntity)
    .map((p) => p.text);
/** name slots of a role (they count only where they hold a named person or group) */
const slots = (s: string, role: 'perpetrator' | 'victim') =>
  all(s)
    .filter((p) => p.role === role && p.needsEntity)
    .map((p) => p.text.replace(/[.,]$/, ''));

describe('victims named beyond the harm verb', () => {
  it('"was the victim of", "were among those killed"', () => {
    expect(described('A retired teacher was the victim of the car bomb in the port.', 'victim')).toEqual([
      'retired teacher',
    ]);
    expect(described('Three nurses were among those killed when the clinic was shelled.', 'victim')).toContain(
      'Three nurses',
    );
    expect(slots('Lena Ortiz, a councillor, became the latest victim of the gangs.', 'victim')).toContain('Lena Ortiz');
  });

  it('"also injured were" and "the wounded reporters are" open a list of names', () => {
    expect(slots('Also wounded were Ivo Marek and Sara Lind, both students.', 'victim')).toEqual(
      expect.arrayContaining(['Ivo Marek', 'Sara Lind']),
    );
    expect(slots('The injured journalists were Ivo Marek and Sara Lind.', 'victim')).toEqual(
      expect.arrayContaining(['Ivo Marek', 'Sara Lind']),
    );
  });

  it('", killing <name>" and "accused of murdering <name>" name the one harmed, not a count', () => {
    expect(slots('A grenade went off in the square, killing Ivo Marek and a street vendor.', 'victim')).toContain(
      'Ivo Marek',
    );
    expect(slots('A grenade went off in the square, killing at least 12 people.', 'victim')).toEqual([]);
    expect(slots('The minister accused the militia of murdering Sara Lind in her office.', 'victim')).toContain(
      'Sara Lind',
    );
  });

  it('an apposition or "who" between a described subject and its passive verb', () => {
    expect(described('Four engineers, two of them foreigners, were abducted from the dam site.', 'victim')).toContain(
      'Four engineers',
    );
    expect(described('Mourners buried the teachers who were shot at the school on Monday.', 'victim')).toContain(
      'teachers',
    );
  });

  it('items of a semicolon list whose items carry appositions share the passive verb', () => {
    const s = 'Ivo Marek, a clerk at the land office; Sara Lind, a nurse; and Tom Vail were abducted on the road.';
    expect(slots(s, 'victim')).toEqual(expect.arrayContaining(['Ivo Marek', 'Sara Lind', 'Tom Vail']));
  });

  it('military ranks are people who can be harmed', () => {
    expect(described('The judge and the colonel had been murdered in the capital.', 'victim')).toEqual(
      expect.arrayContaining(['judge', 'colonel']),
    );
  });
});

describe('a count opened by "at least" after the harm verb (rule role.object-not-agent)', () => {
  it('"abducted at least 40 pupils and a teacher": the count is the object, not a preposition', () => {
    expect(
      described('Bandits abducted at least 40 pupils and a teacher from a school near the border.', 'victim'),
    ).toEqual(expect.arrayContaining(['40 pupils', 'teacher']));
  });

  it('"shot at least twice by police" still names no victim after the verb', () => {
    expect(described('The robber was shot at least twice by police outside the bank.', 'victim')).toEqual([]);
  });
});

describe('perpetrators', () => {
  it('"carried out by", "organized by" + a name: a slot for the named group', () => {
    expect(slots('The blast was organized by the Northern Front, a rebel group.', 'perpetrator')).toContain(
      'Northern Front',
    );
    expect(
      slots('The raid carried out by the NLF [Northern Liberation Front] ended at dawn.', 'perpetrator'),
    ).toContain('NLF');
  });

  it('members of a state force: the people and their force', () => {
    expect(described('Two farmers were shot dead by members of the national police on Sunday.', 'perpetrator')).toEqual(
      ['members', 'national police'],
    );
    // a force word that opens a group's name is no state force
    expect(described('He was seized by members of the Army of National Liberation.', 'perpetrator')).toEqual([
      'members',
    ]);
  });

  it('a list of people before "participated in" the harm', () => {
    expect(
      described(
        'Officials said two captains and three soldiers participated in the massacre of the villagers.',
        'perpetrator',
      ),
    ).toEqual(expect.arrayContaining(['two captains', 'three soldiers']));
  });
});

describe('the armed group of "the rebels" (rule incident-movement/article-group)', () => {
  const SPECS = [
    { type: 'organization' as const, name: 'Northern Liberation Front', kind: 'armed_group' as const, forms: ['NLF'] },
    { type: 'organization' as const, name: 'Southern Army Council', kind: 'armed_group' as const, forms: ['SAC'] },
    { type: 'place' as const, name: 'Santa Clara', country: 'CU' },
  ];
  const incidentsOf = (text: string): IncidentEntity[] => {
    const { doc, entities } = fixture({ text, published: '2021-03-10' }, SPECS);
    return findIncidents(doc, entities);
  };
  const perpetrators = (incs: IncidentEntity[]) =>
    incs.flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));

  it('the group the article names most is the perpetrator beside "the guerrillas"', () => {
    const incs = incidentsOf(
      'The NLF has stepped up its campaign in the east. On Monday guerrillas blew up a power station in Santa Clara. ' +
        'The NLF said last week it would target the grid.',
    );
    expect(perpetrators(incs)).toEqual(expect.arrayContaining(['guerrillas', 'Northern Liberation Front']));
    expect(incs.flatMap((i) => i.merges ?? []).join(' ')).toContain('incident-movement/article-group');
  });

  it('no group where two are named as often', () => {
    const incs = incidentsOf(
      'The NLF and the SAC both operate in the east. On Monday guerrillas blew up a power station in Santa Clara.',
    );
    expect(perpetrators(incs)).toEqual(['guerrillas']);
  });
});
