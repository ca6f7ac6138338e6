// Every way the incident rules make a named participant names its rule: the participant keeps the id, its
// PARTICIPATED_IN link keeps it beside relation/incident-participant, and the edge panel says it in words. Switched off
// (KG_DISABLE_RULES), the rule gives no participant. The sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { listRules } from '../../src/extract/rules/index.js';
import { PARTICIPANT_RULES } from '../../src/extract/participant-rules.js';
import { REREAD_ROLE_RULES } from '../../src/extract/incident-roles.js';
import type { ExtractionResult, Participant } from '../../src/extract/types.js';
import { linkReason } from '../../src/graph/queries/link-reasons.js';
import { res, withoutRules } from '../helpers/resources.js';

const published = '2023-05-10';

/** the named participants of every incident, with the rule each keeps */
const named = (r: ExtractionResult): Participant[] =>
  r.entities.flatMap((e) => (e.type === 'incident' ? e.participants.filter((p) => !p.described) : []));

const participantsOf = (text: string, resources = res) => named(extract({ text, published }, resources));

interface Case {
  rule: string;
  text: string;
  /** the participant the rule makes: its name and role */
  name: RegExp;
  role: Participant['role'];
  /** a sentence close to it that the rule does not read so */
  nearMiss?: string;
}

const cases: Case[] = [
  {
    rule: 'participant/plot-target',
    text: 'Officers said they had uncovered a plot to assassinate the mayor Tomas Brenner in Varnell.',
    name: /Tomas Brenner/,
    role: 'victim',
    nearMiss: 'Officers said Tomas Brenner had uncovered a plot in Varnell.',
  },
  {
    rule: 'incidents/attackers-of-group',
    text: 'Gunmen of the Red Dawn Front attacked a bus in Varnell on Tuesday, killing four passengers.',
    name: /Red Dawn Front/,
    role: 'perpetrator',
    nearMiss: 'Gunmen attacked a bus in Varnell on Tuesday, killing four passengers, the Red Dawn Front said.',
  },
  {
    rule: 'participant/object-of-the-deed',
    text: 'The murder of Tomas Brenner in Varnell on Tuesday shocked the town.',
    name: /Tomas Brenner/,
    role: 'victim',
    nearMiss: 'The murder in Varnell on Tuesday shocked Tomas Brenner.',
  },
  {
    rule: 'participant/by-agent-of-deed',
    text: 'The bombing by the Red Dawn Front killed four people in Varnell on Tuesday.',
    name: /Red Dawn Front/,
    role: 'perpetrator',
    nearMiss: 'The bombing killed four people in Varnell on Tuesday, and was condemned by the Red Dawn Front.',
  },
  {
    rule: 'participant/agent-named-as',
    text: 'A gunman, identified as Piotr Kalen, opened fire at a market in Varnell on Tuesday.',
    name: /Piotr Kalen/,
    role: 'perpetrator',
  },
  {
    rule: 'participant/object-of-the-verb',
    text: 'Gunmen shot the mayor Tomas Brenner in Varnell on Tuesday.',
    name: /Tomas Brenner/,
    role: 'victim',
    nearMiss: "Gunmen shot the mayor's driver in Varnell on Tuesday, Tomas Brenner said.",
  },
  {
    rule: 'participant/listed-with-victim',
    text: 'Gunmen killed Tomas Brenner, a teacher, and Ana Ruiz in Varnell on Tuesday.',
    name: /Ana Ruiz/,
    role: 'victim',
  },
  {
    rule: 'participant/subject-of-the-deed',
    text: 'Piotr Kalen opened fire at a market in Varnell on Tuesday, killing three people.',
    name: /Piotr Kalen/,
    role: 'perpetrator',
  },
  {
    rule: 'participant/premodifier-of-deed',
    text: 'The Varnell Police raid on Tuesday found weapons.',
    name: /Varnell Police/,
    role: 'responder',
  },
  {
    rule: 'participant/passive-subject-of-the-deed',
    text: 'Tomas Brenner was shot in Varnell on Tuesday.',
    name: /Tomas Brenner/,
    role: 'victim',
    nearMiss: 'The nephew of Tomas Brenner was shot in Varnell on Tuesday.',
  },
  {
    rule: 'participant/responding-body',
    text: 'The Varnell Police arrested two men in Varnell on Tuesday.',
    name: /Varnell Police/,
    role: 'responder',
  },
  {
    rule: 'participant/named-as-blamed',
    text:
      'A bomb exploded at a market in Varnell on Tuesday, killing six people. ' +
      'Officials blamed the Red Dawn Front for the attack.',
    name: /Red Dawn Front/,
    role: 'perpetrator',
    nearMiss:
      'A bomb exploded at a market in Varnell on Tuesday, killing six people. ' +
      'Officials met the Red Dawn Front after the attack.',
  },
  {
    rule: 'incidents/responder-of-the-cue',
    text:
      'A bomb exploded at a market in Varnell on Tuesday, killing six people. ' +
      'The Federal Bureau of Investigation is leading the investigation.',
    name: /FBI|Federal Bureau/,
    role: 'responder',
    nearMiss:
      'A bomb exploded at a market in Varnell on Tuesday, killing six people. ' +
      'The Federal Bureau of Investigation opened a new office last year.',
  },
  {
    rule: 'incidents/suspect-of-the-only-response',
    text: 'Police in Varnell arrested a man on Tuesday. Officials named Piotr Kalen as the suspect.',
    name: /Piotr Kalen/,
    role: 'suspect',
  },
  {
    rule: 'incidents/harmed-by-response-is-suspect',
    text: "Piotr Kalen, the man wanted over last week's bombing, was shot dead by police in Varnell on Tuesday.",
    name: /Piotr Kalen/,
    role: 'suspect',
  },
  {
    rule: 'incident-movement/article-group',
    text:
      'Rebels attacked a police post in Varnell on Tuesday, killing two officers. ' +
      'The Red Dawn Front has fought the government since 1990.',
    name: /Red Dawn Front/,
    role: 'perpetrator',
  },
  {
    rule: 'reference/one-per-target',
    text:
      'The trial opened on Monday of the men accused over the January 2015 attacks on the weekly Harbour Review, ' +
      'the officer Ana Ruiz in Dalmont and the Green Street market. Seventeen people were killed over three days.',
    name: /Ana Ruiz/,
    role: 'victim',
  },
];

