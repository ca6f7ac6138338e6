// Wire copy stacks body, title and name; the titles a company or the UN gives ("CEO", "Emergency Relief
// Coordinator", "National Security Advisor") split the span into the body and the person (span-rules.ts:
// body-role-person; the titles are data/gazetteers/titles.json).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('a body, a title and a person in one run of capitals', () => {
  it('a chief executive', () => {
    const m = mentions('Brightway CEO Laura Mendes told analysts on Tuesday that sales would fall.');
    expect(m).toContain('person:Laura Mendes');
    expect(m.filter((x) => x.includes('CEO'))).toEqual([]);
  });

  it('a UN coordinator and a security advisor', () => {
    const m = mentions(
      'U.N. Emergency Relief Coordinator Martin Griffiths arrived in Port Sudan. Earlier, National Security Advisor Jake Sullivan left for Riyadh.',
    );
    expect(m).toContain('person:Martin Griffiths');
    expect(m).toContain('person:Jake Sullivan');
    expect(m.filter((x) => x.startsWith('organization:') && /Coordinator|Advisor/.test(x))).toEqual([]);
  });
});

describe('a title inside the name of a body', () => {
  it('"General" inside an assembly\'s name makes no person of the rest', () => {
    const m = mentions('Speaking at the U.N. General Assembly on Thursday, the minister called for a ceasefire.');
    expect(m.filter((x) => x.startsWith('person:'))).toEqual([]);
    expect(m).toContain('organization:U.N. General Assembly');
  });

  it('a body, a title and a person still split', () => {
    const m = mentions('Northfield Bank Chairman Peter Okafor resigned on Monday.');
    expect(m).toContain('person:Peter Okafor');
  });
});
