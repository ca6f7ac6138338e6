// Rights and conflict-monitoring groups whose names hold "in", "for" or "of" are known bodies
// (data/gazetteers/organizations.json): the tagger cuts "Human Rights in China" at "in".
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('a rights group named with a place', () => {
  it('is one body, not a body and a country', () => {
    const m = mentions('The advocacy group Human Rights in China said three lawyers were detained in Shanghai.');
    expect(m).toContain('organization:Human Rights in China');
    expect(m).not.toContain('place:China');
  });

  it('a monitor named for its country is one body', () => {
    const m = mentions('The Syrian Observatory for Human Rights counted 14 dead after the strike on Idlib.');
    expect(m).toContain('organization:Syrian Observatory for Human Rights');
  });
});
