// Rule entities/place-with-its-state: a town written with its state is a place mention though no other reader found it.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { statedPlaceCandidates } from '../../src/extract/stated-places.js';
import { res } from '../helpers/resources.js';

const found = (text: string, cands: Candidate[] = []) =>
  statedPlaceCandidates(makeDoc({ text }, res), cands).map((c) => c.text);

describe('statedPlaceCandidates', () => {
  it('adds the town of a dateline and of a phrase, written with its state', () => {
    expect(
      found('BAY MINETTE, Ala. — A man was shot on Friday near a farm outside Woodburn, Ore., police said.'),
    ).toEqual(['BAY MINETTE', 'Woodburn']);
  });

  it('takes the longest name the gazetteer knows there, not the words before it', () => {
    expect(found('Deputies said the boy lived in Bayou La Batre, Alabama, with his aunt.')).toEqual(['Bayou La Batre']);
    expect(found('Police Chief Ann Lee said Woodburn, Ore. was quiet.')).toEqual(['Woodburn']);
  });

  it('adds nothing for a name with no town of that name in the state, or where a mention already stands', () => {
    expect(found('Zorbleton, Ore. — A man was shot.')).toEqual([]);
    expect(found('A man from Woodburn, police said.')).toEqual([]);
    const text = 'WOODBURN, Ore. — A man was shot.';
    const taken: Candidate = {
      type: 'organization',
      start: 0,
      end: 8,
      text: 'WOODBURN',
      sentence: 0,
      gaz: [],
      source: 'tagger',
      roles: [],
    };
    expect(found(text, [taken])).toEqual([]);
  });
});
