// Bringing down an aircraft ("shot down two helicopters", "downed an army plane") is an attack told on its own, with no
// other word of violence in the sentence. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ published: '2024-06-05', text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('an aircraft brought down', () => {
  it('is an attack when fighters shoot it down', () => {
    const found = incidents(
      'Guerrillas said on Monday they shot down three air force helicopters near the town of Kindu.',
    );
    expect(found.map((g) => g.kind)).toContain('attack');
  });

  it('is an attack when told in the passive', () => {
    const found = incidents('A military transport plane was shot down over the hills east of Bunia on Tuesday.');
    expect(found.map((g) => g.kind)).toContain('attack');
  });

  it('is no incident when the thing shot down is a proposal', () => {
    expect(incidents('Lawmakers in Ottawa shot down the budget proposal on Wednesday.')).toEqual([]);
  });
});
