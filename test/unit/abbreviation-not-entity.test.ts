// rule entities/not-an-entity-word: everyday abbreviations written in capitals ("DNA", "HIV", "CDs") name no body.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => findEntities(makeDoc({ text }, res)).map((e) => `${e.type}:${e.name}`);

describe('an everyday abbreviation', () => {
  it('is no organisation or place', () => {
    const e = [
      ...entities('Investigators were running DNA tests on Friday to identify the driver in Leeds.'),
      ...entities('Officers seized a rifle, papers, CDs and phones during searches of two homes.'),
    ];
    expect(e).toContain('place:Leeds');
    expect(e.filter((x) => /DNA|CDs/.test(x))).toEqual([]);
  });
});
