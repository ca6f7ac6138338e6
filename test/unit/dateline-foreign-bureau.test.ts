// Wire-service datelines with the country in brackets, and reports filed from a foreign bureau. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { PlaceEntity } from '../../src/extract/types.js';
import { openingDateline } from '../../src/news/conventions.js';
import { res } from '../helpers/resources.js';

const places = (text: string) =>
  extract({ text, published: '1989-04-12' }, res).entities.filter((e): e is PlaceEntity => e.type === 'place');

describe('an opening dateline with the country in brackets', () => {
  it('is read whole, up to its dash, like any other dateline', () => {
    const text = 'LIMA (PERU), 3 JAN 90 (EFE) -- [TEXT] A BOMB WENT OFF.';
    const d = openingDateline(text);
    expect(d && text.slice(d.start, d.end).trim()).toBe('LIMA (PERU), 3 JAN 90 (EFE) --');
  });
});

describe('a report filed from a foreign bureau (entities/foreign-bureau-dateline)', () => {
  const about =
    'THE INTERVIEW WAS ABOUT COLOMBIA. THE LEADER LEFT COLOMBIA LAST WEEK. HE SAID COLOMBIA NEEDS PEACE. ' +
    'UNIDENTIFIED GUNMEN KILLED A UNION LEADER AT BOGOTA AIRPORT IN MARCH. THE ARMY OF COLOMBIA DENIED ANY ROLE.';

  it('places a site named after a city of the country it is about in that city, not the bureau city', () => {
    const site = places(`SOFIA (BULGARIA), 12 APR 89 (PRESS) -- [TEXT] ${about}`).find((p) => /AIRPORT/i.test(p.name));
    expect(site?.country).toBe('CO');
  });

  it('keeps the dateline country when the article does not name another country far more often', () => {
    const site = places(
      'SOFIA (BULGARIA), 12 APR 89 (PRESS) -- [TEXT] A BOMB WENT OFF AT SOFIA AIRPORT. BULGARIA AND COLOMBIA TALKED.',
    ).find((p) => /AIRPORT/i.test(p.name));
    expect(site?.country).toBe('BG');
  });
});

describe('a country named only before a noun of its state or forces (entities/foreign-bureau-dateline)', () => {
  const text =
    'CHALCHUAPA (EL SALVADOR), 4 APR 89 (PRESS) -- [TEXT] REBELS ATTACKED THE ARMY POST IN THE TOWN OF LAS PIEDRITAS LAST NIGHT. ' +
    'TWO U.S. MILITARY ADVISERS VISITED THE TOWN TODAY. THE COMMANDER SAID U.S. MILITARY AID HELPS. ' +
    'A THIRD U.S. ARMY OFFICER STAYED AT THE BASE.';

  it('does not make the report one from a foreign bureau about that country', () => {
    const hamlet = places(text).find((p) => /PIEDRITAS/i.test(p.name));
    expect(hamlet?.country).toBe('SV');
  });

  it('still counts the country named as a place', () => {
    const abroad = text.replace(
      'A THIRD U.S. ARMY OFFICER STAYED AT THE BASE.',
      'THE ADVISERS FLEW BACK TO THE UNITED STATES, TO MIAMI AND TO HOUSTON AND TO DALLAS, ON MONDAY.',
    );
    expect(places(abroad).find((p) => /PIEDRITAS/i.test(p.name))?.country).toBe('US');
  });
});
