// A victim's home town written before a noun for the person ("the shooting death of a Minnetonka teen") is where the
// person lived, not where the incident was (rule place/home-town-of-the-harmed). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string, published = '2016-09-27', title?: string) =>
  extract({ published, text, ...(title ? { title } : {}) }, res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );

describe('place/home-town-of-the-harmed', () => {
  it('"the shooting death of a Minnetonka teen" is placed where the text says the teen was shot', () => {
    const found = incidents(
      'Two people have been charged in the shooting death of a Minnetonka teen. ' +
        'Police said Ann Lee, 17, was shot Sept. 24 outside a home in Saint Paul.',
    );
    const shootings = found.filter((i) => i.kind === 'shooting');
    expect(shootings).toHaveLength(1);
    expect(shootings[0]!.place).toBe('Saint Paul');
  });

  it('a headline\'s "Death Of Minnetonka Teen" does not place it either', () => {
    const found = incidents(
      'Police said Ann Lee, 17, was shot Sept. 24 outside a home in Saint Paul. The shooting was reported Monday.',
      '2016-09-27',
      'Two Charged In Shooting Death Of Minnetonka Teen',
    );
    expect(found.map((i) => i.place)).not.toContain('Minnetonka');
  });

  it('guard: the home town still places the incident where the article names no other place', () => {
    const found = incidents('Police are investigating the shooting of a Chicago man on Sunday.');
    expect(found.map((i) => i.place)).toContain('Chicago');
  });
});
