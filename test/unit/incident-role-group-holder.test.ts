// Who did it, read from what news says about the act besides the deed itself (texts written for these tests):
// an armed group that releases or still holds someone held them (rules role.named-releaser and, after 'by',
// role.named-holder-agent); the ones a charge or an
// arrest holds to have done an act are its perpetrators though the act is named in a legal phrase (rule
// incidents/charged-act-suspects); a group that launched an attack did it (incident-roles.perpetrationVerbs); troops
// who harm demonstrators attack them (incident-roles.civilianNouns).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';
import { participantNames, roleIncidentsOf, rolePhrasesIn } from '../helpers/incident-roles.js';

/** the participants of a role in every incident the whole extractor finds in a text, by entity name or as described */
const roleNames = (text: string, role: 'perpetrator' | 'victim', r = res): string[] => {
  const out = extract({ text }, r);
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.entities
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((e) => e.participants.filter((p) => p.role === role))
    .map((p) => (p.entity ? names.get(p.entity) : undefined) ?? p.name ?? '');
};
const perpetrators = (text: string, r = res): string[] => roleNames(text, 'perpetrator', r);
/** the phrases one role rule reads in a sentence */
const slotsOf = (rule: string) => (s: string) =>
  rolePhrasesIn(s)
    .filter((p) => p.rule === rule)
    .map((p) => p.text);
/** the named perpetrators of the incidents of a text over the test entities */
const namedPerpetrators = (text: string): string[] => participantNames(roleIncidentsOf(text), 'perpetrator', false);

describe('an armed group that releases or holds someone held them (rule role.named-releaser)', () => {
  it('reads the group before a release or a holding as a name slot', () => {
    const slots = slotsOf('role.named-releaser');
    expect(slots('The NLF released the two engineers on Friday.')).toContain('NLF');
    expect(slots('THE NLF IS STILL HOLDING SENATOR TOMAS REYES.')).toContain('NLF');
    // what a release makes public is nobody held
    expect(slots('The NLF released a communique on Friday.')).toEqual([]);
  });

  it('makes the group the perpetrator of the abduction', () => {
    const incs = roleIncidentsOf(
      'Tomas Reyes was kidnapped in Santa Clara on Monday. The NLF released Tomas Reyes on Friday.',
    );
    expect(participantNames(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it('names no releaser of an incident in which no one is held', () => {
    const incs = roleIncidentsOf(
      'A bomb exploded at the market in Santa Clara on Monday. The NLF released Tomas Reyes on Friday.',
    );
    expect(participantNames(incs, 'perpetrator', false)).not.toContain('Northern Liberation Front');
  });

  it('takes no party that frees someone for the kidnapper', () => {
    const incs = roleIncidentsOf(
      'Tomas Reyes was kidnapped in Santa Clara on Monday. The PU released Tomas Reyes on Friday.',
    );
    expect(participantNames(incs, 'perpetrator', false)).not.toContain('Popular Union');
  });
});

describe('an armed group that held someone, named after "by" (rule role.named-holder-agent)', () => {
  const slots = slotsOf('role.named-holder-agent');

  it('reads the group after a passive verb of holding or release as a name slot', () => {
    expect(slots('The two teachers have been held by the NLF since March.')).toContain('NLF');
    expect(slots('THE ENGINEER WAS RELEASED TODAY BY THE NLF [NORTHERN LIBERATION FRONT] IN THE HILLS.')).toContain(
      'NLF',
    );
    // a rescue names who ended the holding; a rally held by someone holds no one
    expect(slots('The two teachers were rescued by the NLF on Sunday.')).toEqual([]);
    expect(slots('A rally was held by the NLF in the square.')).toEqual([]);
  });

  it('makes the group the perpetrator of the abduction, and of no incident in which no one is held', () => {
    expect(
      namedPerpetrators(
        'Tomas Reyes was kidnapped in Santa Clara on Monday. He has been held by the NLF since then, his wife said.',
      ),
    ).toContain('Northern Liberation Front');
    expect(
      namedPerpetrators(
        'A bomb exploded at the market in Santa Clara on Monday. A rally was held by the NLF on Friday.',
      ),
    ).not.toContain('Northern Liberation Front');
  });
});

describe('the ones charged with an act did it (rule incidents/charged-act-suspects)', () => {
  const text = 'Two men were charged with the murder of the judge in Santa Clara.';

  it('makes the charged the perpetrators of the act the charge names', () => {
    expect(perpetrators(text)).toContain('Two men');
  });

  it('reads no perpetrator off the legal phrase with the rule off', () => {
    expect(perpetrators(text, withoutRules('incidents/charged-act-suspects'))).not.toContain('Two men');
  });

  it('reads a link to the act as a suspicion', () => {
    expect(perpetrators('Eight soldiers linked with the murder of six priests were arrested.')).not.toEqual([]);
  });
});

describe('other cues of who did it', () => {
  it('a group that launched or began an attack did it', () => {
    const incs = roleIncidentsOf('The NLF began an attack on the garrison in Santa Clara, killing two soldiers.');
    expect(participantNames(incs, 'perpetrator', false)).toContain('Northern Liberation Front');
  });

  it("an armed group's own units did the deed it reports, not police (rule incidents/group-own-units)", () => {
    const text = 'The FMLN said its commandos killed the mayor of Apopa yesterday.';
    expect(perpetrators(text)).toContain('commandos');
    expect(roleNames(text, 'victim')).toContain('mayor');
    expect(roleNames(text, 'victim', withoutRules('incidents/group-own-units'))).not.toContain('mayor');
  });

  it('a group condemned for an attack, in the present tense too, is blamed for it', () => {
    const text = 'A bomb killed the mayor of Apopa on Monday. We condemn the FMLN for this cowardly attack.';
    expect(perpetrators(text)).toContain('FMLN');
    expect(perpetrators('A bomb killed the mayor of Apopa on Monday. We condemn the FMLN and call for calm.')).toEqual(
      [],
    );
  });

  it('troops who kill demonstrators attacked them, not responded to them', () => {
    const incs = roleIncidentsOf('Soldiers killed three demonstrators in Santa Clara on Monday.');
    expect(participantNames(incs, 'victim', true)).toContain('three demonstrators');
    expect(participantNames(incs, 'perpetrator', true)).toContain('Soldiers');
  });
});
