// Issue #11, text in capitals: the tagger may end a person's name at a first word no given-name lexicon knows and
// leave the next word untyped. Rule entities/caps-foreign-name-then-surname joins that word when it cannot be a word
// of English. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { rulesOver } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

describe('entities/caps-foreign-name-then-surname', () => {
  it('joins the word after a one-word person the lexicons do not know when it is no word of English', () => {
    const text = 'THE MINISTRY SPOKESWOMAN QIAO WENLUAN DENIED THE REPORT ON MONDAY.';
    expect(rulesOver(text, [['person', 'QIAO']])).toEqual(['person:QIAO WENLUAN']);
  });

  it('leaves a verb form, a weekday, a word that is also a name and a place after the person', () => {
    const text =
      'ENVOY QIAO DEFENDS THE PLAN. ENVOY TAVRIK THURSDAY SPOKE. ENVOY QIAO RICE SPOKE. ENVOY TAVRIK LONDON VISIT.';
    const pieces: [string, number][] = [
      ['QIAO', 0],
      ['TAVRIK', 30],
      ['QIAO', 60],
      ['TAVRIK', 80],
    ];
    expect(
      rulesOver(
        text,
        pieces.map(([w, from]) => ['person', w, from]),
      ),
    ).toEqual(['person:QIAO', 'person:TAVRIK', 'person:QIAO', 'person:TAVRIK']);
  });

  it('leaves a word after punctuation, a word the article types as a place alone, and mixed-case text', () => {
    const text = 'THE SQUAD: ORVENIK, DASHLOV AND MIRTZA. ORVENIK DASHLOV PLAYED. DASHLOV IS A TOWN.';
    // (other rules read the place's name again where the article writes it; only the people are looked at here)
    const people = rulesOver(text, [
      ['person', 'ORVENIK'],
      ['person', 'ORVENIK', 40],
      ['place', 'DASHLOV', 65],
    ]).filter((c) => c.startsWith('person:'));
    expect(people).toEqual(['person:ORVENIK', 'person:ORVENIK']);
    const mixed = 'The ministry spokeswoman Qiao Wenluan denied the report on Monday.';
    expect(rulesOver(mixed, [['person', 'Qiao']])).toEqual(['person:Qiao']);
  });
});

describe('entities.wordFormEndings', () => {
  it('holds endings of verb forms and plurals but no lone consonant that names end in', () => {
    const endings = res.words.list('entities.wordFormEndings');
    for (const e of ['ing', 'ed', 's']) expect(endings).toContain(e);
    expect(endings).not.toContain('d');
  });
});
