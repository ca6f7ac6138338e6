// Words of harm that tell no event the article reports: what someone denies happened, and tallies summed over many
// events or a whole era, and criticism in words of violence (rules incident/denied, incident/toll-of-many-events,
// incident/mass-toll, incident/perfect-tally, incident/figure-of-speech). Each rule switched off brings its incident
// back. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const incidents = (text: string, ...off: string[]) =>
  extract({ text, published: '2024-03-12' }, off.length ? withoutRules(...off) : res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );

describe('an event someone denies happened (incident/denied)', () => {
  const denied = [
    'The defence ministry denied on Monday that its aircraft had bombed a refugee camp in the north.',
    'Police dismissed reports that a patrol was ambushed near Tarvik, a spokesman said.',
    'VALDORA, 11 MAR 24 -- THE ARMY FLATLY DENIED THAT TROOPS ARE SHELLING VILLAGES IN THE VALLEY.',
    'The rebels condemned an alleged bombing of the town of Ostrava, which the air force has denied.',
  ];

  it('is no incident', () => {
    for (const text of denied) expect(incidents(text), text).toEqual([]);
  });

  it('switched off, each denied event is an incident again', () => {
    for (const text of denied) expect(incidents(text, 'incident/denied').length, text).toBeGreaterThan(0);
  });

  it('keeps the harm when what is denied is who did it, or a detail of an event named as given', () => {
    expect(incidents('Jones denied that he stabbed the shopkeeper in Leeds on Friday.')).toHaveLength(1);
    expect(incidents('Police denied that the bombing in Tarvik on Sunday was the work of the rebels.')).toHaveLength(1);
    expect(incidents('He has denied killing his neighbour in Ostrava last week.')).toHaveLength(1);
  });

  it('reaches no further than its clause', () => {
    const found = incidents(
      'The army denied reports that a patrol was ambushed near Tarvik, but admitted that gunmen killed two soldiers in an attack on a bridge.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toContain('attack');
  });
});

describe('deaths summed over many events (incident/toll-of-many-events)', () => {
  const text = 'Police said 212 farmers were murdered in 40 massacres in the province.';

  it('is a tally, no incident', () => {
    expect(incidents(text)).toEqual([]);
    expect(incidents(text, 'incident/toll-of-many-events').length).toBeGreaterThan(0);
  });

  it('keeps deaths in two or three events', () => {
    expect(incidents('Four soldiers were killed in two attacks near Tarvik on Sunday.').length).toBeGreaterThan(0);
  });
});

describe('an active verb of harm whose object counts thousands (incident/mass-toll)', () => {
  const texts = [
    'Death squads of the old regime murdered thousands of trade unionists, the report said.',
    'The junta massacred 30,000 peasants, the commission found.',
  ];

  it('is the toll of a war or an era, no incident', () => {
    for (const t of texts) {
      expect(incidents(t), t).toEqual([]);
      expect(incidents(t, 'incident/mass-toll').length, t).toBeGreaterThan(0);
    }
  });

  it('keeps a killing of hundreds, which one attack may do', () => {
    expect(
      incidents('Gunmen killed hundreds of villagers in Tarvik on Sunday, officials said.').length,
    ).toBeGreaterThan(0);
  });
});

describe('a present perfect tally whose count or period stands away from the verb (incident/perfect-tally)', () => {
  const texts = [
    'The general said 1,450 people, most of them students, have been kidnapped by the rebels since January.',
    'In less than a month, nine union leaders have been abducted by unknown men, the federation said.',
    'The army says 620 rebels have been killed and 300 wounded as of today.',
  ];

  it('is a tally, no incident', () => {
    for (const t of texts) {
      expect(incidents(t), t).toEqual([]);
      expect(incidents(t, 'incident/perfect-tally').length, t).toBeGreaterThan(0);
    }
  });
});

describe('words of violence aimed at democracy, sovereignty or dignity (incident/figure-of-speech)', () => {
  const texts = [
    'The senator said the decree was an assault on democracy.',
    'Opposition leaders called the curfew a brutal attack on the dignity of the people.',
  ];

  it('are criticism, no incident', () => {
    for (const t of texts) {
      expect(incidents(t), t).toEqual([]);
      expect(incidents(t, 'incident/figure-of-speech').length, t).toBeGreaterThan(0);
    }
  });

  it('keep an attack on a building that a word of the kind only qualifies', () => {
    expect(
      incidents('Rebels launched an attack on the democratic party headquarters in Tarvik on Sunday.'),
    ).toHaveLength(1);
  });
});
