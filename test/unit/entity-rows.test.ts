import { describe, expect, it } from 'vitest';
import { betterName, oneRowPerKey } from '../../src/graph/entity-rows.js';
import {
  ENTITIES,
  ENTITY_FIELDS,
  entityStatementRow,
  identityStatementRow,
  PERSON_IDENTITY,
  personIdentityRows,
} from '../../src/graph/writer.js';
import type { ArticleWrite, EntityRow, PlaceRow } from '../../src/graph/rows.js';

const place = (over: Partial<PlaceRow>): PlaceRow => ({
  type: 'place',
  key: 'place:x',
  name: 'Springfield',
  aliases: [],
  placeKind: 'city',
  country: null,
  lat: null,
  lon: null,
  ambiguous: true,
  ...over,
});

const permutations = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe('one entity row per key in a write batch', () => {
  it('keeps every name of the key: the best as the name, the others as aliases', () => {
    const rows: EntityRow[] = [
      { type: 'person', key: 'person:a', name: 'PARKER', aliases: [] },
      { type: 'person', key: 'person:a', name: 'Andrew Parker', aliases: ['Parker'] },
      { type: 'person', key: 'person:b', name: 'Lee', aliases: [] },
    ];
    expect(oneRowPerKey(rows)).toEqual([
      { type: 'person', key: 'person:a', name: 'Andrew Parker', aliases: ['PARKER', 'Parker'], firstSeen: null },
      { type: 'person', key: 'person:b', name: 'Lee', aliases: [] },
    ]);
  });

  it('gives the same row whatever order the articles came in', () => {
    const rows = [
      place({ name: 'SPRINGFIELD', country: 'US', lat: 39.8, lon: -89.6, ambiguous: true }),
      place({ aliases: ['Springfield, Ill.'], country: 'US', lat: 39.78, lon: -89.65, ambiguous: false }),
      place({ placeKind: 'site', country: null }),
    ];
    const results = permutations(rows).map((p) => JSON.stringify(oneRowPerKey(p)));
    expect(new Set(results).size).toBe(1);
    expect(oneRowPerKey(rows)[0]).toMatchObject({
      name: 'Springfield',
      lat: 39.78,
      ambiguous: false,
      placeKind: 'city',
      country: 'US',
    });
  });

  it('prefers a mixed-case name, then the longer, then the smaller', () => {
    expect(betterName('BOSTON', 'Boston')).toBe('Boston');
    expect(betterName('Parker', 'Andrew Parker')).toBe('Andrew Parker');
    expect(betterName('Saïd', 'Said')).toBe('Said');
  });
});

describe('an entity row as sent to the entity statement', () => {
  it('keeps every field the statement reads with a value and drops those other statements carry', () => {
    const row = {
      type: 'person',
      key: 'person:ann lee',
      name: 'Ann Lee',
      aliases: ['Lee'],
      firstSeen: null,
      surname: 'lee',
      countries: ['FR'],
      homeCountry: 'FR',
      roles: ['minister'],
      context: ['org:name:un', 'place:paris'],
      reasons: ['a reason'],
    };
    expect(entityStatementRow(row)).toEqual({
      type: 'person',
      key: 'person:ann lee',
      name: 'Ann Lee',
      aliases: ['Lee'],
      surname: 'lee',
    });
  });

  it('leaves out a field without a value or an empty list, which the statement reads as null or empty all the same', () => {
    const row = { type: 'place', key: 'place:name:dunmore', name: 'Dunmore', aliases: [], country: null, lat: 0 };
    expect(entityStatementRow({ ...row, admin1: undefined, ambiguous: false })).toEqual({
      type: 'place',
      key: 'place:name:dunmore',
      name: 'Dunmore',
      lat: 0,
      ambiguous: false,
    });
  });

  it('reads every list field it may be sent without, as empty', () => {
    for (const f of ['aliases', 'described']) expect(ENTITIES).toContain(`coalesce(row.${f}, [])`);
    expect(ENTITIES).not.toMatch(/\+ row\.(aliases|described)\b/);
  });

  it('finds the fields in the statement itself, every type-specific one included', () => {
    for (const f of ['key', 'type', 'name', 'aliases', 'firstSeen', 'surname', 'kind', 'country', 'lat', 'lon'])
      expect(ENTITY_FIELDS.has(f)).toBe(true);
    for (const f of ['placeKind', 'ambiguous', 'admin1', 'precision', 'placeKey', 'killed', 'injured', 'dateFlag'])
      expect(ENTITY_FIELDS.has(f)).toBe(true);
    for (const f of ['context', 'countries', 'roles', 'reasons']) expect(ENTITY_FIELDS.has(f)).toBe(false);
  });
});

