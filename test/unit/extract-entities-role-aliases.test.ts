import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { PersonEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const people = (text: string) => extract({ text }, res).entities.filter((e): e is PersonEntity => e.type === 'person');

describe('role descriptions are coreference, not aliases', () => {
  it('"the Director General" is noted as the one person holding that role, neither a new person nor an alias', () => {
    const ps = people(
      'Helen Marsh, the Director General of the agency, spoke on Monday. The Director General said the threat was rising.',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]!.name).toBe('Helen Marsh');
    expect(ps[0]!.aliases).not.toContain('Director General');
    expect(ps[0]!.merges?.join(' ')).toMatch(/only person in the article with that role/);
  });

  it('a bare lower-case title ("the president", "the coroner") never becomes an alias of its holder', () => {
    const ps = people(
      'President Tomas Varga opened the bridge at Ostrava on Friday. Later the president thanked the engineers. ' +
        'Coroner Alice Pruett heard the evidence. The findings of the coroner will follow in May.',
    );
    const varga = ps.find((p) => p.name === 'Tomas Varga');
    const pruett = ps.find((p) => p.name === 'Alice Pruett');
    expect(varga?.aliases.map((a) => a.toLowerCase())).not.toContain('president');
    expect(pruett?.aliases.map((a) => a.toLowerCase())).not.toContain('coroner');
    expect(varga?.merges?.join(' ')).toMatch(/"the president" -> "Tomas Varga"/);
  });

  it('a role held by two people in the article is attached to neither', () => {
    const ps = people(
      'Commissioner Daniel Okafor met Commissioner Ruth Beale in Leeds. The Commissioner said more officers would follow.',
    );
    expect(ps.filter((p) => p.roles.includes('Commissioner'))).toHaveLength(2);
    for (const p of ps) expect(p.aliases).not.toContain('Commissioner');
  });
});
