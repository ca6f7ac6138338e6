// District and province seats below the city table's population floor (scripts/build-gazetteers.mjs `adminSeats`,
// rule gazetteer/seat-names): a small seat of a conflict region is placed at its own coordinates, and no seat whose
// name is also an everyday word, a given name, a country or a known place was added. Sentences are made up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choosePlace } from '../../src/extract/geocode.js';
import { extract } from '../../src/extract/index.js';
import type { PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

type Row = [number, string, string, number, number, number, string, string, string];
const table = JSON.parse(readFileSync('data/gazetteers/cities.json', 'utf8')) as { minPopulation: number; rows: Row[] };
const seats = table.rows.filter((r) => r[5] < table.minPopulation && r[6] !== 'PPLC');
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const list = (file: string, pick: (j: never) => string[]) =>
  new Set(pick(JSON.parse(readFileSync(file, 'utf8')) as never).map(fold));

describe('gazetteer/seat-names: small district seats', () => {
  it('places a town of a district seat at the town, with its province', () => {
    const ents = extract(
      { text: 'Gunmen abducted twelve farmers near Chibok on Tuesday, officials said.' },
      res,
    ).entities;
    const town = ents.find((e): e is PlaceEntity => e.type === 'place' && e.name === 'Chibok');
    expect(town).toMatchObject({ country: 'NG', precision: 'city', admin1: 'Borno State' });
  });

  it('holds only seats of the named feature codes, outside the towns.json countries', () => {
    expect(seats.length).toBeGreaterThan(5000);
    expect(seats.every((r) => r[6] === 'PPLA' || r[6] === 'PPLA2')).toBe(true);
    expect(seats.some((r) => ['US', 'CA', 'AU'].includes(r[2]))).toBe(false);
  });

  it('adds no seat named like an English word, a given name or a country', () => {
    const english = list(
      'data/lexicons/english.json',
      (j: { lists: { commonWords: { words: string[] } } }) => j.lists.commonWords.words,
    );
    const given = list('data/gazetteers/given-names.json', (j: { names: string[] }) => j.names);
    const countries = list('data/gazetteers/countries.json', (j: { name: string; aliases: string[] }[]) =>
      j.flatMap((c) => [c.name, ...c.aliases]),
    );
    const clash = seats.filter((r) => english.has(fold(r[1])) || given.has(fold(r[1])) || countries.has(fold(r[1])));
    expect(clash.map((r) => r[1])).toEqual([]);
    for (const word of ['Long', 'Said', 'Mali', 'Colombia']) expect(seats.some((r) => r[1] === word)).toBe(false);
  });

  it('adds no second place under a name the table already holds, nor a name seats of several countries share', () => {
    const big = new Set(
      table.rows
        .filter((r) => !seats.includes(r))
        .flatMap((r) => r[1].split(' / '))
        .map(fold),
    );
    expect(seats.filter((r) => big.has(fold(r[1]))).map((r) => r[1])).toEqual([]);
    const countriesOf = new Map<string, Set<string>>();
    for (const r of seats) countriesOf.set(fold(r[1]), (countriesOf.get(fold(r[1])) ?? new Set()).add(r[2]));
    expect([...countriesOf].filter(([, c]) => c.size > 1).map(([n]) => n)).toEqual([]);
  });
});

describe('geocode/small-seat-at-home: a small seat abroad is no evidence', () => {
  const chibok = res.gazetteer.placesNamed('Chibok');
  it('is the town in a story of its country, one naming its country, or one with no country', () => {
    expect(choosePlace(res.gazetteer, chibok, new Set(), 'NG')?.entry).toMatchObject({ name: 'Chibok', country: 'NG' });
    expect(choosePlace(res.gazetteer, chibok, new Set(['NG']), 'GB')?.entry).toMatchObject({ country: 'NG' });
    expect(choosePlace(res.gazetteer, chibok, new Set(), null)?.entry).toMatchObject({ country: 'NG' });
  });
  it('is no candidate in a story of another country, so the name is read as one the gazetteer lacks', () => {
    expect(choosePlace(res.gazetteer, chibok, new Set(['SV']), 'SV')).toBeNull();
  });
});

describe('small seats and the words around them', () => {
  const place = (text: string, name: string) =>
    extract({ text, published: '2024-06-20' }, res).entities.find(
      (e): e is PlaceEntity => e.type === 'place' && e.name === name,
    );
  it('entities/paired-street-names: the first of two streets named together is no town', () => {
    const text =
      'BUENOS AIRES, 3 JUN 24 -- A BOMB WENT OFF AT THE CORNER OF SARMIENTO AND SAN MARTIN STREETS, POLICE SAID.';
    expect(place(text, 'Sarmiento')?.precision ?? null).not.toBe('city');
    expect(place('Gunmen shot two traders in Sarmiento, police in Chubut said.', 'Sarmiento')?.precision).toBe('city');
  });
  it('entities/quarter-no-small-seat: a quarter the text names is not the small seat of its name', () => {
    const text = 'BOGOTA, 3 JUN 24 -- A bomb damaged a bank in Olaya neighborhood in southern Bogota on Monday.';
    expect(place(text, 'Olaya')?.precision).not.toBe('city');
    expect(place('Rebels burned two buses in Olaya, in Antioquia, on Monday.', 'Olaya')?.precision).toBe('city');
  });
});
