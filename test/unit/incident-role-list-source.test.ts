import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

/** "role: words" for every participant of the article's incidents */
function roles(text: string): string[] {
  return extract({ text }, res)
    .entities.filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) => i.participants.map((p) => `${p.role}: ${p.name.toLowerCase()}`));
}

describe('rule role.list-item-source', () => {
  it('who comes after "according to" told it: no item of the list of those blamed after it', () => {
    const found = roles(
      'QUITO, 8 APR 91 -- A BOMB KILLED TEN WORKERS AT A UNION OFFICE IN QUITO ON SUNDAY. ' +
        'ACCORDING TO THE REBELS, THE NAVY AND THE POLICE ARE RESPONSIBLE FOR THE BOMB ATTACK.',
    );
    expect(found).not.toContain('perpetrator: rebels');
    expect(found.some((r) => r.startsWith('perpetrator:') && /navy|police/.test(r))).toBe(true);
  });

  it('nor of a list of those harmed after it', () => {
    const found = roles(
      'QUITO, 8 APR 91 -- According to the rebels, an officer and a sergeant were killed in the attack on the garrison at Tena.',
    );
    expect(found).toContain('victim: officer');
    expect(found).toContain('victim: sergeant');
    expect(found).not.toContain('victim: rebels');
    expect(found).not.toContain('perpetrator: rebels');
  });

  it('a list with no source before it still reads every item', () => {
    const found = roles(
      'QUITO, 8 APR 91 -- A bomb killed ten workers at a union office in Quito on Sunday. ' +
        'The rebels said that the navy and the police are responsible for the bomb attack.',
    );
    expect(found).toContain('perpetrator: navy');
    expect(found).toContain('perpetrator: police');
  });
});

describe('perpetrationVerbs: "committed" with a crime as its object', () => {
  it('a named group that committed the murder did it', () => {
    const found = roles(
      'QUITO, 8 APR 91 -- The mayor of Tena was shot dead on Sunday. The army said the Alfaro Vive Front committed the murder.',
    );
    expect(found.some((r) => r.startsWith('perpetrator:') && /alfaro vive/.test(r))).toBe(true);
  });
});
