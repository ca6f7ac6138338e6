import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { extract } from '../../src/extract/index.js';
import { typePerpetratorGroups } from '../../src/extract/perpetrator-groups.js';
import type { IncidentEntity, OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const run = (text: string) => {
  const r = extract({ text }, res);
  return {
    orgs: r.entities.filter((e): e is OrganizationEntity => e.type === 'organization'),
    incidents: r.entities.filter((e): e is IncidentEntity => e.type === 'incident'),
  };
};

describe('organisation kinds', () => {
  it('a name ending "Administration" is an agency', () => {
    const { orgs } = run('Officials at the Maritime Safety Administration said the harbour at Valletta would reopen.');
    expect(orgs.find((o) => o.name === 'Maritime Safety Administration')?.kind).toBe('agency');
  });

  it('rule org/perpetrator-armed-group: an untyped body named as perpetrator of a violent incident is an armed group', () => {
    const { orgs, incidents } = run(
      'KARACHI, March 3 - A bomb exploded at a bus station in Karachi on Monday, killing nine people. ' +
        'Police blamed Sipahi Karvan Dastur for the bombing.',
    );
    const group = orgs.find((o) => o.name === 'Sipahi Karvan Dastur');
    expect(incidents.some((i) => i.participants.some((p) => p.entity === group?.id && p.role === 'perpetrator'))).toBe(
      true,
    );
    expect(group?.kind).toBe('armed_group');
    expect(group?.merges?.join(' ')).toMatch(/org\/perpetrator-armed-group/);
  });
});

describe('rule entities/outlet-by-media-noun', () => {
  it('a body right before "news agency" or right after "magazine," is a media organisation', () => {
    const { orgs } = run(
      "The rebels spoke through their Sadaqat news agency on Sunday. Their plans had appeared in the movement's monthly magazine, Hilal.",
    );
    expect(orgs.find((o) => o.name === 'Sadaqat')?.kind).toBe('media');
    expect(orgs.find((o) => o.name === 'Hilal')?.kind).toBe('media');
  });
});

describe('rule org/perpetrator-armed-group: where it does not retype', () => {
  const body = (name: string, start: number, sentence: number): OrganizationEntity => ({
    id: 'e1',
    key: `org:${name.toLowerCase()}`,
    type: 'organization',
    name,
    aliases: [],
    mentions: [{ start, end: start + name.length, sentence, text: name }],
    kind: 'other',
    country: null,
  });
  const incident = (name: string): IncidentEntity =>
    ({
      id: 'i1',
      key: 'incident:bombing:x',
      type: 'incident',
      name: 'Bombing',
      aliases: [],
      mentions: [],
      kind: 'bombing',
      participants: [{ entity: 'e1', name, role: 'perpetrator' }],
    }) as unknown as IncidentEntity;

  it('keeps "other" for a body written only in a sentence in capitals', () => {
    const text = 'POLICE BLAMED ORDU KARVAN FOR THE BOMBING.';
    const e = body('ORDU KARVAN', text.indexOf('ORDU'), 0);
    typePerpetratorGroups(makeDoc({ text }, res), [e], [incident(e.name)]);
    expect(e.kind).toBe('other');
  });

  it('keeps "other" for a body whose name the gazetteer knows as a place', () => {
    const text = 'Police blamed Karachi for the bombing.';
    const e = body('Karachi', text.indexOf('Karachi'), 0);
    typePerpetratorGroups(makeDoc({ text }, res), [e], [incident(e.name)]);
    expect(e.kind).toBe('other');
  });
});
