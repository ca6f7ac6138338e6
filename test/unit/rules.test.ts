// Named rules: listed with their reasons, recorded on what they find, and each can be switched off.
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { extract } from '../../src/extract/index.js';
import { loadResources, type Resources } from '../../src/extract/resources.js';
import { listRules } from '../../src/extract/rules/index.js';
import { describeRules } from '../../src/rules/index.js';
import { res, withoutRules as without } from '../helpers/resources.js';
const TEXT = 'Maria Costa, the deputy director of the National Crime Agency, spoke first.';

describe('rules', () => {
  it('are listed once each, under their family, with a reason', () => {
    const rules = listRules();
    expect(rules.length).toBeGreaterThan(10);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id.startsWith(`${r.family}/`)).toBe(true);
      expect(r.reason.length).toBeGreaterThan(20);
    }
    const dup = { id: 'x/a', family: 'x', reason: 'r', apply: () => null };
    expect(() => describeRules([[dup, dup]])).toThrow(/"x\/a" is used twice/);
  });

  it('a relation names the rule that found it, and switching the rule off removes the relation', () => {
    const role = extract({ text: TEXT }, res).relations.find((r) => r.type === 'role');
    expect(role?.label).toBe('deputy director');
    expect(role?.rules).toEqual(['relation/person-title-of-org']);
    const off = extract({ text: TEXT }, without('relation/person-title-of-org')).relations;
    expect(off.some((r) => r.type === 'role')).toBe(false);
  });

  it('a casualty count names its rule; switched off, the count is not read', () => {
    expect(
      casualtiesIn(res.incidents.casualties, 'In all, 22 people were killed.').map((c) => [c.what, c.count, c.rule]),
    ).toEqual([['killed', 22, 'casualty/n-killed']]);
    expect(casualtiesIn(res.incidents.casualties, 'A bomb exploded, killing 22 people.').map((c) => c.rule)).toEqual([
      'casualty/killing-n',
    ]);
    expect(
      casualtiesIn(res.incidents.casualties, 'A bomb exploded, killing 22 people.', 0, {
        disabled: new Set(['casualty/killing-n']),
      }),
    ).toEqual([]);
  });

  it('an incident veto rule is listed; switched off, the trigger it vetoed becomes an incident', () => {
    expect(
      listRules()
        .filter((r) => r.family === 'incident')
        .map((r) => r.id),
    ).toContain('incident/running-total');
    const text = 'Some 3,000 people have been killed in the insurgency in Kashmir since 2011.';
    const incidents = (r: Resources) =>
      extract({ text, published: '2020-05-01' }, r).entities.filter((e) => e.type === 'incident');
    expect(incidents(res)).toEqual([]);
    expect(
      incidents(
        without('incident/running-total', 'incident/approximate-count', 'incident/perfect-tally', 'incident/mass-toll'),
      ).length,
    ).toBe(1);
  });

  it('the rules comments and commits cite by id are registered, so KG_DISABLE_RULES takes them', () => {
    const ids = listRules().map((r) => r.id);
    for (const id of [
      'place/named-event',
      'entities/shorter-full-name',
      'entities/first-surname-alone',
      'perpetrator/state-by-nationality',
    ])
      expect(ids).toContain(id);
  });

  it('an unknown rule id to switch off is an error, not ignored', () => {
    expect(() => loadResources({ disabledRules: ['relation/no-such-rule'] })).toThrow(
      /unknown rule id\(s\): relation\/no-such-rule/,
    );
  });
});

describe('direction rules (dedup)', () => {
  it('switching a rule off hands the decision to the next one', async () => {
    const { duplicateDirection } = await import('../../src/dedup/direction.js');
    const a = { id: 'a_2', published: '2016-12-20', text: 'x' };
    const b = { id: 'a_1', published: '2016-12-24', text: 'x' };
    const sh = new Int32Array([1, 2, 3]);
    const { words } = loadResources();
    expect(duplicateDirection(a, b, sh, sh, words)).toMatchObject({
      original: 'a_2',
      rule: 'direction/published-date',
    });
    expect(duplicateDirection(a, b, sh, sh, words, { disabled: new Set(['direction/published-date']) })).toMatchObject({
      original: 'a_1',
      rule: 'direction/article-id',
    });
  });
});
