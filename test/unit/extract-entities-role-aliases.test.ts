import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { PersonEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const people = (text: string) => extract({ text }, res).entities.filter((e): e is PersonEntity => e.type === 'person');

describe('role descriptions as aliases', () => {
  it('"the Director General" becomes an alias of the one person holding that role, not a new person', () => {
    const ps = people(
      'Helen Marsh, the Director General of the agency, spoke on Monday. The Director General said the threat was rising.',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]!.name).toBe('Helen Marsh');
    expect(ps[0]!.aliases).toContain('Director General');
    expect(ps[0]!.merges?.join(' ')).toMatch(/only person in the article with that role/);
  });

  it('a role held by two people in the article is attached to neither', () => {
    const ps = people(
      'Commissioner Daniel Okafor met Commissioner Ruth Beale in Leeds. The Commissioner said more officers would follow.',
    );
    expect(ps.filter((p) => p.roles.includes('Commissioner'))).toHaveLength(2);
    for (const p of ps) expect(p.aliases).not.toContain('Commissioner');
  });
});
