// The pure parts of analyst judgements: validation with messages naming the problem, the keys a judgement is
// about, its readable sentence, and the name rules behind duplicate suggestions.
import { describe, expect, it } from 'vitest';
import { nameReasons, nameWords } from '../../src/graph/judgement-suggestions.js';
import { describeJudgement, JudgementInput, judgementKeys, splitKey } from '../../src/graph/judgements.js';

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
      { op: 'split', entity: 'person:a', sentences: ['a_1:0', 'a_2:3'] },
      { op: 'split', entity: 'person:a', sentences: ['a_1:0'], name: 'Another A' },
      { op: 'retype', entity: 'org:x', kind: 'armed_group' },
      { op: 'retype', entity: 'org:x', type: 'place' },
      { op: 'reject', entity: 'person:a' },
      { op: 'reject', link: { from: 'person:a', to: 'org:x', type: 'ROLE' } },
      { op: 'reject', mention: { sentenceId: 'a_1:0', entity: 'person:a' } },
      { op: 'confirm', link: { from: 'person:a', to: 'org:x', type: 'ROLE' } },
    ])
      expect(issues({ ...j, ...meta }), JSON.stringify(j)).toEqual([]);
  });

  it('names what is wrong', () => {
    expect(issues({ op: 'merge', keep: 'x', merge: 'x', ...meta })).toEqual([
      'merge: cannot merge an entity with itself',
    ]);
    expect(issues({ op: 'rename', entity: 'x', who: 'a' }).join()).toMatch(/name/);
    expect(issues({ op: 'rename', entity: 'x', name: 'y', who: 'a' }).join()).toMatch(/^why/);
    expect(issues({ op: 'retype', entity: 'x', ...meta })).toEqual(['type: give a type or a kind']);
    expect(issues({ op: 'retype', entity: 'x', kind: 'wizard', ...meta }).join()).toMatch(/^kind/);
    expect(issues({ op: 'reject', ...meta })).toEqual(['entity: give exactly one of entity, link, mention']);
    expect(issues({ op: 'confirm', link: { from: 'a', to: 'b', type: 'LIKES' }, ...meta }).join()).toMatch(
      /^link\.type/,
    );
    expect(issues({ op: 'explode', entity: 'x', ...meta }).join()).toMatch(/^op/);
    expect(issues({ op: 'reject', entity: 'x', extra: 1, ...meta }).join()).toMatch(/extra/);
    expect(issues({ op: 'split', entity: 'x', sentences: [], ...meta })).toEqual([
      'sentences: name at least one sentence',
    ]);
    expect(issues({ op: 'split', entity: 'x', sentences: ['s:1', 's:1'], ...meta })).toEqual([
      'sentences: a sentence is named twice',
    ]);
    expect(issues({ op: 'split', entity: 'x', ...meta }).join()).toMatch(/^sentences/);
  });

  it('knows the keys it is about and says what it does', () => {
    const merge = JudgementInput.parse({ op: 'merge', keep: 'person:a', merge: 'person:b', ...meta });
    expect(judgementKeys(merge)).toEqual(['person:a', 'person:b']);
    expect(describeJudgement(merge)).toBe('merged person:b into person:a');
    const link = JudgementInput.parse({ op: 'reject', link: { from: 'person:a', to: 'org:x', type: 'ROLE' }, ...meta });
    expect(judgementKeys(link)).toEqual(['person:a', 'org:x']);
    expect(describeJudgement(link)).toBe('link not supported: ROLE person:a → org:x');
    // a split is also about the entity it makes, whose key its id fixes (so an export rebuilds the same key)
    const split = JudgementInput.parse({
      op: 'split',
      id: 'j_0123456789abcdef',
      entity: 'person:a',
      sentences: ['a_1:0'],
      name: 'B',
      ...meta,
    });
    expect(splitKey({ id: 'j_0123456789abcdef' })).toBe('split:j_0123456789abcdef');
    expect(judgementKeys(split)).toEqual(['person:a', 'split:j_0123456789abcdef']);
    expect(describeJudgement(split)).toBe('split 1 mention off person:a as "B" (split:j_0123456789abcdef)');
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
    expect(nameReasons(p('Jose Martinez'), p('José Martínez'), 'person')).toEqual([
      'the same name written differently',
    ]);
    expect(nameReasons(p('Abdelhamid Abaaoud'), p('Abdelhamid Abbaoud'), 'person')).toEqual(['near-identical names']);
    expect(nameReasons(p('Islamic State', ['ISIS']), p('ISIS'), 'organization')).toContain(
      'one name is an alias of the other',
    );
    expect(nameReasons(p('Anna Smith'), p('John Smith'), 'person')).toEqual([]);
  });
});
