import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, OrganizationEntity, PlaceEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

describe('org/force-branch-over-whole', () => {
  const perpetrators = (text: string, resources = res) => {
    const out = extract({ text, published: '2022-01-10' }, resources);
    const orgs = new Map(
      out.entities.filter((e): e is OrganizationEntity => e.type === 'organization').map((e) => [e.id, e]),
    );
    return {
      orgs: [...orgs.values()].map((o) => o.key),
      perps: out.entities
        .filter((e): e is IncidentEntity => e.type === 'incident')
        .flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator'))
        .map((p) => (p.entity ? orgs.get(p.entity)?.key : p.name)),
    };
  };
  const strike =
    'A military air strike on a wedding party near the village of Kafin Dutse in Katsina State killed 30 civilians on Saturday. ' +
    'The Nigerian Army said its aircraft had hit the crowd in error.';

  it("a country's military beside its army in one strike: the strike keeps the army, and no military node is left", () => {
    const { orgs, perps } = perpetrators(strike);
    expect(perps).toContain('org:generic:army:NG');
    expect(perps).not.toContain('org:generic:military:NG');
    expect(orgs).not.toContain('org:generic:military:NG');
    const off = perpetrators(strike, withoutRules('org/force-branch-over-whole'));
    expect(off.perps).toEqual(expect.arrayContaining(['org:generic:army:NG', 'org:generic:military:NG']));
  });

  it('the military alone stays the perpetrator', () => {
    const { perps } = perpetrators(
      'A military air strike on a wedding party near the village of Kafin Dutse in Katsina State killed 30 civilians on Saturday.',
    );
    expect(perps).toContain('org:generic:military:NG');
  });
});

describe('gazetteer: Whitehall is a street of London', () => {
  it('typed a site, not a town', () => {
    const text = 'LONDON - Officials in Whitehall said on Monday that the review of the attack would be published.';
    const w = extract({ text, published: '2022-01-10' }, res).entities.find(
      (e): e is PlaceEntity => e.type === 'place' && e.name === 'Whitehall',
    );
    expect(w?.placeKind).toBe('site');
  });
});
