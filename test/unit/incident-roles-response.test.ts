// Who was harmed by the response to an attack, and who did it: the suspect shot by police is neither a victim nor the
// police a perpetrator of the attack he is wanted for. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

const named = (p: { name: string; role: string }[], role: string) =>
  p.filter((x) => x.role === role).map((x) => x.name);

describe('a suspect shot dead by police', () => {
  const text =
    'Karim Haddad, the man wanted over the bombing of a bus station in Lyon last week, was shot dead by French police ' +
    'in Marseille on Friday. The bombing in Lyon killed nine people. ' +
    'Officials said there was no doubt the dead man was Haddad.';

  it('is no victim of the attack he is wanted for, and the police are not its perpetrators', () => {
    const incs = incidentsOf('2021-05-15', text);
    const bombing = incs.find((i) => i.kind === 'bombing');
    expect(bombing).toBeDefined();
    expect(named(bombing!.participants, 'victim')).not.toContain('Karim Haddad');
    expect(named(bombing!.participants, 'perpetrator')).toEqual([]);
  });

  it('is the suspect of the shooting by the police (rule incidents/harmed-by-response-is-suspect)', () => {
    const incs = incidentsOf('2021-05-15', text);
    const shooting = incs.find((i) => i.kind === 'shooting');
    expect(shooting).toBeDefined();
    expect(named(shooting!.participants, 'suspect')).toEqual(['Karim Haddad']);
    expect(named(shooting!.participants, 'victim')).not.toContain('Karim Haddad');
  });

  it('stays a perpetrator, no suspect, where the police shooting is told as the end of the attack itself', () => {
    const incs = incidentsOf(
      '2021-05-15',
      'Three men stabbed shoppers in a market hall in Leeds on Saturday, killing four people. ' +
        'The attackers, Omar Feld, Tariq Vass and Ilyas Brandt, were shot dead by armed officers within minutes of the first call.',
    );
    for (const i of incs) expect(named(i.participants, 'suspect')).not.toContain('Ilyas Brandt');
  });

  it('is no suspect of a shooting nobody says the police did', () => {
    const incs = incidentsOf(
      '2021-05-15',
      'Karim Haddad, a baker from Lyon, was shot dead by a masked gunman in Marseille on Friday.',
    );
    const shooting = incs.find((i) => i.kind === 'shooting');
    expect(named(shooting?.participants ?? [], 'victim')).toEqual(['Karim Haddad']);
    expect(named(shooting?.participants ?? [], 'suspect')).toEqual([]);
  });

  it('is the victim of the verb after his apposition, not of the incident word inside it', () => {
    const incs = incidentsOf(
      '2021-05-15',
      'Karim Haddad, the man wanted over the bombing of a bus station in Lyon last week, was shot dead in Marseille on Friday.',
    );
    const shooting = incs.find((i) => i.kind === 'shooting');
    expect(named(shooting?.participants ?? [], 'victim')).toEqual(['Karim Haddad']);
    for (const i of incs.filter((x) => x.kind !== 'shooting'))
      expect(named(i.participants, 'victim')).not.toContain('Karim Haddad');
  });
});

describe('a victim named after a long apposition', () => {
  it('reads the name before an apposition with an acronym in brackets', () => {
    const [shooting] = incidentsOf(
      '2013-04-20',
      'Police said Sean Collier, a police officer at the Massachusetts Institute of Technology (MIT), was shot dead ' +
        'in his cruiser in Cambridge on Thursday.',
    );
    expect(named(shooting?.participants ?? [], 'victim')).toEqual(['Sean Collier']);
  });
});

describe('an attacker shot dead by one officer described in a few words', () => {
  it('is harmed by the response, and the officer is no perpetrator (incidents/responder-agent-described)', () => {
    const incs = incidentsOf(
      '2022-05-04',
      'GRAZ - Three years after the market square attack, in which four people were killed, the city has unveiled a ' +
        'memorial. On 4 May 2019 Tomas Brandt drove a stolen van across the square, striking shoppers, before ' +
        'stabbing a guard outside the town hall. Brandt was shot dead by a plain-clothes protection officer.',
    );
    const perpetrators = incs.flatMap((i) => named(i.participants, 'perpetrator'));
    expect(perpetrators.filter((p) => /officer/i.test(p))).toEqual([]);
    expect(incs.flatMap((i) => named(i.participants, 'victim'))).not.toContain('Tomas Brandt');
  });
});
