// Rules of issue #10 (third pass), from the seeds' incident graph: an earlier event named with a weekday of the
// previous week ("last Friday's bombings") is a dated reference, and a definite phrase with no mark of the past refers
// to the article's own event (the raid that became a siege), not to that earlier one. Places and people are invented.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { kindsMayBeOneEventInArticle } from '../../src/ontology/index.js';
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

describe('weekday possessive of the previous week (pastReference "last Friday\'s")', () => {
  const story =
    'Police stormed a house in Lakeside on Wednesday, looking for Joe Example, who is believed to have led last ' +
    "Friday's bombings in Highgate Falls. The raid started before dawn. The siege went on for six hours until the " +
    'suspect gave himself up.';

  it('reads the earlier event as a reference that keeps the day its possessive names', () => {
    const incs = incidentsOf(story);
    const bombing = incs.find((i) => i.kind === 'bombing');
    expect(bombing).toMatchObject({ reference: true, date: '2022-05-06', place: 'Highgate Falls' });
  });

  it("joins the article's own siege to its raid, not to the earlier bombings", () => {
    const incs = incidentsOf(story);
    expect(incs.some((i) => i.kind === 'siege')).toBe(false);
    const raid = incs.find((i) => i.kind === 'raid');
    expect(raid).toMatchObject({ date: '2022-05-11', place: 'Lakeside' });
    expect(raid!.reference).toBeFalsy();
    expect(raid!.mentions.map((m) => m.text)).toContain('siege');
  });

  it("keeps a day's own news: last night's attack is no reference", () => {
    const incs = incidentsOf("Last night's bombing in Highgate Falls killed four people, police said on Thursday.");
    const bombing = incs.find((i) => i.kind === 'bombing');
    expect(bombing?.reference).toBeFalsy();
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
