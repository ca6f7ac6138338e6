// Where a tagged person ends: the small words and weekdays the tagger ran on into (mentions.ts), and two people joined
// by "and" inside one tagged span (span-rules.ts: two-people-joined).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const people = (text: string) =>
  findEntities(makeDoc({ text }, res))
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions.map((m) => m.text));

describe('a person tagged with the words after the name', () => {
  it('loses the preposition before a weekday as well as the weekday', () => {
    expect(people('Soldiers detained Yusuf bin Ali on Tuesday.')).toEqual(['Yusuf bin Ali']);
  });
});

describe('two people joined by "and" in one tagged span', () => {
  it('are two people', () => {
    expect(people('Ahmed bin Saleh and Omar ibn Khattab were arrested at the port.')).toEqual([
      'Ahmed bin Saleh',
      'Omar ibn Khattab',
    ]);
  });
});

describe('a German or Dutch particle between the given names and the surname', () => {
  it('carries the name on where the tagger cut it at the particle', () => {
    expect(people('Austrian envoy Maximilian Georg zu Lindenfels met the rebels.')).toEqual([
      'Maximilian Georg zu Lindenfels',
    ]);
  });
});
