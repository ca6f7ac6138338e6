// A court known by the name of its building: the building is a place (a site in its city), the court that sits in it
// a body. Sentences are made up for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => extract({ text, published: '2024-06-20' }, res).entities;

describe('gazetteer: a court building is a place, the court a body', () => {
  it('reads "the Old Bailey" as a site in London, not as an organisation', () => {
    const ents = entities('LONDON — A jury at the Old Bailey convicted two brothers of arson on Tuesday.');
    const bailey = ents.find((e) => e.name === 'Old Bailey');
    expect(bailey).toMatchObject({ type: 'place', placeKind: 'site', country: 'GB' });
    expect(ents.some((e) => e.type === 'organization' && /Bailey/.test(e.name))).toBe(false);
  });

  it('keeps "the Central Criminal Court" a body of its own', () => {
    const ents = entities('The Central Criminal Court heard that the men had bought the fuel a week earlier.');
    expect(ents.find((e) => e.name === 'Central Criminal Court')).toMatchObject({
      type: 'organization',
      country: 'GB',
    });
  });
});
