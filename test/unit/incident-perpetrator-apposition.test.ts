// Armed groups the syntax names as perpetrators behind an apposition, a longer "blamed … on" or quotes: rules
// incidents/subject-apposition, role.blamed (blameCues) and role.quoted-group-name.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';

const KNOWN = [
  { type: 'place' as const, name: 'Springfield', country: 'RU' },
  { type: 'place' as const, name: 'Oldtown', country: 'RU' },
  { type: 'organization' as const, name: 'Red Dawn', kind: 'armed_group' as const },
  { type: 'organization' as const, name: 'Northern Network', kind: 'armed_group' as const },
  { type: 'organization' as const, name: 'Coast Cartel', kind: 'armed_group' as const },
];

function incidentsOf(text: string): IncidentEntity[] {
  const { doc, entities } = fixture({ text, published: '2022-05-10' }, KNOWN);
  return findIncidents(doc, entities);
}

const perpetrators = (incs: IncidentEntity[]) =>
  incs.flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator' && !p.described).map((p) => p.name));

describe('the subject renamed by an apposition (incidents/subject-apposition)', () => {
  it('a group named inside the apposition of the subject of "was behind" is no perpetrator; the subject is', () => {
    const incs = incidentsOf(
      'The interior minister said he could not exclude that Red Dawn, a militant faction with ties to the Northern Network, was behind the bombing of a ferry near Springfield.',
    );
    expect(perpetrators(incs)).toEqual(['Red Dawn']);
  });
});

describe('"blamed <the attack> on" attackers of a group (role.blamed, incidents/attackers-of-group)', () => {
  it('the group the blamed attackers belong to is a perpetrator, not the target of "the bombing on"', () => {
    const incs = incidentsOf('Police in Oldtown blamed the car bombing on hired gunmen of the Coast Cartel.');
    expect(perpetrators(incs)).toContain('Coast Cartel');
    expect(incs.flatMap((i) => i.participants.filter((p) => p.role === 'victim').map((p) => p.name))).toEqual([]);
  });
});

describe('a group named in quotes after a cue of blame (role.quoted-group-name)', () => {
  it('"organized by the \\"X\\"" names the group', () => {
    const incs = incidentsOf('The bombing of the courthouse in Springfield was organized by the "Red Dawn".');
    expect(perpetrators(incs)).toEqual(['Red Dawn']);
  });

  it('"the work of <a description> \\"X\\"" names the group', () => {
    const incs = incidentsOf(
      'The shooting of the judge in Oldtown was the work of the Maoist armed faction "Red Dawn", officers said.',
    );
    expect(perpetrators(incs)).toEqual(['Red Dawn']);
  });
});
