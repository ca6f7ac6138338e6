// Words of harm that speak of violence in general, of a class of crime or of an accident, not of one event the
// article reports (rules incident/people-at-large, incident/habitual-deed, incident/charged-offence,
// incident/accident-agent, headline/accident-lede). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string, title?: string) =>
  run({ text, ...(title ? { title } : {}) }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('violence aimed at a whole people or population (incident/people-at-large)', () => {
  it('is talk of violence in general, no incident', () => {
    expect(
      incidents('The minister accused the rebels of indiscriminate attacks on the civilian population of the north.'),
    ).toEqual([]);
    expect(incidents('We cannot stand beside an army that is bombing the Valdorian people, the senator said.')).toEqual(
      [],
    );
  });

  it('keeps an attack that counts whom it harmed or writes its day', () => {
    const counted = incidents(
      'Soldiers shelled the civilian population of Tarvik, killing 12 people, aid workers said.',
    );
    expect(counted.map((i) => i.killed)).toEqual([12]);
    const dated = incidents('Aircraft bombed densely populated areas of Tarvik on Tuesday, witnesses said.');
    expect(dated).toHaveLength(1);
  });
});

describe('a deed told as done again and again (incident/habitual-deed)', () => {
  it('is no event: a relative or plural pronoun before a present-tense verb of harm', () => {
    expect(
      incidents('LIMA, 4 May -- The army says the rebels who attack police posts in the north are short of food.'),
    ).toEqual([]);
  });

  it('is no event: an -ing verb of harm after a verb of going on, with no day', () => {
    expect(incidents('Officials said the guerrillas continued shelling Tarvik.')).toEqual([]);
  });

  it('keeps the shelling of a day, and a past deed after the same pronoun', () => {
    const day = run({
      published: '2024-05-08',
      text: 'Officials said the guerrillas continued shelling Tarvik on Monday, killing two.',
    }).filter((e): e is IncidentEntity => e.type === 'incident');
    expect(day.map((i) => i.kind)).toEqual(['shelling']);
    const found = incidents('Police hunted the men who attacked a bank in Ostrava on Friday, wounding a guard.');
    expect(found.map((i) => i.kind)).toContain('attack');
  });
});

describe('an offence word before a noun of the law (incident/charged-offence)', () => {
  it('names a class of crime, not an event', () => {
    expect(incidents('The judge said the court would hear 30 murder cases this year.')).toEqual([]);
  });

  it('keeps an event a charge points at with a determiner', () => {
    const found = incidents(
      'A man was charged on Friday with the murder of a shopkeeper who was stabbed in Leeds last week.',
    );
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('a poison as the subject of a verb of harm (incident/accident-agent)', () => {
  it('is an accident, in the body and in a headline told alone', () => {
    expect(incidents('Home-made liquor killed 30 villagers in the Tarvik district, officials said.')).toEqual([]);
    expect(
      incidents(
        'Police arrested 20 people for selling home-made liquor laced with methanol, the agency said.',
        'Bootleg liquor kills 30 in Ostrava region',
      ),
    ).toEqual([]);
  });

  it('keeps a victim of an attack written before the passive verb', () => {
    const found = incidents('A bus driver was killed by gunmen in Quetta on Friday, police said.');
    expect(found).toHaveLength(1);
  });
});

describe('a headline verb of harm over a lede that tells a mishap (headline/accident-lede)', () => {
  it('adds no incident of its own', () => {
    const text =
      'A pickup truck veered into spectators at an illegal street race in Tulsa on Friday, killing two people, ' +
      'police said. The driver was charged with intoxicated manslaughter.';
    expect(incidents(text, 'Car kills two at Tulsa street race')).toEqual([]);
  });

  it('keeps the headline of a ramming attack the text tells', () => {
    const text = 'A man drove a heavy truck into a crowd on the Riverton seafront on Sunday night, police said.';
    expect(incidents(text, 'Truck kills 84 on Riverton seafront').map((i) => i.killed)).toEqual([84]);
  });
});
