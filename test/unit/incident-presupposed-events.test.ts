// An event the sentence presupposes happened, though a cue of the irrealis stands before it: the cue governs the word
// that takes the event as its complement ("continue to investigate the murder of", "denied any links with the
// bombing"), not the event (rule incident/presupposed-event). And the victim of an act that a charge, a suspicion or a
// trial names ("charged with the murder of X", "suspected of killing X"): the act was done, and the one it harmed is
// its victim (rule incidents/victim-of-the-charged-act). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { participantNames, roleIncidentsOf } from '../helpers/incident-roles.js';

const violent = (text: string) => roleIncidentsOf(text).filter((i) => i.kind !== 'arrest' && i.kind !== 'charge');

describe('an irrealis cue before a word that presupposes the event (rule incident/presupposed-event)', () => {
  it('keeps the event a modal or habitual verb only reaches through an investigation', () => {
    const incs = violent('Police in Santa Clara will continue to investigate the murder of Ana Vidal, a teacher.');
    expect(incs.map((i) => i.kind)).toContain('murder');
    expect(participantNames(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('keeps the event a denial of any links points at', () => {
    const incs = violent('The government denied any links with the assassination of Tomas Reyes in Santa Clara.');
    expect(incs.length).toBeGreaterThan(0);
    expect(participantNames(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('keeps the event whose planner is named in the past', () => {
    const incs = violent('Nobody knows who had planned the murder of Tomas Reyes in Santa Clara.');
    expect(participantNames(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('still sets aside what the cue says of the event itself', () => {
    expect(violent('Police will investigate any further attacks on the farmers of Santa Clara.')).toEqual([]);
    expect(violent('The army warned of possible attacks on the town of Santa Clara.')).toEqual([]);
    expect(violent('There were no links with any planned bombing in Santa Clara.')).toEqual([]);
  });
});

describe('the victim of an act a charge or suspicion names (rule incidents/victim-of-the-charged-act)', () => {
  it('reads the one harmed after a charge', () => {
    const incs = roleIncidentsOf('A farmer was charged on Monday with the murder of Ana Vidal in Santa Clara.');
    expect(participantNames(incs, 'victim', false)).toContain('Ana Vidal');
  });

  it('reads the one harmed after a suspicion', () => {
    const incs = roleIncidentsOf(
      'Police showed pictures of five men suspected of killing mayor Tomas Reyes in Santa Clara.',
    );
    expect(participantNames(incs, 'victim', false)).toContain('Tomas Reyes');
  });

  it('reads people described after a trial for the act', () => {
    const incs = roleIncidentsOf(
      'Three officers will be brought to trial for the killing of six priests in Santa Clara.',
    );
    expect(participantNames(incs, 'victim', true).join(' ')).toMatch(/priests/i);
  });
});

describe('an old incident the article opens with (rule reference/reported-in-the-lede)', () => {
  it('stays an incident with its own date and the victims told after it', () => {
    const incs = roleIncidentsOf(
      'A bomb attack on 2 January damaged a bank in Santa Clara. The injured were Ana Vidal and Tomas Reyes.',
    );
    const bomb = incs.find((i) => i.kind === 'bombing' || i.kind === 'bomb attack' || i.kind === 'attack');
    expect(bomb?.reference).toBeUndefined();
    expect(bomb?.date).toBe('2021-01-02');
    expect(participantNames(incs, 'victim', false)).toEqual(expect.arrayContaining(['Ana Vidal', 'Tomas Reyes']));
  });

  it('leaves an old event told after the article has opened with another a reference', () => {
    const incs = roleIncidentsOf(
      'Gunmen shot dead Tomas Reyes in Santa Clara on Monday. Ana Vidal was killed in a bomb attack on 2 January.',
    );
    const old = incs.find((i) => i.date === '2021-01-02');
    expect(old?.reference).toBe(true);
  });
});
