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

  const between = [
    // a second count stands between the verb and the events summed
    'The colonel said 250 rebels were killed and 120 wounded in more than 500 clashes this year.',
    // the tally's other half, a bare verb of harm after the events summed in the same sentence
    'The colonel said 250 rebels died in more than 500 clashes and that 90 soldiers were killed and 200 wounded.',
  ];

  it('is a tally when a second count stands between, or the tally goes on after the events', () => {
    for (const t of between) {
      expect(incidents(t), t).toEqual([]);
      expect(incidents(t, 'incident/toll-of-many-events').length, t).toBeGreaterThan(0);
    }
  });

  it('keeps an event word in a sentence that also sums a tally', () => {
    const found = incidents(
      'Rebels ambushed a patrol near Tarvik on Monday, the army said, after 300 died in dozens of clashes.',
    );
    expect(found.map((i) => i.kind)).toContain('ambush');
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

  const passiveOrSummed = [
    'The general said that 1,480 rebels and 280 soldiers were killed during the offensive.',
    'The general said the offensive resulted in 1,480 rebels and 280 soldiers killed.',
    'The shelling and bombings in the north have left a toll of more than 2,000 dead, the bishop said.',
    'A truce was proposed after the army offensive and bombings in the north, which have left 3,000 dead in the past month.',
  ];

  it('is the toll of a war when thousands are the subject of a passive, or a present perfect sums them', () => {
    for (const t of passiveOrSummed) {
      expect(incidents(t), t).toEqual([]);
      expect(incidents(t, 'incident/mass-toll').length, t).toBeGreaterThan(0);
    }
  });

  it('keeps thousands who do the harm, an event that left thousands hurt, and a war named after the event', () => {
    expect(
      incidents('Some 2,000 rebels killed 30 soldiers in an assault on the garrison at Tarvik.').length,
    ).toBeGreaterThan(0);
    expect(
      incidents('The bombing of the market in Tarvik left 40 dead and more than 1,000 injured.').length,
    ).toBeGreaterThan(0);
    expect(
      incidents('Rebels ambushed a convoy near Tarvik in a war that has claimed 60,000 lives.').length,
    ).toBeGreaterThan(0);
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

describe('a call for an event, and a figure of an explosion (incident/speculative, not-triggers)', () => {
  it('is no incident', () => {
    expect(incidents('He angered the government by publicly calling for the assassination of the president.')).toEqual(
      [],
    );
    expect(incidents('The fall in coca prices has cushioned the social explosion, the report says.')).toEqual([]);
  });

  it('keeps an explosion at a social club', () => {
    expect(
      incidents('A bomb explosion at a social club in Tarvik killed three people on Sunday.').length,
    ).toBeGreaterThan(0);
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
