// Known armed groups (data/gazetteers/organizations.json): a group news names by a name whose head word reads as
// another kind ("... Group" as a company) is typed from the gazetteer; its acronym, an ordinary abbreviation
// elsewhere, never creates a mention alone. Sentences written for this test.
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

describe('known armed groups', () => {
  it('a group named "... Group" is the known armed group, not a company, and the doer', () => {
    const { orgs, incidents } = run(
      'ORAN, Algeria - Fighters of the Armed Islamic Group set fire to a school and shot dead two guards on Monday, officials said.',
    );
    const gia = orgs.find((o) => o.name === 'Armed Islamic Group');
    expect(gia?.kind).toBe('armed_group');
    expect(gia?.key).toBe('org:known:gia');
    expect(incidents.some((i) => i.participants.some((p) => p.entity === gia?.id && p.role === 'perpetrator'))).toBe(
      true,
    );
  });

  it('a full name and its acronym in one article are one known group', () => {
    const { orgs } = run(
      'Troops clashed with the Moro Islamic Liberation Front near Cotabato on Sunday. A MILF commander said two of his men were wounded.',
    );
    const milf = orgs.filter((o) => o.key === 'org:known:milf');
    expect(milf).toHaveLength(1);
    expect(milf[0]?.kind).toBe('armed_group');
  });

  it("a weak acronym alone in another country's story makes no armed group", () => {
    const { orgs } = run('ADF engineers rebuilt the bridge at Lismore after the floods, the defence minister said.');
    expect(orgs.some((o) => o.key === 'org:known:adf')).toBe(false);
  });
});
