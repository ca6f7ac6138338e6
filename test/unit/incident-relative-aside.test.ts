// A subject, a relative clause set off by commas, then the verb of harm (rule role.relative-aside): the subject did it
// however the aside is worded, as court reports write of an attacker who may not be named. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const participants = (text: string) =>
  extract({ published: '2024-03-14', text }, res)
    .entities.filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((g) => g.participants.map((p) => `${p.role}: ${p.name}`));

describe('a relative clause between the attacker and the verb', () => {
  it('keeps an unnamed teenager as the one who knifed the victim', () => {
    const found = participants(
      'The teenager, who cannot be identified because of his age, knifed Owen Pryce outside a chip shop in Cardiff.',
    );
    expect(found).toEqual(expect.arrayContaining(['perpetrator: teenager', 'victim: Owen Pryce']));
  });

  it('keeps a man in a mask as the gunman', () => {
    const found = participants('A man, who had hidden his face, shot dead two guards at a petrol station in Derby.');
    expect(found).toEqual(expect.arrayContaining(['perpetrator: man', 'victim: two guards']));
  });

  it('does not make the subject of a passive verb after the aside a perpetrator', () => {
    const found = participants(
      'Two cashiers, who had started work that week, were shot dead at a petrol station in Derby.',
    );
    expect(found.filter((p) => p.startsWith('perpetrator'))).toEqual([]);
  });
});
