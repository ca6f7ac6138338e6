// Issue #11, text in capitals: the tagger may end a person's name at the given name ("COACH FABIO" of "COACH FABIO
// CAPELLO"). Rule entities/caps-given-name-then-surname joins the surname that follows. Sentences written for these
// tests.
import { describe, expect, it } from 'vitest';
import { rulesOver } from '../helpers/entity-rules.js';

describe('entities/caps-given-name-then-surname', () => {
  it('joins a rare word after a given name in capitals: the surname the tagger left out', () => {
    const text = 'THE CLUB HIRED COACH MARCO ZUBRENVIK-OLAFE ON FRIDAY.';
    expect(rulesOver(text, [['person', 'MARCO']])).toEqual(['person:MARCO ZUBRENVIK-OLAFE']);
  });

  it('joins a word the article uses in another full name of a person', () => {
    const text = 'HELEN KOWALSKI WON THE FINAL. LATER SHE SPOKE TO ANNA KOWALSKI, HER SISTER.';
    expect(
      rulesOver(text, [
        ['person', 'HELEN KOWALSKI'],
        ['person', 'ANNA'],
      ]),
    ).toEqual(['person:HELEN KOWALSKI', 'person:ANNA KOWALSKI']);
    // the same word with no such backing is left alone
    const alone = 'LATER SHE SPOKE TO ANNA KOWALSKI, HER SISTER.';
    expect(rulesOver(alone, [['person', 'ANNA']])).toEqual(['person:ANNA']);
  });

  it('leaves a word of English, a place and a word the clusters know after the given name', () => {
    const text = 'AFTER THE VOTE MARCO SAID NO. THEN MARCO PARIS WAS CALM. MARCO DEFEATS ALL.';
    expect(
      rulesOver(text, [
        ['person', 'MARCO'],
        ['person', 'MARCO', 25],
        ['person', 'MARCO', 45],
      ]),
    ).toEqual(['person:MARCO', 'person:MARCO', 'person:MARCO']);
  });
});

describe('entities/caps-given-name-then-surname: a surname the word clusters know', () => {
  it("joins a word of a cluster of people's names after a given name", () => {
    // "abrams" stands in a word cluster rich in given names; it is no word of English and no place
    const text = 'THE TALKS WERE LED BY ENVOY MARCO ABRAMS ON FRIDAY.';
    expect(rulesOver(text, [['person', 'MARCO']])).toEqual(['person:MARCO ABRAMS']);
  });

  it('leaves a word of a cluster of other things ("PENNEY": a chain of stores)', () => {
    const text = 'THE TALKS WERE LED BY ENVOY MARCO PENNEY ON FRIDAY.';
    expect(rulesOver(text, [['person', 'MARCO']])).toEqual(['person:MARCO']);
  });
});
