// The pure parts of analyst judgements: validation with messages naming the problem, the keys a judgement is
// about, its readable sentence, and the name rules behind duplicate suggestions.
import { describe, expect, it } from 'vitest';
import { nameReasons, nameWords } from '../../src/graph/judgement-suggestions.js';
import { describeJudgement, JudgementInput, judgementKeys } from '../../src/graph/judgements.js';

const meta = { who: 'a', why: 'b' };
const issues = (input: unknown) => {
  const r = JudgementInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('judgement validation', () => {
  it('accepts each op in its own shape', () => {
    for (const j of [
      { op: 'merge', keep: 'person:a', merge: 'person:b' },
      { op: 'distinct', a: 'person:a', b: 'person:b' },
      { op: 'rename', entity: 'person:a', name: 'A' },
      { op: 'retype', entity: 'org:x', kind: 'armed_group' },
      { op: 'retype', entity: 'org:x', type: 'place' },
      { op: 'reject', entity: 'person:a' },
      { op: 'reject', link: { from: 'person:a', to: 'org:x', type: 'ROLE' } },
      { op: 'reject', mention: { sentenceId: 'a_1:0', entity: 'person:a' } },
      { op: 'confirm', link: { from: 'person:a', to: 'org:x', type: 'ROLE' } },
    ]) expect(issues({ ...j, ...meta }), JSON.stringify(j)).toEqual([]);
  });

  it('names what is wrong', () => {
    expect(issues({ op: 'merge', keep: 'x', merge: 'x', ...meta })).toEqual(['merge: cannot merge an entity with itself']);
    expect(issues({ op: 'rename', entity: 'x', who: 'a' }).join()).toMatch(/name/);
    expect(issues({ op: 'rename', entity: 'x', name: 'y', who: 'a' }).join()).toMatch(/^why/);
    expect(issues({ op: 'retype', entity: 'x', ...meta })).toEqual(['type: give a type or a kind']);
    expect(issues({ op: 'retype', entity: 'x', kind: 'wizard', ...meta }).join()).toMatch(/^kind/);
    expect(issues({ op: 'reject', ...meta })).toEqual(['entity: give exactly one of entity, link, mention']);
    expect(issues({ op: 'confirm', link: { from: 'a', to: 'b', type: 'LIKES' }, ...meta }).join()).toMatch(/^link\.type/);
    expect(issues({ op: 'explode', entity: 'x', ...meta }).join()).toMatch(/^op/);
    expect(issues({ op: 'reject', entity: 'x', extra: 1, ...meta }).join()).toMatch(/extra/);
  });

  it('knows the keys it is about and says what it does', () => {
    const merge = JudgementInput.parse({ op: 'merge', keep: 'person:a', merge: 'person:b', ...meta });
    expect(judgementKeys(merge)).toEqual(['person:a', 'person:b']);
    expect(describeJudgement(merge)).toBe('merged person:b into person:a');
    const link = JudgementInput.parse({ op: 'reject', link: { from: 'person:a', to: 'org:x', type: 'ROLE' }, ...meta });
    expect(judgementKeys(link)).toEqual(['person:a', 'org:x']);
    expect(describeJudgement(link)).toBe('link not supported: ROLE person:a → org:x');
  });
});

describe('duplicate name rules', () => {
  const p = (name: string, aliases: string[] = []) => ({ name, aliases });
  it('splits names into accent-free lower-case words', () => {
    expect(nameWords('Omar al-Haddad')).toEqual(['omar', 'al', 'haddad']);
    expect(nameWords('José  Martínez')).toEqual(['jose', 'martinez']);
  });
  it('gives reasons for likely pairs and none for different people sharing a surname', () => {
    expect(nameReasons(p('Omar Haddad'), p('Omar al-Haddad'), 'person')[0]).toMatch(/same first name and surname/);
    expect(nameReasons(p('Jose Martinez'), p('José Martínez'), 'person')).toEqual(['the same name written differently']);
    expect(nameReasons(p('Abdelhamid Abaaoud'), p('Abdelhamid Abbaoud'), 'person')).toEqual(['near-identical names']);
    expect(nameReasons(p('Islamic State', ['ISIS']), p('ISIS'), 'organization')).toContain('one name is an alias of the other');
    expect(nameReasons(p('Anna Smith'), p('John Smith'), 'person')).toEqual([]);
  });
});
