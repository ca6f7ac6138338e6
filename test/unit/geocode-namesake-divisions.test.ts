// Namesake divisions and seats of government (issues #10, #11): a province or department that shares its name with
// one of another country is read in the article's country, and a seat of government is a capital. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { choosePlace, countryOf } from '../../src/extract/geocode.js';
import { res } from '../helpers/resources.js';
import { mainIncident, placeNamed } from '../helpers/extracted-places.js';

describe('rule gazetteer/namesake-divisions', () => {
  it('keeps both divisions of one name, whatever country the table lists first', () => {
    const huila = res.gazetteer.placesByName.get('huila') ?? [];
    expect(new Set(huila.filter((e) => e.kind === 'region').map((e) => e.country))).toEqual(new Set(['AO', 'CO']));
    const rioNegro = res.gazetteer.placesByName.get('rio negro') ?? [];
    expect(rioNegro.some((e) => e.kind === 'region' && e.country === 'UY')).toBe(true);
  });
});

describe('rule geocode/home-division', () => {
  it('reads a department in the country of the dateline', () => {
    const text =
      'BOGOTA, 4 MAR 90 -- Rebels attacked a police post in Huila department overnight, killing two officers.';
    expect(placeNamed({ text }, /^Huila$/)?.country).toBe('CO');
    expect(mainIncident({ text })?.place).toBe('Huila');
  });

  it('reads the same name in capitals the same way', () => {
    const text = 'BOGOTA, 4 MAR 90 -- REBELS ATTACKED A POLICE POST IN HUILA OVERNIGHT, KILLING TWO OFFICERS.';
    expect(placeNamed({ text }, /^Huila$/i)?.country).toBe('CO');
  });

  it('chooses among divisions only, by the article country', () => {
    const cands = (res.gazetteer.placesByName.get('huila') ?? []).filter((e) => e.kind === 'region');
    expect(countryOf(choosePlace(res.gazetteer, cands, new Set(['AO']), 'AO')!.entry)).toBe('AO');
    expect(countryOf(choosePlace(res.gazetteer, cands, new Set(['CO']), 'CO')!.entry)).toBe('CO');
  });
});

describe('rule geocode/division-in-context', () => {
  it('without an article country, a division in a country the article names goes first', () => {
    const cands = (res.gazetteer.placesByName.get('huila') ?? []).filter((e) => e.kind === 'region');
    expect(countryOf(choosePlace(res.gazetteer, cands, new Set(['CO']))!.entry)).toBe('CO');
    expect(countryOf(choosePlace(res.gazetteer, cands, new Set(['AO']))!.entry)).toBe('AO');
  });
});

describe('a seat of government is a capital', () => {
  it('reads a La Paz dateline as the Bolivian city, not a department of the same name elsewhere', () => {
    const text = 'LA PAZ, 9 MAY 90 -- A bomb exploded outside a bank downtown on Tuesday night, injuring a guard.';
    const p = placeNamed({ text }, /^La Paz$/);
    expect([p?.placeKind, p?.country]).toEqual(['city', 'BO']);
  });
});
