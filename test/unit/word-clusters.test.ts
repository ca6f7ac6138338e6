// The word-cluster table (data/models/word-clusters.json.gz) as the tagger reads it: each word's code in each
// clustering, "" where a clustering lacks the word.
import { describe, expect, it } from 'vitest';
import { buildNameLexicons } from '../../src/extract/lexicons.js';

const clustering = (clusters: Record<string, string[]>) => ({
  branching: [2, 2],
  removedPrincipalDirections: 0,
  clusters,
});

function table(...clusterings: Record<string, string[]>[]) {
  return buildNameLexicons({
    givenNames: { names: [] },
    groups: { words: [] },
    holidays: [],
    titles: { titles: ['mayor'] },
    orgCues: {},
    personTitles: [],
    wordClusters: { about: '', source: '', licence: '', clusterings: clusterings.map(clustering) },
  }).wordClusters;
}

describe('word clusters', () => {
  it("give each word its code in every clustering, '' where one lacks it", () => {
    const t = table(
      { '00': ['monday', 'tuesday', 'rifle'], '01': ['paris'] },
      { a: ['monday', 'paris'], b: ['tuesday'] },
    );
    expect(t.get('monday')).toEqual(['00', 'a']);
    expect(t.get('tuesday')).toEqual(['00', 'b']);
    expect(t.get('rifle')).toEqual(['00', '']);
    expect(t.get('paris')).toEqual(['01', 'a']);
    expect(t.has('london')).toBe(false);
    expect(t.size).toBe(4);
  });

  it('keep the last code a clustering gives a word listed twice, and words of one code alike', () => {
    // (codes that are not array indices, which an object lists first whatever their place in the file)
    const t = table({ a0: ['mortar', 'shell'], b1: ['mortar'] });
    expect(t.get('mortar')).toEqual(['b1']);
    expect(t.get('shell')).toEqual(['a0']);
    const u = table({ '00': ['mortar', 'shell', 'grenade'] }, { c: ['shell', 'grenade'] });
    expect(u.get('shell')).toEqual(u.get('grenade'));
    expect(u.get('mortar')).toEqual(['00', '']);
  });
});
