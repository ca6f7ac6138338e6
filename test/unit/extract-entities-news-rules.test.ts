import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Entity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const ents = (text: string) => extract({ text }, res).entities.filter((e) => e.type !== 'incident');
const typeOf = (es: Entity[], name: string) => es.find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('news-writing rules', () => {
  it('"the Reagan administration" names the leader, a person', () => {
    const es = ents('Officials in the Reagan administration said the talks would go on.');
    expect(typeOf(es, 'Reagan')).toBe('person');
    expect(typeOf(es, 'Reagan administration')).toBeUndefined();
  });

  it('a leader whose name is also a small town abroad still names the administration', () => {
    const es = ents('Aides say the Obama administration will review the sanctions, as the Bush administration did.');
    expect(typeOf(es, 'Obama')).toBe('person');
    expect(typeOf(es, 'Bush')).toBe('person');
    // a country or a nationality before the word stays what it is
    const iraq = ents('Analysts blame the Iraqi administration for the delays in Basra.');
    expect(iraq.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('"the town of X" makes X a place', () => {
    expect(typeOf(ents('Soldiers entered the town of Qalqilya before dawn.'), 'Qalqilya')).toBe('place');
  });

  it('"the city of X" stays a place though X opens with a given name', () => {
    expect(typeOf(ents('A car bomb exploded in the northern city of Tal Dunwar on Saturday.'), 'Tal Dunwar')).toBe(
      'place',
    );
  });

  it('"northeast of X" and "the seaside resort of X" name the place, not a club named after it', () => {
    const es = ents('The rally was held northeast of Barcelona. The party met in the seaside resort of Brighton.');
    expect(typeOf(es, 'Barcelona')).toBe('place');
    expect(typeOf(es, 'Brighton')).toBe('place');
  });

  it('a named district ("X City", "X Zone") is a place unless X is a known city (a club)', () => {
    expect(typeOf(ents('Gunfire was heard in Sadr City late on Monday.'), 'Sadr City')).toBe('place');
  });

  it('storms are not entities, neither with their kind word nor alone', () => {
    const es = ents('Hurricane Matilda flooded the coast. Matilda later weakened over land, said Paul Dorsey.');
    expect(es.some((e) => /Matilda/.test(e.name))).toBe(false);
    expect(typeOf(es, 'Paul Dorsey')).toBe('person');
  });

  it('storms named in lower case, in capitals or in a plural list are not entities either; a full name stays', () => {
    const es = ents(
      'Officials say tropical storm Orla struck the coast on Monday. Hurricanes Basil (2021) and Wanda (2022) ruined the crops. Wanda Pike, a farmer, said so.',
    );
    expect(es.filter((e) => /^(?:Orla|Basil|Wanda|Hurricanes Basil)$/.test(e.name))).toEqual([]);
    expect(typeOf(es, 'Wanda Pike')).toBe('person');
    const caps = ents('HURRICANE ORLA HIT THE COAST ON MONDAY. RESCUERS SAID ORLA HAD KILLED THREE PEOPLE.');
    expect(caps.filter((e) => /ORLA/i.test(e.name) || e.aliases.some((a) => /ORLA/.test(a)))).toEqual([]);
  });

  it('a lower-case Arabic article continues a name: "Khalid al-Mansouri" is one person, and "al-Mansouri" later is him', () => {
    const es = ents(
      "The group's spokesman, Khalid al-Mansouri, denied the report. On Friday al-Mansouri said talks had failed.",
    );
    const p = es.filter((e) => e.type === 'person');
    expect(p).toHaveLength(1);
    expect(p[0]!.name).toBe('Khalid al-Mansouri');
    expect(p[0]!.mentions.map((m) => m.text)).toEqual(['Khalid al-Mansouri', 'al-Mansouri']);
  });

  it('an untagged surname after the full name is the same person', () => {
    const es = ents(
      'Former president Jean-Bertrand Aristide went into exile. Protesters attacked Aristide opponents in the capital.',
    );
    const p = es.filter((e) => e.type === 'person');
    expect(p).toHaveLength(1);
    expect(p[0]!.mentions).toHaveLength(2);
  });

  it('a title word opening a ministry name does not make the ministry a person', () => {
    const es = ents('A Justice Ministry spokesman said the files were sealed.');
    expect(typeOf(es, 'Justice Ministry')).toBe('organization');
    expect(es.some((e) => e.type === 'person')).toBe(false);
  });

  it('two known names joined by "and" inside one tagged span are two entities', () => {
    const es = ents('The Taleban and al-Qaida and Hamas and Hezbollah said nothing.');
    expect(typeOf(es, 'Hamas')).toBe('organization');
    expect(typeOf(es, 'Hezbollah')).toBe('organization');
    expect(typeOf(es, 'Hamas and Hezbollah')).toBeUndefined();
  });

  it('a capital speaking for its government stays a place', () => {
    const es = ents('The deputy minister said Pyongyang would impose no conditions on the visit.');
    expect(typeOf(es, 'Pyongyang')).toBe('place');
  });
  it('a run of capitalised words ending in a body head word is one organisation, even where the tagger saw a place or nationality inside', () => {
    const es = ents(
      'Maria Lindqvist, a senior analyst at the Nordic Maritime Safety Commission, said the ferry had been inspected. Delegates of the Asia Pacific Fisheries Advisory Council met in Manila.',
    );
    expect(typeOf(es, 'Nordic Maritime Safety Commission')).toBe('organization');
    expect(typeOf(es, 'Asia Pacific Fisheries Advisory Council')).toBe('organization');
    expect(typeOf(es, 'Asia Pacific')).toBeUndefined();
  });

  it('a body the tagger already ends ("West Bank", "Foreign Ministry") keeps its reading', () => {
    const es = ents('Troops entered the West Bank town of Tubas. The Foreign Ministry said it had summoned the envoy.');
    expect(typeOf(es, 'West Bank')).toBe('place');
    expect(typeOf(es, 'Foreign Ministry')).toBe('organization');
  });

  it('"bin" between names joins one person', () => {
    const es = ents('Investigators named the suspect as Rahmat bin Sulaiman, a mechanic from Johor.');
    expect(typeOf(es, 'Rahmat bin Sulaiman')).toBe('person');
    expect(es.some((e) => e.name === 'Sulaiman' || e.name === 'Rahmat')).toBe(false);
  });

  it('a name right after a noun for a body ("the engineering firm X") is that body, not a person', () => {
    const es = ents('Two engineers employed by the Dutch dredging firm Van Oord Marine were released on Sunday.');
    expect(typeOf(es, 'Van Oord Marine')).toBe('organization');
  });

  it('"the X area" and "Cleveland, Ohio" make places', () => {
    const es = ents('The convoy was ambushed in the Tora Kalay area. The suspect was later arrested in Dayton, Ohio.');
    expect(typeOf(es, 'Tora Kalay')).toBe('place');
    expect(typeOf(es, 'Dayton')).toBe('place');
  });
  it('a name before a lower-case word for a site ("X airport", "X prison") is that site', () => {
    const es = ents(
      'The flight left Leonardo da Vinci airport at noon. Detainees were moved to the Camp Bucca prison.',
    );
    expect(typeOf(es, 'Camp Bucca')).toBe('place');
  });

  it('"U.S" without its last full stop is still the country', () => {
    const es = ents('He said the talks would improve U.S - Mexico relations.');
    expect(typeOf(es, 'U.S')).toBe('place');
    expect(es.some((e) => e.name === 'S' || e.name === 'U.')).toBe(false);
  });

  it('a surname the tagger read as a body, after the full name of a person, is that person', () => {
    const es = ents('Government spokesman Zhao Lijun spoke on Monday. Zhao said the ban would stay.');
    const p = es.filter((e) => e.type === 'person');
    expect(p).toHaveLength(1);
    expect(p[0]!.mentions.map((m) => m.text)).toEqual(['Zhao Lijun', 'Zhao']);
  });
});
