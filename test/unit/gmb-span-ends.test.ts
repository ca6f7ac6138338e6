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

  it('a title between a body and a person belongs to neither ("Fatah Prime Minister Salam Fayyad")', () => {
    const m = mentions(
      'Ismail Haniyeh and the former Fatah Prime Minister Salam Fayyad held talks on Tuesday in Cairo.',
    );
    expect(m).toContain('organization:Fatah');
    expect(m.some((x) => x.includes('Prime'))).toBe(false);
  });
});

describe('a capital speaking for its government', () => {
  it('stays the place ("Washington wants", "Washington says")', () => {
    const m = mentions(
      'A leading daily reports that Washington wants to widen a covert drone programme in Yemen. Officials said Washington would send more advisers. The Boston Globe says Washington wants Sanaa to do more.',
    );
    expect(m.filter((x) => x.endsWith(':Washington'))).toEqual([
      'place:Washington',
      'place:Washington',
      'place:Washington',
    ]);
  });
});
