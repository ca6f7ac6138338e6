// Cue words of the roles22 round (data/lexicons/incident-roles.json): an air force or a navy is a state's force like
// an army (forceHeads) and is accused like one (role.accused-force), an unidentified group is an attacker noun (agentHeads), robbers are attackers (agentHeads), a
// force that accepts responsibility claims the act (claimCues), an act "claimed by" a group names who did it
// (blameCues). Each is read only where the syntax gives the role, as the older words are.
import { describe, expect, it } from 'vitest';
import { describedPhrases as phrases, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

describe('an air force or a navy is a state force (forceHeads)', () => {
  it('"accused the air force of bombing the church": the air force did it', () => {
    expect(phrases('The bishop accused the air force of bombing the church in Santa Clara.', 'perpetrator')).toContain(
      'air force',
    );
  });

  it('"the indiscriminate bombing by the air force": the air force did it', () => {
    expect(phrases('We denounce the indiscriminate bombing by the air force.', 'perpetrator')).toContain('air force');
  });

  it('"accused the army of the massacre": the army; "accused the Army of National Liberation of": no force noun', () => {
    expect(phrases('The bishop accused the army of the massacre of six priests.', 'perpetrator')).toContain('army');
    expect(phrases('The minister accused the Army of National Liberation of the attack.', 'perpetrator')).toEqual([]);
  });

  it('an air force harmed is no attacker', () => {
    expect(phrases('Rebels shot down an air force helicopter.', 'perpetrator')).toEqual(['Rebels']);
  });
});

describe('attacker nouns (agentHeads)', () => {
  it('"kidnapped … by an unidentified group": the group did it', () => {
    const incs = roleIncidentsOf('A priest was kidnapped in Santa Clara on Monday by an unidentified group.');
    expect(role(incs, 'perpetrator', true)).toContain('unidentified group');
  });

  it('"the robbers shot the guard": the robbers did it', () => {
    expect(phrases('The robbers shot the guard and fled.', 'perpetrator')).toContain('robbers');
  });
});

describe('claims and blame (claimCues, blameCues)', () => {
  it('"the army accepted responsibility for the death of two reporters"', () => {
    expect(
      phrases('The army accepted responsibility for the death of two reporters in Santa Clara.', 'perpetrator'),
    ).toContain('army');
  });

  it('"the killing was claimed by a guerrilla column": the column did it', () => {
    expect(phrases('The killing of the mayor was claimed by a guerrilla column.', 'perpetrator')).toEqual([
      'guerrilla column',
    ]);
  });

  it('a claim denied names no one', () => {
    expect(phrases('The army denied responsibility for the death of two reporters.', 'perpetrator')).toEqual([]);
  });
});
