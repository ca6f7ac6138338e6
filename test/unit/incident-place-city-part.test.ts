// Rule entities/city-part-in-dateline-city (issues #10, #11): a name the text calls a quarter of a town ("the X
// neighborhood", "the X suburb", "THE X RESIDENTIAL AREA") is no town of its own: with no town written beside it, it
// lies in the dateline's city, so the incident reads "X, City" with the city's coordinates, not the country's.
// Sentences written for these tests; the quarters in them are made up.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';

describe('entities/city-part-in-dateline-city', () => {
  it('locates a shouted neighbourhood in the dateline city and places the incident there', () => {
    const r = placesOf(
      'SAN SALVADOR, 14 MAR 90 (RADIO) -- [TEXT] URBAN COMMANDOS TODAY SHOT AND KILLED TWO SOLDIERS IN THE ' +
        'VILLAMORA NEIGHBORHOOD. THE PRESS OFFICE SAID THE ATTACK TOOK PLACE AT 0800.',
    );
    const city = r.place('San Salvador')!;
    const part = r.place('Villamora')!;
    expect(part.precision).toBe('site-in-city');
    expect([part.country, part.lat, part.lon]).toEqual([city.country, city.lat, city.lon]);
    expect(r.placeOf(r.incidents[0])?.name).toBe('Villamora');
    expect(r.incidents[0]?.place).toBe('Villamora, San Salvador');
  });

  it('reads a quarter written in mixed case and a residential area alike', () => {
    const r = placesOf(
      'LIMA, 2 JUN 90 -- Gunmen killed a judge in the Pampaseca residential area on Friday, police said.',
    );
    expect(r.place('Pampaseca')?.precision).toBe('site-in-city');
    expect(r.place('Pampaseca')?.lat).toBe(r.place('Lima')?.lat);
  });

  it('takes the town written after the quarter over the dateline', () => {
    const r = placesOf(
      'SAN SALVADOR, 3 APR 90 -- Gunmen killed a teacher in the Villamora neighborhood of San Miguel today.',
    );
    expect(r.place('Villamora')?.lat).toBe(r.place('San Miguel')?.lat);
    expect(r.incidents[0]?.place).toBe('Villamora, San Miguel');
  });

  it('takes the town written after a comma and a direction, and no dateline where another place holds it', () => {
    const r = placesOf(
      'BOGOTA, 9 MAY 90 -- [TEXT] GUNMEN KIDNAPPED A JUDGE FROM HIS HOME IN THE VILLAMORA NEIGHBORHOOD, IN ' +
        'EASTERN CALI, THE POLICE SAID.',
    );
    expect(r.place('Villamora')?.lat).toBe(r.place('Cali')?.lat);
    const held = placesOf(
      'BOGOTA, 9 MAY 90 -- [TEXT] GUNMEN SHOT A COUNCILMAN IN THE VILLAMORA NEIGHBORHOOD, PUERTO TALAMO ' +
        'MUNICIPALITY, THE POLICE SAID.',
    );
    expect(held.place('Villamora')?.country).toBe('CO');
    expect(held.place('Villamora')?.precision).not.toBe('site-in-city');
  });

  it('leaves a quarter of an article with no town in the country, and a district a town of its own', () => {
    const noTown = placesOf('Gunmen killed a teacher in the Villamora neighborhood on Monday, police in Peru said.');
    expect(noTown.place('Villamora')?.precision).toBe('country');
    const district = placesOf(
      'LIMA, 2 JUN 90 -- Rebels killed four peasants in the Chuquimarca district, the army said.',
    );
    expect(district.place('Chuquimarca')?.country).toBe('PE');
    expect(district.place('Chuquimarca')?.precision).not.toBe('site-in-city');
  });
});
