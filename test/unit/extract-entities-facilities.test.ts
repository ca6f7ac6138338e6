// Issue #11: entities an analyst can trust. A name written before a lower-case site noun is that facility (a place of
// kind site, named with its head noun), two bodies whose names share words stay apart, a full name in another script
// is not a body by default, and the warning on text with no capitals says what is really found.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

function entities(text: string) {
  const r = extract({ text }, res);
  return { list: r.entities.filter((e) => e.type !== 'incident'), warnings: r.warnings ?? [] };
}

const byName = <T extends { name: string }>(list: T[], name: string): T | undefined =>
  list.find((e) => e.name === name);

describe('a name before a lower-case facility noun is the facility', () => {
  it('"the Marvella children\'s hospital": a site named in full, not a body called "Marvella"', () => {
    const { list } = entities(
      "Three wounded teenagers were flown to the Marvella children's hospital in Lyon on Sunday. Surgeons at Marvella said two of them were stable.",
    );
    const site = byName(list, "Marvella children's hospital");
    expect(site).toMatchObject({ type: 'place', placeKind: 'site' });
    expect(site!.mentions.map((m) => m.text)).toEqual(['Marvella', 'Marvella']);
    expect(list.some((e) => e.type === 'organization' && /Marvella/.test(e.name))).toBe(false);
  });

  it('"Henri Duval airport": a person-like name before "airport" is the airport, not the man', () => {
    const { list } = entities(
      'All flights out of Henri Duval airport were suspended after a suspicious bag was found.',
    );
    expect(byName(list, 'Henri Duval airport')).toMatchObject({ type: 'place', placeKind: 'site' });
    expect(list.some((e) => e.name === 'Henri Duval')).toBe(false);
  });

  it('"the Brackwood prison", "Tilsey railway station": prisons and two-word site nouns too', () => {
    const { list } = entities(
      'The inmate escaped from the Brackwood prison on Friday and was arrested hours later at Tilsey railway station.',
    );
    expect(byName(list, 'Brackwood prison')).toMatchObject({ type: 'place', placeKind: 'site' });
    expect(byName(list, 'Tilsey railway station')).toMatchObject({ type: 'place', placeKind: 'site' });
  });

  it('two site nouns join ("metro station"); a plural lists sites; a venue name keeps its own head', () => {
    const { list } = entities(
      'A bomb went off at Kelvard metro station in Brussels. Guests fled the Corlan and Westbay hotels, and fans left the Tarrow City Hall concert venue.',
    );
    expect(byName(list, 'Kelvard metro station')).toMatchObject({ type: 'place', placeKind: 'site' });
    expect(list.some((e) => /hotels|concert venue/.test(e.name))).toBe(false);
  });

  it('a body noun as descriptor keeps the owner a body ("the Varga group\'s hotel" is not a site called Varga)', () => {
    const { list } = entities("Guards at the Varga group's hotel in the capital were arrested on Tuesday.");
    expect(list.some((e) => /hotel/.test(e.name) || (e.type === 'place' && e.placeKind === 'site'))).toBe(false);
  });
});

describe('two bodies whose names share words stay two', () => {
  it("the Met's Counter Terrorism Command (SO15) is not the national Counter Terrorism Policing network", () => {
    const { list } = entities(
      'Detectives from the Metropolitan Police Counter Terrorism Command searched two flats on Monday. Counter Terrorism Policing said the public should stay alert, and SO15 officers later charged a man.',
    );
    const orgs = list.filter((e) => e.type === 'organization');
    const ctp = byName(orgs, 'Counter Terrorism Policing');
    const ctc = orgs.find((e) => e !== ctp && e.mentions.some((m) => m.text === 'SO15'));
    expect(ctp).toBeDefined();
    expect(ctp!.aliases).toEqual([]);
    expect(ctc).toBeDefined();
    expect(ctc!.mentions.map((m) => m.text)).toContain('Metropolitan Police Counter Terrorism Command');
  });
});

describe('bad input', () => {
  it('a full name in a non-Latin script is a person, not an organisation, when nothing else is known', () => {
    const { list } = entities('Officials met Кир Стармер on Monday. Later Вадим Коренев flew to Berlin.');
    expect(list.find((e) => e.name === 'Кир Стармер')?.type).toBe('person');
    expect(list.find((e) => e.name === 'Вадим Коренев')?.type).toBe('person');
  });

  it('text with no capitals: the warning does not promise names it does not find', () => {
    const text =
      'police said on monday that a man had been arrested after a van hit shoppers near the market in the city centre, and the home office said it was following events closely with local officers.';
    const { list, warnings } = entities(text);
    const w = warnings.find((x) => /no capital letters/.test(x));
    expect(w).toBeDefined();
    expect(w).not.toMatch(/names are found only where the gazetteers know them/);
    // the body is found; "a van" is the vehicle, not the Turkish city
    expect(list.map((e) => e.name)).toEqual(['Home Office']);
  });
});

describe('a site whose apposition names its town (rule entities/site-apposition-city)', () => {
  it('lies in the town the apposition writes after "in", not in the city of the dateline', () => {
    const { list } = entities(
      'LONDON — Fire crews were called to the Riverside Playhouse, a small concert venue in Leeds, late on Friday.',
    );
    const site = byName(list, 'Riverside Playhouse');
    const leeds = byName(list, 'Leeds');
    expect(site).toMatchObject({ type: 'place', precision: 'site-in-city' });
    expect(leeds).toBeDefined();
    expect(site).toMatchObject({ lat: (leeds as { lat: number }).lat, lon: (leeds as { lon: number }).lon });
  });
});

describe('a site located only by a guess is marked (rule place/stated-town-over-guess)', () => {
  it("marks a site placed at the dateline's city, and not one whose town the text writes", () => {
    const guessed = byName(
      entities('LONDON — Fire crews were called to Riverside Arena late on Friday, officials said.').list,
      'Riverside Arena',
    );
    expect(guessed).toMatchObject({ type: 'place', precision: 'site-in-city', guessedWithin: true });
    const stated = byName(
      entities(
        'LONDON — Fire crews were called to the Riverside Playhouse, a small concert venue in Leeds, late on Friday.',
      ).list,
      'Riverside Playhouse',
    );
    expect(stated).toMatchObject({ type: 'place', precision: 'site-in-city' });
    expect(stated).not.toHaveProperty('guessedWithin');
  });
});
