// Role rules of the roles19 round, read off wire reports (MUC-4 dev): how badly someone was hurt between the auxiliary
// and the harm verb ("was seriously wounded"), "shot to death", people news names by their trade or post ("a
// watchman", "the president"), attacker nouns whatever they do at the scene (role.attacker-deed-subject), the verbs of
// an attack on a vehicle or a building ("intercepted by", "broke into"), and those harmed "along with" another
// (role.harmed-along-with, role.list-along-with).
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases, nameSlots, rolePhrasesIn } from '../helpers/incident-roles.js';

/** attackers the phrase names by syntax or by its noun, not only where a named group or person stands in it */
const attackers = (s: string): string[] =>
  rolePhrasesIn(s)
    .filter((p) => p.role === 'perpetrator' && !p.needsEntity)
    .map((p) => p.text);

describe('how badly someone was hurt, between the auxiliary and the verb', () => {
  it('"was seriously wounded", "were critically injured": the subject was harmed', () => {
    expect(nameSlots('MUNICIPAL OFFICIAL SERGIO HORNA WAS SERIOUSLY WOUNDED IN AN EXPLOSION IN AMBO.')).toContain(
      'MUNICIPAL OFFICIAL SERGIO HORNA',
    );
    expect(phrases('Two guards were critically injured in the blast.', 'victim')).toEqual(['Two guards']);
    expect(phrases('Three passengers were slightly hurt.', 'victim')).toEqual(['Three passengers']);
  });

  it('"shot to death" is a harm verb: its object suffered it', () => {
    expect(phrases('Five gunmen shot to death a watchman who tried to stop them.', 'victim')).toEqual(['watchman']);
  });
});

describe('people news names by their trade or post', () => {
  it('a watchman, a street vendor, seamen, a correspondent: harmed where a harm verb says so', () => {
    expect(phrases('The bomb killed two watchmen and a street vendor.', 'victim')).toEqual([
      'two watchmen',
      'street vendor',
    ]);
    expect(phrases('IN THE BLAST, 16 SOVIET SEAMEN WERE INJURED.', 'victim')).toEqual(['16 SOVIET SEAMEN']);
    expect(phrases('A Reuters correspondent was wounded.', 'victim')).toEqual(['Reuters correspondent']);
  });

  it('a title stands for the person where the name is not read ("the attack against the president")', () => {
    expect(phrases('Gunmen opened fire on the president of the court.', 'victim')).toEqual(['president']);
  });
});

describe('an attacker noun whatever it does at the scene (role.attacker-deed-subject)', () => {
  it('"broke into", "showed up", "fled": the attackers of the incident', () => {
    expect(phrases('The operation began after several terrorists broke into the building.', 'perpetrator')).toEqual([
      'terrorists',
    ]);
    expect(phrases('SEVERAL ARMED MEN SHOWED UP AT THE SITE.', 'perpetrator')).toEqual(['ARMED MEN']);
    expect(phrases('The attackers fled in a car.', 'perpetrator')).toEqual(['attackers']);
  });

  it('an apposition or a relative clause may stand between the attackers and their verb', () => {
    expect(
      phrases('Colombian guerrillas, disguised as policemen, kidnapped the businessman at his hotel.', 'perpetrator'),
    ).toEqual(['Colombian guerrillas']);
    expect(
      phrases(
        'Four heavily armed individuals, who posed as secret agents, kidnapped him from his home.',
        'perpetrator',
      ),
    ).toEqual(['Four heavily armed individuals']);
  });

  it('not people the text names only as people, nor fighters said to have been harmed', () => {
    expect(phrases('Two men entered the shop and left.', 'perpetrator')).toEqual([]);
    expect(phrases('The rebels, who were killed in the clash, fled.', 'perpetrator')).toEqual([]);
  });
});

describe('verbs of an attack on a vehicle or a building', () => {
  it('"intercepted by", "broke into": who did it', () => {
    expect(
      phrases('His vehicle was intercepted by heavily armed men wearing civilian clothing.', 'perpetrator'),
    ).toEqual(['heavily armed men']);
    expect(phrases('Armed men broke into the residence.', 'perpetrator')).toEqual(['Armed men']);
  });
});

describe('those harmed "along with" another (role.harmed-along-with, role.list-along-with)', () => {
  it('after a passive harm verb or a death: the people harmed with the subject', () => {
    expect(
      phrases('The minister was killed near his home, along with two of his bodyguards, last week.', 'victim'),
    ).toEqual(['minister', 'bodyguards']);
    expect(
      nameSlots('OQUELI WAS FOUND DEAD ALONG WITH GILDA FLORES, A MEMBER OF THE SOCIAL DEMOCRATIC PARTY.'),
    ).toContain('GILDA FLORES');
  });

  it('after a harmed phrase: one more item of its list', () => {
    expect(phrases('Gunmen killed the mayor along with two peasants.', 'victim')).toEqual(['mayor', 'two peasants']);
  });
});

describe('people named only as people who harm someone (role.people-harm-object)', () => {
  it('a harm verb with its object after it: they did it', () => {
    expect(attackers('Where approximately five individuals shot to death a watchman who tried to stop them.')).toEqual([
      'approximately five individuals',
    ]);
    expect(attackers('SEVERAL MEN LAST NIGHT WOUNDED A WATCHMAN AT AN APARTMENT BUILDING.')).toEqual(['MEN']);
  });

  it('a harm verb with no object after it is a passive participle: no attackers', () => {
    expect(attackers('Two men killed in the crash were identified.')).toEqual([]);
    expect(attackers('The two men killed were brothers.')).toEqual([]);
  });
});

describe('attackers named as one body (role.group-of)', () => {
  it('"a group of armed individuals", "a column of terrorists": the collective noun heads the phrase', () => {
    expect(
      phrases('The attack was carried out by a group of armed individuals in a moving car.', 'perpetrator'),
    ).toEqual(['group of armed individuals']);
    expect(phrases('Yesterday a column of Shining Path terrorists arrived in the village.', 'perpetrator')).toEqual([
      'column of Shining Path terrorists',
    ]);
  });

  it('not the people harmed ("a group of peasants were killed" names peasants)', () => {
    expect(phrases('A group of peasants were killed.', 'victim')).toEqual(['peasants']);
  });
});

describe('"escaped unwounded" says the one the attack was aimed at came out unhurt (role.target-unharmed)', () => {
  it('the subject of "escaped unwounded" or "was unwounded" is the target', () => {
    expect(phrases('The judge escaped unwounded when gunmen fired on his car.', 'victim')).toContain('judge');
    expect(phrases('THE DRIVER WAS UNWOUNDED.', 'victim')).toContain('DRIVER');
  });

  it('near miss: "escaped" with no word of being unhurt names no target', () => {
    expect(phrases('The judge escaped to the capital.', 'victim')).toEqual([]);
  });
});
