// Wire copy in capitals: a list of victims joined by "AND" counts each item as in mixed case, and a chief ("THE
// POLICE CHIEF OF ...") shot dead is the victim. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

const dateline = 'PUERTO BARRIOS, 12 AUG 89 (ACAN) -- ';

describe('a list of victims in capitals', () => {
  it('counts "THE JUDGE AND THREE ESCORTS" as four, as in mixed case', () => {
    const mixed = 'Rebels shot dead the judge and three escorts near the port on Friday, the army said.';
    expect(incidents(dateline + mixed)[0]?.killed).toBe(4);
    expect(incidents(dateline + mixed.toUpperCase())[0]?.killed).toBe(4);
  });

  it('counts a list with commas and "AND" in capitals', () => {
    const text = 'GUNMEN KILLED A TEACHER, TWO NURSES AND A DRIVER ON THE HIGHWAY YESTERDAY.';
    expect(incidents(dateline + text)[0]?.killed).toBe(4);
  });
});

describe('a chief as the one harmed', () => {
  it('reads "the police chief of <town>" shot dead as the victim, in capitals and in mixed case', () => {
    for (const text of [
      'THE POLICE CHIEF OF LIVINGSTON WAS SHOT DEAD LAST NIGHT BY TWO MEN ON A MOTORCYCLE.',
      'The police chief of Livingston was shot dead last night by two men on a motorcycle.',
    ]) {
      const victims = incidents(dateline + text).flatMap((i) =>
        i.participants.filter((p) => p.role === 'victim').map((p) => p.name.toLowerCase()),
      );
      expect(victims.some((v) => /chief$/.test(v))).toBe(true);
      expect(victims).not.toContain('police');
    }
  });
});
