// Perpetrator bodies of the perp35 round: a state's forces that attack a place where civilians live or gather
// (incidents/forces-harm-civilian-places), a unit noun after a force noun that heads the phrase blamed
// (role.force-unit-tail), the group that attackers are said to belong to (perpetrator/belong-to-group), adverbs of
// manner before the verb, and an armed group's own name before a description of it (org/armed-description-tail).
// Each with a guard against reading more than the sentence says.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { nameBeforeArmedDescription } from '../../src/extract/lexicons.js';
import type { OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';
import { describedPhrases as phrases, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('forces that attack a place of civilians did an attack (incidents/forces-harm-civilian-places)', () => {
  it('"the army bombed the village": the army did the bombing', () => {
    const incs = roleIncidentsOf('The army bombed the village of El Carmen near Santa Clara on Sunday.');
    expect(incs.map((i) => i.kind)).toContain('bombing');
    expect(role(incs, 'perpetrator', true)).toEqual(['army']);
  });

  it('in capitals too, with the country before the force noun', () => {
    const incs = roleIncidentsOf(
      'THE NORTHERN AIR FORCE BOMBED A SETTLEMENT OF RETURNED REFUGEES IN SANTA CLARA ON SUNDAY.',
    );
    expect(role(incs, 'perpetrator', true)).toEqual(['NORTHERN AIR FORCE']);
  });

  it('forces that attack a camp of the other side are still the response, not the attackers', () => {
    const incs = roleIncidentsOf('Troops attacked a rebel camp near Santa Clara on Sunday.');
    expect(role(incs, 'perpetrator', true)).toEqual([]);
  });
});

describe('a unit noun after a force noun heads the phrase (role.force-unit-tail)', () => {
  it('"by the 4th military detachment": the detachment did it, not a "military" cut short', () => {
    expect(
      phrases(
        'The killing of three party members in Santa Clara was carried out by the 4th military detachment.',
        'perpetrator',
      ),
    ).toEqual(['4th military detachment']);
  });

  it('a guard: "by an army patrol" stays the patrol', () => {
    expect(phrases('Two peasants were killed by an army patrol in Santa Clara on Monday.', 'perpetrator')).toEqual([
      'army patrol',
    ]);
  });

  it('"a criminal organization" keeps its head noun', () => {
    expect(
      phrases(
        'The bombings carried out by the drug trafficking criminal organization killed four people.',
        'perpetrator',
      ),
    ).toEqual(['drug trafficking criminal organization']);
  });
});

describe('the group attackers belong to did it with them (perpetrator/belong-to-group)', () => {
  it('"rebels belonging to the <Front> attacked": the Front is a perpetrator', () => {
    const incs = roleIncidentsOf(
      'A group of rebels belonging to the Northern Liberation Front attacked the residence of the mayor in Santa Clara.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
    expect(role(incs, 'perpetrator', true)).toEqual(['group of rebels']);
  });

  it('a guard: "kidnapped by guerrillas belonging to the <Front>", "gunmen loyal to the <Front>" keep the Front', () => {
    expect(
      role(
        roleIncidentsOf('The mayor was kidnapped by guerrillas belonging to the NLF in Santa Clara.'),
        'perpetrator',
        false,
      ),
    ).toEqual(['Northern Liberation Front']);
    expect(
      role(roleIncidentsOf('Gunmen loyal to the NLF killed two peasants in Santa Clara.'), 'perpetrator', false),
    ).toEqual(['Northern Liberation Front']);
  });

  it('a body the victims belong to is no perpetrator', () => {
    const incs = roleIncidentsOf('Gunmen killed two peasants belonging to the Popular Union in Santa Clara.');
    expect(role(incs, 'perpetrator', false)).toEqual([]);
  });
});

describe('an adverb of manner between attackers and their verb (incident-roles.harmAdverbs)', () => {
  it('"the <group> subversives cold-bloodedly murdered": the group and its people did it', () => {
    const incs = roleIncidentsOf(
      'In Santa Clara, the NLF subversives cold-bloodedly murdered two watchmen at a factory.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
    expect(role(incs, 'perpetrator', true)).toEqual(['NLF subversives']);
  });
});

describe("an armed group's own name before a description of it (org/armed-description-tail)", () => {
  it('"the Red Dawn Terrorist Organization" is an armed group also known as "Red Dawn"', () => {
    const r = extract(
      { text: 'LIMA, Jan 25 - The Red Dawn Terrorist Organization bombed a bank in Lima, police said.' },
      res,
    );
    const org = r.entities.find(
      (e): e is OrganizationEntity => e.type === 'organization' && e.name === 'Red Dawn Terrorist Organization',
    );
    expect(org?.kind).toBe('armed_group');
    expect(org?.aliases).toContain('Red Dawn');
  });

  it('a description after an adjective of creed or nation names no group', () => {
    const d = res.names.armedDescriptions;
    const ending = new RegExp(`(?:${res.words.alt('entities.creedOrNationEndings')})$`, 'iu');
    expect(nameBeforeArmedDescription('Maoist terrorist group', d, res.names.commonWords, ending)).toBeNull();
    expect(nameBeforeArmedDescription('Peruvian guerrilla group', d, res.names.commonWords, ending)).toBeNull();
    expect(nameBeforeArmedDescription('Red Dawn guerrilla group', d, res.names.commonWords, ending)).toBe('Red Dawn');
    expect(nameBeforeArmedDescription('Red Dawn Group', d, res.names.commonWords, ending)).toBeNull();
  });
});
