// A group whose own name puts its head first and its name words after "of" (span rule mentions/shouted-group-of-name,
// in capitals), and a body's name that ends in "Liberation" read as an armed group (org-cues kindOnly).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, OrganizationEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

type Ent = ReturnType<typeof extract>['entities'][number];
const run = (text: string, r = res): Ent[] => extract({ text }, r).entities;
const orgs = (es: Ent[]) => es.filter((e): e is OrganizationEntity => e.type === 'organization');
const perpetrators = (es: Ent[]) =>
  es
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) =>
      i.participants
        .filter((p) => p.role === 'perpetrator')
        .map((p) => (p.entity ? (es.find((e) => e.id === p.entity)?.name ?? p.name) : p.name)),
    );

describe('span rule mentions/shouted-group-of-name', () => {
  it('in capitals, "ARMY OF POPULAR LIBERATION" is one armed group, and the one that bombed', () => {
    const es = run('TUMBES, 9 APR 90 -- THE ARMY OF POPULAR LIBERATION TODAY BOMBED A WATER PLANT NEAR THE PORT.');
    const group = orgs(es).find((o) => o.name === 'Army of Popular Liberation');
    expect(group?.kind).toBe('armed_group');
    expect(perpetrators(es)).toContain('Army of Popular Liberation');
  });

  it('takes the name words before the head with it', () => {
    const es = run(
      "TUMBES, 9 APR 90 -- A JUDGE WAS SHOT DEAD ON MONDAY. THE PEOPLE'S FRONT OF POPULAR RESISTANCE CLAIMED RESPONSIBILITY FOR THE MURDER.",
    );
    expect(orgs(es).map((o) => o.name)).toContain("People's Front of Popular Resistance");
  });

  it('leaves a phrase with no core word of a group name alone', () => {
    const es = run('TUMBES, 9 APR 90 -- THE ARMY OF NATIONAL UNITY HELD A PARADE IN THE CAPITAL ON MONDAY.');
    expect(orgs(es).map((o) => o.name)).not.toContain('Army of National Unity');
  });

  it('reads no cut name where the name words run on over a hyphen', () => {
    const es = run(
      'TUMBES, 9 APR 90 -- THE ARMY OF POPULAR RESISTANCE-BLUE FLAG TODAY BOMBED A WATER PLANT NEAR THE PORT.',
    );
    expect(orgs(es).map((o) => o.name)).not.toContain('Army of Popular');
  });

  it('can be switched off', () => {
    const es = run(
      'TUMBES, 9 APR 90 -- THE ARMY OF POPULAR LIBERATION TODAY BOMBED A WATER PLANT NEAR THE PORT.',
      withoutRules('mentions/shouted-group-of-name'),
    );
    expect(orgs(es).map((o) => o.name)).not.toContain('Army of Popular Liberation');
  });
});

describe('a body named "… of National Liberation" in mixed case', () => {
  it('is an armed group, not a state army, and did the bombing', () => {
    const es = run('Tumbes, 9 Apr 90 -- The Army of Popular Liberation bombed a water plant near the port on Monday.');
    expect(orgs(es).find((o) => o.name === 'Army of Popular Liberation')?.kind).toBe('armed_group');
    expect(perpetrators(es)).toContain('Army of Popular Liberation');
  });

  it('a national army stays a state body', () => {
    const es = run('Tumbes, 9 Apr 90 -- The Peruvian Army held exercises near the port on Monday.');
    expect(orgs(es).find((o) => /Army/.test(o.name))?.kind).not.toBe('armed_group');
  });
});
