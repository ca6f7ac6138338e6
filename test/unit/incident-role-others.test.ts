// "Others" after a count ("one man died and four others were hurt", "shot a guard and wounded two others") names more
// of the people harmed, as a person noun would; but where the people counted last before it are attackers ("two rebels
// were killed and three others wounded"), the others are more attackers hurt in the fighting (rule
// role.others-of-attackers), and where it is no person at all ("one bus was burned and two others damaged") they are
// no people (rule role.others-of-things); after a noun that says who the counted are ("killing three policemen and
// wounding two others") the others are of that kind too, already named by the phrase before (rule
// role.others-same-kind).
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases } from '../helpers/incident-roles.js';

describe('"others" after a count', () => {
  it('is a victim after a verb of harm and as a passive subject, in capitals too', () => {
    expect(phrases('A gunman shot one person and wounded two others near the bus station.', 'victim')).toContain(
      'two others',
    );
    expect(phrases('One woman was killed and four others were hurt when the device went off.', 'victim')).toContain(
      'four others',
    );
    expect(phrases('A SNIPER KILLED TWO PEOPLE AND WOUNDED 9 OTHERS IN THE MARKET.', 'victim')).toContain('9 OTHERS');
  });

  it('is no victim without a count before it', () => {
    expect(phrases('The gang killed the farmer and threatened others in the valley.', 'victim')).not.toContain(
      'others',
    );
  });

  it('is no victim where the people counted last before it are attackers (role.others-of-attackers)', () => {
    const said = 'Two rebels were killed and three others were wounded in a clash with an army patrol.';
    expect(phrases(said, 'victim').filter((p) => /others/i.test(p))).toEqual([]);
    expect(
      phrases('FOUR GUERRILLAS DIED AND SIX OTHERS WERE WOUNDED IN THE FIGHTING.', 'victim').filter((p) =>
        /OTHERS/i.test(p),
      ),
    ).toEqual([]);
  });

  it('is a victim after a bare count, though an attacker is the subject', () => {
    expect(phrases('Militants stormed the hotel, killing four and wounding 20 others.', 'victim')).toContain(
      '20 others',
    );
  });

  it('is no victim where what was counted last before it is no person (role.others-of-things)', () => {
    const said = 'One fuel truck was set on fire and two others were damaged by the blast, injuring a driver.';
    expect(phrases(said, 'victim').filter((p) => /others/i.test(p))).toEqual([]);
  });

  it('is no victim of its own after a noun that says who the counted are (role.others-same-kind)', () => {
    const said = 'Rebels ambushed a convoy, killing four soldiers and wounding three others.';
    expect(phrases(said, 'victim')).toContain('four soldiers');
    expect(phrases(said, 'victim').filter((p) => /others/i.test(p))).toEqual([]);
  });

  it('after one person a determiner opens, they are victims, and the list before them is read', () => {
    const said = 'The mayor, his driver and six others were killed when the convoy was hit.';
    expect(phrases(said, 'victim')).toEqual(expect.arrayContaining(['driver', 'six others']));
  });
});
