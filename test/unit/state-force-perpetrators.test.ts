import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { readStateForce, stateForceName } from '../../src/extract/state-force-perpetrators.js';
import type { IncidentEntity, OrganizationEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

/** each perpetrator of the article's incidents: the words, and the organisation linked to them (if any) */
function perpetrators(text: string, resources = res) {
  const out = extract({ text }, resources);
  const orgs = new Map(
    out.entities.filter((e): e is OrganizationEntity => e.type === 'organization').map((e) => [e.id, e]),
  );
  return out.entities
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator'))
    .map((p) => ({ words: p.name, org: p.entity ? orgs.get(p.entity) : undefined }));
}

describe('readStateForce: which perpetrator phrases name a state force', () => {
  it('a body, alone or with a country, a count or nouns of its men and machines after it', () => {
    expect(readStateForce(res, 'the army')).toEqual({ body: 'army', country: null });
    expect(readStateForce(res, 'THE AIR FORCE')).toEqual({ body: 'air force', country: null });
    expect(readStateForce(res, 'Peruvian national police')).toEqual({ body: 'national police', country: 'PE' });
    expect(readStateForce(res, 'army troops')).toEqual({ body: 'army', country: null });
    expect(readStateForce(res, 'ARMED FORCES MEMBERS')).toEqual({ body: 'armed forces', country: null });
    expect(readStateForce(res, 'air force helicopters')).toEqual({ body: 'air force', country: null });
    expect(readStateForce(res, 'government troops')).toEqual({ body: 'army', country: null });
    expect(readStateForce(res, "the government's air force")).toEqual({ body: 'air force', country: null });
  });

  it("only a force's men: the body they serve in", () => {
    expect(readStateForce(res, 'Chilean soldiers')).toEqual({ body: 'army', country: 'CL' });
    expect(readStateForce(res, 'three policemen')).toEqual({ body: 'police', country: null });
  });

  it("not a unit, a person's troops, a group beside a force, nor other words before the body", () => {
    expect(readStateForce(res, '4th military detachment')).toBeNull();
    expect(readStateForce(res, "the general's troops")).toBeNull();
    expect(readStateForce(res, "the rebels' air force")).toBeNull();
    expect(readStateForce(res, 'paramilitary groups')).toBeNull();
    expect(readStateForce(res, 'army death squads')).toBeNull();
    expect(readStateForce(res, 'unidentified gunmen')).toBeNull();
    expect(readStateForce(res, 'the Army of National Liberation')).toBeNull();
  });
});

describe('stateForceName', () => {
  it("names the body with its country's demonym, or alone without a country", () => {
    expect(stateForceName(res, 'armed forces', 'GT')).toBe('Guatemalan Armed Forces');
    expect(stateForceName(res, 'air force', 'HN')).toBe('Honduran Air Force');
    expect(stateForceName(res, 'navy', null)).toBe('Navy');
    // each part of a hyphenated demonym keeps its capital (src/title-case.ts)
    expect(stateForceName(res, 'army', 'GW')).toBe('Guinea-Bissauan Army');
  });
});

describe('rule org/state-force-perpetrator', () => {
  it("a force the syntax makes the perpetrator is an organisation of the article's country", () => {
    const found = perpetrators(
      'LIMA, 4 MAR 90 -- Witnesses in Ayacucho said the army massacred 14 peasants in a hamlet near Huanta on Friday.',
    );
    const army = found.find((p) => /army/i.test(p.words));
    expect(army?.org?.name).toBe('Peruvian Army');
    expect(army?.org?.kind).toBe('agency');
    expect(army?.org?.country).toBe('PE');
    expect(army?.org?.key).toBe('org:generic:army:PE');
    expect(army?.org?.merges?.join(' ')).toMatch(/org\/state-force-perpetrator/);
    // switched off (KG_DISABLE_RULES), the phrase stays words
    const off = perpetrators(
      'LIMA, 4 MAR 90 -- Witnesses in Ayacucho said the army massacred 14 peasants in a hamlet near Huanta on Friday.',
      withoutRules('org/state-force-perpetrator'),
    );
    expect(off.find((p) => /army/i.test(p.words))?.org?.name).not.toBe('Peruvian Army');
  });

  it("the country the phrase writes comes before the article's", () => {
    const found = perpetrators(
      'TEGUCIGALPA, 2 MAY 90 -- Nicaraguan troops burned three villages near the border on Tuesday, killing two farmers.',
    );
    const troops = found.find((p) => /troops/i.test(p.words));
    expect(troops?.org?.name).toBe('Nicaraguan Army');
    expect(troops?.org?.country).toBe('NI');
  });

  it('a perpetrator the text names as something else stays as it was', () => {
    const found = perpetrators(
      'LIMA, 4 MAR 90 -- Unidentified gunmen shot dead two engineers in Huancayo on Friday, the police said.',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.org?.merges?.join(' ') ?? '').not.toMatch(/org\/state-force-perpetrator/);
  });
});

describe('rule org/state-force-perpetrator: the country of the place', () => {
  it('a dateline abroad gives way to the country where the force acted', () => {
    const found = perpetrators(
      'BOGOTA, 5 JUN 90 -- In Ecuador, soldiers burned the village of Tena near the border on Tuesday, killing two farmers.',
    );
    const soldiers = found.find((p) => /soldiers/i.test(p.words));
    expect(soldiers?.org?.country).toBe('EC');
    expect(soldiers?.org?.name).toBe('Ecuadorean Army');
  });
});
