// What an analyst reading the graph expects of a few common ways news is written (issues #10/#11): each case is in
// our own words, one general rule per block.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, OrganizationEntity, PlaceEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const run = (text: string, disabledRules: string[] = []) =>
  extract({ text }, disabledRules.length ? withoutRules(...disabledRules) : res);
const incidents = (text: string, off: string[] = []) =>
  run(text, off).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const orgs = (text: string, off: string[] = []) =>
  run(text, off).entities.filter((e): e is OrganizationEntity => e.type === 'organization');
const places = (text: string) => run(text).entities.filter((e): e is PlaceEntity => e.type === 'place');
const roles = (inc: IncidentEntity | undefined) => (inc?.participants ?? []).map((p) => `${p.role}:${p.name}`);

describe('armed men who storm a building and take staff hostage', () => {
  const text =
    'LIMA, Peru — Eight masked men stormed the offices of Radio Andina in Lima on Tuesday, taking staff hostage ' +
    'for three hours before police arrested them.';

  it('is a hostage-taking by the men, with the station its target, not a police raid on a suspect station', () => {
    const inc = incidents(text);
    const taking = inc.find((i) => i.kind === 'hostage-taking');
    expect(taking, JSON.stringify(inc.map((i) => i.kind))).toBeDefined();
    expect(roles(taking)).toContain('perpetrator:Eight masked men');
    expect(roles(taking).some((r) => r.startsWith('suspect:'))).toBe(false);
    expect(inc.some((i) => i.kind === 'raid' && roles(i).some((r) => r.startsWith('suspect:Radio')))).toBe(false);
  });

  it('police who storm a building still make a raid', () => {
    const inc = incidents('LIMA, Peru — Police stormed a flat in Lima on Tuesday and arrested two men.');
    expect(inc.some((i) => i.kind === 'raid' || i.kind === 'arrest')).toBe(true);
    expect(inc.some((i) => i.kind === 'hostage-taking' || i.kind === 'attack')).toBe(false);
  });
});

describe('the kind of a body from the words of its name', () => {
  it('reads a head word written with its accents ("Televisión")', () => {
    const found = orgs('Gunmen stormed the studios of Canal Televisión in Lima on Tuesday.');
    expect(found.find((o) => o.name === 'Canal Televisión')?.kind).toBe('media');
  });
});

describe('rule org/described-armed-group', () => {
  const text =
    'The leader of the Rojo Negro gang escaped from a prison in Quito on Sunday, officials said. ' +
    'Prosecutors say the Costa Azul cartel paid the guards.';

  it('a body the article calls a gang or a cartel right after its name is an armed group', () => {
    const found = orgs(text);
    const gang = found.find((o) => o.name === 'Rojo Negro');
    expect(gang?.kind).toBe('armed_group');
    expect(gang?.merges?.join(' ')).toMatch(/org\/described-armed-group/);
    expect(orgs(text, ['org/described-armed-group']).find((o) => o.name === 'Rojo Negro')?.kind).toBe('other');
  });

  it('a body whose kind is known keeps it', () => {
    const found = orgs('The Reuters news agency said the Rojo Negro gang had threatened its reporters.');
    expect(found.find((o) => o.name === 'Reuters')?.kind).toBe('media');
  });
});

describe('rule org/named-state-force', () => {
  it('"the Chadian Army" and "the army" of Chad are one node; the army and the military stay two', () => {
    const named = orgs('The Chadian Army said on Monday that its planes had bombed a rebel camp near Abeche.');
    const army = named.find((o) => o.name === 'Chadian Army');
    expect(army?.key).toBe('org:generic:army:TD');
    expect(army?.merges?.join(' ')).toMatch(/org\/named-state-force/);
    const described = orgs('ABECHE, Chad — The army bombed a village near Abeche on Monday, killing 12 civilians.');
    expect(described.some((o) => o.key === 'org:generic:army:TD')).toBe(true);
    const both = orgs(
      'The Chadian Army said its jets hit the camp by mistake. It was not the first time the Chadian military had killed civilians.',
    );
    const keys = both.map((o) => o.key);
    expect(keys).toContain('org:generic:army:TD');
    expect(keys).not.toContain('org:name:chadian-army');
  });

  it('a unit named after the force keeps a name of its own', () => {
    const found = orgs('The Chadian Army Special Brigade took the town on Friday.');
    expect(found.some((o) => o.key === 'org:generic:army:TD')).toBe(false);
  });
});

