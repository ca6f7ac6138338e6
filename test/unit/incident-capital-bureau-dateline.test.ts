// Rule place/capital-bureau-dateline: a wire report filed from its country's capital comes from the national bureau;
// when nothing in the text places the event in the capital, the event is placed in the country, not at the dateline.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Resources } from '../../src/extract/resources.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const RULE = 'place/capital-bureau-dateline';

const places = (text: string, resources: Resources = res) =>
  extract({ text, published: '1990-04-04' }, resources)
    .entities.filter((e): e is IncidentEntity => e.type === 'incident')
    .map((i) => ({ place: i.place, merges: (i.merges ?? []).join(' ') }));

describe('a report from the capital that never places the event there (place/capital-bureau-dateline)', () => {
  const national =
    'BOGOTA, 4 APR 90 (WIRE) -- The interior minister of Colombia today blamed the rebels for the murder of a provincial ' +
    'judge and promised that the police would find those responsible.';

  it('places the event in the country, not at the dateline city', () => {
    const [murder] = places(national);
    expect(murder?.place).toBe('Colombia');
    expect(murder?.merges).toContain(RULE);
  });

  it('does the same in wire copy written in capitals', () => {
    const [murder] = places(national.toUpperCase());
    expect(murder?.place).toBe('Colombia');
  });

  it('keeps the dateline city when the rule is switched off', () => {
    expect(places(national, withoutRules(RULE))[0]?.place).toBe('Bogotá');
  });

  it('keeps the capital when the event is at a spot inside a town', () => {
    const text =
      'BOGOTA, 4 APR 90 (WIRE) -- A bomb exploded this morning on a busy street downtown, wounding four passers-by, ' +
      'the police of Colombia said.';
    expect(places(text)[0]?.place).toBe('Bogotá');
  });

  it('keeps the capital when the text names it again', () => {
    const text =
      'BOGOTA, 4 APR 90 (WIRE) -- The interior minister of Colombia today blamed the rebels for the murder of a provincial ' +
      'judge. Security was tightened in Bogota after the killing.';
    expect(places(text)[0]?.place).toMatch(/^Bogot[aá]$/);
  });

  it('keeps a dateline town that is no capital: a local reporter files from where it happened', () => {
    const text =
      'CALI, 4 APR 90 (WIRE) -- The interior minister of Colombia today blamed the rebels for the murder of a ' +
      'provincial judge and promised that the police would find those responsible.';
    expect(places(text)[0]?.place).toBe('Cali');
  });
});
