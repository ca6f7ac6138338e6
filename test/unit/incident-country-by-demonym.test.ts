// Rule place/country-by-demonym: a report from the capital's bureau that names its country only by its people's
// adjective ("Ecuadorean police") places an event the dateline does not place in that country, the adjective being the
// country's mention. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Resources } from '../../src/extract/resources.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const RULE = 'place/country-by-demonym';

const run = (text: string, resources: Resources = res) => {
  const out = extract({ text, published: '1990-04-04' }, resources);
  const incidents = out.entities.filter((e): e is IncidentEntity => e.type === 'incident');
  const countries = out.entities.filter((e): e is PlaceEntity => e.type === 'place' && e.placeKind === 'country');
  return { incidents, countries, text };
};

describe('a country named only by its adjective (place/country-by-demonym)', () => {
  const national =
    'QUITO, 4 APR 90 (WIRE) -- Ecuadorean police today blamed the rebels for the murder of a provincial judge and ' +
    'promised that those responsible would be found.';

  it('places the event in the country the adjective names, not at the dateline city', () => {
    const { incidents, countries, text } = run(national);
    expect(incidents[0]?.place).toBe('Ecuador');
    const ecuador = countries.find((c) => c.country === 'EC');
    expect(ecuador?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ecuadorean']);
    expect(ecuador?.merges?.join(' ')).toContain(RULE);
    expect(incidents[0]?.placeId).toBe(ecuador?.id);
  });

  it('does the same in wire copy written in capitals', () => {
    expect(run(national.toUpperCase()).incidents[0]?.place).toBe('Ecuador');
  });

  it('keeps the dateline city when the rule is switched off, and adds no country', () => {
    const { incidents, countries } = run(national, withoutRules(RULE));
    expect(incidents[0]?.place).toBe('Quito');
    expect(countries).toEqual([]);
  });

  it("reads no other country's adjective as the report's country", () => {
    const text =
      'QUITO, 4 APR 90 (WIRE) -- Chilean diplomats today blamed the rebels for the murder of a provincial judge and ' +
      'asked that those responsible be found.';
    expect(run(text).incidents[0]?.place).toBe('Quito');
  });
});

describe('an article with no located place that names one country by its people (place/country-of-its-people)', () => {
  const unplacedText =
    'CLANDESTINE, 4 APR 90 (RADIO) -- Salvadoran soldiers murdered a peasant leader yesterday, the rebel radio said. ' +
    'The station called on Salvadoran workers to protest the killing.';

  it('places the unplaced event in that country', () => {
    const { incidents } = run(unplacedText);
    const murder = incidents.find((i) => i.kind === 'murder');
    expect(murder?.place).toBe('El Salvador');
    expect(murder?.merges?.join(' ')).toContain('place/country-of-its-people');
  });

  it('leaves it unplaced when the rule is switched off', () => {
    const { incidents } = run(unplacedText, withoutRules('place/country-of-its-people'));
    expect(incidents.find((i) => i.kind === 'murder')?.place ?? null).toBeNull();
  });

  it('leaves it unplaced when two countries are named by their people as often', () => {
    const text =
      'CLANDESTINE, 4 APR 90 (RADIO) -- Salvadoran soldiers murdered a Honduran peasant leader yesterday, the rebel ' +
      'radio said. The station called on Salvadoran and Honduran workers to protest the killing.';
    expect(run(text).incidents.find((i) => i.kind === 'murder')?.place ?? null).toBeNull();
  });
});
