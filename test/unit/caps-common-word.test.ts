// Issue #11, text in capitals: case no longer tells a name from a word, and the tagger reads lone words that ordinary
// English writes small as names. Rule entities/caps-common-word drops such a lone word (english.commonWords) that
// nothing else backs. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { applyEntityRules } from '../../src/extract/entity-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { rulesOver } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

describe('english.commonWords', () => {
  it('holds words English writes small, and not words it also writes as a name', () => {
    const common = res.names.commonWords;
    for (const w of ['siege', 'moderator', 'prize']) expect(common.has(w)).toBe(true);
    // "Ponce", "Van", "Bush" are also names: not listed
    for (const w of ['ponce', 'van', 'bush', 'quito']) expect(common.has(w)).toBe(false);
  });
});

describe('entities/caps-common-word', () => {
  it('drops a lone common word the tagger read as a name in text in capitals', () => {
    const text = 'THE CABINET KEPT THE STATE OF SIEGE AFTER THE ARCHBISHOP, A FORMER PEACE PRIZE WINNER, SPOKE.';
    expect(
      rulesOver(text, [
        ['place', 'SIEGE'],
        ['person', 'PRIZE'],
      ]),
    ).toEqual([]);
  });

  it('keeps it as a word of a longer name in the article, or where a sentence in mixed case writes it capitalised', () => {
    const text = 'GOLFER HAROLD MEADOW WINS IN OHIO. MEADOW LED FROM THE START.';
    expect(
      rulesOver(text, [
        ['person', 'HAROLD MEADOW'],
        ['person', 'MEADOW', 30],
      ]),
    ).toEqual(['person:HAROLD MEADOW', 'person:MEADOW']);
    const mixed = 'MEADOW WINS AGAIN\nThe rookie beat Meadow by two shots on Sunday.';
    expect(rulesOver(mixed, [['person', 'MEADOW']])).toEqual(['person:MEADOW']);
  });

  it('keeps a plural (a team, a people) and a word a gazetteer knows as a place', () => {
    const text = 'THE HERONS BEAT THE VISITORS AT BATH ON SATURDAY.';
    expect(
      rulesOver(text, [
        ['organization', 'HERONS'],
        ['place', 'BATH'],
      ]),
    ).toEqual(['organization:HERONS', 'place:BATH']);
  });

  it('leaves text in mixed case alone (entities/common-word-alone reads it there)', () => {
    const off = { ...res, rules: { disabled: new Set(['entities/common-word-alone']) } };
    const doc = makeDoc({ text: 'Officials lifted the Siege on Monday.' }, off);
    const cands: Candidate[] = [
      { type: 'organization', start: 21, end: 26, text: 'Siege', sentence: 0, gaz: [], source: 'tagger', roles: [] },
    ];
    applyEntityRules(doc, cands);
    expect(cands.map((c) => `${c.type}:${c.text}`)).toEqual(['organization:Siege']);
    expect(rulesOver('Officials lifted the Siege on Monday.', [['organization', 'Siege']])).toEqual([]);
  });
});

describe('entities/caps-common-word: short forms are last words', () => {
  it('drops a common word that only opens a longer name in the article', () => {
    const text = 'TRADERS IN NEW YORK SAID NEW ORDERS FELL.';
    expect(
      rulesOver(text, [
        ['place', 'NEW YORK'],
        ['organization', 'NEW', 18],
      ]),
    ).toEqual(['place:NEW YORK']);
  });

  it('keeps the first of two surnames, the short form of a Spanish name', () => {
    const text = 'THE STUDY BY JORGE MEADOW ORTIZ WAS PUBLISHED. MEADOW SAID PRICES FELL.';
    expect(
      rulesOver(text, [
        ['person', 'JORGE MEADOW ORTIZ'],
        ['person', 'MEADOW', 40],
      ]),
    ).toEqual(['person:JORGE MEADOW ORTIZ', 'person:MEADOW']);
  });
});
