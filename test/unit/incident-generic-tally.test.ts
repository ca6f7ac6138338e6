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

describe('rule incident/generic-victims', () => {
  it('reads an event word over a class of people as a generalisation', () => {
    expect(
      incidentsOf(
        DAY,
        'Bogota, 3 May -- The senator asked the state to halt the murder of unionists, as well as threats.',
      ),
    ).toEqual([]);
    expect(
      incidentsOf(
        DAY,
        'BOGOTA, 3 MAY 90 -- THE SENATOR ASKED THE STATE TO HALT THE MASS MURDER OF PEASANTS, AS WELL AS THREATS.',
      ),
    ).toEqual([]);
    expect(
      incidentsOf(
        DAY,
        'SAN SALVADOR, 3 MAY 90 -- THE BISHOP CALLED FOR AN END TO THE KILLING OF CATECHISTS AND TEACHERS.',
      ),
    ).toEqual([]);
  });

  it('keeps a class of victims that a place and a day tie to one event', () => {
    const caps = incidentsOf(DAY, 'LIMA, 3 MAY 90 -- THE ARMY DENIED THE MASSACRE OF VILLAGERS IN CAYARA ON 1 MAY.');
    expect(caps).toHaveLength(1);
    const mixed = incidentsOf(DAY, 'Lima, 3 May -- The army denied the massacre of villagers in Cayara on 1 May.');
    expect(mixed).toHaveLength(1);
  });

  it('keeps a class of people that is counted', () => {
    const all = incidentsOf(
      DAY,
      'SAN SALVADOR, 3 MAY 90 -- THE COLONEL WAS CHARGED OVER THE MURDER OF SIX JESUIT PRIESTS AND TWO OTHER PERSONS.',
    );
    expect(all).toHaveLength(1);
  });

  it('does not take a name in capitals for a class of people', () => {
    expect(
      incidentsOf(DAY, 'POLICE ARE INVESTIGATING THE KIDNAPPING OF NAIM MARCOS, WITH HELP FROM ABROAD.'),
    ).toHaveLength(1);
    const all = incidentsOf(
      DAY,
      'LIMA, 3 MAY 90 -- THE MURDER OF CARLOS VENTURA YESTERDAY SHOCKED THE TOWN OF HUANTA.',
    );
    expect(all).toHaveLength(1);
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
