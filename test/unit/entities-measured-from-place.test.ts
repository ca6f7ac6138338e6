// Rule entities/measured-from-place: a town the gazetteer does not know, written with its distance and bearing from a
// known place, lies near that place; the event told there stays there. Texts written for these tests (the small
// towns are made up).
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';
import { withoutRules } from '../helpers/resources.js';
import type { Resources } from '../../src/extract/resources.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';

const RULE = 'entities/measured-from-place';
const placeNamed = (text: string, name: RegExp, resources?: Resources) =>
  placesOf(text, '1990-02-10', resources).ents.find((e): e is PlaceEntity => e.type === 'place' && name.test(e.name));
const incidentsOf = (text: string, resources?: Resources) =>
  placesOf(text, '1990-02-10', resources).ents.filter((e): e is IncidentEntity => e.type === 'incident');

describe('an unknown town measured from a known one (entities/measured-from-place)', () => {
  const text =
    'LIMA, 9 FEB 90 (WIRE) -- [TEXT] Police said rebels shot dead two farmers on Thursday in the hamlet of ' +
    'Pumacancha, 40 km north of Huancayo. The bodies were found by neighbours.';

  it('takes the country of the place it is measured from, and a point that far from it in that direction', () => {
    const town = placeNamed(text, /Pumacancha/);
    const from = placeNamed(text, /Huancayo/);
    expect(town?.country).toBe('PE');
    expect(town?.precision).toBe('region');
    expect(town?.merges?.join(' ')).toMatch(/measured-from-place/);
    // 40 km north: about 0.36 degrees of latitude, same longitude
    expect(town!.lat! - from!.lat!).toBeCloseTo(40 / 111.2, 2);
    expect(town?.lon).toBeCloseTo(from!.lon!, 3);
  });

  it('reads miles and a compound bearing', () => {
    const miles =
      'LIMA, 9 FEB 90 (WIRE) -- [TEXT] Rebels burned a bus on Thursday in Pumacancha, 10 miles south-west of Huancayo.';
    const town = placeNamed(miles, /Pumacancha/);
    const from = placeNamed(miles, /Huancayo/);
    expect(town!.lat!).toBeLessThan(from!.lat!);
    expect(town!.lon!).toBeLessThan(from!.lon!);
    const km = Math.hypot(
      (town!.lat! - from!.lat!) * 111.2,
      (town!.lon! - from!.lon!) * 111.2 * Math.cos((from!.lat! * Math.PI) / 180),
    );
    expect(km).toBeCloseTo(16.09, 0);
  });

  it('keeps the killing there rather than at the dateline', () => {
    const places = incidentsOf(text).map((i) => i.place);
    expect(places).toContain('Pumacancha');
    expect(places).not.toContain('Lima');
  });

  it('switched off, the town is left with no location again', () => {
    const town = placeNamed(text, /Pumacancha/, withoutRules(RULE));
    expect(town?.merges?.join(' ') ?? '').not.toMatch(/measured-from-place/);
    expect(town?.lat ?? null).not.toBe(placeNamed(text, /Huancayo/)?.lat);
  });

  it('reads a bearing without a distance too, and then keeps the coordinates of the place it is measured from', () => {
    const bare =
      'LIMA, 9 FEB 90 (WIRE) -- [TEXT] A bomb damaged the town hall of Pumacancha, east of Huancayo, on Thursday.';
    expect(placeNamed(bare, /Pumacancha/)?.country).toBe('PE');
    expect(placeNamed(bare, /Pumacancha/)?.lat).toBe(placeNamed(bare, /Huancayo/)?.lat);
  });

  it('reads a hedged distance ("approximately 20 km west of") and the capital named by its country\'s adjective', () => {
    const hedged =
      'QUITO, 9 FEB 90 (WIRE) -- [TEXT] A bomb went off on Thursday at a relay mast on Cerro Pumacancha, ' +
      'approximately 20 km west of the Ecuadorean capital, police said.';
    const town = placeNamed(hedged, /Pumacancha/);
    expect(town?.country).toBe('EC');
    expect(town?.merges?.join(' ')).toMatch(/measured-from-place/);
    expect(incidentsOf(hedged).map((i) => i.place)).toContain(town?.name);
  });

  it('does not place a town near a country it is said to lie some way from', () => {
    const country =
      'LIMA, 9 FEB 90 (WIRE) -- [TEXT] Rebels burned a bus in Pumacancha, 30 km from Bolivia, on Thursday.';
    expect(placeNamed(country, /Pumacancha/)?.merges?.join(' ') ?? '').not.toMatch(/measured-from-place/);
  });

  it('does not read a place written next to another with no distance or bearing', () => {
    const plain =
      'LIMA, 9 FEB 90 (WIRE) -- [TEXT] Rebels burned a bus in Pumacancha and Huancayo on Thursday, police said.';
    expect(placeNamed(plain, /Pumacancha/)?.merges?.join(' ') ?? '').not.toMatch(/measured-from-place/);
  });
});
