// Perpetrator bodies of the perporg38 round: the group that the attackers are said to be members of in a sentence of
// their own (role.attackers-members-of-group), "urban cells" as an attacker noun, a body named after a people in the
// possessive read as one name (mentions/possessive-inside-body-name), and armies of a revolution or of guerrillas as
// armed groups (org-cues.json). Sentences written for this test; each with a guard against reading more.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';
import { participantNames as role, roleIncidentsOf, rolePhrasesIn } from '../helpers/incident-roles.js';

const extracted = (text: string) => extract({ text }, res).entities;
const orgs = (text: string): OrganizationEntity[] =>
  extracted(text).filter((e): e is OrganizationEntity => e.type === 'organization');
const perpetrators = (text: string): string[] =>
  extracted(text)
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));

describe('attackers said to be members of a group (role.attackers-members-of-group)', () => {
  it('"the attackers were members of the Front": the Front did the incident the attackers did', () => {
    const incs = roleIncidentsOf(
      'Gunmen shot dead a council clerk in Santa Clara on Monday. The attackers were members of the Northern Liberation Front, the governor said.',
    );
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('"the kidnappers belonged to the NLF": so with a verb of belonging', () => {
    const incs = roleIncidentsOf(
      'Three engineers were kidnapped near Santa Clara on Monday. Officials said the kidnappers belonged to the NLF.',
    );
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('the phrase is the attacker noun, not the words of membership after it', () => {
    const phrases = rolePhrasesIn('Officials said the kidnappers belonged to the Front.');
    expect(phrases.filter((p) => p.rule === 'role.attackers-members-of-group').map((p) => p.text)).toEqual([
      'kidnappers',
    ]);
  });

  it('a hedged membership counts as a plain one ("are said to be members of", "who are believed to be members of")', () => {
    const said = roleIncidentsOf(
      'A rancher was abducted near Santa Clara on Monday. The abductors are said to be members of the NLF.',
    );
    expect(role(said, 'perpetrator', false)).toContain('Northern Liberation Front');
    const believed = roleIncidentsOf(
      'Gunmen shot dead a council clerk in Santa Clara on Monday. The gunmen, who are believed to be members of the NLF, escaped on foot.',
    );
    expect(role(believed, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('a hedged membership of people who are no attackers adds no group ("his cousins are said to be members of")', () => {
    const incs = roleIncidentsOf(
      'A rancher was abducted near Santa Clara on Monday. His cousins are said to be members of the NLF.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual([]);
  });

  it('members of no named body add no group', () => {
    const incs = roleIncidentsOf(
      'Gunmen shot dead a council clerk in Santa Clara on Monday. The attackers were members of a local gang.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual([]);
  });

  it('people who are no attackers are not read so ("the victims were members of the Front")', () => {
    const phrases = rolePhrasesIn('The victims were members of the Northern Liberation Front.');
    expect(phrases.some((p) => p.rule === 'role.attackers-members-of-group')).toBe(false);
  });
});

describe('"urban cells" name attackers as "urban commandos" do', () => {
  it('"NLF urban cells bombed": the group and its cells', () => {
    const incs = roleIncidentsOf('NLF urban cells bombed two banks in Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
    expect(role(incs, 'perpetrator', true).join(' ')).toMatch(/urban cells/i);
  });
});

describe('a body named after a people in the possessive is one name (mentions/possessive-inside-body-name)', () => {
  it('mixed case: the words before the noun open the name, and the name is no person', () => {
    const text = "The Highland People's Liberation Army kidnapped a rancher near Durango on Sunday, police said.";
    expect(orgs(text).map((o) => o.name)).toContain("Highland People's Liberation Army");
    expect(extracted(text).some((e) => e.type === 'person' && /People/i.test(e.name))).toBe(false);
    expect(perpetrators(text)).toContain("Highland People's Liberation Army");
  });

  it('keeps a branch written after the head with a hyphen', () => {
    const text = "Fighters of the Coastal People's Defence Front-West seized a ferry near Mombasa on Sunday.";
    const names = orgs(text).map((o) => o.name);
    expect(names).toContain("Coastal People's Defence Front-West");
    expect(names).not.toContain('Coastal People');
  });

  it('in capitals: the noun, the ending and the words up to the head word', () => {
    const text = "MEMBERS OF THE PEOPLE'S REVOLUTIONARY ARMY KIDNAPPED A RANCHER NEAR DURANGO ON SUNDAY.";
    const army = orgs(text).find((o) => o.name === "People's Revolutionary Army");
    expect(army?.kind).toBe('armed_group');
    expect(perpetrators(text)).toContain("People's Revolutionary Army");
  });

  it('"the people\'s movement" alone is a common noun, no body', () => {
    expect(orgs("The minister said the people's movement would not be stopped by threats.")).toEqual([]);
  });
});

describe('a unit of an armed group did it with its group (perpetrator/unit-of-group)', () => {
  it('"members of the 9th Front of the FARC": the front and the FARC', () => {
    const names = perpetrators('A mayor was shot dead near Neiva on Sunday by members of the 9th Front of the FARC.');
    expect(names).toContain('9th Front');
    expect(names).toContain('FARC');
  });

  it('a body tied by "of" that is no armed group is not added', () => {
    const names = perpetrators(
      'A mayor was shot dead near Neiva on Sunday by members of the Youth Front of the Conservative Party.',
    );
    expect(names).not.toContain('Conservative Party');
  });
});
