// A description set off by commas beside a person's name says who that person is; title words between a role phrase
// and a name belong to the name (rules incidents/description-apposed-to-name, incidents/title-words-before-name).
import { describe, expect, it } from 'vitest';
import { participantNames as role, roleIncidentsOf, ROLE_TEST_ENTITIES } from '../helpers/incident-roles.js';

const CAPS = ROLE_TEST_ENTITIES.map((e) => ({ ...e, forms: [...(e.forms ?? []), e.name.toUpperCase()] }));

describe('a description apposed to a named victim is that victim (incidents/description-apposed-to-name)', () => {
  it('"the dead were the shop\'s owner, Ana Vidal, 51, and Tomas Reyes, 40, a teacher and father of two"', () => {
    const incs = roleIncidentsOf(
      "A gunman opened fire in a shop in Santa Clara on Monday. The dead were the shop's owner, Ana Vidal, 51, and Tomas Reyes, 40, a teacher and father of two.",
    );
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
    expect(role(incs, 'victim', true)).toEqual([]);
  });

  it('all in capitals, the same', () => {
    const incs = roleIncidentsOf(
      "A GUNMAN OPENED FIRE IN A SHOP IN SANTA CLARA ON MONDAY. THE DEAD WERE THE SHOP'S OWNER, ANA VIDAL, 51, AND TOMAS REYES, 40, A TEACHER AND FATHER OF TWO.",
      CAPS,
    );
    expect(role(incs, 'victim', true)).toEqual([]);
  });

  it('a count before the names keeps its description: "two reporters, Ana Vidal and Tomas Reyes"', () => {
    const incs = roleIncidentsOf('Gunmen killed two reporters, Ana Vidal and Tomas Reyes, in Santa Clara on Monday.');
    expect(role(incs, 'victim', true)).toContain('two reporters');
  });

  it('a list going on with "and" after the comma keeps the description: "a driver, and Ana Vidal"', () => {
    const incs = roleIncidentsOf(
      'A bomb went off in Santa Clara on Monday. Among the dead were a driver, and Ana Vidal.',
    );
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
    expect(role(incs, 'victim', true)).toContain('driver');
  });
});

describe('title words between a phrase and a name (incidents/title-words-before-name)', () => {
  it('"Those killed were named as Police Constable Tomas Reyes": no described "Police" victim', () => {
    const incs = roleIncidentsOf(
      'A man drove into people in Santa Clara on Monday. Those killed were named as Police Constable Tomas Reyes and Ana Vidal.',
    );
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Tomas Reyes', 'Ana Vidal']));
    expect(role(incs, 'victim', true)).not.toContain('Police');
  });
});
