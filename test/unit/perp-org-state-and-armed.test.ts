// Who did it: a known state force's name followed by guerrillas (org/armed-members-after-force), a raid a named armed
// group staged (incidents/armed-raid-agent), troops whose incident words name the civilians they fired on
// (incidents/forces-harm-civilians).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, OrganizationEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

type Ent = ReturnType<typeof extract>['entities'][number];
const run = (text: string, r = res): Ent[] => extract({ text }, r).entities;
const incidents = (es: Ent[]) => es.filter((e): e is IncidentEntity => e.type === 'incident');
const orgs = (es: Ent[]) => es.filter((e): e is OrganizationEntity => e.type === 'organization');
const perpetrators = (es: Ent[]) =>
  incidents(es).flatMap((i) =>
    i.participants
      .filter((p) => p.role === 'perpetrator')
      .map((p) => (p.entity ? (es.find((e) => e.id === p.entity)?.name ?? p.name) : p.name)),
  );

describe('rule org/armed-members-after-force', () => {
  it("a force the gazetteer knows as a state's, followed by guerrillas, is an armed group of its own", () => {
    const es = run(
      "CALDERA, 4 MAR 90 -- The town's treasurer was kidnapped on Friday by People's Liberation Army guerrillas near the river port.",
    );
    const pla = orgs(es).find((o) => o.name === "People's Liberation Army");
    expect(pla?.kind).toBe('armed_group');
    expect(pla?.key).toBe('org:name:people-s-liberation-army');
    expect(pla?.country).toBeNull();
    expect(pla?.merges?.join(' ')).toMatch(/org\/armed-members-after-force/);
    expect(perpetrators(es)).toContain("People's Liberation Army");
  });

  it('the same name with no armed-group noun after it keeps the gazetteer reading', () => {
    const es = run("BEIJING, 4 MAR 90 -- The People's Liberation Army held exercises near the coast on Friday.");
    const pla = orgs(es).find((o) => o.name === "People's Liberation Army");
    expect(pla?.kind).toBe('agency');
    expect(pla?.key).toBe('org:known:pla');
  });

  it('can be switched off', () => {
    const off = withoutRules('org/armed-members-after-force');
    const es = run(
      "CALDERA, 4 MAR 90 -- The town's treasurer was kidnapped on Friday by People's Liberation Army guerrillas near the river port.",
      off,
    );
    expect(orgs(es).find((o) => o.name === "People's Liberation Army")?.kind).toBe('agency');
  });
});

describe('rule incidents/armed-raid-agent', () => {
  it('a raid staged by an armed group is its attack', () => {
    const es = run(
      'PORTO VELHO, 4 MAR 90 -- Guests left the city on Sunday, a day after the raid staged by the FMLN on the Grand Hotel.',
    );
    const [inc] = incidents(es);
    expect(inc?.kind).toBe('attack');
    expect(perpetrators(es)).toContain('FMLN');
  });

  it('a raid carried out by police stays a raid', () => {
    const es = run('PORTO VELHO, 4 MAR 90 -- Two men were detained in a raid carried out by police on a warehouse.');
    expect(incidents(es).map((i) => i.kind)).not.toContain('attack');
  });
});

describe('rule incidents/forces-harm-civilians: the civilians inside the incident words', () => {
  it('troops that "fired on demonstrators" did an attack and are its perpetrators', () => {
    const es = run(
      'SAN MIGUEL, 4 MAR 90 -- Army troops fired on demonstrators in the main square on Saturday, killing two teachers.',
    );
    const [inc] = incidents(es);
    expect(inc).toBeDefined();
    expect(perpetrators(es).join(' ')).toMatch(/Army/);
  });

  it('police that fired on suspects is still a response', () => {
    const es = run('SAN MIGUEL, 4 MAR 90 -- Police fired on the suspects in the main square on Saturday.');
    expect(perpetrators(es).join(' ')).not.toMatch(/Police/i);
  });
});

describe('harm verb "fired <rounds> at"', () => {
  it('police who fired live rounds at protesters are the perpetrators of the shooting', () => {
    const es = run(
      'ORVANDA, 4 MAR 90 -- On Friday police fired live rounds at marchers in the old quarter of Orvanda, killing three.',
    );
    expect(incidents(es).length).toBeGreaterThan(0);
    expect(perpetrators(es).join(' ')).toMatch(/police/i);
  });

  it('the object of "fired a rifle at" is the one harmed', () => {
    const es = run(
      'ORVANDA, 4 MAR 90 -- A gunman fired a rifle at a teacher outside the school on Friday, wounding her.',
    );
    const victims = incidents(es).flatMap((i) => i.participants.filter((p) => p.role === 'victim').map((p) => p.name));
    expect(victims.join(' ')).toMatch(/teacher/);
  });
});
