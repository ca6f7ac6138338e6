// Rule place/dateline-abroad weighs which country a report from a bureau abroad is about. The dateline's own country
// counts its people only where they act at home (not its travellers: "Soviet fishermen"), and a country written as the
// owner of diplomatic premises counts for neither side (rule place/premises-owner-abroad: "the USSR embassy" stands
// abroad). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';
import { withoutRules } from '../helpers/resources.js';
import type { Resources } from '../../src/extract/resources.js';

const countryOfFirst = (text: string, resources?: Resources) => {
  const r = placesOf(text, '1989-10-26', resources);
  const place = r.placeOf(r.incidents[0]);
  return place ? `${place.name}/${place.country}` : null;
};

describe("the dateline's country by its travellers (place/dateline-abroad)", () => {
  const text =
    'MOSCOW, 6 JUL 89 (WIRE) -- A bomb exploded yesterday under a bus carrying Soviet fishermen, wounding 14 of ' +
    'them. The crew of the Soviet trawler had come ashore at Callao for the day. Peruvian police blamed rebels ' +
    'active across Peru, and the wounded were treated in Lima.';

  it('is no vote for the report being about it: the bomb went off in the country the body names', () => {
    expect(countryOfFirst(text)).toMatch(/\/PE$/);
  });

  it('a report of the same country at home keeps its dateline', () => {
    const home =
      'MOSCOW, 6 JUL 89 (WIRE) -- A bomb exploded yesterday under a bus carrying Soviet soldiers, wounding 14 ' +
      'of them. The Soviet army said rebels were to blame; a Peruvian delegation visiting Callao and Lima was ' +
      'told of it.';
    expect(countryOfFirst(home)).toMatch(/\/RU$/);
  });
});

describe('a country owning diplomatic premises (place/premises-owner-abroad)', () => {
  const text =
    'MOSCOW, 26 OCT 89 (WIRE) -- Terrorists detonated a car bomb outside the embassy of the USSR on Wednesday ' +
    'evening. ' +
    'Nobody was hurt at the embassy of the USSR, which stands in the Miraflores district of Lima. Peruvian police ' +
    'in Lima are searching for the attackers; no group active in Peru has claimed the attack.';

  it('counts for neither country: the report from Moscow is about Peru', () => {
    expect(countryOfFirst(text)).toMatch(/\/PE$/);
  });

  it('switched off (KG_DISABLE_RULES=place/premises-owner-abroad), the owner counts and the dateline stays', () => {
    expect(countryOfFirst(text, withoutRules('place/premises-owner-abroad'))).toBe('Moscow/RU');
  });
});
