// Why a link is typed as it is: every relation names the rule that found it, and the edge panel's line for each rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { listRules } from '../../src/extract/rules/index.js';
import { RELATION_RULES } from '../../src/extract/rules/relation-rules.js';
import type { ExtractionResult, Relation } from '../../src/extract/types.js';
import { linkReason, linkReasons } from '../../src/graph/queries/link-reasons.js';
import { res, withoutRules } from '../helpers/resources.js';

const nameOf = (r: ExtractionResult, id: string) => r.entities.find((e) => e.id === id)?.name;
const linksOf = (r: ExtractionResult, type: Relation['type']) =>
  r.relations
    .filter((x) => x.type === type)
    .map((x) => ({ from: nameOf(r, x.from), to: nameOf(r, x.to), rules: x.rules }));

describe('the line for an analyst', () => {
  it("is the rule's own why, kept in its definition", () => {
    expect(linkReason('relation/person-title-of-org')).toBe(
      listRules().find((r) => r.id === 'relation/person-title-of-org')?.why,
    );
    expect(linkReason('relation/person-title-of-org')).toMatch(/apposition/);
  });

  it('an id no rule has is shown by its id', () => {
    expect(linkReason('relation/no-such-rule')).toBe('relation/no-such-rule');
  });

  it('a rule without a why (one that links nothing) is shown by its id', () => {
    expect(listRules().find((r) => r.id === 'casualty/n-killed')?.why).toBeUndefined();
    expect(linkReason('casualty/n-killed')).toBe('casualty/n-killed');
  });

  it('every relation rule that makes a link has one short line', () => {
    const listed = new Set(listRules().map((r) => r.id));
    const linking = RELATION_RULES.filter((r) => r.id !== 'relation/org-name-is-title-fragment');
    expect(linking.every((r) => listed.has(r.id))).toBe(true);
    expect(listRules().filter((r) => r.family === 'relation')).toHaveLength(RELATION_RULES.length);
    expect(linking.length).toBeGreaterThan(20);
    for (const r of linking) {
      expect(r.why, r.id).toBeTruthy();
      expect(r.why!.length, r.id).toBeLessThan(140);
      expect(r.why, r.id).not.toMatch(/\n/);
    }
  });
});

describe('reasons of a stored link', () => {
  it('counts the articles each rule found it in, most first, and skips links stored before rules were kept', () => {
    const reasons = linkReasons([
      { articleId: 'a1', rules: ['relation/person-of-org'] },
      { articleId: 'a2', rules: ['relation/person-title-of-org', 'relation/person-of-org'] },
      { articleId: 'a3', rules: null },
      { articleId: 'a2', rules: ['relation/person-of-org'] },
    ]);
    expect(reasons.map((r) => [r.rule, r.articles])).toEqual([
      ['relation/person-of-org', 2],
      ['relation/person-title-of-org', 1],
    ]);
    expect(reasons[0]!.reason).toBe(linkReason('relation/person-of-org'));
  });

  it('a link of no kept rules has no reasons', () => {
    expect(linkReasons([{ articleId: 'a1', rules: null }])).toEqual([]);
  });
});

describe('every link an article gives names its rule', () => {
  it('a co-mention names the co-mention rule; switched off, there is none', () => {
    const text = 'Ruth Adler and Tomas Brenner visited Lisbon in the spring.';
    const links = linksOf(extract({ text }, res), 'co_mention');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.rules).toEqual(['relation/co-mention']);
    expect(linksOf(extract({ text }, withoutRules('relation/co-mention')), 'co_mention')).toEqual([]);
  });

  it('a speaker at a venue names the speech rule; a pronoun that goes on with the speaker names both', () => {
    const text =
      'Speaking at the Carnegie Endowment, Helena Marsh said the talks had stalled. ' +
      'She said the Marlow Institute would publish its findings in May.';
    expect(linksOf(extract({ text }, res), 'speech')).toEqual([
      {
        from: 'Helena Marsh',
        to: 'Carnegie Endowment',
        rules: ['relation/speaker-at-venue', 'relation/pronoun-continues-speaker', 'relation/speaker-goes-on-at-venue'],
      },
    ]);
    // without the pronoun rule, "She said" gives the speech no second sentence
    expect(linksOf(extract({ text }, withoutRules('relation/pronoun-continues-speaker')), 'speech')).toEqual([
      { from: 'Helena Marsh', to: 'Carnegie Endowment', rules: ['relation/speaker-at-venue'] },
    ]);
  });

  it('an incident participant and place name the incident rules, and the participant the rule of its role', () => {
    const text = 'Gunmen shot dead the mayor Pedro Alvarenga in Tegucigalpa on Monday, police said.';
    const r = extract({ text, published: '2021-03-10' }, res);
    const part = linksOf(r, 'participation');
    expect(part).toContainEqual(
      expect.objectContaining({
        from: 'Pedro Alvarenga',
        rules: ['relation/incident-participant', 'participant/object-of-the-verb'],
      }),
    );
    const place = linksOf(r, 'location').find((l) => l.to === 'Tegucigalpa');
    expect(place?.rules).toEqual(['relation/incident-place']);
  });
});

