// Issue #11, text in capitals: the tagger runs a name the article writes elsewhere on into the word after it ("BRUNO
// LOST"). Rule entities/caps-known-name-runs-on ends the name before such a word. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { rulesOver } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

describe('mentions.commonWordsInNames', () => {
  it('holds common words news writes capitalised inside names, not words it writes small after them', () => {
    const inNames = res.words.set('mentions.commonWordsInNames');
    for (const w of ['exchange', 'newsroom', 'open']) expect(inNames.has(w)).toBe(true);
    for (const w of ['lost', 'easily', 'vendor']) expect(inNames.has(w)).toBe(false);
  });
});

describe('entities/caps-known-name-runs-on', () => {
  it("ends a person's name before a word of English where the article names the person without it", () => {
    const text = 'BOXER TOMAS OKRANE WILL FIGHT AGAIN. OKRANE LOST TWO TITLE BOUTS IN 1994.';
    expect(
      rulesOver(text, [
        ['person', 'TOMAS OKRANE'],
        ['person', 'OKRANE LOST'],
      ]),
    ).toEqual(['person:TOMAS OKRANE', 'person:OKRANE']);
  });

  it('ends a place or a body written alone elsewhere before a word news writes small after a name', () => {
    const text = 'FLOODS HIT VARENKO.\nVARENKO 1996-08-30\nA VARENKO VENDOR SAID THE WATER ROSE FAST.';
    expect(
      rulesOver(text, [
        ['place', 'VARENKO'],
        ['place', 'VARENKO', 20],
        ['organization', 'VARENKO VENDOR'],
      ]),
    ).toEqual(['place:VARENKO', 'place:VARENKO', 'place:VARENKO']);
  });

  it('keeps a word news writes inside names, a body head, and a name the article never writes alone', () => {
    const text = 'TRADE RESUMED IN KALMORA. SHARES ON THE KALMORA EXCHANGE ROSE AND THE KALMORA PARTY SAID SO.';
    expect(
      rulesOver(text, [
        ['place', 'KALMORA'],
        ['organization', 'KALMORA EXCHANGE'],
        ['organization', 'KALMORA PARTY'],
      ]),
    ).toEqual(['place:KALMORA', 'organization:KALMORA EXCHANGE', 'organization:KALMORA PARTY']);
    const alone = 'THE ORVIN VENDOR SAID THE WATER ROSE FAST.';
    expect(rulesOver(alone, [['organization', 'ORVIN VENDOR']])).toEqual(['organization:ORVIN VENDOR']);
  });

  it('leaves mixed-case text alone', () => {
    const text = 'Boxer Tomas Okrane will fight again. Okrane Lost two title bouts in 1994.';
    expect(
      rulesOver(text, [
        ['person', 'Tomas Okrane'],
        ['person', 'Okrane Lost'],
      ]),
    ).toEqual(['person:Tomas Okrane', 'person:Okrane Lost']);
  });
});

describe('entities/caps-known-name-runs-on: inflected words and weekdays', () => {
  it('ends a known name before a verb form or plural the word lists hold only as a stem, and before a weekday', () => {
    const text =
      'TALKS WITH VARENKO STALLED. VARENKO DEALERS SAID PRICES FELL. VARENKO HOSTED TALKS. VARENKO MONDAY VOTE.';
    expect(
      rulesOver(text, [
        ['place', 'VARENKO'],
        ['organization', 'VARENKO DEALERS'],
        ['organization', 'VARENKO HOSTED', 40],
        ['organization', 'VARENKO MONDAY', 60],
      ]),
    ).toEqual(['place:VARENKO', 'place:VARENKO', 'place:VARENKO', 'place:VARENKO']);
  });

  it('keeps a name the article never writes alone with such a word after it', () => {
    const text = 'ORVIN DEALERS SAID PRICES FELL.';
    expect(rulesOver(text, [['organization', 'ORVIN DEALERS']])).toEqual(['organization:ORVIN DEALERS']);
  });
});
