// Writing styles a held-out reader meets that the dev articles rarely show: conflict-event notes that open each
// sentence with its day and run long before the casualty clause, routes named by the towns they join, and the words
// other newsrooms use ("seized two fishermen", "lobbed a grenade", "Wadi ..."). Every sentence is written for these
// tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';
import { res } from '../helpers/resources.js';

const PLACES = [
  { type: 'place' as const, name: 'Kessin', country: 'VD' },
  { type: 'place' as const, name: 'Lorr', country: 'VD' },
  { type: 'place' as const, name: 'Tamba', country: 'VD' },
  { type: 'place' as const, name: 'Marrow Province', placeKind: 'region' as const, country: 'VD' },
];

function incidentsOf(text: string, published = '2023-06-20'): IncidentEntity[] {
  const { doc, entities } = fixture({ text, published }, PLACES);
  return findIncidents(doc, entities);
}

describe('conflict-event notes', () => {
  it('(rule dates/opening-date-frames-its-sentence) a date opening a long sentence dates the casualty clause at its end', () => {
    const incs = incidentsOf(
      'On 2 June 2023, fighters of a local militia stopped an army patrol on a dirt track in the hills above the river, killing 5 soldiers and wounding 2 others. ' +
        'On 5 June 2023, unidentified gunmen abducted 8 traders near Tamba, Marrow Province.',
    );
    expect(incs.map((i) => i.date).sort()).toEqual(['2023-06-02', '2023-06-05']);
    const first = incs.find((i) => i.date === '2023-06-02')!;
    expect(first.killed).toBe(5);
    expect(incs.find((i) => i.date === '2023-06-05')!.killed).toBeNull();
  });

  it('(incident-cues.locatives) "on the road between A and B" places the event at the first town', () => {
    const incs = incidentsOf(
      'Fighters of a rebel faction ambushed an army convoy on the road between Kessin and Lorr on Monday, killing 4 soldiers.',
    );
    expect(incs).toHaveLength(1);
    expect(incs[0]!.place).toBe('Kessin');
  });

  it('(incident-triggers) "attacked" an object with two modifiers ("a regional police patrol") is an attack', () => {
    const incs = incidentsOf('Militants attacked a regional police patrol near Kessin on Monday.');
    expect(incs).toHaveLength(1);
    expect(incs[0]!.place).toBe('Kessin');
  });
});

describe('anniversary pieces', () => {
  it('(rule dates/passive-participle-describes-the-event) "the massacre on <day>, claimed by X," keeps its day', () => {
    const incs = incidentsOf(
      'Relatives gathered in Kessin on Sunday. The massacre on 4 March 2011, claimed by a separatist front, left 40 villagers dead.',
      '2021-03-04',
    );
    expect(incs.map((i) => i.date)).toContain('2011-03-04');
  });
});

describe('vocabulary of other newsrooms', () => {
  it('(incident-triggers) men "seized" or "snatched" from a boat or a road are kidnapped', () => {
    const incs = incidentsOf('Armed men seized three Malaysian sailors from a cargo boat off Kessin on Friday night.');
    expect(incs.map((i) => i.kind)).toEqual(['kidnapping']);
    expect(incs[0]!.participants.filter((p) => p.role === 'victim').map((p) => p.name)).toEqual([
      'three Malaysian sailors',
    ]);
    // police seizing goods is no kidnapping
    expect(incidentsOf('Customs officers seized two tonnes of cocaine at the port of Kessin on Friday.')).toEqual([]);
  });

  it('(incident-roles.weaponVerbs) whoever "lobbed" or "tossed" a grenade did the attack', () => {
    const incs = incidentsOf(
      'Two guards were hurt when suspected insurgents lobbed a grenade at a bank in Kessin on Sunday evening.',
    );
    expect(incs).toHaveLength(1);
    expect(incs[0]!.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name)).toContain(
      'suspected insurgents',
    );
  });

  it('(mentions.placeFirstWords) a name opening with the Arabic word for a valley or a mountain is a place', () => {
    const es = extract(
      { text: 'On 3 May, gunmen attacked a police post in Wadi Sarim, east of Mosul, killing 2 policemen.' },
      res,
    ).entities;
    const wadi = es.find((e) => e.name === 'Wadi Sarim');
    expect(wadi?.type).toBe('place');
  });
});
