// Issue 11, text in capitals: a firm's partner name the tagger left out, a person and a place glued together in a
// headline, and a surname the gazetteer knows as a town. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import { rulesOver } from '../helpers/entity-rules.js';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';

const names = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type !== 'incident')
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('/')}`);

describe('mentions/caps-firm-reaches-back (issue 11)', () => {
  const rule = SPAN_RULES.find((r) => r.id === 'mentions/caps-firm-reaches-back')!;
  // the firm's span as the tagger may leave it: starting on the second partner's name
  const firmAfter = (sentence: string, from: number) => {
    const words = sentence.split(' ');
    const spans: Span[] = [
      { type: 'organization', s: from, e: words.indexOf('CO') + 1, gaz: [], weak: false, source: 'tagger' },
    ];
    rule.run({ res, words, spans, allCaps: true, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return words.slice(spans[0]!.s, spans[0]!.e).join(' ');
  };

  it('a partner name no word list knows, right before the firm the tagger read, is part of it', () => {
    expect(firmAfter('BONDS WERE SOLD THROUGH HALVORSEN KEMMERER & CO ON TUESDAY .', 5)).toBe(
      'HALVORSEN KEMMERER & CO',
    );
  });

  it('a word banks are named with, such as "FIRST", opens the firm the tagger read from its second word', () => {
    expect(firmAfter('SHARES WERE PLACED BY FIRST HALVORSEN CO ON FRIDAY .', 5)).toBe('FIRST HALVORSEN CO');
    expect(firmAfter('THE DEAL WITH FIRST BANK TRUSTEE CO WAS SIGNED .', 5)).toBe('FIRST BANK TRUSTEE CO');
  });

  it('a firm name word beyond another word of English stays outside', () => {
    expect(firmAfter('IT WAS THE FIRST TIME HALVORSEN CO LOST MONEY .', 5)).toBe('HALVORSEN CO');
    expect(firmAfter('THE FIRST BANK WEST TRUSTEE CO REPORTED A LOSS .', 4)).toBe('TRUSTEE CO');
  });

  it('a word of English before the firm stays outside it', () => {
    expect(firmAfter('BONDS WERE SOLD THROUGH KEMMERER & CO ON TUESDAY .', 4)).toBe('KEMMERER & CO');
    expect(firmAfter('THE LONDON BROKER KEMMERER & CO SOLD THE BONDS .', 3)).toBe('KEMMERER & CO');
  });
});

describe('entities/caps-person-glued-to-place (issue 11)', () => {
  const text = 'FOREIGN MINISTER DMITRI VOLKANOV FLEW TO KIEV ON MONDAY.\nVOLKANOV UKRAINE VISIT ENDS WITHOUT A DEAL.';
  it('the surname of a person named in full and a known country side by side are two names', () => {
    const t = rulesOver(text, [
      ['person', 'DMITRI VOLKANOV'],
      ['place', 'KIEV'],
      ['person', 'VOLKANOV UKRAINE'],
    ]);
    expect(t).toContain('person:VOLKANOV');
    expect(t).toContain('place:UKRAINE');
    expect(t).not.toContain('person:VOLKANOV UKRAINE');
  });

  it('a pair with no person named elsewhere is left alone', () => {
    const t = rulesOver('TALKS WITH VOLKANOV UKRAINE ENDED ON MONDAY.', [['person', 'VOLKANOV UKRAINE']]);
    expect(t).toEqual(['person:VOLKANOV UKRAINE']);
  });
});

describe('entities/caps-city-name-read-as-person (issue 11)', () => {
  it('a town name that is the surname of a person named in full is that person', () => {
    const text = 'STRIKER LUIS DAVENPORT SCORED TWICE ON SUNDAY.\nDAVENPORT HAS NOW SCORED NINE GOALS THIS SEASON.';
    const t = rulesOver(text, [
      ['person', 'LUIS DAVENPORT'],
      ['place', 'DAVENPORT', 20],
    ]);
    expect(t).toEqual(['person:LUIS DAVENPORT', 'person:DAVENPORT']);
  });

  it('a kinship noun right before the name makes it a person', () => {
    const text = 'THE SENATOR AND HIS WIFE, NANCY, VOTED EARLY.';
    expect(rulesOver(text, [['place', 'NANCY']])).toEqual(['person:NANCY']);
  });

  it('a town with no such evidence stays a place, and so does a capital', () => {
    expect(rulesOver('FLOODS HIT NANCY ON MONDAY.', [['place', 'NANCY']])).toEqual(['place:NANCY']);
    const text = 'DENNIS LONDON SPOKE.\nTHE TALKS MOVED TO LONDON.';
    expect(
      rulesOver(text, [
        ['person', 'DENNIS LONDON'],
        ['place', 'LONDON', 20],
      ]),
    ).toContain('place:LONDON');
  });

  it('mixed case is read by its case, not by this rule', () => {
    const text = 'Striker Luis Davenport scored twice.\nThe club flew to Davenport on Sunday.';
    const t = rulesOver(text, [
      ['person', 'Luis Davenport'],
      ['place', 'Davenport', 20],
    ]);
    expect(t).toContain('place:Davenport');
  });
});

describe('mentions/caps-given-name-before-surname (issue 11)', () => {
  it('a given name before a surname the tagger read alone opens the name', () => {
    const t = names('BRITON STEPHEN HOLLOWAY RETAINED HIS TITLE ON SATURDAY.');
    expect(t).toContain('person:STEPHEN HOLLOWAY');
    expect(t).not.toContain('person:HOLLOWAY');
  });

  it('a word of English before the surname stays outside it', () => {
    const t = names('BRITISH BOXER HOLLOWAY RETAINED HIS TITLE ON SATURDAY.');
    expect(t.some((n) => n.includes('BOXER'))).toBe(false);
  });
});

describe('mentions/caps-surname-after-given-name (issue 11)', () => {
  it('a given name after a title takes the surname no word list knows', () => {
    const t = names('THE FEDERATION PRAISED COACH FABIO CAPELLO ON TUESDAY.');
    expect(t).toContain('person:FABIO CAPELLO');
    expect(t).not.toContain('person:FABIO');
  });

  it('a verb after the name stays outside it, also a verb form no list holds', () => {
    for (const verb of ['HAS', 'SUGGESTED', 'WEARING']) {
      const t = names(`PRIME MINISTER NIGEL ${verb} NOTHING TO ADD.`);
      expect(t.some((n) => n.includes(` ${verb}`))).toBe(false);
    }
  });
});

describe('mentions/article-opens-no-known-place (issue 11)', () => {
  const places = (text: string) => names(text).filter((n) => n.startsWith('place:'));

  it('a leading "the" before a known country or region is not part of its name, in capitals or not', () => {
    expect(places('Exporters in the Netherlands and the Middle East cut prices.')).toEqual([
      'place:Netherlands',
      'place:Middle East',
    ]);
    expect(places('EXPORTERS IN THE NETHERLANDS AND THE MIDDLE EAST CUT PRICES.')).toEqual([
      'place:NETHERLANDS',
      'place:MIDDLE EAST',
    ]);
  });

  it('a name known only with its article keeps it', () => {
    expect(places('The envoys met in The Hague on Monday.')).toContain('place:The Hague');
  });
});

describe('entities/caps-city-name-read-as-person, bodies (issue 11)', () => {
  it('a body no town shares its name with stays a body beside its founder', () => {
    const text = 'FOUNDER HENRY VOSKUIJLEN RETIRED IN 1990.\nVOSKUIJLEN POSTED A LOSS ON MONDAY.';
    const t = rulesOver(text, [
      ['person', 'HENRY VOSKUIJLEN'],
      ['organization', 'VOSKUIJLEN', 20],
    ]);
    expect(t).toContain('organization:VOSKUIJLEN');
  });
});
