// Issue 11, text in capitals: the words right after a person's title or an honorific are that person, even when
// case no longer marks them and one of them is also a word of English. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res, withoutRules } from '../helpers/resources.js';

const RULE = 'mentions/caps-title-before-name';

const names = (text: string, resources = res) =>
  extract({ text }, resources)
    .entities.filter((e) => e.type !== 'incident')
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('/')}`);
const people = (text: string, resources = res) => names(text, resources).filter((n) => n.startsWith('person:'));

describe('mentions/caps-title-before-name (issue 11)', () => {
  it('an honorific in capitals makes the surname after it a person', () => {
    expect(people('A LAWYER FOR MRS. TAYLOR ASKED FOR MORE TIME.')).toEqual(['person:TAYLOR']);
    expect(people('A LAWYER FOR MRS. TAYLOR ASKED FOR MORE TIME.', withoutRules(RULE))).toEqual([]);
  });

  it('a surname that is also a word of English is a person right after a title', () => {
    expect(people('SENATOR RICE OPPOSED THE AMENDMENT IN A LATE VOTE.')).toEqual(['person:RICE']);
    expect(people('GOVERNOR HUNT SIGNED THE ORDER ON A RAINY DAY.')).toEqual(['person:HUNT']);
    expect(people('CRITICS OF PRESIDENT BUSH GATHERED OUTSIDE THE HALL.')).toEqual(['person:BUSH']);
  });

  it('the name ends before a word of English ("LATER", "RETURNS")', () => {
    expect(people('SENATOR RICE LATER OPPOSED THE AMENDMENT.')).toEqual(['person:RICE']);
  });

  it('titles in a row are skipped to reach the name', () => {
    expect(people('INTERIOR MINISTER GENERAL TOMAS ORELLANA TOURED THE FLOODED VALLEY.')).toEqual([
      'person:TOMAS ORELLANA',
    ]);
  });

  it('a title followed by a verb or a small word names no one', () => {
    expect(people('THE PRESIDENT SAID ON FRIDAY THAT THE TALKS WOULD RESUME.')).toEqual([]);
    expect(people('THE PRESIDENT OF THE BOARD RESIGNED AFTER THE VOTE.')).toEqual([]);
  });

  it('a title before a weekday or a common noun names no one', () => {
    expect(people('THE GOVERNOR MONDAY SIGNED THE BILL INTO LAW.')).toEqual([]);
    expect(people('THE MINISTER RESPONSIBLE FOR ROADS WAS NOT AVAILABLE.')).toEqual([]);
  });
});
