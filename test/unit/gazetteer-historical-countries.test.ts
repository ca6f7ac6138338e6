// Old wire copy names countries that no longer exist (issues #10, #11): each is an alias of the country a map shows
// there now (rule gazetteer/historical-country-names in scripts/build-gazetteers.mjs), so that a dateline such as
// "MOSCOW (USSR)" names the country its city lies in. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { res } from '../helpers/resources.js';
import { placeNamed } from '../helpers/extracted-places.js';

const countriesNamed = (name: string) =>
  (res.gazetteer.placesByName.get(name.toLowerCase()) ?? []).flatMap((e) => (e.kind === 'country' ? [e.code] : []));

describe('rule gazetteer/historical-country-names', () => {
  it.each([
    ['USSR', 'RU'],
    ['Soviet Union', 'RU'],
    ['East Germany', 'DE'],
    ['West Germany', 'DE'],
    ['German Democratic Republic', 'DE'],
    ['Czechoslovakia', 'CZ'],
    ['Yugoslavia', 'RS'],
    ['Zaire', 'CD'],
    ['Burma', 'MM'],
    ['Rhodesia', 'ZW'],
    ['ROK', 'KR'],
    ['Ceylon', 'LK'],
  ])('reads %s as the country %s', (name, code) => {
    expect(countriesNamed(name)).toEqual([code]);
  });

  it('keeps the Soviet adjective out of the place names', () => {
    expect(countriesNamed('Soviet')).toEqual([]);
  });
});

describe('a dateline with a former country in brackets', () => {
  it('"MOSCOW (USSR)" is the Russian capital though the story is all about the United States', () => {
    const text =
      'MOSCOW (USSR), 3 MAR 90 (TASS) -- [TEXT] THE UNITED STATES HAS SENT MORE WEAPONS TO ITS ALLIES, A SPOKESMAN IN ' +
      'WASHINGTON SAID TODAY. U.S. OFFICIALS IN WASHINGTON REFUSED TO COMMENT ON THE UNITED STATES PLAN.';
    expect(placeNamed({ text }, /^Moscow$/i)?.country).toBe('RU');
    expect(placeNamed({ text }, /^(Russia|USSR)$/i)?.country).toBe('RU');
  });

  it('"BONN (WEST GERMANY)" names Germany', () => {
    const text =
      'BONN (WEST GERMANY), 3 MAR 90 (DPA) -- [TEXT] A GOVERNMENT SPOKESMAN SAID TODAY THAT THE EMBASSY IN LIMA WILL ' +
      'STAY CLOSED AFTER THE ATTACK ON ITS GATE IN PERU.';
    expect(placeNamed({ text }, /^Bonn$/i)?.country).toBe('DE');
    expect(placeNamed({ text }, /Germany/i)?.country).toBe('DE');
  });
});
