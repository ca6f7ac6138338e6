// A military rank written before a capitalised name makes it a person, even where the name is also a town the
// gazetteer knows (data/lexicons/names.json personTitles).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const mentions = (text: string) =>
  findEntities(makeDoc({ text }, res)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('a rank before a name', () => {
  it('makes a person of a town-named officer', () => {
    const m = mentions(
      'Admiral Fargo told reporters the fleet would stay. Colonel Bolton said his unit had pulled back.',
    );
    expect(m).toContain('person:Fargo');
    expect(m).toContain('person:Bolton');
  });

  it('leaves a company named with a rank word alone', () => {
    const m = mentions('General Motors said it would cut 2,000 jobs in Ohio.');
    expect(m).toContain('organization:General Motors');
  });
});
