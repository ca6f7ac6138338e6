// Rules of issue #10 (third pass), from the seeds' incident graph: an earlier event named with a day in the possessive
// ("last Friday's bombings") takes that day, a definite phrase with no mark of the past refers to the article's own
// event (the raid that became a siege), not to one marked past, and harm done in an arrest or a raid is part of it.
// Places and people are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { kindsMayBeOneEventInArticle } from '../../src/ontology/index.js';
import { res } from '../helpers/resources.js';
import { fixture } from './extract-incidents.fixtures.js';

const PLACES = [
  { type: 'place' as const, name: 'Lakeside', country: 'RU', lat: 53.5, lon: -2.2 },
  { type: 'place' as const, name: 'Highgate Falls', country: 'RU', lat: 51.5, lon: -0.1 },
  { type: 'person' as const, name: 'Joe Example' },
];

// 2022-05-12 is a Thursday: "last Friday" is 2022-05-06, "on Wednesday" 2022-05-11
function incidentsOf(text: string, published = '2022-05-12'): IncidentEntity[] {
  const { doc, entities } = fixture({ text, published }, PLACES);
  return findIncidents(doc, entities);
}

describe("a day in the possessive (dates/possessive) and definite references of the article's own time", () => {
  const story =
    'Police stormed a house in Lakeside on Wednesday, looking for Joe Example, who is believed to have led last ' +
    "Friday's bombings in Highgate Falls. The raid started before dawn. The siege went on for six hours until the " +
    'suspect gave himself up.';

  it('dates the earlier event by its possessive, apart from the raid', () => {
    const incs = incidentsOf(story);
    const bombing = incs.find((i) => i.kind === 'bombing');
    expect(bombing).toMatchObject({ date: '2022-05-06', place: 'Highgate Falls' });
  });

  it("joins the article's own siege to its raid, not to the earlier bombings", () => {
    const incs = incidentsOf(story);
    expect(incs.some((i) => i.kind === 'siege')).toBe(false);
    const raid = incs.find((i) => i.kind === 'raid');
    expect(raid).toMatchObject({ date: '2022-05-11', place: 'Lakeside' });
    expect(raid!.reference).toBeFalsy();
    expect(raid!.mentions.map((m) => m.text)).toContain('siege');
  });

  it("joins a definite phrase to the event of the article's own days, not to one marked past", () => {
    const incs = incidentsOf(
      'Police stormed a flat in Lakeside on Wednesday. Joe Example, who is wanted over the 2019 attacks in ' +
        'Highgate Falls, was inside. The 2019 attacks killed 30 people, and the attacks led to new laws. ' +
        'The siege lasted six hours.',
    );
    const siege = incs.find((i) => i.mentions.some((m) => m.text === 'siege'));
    expect(siege?.mentions.map((m) => m.text)).toContain('stormed');
  });

  it('dates a reference by its possessive even in a follow-up, where "on Friday" dates the hearing', () => {
    const incs = incidentsOf(
      "Joe Example was sentenced on Thursday for Friday's shooting in Highgate Falls. The trial lasted a day.",
      '2022-05-19',
    );
    expect(incs.find((i) => i.kind === 'shooting')).toMatchObject({ reference: true, date: '2022-05-13' });
  });
});

describe('a raid and a siege may be one operation (ontology sameEvent.inArticle.responsePairs)', () => {
  it('lets the two kinds meet across the response line, and no others', () => {
    expect(kindsMayBeOneEventInArticle('raid', 'siege')).toBe(true);
    expect(kindsMayBeOneEventInArticle('siege', 'raid')).toBe(true);
    expect(kindsMayBeOneEventInArticle('raid', 'shooting')).toBe(false);
    expect(kindsMayBeOneEventInArticle('arrest', 'siege')).toBe(false);
  });
});

describe('incidents/harm-in-arrest', () => {
  it('reads a suspect wounded as he is arrested as part of the arrest, not a shooting of him', () => {
    const incs = incidentsOf(
      'Joe Example was arrested on Wednesday during a police operation in Lakeside. Shots rang out and Joe ' +
        'Example, 41, was wounded in the arm before being taken into custody.',
    );
    expect(incs.map((i) => i.kind)).toEqual(['arrest']);
    expect(incs[0]!.participants.some((p) => p.role === 'victim')).toBe(false);
  });

  it('reads a man shot dead by police in the sentence of a raid as part of the raid', () => {
    const incs = incidentsOf(
      'Two days earlier, officers carried out a raid on a house in Lakeside, where a suspect was shot dead by police.',
    );
    expect(incs.map((i) => i.kind)).toEqual(['raid']);
  });

  it('keeps a shooting whose victim is not the one arrested', () => {
    const incs = incidentsOf(
      'Joe Example was shot dead outside a bar in Lakeside on Wednesday, and a suspect was arrested hours later.',
    );
    const shooting = incs.find((i) => i.kind === 'shooting');
    expect(shooting?.participants.map((p) => `${p.name}:${p.role}`)).toContain('Joe Example:victim');
  });
});

describe('dates/written-in-reference', () => {
  it("keeps the day a follow-up writes out beside the event, not the proceedings' relative day", () => {
    const out = extract(
      {
        text:
          'The man who murdered Constable Ann Roe in Leeds was led from the dock of the Crown Court on Wednesday ' +
          'after a struggle with guards, shortly before a judge sentenced him.\n\nThe judge called the killing of ' +
          'the 30-year-old officer on 3 March 2021 cowardly.',
        published: '2022-05-12',
      },
      res,
    );
    const murder = out.entities.find((e): e is IncidentEntity => e.type === 'incident' && e.reference === true);
    expect(murder?.date).toBe('2021-03-03');
  });
});

describe('a month of its own the main incident is not in is another time (incident/own-time)', () => {
  const opening =
    'A man was shot dead outside a bar in Lakeside on Saturday, police said. Officers are looking for two men. ';
  it.each([
    ['compared', 'A similar shooting in March left a teenager wounded.'],
    ['opening the sentence', 'In March a shooting on the same street left a teenager wounded.'],
  ])('keeps an earlier shooting with its month apart from the main one (%s)', (_, earlier) => {
    // 2022-06-20 is a Monday: "on Saturday" is 2022-06-18
    const incs = incidentsOf(opening + earlier, '2022-06-20');
    const shootings = incs.filter((i) => i.kind === 'shooting');
    expect(shootings).toHaveLength(2);
    expect(shootings.map((i) => i.date ?? i.datePeriod).sort()).toEqual(['2022-03', '2022-06-18']);
    const main = shootings.find((i) => i.date === '2022-06-18')!;
    expect(main.merges ?? []).toEqual([]);
  });
});
