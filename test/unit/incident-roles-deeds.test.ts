// Role rules of the roles17 round: a harm noun's "by" agent (role.harm-noun-by, role.named-harm-noun-by); the doer a
// deed's syntax names in a sentence with no incident word (incidents/orphan-syntax-agent); a participle of harm without
// a comma (role.participle-no-comma); "of", a relative clause between a described victim and its passive verb
// (role.described-passive-gap); civilians after a collective noun (incidents/civilians-after-collective); a name's
// gloss and quotes between it and its verb or claim (incidents/subject-gloss); "was the work of", and "held" only with
// "responsible".
import { describe, expect, it } from 'vitest';
import {
  describedPhrases as phrases,
  nameSlots,
  participantNames as role,
  roleIncidentsOf as incidentsOf,
  rolePhrasesIn,
} from '../helpers/incident-roles.js';

const perpetrators = (s: string): string[] =>
  rolePhrasesIn(s)
    .filter((p) => p.role === 'perpetrator')
    .map((p) => p.text);

describe('a harm noun and its "by" agent (role.harm-noun-by)', () => {
  it('"attacks by about 150 rebels against four towns": the rebels did it', () => {
    expect(phrases('Seven people died in attacks by about 150 rebels against four towns.', 'perpetrator')).toEqual([
      '150 rebels',
    ]);
  });

  it('"the assassination of six Jesuits by individuals": who is harmed stands between the noun and "by"', () => {
    const s = 'Vidal left the country after the assassination of six Jesuits by individuals wearing uniforms.';
    expect(phrases(s, 'perpetrator')).toEqual(['individuals']);
    expect(phrases(s, 'victim')).toEqual(['six Jesuits']);
  });

  it('"attacks by the NLF": a named agent', () => {
    expect(perpetrators('Seven people were killed in attacks by the NLF in Santa Clara.')).toContain('NLF');
  });

  it('a "by" past a verb of its own is not the noun\'s agent', () => {
    expect(perpetrators('The attack on the town was condemned by the bishop.')).toEqual([]);
  });
});

describe('the doer a deed names in a sentence without an incident word (incidents/orphan-syntax-agent)', () => {
  it('"the charge was placed by a young man": the main incident\'s attacker', () => {
    const incs = incidentsOf(
      'A bomb exploded in Santa Clara today. The dynamite charge was placed by a young man who fled in a truck.',
    );
    expect(role(incs, 'perpetrator', true)).toEqual(['young man']);
  });

  it('a state force named so is not taken for the attacker ("the suspects had been shot by police")', () => {
    const incs = incidentsOf('A bomb exploded in Santa Clara today. The two suspects had been shot by police.');
    expect(role(incs, 'perpetrator', true)).toEqual([]);
  });
});

describe('victims the old rules missed', () => {
  it('"killing two children and injuring five civilians", no comma before the participle', () => {
    expect(
      phrases('One of the explosives hit a modest home killing two children and injuring five civilians.', 'victim'),
    ).toEqual(['two children', 'five civilians']);
  });

  it('"the killing of" is a noun, not a participle', () => {
    expect(rolePhrasesIn('They condemned the killing of two priests.').map((p) => p.rule)).not.toContain(
      'role.participle-object',
    );
  });

  it('"two civilians that were passing by were hurt": a relative clause before the passive verb', () => {
    expect(phrases('Two civilians that were passing by were hurt by that explosion.', 'victim')).toEqual([
      'Two civilians',
    ]);
  });

  it('"50 peasants of various ages have been kidnapped": "of" and a short phrase before the passive verb', () => {
    expect(phrases('About 50 peasants of various ages have been kidnapped by terrorists.', 'victim')).toEqual([
      '50 peasants',
    ]);
  });

  it('"troops opened fire on a group of students": civilians after a collective noun, so the troops did an attack', () => {
    const incs = incidentsOf('Army troops opened fire on a group of students in Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', true)).toEqual(['Army troops']);
    expect(role(incs, 'victim', true)).toEqual(['students']);
  });
});

