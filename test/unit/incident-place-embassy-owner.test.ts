// An attack on a foreign state's embassy, consulate or legation happens where the premises stand (the town the text
// or its dateline gives), not in the state that owns them (rules place/country-owner and place/owner-of-the-premises,
// data/lexicons/incident-cues.json diplomaticPremises). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';
import { withoutRules } from '../helpers/resources.js';
import type { Resources } from '../../src/extract/resources.js';

const placeOfFirst = (text: string, resources?: Resources) => {
  const r = placesOf(text, undefined, resources);
  return r.placeOf(r.incidents[0]);
};

describe('place/country-owner: a country or its people written before the premises owns them', () => {
  it.each([
    ['Guerrillas bombed the U.S. embassy in Lima on Tuesday, police said.', 'Lima'],
    ['LIMA, 3 Jan (AFP) -- Guerrillas set off a bomb outside the Chinese embassy last night, police said.', 'Lima'],
    ['LIMA, 3 JAN 90 (AFP) -- [TEXT] REBELS SET OFF A BOMB OUTSIDE THE PRC EMBASSY LAST NIGHT, POLICE SAID.', 'Lima'],
    ['LIMA, 3 JAN 90 (AFP) -- [TEXT] REBELS SET OFF A BOMB OUTSIDE THE U.S. EMBASSY LAST NIGHT, POLICE SAID.', 'Lima'],
    ['LIMA, 3 Jan (AFP) -- Terrorists attacked the Soviet consulate with dynamite last night, police said.', 'Lima'],
    ["LIMA, 3 Jan (AFP) -- A bomb went off at the Chinese ambassador's residence before dawn.", 'Lima'],
    ['QUITO, 9 Feb (EFE) -- A grenade was hurled at the Soviet legation on Sunday, the police reported.', 'Quito'],
  ])('%s -> %s', (text, place) => {
    expect(placeOfFirst(text)?.name).toBe(place);
  });
});

describe('place/owner-of-the-premises: after "the embassies of", and every country of such a list', () => {
  const after =
    'LIMA, 3 Jan (AFP) -- Guerrillas bombed the embassies of China and the Soviet Union last night, police said.';

  it('places the bombing in the dateline town, not in the first owner', () => {
    expect(placeOfFirst(after)?.name).toBe('Lima');
  });

  it.each([
    'LIMA, 3 JAN 90 (AFP) -- [TEXT] TERRORISTS SET OFF BOMBS AT THE PRC AND USSR EMBASSIES LAST NIGHT, POLICE SAID.',
    'LIMA, 3 Jan (AFP) -- Rebels fired rockets at the consulates of Mexico, Cuba and Nicaragua overnight, police said.',
  ])('reads each owner of a list as such: %s', (text) => {
    expect(placeOfFirst(text)?.name).toBe('Lima');
  });

  it('keeps a country written as the place of the deed ("in China and Mongolia")', () => {
    const r = placesOf('Guerrillas bombed two bridges in China and Mongolia last night, officials said.');
    expect(r.placeOf(r.incidents[0])?.name).toBe('China');
  });

  it('switched off (KG_DISABLE_RULES=place/owner-of-the-premises), the first of a list of owners is read as the place again', () => {
    // ("the embassies of China" stays background: the premises' nouns and "of" are background place cues as well,
    // incident-context backgroundPlaceBefore with incident-cues.diplomaticPremises)
    const listed = 'LIMA, 3 JAN 90 (AFP) -- [TEXT] TERRORISTS SET OFF BOMBS AT THE PRC AND USSR EMBASSIES LAST NIGHT.';
    expect(placeOfFirst(listed)?.name).toBe('Lima');
    expect(placeOfFirst(listed, withoutRules('place/owner-of-the-premises'))?.name).toBe('China');
    expect(placeOfFirst(after, withoutRules('place/owner-of-the-premises'))?.name).toBe('Lima');
  });
});