describe('each path that makes a participant names its rule', () => {
  for (const c of cases) {
    it(`${c.rule}: the participant keeps the rule, its link names it, and the line says why`, () => {
      const r = extract({ text: c.text, published }, res);
      const found = named(r).find((p) => c.name.test(p.name) && p.role === c.role);
      expect(found, c.text).toBeDefined();
      expect(found!.rule).toBe(c.rule);
      const link = r.relations.find((x) => x.type === 'participation' && x.from === found!.entity);
      expect(link?.rules).toEqual(['relation/incident-participant', c.rule]);
      const line = linkReason(c.rule);
      expect(line).not.toBe(c.rule);
      expect(line.length).toBeLessThan(140);
    });

    it(`${c.rule}: switched off, it gives the participant no role`, () => {
      const off = participantsOf(c.text, withoutRules(c.rule));
      expect(off.some((p) => p.rule === c.rule)).toBe(false);
      expect(off.some((p) => c.name.test(p.name) && p.role === c.role && !p.rule)).toBe(false);
    });

    if (c.nearMiss)
      it(`${c.rule}: a near miss is not read by it`, () => {
        const near = participantsOf(c.nearMiss!);
        expect(near.some((p) => c.name.test(p.name) && p.rule === c.rule)).toBe(false);
      });
  }
});

describe('a name set beside an attacker noun', () => {
  // The subject the clause pass reads stands after the clause's last comma, so "X, the gunman" never reached a path
  // of its own there (participant/apposed-agent, removed as dead); the perpetrator pass reads the apposition.
  it('"X, the gunman, opened fire": X is the perpetrator by perpetrator/apposition-after', () => {
    const found = participantsOf(
      'Lukas Verhoef, the gunman, opened fire at a bus stop in Varnell on Tuesday, wounding two commuters.',
    ).find((p) => /Lukas Verhoef/.test(p.name));
    expect(found?.role).toBe('perpetrator');
    expect(found?.rule).toBe('perpetrator/apposition-after');
  });

  it('"X, the owner, …" with no attacker noun is no perpetrator', () => {
    const found = participantsOf(
      'Lukas Verhoef, the owner, said gunmen opened fire at a bus stop in Varnell on Tuesday, wounding two commuters.',
    ).find((p) => /Lukas Verhoef/.test(p.name));
    expect(found?.role).not.toBe('perpetrator');
  });

  it('the dead path is no listed rule', () => {
    expect(listRules().some((r) => r.id === 'participant/apposed-agent')).toBe(false);
  });
});

describe('the participant rules are listed, with their lines', () => {
  it('every participant rule is a listed rule with one short line', () => {
    const listed = new Map(listRules().map((r) => [r.id, r]));
    for (const r of PARTICIPANT_RULES) {
      expect(listed.get(r.id)?.why, r.id).toBeTruthy();
      expect(r.why!.length, r.id).toBeLessThan(140);
    }
  });

  it('a role rule that reads a phrase again has a line of its own, not its id', () => {
    expect(REREAD_ROLE_RULES.map((r) => r.id)).toContain('role.responder-agent');
    for (const { id } of REREAD_ROLE_RULES) {
      expect(linkReason(id), id).not.toBe(id);
      expect(linkReason(id).length, id).toBeLessThan(200);
    }
    expect(linkReason('role.responder-agent')).toMatch(/response/);
  });

  it('the rules that turn or add participants after the role phrases say why in words', () => {
    for (const id of [
      'incident-sides/state-forces-oppose-attackers',
      'incident-sides/organization-is-target',
      'incident-movement/article-group',
      'perpetrator/kin-group-subject',
      'perpetrator/apposition-after',
      'perpetrator/convicted-subject',
      'perpetrator/group-named-unit',
      'incidents/pronoun-claimant',
      'incidents/claim-on-behalf',
    ])
      expect(linkReason(id), id).not.toBe(id);
  });
});
