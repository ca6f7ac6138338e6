import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
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
