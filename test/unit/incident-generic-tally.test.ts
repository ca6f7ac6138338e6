// Generic statements, tallies and remembrance are no incidents (issue #10): "the murder of activists" spoken of in
// general, "900 people have been kidnapped so far this year", "we recall the kidnapping of …". Each rule is checked in
// mixed case and in capitals (wire text of the 1980s and 90s is all upper case), and beside a real event it leaves
// alone. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

const DAY = '1990-05-03';

describe('rule incident/perfect-tally', () => {
  it('reads a present perfect that counts hundreds as a tally', () => {
    expect(
      incidentsOf(DAY, 'Tarvo, 3 May -- Some 4,500 farmers have been murdered since the party was founded.'),
    ).toEqual([]);
    expect(
      incidentsOf(DAY, 'TARVO, 3 MAY 90 -- SOME 4,500 FARMERS HAVE BEEN MURDERED SINCE THE PARTY WAS FOUNDED.'),
    ).toEqual([]);
  });

  it('reads a present perfect over "so far this year" as a tally', () => {
    expect(incidentsOf(DAY, 'Police in Tarvo said 212 people have been kidnapped so far this year.')).toEqual([]);
    expect(incidentsOf(DAY, 'POLICE IN TARVO SAID 37 PEOPLE HAVE BEEN KIDNAPPED SO FAR THIS YEAR.')).toEqual([]);
  });

  it('keeps a present perfect with a small count tied to a day', () => {
    const all = incidentsOf(DAY, 'LIMA, 3 MAY 90 -- REBELS HAVE KILLED FIVE FARMERS IN AYACUCHO, POLICE SAID TODAY.');
    expect(all).toHaveLength(1);
    expect(incidentsOf(DAY, 'Lima, 3 May -- Four farmers have been killed in Ayacucho on Wednesday.')).toHaveLength(1);
  });
});

describe('rule incident/remembered', () => {
  it('reads an event after first-person remembrance as a reference', () => {
    expect(
      incidentsOf(
        DAY,
        'Quito, 3 May -- We recall the cruel kidnapping of 40 bankers in the capital in 1983, the minister said.',
      ),
    ).toEqual([]);
    expect(
      incidentsOf(DAY, 'QUITO, 3 MAY 90 -- LET US REMEMBER THE BOMBING OF THE AIRLINER, IN WHICH 90 PEOPLE DIED.'),
    ).toEqual([]);
  });

  it('keeps what a witness recalled of the event itself', () => {
    const all = incidentsOf(
      DAY,
      'Quito, 3 May -- A shopkeeper recalled how gunmen shot dead two guards outside the bank in Quito on Wednesday.',
    );
    expect(all).toHaveLength(1);
  });
});
