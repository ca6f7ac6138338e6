// A role rule's cue (RoleRule.cue) lets a sentence without the rule's verb or cue word skip the costly pattern
// (issue 12: role phrases were a third of extraction time). The cue must be a part of the rule's own pattern, so the
// skip can never drop a match: checked here for every rule, and on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { roleCuesOf, rolePhrases, type RoleCues } from '../../src/extract/incident-roles.js';
import { res } from '../helpers/resources.js';

const cues = roleCuesOf(res);
const withoutCues: RoleCues = { ...cues, rules: cues.rules.map(({ cue: _cue, ...rule }) => rule) };

describe('role rule cues', () => {
  it('are parts of their own rule’s pattern, in the same case-insensitive mode', () => {
    expect(cues.rules.length).toBeGreaterThan(40);
    for (const r of cues.rules) {
      expect(r.cue, `${r.id} has no cue`).toBeDefined();
      expect(r.re.source, r.id).toContain(r.cue!.source);
      expect(r.cue!.flags, r.id).toContain('i');
    }
  });

  it('are one RegExp per pattern, without state between tests, so a sentence is tested once per cue', () => {
    const bySource = new Map<string, RegExp>();
    for (const r of cues.rules) {
      expect(r.cue!.flags, r.id).not.toMatch(/[gy]/);
      const first = bySource.get(r.cue!.source) ?? r.cue!;
      bySource.set(r.cue!.source, first);
      expect(r.cue, r.id).toBe(first);
    }
    expect(bySource.size).toBeLessThan(cues.rules.length);
  });

  it('skip only sentences the rules could not match: the same phrases with and without them', () => {
    const sentences = [
      'Gunmen killed three farmers near Lakeside on Sunday, and police arrested two men for the murders.',
      'The rebels claimed responsibility for the blast, which the army blamed on a splinter group.',
      'Maria Ortez, a judge, was shot dead by unidentified men, and her bodyguard was wounded.',
      'Troops shelled the village, killing four civilians, officials said.',
      'Two soldiers died and no civilians were hurt, the mayor said.',
      'The council approved a new budget for the harbour on Tuesday.',
      'Police suspected the militants of planning the attack on the embassy.',
      'The mayor was shot dead near his home on Friday, along with two of his bodyguards.',
      'The brother of a local judge was kidnapped, and an army mortar hit the market.',
      'Soldiers fired on the crowd, wounding Ana Ruiz, and the army blamed the Liberation Front.',
    ];
    let found = 0;
    for (const s of sentences) {
      const phrases = rolePhrases(cues, s, 0);
      found += phrases.length;
      expect(phrases, s).toEqual(rolePhrases(withoutCues, s, 0));
    }
    expect(found).toBeGreaterThan(8);
  });
});