describe('rule mentions/figure-of-scripture', () => {
  const text =
    'Worshippers had gathered in Kessa to mark the birthday of the Prophet Mohammed when a bomb exploded, killing ' +
    'nine people. Pope Francis condemned the bombing.';

  it('a figure of scripture named with a title of reverence is no person of the graph', () => {
    const people = run(text).entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name)).not.toContain('Mohammed');
    expect(people.map((p) => p.name)).toContain('Francis');
    const off = run(text, ['mentions/figure-of-scripture']).entities.filter((e) => e.type === 'person');
    expect(off.map((p) => p.name)).toContain('Mohammed');
  });
});

describe('street written with a lower-case "street" or "road"', () => {
  it('is a site inside the city of the story', () => {
    const found = places(
      'MEDAN, Indonesia — A bomb went off outside a bank on Gatot Subroto street in Medan on Monday, and police closed Juanda road.',
    );
    const street = found.find((p) => p.name.startsWith('Gatot Subroto'));
    expect(street?.placeKind).toBe('site');
    expect(street?.country).toBe('ID');
    expect(found.find((p) => p.name.startsWith('Juanda'))?.placeKind).toBe('site');
  });

  it('"a Medan street" is a street of the town, not one named after it', () => {
    const found = places('MEDAN, Indonesia — Police shot a suspect on a Medan street on Monday.');
    expect(found.find((p) => p.name === 'Medan')?.placeKind).toBe('city');
    expect(found.some((p) => p.name === 'Medan street')).toBe(false);
  });
});

describe('a quarter written before "of" and its name', () => {
  it('lies in the dateline city, with its country', () => {
    const found = places(
      'KARACHI, Pakistan — Gunmen attacked a restaurant in the business quarter of Saddar on Friday, killing three people.',
    );
    const quarter = found.find((p) => p.name === 'Saddar');
    expect(quarter?.country).toBe('PK');
    expect(quarter?.precision).toBe('site-in-city');
  });
});

describe('rule perpetrator/participle-deed', () => {
  const text =
    'SEMARANG, Indonesia — A couple attacked two churches in Semarang on Sunday, killing nine people. ' +
    'His wife, Sri Wahyuni, walked into the second church with their son, aged 10, before detonating a bomb.';

  it('the subject of a clause that ends "before detonating …" did the bombing', () => {
    const inc = incidents(text).find((i) => i.kind === 'bombing' || i.kind === 'attack');
    expect(roles(inc)).toContain('perpetrator:Sri Wahyuni');
    const off = incidents(text, ['perpetrator/participle-deed']).find(
      (i) => i.kind === 'bombing' || i.kind === 'attack',
    );
    expect(roles(off)).not.toContain('perpetrator:Sri Wahyuni');
  });

  it('not one who only left before the blast', () => {
    const inc = incidents(
      'A car bomb exploded outside a hotel in Kessa on Monday, killing four people. Maria Lopez left the hotel an hour before the bomb went off.',
    );
    expect(inc.flatMap(roles)).not.toContain('perpetrator:Maria Lopez');
  });
});

describe('a coalition that says its aircraft struck', () => {
  for (const subject of ['The Saudi-led coalition', 'The coalition']) {
    it(`${subject} is the perpetrator of the air strike`, () => {
      const inc = incidents(
        `An air strike killed 20 people in the village of Kessa on Monday. ${subject} said its aircraft had struck the village by mistake.`,
      ).find((i) => i.kind === 'air strike');
      expect(inc?.participants.some((p) => p.role === 'perpetrator' && /coalition/.test(p.name))).toBe(true);
    });
  }

  it('a full stop ends the name of the leader before "-led": "Monday. The Saudi-led coalition" names no Monday', () => {
    const found = orgs('Jets bombed a market in Kessa on Monday. The Saudi-led coalition denied it.');
    expect(found.map((o) => o.name)).toContain('Saudi-led coalition');
    expect(found.some((o) => o.name.includes('Monday'))).toBe(false);
  });
});
