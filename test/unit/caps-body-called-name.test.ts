// Issue #11, text in capitals: a body named right after "A GROUP CALLED", "A GANG KNOWN AS THE". Rule
// entities/caps-body-called-name reads the name the tagger missed; entities/body-called-name, now case-blind, types the
// name the tagger found as a body. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { rulesOver } from '../helpers/entity-rules.js';

describe('entities/caps-body-called-name', () => {
  it('reads the name after an indefinite body noun and a naming word, up to a word that ends a name', () => {
    const text = 'POLICE DETAINED FOUR MEN FROM A GANG KNOWN AS THE NIGHT HERONS WHO ROBBED TWO BANKS.';
    expect(rulesOver(text, [])).toEqual(['organization:NIGHT HERONS']);
  });

  it("stops after the body's head word where a word of English follows", () => {
    const text = 'A GROUP CALLED THE RED RIVER COMMAND CLAIMED TONIGHT THAT IT SET THE FIRE.';
    const alt = 'A GROUP CALLED THE RED RIVER COMMANDO UNIT TONIGHT CLAIMED THE FIRE.';
    expect(rulesOver(text, [])).toEqual(['organization:RED RIVER COMMAND']);
    expect(rulesOver(alt, [])).toEqual(['organization:RED RIVER COMMANDO UNIT']);
  });

  it('stops at a comma and takes the place of pieces the tagger found inside the name', () => {
    const text = 'THE KIDNAPPERS SAID THEY BELONG TO A GROUP CALLED FREE VALLEY PATRIOTS, AND ASKED FOR MONEY.';
    expect(rulesOver(text, [['place', 'VALLEY']])).toEqual(['organization:FREE VALLEY PATRIOTS']);
  });

  it('reads nothing after "the": there the naming word is a verb', () => {
    const text = 'THE GROUP CALLED ELECTIONS FOR MAY AND THE PARTY NAMED ITS LEADER.';
    expect(rulesOver(text, [])).toEqual([]);
  });

  it('reads nothing in mixed case, where the tagger sees the name by its capitals', () => {
    const text = 'Police detained four men from a gang known as the Night Herons on Monday.';
    expect(rulesOver(text, [])).toEqual([]);
  });
});

describe('entities/body-called-name in capitals', () => {
  it('types a name after "A GROUP CALLED" as a body, though the tagger read a person', () => {
    const text = 'VOTERS BACKED A CAMPAIGN BY A GROUP CALLED SENDA NUEVA TO HOLD A REFERENDUM.';
    expect(rulesOver(text, [['person', 'SENDA NUEVA']])).toEqual(['organization:SENDA NUEVA']);
  });

  it('types a name set off by commas after a body noun', () => {
    const text = 'A SMALL ARMED GROUP, ZAHRAT AL-WADI, SAID IT FIRED THE ROCKETS.';
    expect(rulesOver(text, [['person', 'ZAHRAT AL-WADI']])).toEqual(['organization:ZAHRAT AL-WADI']);
  });

  it('leaves a person after a body noun and a comma when a given name opens it', () => {
    const text = 'SAID THE NEWS AGENCY, HEINRICK WALDNER, WHO RUNS IT.';
    expect(rulesOver(text, [['person', 'HEINRICK WALDNER']])).toEqual(['person:HEINRICK WALDNER']);
  });
});

describe('entities/body-called-name: a body noun that ends another name', () => {
  it("leaves a person set off by commas after a body's full name (its head, not its name)", () => {
    const text = 'THE HEAD OF THE NATIONAL WATER AGENCY, TOMASZ WIERZBICKI, SAID THE DAM WAS SAFE.';
    expect(
      rulesOver(text, [
        ['organization', 'NATIONAL WATER AGENCY'],
        ['person', 'TOMASZ WIERZBICKI'],
      ]),
    ).toEqual(['organization:NATIONAL WATER AGENCY', 'person:TOMASZ WIERZBICKI']);
  });
});

describe('entities/caps-body-called-name over a place', () => {
  it('reads a name that opens with a place whole', () => {
    const text = "THE ABDUCTORS ARE MEMBERS OF A GROUP CALLED PERU'S DAWN FRONT, THE POLICE SAID.";
    expect(rulesOver(text, [['place', 'PERU']])).toEqual(["organization:PERU'S DAWN FRONT"]);
  });
});
