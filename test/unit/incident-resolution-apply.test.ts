// Applying resolutions to an article's write (pure): resolved incidents take the stored key everywhere, and a
// reference to a past event that matched nothing is left out rather than written as a new incident.
import { describe, expect, it } from 'vitest';
import { applyResolutions } from '../../src/graph/incident-resolution.js';
import type { ArticleWrite, IncidentRow } from '../../src/graph/rows.js';

const incident = (key: string, reference = false): IncidentRow => ({
  key, name: key, aliases: [], type: 'incident', kind: 'bombing', date: null, placeName: null, placeKey: null, lat: null, lon: null,
  killed: null, injured: null, reference,
});

function write(rows: IncidentRow[]): ArticleWrite {
  return {
    article: { id: 'art', title: 't', url: null, source: null, published: '2024-03-01', publishedAt: null, text: 'x', textTruncatedFrom: null, contentHash: 'h', wordCount: 1, outlet: null, credits: [] },
    sentences: [{ id: 'art:0', index: 0, start: 0, end: 1, text: 'x', textHash: 'x' }],
    entities: { person: [{ type: 'person', key: 'person:ann lee', name: 'Ann Lee', aliases: [] }], organization: [], place: [], incident: rows },
    sentenceMentions: rows.map((r) => ({ sentenceId: 'art:0', key: r.key, start: 0, end: 1, text: 'x' })),
    articleMentions: rows.map((r) => ({ key: r.key, count: 1 })),
    covers: rows.map((r) => r.key),
    relations: { PARTICIPATED_IN: rows.map((r) => ({ from: 'person:ann lee', to: r.key, sentenceIds: ['art:0'], evidence: [0, 1], label: 'victim' })) },
    warnings: [],
  };
}

describe('applyResolutions', () => {
  it('gives a resolved incident the stored key in covers, mentions and relations', () => {
    const w = applyResolutions(write([incident('new')]), [{ from: 'new', to: 'stored', why: 'score 4' }]);
    expect(w.covers).toEqual(['stored']);
    expect(w.entities.incident.map((r) => r.key)).toEqual(['stored']);
    expect(w.sentenceMentions.map((m) => m.key)).toEqual(['stored']);
    expect(w.relations.PARTICIPATED_IN?.map((r) => r.to)).toEqual(['stored']);
  });

  it('leaves out a reference that resolved to nothing, and keeps one that resolved', () => {
    const w = applyResolutions(write([incident('ref-a', true), incident('ref-b', true), incident('event')]), [{ from: 'ref-b', to: 'stored', why: 'score 3.4' }]);
    expect(w.covers.sort()).toEqual(['event', 'stored']);
    expect(w.entities.incident.map((r) => r.key).sort()).toEqual(['event', 'stored']);
    expect(w.articleMentions.some((m) => m.key === 'ref-a')).toBe(false);
    expect(w.relations.PARTICIPATED_IN?.some((r) => r.to === 'ref-a')).toBe(false);
  });
});