describe('a name glossed in brackets or quoted before its verb (incidents/subject-gloss)', () => {
  it('\'the "Northern Liberation Front" [Frente Norte] bombed\': the group did it', () => {
    const incs = incidentsOf(
      'Police said that the "Northern Liberation Front" [Frente Norte] bombed three buildings in Santa Clara today.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('\'"Secret Army" (NLF) has claimed responsibility\': the name in the gloss claimed it', () => {
    const incs = incidentsOf(
      'The clandestine organization "Secret Army" (NLF) has claimed responsibility for the bombing in Santa Clara.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });
});

describe('blame cues', () => {
  it('"was the work of" names who did it; "was not the work of" does not', () => {
    expect(phrases('The bombing of the bank was the work of urban guerrillas.', 'perpetrator')).toEqual([
      'urban guerrillas',
    ]);
    expect(phrases('The bombing of the bank was not the work of urban guerrillas.', 'perpetrator')).toEqual([]);
  });

  it('"held" blames only with "responsible" ahead ("the communique is being held by the mayor of X")', () => {
    expect(perpetrators('The communique is being held by the mayor of Santa Clara.')).toEqual([]);
    expect(perpetrators('The government held the guerrillas responsible for the massacre.')).toEqual(['guerrillas']);
  });
});

describe('who is blamed', () => {
  it('"blamed the ultraleftist groups for it": a political group noun names attackers', () => {
    expect(phrases('He blamed the ultraleftist groups for it, although he had no proof.', 'perpetrator')).toEqual([
      'ultraleftist groups',
    ]);
  });

  it('"accusing the army and the radical sectors of the government of": the first of those blamed together', () => {
    expect(
      phrases('Unions are accusing the army and the radical sectors of the government of the attack.', 'perpetrator'),
    ).toContain('army');
  });

  it('a tourist group is no attacker', () => {
    expect(phrases('He blamed the tourist groups for the noise.', 'perpetrator')).toEqual([]);
  });
});

describe('a state of siege is a legal measure, not an incident', () => {
  it('"declared a state of siege" gives no siege', () => {
    expect(incidentsOf('The president declared a state of siege in Santa Clara on Sunday.').map((i) => i.kind)).toEqual(
      [],
    );
  });
});

describe('more ways news writes who was harmed', () => {
  it('"there were 26 peasants killed"', () => {
    expect(phrases('There were 26 peasants killed, and 9 rebels died in the fighting.', 'victim')).toContain(
      '26 peasants',
    );
  });

  it('"killed the mayor, as well as two peasants": one more item of the list', () => {
    expect(phrases('Guerrillas have killed the mayor, as well as two peasants.', 'victim')).toEqual([
      'mayor',
      'two peasants',
    ]);
  });

  it('"two policemen guarding the consulate were killed": a participle clause before the passive verb', () => {
    expect(
      phrases('Two policemen guarding the consulate in Santa Clara were killed today by gunmen.', 'victim'),
    ).toEqual(['Two policemen']);
  });

  it('"X, senator and presidential hopeful, died tonight": an apposition before "died"', () => {
    expect(nameSlots('Doctors said that Tomas Reyes, senator and party leader, died tonight.')).toContain(
      'Tomas Reyes',
    );
  });

  it('"the following policemen died in combat: A, B": the names listed after the colon', () => {
    const slots = nameSlots('The following policemen died in combat: Major Tomas Reyes, Captain Ana Vidal.');
    expect(slots).toContain('Major Tomas Reyes');
    expect(slots.some((s) => s.startsWith('Captain Ana Vidal'))).toBe(true);
  });
});

describe('people named only as people who use a weapon (role.weapon-subject)', () => {
  it('"two men on a motorcycle set off 5 kg of dynamite": the men attacked', () => {
    expect(
      phrases('The attack occurred when two men on a motorcycle set off 5 kg of dynamite.', 'perpetrator'),
    ).toEqual(['two men']);
  });

  it('"several men in a vehicle opened fire on the offices"', () => {
    expect(phrases('Several men in a vehicle opened fire on the offices of the newspaper.', 'perpetrator')).toEqual([
      'men',
    ]);
  });

  it('people who only saw or heard it did not attack', () => {
    expect(phrases('Two men on a motorcycle saw the blast near the bank.', 'perpetrator')).toEqual([]);
  });
});
