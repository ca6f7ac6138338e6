// Who a harm noun's "of" names (rule role.harm-of) beyond its first phrase: the object of "the murder of" is no subject
// of the participle after it (rule role.harm-object-not-subject), and a list of those harmed runs up to the "by" that
// opens its agent (listClosers) or a time (rule role.list-item-then-time); "was hit by" names who attacked
// (attackVerbs). Sentences in mixed case and in the capitals of wire copy.
import { describe, expect, it } from 'vitest';
import { rolePhrasesIn } from '../helpers/incident-roles.js';

const withRole = (s: string, role: 'perpetrator' | 'victim') =>
  rolePhrasesIn(s)
    .filter((p) => p.role === role && !p.personOnly)
    .map((p) => p.text);

describe('the object of a harm noun before a participle (rule role.harm-object-not-subject)', () => {
  it('is who suffered it, not the subject of "perpetrated" or "carried out"', () => {
    const mixed = 'Mourners recalled the killing of four nurses carried out near the border last spring.';
    expect(withRole(mixed, 'victim')).toContain('four nurses');
    expect(withRole(mixed, 'perpetrator')).toEqual([]);
    const caps = 'THE BISHOP COMPARED IT TO THE ASSASSINATION OF THREE TEACHERS PERPETRATED IN THE VALLEY IN MAY.';
    expect(withRole(caps, 'victim')).toContain('THREE TEACHERS');
    expect(withRole(caps, 'perpetrator')).toEqual([]);
  });

  it('leaves a subject with no harm noun before it the doer', () => {
    expect(withRole('Two masked men carried out the raid on the depot.', 'perpetrator')).toContain('Two masked men');
    expect(withRole('THE REBELS PERPETRATED THE MASSACRE OF 20 FARMERS.', 'perpetrator')).toContain('REBELS');
  });
});

describe('a list after "the murder of" closed by its "by" agent', () => {
  it('gives every item the victim role and the agent the perpetrator role', () => {
    const mixed = 'The report covers the murder of a judge and three court employees by hooded gunmen in 1987.';
    expect(withRole(mixed, 'victim')).toEqual(expect.arrayContaining(['judge', 'three court employees']));
    expect(withRole(mixed, 'perpetrator')).toContain('hooded gunmen');
    const caps = 'THE KIDNAPPING OF TWO ENGINEERS AND THEIR DRIVER BY URBAN GUERRILLAS ANGERED THE UNION.';
    expect(withRole(caps, 'victim')).toEqual(expect.arrayContaining(['TWO ENGINEERS', 'DRIVER']));
    expect(withRole(caps, 'perpetrator')).toContain('URBAN GUERRILLAS');
  });

  it('still stops at a verb after the last item', () => {
    expect(withRole('Gunmen killed two farmers and soldiers are searching the hills.', 'victim')).toEqual([
      'two farmers',
    ]);
  });
});

describe('"hit by" names who attacked (incident-roles.attackVerbs)', () => {
  it('reads an attacker noun after "hit by" as the perpetrator, in mixed case and capitals', () => {
    expect(withRole('The photographer was hit by a guerrilla sniper outside the market.', 'perpetrator')).toContain(
      'guerrilla sniper',
    );
    expect(withRole('THE ARMY CONVOY WAS HIT BY REBELS NEAR THE BRIDGE.', 'perpetrator')).toContain('REBELS');
  });

  it('names no one where a thing did the hitting', () => {
    expect(withRole('The reporter was hit by a stray bullet during the march.', 'perpetrator')).toEqual([]);
  });
});

describe('a list item closed by when it happened (rule role.list-item-then-time)', () => {
  it('keeps the last item where a time and a preposition follow it', () => {
    expect(withRole('Gunmen shot a farmer and his two sons yesterday in the hills.', 'victim')).toEqual(
      expect.arrayContaining(['farmer', 'two sons']),
    );
    expect(
      withRole('THE BISHOP DEPLORED THE MURDER OF THE NUNS AND THEIR DRIVER EARLY THIS MORNING ON THE ROAD.', 'victim'),
    ).toEqual(expect.arrayContaining(['NUNS', 'DRIVER']));
  });

  it('lists no one where a verb follows the time', () => {
    expect(withRole('Gunmen shot a farmer and police today searched the hills.', 'victim')).toEqual(['farmer']);
  });
});
