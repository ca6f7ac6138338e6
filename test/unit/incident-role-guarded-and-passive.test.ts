// Roles an analyst would see wrong: the one guarded by people harmed (rules role.protected-not-harmed,
// role.duty-aside-passive-gap), a name after where a passive harm happened (rule role.passive-verb-no-object), a list
// of those held after "those who were kidnapped are" (casualtyListOpeners), and a later telling of an abduction the
// main incident already holds (rule incidents/absorbed-earlier-act).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { describedPhrases, participantNames, roleIncidentsOf, rolePhrasesIn } from '../helpers/incident-roles.js';
import { res, withoutRules } from '../helpers/resources.js';

describe('rule role.protected-not-harmed', () => {
  it('leaves out the one guarded by people who were harmed', () => {
    const s = 'Three bodyguards assigned to protect the minister were killed in the ambush.';
    expect(describedPhrases(s, 'victim')).toContain('Three bodyguards');
    expect(describedPhrases(s, 'victim')).not.toContain('minister');
  });

  it('leaves out a named person after a duty of guarding', () => {
    const incs = roleIncidentsOf('Two officers responsible for guarding Tomas Reyes were shot dead in Santa Clara.');
    expect(participantNames(incs, 'victim', false)).not.toContain('Tomas Reyes');
    expect(participantNames(incs, 'victim', true)).toContain('Two officers');
  });

  it('keeps a guarded person who was the one harmed', () => {
    expect(describedPhrases('The heavily guarded minister was shot dead.', 'victim')).toContain(
      'heavily guarded minister',
    );
  });

  it('keeps who the guards harmed after the thing they guarded', () => {
    expect(describedPhrases('Gunmen who guarded the gate shot two policemen.', 'victim')).toContain('two policemen');
  });
});

describe('rule role.duty-aside-passive-gap', () => {
  it('reads the people who held the duty as the subject of the passive', () => {
    expect(
      describedPhrases('Four soldiers detailed to escort the convoy of the judge were wounded.', 'victim'),
    ).toContain('Four soldiers');
  });

  it('needs a verb of guarding after the duty opener', () => {
    expect(describedPhrases('Four soldiers assigned to the northern district were wounded.', 'victim')).not.toContain(
      'Four soldiers',
    );
  });
});

describe('rule role.passive-verb-no-object', () => {
  it('reads no object after a passive verb and where it happened', () => {
    const phrases = rolePhrasesIn('A reporter was shot dead in Santa Clara Ana Vidal, the mayor, told the radio.');
    expect(phrases.filter((p) => p.rule.startsWith('role.named-object')).map((p) => p.text)).toEqual([]);
    const incs = roleIncidentsOf('A reporter was shot dead in Santa Clara Ana Vidal, the mayor, told the radio.');
    expect(participantNames(incs, 'victim', false)).not.toContain('Ana Vidal');
  });

  it('still reads the object of an active verb', () => {
    const phrases = rolePhrasesIn('Gunmen shot dead Ana Vidal in Santa Clara.');
    expect(phrases.filter((p) => p.rule === 'role.named-object').map((p) => p.text)).toContain('Ana Vidal');
  });
});

describe('casualty list after "those who were kidnapped"', () => {
  it('names each person listed as held', () => {
    const incs = roleIncidentsOf(
      'Rebels kidnapped three engineers in Santa Clara. Those who were kidnapped are Ana Vidal and Tomas Reyes.',
    );
    expect(participantNames(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
  });

  it('needs the copula that opens the list', () => {
    const phrases = rolePhrasesIn('Those who were kidnapped near Ana Vidal waited.');
    expect(phrases.filter((p) => p.rule.startsWith('role.named-casualty-list'))).toEqual([]);
  });
});

describe('rule incidents/absorbed-earlier-act', () => {
  const text =
    'QUITO, 20 MAY 1990 -- Surveyor Martin Acosta, who was abducted last week, was found murdered in Ambato on Friday. ' +
    'Acosta was kidnapped on 12 May by a column of the Red Dawn Front as he drove to a mine.';
  const incidentsOf = (r: typeof res) =>
    extract({ text, published: '1990-05-20' }, r).entities.filter((e): e is IncidentEntity => e.type === 'incident');

  it('joins a later telling of the abduction the main incident already holds', () => {
    const incs = incidentsOf(res);
    const withVictim = incs.filter((i) => i.participants.some((p) => p.role === 'victim'));
    expect(withVictim).toHaveLength(1);
  });

  it('keeps them apart with the rule off', () => {
    const incs = incidentsOf(withoutRules('incidents/absorbed-earlier-act'));
    expect(incs.filter((i) => i.participants.some((p) => p.role === 'victim')).length).toBeGreaterThan(1);
  });
});

describe('rule role.guard-not-agent', () => {
  it('reads no attacker in who guards what was attacked', () => {
    const s = 'Rebels attacked positions that were being guarded by army units.';
    expect(describedPhrases(s, 'perpetrator')).not.toContain('army units');
  });

  it('keeps the agent of a verb of harm', () => {
    expect(describedPhrases('The guards were attacked by army units.', 'perpetrator')).toContain('army units');
  });
});
