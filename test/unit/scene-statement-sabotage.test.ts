// Rule place/scene-statement with "the sabotage" as the phrase pointing back: wire reports call attacks on pylons and
// pipelines so, and a later sentence saying where the sabotage took place names the scene. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ text, published: '1989-09-10' }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('a scene statement about "the sabotage" (rule place/scene-statement)', () => {
  it('places the lede event where the statement says the sabotage took place', () => {
    const text =
      'BOGOTA, 10 SEP 89 (WIRE) -- Rebels dynamited two power pylons early today, cutting electricity to thousands ' +
      'of homes. The sabotage took place in Tulua, the power company said.';
    const placed = incidents(text).find((i) => i.place === 'Tulua');
    expect(placed?.merges?.join(' ')).toMatch(/scene-statement/);
  });

  it('does not read a place the sabotage is only compared with as the scene', () => {
    const text =
      'BOGOTA, 10 SEP 89 (WIRE) -- Rebels dynamited two power pylons early today, cutting electricity to thousands ' +
      'of homes. The company said the damage was worse than last year, when a strike hit Tulua.';
    expect(incidents(text).some((i) => i.place === 'Tulua' && /scene-statement/.test(i.merges?.join(' ') ?? ''))).toBe(
      false,
    );
  });
});
