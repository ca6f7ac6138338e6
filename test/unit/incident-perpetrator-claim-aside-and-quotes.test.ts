// Perpetrators named by a claim whose claimant carries a relative clause before its verb
// (incidents/claim-relative-aside), and by blame whose phrase holds a word in quotes (role.accused-quoted-word).
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { describedPhrases } from '../helpers/incident-roles.js';
import { res } from '../helpers/resources.js';

describe('a claimant with a relative clause before its claim (incidents/claim-relative-aside)', () => {
  const claimants = (text: string) =>
    extract({ text, published: '2021-03-10' }, res)
      .entities.filter((e) => e.type === 'incident')
      .flatMap((i) => (i.type === 'incident' ? i.participants : []))
      .filter((p) => p.role === 'perpetrator')
      .map((p) => p.name);

  it('the group the clause says more of claimed the attack, after its short form too', () => {
    expect(
      claimants(
        'A bomb wrecked a police post in Santa Clara on Monday. The Workers Defense Movement, which had been thought to be inactive, claimed responsibility for the attack.',
      ),
    ).toEqual(['Workers Defense Movement']);
    expect(
      claimants(
        'A bomb destroyed a police station in Cali on Monday. The Workers Defense Movement, ADM, which had been thought to be inactive, claimed responsibility for the attack.',
      ),
    ).toEqual(['Workers Defense Movement']);
  });

  it('a near miss: a clause with a name of its own leaves the claim to that name, not to the first', () => {
    expect(
      claimants(
        'A bomb wrecked a police post in Santa Clara on Monday. The Workers Defense Movement, which had fought the Popular Union in the hills for years, later denied any role in the attack.',
      ),
    ).toEqual([]);
  });
});

describe('a word in quotes inside the phrase blamed (role.accused-quoted-word)', () => {
  it('keeps the quoted modifier or head inside the phrase', () => {
    expect(describedPhrases('The governor blamed "narcoterrorist" groups for the car bomb.', 'perpetrator')).toEqual([
      '"narcoterrorist" groups',
    ]);
    expect(describedPhrases('The union accused the "death squads" of the massacre.', 'perpetrator')).toEqual([
      'death squads',
    ]);
  });

  it('a near miss: quotes on the deed, not the doer, leave the phrase as it was', () => {
    expect(describedPhrases('Police blamed the rebels for the "cowardly" attack.', 'perpetrator')).toEqual(['rebels']);
  });
});

describe('a claim voiced on behalf of a group (incidents/claim-on-behalf)', () => {
  const claimants = (text: string) =>
    extract({ text, published: '2021-03-10' }, res)
      .entities.filter((e) => e.type === 'incident')
      .flatMap((i) => (i.type === 'incident' ? i.participants : []))
      .filter((p) => p.role === 'perpetrator')
      .map((p) => p.name);

  it('the group the caller speaks for claimed the attack', () => {
    expect(
      claimants(
        'A bomb destroyed a police station in Cali on Monday. A man who said he was speaking on behalf of the Workers Defense Movement called a local radio station to claim responsibility for the attack.',
      ),
    ).toEqual(['Workers Defense Movement']);
  });

  it('a near miss: a group named with no opener before it is not the claimant of a caller', () => {
    expect(
      claimants(
        'A bomb destroyed a police station in Cali on Monday. A man who said he had left the Workers Defense Movement called a local radio station to claim responsibility for the attack.',
      ),
    ).toEqual([]);
  });
});