describe('rule place/stated-town-over-guess', () => {
  it('gives a site the town the text writes it in, over a town only guessed from a nearby word or the dateline', () => {
    // an arena "in Northgate" in one story; "near Southport" (a city with a smaller latitude) and a dateline in others
    const stated = place({ key: 'place:name:arena', placeKind: 'site', lat: 51.5, lon: 0.2, ambiguous: false });
    const guessed = place({
      key: 'place:name:arena',
      placeKind: 'site',
      lat: 51.4,
      lon: 0.1,
      ambiguous: false,
      guessedWithin: true,
    });
    for (const p of permutations([stated, guessed, { ...guessed, lat: 50.9 }])) {
      const [row] = oneRowPerKey(p);
      expect(row).toMatchObject({ lat: 51.5, lon: 0.2 });
      expect(row).not.toHaveProperty('guessedWithin');
    }
    // two guesses still choose the same way whatever the order
    const [both] = oneRowPerKey([guessed, { ...guessed, lat: 50.9 }]);
    expect(both).toMatchObject({ lat: 50.9, guessedWithin: true });
  });

  it('reads the mark in the entity statement', () => {
    expect(ENTITY_FIELDS.has('guessedWithin')).toBe(true);
  });
});

describe('a person identity row as sent', () => {
  it('leaves out its empty lists and keeps those with a value', () => {
    const row = {
      key: 'person:ann lee',
      countries: ['FR'],
      homeCountries: [],
      roles: [],
      reasons: ['a1: same town'],
      surnameJoins: [],
    };
    expect(identityStatementRow(row)).toEqual({ key: 'person:ann lee', countries: ['FR'], reasons: ['a1: same town'] });
  });

  it('sends the key alone for a person with nothing to add', () => {
    const row = { key: 'person:bo ek', countries: [], homeCountries: [], roles: [], reasons: [], surnameJoins: [] };
    expect(identityStatementRow(row)).toEqual({ key: 'person:bo ek' });
  });

  it('is read by a statement that takes a list left out as empty', () => {
    for (const f of ['countries', 'homeCountries', 'roles', 'reasons', 'surnameJoins'])
      expect(PERSON_IDENTITY).toContain(`coalesce(row.${f}, [])`);
  });
});

describe('person identity rows with the surnames alone stored before the batch and joined by it', () => {
  const person = (key: string, name: string) =>
    ({
      key,
      name,
      aliases: [],
      countries: ['NO'],
      roles: [],
      reasons: [],
    }) as unknown as ArticleWrite['entities']['person'][number];
  const write = (id: string, people: ReturnType<typeof person>[]) =>
    ({
      article: { id },
      entities: { person: people, organization: [], place: [], incident: [] },
    }) as unknown as ArticleWrite;

  it("adds each join's reason and join to its person's one row, in the batch's statement", () => {
    const rows = personIdentityRows(
      [write('art2', [person('person:mara holt', 'Mara Holt')])],
      [[]],
      [],
      [
        {
          articleId: 'art1',
          from: 'person:local:art1:holt',
          to: 'person:mara holt',
          reason: 'Holt in art1: one Holt known',
        },
      ],
    );
    expect(rows).toEqual([
      {
        key: 'person:mara holt',
        countries: ['NO'],
        homeCountries: [],
        roles: [],
        reasons: ['Holt in art1: one Holt known'],
        surnameJoins: ['art1\tperson:local:art1:holt'],
      },
    ]);
  });

  it('gives a joined person outside the batch a row of its own, and none without joins', () => {
    const ws = [write('art2', [person('person:ivo brand', 'Ivo Brand')])];
    const joined = personIdentityRows(
      ws,
      [[]],
      [],
      [{ articleId: 'art1', from: 'person:local:art1:holt', to: 'person:mara holt', reason: 'r' }],
    );
    expect(joined.map((r) => r.key)).toEqual(['person:ivo brand', 'person:mara holt']);
    expect(personIdentityRows(ws, [[]]).map((r) => r.key)).toEqual(['person:ivo brand']);
  });
});
