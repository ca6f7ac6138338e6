import { describe, expect, it } from 'vitest';
import { neighbourQuery, type NeighbourLookup } from '../../src/graph/incident-frames.js';

const lookup = (over: Partial<NeighbourLookup>): NeighbourLookup => ({
  reference: false,
  undated: false,
  country: null,
  incident: null,
  articleId: 'a1',
  partners: false,
  from: null,
  to: null,
  reach: null,
  people: [],
  since: null,
  until: null,
  ...over,
});

describe('neighbourQuery folds a frontier into one seek per range, country, incident and article', () => {
  it('merges overlapping windows of dated frames and keeps disjoint ones apart', () => {
    const q = neighbourQuery([
      lookup({ from: '2024-01-10', to: '2024-01-20' }),
      lookup({ from: '2024-01-01', to: '2024-01-11' }),
      lookup({ from: '2024-02-01', to: '2024-02-11' }),
      lookup({ from: '2024-01-12', to: '2024-01-15' }),
    ]);
    expect(q.windows).toEqual([
      { from: '2024-01-01', to: '2024-01-20' },
      { from: '2024-02-01', to: '2024-02-11' },
    ]);
  });

  it('takes no window from a reference and none from a frame without an anchor', () => {
    const q = neighbourQuery([lookup({ reference: true, from: '2024-01-09', to: '2024-01-11' }), lookup({})]);
    expect(q.windows).toEqual([]);
  });

  it('keeps per country the earliest start for later references and the latest end for earlier incidents', () => {
    const q = neighbourQuery([
      lookup({ country: 'FR', from: '2024-01-05', to: '2024-01-15' }),
      lookup({ country: 'FR', from: '2024-01-02', to: '2024-01-12' }),
      lookup({ country: 'FR', reference: true, from: '2024-03-01', to: '2024-03-03', reach: '2022-03-02' }),
      lookup({ country: 'DE', undated: true, from: '2024-01-01', to: '2024-01-11', reach: '2021-12-01' }),
      lookup({ country: 'DE', undated: true, from: '2024-01-03', to: '2024-01-13', reach: '2021-11-15' }),
    ]);
    // a reference looks only before it; an undated report that is not a reference looks both ways
    expect(q.after).toEqual([
      { country: 'DE', from: '2024-01-01' },
      { country: 'FR', from: '2024-01-02' },
    ]);
    expect(q.before).toEqual([
      { country: 'DE', from: '2021-11-15', to: '2024-01-13' },
      { country: 'FR', from: '2022-03-02', to: '2024-03-03' },
    ]);
  });

  it('lists each incident once and the articles of partnered frames only', () => {
    const q = neighbourQuery([
      lookup({ incident: 'incident:b', articleId: 'a2', partners: true }),
      lookup({ incident: 'incident:a', articleId: 'a1' }),
      lookup({ incident: 'incident:b', articleId: 'a2', partners: true }),
    ]);
    expect(q.incidents).toEqual(['incident:a', 'incident:b']);
    expect(q.articles).toEqual(['a2']);
  });

  it('folds the people of a follow-up lookup: earlier incidents for undated reports, later undated reports for incidents', () => {
    const span = (from: string, to: string, since: string, until: string) => ({ from, to, since, until });
    const q = neighbourQuery([
      lookup({ people: ['person:a'], ...span('2024-01-10', '2024-01-20', '2023-01-15', '2025-01-15') }),
      lookup({ people: ['person:a', 'person:b'], ...span('2024-01-01', '2024-01-11', '2023-01-06', '2025-01-06') }),
      lookup({ undated: true, people: ['person:b'], ...span('2024-05-01', '2024-05-11', '2023-05-06', '2025-05-06') }),
      lookup({
        reference: true,
        people: ['person:c'],
        ...span('2024-01-09', '2024-01-11', '2023-01-10', '2025-01-10'),
      }),
      lookup({ people: ['person:d'] }),
    ]);
    // one seek per person: its range of earlier incidents (since–to) and of later undated reports (from–until)
    expect(q.persons).toEqual([
      { person: 'person:a', since: null, to: null, from: '2024-01-01', until: '2025-01-15' },
      { person: 'person:b', since: '2023-05-06', to: '2024-05-11', from: '2024-01-01', until: '2025-05-06' },
    ]);
  });
});
