// The day of an incident: which date expression of the text is the event's, and what an incident the text gives no day
// of is dated by. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string, published?: string) =>
  extract({ text, ...(published ? { published } : {}) }, res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const spans = (text: string, anchor: string) =>
  datesIn(text, 0, noon(anchor), undefined, res.words).map((d) => [text.slice(d.start, d.end), d.iso]);

describe('an incident the text gives no day of', () => {
  it('is dated by the day it is reported, marked as such, when the article is dated', () => {
    const [inc] = incidents('A shopkeeper was shot dead in a robbery at his store in Millbrook.', '2019-10-14');
    expect(inc?.date).toBe('2019-10-14');
    expect(inc?.dateBasis).toBe('reported');
    // the name and the cross-article key do not carry a day the text does not give
    expect(inc?.name).not.toContain('2019');
    expect(inc?.key).not.toContain('2019-10-14');
  });

  it('takes the dateline day of a wire report with no publication date', () => {
    const [inc] = incidents(
      'LIMA, 11 MAR 89 (WIRE) -- [TEXT] A CAR BOMB HAS DAMAGED A POWER STATION IN HUANCAYO, THE POLICE SAID.',
    );
    expect([inc?.date, inc?.dateBasis]).toEqual(['1989-03-11', 'reported']);
  });

  it('stays undated in an undated article, and an earlier event the article recalls is never dated by the report', () => {
    const [undated] = incidents('A shopkeeper was shot dead in a robbery at his store in Millbrook.');
    expect(undated?.date ?? null).toBeNull();
    expect(undated?.dateBasis).toBeUndefined();
    const recalled = incidents(
      'Mourners gathered at the memorial garden to remember the victims of the 2011 bombing of the market.',
      '2019-10-14',
    );
    for (const inc of recalled) expect(inc.dateBasis).toBeUndefined();
  });

  it('dates an earlier event the article recalls to the year, or month, written beside it (rule dates/past-mark-period)', () => {
    const by = (text: string) => {
      const inc = incidents(text, '2019-10-14').find((i) => i.reference);
      return [inc?.date ?? null, inc?.datePrecision, inc?.datePeriod];
    };
    expect(
      by('The envoy said the two suspects wanted over the 2004 bombing of a ferry near Samos would be handed over.'),
    ).toEqual([null, 'year', '2004']);
    expect(
      by('Her book retells the ambush of a convoy in the hills above Tarsa in 1931, in which a general was shot dead.'),
    ).toEqual([null, 'year', '1931']);
    expect(
      by('The court heard that the attacks of November 2015 on the city had changed how the police trained.'),
    ).toEqual([null, 'month', '2015-11']);
    // a mark with no year writes no year; counted back from the article's day it gives one (rule
    // dates/counted-back-from-today)
    expect(by('Residents recalled the bombing ten years ago that destroyed the old market of Millbrook.')).toEqual([
      null,
      'year',
      '2009',
    ]);
  });

  it('keeps a day the text gives over the report day', () => {
    const [inc] = incidents(
      'A shopkeeper was shot dead in a robbery at his store in Millbrook on Saturday.',
      '2019-10-14',
    );
    expect(inc?.date).toBe('2019-10-12');
    expect(inc?.dateBasis).toBeUndefined();
  });
});

describe('dates inside what was said', () => {
  it('reads a date after "reported that" as the reported event\'s day', () => {
    const [inc] = incidents(
      'Police reported that on 10 March armed men murdered four farm workers near Huancayo.',
      '1989-03-12',
    );
    expect([inc?.date, inc?.dateBasis]).toEqual(['1989-03-10', undefined]);
  });
});

describe('spans of time up to the report', () => {
  it('reads "the last 24 hours" and "a few minutes ago" as the day of publication, a span of days as no day', () => {
    expect(spans('Two transmission towers were destroyed in the last 24 hours.', '1989-03-29')).toEqual([
      ['last 24 hours', '1989-03-29'],
    ]);
    expect(spans('Something happened a few minutes ago in the centre.', '1989-03-18')).toEqual([
      ['a few minutes ago', '1989-03-18'],
    ]);
    expect(spans('Troops raided farms in the past 72 hours.', '1989-08-25')).toEqual([]);
  });
});

describe('which trigger a date belongs to', () => {
  it('gives each trigger the date nearest to it, not the first date of the sentence', () => {
    const incs = incidents(
      'The bodies were found today near the border, after the two men were kidnapped in the capital yesterday.',
      '1990-01-13',
    );
    expect(incs.find((i) => i.kind === 'kidnapping')?.date).toBe('1990-01-12');
  });

  it('reads a date that opens its sentence, set off by a comma, as the day of the event the sentence tells', () => {
    const filler = 'The valley has seen unrest for years. Farmers there grow coffee and maize. ';
    const text =
      filler.repeat(3) +
      'At noon yesterday, near the river crossing south of Millbrook, Juan Perez, a farm worker, and Ana Ruiz, the owner of the ' +
      'farm on the hill, were kidnapped by armed men.';
    const inc = incidents(text, '1990-03-04').find((i) => i.kind === 'kidnapping');
    expect([inc?.date, inc?.dateBasis]).toEqual(['1990-03-03', undefined]);
  });

  it('does not give the day of the news to an act someone is held to have done, but to the event told beside it', () => {
    const text =
      'Malian troops on Wednesday killed the two men suspected of the bombing of the Gao market and, minutes later, ' +
      'a gunman holding hostages in a bank in Bamako, ending a week of violence. The gunman had seized the bank in the morning.';
    const incs = incidents(text, '2021-03-04');
    const bombing = incs.find((i) => i.kind === 'bombing');
    expect(bombing?.reference).toBe(true);
    expect(bombing?.date ?? null).toBeNull();
    const siege = incs.find((i) => i.kind === 'hostage-taking');
    expect([siege?.date, siege?.dateBasis]).toEqual(['2021-03-03', undefined]);
  });

  it('does not take the opening date of a sentence whose verb is a statement about the event', () => {
    const filler = 'The valley has seen unrest for years. Farmers there grow coffee and maize. ';
    const text =
      filler.repeat(3) +
      'On Monday, the prosecutor released a report which found the farmer had died of gunshot wounds.';
    for (const inc of incidents(text, '2015-09-22')) expect(inc.date === '2015-09-21' && !inc.dateBasis).toBe(false);
  });
});

describe('a background phrase joined to the day’s incident', () => {
  it('keeps the day of an incident first told as today’s when a later phrase recalls previous attacks', () => {
    const incs = incidents(
      'Eight tourists were injured today when a bomb exploded on a bus in Lima. Guerrillas have injured tourists in previous attacks in Lima.',
      '1989-07-05',
    );
    const bomb = incs.find((i) => i.kind === 'bombing');
    expect([bomb?.date, bomb?.dateBasis, bomb?.reference]).toEqual(['1989-07-05', undefined, undefined]);
  });
});

describe('a day named by the sentences before', () => {
  const filler = 'Springfield is a quiet river town. Its mills closed years ago. Few families stay. Jobs are scarce. ';
  it('reads "that night" as the day the sentence before gave', () => {
    const text =
      filler +
      'The trouble began on Friday, when a crowd gathered outside the town hall. ' +
      'That night a man was shot dead outside a bar in Dayton.';
    const [shooting] = incidents(text, '2020-06-15');
    expect([shooting?.date, shooting?.dateBasis]).toEqual(['2020-06-12', undefined]);
  });

  it('gives no day when the sentences before give none', () => {
    const text =
      filler + 'A crowd gathered outside the town hall. That night a man was shot dead outside a bar in Dayton.';
    const [shooting] = incidents(text, '2020-06-15');
    expect([shooting?.date, shooting?.dateBasis]).toEqual(['2020-06-15', 'reported']);
  });
});

describe('dates of proceedings in the lede', () => {
  it('does not date the incident by the day of the hearings', () => {
    const [inc] = incidents(
      'A man was shot dead outside a bar in Millbrook. Preliminary hearings for the suspect wrapped up Tuesday.',
      '2013-07-16',
    );
    expect(inc?.date === '2013-07-16' && inc?.dateBasis === undefined).toBe(false);
  });
});

describe('rule dates/fraction', () => {
  it('reads a slashed pair after a whole number or before a unit as a fraction, not a month and day', () => {
    expect(spans('You had a 2 1/2 year old who was able to take a gun.', '2015-01-22')).toEqual([]);
    expect(spans('The car was found about 1/2 mile from the house.', '2015-01-22')).toEqual([]);
    // a slashed date standing alone is still a date
    expect(spans('The shooting happened on 1/2 at the house.', '2015-01-22')).toEqual([['1/2', '2015-01-02']]);
  });

  it("does not make a second incident of a quote that gives a child's age as a fraction", () => {
    const found = incidents(
      'A 2-year-old boy in Tarpon Springs died Wednesday after he accidentally shot himself in the chest. ' +
        '"You had a 2 1/2 year old who was able to take a gun, pick it up, turn it around and he shot himself."',
      '2015-01-22',
    );
    expect(found.map((i) => i.date)).toEqual(['2015-01-21']);
  });
});
