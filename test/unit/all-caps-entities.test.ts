// All-caps headlines and old wire copy: the possessive "'S" is no part of a name, and "US" in capitals is mostly the
// pronoun (tokens.ts, span-rules.ts: possessive-opens-no-name, us-pronoun-in-capitals).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { tokenize } from '../../src/extract/tokens.js';
import { mentionWords, type Span } from '../../src/extract/mention-words.js';
import { SPAN_RULES } from '../../src/extract/span-rules.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('the possessive in capitals', () => {
  it('is split from the word as in mixed case ("PAKISTAN\'S" -> "PAKISTAN" "\'S")', () => {
    expect(tokenize(res.words, "PAKISTAN'S ARMY").map((t) => t.text)).toEqual(['PAKISTAN', "'S", 'ARMY']);
    expect(tokenize(res.words, "Pakistan's army").map((t) => t.text)).toEqual(['Pakistan', "'s", 'army']);
  });

  it('never ends or makes a name in all-caps copy', () => {
    const m = mentions(
      "SAN SALVADOR, 3 JAN 90 -- THE ARMY SAID THAT ROMERO'S KILLERS FLED. GUATEMALA'S GOVERNMENT DENIED IT. THE \"CINCHONERO\" PEOPLE'S LIBERATION FRONT MACHINEGUNNED A CAR.",
    );
    // no name ends at the possessive or opens with it; inside a body's name after a people's noun it is a word of the
    // name (rule mentions/possessive-inside-body-name)
    expect(m.filter((x) => /['’]S$/.test(x) || /:['’]S/.test(x))).toEqual([]);
    expect(m.filter((x) => /['’]S\b/.test(x))).toEqual(["organization:PEOPLE'S LIBERATION FRONT"]);
    expect(m).toContain('place:GUATEMALA');
  });
});

describe('"US" in capitals', () => {
  it('is the pronoun after a verb ("GIVES US", "LET US", "TOLD US")', () => {
    const m = mentions(
      'ISLAMABAD, MARCH 3 -- THE MINISTER SAID IT GIVES US NO REASON TO WORRY. LET US WAIT, HE TOLD US THAT NIGHT.',
    );
    expect(m.some((x) => x.endsWith(':US'))).toBe(false);
  });

  it('is the country after "the" and before a noun it modifies', () => {
    const m = mentions('ISLAMABAD, MARCH 3 -- THE MINISTER BLAMED THE US FOR THE ATTACKS ON US TROOPS.');
    expect(m.filter((x) => x === 'place:US').length).toBe(2);
  });

  // the rule alone, on spans a tagger could give: it used to drop only a one-word "US"
  const usRule = SPAN_RULES.find((r) => r.id === 'mentions/us-pronoun-in-capitals')!;
  const after = (sentence: string, spans: Span[]) => {
    const words = sentence.split(' ');
    usRule.run({ res, words, spans, allCaps: true, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return spans.map((t) => words.slice(t.s, t.e).join(' '));
  };
  const span = (s: number, e: number, gaz: Span['gaz'] = []): Span => ({
    type: 'organization',
    s,
    e,
    gaz,
    weak: false,
    source: 'tagger',
  });

  it('takes a name the tagger ran on from the pronoun ("US FIRM") with it', () => {
    expect(after('TALKS THAT WOULD BRING US FIRM AND LASTING CALM .', [span(4, 6)])).toEqual([]);
    // before a noun the country modifies, the same run is the country's
    expect(after('TALKS THAT WOULD BRING US TROOPS HOME .', [span(4, 6)])).toEqual(['US TROOPS']);
  });

  it('drops the verb before the pronoun that reads as a body\'s acronym ("LET"), never a place', () => {
    const peru = res.gazetteer.placesByName.get('peru')!;
    expect(after('LET US WAIT FOR THE ARMY .', [span(0, 1)])).toEqual([]);
    expect(after('VISITORS FROM PERU US AND OTHERS .', [span(2, 3, peru)])).toEqual(['PERU']);
  });
});

describe('a given name opening a name in capitals', () => {
  it('makes a person of what the tagger read as a place', () => {
    const m = mentions(
      'SAN SALVADOR, 3 JAN 90 -- FMLN COMMANDER SALVADOR SANCHEZ CEREN SAID THE REBELS WILL ATTEND THE TALKS.',
    );
    expect(m).toContain('person:SALVADOR SANCHEZ CEREN');
    expect(m).toContain('place:SAN SALVADOR');
  });

  const rule = SPAN_RULES.find((r) => r.id === 'mentions/given-name-opens-person-in-capitals')!;
  const typed = (sentence: string, s: number, e: number, type: string) => {
    const words = sentence.split(' ');
    const spans: Span[] = [{ type, s, e, gaz: [], weak: false, source: 'tagger' }];
    rule.run({ res, words, spans, allCaps: true, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return spans[0]!.type;
  };

  it('leaves a body or a place whose later words say what it is', () => {
    expect(typed('COACH LARISA SAYENKO PICKED THE SQUAD .', 1, 3, 'place')).toBe('person');
    // a body's head word inside the span or right after it, a region opening it
    expect(typed('THE CHRISTIAN DEMOCRATIC PARTY WON .', 1, 3, 'organization')).toBe('organization');
    expect(typed('FANS OF GEORGE MASON UNIVERSITY CHEERED .', 2, 5, 'organization')).toBe('organization');
    expect(typed('VIRGINIA CAVALIERS WON AGAIN .', 0, 2, 'organization')).toBe('organization');
  });
});

describe('a name in capitals ends before a verb or a small word', () => {
  it('"BOCHUM WON" is Bochum; "BANK OF ENGLAND" keeps the small word that joins it', () => {
    const m = mentions('SOCCER - BOCHUM WON 2-1 AT HOME ON SATURDAY, AND THE BANK OF ENGLAND KEPT RATES STEADY.');
    expect(m).toContain('organization:BOCHUM');
    expect(m).toContain('organization:BANK OF ENGLAND');
    expect(m.some((x) => /WON|KEPT/.test(x))).toBe(false);
  });

  it('leaves a particle of a name and a Title Case headline alone', () => {
    const rule = SPAN_RULES.find((r) => r.id === 'mentions/caps-name-ends-before-verb')!;
    const cut = (sentence: string, s: number, e: number) => {
      const words = sentence.split(' ');
      const spans: Span[] = [{ type: 'person', s, e, gaz: [], weak: false, source: 'tagger' }];
      rule.run({ res, words, spans, allCaps: true, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
      return words.slice(spans[0]!.s, spans[0]!.e).join(' ');
    };
    expect(cut('RONALD DE BOER SCORED TWICE .', 0, 3)).toBe('RONALD DE BOER');
    expect(cut('Ronald de Boer Scores Twice', 0, 3)).toBe('Ronald de Boer');
    expect(cut('MITCHELL MADE THE FINAL .', 0, 2)).toBe('MITCHELL');
  });
});

describe('a name in capitals ends before a common noun that news writes small after a name', () => {
  const rule = SPAN_RULES.find((r) => r.id === 'mentions/caps-name-ends-before-common-noun')!;
  const cut = (sentence: string, s: number, e: number, type = 'organization', allCaps = true) => {
    const words = sentence.split(' ');
    const spans: Span[] = [{ type, s, e, gaz: [], weak: false, source: 'tagger' }];
    rule.run({ res, words, spans, allCaps, W: mentionWords(res), names: res.names, gaz: res.gazetteer });
    return words.slice(spans[0]!.s, spans[0]!.e).join(' ');
  };

  it('stops a club or a paper before the noun after it ("PLAYERS", "NEWSPAPER")', () => {
    expect(cut('FANS JEERED SPARTAK TULA PLAYERS AFTER THE DRAW .', 2, 5)).toBe('SPARTAK TULA');
    expect(cut('THE GAZETA NEWSPAPER PRINTED THE LETTER .', 1, 3)).toBe('GAZETA');
  });

  it('keeps a head word, a firm\'s name before its suffix and the word after "OF"', () => {
    expect(cut('THE NATIONAL POLICE SEALED THE ROAD .', 1, 3)).toBe('NATIONAL POLICE');
    expect(cut('SHARES IN MALABAR COPPER LTD FELL .', 2, 5)).toBe('MALABAR COPPER LTD');
    expect(cut('THE WINNIPEG BOARD OF TRADE MET .', 1, 5)).toBe('WINNIPEG BOARD OF TRADE');
  });

  it('stops a name before a noun seen small after a name only once in training ("SANCTIONS", "INSURGENTS")', () => {
    expect(cut('THE BANK WAS HIT BY EUROPEAN UNION SANCTIONS LAST YEAR .', 5, 8)).toBe('EUROPEAN UNION');
    expect(cut('POLICE SAID TALIBAN INSURGENTS FIRED ON THE CONVOY .', 2, 4)).toBe('TALIBAN');
    expect(cut('HE WILL APPEAL AGAINST THE UEFA DECISION ON MONDAY .', 5, 7)).toBe('UEFA');
  });

  it("leaves a person's name and mixed-case text alone", () => {
    expect(cut('GENERAL KYAW WIN ARRIVED ON MONDAY .', 1, 3, 'person')).toBe('KYAW WIN');
    expect(cut('Fans jeered Spartak Tula Players after the draw .', 2, 5, 'organization', false)).toBe(
      'Spartak Tula Players',
    );
  });

  it('ends the name the article yields in capitals', () => {
    const m = mentions(
      'ZAGREB, MAY 4 -- THE VJESNIK NEWSPAPER SAID ON MONDAY THAT THE TALKS HAD FAILED. POLICE SAID INTERFAX NEWS AGENCY HAD REPORTED THE BLAST.',
    );
    expect(m).toContain('organization:VJESNIK');
    expect(m).toContain('organization:INTERFAX');
    expect(m.some((x) => /NEWSPAPER|NEWS AGENCY/.test(x))).toBe(false);
  });
});
