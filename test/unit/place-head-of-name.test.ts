// "Sea of Azov", "Straits of Malacca", "Holy City of Jerusalem": a head word before "of" and a known place names a
// place, not a body (span-rules.ts: place-head-of-name; the words are mentions.placeHeadsBeforeOf).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('a place named head word, "of", place', () => {
  it('a sea or a strait is a place', () => {
    const m = mentions(
      'Two cargo ships collided in the Sea of Azov late on Monday. Pirates have not been seen in the Straits of Malacca this year.',
    );
    expect(m).toContain('place:Sea of Azov');
    expect(m).toContain('place:Straits of Malacca');
    expect(m.filter((x) => x.startsWith('organization:'))).toEqual([]);
  });

  it('a state or a city named with its rank is a place', () => {
    const m = mentions('Clerics called on believers to protect the Holy City of Jerusalem from new building plans.');
    expect(m).toContain('place:Holy City of Jerusalem');
  });

  it('a body whose first "of" follows its own head word stays a body', () => {
    const m = mentions('The Central Bank of the Republic of Turkey raised its main rate on Thursday.');
    expect(m.some((x) => x.startsWith('place:') && x.includes('Bank'))).toBe(false);
  });
});
