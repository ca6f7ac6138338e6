// Words of harm listed among other wrongdoing (rule incident/abuse-list), and tolls summed over a span of days, weeks
// or months (rule incident/running-total, incident-casualties.json statistic). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string, published?: string) =>
  run({ text, ...(published ? { published } : {}) }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('an event word listed beside other wrongdoing (incident/abuse-list)', () => {
  const kidnapped = (list: string) =>
    incidents(
      `LIMA, 4 MAR -- The bishop said the people of Cuzco long for an end to ${list} against priests. On Sunday, two priests were abducted in Cuzco.`,
      '2024-03-05',
    );

  it('names kinds of wrongdoing: the listed words join no incident', () => {
    const found = kidnapped('crimes, murders and attacks');
    expect(found.map((i) => i.kind)).toEqual(['abduction']);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['abducted']);
  });

  it('reads bare verbs of harm in such a list too', () => {
    expect(
      incidents(
        'LIMA, 4 MAR -- The interior minister said today that in Peru no judge had been imprisoned, murdered or exiled since 1990.',
        '2024-03-05',
      ),
    ).toEqual([]);
  });

  it('keeps a list whose head has an article: the items name one event', () => {
    const found = incidents(
      'LIMA, 4 MAR -- The kidnapping, torture and murder of a student in Cuzco last week has shocked the city, the bishop said.',
      '2024-03-05',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['kidnapping', 'murder']);
  });

  it('keeps a list of charges, which names the act the charge is about (incident/charged-offence)', () => {
    const charged = incidents(
      'LEEDS, 4 MAR -- A man was charged on Monday with the robbery of a shop in Leeds. He also faces charges of extortion, kidnapping and assault.',
      '2024-03-05',
    );
    expect(charged.map((i) => i.kind)).toContain('kidnapping');
  });
});

describe('a toll summed over a span of days, weeks or months (incident/running-total)', () => {
  it('is a running total, no incident', () => {
    expect(
      incidents('The army said 210 soldiers had died in clashes in the past ten days across the northern provinces.'),
    ).toEqual([]);
    expect(
      incidents(
        'The rebels said they had inflicted 300 casualties on the army in armed confrontations during the month.',
      ),
    ).toEqual([]);
    expect(incidents('Officials said 90 rebels have been killed in clashes since 4 June in the hills.')).toEqual([]);
  });

  it('keeps an event a "since" clause dates ("since 4 June, when …")', () => {
    const found = incidents(
      'The post has been empty since 4 June, when the mayor of Tarvik was shot dead by two gunmen.',
      '2024-07-01',
    );
    expect(found.map((i) => i.killed)).toEqual([1]);
  });
});
