// A court known by the name of its building ("the Old Bailey") and by its formal name is one body: the gazetteer lists
// the building's name among the court's aliases (data/gazetteers/organizations.json), so an article that writes both
// gives the analyst one node. Sentences are made up for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => extract({ text, published: '2024-06-20' }, res).entities;

describe('gazetteer: a court called by its building is that court', () => {
  it('reads "the Old Bailey" as the Central Criminal Court, a body, not a site', () => {
    const ents = entities('LONDON — A jury at the Old Bailey convicted two brothers of arson on Tuesday.');
    const court = ents.find((e) => e.type === 'organization' && e.aliases.includes('Old Bailey'));
    expect(court).toMatchObject({ name: 'Central Criminal Court', country: 'GB' });
    expect(ents.some((e) => e.type === 'place' && /Bailey/.test(e.name))).toBe(false);
  });

  it('makes one node of the two names in one article', () => {
    const ents = entities(
      'The trial opened at the Old Bailey on Monday. The Central Criminal Court heard that the men had bought the fuel a week earlier.',
    );
    const courts = ents.filter((e) => /Bailey|Criminal Court/.test(e.name) || e.aliases.some((a) => /Bailey/.test(a)));
    expect(courts).toHaveLength(1);
    expect(courts[0]!.mentions.map((m) => m.text).sort()).toEqual(['Central Criminal Court', 'Old Bailey']);
  });

  it('keeps another court of the city a body of its own', () => {
    const ents = entities('A jury at Snaresbrook Crown Court convicted two brothers of arson on Tuesday.');
    expect(ents.some((e) => e.name === 'Central Criminal Court')).toBe(false);
  });
});
