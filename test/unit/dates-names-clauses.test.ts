// Rules dates/date-in-a-name ("the 19 April Movement" dates nothing), dates/coming-weekday ("next Sunday" is a plan)
// and dates/occurrence-clause ("the murder that took place on 16 November" is that day's murder). Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import { occurrenceClauseOwner } from '../../src/extract/occurrence-clause.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const spans = (text: string, anchor: string) =>
  datesIn(text, 0, new Date(`${anchor}T12:00:00Z`), undefined, res.words).map((d) => [
    text.slice(d.start, d.end),
    d.iso,
  ]);

const incidents = (text: string, published: string) =>
  extract({ text, published }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('a day and month that are part of a name (rule dates/date-in-a-name)', () => {
  it('before a noun of a movement or a quarter dates nothing', () => {
    expect(spans('Leaders of the 26 July Movement met the bishop.', '2003-05-02')).toEqual([]);
    expect(spans('SHOTS WERE FIRED IN THE 3 OCTOBER NEIGHBORHOOD OF THE CAPITAL.', '2003-05-02')).toEqual([]);
  });

  it('set alone in quotation marks dates nothing', () => {
    expect(spans('A cell calling itself the "12 March" fighters claimed the blast.', '2003-05-02')).toEqual([]);
  });

  it('a day and month before another noun, or with its year, stays a date', () => {
    expect(spans('Rebels attacked the barracks on 26 April and withdrew.', '2003-05-02')).toEqual([
      ['on 26 April', '2003-04-26'],
    ]);
    expect(spans('The 19 April 1970 movement of troops to the border began the war.', '2003-05-02')).toEqual([
      ['19 April 1970', '1970-04-19'],
    ]);
  });

  it('the lede gives no day from the name to the main incident', () => {
    const [inc] = incidents(
      'QUITO, 2 MAY 03 (WIRE) -- [TEXT] A GROUP CALLING ITSELF THE 8 MARCH MOVEMENT SET OFF TWO BOMBS AT A BANK IN QUITO. NOBODY WAS HURT.',
      '2003-05-02',
    );
    expect(inc?.date).not.toBe('2003-03-08');
  });
});

describe('a date the text marks as written wrongly (rule dates/sic-marked)', () => {
  it('"[as received]" or "[sic]" right after it: no day', () => {
    expect(spans('THE BLAST OCCURRED AT 2200 ON MONDAY [AS RECEIVED] AND DAMAGED TWO SHOPS.', '2003-05-01')).toEqual(
      [],
    );
    expect(spans('The letter is dated 30 April [sic] and signed by the commander.', '2003-05-01')).toEqual([]);
  });

  it('a mark further on, after other words, leaves the date', () => {
    expect(spans('The blast occurred on Monday near the Ministery [sic] of Works.', '2003-05-01')).toEqual([
      ['on Monday', '2003-04-28'],
    ]);
  });
});

describe('a weekday still to come (rule dates/coming-weekday)', () => {
  it('"next Sunday" in a report of a Thursday names no day', () => {
    // 2003-05-01 was a Thursday: the Sunday after it is a plan, and the one before is no reading of "next"
    expect(spans('The party will hold its congress next Sunday.', '2003-05-01')).toEqual([]);
  });

  it('a bare weekday is still the last one before the report', () => {
    expect(spans('Gunmen shot a judge on Sunday.', '2003-05-01')).toEqual([['on Sunday', '2003-04-27']]);
  });
});

describe('a clause that tells the event happened (rule dates/occurrence-clause)', () => {
  it('gives the day of a relative clause to the noun it hangs on, though a statement governs the noun', () => {
    const text =
      'LIMA, 20 MAY 03 (WIRE) -- [TEXT] THE BISHOP TODAY DEMANDED PUNISHMENT FOR THOSE BEHIND THE MASSACRE THAT TOOK PLACE ON 2 MAY IN A VILLAGE OF AYACUCHO DEPARTMENT.';
    const dated = incidents(text, '2003-05-20').find((i) => i.kind === 'massacre');
    expect(dated?.date).toBe('2003-05-02');
  });

  it('gives the day to the noun before a comma that sets the clause off', () => {
    const text =
      'LIMA, 20 MAY 03 (WIRE) -- [TEXT] THE UNION MOURNED THE KILLING OF THREE OF ITS LEADERS AND A DRIVER, CARRIED OUT BY MASKED MEN IN HUANTA ON 11 MAY.';
    const dated = incidents(text, '2003-05-20').find((i) => i.mentions.some((m) => m.text === 'KILLING'));
    expect(dated?.date).toBe('2003-05-11');
  });

  it('an occurrence verb hung on a word that is no event gives no event the day', () => {
    const text =
      'Police said the bombing of the tax office was the work of rebels, going by an inquiry carried out on 14 May.';
    const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const day = span('14 May');
    expect(occurrenceClauseOwner(text, 0, day, [span('bombing')], res.words)).toBeNull();
    // the same clause hung on the event word itself gives it the day
    const told = 'Police said the bombing carried out on 14 May was the work of rebels.';
    const bombing = { start: told.indexOf('bombing'), end: told.indexOf('bombing') + 7 };
    const at = { start: told.indexOf('14 May'), end: told.indexOf('14 May') + 6 };
    expect(occurrenceClauseOwner(told, 0, at, [bombing], res.words)).toBe(bombing);
  });
});
