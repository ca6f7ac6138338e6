// Names the tagger read as descriptors in mixed-case news (mentions.ts): a leader's name before "administration" with
// no "the" before it, and a place after a nationality ("Indian Kashmir"). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('a descriptor that holds a name', () => {
  it('"Reagan administration papers": the leader is named without "the" before him', () => {
    expect(mentions('Lawyers say Reagan administration papers were never released.')).toContain('person:Reagan');
    // a party's word is no leader, with or without "the"
    expect(mentions('Lawyers say the Conservative government will appeal.').some((m) => /Conservative/.test(m))).toBe(
      false,
    );
  });

  it('"Indian Kashmir": the place after the nationality is a place', () => {
    const m = mentions('Rebels fired across the line, officials in Indian Kashmir said on Monday.');
    expect(m).toContain('place:Kashmir');
    expect(m.some((x) => /Indian/.test(x))).toBe(false);
  });
});
