// The past event a trial or inquest piece follows is an incident of its own while no report in the graph matches it,
// so that the follow-up has something to follow; a report of it, once there, takes the reference in (rule
// incidents/followed-reference-stands-alone). Frames made up for these tests.
import { describe, expect, it } from 'vitest';
import { clusterFrames, incidentKeyOf } from '../../src/resolution/incident-clustering.js';
import { followedReferences, type StoredFrame } from '../../src/graph/incident-frames.js';
import { frame, storedFrame } from '../helpers/incident-frames.js';

// a sentencing piece published a year on that tells the Leeds shooting of 2025-03-02 in the past
const told = frame('t1', {
  reference: true,
  published: '2026-03-10',
  extractedKey: 'incident:t1:1',
  text: 'The gunman who opened fire in a Leeds pub in March last year was jailed for life.',
});
const only = (k: string) => (f: { key: string }) => f.key === k;

describe('a reference a follow-up is about', () => {
  it('matches nothing: no incident without the rule, one of its own with it', () => {
    expect(clusterFrames([told]).assignment.get(told.key)).toBeNull();
    const { assignment, incidents } = clusterFrames([told], { standsAlone: only(told.key) });
    expect(assignment.get(told.key)).toBe(incidentKeyOf(told));
    expect(incidents.map((c) => c.members)).toEqual([[told.key]]);
  });

  it('joins the report of the event when there is one, and stands alone no more', () => {
    const report = frame('r1', { text: 'A gunman opened fire in a Leeds pub on Sunday night, killing one man.' });
    const { assignment, incidents } = clusterFrames([report, told], { standsAlone: only(told.key) });
    expect(assignment.get(told.key)).toBe(assignment.get(report.key));
    expect(incidents).toHaveLength(1);
  });
});

describe('the references that may stand alone', () => {
  const stored = (over: Partial<StoredFrame>) => storedFrame('t2', over);
  const mention = { sentenceId: 's', start: 0, end: 1, text: 'x' };
  const mostTold = stored({
    key: 't2|a',
    reference: true,
    rows: { count: 2, mentions: [mention, mention], relations: [] },
  });
  const lessTold = stored({ key: 't2|b', reference: true, rows: { count: 1, mentions: [mention], relations: [] } });
  const undated = stored({
    key: 't2|c',
    reference: true,
    date: null,
    datePeriod: null,
    rows: { count: 3, mentions: [mention, mention, mention], relations: [] },
  });

  it('are the dated one its follow-up mentions most', () => {
    const trial = stored({ key: 't2|trial', followUpOf: ['t2|a', 't2|b'], followUpCue: 'sentenced' });
    const may = followedReferences([mostTold, lessTold, trial]);
    expect([mostTold, lessTold].filter(may).map((f) => f.key)).toEqual(['t2|a']);
  });

  it('never an undated one, nor one an article without a follow-up refers to', () => {
    const trial = stored({ key: 't2|trial', followUpOf: ['t2|c'], followUpCue: 'trial' });
    expect([undated].filter(followedReferences([undated, trial]))).toEqual([]);
    expect([mostTold].filter(followedReferences([mostTold]))).toEqual([]);
  });
});
