// Role rules of the roles15 round: an attacker harmed by the response is no victim (role.attacker-harmed) and the one
// who harmed him no attacker (role.responder-agent); "the kidnappers" only where nothing else names the attackers
// (incidents/deed-noun-fallback); a claim with a gloss, "of the <group>" or a time between the claimant and its claim
// (role.claim, incidents/claim-gloss); the victim a phrase names is its person before the body he leads
// (incidents/victim-person-first); "and of" in a list (role.list-and-of); no object that opens with "by"
// (role.object-not-agent); spellings and verbs of wire reports ("guerillas", "opened fire", "riddled with bullets").
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { describedPhrases as phrases, participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

const incidentsOf = (text: string): IncidentEntity[] => roleIncidentsOf(text);

describe('an attacker harmed by the response (role.attacker-harmed, role.responder-agent)', () => {
  it('"the gunman was shot dead by police": the gunman did it, the police did not', () => {
    const incs = incidentsOf(
      'A gunman opened fire in a bar in Santa Clara on Monday. The gunman was shot dead by police.',
    );
    expect(role(incs, 'perpetrator', true)).toEqual(['gunman']);
    expect(role(incs, 'victim', true)).toEqual([]);
  });

  it('"two of the kidnappers were killed": the kidnappers are the attackers, no victims', () => {
    expect(phrases('Two of the kidnappers were killed, but the others escaped.', 'victim')).toEqual([]);
    expect(phrases('Two of the kidnappers were killed, but the others escaped.', 'perpetrator')).toEqual([
      'kidnappers',
    ]);
  });

  it('a fighter killed in a clash is neither victim nor, by that alone, attacker', () => {
    const s = 'Three guerrillas were killed in a clash with troops near Santa Clara.';
    expect(phrases(s, 'victim')).toEqual([]);
    expect(phrases(s, 'perpetrator')).toEqual([]);
  });

  it('the rest of a list that ends in a fighter keeps its role', () => {
    expect(phrases('Clashes lasted hours; 14 gendarmes and 20 militants were reportedly killed.', 'victim')).toEqual([
      '14 gendarmes',
    ]);
  });

  it('an attacker noun as the agent keeps the role ("the gunman was killed by rival gunmen")', () => {
    expect(phrases('The gunman was killed by rival gunmen.', 'perpetrator')).toContain('rival gunmen');
  });

  it('a deed noun stands for the attackers only where nothing else names them (incidents/deed-noun-fallback)', () => {
    const incs = incidentsOf(
      'NLF rebels kidnapped Ana Vidal in Santa Clara on Monday. Two of the kidnappers were killed in a rescue.',
    );
    expect(role(incs, 'perpetrator', true)).not.toContain('kidnappers');
    const alone = incidentsOf(
      'Ana Vidal was kidnapped in Santa Clara on Monday. Two of the kidnappers were killed in a rescue.',
    );
    expect(role(alone, 'perpetrator', true)).toEqual(['kidnappers']);
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });
});

describe('a claim of responsibility with words between the claimant and its claim', () => {
  it('"guerrillas of the <group> (<abbreviation>) have claimed credit": the described and the named group', () => {
    const incs = incidentsOf(
      'A bomb exploded in a restaurant in Santa Clara on Monday. Guerrillas of the Northern Liberation Front (NLF) have claimed credit for the act.',
    );
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
    expect(role(incs, 'perpetrator', true)).toContain('Guerrillas');
  });

  it('", which on <date> claimed responsibility": the named group', () => {
    const incs = incidentsOf(
      'A bomb exploded in a bank in Santa Clara on Monday. The Northern Liberation Front, which on 25 January claimed responsibility for another attack, claimed it today.',
    );
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('"the <group> [gloss] tonight claimed responsibility": the named group', () => {
    const incs = incidentsOf(
      'A bomb exploded in a bank in Santa Clara on Monday. The Northern Liberation Front [Frente del Norte] tonight claimed responsibility for the attack.',
    );
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });
});

describe('victims of a list and of a phrase that names a body', () => {
  it('"the assassination of <party> leader X and of Y": both people, not the party', () => {
    const incs = incidentsOf('The assassination of PU leader Ana Vidal and of Tomas Reyes in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
    expect(role(incs, 'victim', false)).not.toContain('Popular Union');
  });

  it('", killing <count> <people>": the people, not the participle', () => {
    expect(
      phrases('Rebels ambushed a patrol, killing 1 officer and 3 policemen and injuring 15 soldiers.', 'victim'),
    ).toEqual(expect.arrayContaining(['1 officer', '3 policemen']));
    expect(
      phrases('Rebels ambushed a patrol, killing 1 officer and 3 policemen and injuring 15 soldiers.', 'victim').some(
        (p) => /killing|injuring/i.test(p),
      ),
    ).toBe(false);
  });

  it('"shot dead by police" has no object', () => {
    expect(phrases('The man was shot dead by police.', 'victim')).toEqual(['man']);
  });
});

describe('the words of wire reports', () => {
  it('"urban guerillas attacked" (one r): the attackers', () => {
    expect(phrases('URBAN GUERILLAS ATTACKED THE PRESIDENCY WITH MORTAR FIRE TONIGHT.', 'perpetrator')).toEqual([
      'URBAN GUERILLAS',
    ]);
  });

  it('"a gunman opened fire": the attacker', () => {
    expect(phrases('A gunman opened fire in a crowded bar.', 'perpetrator')).toEqual(['gunman']);
  });

  it('"riddled with bullets by three young individuals": who did it', () => {
    expect(
      phrases('The general was riddled with bullets by three young individuals as he left his car.', 'perpetrator'),
    ).toEqual(['three young individuals']);
  });
});

describe('victims and targets in the ways news lists them', () => {
  it('"<people> including <people> were injured": both (role.list-including)', () => {
    expect(phrases('Four people including one child were injured by the explosion.', 'victim')).toEqual([
      'Four people',
      'one child',
    ]);
    expect(phrases('A bomb killed 12 people, including two children, in the market.', 'victim')).toEqual([
      '12 people',
      'two children',
    ]);
  });

  it('one who escaped unharmed or was not injured was the target (role.target-unharmed)', () => {
    expect(phrases('Two guards survived the blast.', 'victim')).toEqual(['Two guards']);
    const incs = incidentsOf('Ana Vidal escaped unharmed from an attack by gunmen in Santa Clara on Monday.');
    expect(role(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('"the dead were <names>": each person listed (role.named-casualty-list)', () => {
    const incs = incidentsOf('A bomb exploded in Santa Clara on Monday. The dead were Ana Vidal and Tomas Reyes.');
    expect(role(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
  });

  it('"was found murdered": who suffered it (role.found-harmed)', () => {
    expect(phrases('Two farmers were found murdered near the river.', 'victim')).toEqual(['Two farmers']);
  });
});

describe('the attackers a group name describes', () => {
  it('"on 10 March alleged <group> members murdered": the members, described beyond the name, no month', () => {
    const incs = incidentsOf('On 10 March alleged NLF members murdered two farmers in Santa Clara.');
    expect(role(incs, 'perpetrator', true)).toEqual(['alleged NLF members']);
    expect(role(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('members of a body that is no armed group are not described as attackers', () => {
    const incs = incidentsOf('On 10 March PU members attacked two farmers in Santa Clara.');
    expect(role(incs, 'perpetrator', true)).toEqual([]);
  });
});
