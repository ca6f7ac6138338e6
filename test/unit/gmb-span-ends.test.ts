// Span ends and capitals in conflict news (span-rules.ts: punctuation-ends-no-name, title-straddles-name-end;
// entities.ts surnameActsAsPerson: a capital speaks for its government, as a country does).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('where a name starts and ends', () => {
  it('never on a comma or a quote mark', () => {
    const m = mentions(
      'Fiat plans to build its new Pentastar engine for Chrysler, Dodge, Jeep and Ram vehicles. Mexican officials say the plant will open in June.',
    );
    expect(m.filter((x) => /:[,"“”]|[,"“”]$/u.test(x))).toEqual([]);
  });

  it('a title between a body and a person belongs to neither ("Hamas Prime Minister Ismail Haniyeh")', () => {
    const m = mentions('Mahmoud Abbas and incoming Hamas Prime Minister Ismail Haniyeh met on Friday in Gaza.');
    expect(m).toContain('organization:Hamas');
    expect(m.some((x) => x.includes('Prime'))).toBe(false);
  });
});

describe('a capital speaking for its government', () => {
  it('stays the place ("Washington wants", "Washington says")', () => {
    const m = mentions(
      'A prominent U.S. newspaper says Washington wants to expand a secret CIA program in Pakistan. Officials said Washington would send more trainers. The Wall Street Journal says Washington wants Islamabad to take more action.',
    );
    expect(m.filter((x) => x.endsWith(':Washington'))).toEqual([
      'place:Washington',
      'place:Washington',
      'place:Washington',
    ]);
  });
});
