// Rule place/demonym-capital: "the Iraqi capital" names that country's capital. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { mainIncident, placeNamed, placesOf } from '../helpers/extracted-places.js';
import { withoutRules } from '../helpers/resources.js';

describe('rule place/demonym-capital', () => {
  it('places an event in the capital its country’s adjective names', () => {
    const text =
      'WASHINGTON, May 3 (Northline) - A car bomb exploded in the Afghan capital on Tuesday, killing five people.';
    const kabul = placeNamed({ text }, /^Kabul$/);
    expect([kabul?.country, kabul?.placeKind]).toEqual(['AF', 'city']);
    expect(mainIncident({ text })?.place).toBe('Kabul');
    // switched off (KG_DISABLE_RULES), the adjective names no place
    expect(placesOf(text, '2019-10-14', withoutRules('place/demonym-capital')).place('Kabul')).toBeUndefined();
  });

  it('reads capitals the same way, and joins the capital’s own name', () => {
    const text =
      'MOSCOW (USSR), 26 OCT 89 (WIRE) -- A BOMB EXPLODED ON WEDNESDAY EVENING IN THE PERUVIAN CAPITAL. ' +
      'POLICE IN LIMA SAID NOBODY WAS HURT.';
    const lima = placeNamed({ text }, /^Lima$/i);
    expect(lima?.country).toBe('PE');
    expect(lima?.mentions.length).toBe(2);
  });

  it('takes the seat of government where a country has two capitals', () => {
    const text = 'Protesters marched through the Bolivian capital on Friday.';
    expect(placeNamed({ text }, /^La Paz$/)?.country).toBe('BO');
  });

  it('leaves money and words that are no demonym alone', () => {
    const text = 'Investors pulled money out of the Iraqi capital markets, and the federal capital was calm.';
    expect(placeNamed({ text }, /^Baghdad$/)).toBeUndefined();
  });
});
