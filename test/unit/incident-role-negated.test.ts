// (rule role.negated-phrase) A role phrase a negative opens names no one: "no group has claimed responsibility" says
// nobody claimed it, "no civilians were hurt" that nobody was hurt. A count ("no fewer than 20") is no negative.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('a negated phrase names no participant (role.negated-phrase)', () => {
  it('"no armed group has claimed responsibility": no perpetrator', () => {
    expect(phrases('No armed group has claimed responsibility for the blast in Santa Clara.', 'perpetrator')).toEqual(
      [],
    );
  });

  it('the negative reaches over an "or" list and a "neither … nor" pair', () => {
    expect(phrases('No organisation or individual has claimed responsibility for the bombing.', 'perpetrator')).toEqual(
      [],
    );
    expect(phrases('Neither the rebels nor the army has claimed responsibility for it.', 'perpetrator')).toEqual([]);
  });

  it('"no civilians were hurt", "none of their men were injured": no victim', () => {
    expect(phrases('Two soldiers died and no civilians were hurt, the mayor said.', 'victim')).not.toContain(
      'civilians',
    );
    expect(phrases('The rebels said none of their men were injured.', 'victim')).toEqual([]);
  });

  it('"no fewer than 20 soldiers" is a count: they are victims', () => {
    expect(phrases('The rebels killed no fewer than 20 soldiers near Santa Clara.', 'victim')).toContain('20 soldiers');
  });

  it('a claim without a negative still names its claimant', () => {
    expect(phrases('The rebels claimed responsibility for the blast.', 'perpetrator')).toEqual(['rebels']);
  });
});
