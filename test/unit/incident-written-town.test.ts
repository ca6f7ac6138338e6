// A small town the gazetteer lacks but the text writes as a town of its own ("the town of X", "THE VILLAGE OF X") is a
// place of the article's country, and the event told there is placed at it rather than at the dateline's city, in
// all-caps wire copy and in mixed case alike (mentions.ts "the town of" rule, entities/written-town-in-country).
// Texts and town names made up for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { findIncidents } from '../../src/extract/incidents.js';
import { res } from '../helpers/resources.js';

const extract = (text: string) => {
  const doc = makeDoc({ text, published: '1990-03-04' }, res);
  const entities = findEntities(doc);
  return { entities, incidents: findIncidents(doc, entities) };
};

describe('a town the text names with "the town of" (rule entities/written-town-in-country)', () => {
  it('is a place, not a person, in all-caps copy', () => {
    const { entities } = extract(
      "LIMA, 3 MAR 90 (EFE) -- [TEXT] REBELS BURNED THE MAYOR'S OFFICE YESTERDAY IN THE VILLAGE OF QUENTARUMI, POLICE SAID.",
    );
    const town = entities.find((e) => e.name === 'QUENTARUMI');
    expect(town?.type).toBe('place');
    expect(town?.type === 'place' && town.country).toBe('PE');
  });

  it('places the event there, not at the dateline, in capitals', () => {
    const { incidents } = extract(
      'LIMA, 3 MAR 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POLICE POST YESTERDAY IN THE TOWN OF QUENTARUMI, KILLING THREE OFFICERS.',
    );
    expect(incidents[0]?.place).toBe('QUENTARUMI');
  });

  it('places the event there, not at the dateline, in mixed case', () => {
    const { incidents } = extract(
      'LIMA, 3 MAR 90 (EFE) -- Guerrillas attacked a police post yesterday in the town of Quentarumi, killing three officers.',
    );
    expect(incidents[0]?.place).toBe('Quentarumi');
  });

  it('leaves an event with no town of its own at the dateline', () => {
    const { incidents } = extract(
      'LIMA, 3 MAR 90 (EFE) -- Guerrillas attacked a police post yesterday, killing three officers. The mayor of the town of Quentarumi condemned it.',
    );
    expect(incidents[0]?.place).toBe('Lima');
  });
});

describe('an unknown town written with its province after a comma (rule entities/written-town-in-country)', () => {
  it('is a place of that country, and the event is placed there', () => {
    const { entities, incidents } = extract(
      'SAN SALVADOR, 3 MAR 90 (ACAN) -- [TEXT] TWO SOLDIERS WERE KILLED TODAY IN A CLASH WITH REBELS IN LOMA DE QUIJADA, USULUTAN DEPARTMENT.',
    );
    const town = entities.find((e) => e.name === 'LOMA DE QUIJADA');
    expect(town?.type === 'place' && town.country).toBe('SV');
    expect(incidents[0]?.place).toBe('LOMA DE QUIJADA');
  });
});
