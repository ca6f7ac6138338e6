// A phrase after the victims of a verb of harm, followed by a verb of saying, is who reports it, not one more victim
// (rule role.list-item-speaker): its "of" complement and a name set off by commas may stand between.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('the speaker of a reporting clause after a list (role.list-item-speaker)', () => {
  it('"opened fire on farmers, the governor of the province, X, said" names no governor harmed', () => {
    const v = phrases(
      'Bandits opened fire on farmers, the governor of the eastern province, Ada Kone, said on Friday.',
      'victim',
    );
    expect(v).toEqual(['farmers']);
  });

  it('without complement or name, in capitals: "KILLING TWO GUARDS, A SPOKESMAN ADDED"', () => {
    const v = phrases('THE BOMB WENT OFF AT THE GATE, KILLING TWO GUARDS, A POLICE SPOKESMAN ADDED.', 'victim');
    expect(v).toEqual(['TWO GUARDS']);
  });

  it('a list with no verb of saying after it keeps every item', () => {
    const v = phrases('Militants opened fire on farmers, a teacher and a nurse.', 'victim');
    expect(v).toEqual(expect.arrayContaining(['farmers', 'teacher', 'nurse']));
  });
});
