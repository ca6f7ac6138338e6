// A wire report names where its event happened with the area that holds it: "in Rionegro municipality", "near X, in
// Santander department", "in X, Yumbo municipality". The area noun makes the known name a place the gazetteer can
// locate (rule mentions/shouted-area-noun), a town of its own rather than a part of the dateline's city, and the
// holder of an unknown name before it (rule entities/held-by-written-area); the event is then placed there, not at
// the dateline. Texts and the small towns' names are made up for these tests.
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
const place = (entities: ReturnType<typeof extract>['entities'], name: string) => {
  const e = entities.find((x) => x.name === name);
  return e?.type === 'place' ? e : undefined;
};

describe('a known name with a shouted area noun after it (rule mentions/shouted-area-noun)', () => {
  it('is the gazetteer place, also when the tagger took the noun into a place name', () => {
    const { entities, incidents } = extract(
      'BOGOTA, 3 MAR 90 (AFP) -- [TEXT] REBELS SET FIRE TO THREE BUSES EARLY TODAY IN ZIPAQUIRA MUNICIPALITY, POLICE SAID.',
    );
    expect(place(entities, 'Zipaquirá')?.country).toBe('CO');
    expect(entities.some((e) => /MUNICIPALITY/i.test(e.name))).toBe(false);
    expect(incidents[0]?.place).toBe('Zipaquirá');
  });

  it('cuts a shouted direction word before the known name as well', () => {
    const { entities } = extract(
      'BOGOTA, 3 MAR 90 (AFP) -- [TEXT] TWO ENGINEERS KIDNAPPED BY THE ELN WERE RELEASED ON 2 MARCH IN EL CARMELO, EASTERN ANTIOQUIA DEPARTMENT.',
    );
    expect(place(entities, 'Antioquia')?.placeKind).toBe('region');
    expect(entities.some((e) => /DEPARTMENT/i.test(e.name))).toBe(false);
  });

  it('reads the last name of "A and B departments" as a place', () => {
    const { entities } = extract(
      'SAN SALVADOR, 3 MAR 90 (ACAN) -- [TEXT] THREE REBELS WERE KILLED IN CLASHES IN USULUTAN AND MORAZAN DEPARTMENTS.',
    );
    expect(place(entities, 'Morazan')?.country).toBe('SV');
  });

  it('leaves a body named "department" alone', () => {
    const { entities } = extract('WASHINGTON, 3 MAR 90 -- [TEXT] THE JUSTICE DEPARTMENT SAID TWO MEN WERE CHARGED.');
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name)).not.toContain('Justice');
  });
});

describe('a name written with "municipality" after it (rule entities/part-of-local-city)', () => {
  it('is a town of its own, not a part of the dateline city', () => {
    const { entities, incidents } = extract(
      'BOGOTA, 3 MAR 90 (AFP) -- Rebels set fire to three buses early today in Rionegro municipality, police said.',
    );
    expect(place(entities, 'Rionegro')?.precision).toBe('city');
    expect(incidents[0]?.place).toBe('Rionegro');
  });
});

describe('an unknown name with a known area written after it (rule entities/held-by-written-area)', () => {
  it('lies in the department written after ", in", and the event is placed there', () => {
    const { entities, incidents } = extract(
      'BOGOTA, 3 MAR 90 (EFE) -- [TEXT] GUERRILLAS KILLED FOUR SOLDIERS YESTERDAY NEAR QUEBRADA TORCIDA, IN SANTANDER DEPARTMENT.',
    );
    const town = place(entities, 'QUEBRADA TORCIDA');
    expect(town?.country).toBe('CO');
    expect(town?.precision).toBe('region');
    expect(incidents[0]?.place).toBe('QUEBRADA TORCIDA');
  });

  it('lies in the municipality written after a comma, which places the event', () => {
    const { entities, incidents } = extract(
      'BOGOTA, 3 MAR 90 (EFE) -- [TEXT] THE ELN BLEW UP THE OIL PIPELINE YESTERDAY IN EL TORILEJO, YUMBO MUNICIPALITY.',
    );
    expect(place(entities, 'EL TORILEJO')?.country).toBe('CO');
    expect(incidents[0]?.place).toBe('Yumbo');
  });

  it('does not read a list of towns as one held by the next', () => {
    const { entities } = extract(
      'BOGOTA, 3 MAR 90 (EFE) -- [TEXT] REBELS ATTACKED POLICE POSTS YESTERDAY IN EL TORILEJO, YUMBO AND CALI.',
    );
    // not placed in Yumbo: at most a town of the story's country (entities/locative-town), at the country's centre
    expect([null, 'country']).toContain(place(entities, 'EL TORILEJO')?.precision ?? null);
  });
});

describe('a dateline of its own at the head of a relayed story (rule place/inner-dateline)', () => {
  it('is where the report is from, not the relaying desk', () => {
    const { incidents } = extract(
      'BOGOTA, 3 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] PEREIRA -- THREE PERSONS WERE INJURED WHEN A BOMB EXPLODED AT A BANK TODAY.',
    );
    expect(incidents[0]?.place).toBe('Pereira');
  });

  it('is no dateline when the words before the dash are no place', () => {
    const { incidents } = extract(
      'BOGOTA, 3 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] WE ARE SURE -- THREE PERSONS WERE INJURED WHEN A BOMB EXPLODED AT A BANK TODAY.',
    );
    expect(incidents[0]?.place).toBe('Bogotá');
  });
});
