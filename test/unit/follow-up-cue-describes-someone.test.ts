// A follow-up word in the first sentence that only says who the victim is ("the judge who presided over the trial
// of …", "the prosecutor leading the inquiry into …") does not make a report of a killing a follow-up (rule
// follow-up/cue-describes-someone). Texts written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { incidentsOf } from '../helpers/incidents.js';
import { res } from '../helpers/resources.js';

describe('a follow-up word set off by commas before the harm', () => {
  it('describes the victim: the killing is the news of the day, dated and no reference', () => {
    const found = incidentsOf(
      '2022-05-12',
      "PORTO VELHO, Brazil - Rafael Nunes, the prosecutor leading the inquiry into last month's attack on a river " +
        'ferry, was shot dead outside his home on Wednesday, police said. Two men on a motorcycle fired at him.',
    );
    const killing = found.filter((i) => !i.reference && i.kind !== 'arrest' && i.kind !== 'raid');
    expect(killing).toHaveLength(1);
    expect(killing[0]!.date).toBe('2022-05-11');
    expect(killing[0]!.participants.some((p) => p.role === 'victim' && p.name === 'Rafael Nunes')).toBe(true);
  });

  it('still makes a follow-up when the sentence itself reports the proceedings', () => {
    const found = incidentsOf(
      '2022-05-12',
      'PORTO VELHO, Brazil - A judge on Wednesday opened the inquiry into the shooting of a prosecutor, who was ' +
        'killed outside his home in March.',
    );
    expect(found.filter((i) => i.kind === 'shooting').every((i) => i.reference)).toBe(true);
  });

  it('still makes a follow-up when the title has the word', () => {
    const found = extract(
      {
        published: '2022-05-12',
        title: 'Trial hears how lawyer was shot',
        text:
          'PORTO VELHO, Brazil - Rafael Nunes, a lawyer for the victims, was shot dead outside his home on Monday, ' +
          'prosecutors said.',
      },
      res,
    ).entities.filter((e): e is IncidentEntity => e.type === 'incident');
    expect(found.filter((i) => i.kind === 'shooting').every((i) => i.reference)).toBe(true);
  });
});
