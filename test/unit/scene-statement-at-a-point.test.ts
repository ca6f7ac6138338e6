// Rule place/scene-statement-at-a-point: a sentence that says where the event happened and names only a place the
// scene lies at the edge of ("on the outskirts of X", "near X") places it at X. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { extract } from '../../src/extract/index.js';
import { res, withoutRules } from '../helpers/resources.js';
import type { Resources } from '../../src/extract/resources.js';

const RULE = 'place/scene-statement-at-a-point';
const incidents = (text: string, resources: Resources = res) =>
  extract({ text, published: '1989-09-10' }, resources).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );

describe('a scene statement that names a point at the edge of the scene (rule place/scene-statement-at-a-point)', () => {
  const outskirts =
    'BOGOTA, 10 SEP 89 (WIRE) -- Masked men today set fire to three lorries of a dairy cooperative. The arson ' +
    'took place on the outskirts of Tulua, the cooperative said.';

  it('places a lede event with no place of its own at that point, not at the dateline', () => {
    const [arson] = incidents(outskirts);
    expect(arson?.place).toBe('Tulua');
    expect(arson?.merges?.join(' ')).toMatch(/scene-statement-at-a-point/);
  });

  it('reads "near" the same way', () => {
    const near =
      'BOGOTA, 10 SEP 89 (WIRE) -- Masked men today set fire to three lorries of a dairy cooperative. The attack ' +
      'occurred near Tulua, police said.';
    expect(incidents(near)[0]?.place).toBe('Tulua');
  });

  it('switched off, the event falls back to the dateline again', () => {
    expect(incidents(outskirts, withoutRules(RULE))[0]?.place).not.toBe('Tulua');
  });

  it('does not read a place written some distance off as the scene', () => {
    const away =
      'BOGOTA, 10 SEP 89 (WIRE) -- Masked men today set fire to three lorries of a dairy cooperative. The arson ' +
      'took place some 40 km outside Tulua, the cooperative said.';
    const [arson] = incidents(away);
    expect(arson?.place).not.toBe('Tulua');
    expect(arson?.merges?.join(' ') ?? '').not.toMatch(/scene-statement-at-a-point/);
  });

  it('still prefers a town the statement names as the scene over the point beside it', () => {
    const both =
      'BOGOTA, 10 SEP 89 (WIRE) -- Masked men today set fire to three lorries of a dairy cooperative. The arson ' +
      'took place in Buga, near Tulua, the cooperative said.';
    expect(incidents(both)[0]?.place).toBe('Buga');
  });
});
