// (rule role.non-specific-phrase) A phrase opened by "any" asks or denies that someone was harmed or harming
// ("we do not know of any policemen being wounded", "if any civilians were hurt"); it names no one who was.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('a phrase "any" opens names no participant (role.non-specific-phrase)', () => {
  it('"we do not know of any guards being wounded": no guard is a victim', () => {
    const text =
      'A grenade exploded at the customs post in Lakeside last night. A spokesman said they did not know of any guards being wounded.';
    expect(phrases(text, 'victim').some((p) => /guards/.test(p))).toBe(false);
  });

  it('"it is not clear if any civilians were hurt": no civilian is a victim', () => {
    const text = 'Rebels shelled the outskirts of Lakeside on Monday; it is not clear if any civilians were hurt.';
    expect(phrases(text, 'victim').some((p) => /civilians/.test(p))).toBe(false);
  });

  it('the same phrase without "any" is kept', () => {
    const text = 'Rebels shelled the outskirts of Lakeside on Monday and two civilians were hurt.';
    expect(phrases(text, 'victim').some((p) => /civilians/.test(p))).toBe(true);
  });
});
