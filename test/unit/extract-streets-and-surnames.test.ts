// Names that local news writes as streets or as people, never as the towns the gazetteer has of the same name
// (src/extract/entities.ts: a block's street, the streets of a corner, a surname that speaks). Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity } from '../../src/extract/types.js';

const run = (text: string, title?: string) => extract({ text, ...(title ? { title } : {}) }, res).entities;
const named = (es: Entity[], name: string) => es.filter((e) => e.name === name || e.aliases.includes(name));
const located = (es: Entity[], name: string) =>
  named(es, name).some((e) => e.type === 'place' && (e as { lat?: number | null }).lat != null);

describe('a block of a street is no town', () => {
  it('keeps a street named after a town unlocated, even when the article names a state with a town of that name', () => {
    const es = run(
      'KANSAS CITY, Missouri — Two men were wounded in separate shootings overnight. ' +
        'The second was in the 3300 block of Lexington, where a man was shot in the leg.',
    );
    // (the small Missouri town of that name is no reading of a street)
    expect(named(es, 'Lexington').map((e) => (e as { placeKind?: string }).placeKind)).not.toContain('city');
  });

  it('does not place a block of "North X" street inside the city X', () => {
    const es = run(
      'MEMPHIS, Tenn. — A woman was shot early Friday in the 700 block of North Hollywood St. near a corner store, police said.',
    );
    const street = named(es, 'North Hollywood').find((e) => e.type === 'place') as
      { admin1?: string | null } | undefined;
    expect(street?.admin1 ?? null).not.toBe('California');
  });
});

describe('the two streets of a corner are no towns', () => {
  it('reads "at X and Durango" as a corner when X is no known town', () => {
    const es = run(
      'A clerk fired at three teenagers who ran into the smoke shop at Flamingo and Durango on Friday, police said.',
    );
    expect(named(es, 'Durango').map((e) => (e as { placeKind?: string }).placeKind)).not.toContain('region');
    expect(named(es, 'Durango').map((e) => (e as { placeKind?: string }).placeKind)).not.toContain('city');
  });

  it('keeps two known cities joined by "and" as cities', () => {
    const es = run('Protests were held at Dallas and Houston on Saturday after the shooting.');
    expect(located(es, 'Houston')).toBe(true);
  });
});

describe('a surname that speaks is a person, not a town', () => {
  it('reads the surname of a named victim as that person where it owns the event', () => {
    const es = run(
      'A 15-year-old was shot and killed in Cedar Rapids on Friday. Officers found Tavion Jackson inside the home. ' +
        "Jackson's death is the second such killing this year, police said.",
    );
    expect(named(es, 'Jackson').some((e) => e.type === 'place')).toBe(false);
  });

  it('reads a one-word name that speaks twice as a person', () => {
    const es = run(
      'A girl was shot in the chest at her home on Friday. "She is lucky to be alive," McKinney said. ' +
        '"I just want answers," McKinney said on Saturday.',
    );
    expect(named(es, 'McKinney').some((e) => e.type === 'place')).toBe(false);
  });

  it('leaves a town that is only written as a place alone', () => {
    const es = run('A man was shot in Jackson on Friday night. Jackson police said the victim was 24.');
    expect(located(es, 'Jackson')).toBe(true);
  });
});
