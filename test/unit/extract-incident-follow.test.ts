// Rules of issue #10 (second pass): a device found or made safe is no bombing; its place in the article's story.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';

const PLACES = [
  { type: 'place' as const, name: 'Lakeside', country: 'RU', lat: 53.5, lon: -2.2 },
  { type: 'place' as const, name: 'Ruritania', placeKind: 'country' as const, country: 'RU' },
  { type: 'place' as const, name: 'Highgate Falls', forms: ['HIGHGATE FALLS'], country: 'RU', lat: 51.5, lon: -0.1 },
  { type: 'person' as const, name: 'Joe Example' },
];

function incidentsOf(text: string, published = '2022-05-10'): IncidentEntity[] {
  const { doc, entities } = fixture({ text, published }, PLACES);
  return findIncidents(doc, entities);
}

describe('incident/device-found', () => {
  it('reads a device made safe where it was left as a foiled attempt, not a bombing', () => {
    const incs = incidentsOf('Army experts defused a pipe bomb left outside a bank in Lakeside on Sunday.');
    expect(incs.map((i) => i.kind)).toEqual(['foiled plot']);
    expect(incs[0]!.date).toBe('2022-05-08');
  });

  it('reads a device found as its predicate ("were discovered") the same way', () => {
    const incs = incidentsOf('Two explosive devices were discovered in a parked van in Lakeside on Sunday.');
    expect(incs.map((i) => i.kind)).toEqual(['foiled plot']);
  });

  it('keeps a device that went off a bombing', () => {
    const incs = incidentsOf('A car bomb exploded outside a bank in Lakeside on Sunday, wounding three people.');
    expect(incs.map((i) => i.kind)).toEqual(['bombing']);
  });

  it('is not a find when investigators concluded that a bomb did it', () => {
    const incs = incidentsOf(
      'A blast tore through a depot in Lakeside on Sunday. Investigators found that a bomb had been hidden in a crate.',
    );
    expect(incs.every((i) => i.kind !== 'foiled plot')).toBe(true);
  });

  it('leaves out devices found without a place or date of their own in the story of a violent incident', () => {
    const incs = incidentsOf(
      'A gunman shot dead four people at a cafe in Lakeside on Sunday. ' +
        'The chief constable, Ann Example, said rifles and improvised explosive devices were later found in his car.',
    );
    expect(incs.some((i) => i.kind === 'bombing' || i.kind === 'foiled plot')).toBe(false);
    expect(incs.find((i) => i.kind === 'shooting')?.date).toBe('2022-05-08');
  });
});

describe('the dateline place and the lede', () => {
  it('does not place a lede phrase at the dateline city when the lede places that event in another city', () => {
    const incs = incidentsOf(
      'HIGHGATE FALLS (Example Wire) - The government raised its alert level on Tuesday after a suicide bomber killed ' +
        '14 people at a stadium in Lakeside. Ministers said the bombing by Joe Example had been planned for months.',
    );
    expect(incs.map((i) => i.place)).not.toContain('Highgate Falls');
    expect(incs.filter((i) => i.kind === 'bombing').map((i) => i.place)).toEqual(['Lakeside']);
  });

  it('still places a lede event at the dateline city when nothing in the lede places it elsewhere', () => {
    const incs = incidentsOf(
      'HIGHGATE FALLS (Example Wire) - A bomb exploded outside the city hall on Tuesday, wounding three guards.',
    );
    expect(incs.map((i) => [i.kind, i.place])).toEqual([['bombing', 'Highgate Falls']]);
  });
});

describe('arrests in the story of an incident', () => {
  it('keeps an arrest without date, place or named person as a mention of the incident, not an incident', () => {
    const incs = incidentsOf(
      'A gunman shot dead four people at a cafe in Lakeside on Sunday. A police spokesman said nine people had been arrested.',
    );
    expect(incs.map((i) => i.kind)).toEqual(['shooting']);
    expect(incs[0]!.mentions.map((m) => m.text)).toContain('arrested');
  });

  it('keeps an arrest of a named person as an event of its own', () => {
    const incs = incidentsOf(
      'A gunman shot dead four people at a cafe in Lakeside on Sunday. Joe Example was arrested at his flat.',
    );
    expect(incs.map((i) => i.kind).sort()).toEqual(['arrest', 'shooting']);
  });

  it('keeps arrests an article reports on their own', () => {
    const incs = incidentsOf('Police said nine people had been arrested in dawn raids on Sunday.');
    expect(incs.map((i) => i.kind)).toContain('arrest');
  });
});