describe('a participant names the role rule that gave its role', () => {
  const text =
    'A car bomb exploded outside the courthouse in Varnell on Tuesday, killing two guards. ' +
    'The Black Heron Brigade claimed responsibility for the bombing in a statement on Wednesday.';
  const published = '2022-05-12';

  it('a group named before a claim is its perpetrator by the claim rule, and the lookup says why in words', () => {
    const r = extract({ text, published }, res);
    const incident = r.entities.find((e) => e.type === 'incident');
    const claimed = incident?.type === 'incident' ? incident.participants.find((p) => p.role === 'perpetrator') : null;
    expect(claimed).toMatchObject({ name: 'Black Heron Brigade', rule: 'incidents/named-claimant' });
    const link = r.relations.find((x) => x.type === 'participation' && x.from === claimed?.entity);
    expect(link?.label).toBe('perpetrator');
    expect(link?.rules).toEqual(['relation/incident-participant', 'incidents/named-claimant']);
    expect(linkReason('incidents/named-claimant')).toMatch(/^X claimed the attack/);
  });

  it('with the named-claimant rule switched off, the group named before the claim is no perpetrator', () => {
    const r = extract({ text, published }, withoutRules('incidents/named-claimant'));
    const brigade = r.entities.find((e) => e.name === 'Black Heron Brigade');
    expect(brigade).toBeDefined();
    expect(r.relations.filter((x) => x.type === 'participation' && x.from === brigade?.id)).toEqual([]);
  });

  it('attackers a claim only describes are read by the role rule, whose line is its reason in words', () => {
    const described = text.replace('The Black Heron Brigade', 'Masked gunmen');
    const r = extract({ text: described, published }, res);
    const incident = r.entities.find((e) => e.type === 'incident');
    expect(incident?.type === 'incident' ? incident.participants : []).toContainEqual(
      expect.objectContaining({ name: 'Masked gunmen', role: 'perpetrator', described: true }),
    );
    const line = linkReason('role.claim');
    expect(line).toMatch(/claimed responsibility/);
    expect(line).not.toMatch(/^role\./);
    expect(line.length).toBeLessThan(200);
  });

  it('a group only named beside the attack, with no cue of a role, is no participant and no rule is kept for it', () => {
    const calm = text.replace('claimed responsibility for the bombing', 'held a rally');
    const r = extract({ text: calm, published }, res);
    const brigade = r.entities.find((e) => e.name === 'Black Heron Brigade');
    expect(brigade).toBeDefined();
    expect(r.relations.filter((x) => x.type === 'participation' && x.from === brigade?.id)).toEqual([]);
  });

  it('a role rule refined by another after "+" reads as the role rule; an unknown role id is shown by its id', () => {
    expect(linkReason('role.claim+list-before')).toBe(linkReason('role.claim'));
    expect(linkReason('role.no-such-rule')).toBe('role.no-such-rule');
  });

  it("a long reason's line is its first clause, without the bracketed examples", () => {
    const line = linkReason('role.passive-agent');
    expect(line).toMatch(/^harm verb \+ 'by' \+ phrase: who did it/);
    expect(line).not.toMatch(/;/);
    for (const id of ['role.subject-harms-civilians', 'role.remote-attack-after-aside']) {
      expect(linkReason(id), id).not.toMatch(/[()]/);
      expect(linkReason(id).length, id).toBeLessThan(200);
    }
  });
});
