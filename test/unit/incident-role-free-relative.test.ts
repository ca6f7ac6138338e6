// (rule role.free-relative) The words after "what" or "whoever" are the subject of a free relative clause ("in what
// officials called an act of terror"), never someone harmed or harming.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('a free relative clause names no participant (role.free-relative)', () => {
  it('"wounding 40 others in what officials called …": the officials are no victims', () => {
    const text =
      'A bomb went off at a bus station in Lakeside on Friday, killing three people and wounding 40 others in what officials called an act of terror.';
    expect(phrases(text, 'victim')).toContain('three people');
    expect(phrases(text, 'victim').some((p) => /officials/.test(p))).toBe(false);
  });

  it('a victim phrase without the opener is kept', () => {
    expect(phrases('Gunmen wounded two officials at the town hall in Lakeside.', 'victim')).toContain('two officials');
  });
});
