// Rule headline/places-as-context: the headline's known places are country context for the text's unknown towns.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Entity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const placeOf = (title: string | undefined, text: string, name: string) => {
  const out = extract({ text, ...(title ? { title } : {}) }, res);
  const e = out.entities.find((x: Entity) => x.type === 'place' && x.name === name);
  return e && e.type === 'place' ? e.country : undefined;
};

describe('headline/places-as-context', () => {
  const body = 'Gunmen killed five villagers in Kassoumbara on Sunday, officials said.';
  it('places an unknown town of the text in the country the headline names (sentence case)', () => {
    expect(placeOf(undefined, body, 'Kassoumbara')).toBeNull();
    expect(placeOf('Gunmen kill five in central Mali', body, 'Kassoumbara')).toBe('ML');
  });
  it('reads a Title Case headline and a region written with its country', () => {
    expect(placeOf('Gunmen Kill Five In Central Mali', body, 'Kassoumbara')).toBe('ML');
    const text = 'A roadside bomb killed four policemen near Darazinda on Tuesday, police said.';
    expect(placeOf("Bomb blast kills four in Pakistan's Khyber Pakhtunkhwa", text, 'Darazinda')).toBe('PK');
  });
  it('gives nothing for a headline of unknown capitalised words', () => {
    expect(placeOf('Gunmen Kill Five In Kessaba Raid', body, 'Kassoumbara')).toBeNull();
  });
  it('takes no name with namesakes abroad or inside a longer name', () => {
    const text = 'A student was shot in Wendlebury Heights on Friday, police said.';
    expect(placeOf('Georgia Southern student shot on campus', text, 'Wendlebury Heights')).not.toBe('GE');
  });
  it('is one vote: the text naming another country keeps it', () => {
    const text = 'In Nigeria, gunmen killed five villagers in Kassoumbara on Sunday, officials in Abuja said.';
    expect(placeOf('Gunmen kill five in central Mali', text, 'Kassoumbara')).toBe('NG');
  });
});
