// Which follow-up links a batch deletes and writes (src/graph/incident-frames.ts followUpLinkChanges), and whose
// followsName it writes again (followsNameTargets): only what changed, not every link and node of the neighbourhood,
// which grows with the store (issue 12).
import { describe, expect, it } from 'vitest';
import {
  DETACH,
  followsNameTargets,
  followUpLinkChanges,
  type FollowUpRow,
  type StoredFollowUp,
} from '../../src/graph/incident-frames.js';

const link = (from: string, to: string, extra: Partial<FollowUpRow> = {}): FollowUpRow => ({
  type: 'FOLLOW_UP_OF',
  from,
  to,
  articleId: 'article:1',
  sentenceIds: ['article:1:s2'],
  evidence: [10, 24],
  label: 'trial',
  rules: ['follow-up/article-follows-its-reference'],
  source: 'Example Wire',
  published: '2024-03-02',
  ...extra,
});
const stored = (id: string, row: FollowUpRow): StoredFollowUp => ({ ...row, id });

describe('followUpLinkChanges', () => {
  it('keeps a stored link the rows would write again as it is', () => {
    const row = link('incident:trial', 'incident:attack');
    expect(followUpLinkChanges([stored('r1', row)], [row])).toEqual({ remove: [], create: [], relinked: new Set() });
  });

  it('replaces a link whose end moved, and names the incident it starts from', () => {
    const before = stored('r1', link('incident:trial', 'incident:attack'));
    const after = link('incident:trial', 'incident:bombing');
    const changes = followUpLinkChanges([before], [after]);
    expect(changes.remove).toEqual(['r1']);
    expect(changes.create).toEqual([after]);
    expect([...changes.relinked]).toEqual(['incident:trial']);
  });

  it('replaces a link whose evidence changed though its ends did not', () => {
    const before = stored('r1', link('incident:trial', 'incident:attack'));
    const after = link('incident:trial', 'incident:attack', { evidence: [12, 24] });
    expect(followUpLinkChanges([before], [after]).remove).toEqual(['r1']);
  });

  it('deletes a stored link no row writes any more, and keeps one copy per row of two alike', () => {
    const row = link('incident:trial', 'incident:attack');
    const changes = followUpLinkChanges([stored('r1', row), stored('r2', row)], [row]);
    expect(changes.remove).toHaveLength(1);
    expect(changes.create).toEqual([]);
    expect([...changes.relinked]).toEqual(['incident:trial']);
  });

  it('writes a new part of a series without counting it as a change of followsName', () => {
    const part = link('incident:second', 'incident:first', { type: 'PART_OF', label: 'series part' });
    const changes = followUpLinkChanges([], [part]);
    expect(changes.create).toEqual([part]);
    expect(changes.relinked.size).toBe(0);
  });
});

describe('followsNameTargets', () => {
  it("writes the followsName of incidents whose links went, and of the followers of rewritten rows' incidents", () => {
    expect(
      followsNameTargets(['incident:b', 'incident:a'], new Set(['incident:a']), [
        { key: 'incident:z', name: 'Attack' },
      ]),
    ).toEqual({ selves: ['incident:a', 'incident:b'], targets: ['incident:z'] });
  });

  it('writes none when no link changed and no row was written', () => {
    expect(followsNameTargets([], new Set(), [])).toEqual({ selves: [], targets: [] });
  });
});

describe('DETACH', () => {
  it('returns the incidents its deleted FOLLOW_UP_OF links started from', () => {
    expect(DETACH).toMatch(/MATCH \(x\)-\[r:FOLLOW_UP_OF\]->\(y\)[\s\S]*collect\(from\) AS unfollowed/);
    expect(DETACH).toMatch(/RETURN count\(\*\) AS n, .*AS unfollowed$/);
  });
});
