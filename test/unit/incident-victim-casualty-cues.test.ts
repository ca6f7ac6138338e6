// Who was hurt (issue #10): news names the harmed in a list that a fronted harm participle opens ("Injured by the
// blast were: …") and by the wounds they received ("the mayor received three bullet wounds"). Texts written for these
// tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const victims = (text: string) =>
  extract({ published: '1990-05-04', text }, res)
    .entities.filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) => i.participants.filter((p) => p.role === 'victim').map((p) => p.name.toLowerCase()));

describe('a list of casualties opened by a fronted harm participle (incident-roles.casualtyListOpeners)', () => {
  const text =
    'TORVAL, 3 May 90 -- A bomb exploded at the bank on Sunday. Injured by the blast were: an unidentified taxi ' +
    'driver; Julio Pardo, a young vendor who was sleeping near the door; and Raul Ortega, who was passing by.';

  it('names each listed person a victim, mixed and upper case', () => {
    for (const t of [text, text.toUpperCase()]) {
      const v = victims(t);
      expect(v).toContain('julio pardo');
      expect(v).toContain('raul ortega');
      expect(v).toContain('unidentified taxi driver');
    }
  });

  it('reads the opener only where it opens the sentence, not after a subject', () => {
    const v = victims(
      'TORVAL, 3 May 90 -- A bomb exploded at the bank on Sunday. Two men injured by the blast were taken to the ' +
        'clinic of Doctor Julio Pardo.',
    );
    expect(v).not.toContain('julio pardo');
  });
});

describe('the wounds someone received (incident-roles.harmedCues)', () => {
  it('makes who received or suffered wounds or injuries a victim', () => {
    expect(
      victims(
        'TORVAL, 3 May 90 -- Gunmen opened fire in Esquel yesterday. According to police, Mayor Julio Pardo ' +
          'received three bullet wounds.',
      ),
    ).toContain('julio pardo');
    expect(
      victims(
        'TORVAL, 3 May 90 -- A BOMB EXPLODED AT THE MARKET IN ESQUEL YESTERDAY. TWO GUARDS SUFFERED SERIOUS INJURIES.',
      ),
    ).toContain('two guards');
  });

  it('finds no incident in an injury that no violence caused', () => {
    expect(victims('TORVAL, 3 May 90 -- The striker suffered a knee injury in the match against Esquel.')).toEqual([]);
  });
});

describe('a described subject completed by "at", "from" or "aboard" (role.described-passive-gap)', () => {
  it('makes the people the phrase describes the victims, mixed and upper case', () => {
    const text =
      'TORVAL, 3 May 90 -- This morning a civilian employee at the 4th army brigade was shot to death in Esquel.';
    for (const t of [text, text.toUpperCase()]) expect(victims(t)).toContain('civilian employee');
    expect(
      victims('TORVAL, 3 May 90 -- Two farmers from the nearby village were kidnapped by rebels on Sunday.'),
    ).toContain('two farmers');
    expect(victims('TORVAL, 3 May 90 -- A nurse aboard the bus was wounded when rebels opened fire on it.')).toContain(
      'nurse',
    );
  });
});

describe('someone hit by a bullet or a sniper (incident-roles.harmedCues)', () => {
  it('makes who was hit a victim, mixed and upper case', () => {
    expect(
      victims(
        'TORVAL, 3 May 90 -- Gunmen opened fire in Esquel yesterday. Newsman Peter Lanning was hit by a sniper ' +
          'while he greeted an officer.',
      ),
    ).toContain('peter lanning');
    expect(
      victims('TORVAL, 3 MAY 90 -- GUNMEN OPENED FIRE IN ESQUEL YESTERDAY. TWO CHILDREN WERE HIT BY STRAY BULLETS.'),
    ).toContain('two children');
  });

  it('reads nothing in a storm that hit a town', () => {
    expect(
      victims('TORVAL, 3 May 90 -- The town was hit by a storm yesterday. Two children were hit by falling branches.'),
    ).toEqual([]);
  });
});
