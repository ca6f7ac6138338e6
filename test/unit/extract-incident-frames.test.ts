// Document-level incident frames in words written for this test: who did it and who was hurt (named or described,
// only with a cue), wire datelines with two-digit years, and past events an article only refers to.
import { describe, expect, it } from 'vitest';
import { findDateline, parseDatelineDate } from '../../src/extract/dates.js';
import { earlierMonthMark, frameCuesOf, followUpCue, pastMark } from '../../src/extract/incident-references.js';
import { roleCuesOf, rolePhrases } from '../../src/extract/incident-roles.js';
import { loadResources } from '../../src/extract/resources.js';

const resources = loadResources();

describe('role phrases', () => {
  const cues = () => roleCuesOf(resources);
  // name slots (personOnly) are read in incident-roles-casualties.test.ts
  const roles = (s: string) =>
    rolePhrases(cues(), s, 0)
      .filter((p) => !p.personOnly)
      .map((p) => [p.role, p.text, p.needsEntity]);
  it('finds described attackers and victims from the verb, whatever the case', () => {
    expect(roles('Masked men abducted two aid workers near the border crossing.')).toEqual([
      ['perpetrator', 'Masked men', false],
      ['victim', 'two aid workers', false],
    ]);
    expect(roles('FOUR FARMERS WERE MURDERED BY HOODED MEN ON THE ROAD.')).toEqual([
      ['victim', 'FOUR FARMERS', false],
      ['perpetrator', 'HOODED MEN', false],
    ]);
  });
  it('reads the object of a harm noun as its victim and a subject without an attacker noun as needing a name', () => {
    expect(roles('Residents condemned the killing of a village teacher.')).toEqual([
      ['victim', 'village teacher', false],
    ]);
    // (troops who harm civilians, 'three villagers', did an attack: role.subject-harms-civilians)
    expect(roles('Troops shot three men.')).toEqual([
      ['perpetrator', 'Troops', true],
      ['victim', 'three men', false],
    ]);
  });
  it('assigns nothing without a cue', () => {
    expect(roles('The gunmen and their families live in the hills.')).toEqual([]);
  });
  it('reads the subject or agent of a verb of attack on things as the perpetrator, never its object as a victim', () => {
    expect(roles('URBAN GUERRILLAS DESTROYED TWO POWER PYLONS NEAR THE DAM.')).toEqual([
      ['perpetrator', 'URBAN GUERRILLAS', false],
    ]);
    expect(roles('A parcel bomb was left at the depot and placed under a truck by a drug gang.')).toEqual([
      ['perpetrator', 'drug gang', false],
    ]);
  });
  it('reads the one accused or held responsible as the perpetrator, and a subject before a relative pronoun', () => {
    expect(roles('The governor accused the rebels of the ambush.')).toEqual([['perpetrator', 'rebels', false]]);
    expect(roles('OFFICIALS HELD THE INSURGENTS RESPONSIBLE FOR THE BLAST.')).toEqual([
      ['perpetrator', 'INSURGENTS', false],
    ]);
    expect(roles('The death squads, who murdered two teachers, fled.')).toEqual([
      ['perpetrator', 'death squads', false],
      ['victim', 'two teachers', false],
    ]);
    expect(roles('The kidnappers, who have claimed responsibility, are still at large.')).toEqual([
      ['perpetrator', 'kidnappers', false],
    ]);
  });
  it('reads the object of a participle after a comma as a victim and a shelling subject as the perpetrator', () => {
    expect(roles('A rocket hit the depot, wounding two guards.')).toEqual([['victim', 'two guards', false]]);
    expect(roles('INSURGENTS SHELLED THE OUTPOST, KILLING AT LEAST FOUR GUARDS.')).toEqual([
      ['perpetrator', 'INSURGENTS', false],
      ['victim', 'FOUR GUARDS', false],
    ]);
  });
  it('does not blame a phrase the verb only mentions', () => {
    expect(roles('The rebels accused nobody.')).toEqual([]);
  });
});

