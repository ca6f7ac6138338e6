// mentions.ts: a head word of titled bodies ("Assembly", "Council", "Court") that the tagger read as a person after a
// title word ("General") ends the body's name.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => findEntities(makeDoc({ text }, res)).map((e) => `${e.type}:${e.name}`);

describe('a title word before the head word of a titled body', () => {
  it("opens the body's name, which is no person", () => {
    const e = entities('The envoy will put the reform plan before the General Assembly next week.');
    expect(e).toContain('organization:General Assembly');
    expect(e.filter((x) => x.startsWith('person:'))).toEqual([]);
  });

  it('makes no body of a surname after a title when the surname heads no titled body', () => {
    const e = entities('Police said Inspector Hall had led the raid on Monday.');
    expect(e.some((x) => x.startsWith('organization:'))).toBe(false);
  });
});
