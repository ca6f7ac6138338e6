// Rules place/part-of-the-country and place/settlement-noun-before-name: a wire report filed from a capital often
// tells of an event elsewhere in the country. A part of the country that no town stands for is not the dateline's
// city; a town written after its settlement noun with no "of" ("the northern capital Kessin") is where it happened.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string, published = '1996-05-14') =>
  run({ text, published }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('a lede event placed in a part of the country (place/part-of-the-country)', () => {
  it('is placed in the country, not at the dateline city, for a compass part of the country', () => {
    const text =
      'Troops kill nine rebels in clashes .\nANKARA 1996-05-14\nTurkish troops killed nine Kurdish rebels in ' +
      'clashes in the east of the country on Monday , the army said .\nThe rebels want self-rule in Turkey .';
    const [clash] = incidents(text);
    expect(clash?.place).toMatch(/^(?:Turkey|Türkiye)$/);
    expect(clash?.merges?.join(' ')).toMatch(/part-of-the-country/);
  });

  it('is placed in the country for a region written with "the country\'s"', () => {
    const text =
      'Guerrillas seize six villagers .\nLIMA , Peru 1996-05-14\nLeftist guerrillas kidnapped six villagers in the ' +
      "country 's southern mountain provinces on Sunday , police said .\nPeru has fought the rebels for years .";
    const found = incidents(text);
    expect(found.map((i) => i.place)).not.toContain('Lima');
    expect(found[0]?.place).toBe('Peru');
  });

  it('is not placed at the dateline city when attacks were in several states', () => {
    const text =
      'MEXICO CITY 1996-05-14\nArmed men attacked police posts in at least four southern states on Monday , ' +
      'killing six officers , officials said .\nThe state governor of Oaxaca called for calm .';
    const found = incidents(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((i) => i.place)).not.toContain('Mexico City');
  });

  it('keeps the dateline city when the sentence names no part of the country', () => {
    const text =
      'ANKARA 1996-05-14\nA bomb exploded outside a bank on Monday , wounding four people , police said .\n' +
      'Nobody claimed the attack in Turkey .';
    expect(incidents(text)[0]?.place).toBe('Ankara');
  });
});

describe('a town written after its settlement noun with no "of" (place/settlement-noun-before-name)', () => {
  it('places a lede event in that town, not at the dateline city', () => {
    const text =
      'Soldiers die in battle .\nMOSCOW 1996-05-14\nTwelve Russian soldiers were killed in a battle with rebels ' +
      'which broke out in the Chechen capital Grozny on Monday , Interfax said .';
    const [battle] = incidents(text);
    expect(battle?.place).toBe('Grozny');
  });

  it('still places "in the town of X" at X', () => {
    const text =
      'MOSCOW 1996-05-14\nTwelve Russian soldiers were killed in a battle with rebels which broke out in the town ' +
      'of Gudermes on Monday , Interfax said .';
    expect(incidents(text)[0]?.place).toBe('Gudermes');
  });
});
