// Perpetrators of the perp36 round: a state's forces as the subject of a verb of bombing or of a bomb attack carried
// out (incident-roles.remoteAttackVerbs), a named group with an apposition between it and its verb
// (perpetrator/subject-after-apposition), "condemned X for" as a blame, a plan carried out, and a group the gazetteer
// knows by a plain-word name ("the Extraditables"). Each with a guard against reading more than the sentence says.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

const incidentsOf = (text: string): IncidentEntity[] =>
  extract({ text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('a state force that bombs did it, whatever it bombed (incident-roles.remoteAttackVerbs)', () => {
  it('"the army bombed the northern districts": the army did the bombing', () => {
    const incs = roleIncidentsOf('The army bombed the northern districts of Santa Clara on Sunday.');
    expect(incs.map((i) => i.kind)).toContain('bombing');
    expect(role(incs, 'perpetrator', true)).toEqual(['army']);
  });

  it('"began bombing", "is bombing": the force bombing is the subject too', () => {
    expect(
      role(roleIncidentsOf('The air force began bombing the hills around Santa Clara on Sunday.'), 'perpetrator', true),
    ).toEqual(['air force']);
  });

  it('"the army carried out a heavy bomb attack": the army did it', () => {
    const incs = roleIncidentsOf('The army carried out a heavy bomb attack on the outskirts of Santa Clara.');
    expect(role(incs, 'perpetrator', true)).toEqual(['army']);
  });

  it('a guard: police who carried out a search are no attackers', () => {
    const incs = roleIncidentsOf('Police carried out a search of the house where the bomb was built in Santa Clara.');
    expect(role(incs, 'perpetrator', true)).toEqual([]);
  });
});

describe('an apposition between a named group and its verb (perpetrator/subject-after-apposition)', () => {
  it('"the <Front>, the armed wing of the <party>, gunned down": the Front did it, not the party', () => {
    const incs = roleIncidentsOf(
      'The Northern Liberation Front, the armed wing of the Popular Union, gunned down a judge in Santa Clara on Monday.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('in capitals, with the name in quotes', () => {
    const incs = roleIncidentsOf(
      'SANTA CLARA, 4 MAR -- "THE NLF," A SPLINTER FACTION OF THE POPULAR UNION, BOMBED A POWER STATION IN SANTA CLARA.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('a guard: a passive verb after the apposition makes no doer', () => {
    const incs = roleIncidentsOf(
      'Tomas Reyes, a leader of the Popular Union, was shot dead by gunmen in Santa Clara on Monday.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual([]);
    expect(role(incs, 'victim', false)).toEqual(['Tomas Reyes']);
  });
});

describe('blame and plans that name a group', () => {
  it('"condemned the <Front> for the attack": the Front is blamed', () => {
    const incs = roleIncidentsOf(
      'The minister condemned the NLF for the attack on the mayor of Santa Clara on Monday.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });

  it('a guard: "condemned the attack" blames no one', () => {
    const incs = roleIncidentsOf('The Popular Union condemned the attack on the mayor of Santa Clara on Monday.');
    expect(role(incs, 'perpetrator', false)).toEqual([]);
  });

  it('"the <Front> planned and carried out the assassination": the Front did it', () => {
    const incs = roleIncidentsOf(
      'Police said the NLF planned and carried out the assassination of the mayor of Santa Clara.',
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
  });
});

describe('the gazetteer knows the Extraditables (data/gazetteers/organizations.json)', () => {
  it('a claim by the Extraditables, in capitals too, names an armed group as the perpetrator', () => {
    for (const text of [
      'BOGOTA, 4 MAR 90 -- THE EXTRADITABLES TODAY CLAIMED RESPONSIBILITY FOR THE MURDER OF A JUDGE IN CALI.',
      'BOGOTA, 4 MAR 90 -- The Extraditables today claimed responsibility for the murder of a judge in Cali.',
    ]) {
      const perps = incidentsOf(text).flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator'));
      expect(perps.map((p) => p.name)).toEqual(['Extraditables']);
      expect(perps[0]?.entity).toBeTruthy();
    }
  });

  it('a guard: "an extraditable person" is no group', () => {
    const r = extract({ text: 'BOGOTA, 4 MAR 90 -- Police arrested a banker considered an extraditable person.' }, res);
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
  });
});

describe('an apposition after the one harmed, before "by" (rule role.harm-noun-apposition)', () => {
  it('"the murder of X, director of the fire service, by the <Front>\'s urban commandos": the Front did it', () => {
    const incs = roleIncidentsOf(
      "Radio stations reported the murder of Tomas Reyes, director of the fire service, by the NLF's urban commandos.",
    );
    expect(role(incs, 'perpetrator', false)).toEqual(['Northern Liberation Front']);
    expect(role(incs, 'victim', false)).toEqual(['Tomas Reyes']);
  });

  it('a guard: an aside with no "by" after it names no doer', () => {
    const incs = roleIncidentsOf('The murder of Tomas Reyes, a judge in Santa Clara, shocked the town.');
    expect(role(incs, 'perpetrator', false)).toEqual([]);
  });
});

describe('members of a force are no side against it (incident-sides/state-forces-oppose-attackers)', () => {
  it('"murdered by members of the army": the members and the army did it, the army is no responder', () => {
    const incs = roleIncidentsOf('Six priests were murdered by members of the army in Santa Clara on Thursday.');
    expect(role(incs, 'perpetrator', true)).toEqual(['members', 'army']);
    expect(role(incs, 'responder', true)).toEqual([]);
  });

  it('a guard: police beside gunmen are still the response', () => {
    const incs = roleIncidentsOf('Two gunmen were shot dead by police after they killed a guard in Santa Clara.');
    expect(role(incs, 'perpetrator', true)).not.toContain('police');
  });
});

describe('drug-trafficking rings and organisations are attackers (incident-roles.agentHeads)', () => {
  it('"an action attributed to drug trafficking rings": the rings did it', () => {
    const incs = roleIncidentsOf(
      'In an action attributed to drug trafficking rings, a bomb destroyed a school in Santa Clara last night.',
    );
    expect(role(incs, 'perpetrator', true)).toEqual(['drug trafficking rings']);
  });

  it('a guard: a ring the police broke up is no attacker', () => {
    const incs = roleIncidentsOf('Police broke up a drug trafficking ring in Santa Clara and seized two guns.');
    expect(role(incs, 'perpetrator', true)).toEqual([]);
  });
});

describe('a fire service that reports deaths names no fire (incident-context.accidentAfter)', () => {
  it('"fire department sources said troops killed nine peasants": an attack by the troops', () => {
    const incs = roleIncidentsOf(
      'Fire department sources said army troops killed nine peasants near Santa Clara on Thursday.',
    );
    expect(incs.map((i) => i.kind)).toContain('attack');
    expect(role(incs, 'perpetrator', true)).toEqual(['army troops']);
  });

  it('a guard: people killed in a house fire are an accident, no incident', () => {
    expect(roleIncidentsOf('Nine people were killed in a house fire in Santa Clara on Thursday.')).toEqual([]);
  });
});