describe('wire datelines', () => {
  it('reads upper-case months, a bracketed country and two-digit years', () => {
    expect(parseDatelineDate(resources.words, '14 MAR 91', null)).toBe('1991-03-14');
    expect(parseDatelineDate(resources.words, 'Sept 2', new Date(Date.UTC(2012, 0, 5)))).toBe('2011-09-02');
    expect(parseDatelineDate(resources.words, '2 Sept', null)).toBeNull();
    const d = findDateline(resources.words, 'QUITO (ECUADOR), 14 MAR 91 (AFP) -- [TEXT] A CAR BOMB', null);
    expect(d?.date).toBe('1991-03-14');
    expect('QUITO (ECUADOR), 14 MAR 91 (AFP) -- [TEXT] A CAR BOMB'.slice(d!.placeStart, d!.placeEnd)).toBe(
      'QUITO (ECUADOR)',
    );
  });
});

describe('past events', () => {
  const cues = () => frameCuesOf(resources.words);
  it('knows a follow-up article by its title or lede', () => {
    expect(followUpCue(cues(), 'Jury returns verdict in harbour bombing case', '')).toMatch(/verdict/i);
    expect(followUpCue(cues(), 'Town marks five years since market fire', '')).toMatch(/five years since/i);
    expect(followUpCue(cues(), 'Gunman kills two at ferry terminal', 'A gunman opened fire on Tuesday.')).toBeNull();
    expect(followUpCue(cues(), 'Fugitive caught after six months on the run', '')).toBeNull();
  });
  it('marks an incident phrase placed in the past', () => {
    expect(pastMark(cues(), 'ever since the 2009 harbour ', ' , officials said')).toBe('2009 harbour');
    expect(pastMark(cues(), 'survivors of the ', ' twelve years ago gathered')).toMatch(/years ago/);
    expect(pastMark(cues(), 'a car ', ' outside the ministry')).toBeNull();
    expect(pastMark(cues(), 'imposed after the ', ' of March 2011 were lifted')).toMatch(/March 2011/);
    // a street number is no year
    expect(pastMark(cues(), 'investigating a ', ' in the 1900 block of Elm Street')).toBeNull();
  });
  it('reads a mark of the past after the object of a noun of harm', () => {
    expect(pastMark(cues(), 'the ', ' of the six harbour pilots in 2009, officials said')).toMatch(/in 2009/);
    expect(pastMark(cues(), 'was ', ' by a gang of traffickers last year')).toMatch(/last year/);
    // a comma ends the phrase: a year after it belongs to the next clause
    expect(pastMark(cues(), 'the ', ' of the pilots, who had joined in 2009')).toBeNull();
  });
  it('reads a month named before the phrase as past only when it ended over a month before the article', () => {
    const spring = new Date('2022-03-18T12:00:00Z');
    expect(pastMark(cues(), 'a suspect in the October ', ' on the harbour', spring)).toMatch(/October/);
    expect(pastMark(cues(), 'after the October 4 ', ', officials said', spring)).toMatch(/October 4/);
    expect(pastMark(cues(), 'the March ', ' on the harbour', spring)).toBeNull();
    // a month ended a fortnight before is still news of the article's days
    expect(pastMark(cues(), 'the February 28 ', ' on the harbour', spring)).toBeNull();
    // "may" the verb is no month; in all-capital wire text a month still is one
    expect(pastMark(cues(), 'the suspect may ', ' again', new Date('2022-09-01T12:00:00Z'))).toBeNull();
    expect(pastMark(cues(), 'THE OCTOBER ', ' IN THE CAPITAL', spring)).toMatch(/OCTOBER/);
    expect(pastMark(cues(), 'the October ', ' on the harbour')).toBeNull();
  });
  it("reads a month before the article's month, with no day or year, as an earlier event", () => {
    const june = new Date('2021-06-10T12:00:00Z');
    expect(earlierMonthMark(cues(), ' at the harbour in February, which', june)).toMatch(/February/);
    expect(earlierMonthMark(cues(), ' in June, police said', june)).toBeNull();
    expect(earlierMonthMark(cues(), ' in February 2020', june)).toBeNull();
    expect(earlierMonthMark(cues(), ' in February', null)).toBeNull();
    // a month of the year before, later in the calendar than the article's month, is earlier too
    expect(earlierMonthMark(cues(), ' in Paris in November, which', june)).toMatch(/November/);
    // "last February" as much as "in February"
    expect(earlierMonthMark(cues(), ' of two judges last February', june)).toMatch(/last February/);
    expect(earlierMonthMark(cues(), ' of two judges last June', new Date('2021-07-02T12:00:00Z'))).toBeNull();
  });
});
