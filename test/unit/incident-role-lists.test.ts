// Role rules that widen who an incident names: the further items of a list after a role phrase, the armed group named
// right before an attacker phrase, "the attack on <target> by <attackers>", "<phrase> were involved in <harm>", and
// role phrases of a sentence with no incident word, which belong to the article's main incident.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import {
  describedPhrases as phrases,
  nameSlots,
  participantNames as role,
  roleIncidentsOf,
} from '../helpers/incident-roles.js';

const incidentsOf = (text: string): IncidentEntity[] => roleIncidentsOf(text);

describe('lists after a role phrase (role phrases +list)', () => {
  it('every item of a list after the harm verb suffered it', () => {
    expect(phrases('Rebels kidnapped three engineers, a driver and a nurse near the border.', 'victim')).toEqual([
      'three engineers',
      'driver',
      'nurse',
    ]);
  });

  it('items of "the murder of …" share the role', () => {
    expect(phrases('The murder of six priests and two women on 16 November shocked the country.', 'victim')).toEqual([
      'six priests',
      'two women',
    ]);
  });

  it('a noun after "and" that a verb follows opens the next clause, not an item', () => {
    expect(phrases('Gunmen killed two people and police are investigating.', 'victim')).toEqual(['two people']);
    expect(nameSlots('Gunmen killed two people and police are investigating.')).toEqual(['two people']);
    expect(nameSlots('Gunmen opened fire, killing at least 40 people, Prime Minister Jo Hale said on Friday.')).toEqual(
      [],
    );
  });

  it('a name in the list is a victim where it holds a named person', () => {
    const incs = incidentsOf('Gunmen killed two farmers and Ana Vidal in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
    expect(role(incs, 'victim', true)).toContain('two farmers');
  });
});

describe('the armed group named right before an attacker phrase', () => {
  it('"<Group> (<acronym>) guerrillas" names the group as a perpetrator', () => {
    const incs = incidentsOf(
      'On Monday, Northern Liberation Front (NLF) guerrillas blew up two power pylons in Santa Clara.',
    );
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
    expect(role(incs, 'perpetrator', true)).toContain('guerrillas');
  });

  it('a group named before a victim phrase is not a perpetrator', () => {
    const incs = incidentsOf('Gunmen killed three NLF guerrillas in Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', false)).not.toContain('Northern Liberation Front');
  });
});

describe('who did it, from the syntax', () => {
  it('"the attack on <target> by <attackers>"', () => {
    expect(
      phrases('The attack on the police station by unidentified gunmen left two officers dead.', 'perpetrator'),
    ).toEqual(['unidentified gunmen']);
  });

  it('a passive verb between the target and "by" is someone else\'s act', () => {
    expect(phrases('The attack on the embassy was condemned by local leaders.', 'perpetrator')).toEqual([]);
  });

  it('"<phrase> were involved in <harm>"', () => {
    expect(phrases('Police said two men were involved in the shooting.', 'perpetrator')).toEqual(['two men']);
  });
});

describe('role phrases of a sentence with no incident word (incidents/roles-without-trigger)', () => {
  const story =
    'A bomb exploded outside the town hall in Santa Clara on Monday, killing two people. ' +
    'Police said suspected NLF guerrillas had placed the charge under a parked car.';

  it("go to the article's main incident, with the reason", () => {
    const [main] = incidentsOf(story);
    expect(main?.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name)).toContain(
      'Northern Liberation Front',
    );
    expect(main?.merges?.some((m) => m.includes('which names no incident'))).toBe(true);
  });

  it('a sentence before the incident is first told is background', () => {
    const incs = incidentsOf(
      'Suspected NLF guerrillas placed explosives on the railway last year. ' +
        'A bomb exploded outside the town hall in Santa Clara on Monday, killing two people.',
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Northern Liberation Front');
  });

  it('a sentence whose incident word was set aside (a threat) gives nothing', () => {
    const incs = incidentsOf(
      'A bomb exploded outside the town hall in Santa Clara on Monday, killing two people. ' +
        'The NLF has threatened further attacks, and suspected NLF guerrillas placed leaflets in the square.',
    );
    expect(role(incs, 'perpetrator', false)).not.toContain('Northern Liberation Front');
  });
});
